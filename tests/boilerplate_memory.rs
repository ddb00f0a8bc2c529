//! Peak heap of the boilerplate layer on texts of many short lines, measured with a counting
//! allocator (this test binary's global allocator): it must stay under 10× the input. Before the
//! layer read long texts a group of lines at a time, `'a\n'` × 5,000,000 took 2.25 GB.

#[path = "support/counting_alloc.rs"]
mod counting_alloc;

use counting_alloc::{peak_during, Counting};

#[global_allocator]
static ALLOC: Counting = Counting;

/// Peak heap growth while annotating `text` with the boilerplate layer alone, and the result.
fn peak_of(text: &str) -> (usize, usize) {
    let options = gloss::Options {
        boilerplate: true,
        entities: false,
        statistics: false,
        html: None,
        locale: None,
    };
    let (peak, annotations) = peak_during(|| gloss::annotate(text, &options));
    (peak, annotations.len())
}

/// The measurements run one after another in one test: the counter sees every thread.
#[test]
fn peak_heap_is_bounded() {
    many_short_lines_stay_under_ten_times_the_input();
    records_per_line_are_bounded_when_every_line_is_marked();
    a_short_article_is_read_whole();
}

fn many_short_lines_stay_under_ten_times_the_input() {
    let cases: &[(&str, String)] = &[
        ("one letter a line", "a\n".repeat(1_000_000)),
        ("blank lines between", "a\n\n".repeat(700_000)),
        ("two short words a line", "ab cd\n".repeat(400_000)),
    ];
    for (name, text) in cases {
        let (peak, found) = peak_of(text);
        let ratio = peak as f64 / text.len() as f64;
        assert!(
            ratio < 10.0,
            "{name}: peak heap {peak} bytes for {} bytes of input ({ratio:.1}×, {found} annotations)",
            text.len()
        );
    }
}

fn records_per_line_are_bounded_when_every_line_is_marked() {
    // Every line distinct and marked: the annotations themselves are the output (held up to three
    // times while the layer's list is moved into the pipeline's and sorted), so the bound is on
    // what the layer holds besides them.
    let mut text = String::new();
    for k in 0..200_000 {
        text.push_str(&format!("Menu item {k}\n"));
    }
    let (peak, found) = peak_of(&text);
    let per_annotation = 3 * std::mem::size_of::<gloss::Annotation>();
    let besides = peak.saturating_sub(found * per_annotation);
    assert!(
        (besides as f64) < 10.0 * text.len() as f64,
        "peak {peak} bytes, {found} annotations, {besides} bytes besides them"
    );
}

fn a_short_article_is_read_whole() {
    // Below one group of lines the layer reads the text whole; the bound is per line then.
    let text =
        "Home\nThe council met on Tuesday and agreed to fund the new bridge.\n".repeat(2_000);
    let (peak, _) = peak_of(&text);
    let lines = 4_000;
    assert!(
        peak / lines < 2_000,
        "{} heap bytes per line on a short text",
        peak / lines
    );
}
