//! Speed of the entity pass over ~1 MB of made-up news-like text.
//!
//! Run: `cargo bench --bench entities`. Throughput (bytes/s) is printed by divan.

use divan::counter::BytesCount;
use divan::Bencher;

fn main() {
    divan::main();
}

#[path = "../tests/support/news.rs"]
mod news_text;
use news_text::news;

#[divan::bench]
fn entity_pass(bencher: Bencher) {
    let text = news(1_000_000);
    // Load the model and gazetteers outside the timed part.
    let _ = gloss::annotate_entities("Warm up in Lisbon.");
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| gloss::annotate_entities(divan::black_box(&text)));
}
