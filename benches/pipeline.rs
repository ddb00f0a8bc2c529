//! The whole pipeline over ~1 MB of made-up news-like text: `cargo bench --bench pipeline`.

use gloss::{annotate, Options};

fn main() {
    divan::main();
}

/// Made-up news paragraphs (names, figures, dates, captions, sign-up clutter), repeated with
/// variations to about `bytes` bytes.
fn news_text(bytes: usize) -> String {
    const PARAGRAPHS: &[&str] = &[
        "Sign up for our free Morning Briefing email\nPlease enter a valid email address\n",
        "Health Secretary Maria Delgado said on Wednesday that waiting lists had fallen by 8 per cent since January, the first fall in three years.",
        "The Office for National Statistics said 1,245 firms closed in the quarter to June, up from 1,100 a year earlier, with costs of £2.7bn.",
        "Delgado told the BBC that the National Health Service would hire 3,000 more nurses by 2026, more than double the number promised in 2022.",
        "Flood defences in Leeds and York cost about $75 million, and the river rose 2.5 metres on Thursday, the third highest level on record.",
        "Campaigners from Friends of the Earth met officials in Brussels and Paris to discuss the European Union's new rules.",
        "Maria Delgado visits a hospital in Manchester (PA)\n",
        "Unemployment rose 0.3 percentage points to 4.4% in the three months to August, while wages grew at an annual rate of 5.2 per cent.",
    ];
    let mut text = String::with_capacity(bytes + 512);
    let mut i = 0usize;
    while text.len() < bytes {
        text.push_str(PARAGRAPHS[i % PARAGRAPHS.len()]);
        text.push_str("\n\n");
        i += 1;
    }
    text
}

#[divan::bench(args = [1_000, 100_000, 1_000_000])]
fn whole_pipeline(bencher: divan::Bencher, bytes: usize) {
    let text = news_text(bytes);
    let options = Options::default();
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench(|| annotate(divan::black_box(&text), &options));
}
