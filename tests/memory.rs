//! Peak heap of annotating a text and writing its JSON, measured with a counting allocator.

#[path = "support/counting_alloc.rs"]
mod counting_alloc;
#[path = "support/news.rs"]
mod news;

use std::io;

use counting_alloc::{peak_during, Counting};
use gloss::{annotate, rendered, write_json, Document, Options, Unit};

#[global_allocator]
static ALLOC: Counting = Counting;

fn layers(boilerplate: bool, entities: bool, statistics: bool) -> Options {
    Options {
        boilerplate,
        entities,
        statistics,
        html: None,
    }
}

/// Peak heap growth while annotating `text` and writing its JSON (to nowhere), and the number
/// of annotations.
fn peak_of(text: &str, options: &Options) -> (usize, usize) {
    let (peak, written) = peak_during(|| {
        let annotations = annotate(text, options);
        let document = Document {
            annotations: rendered(text, &annotations, Unit::CodePoint),
        };
        write_json(io::sink(), &document, false).map(|()| annotations.len())
    });
    match written {
        Ok(n) => (peak, n),
        Err(e) => panic!("writing to nowhere failed: {e}"),
    }
}

fn dense_digits(bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + 8);
    let mut k = 1;
    while text.len() < bytes {
        text.push_str(&k.to_string());
        text.push(',');
        k += 1;
    }
    text
}

#[test]
fn zz_report() {
    let _ = annotate(
        "Maria Delgado said 5% of 1,200 firms closed on 3 May 2024.",
        &Options::default(),
    );
    let cases = [
        ("dense digits", dense_digits(1_000_000)),
        ("percentages", "5%, ".repeat(250_000)),
        ("news", news::news(1_000_000)),
        ("one-char lines", "a\n".repeat(500_000)),
    ];
    for (name, text) in &cases {
        for (lname, o) in [
            ("all", layers(true, true, true)),
            ("b", layers(true, false, false)),
            ("e", layers(false, true, false)),
            ("s", layers(false, false, true)),
        ] {
            let (peak, n) = peak_of(text, &o);
            eprintln!(
                "{name} {lname}: {peak} bytes, {:.1}x, {n} annotations",
                peak as f64 / text.len() as f64
            );
        }
    }
}
