//! Arbitrary bytes → (lossy) UTF-8 text and options → the whole pipeline, checking the
//! invariants every caller relies on. Run: `cargo +nightly fuzz run annotate` (see README).
#![no_main]

use gloss::{annotate, render, Options, Unit};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The first byte picks the layers and whether the rest also serves as HTML.
    let (flags, rest) = data.split_first().map_or((0xff, data), |(f, r)| (*f, r));
    let text = String::from_utf8_lossy(rest);
    let options = Options {
        boilerplate: flags & 1 != 0,
        entities: flags & 2 != 0,
        statistics: flags & 4 != 0,
        html: (flags & 8 != 0).then(|| text.to_string()),
    };
    let annotations = annotate(&text, &options);
    let mut last = (0usize, usize::MAX);
    for a in &annotations {
        assert!(a.span.start < a.span.end && a.span.end <= text.len());
        assert!(text.is_char_boundary(a.span.start) && text.is_char_boundary(a.span.end));
        assert!((last.0, std::cmp::Reverse(last.1)) <= (a.span.start, std::cmp::Reverse(a.span.end)));
        last = (a.span.start, a.span.end);
    }
    let utf16 = render(&text, &annotations, Unit::Utf16);
    let points = render(&text, &annotations, Unit::CodePoint);
    for ((a, u), p) in annotations.iter().zip(&utf16.annotations).zip(&points.annotations) {
        let before = &text[..a.span.start];
        assert_eq!(u.start, before.encode_utf16().count());
        assert_eq!(p.start, before.chars().count());
        assert_eq!(u.end - u.start, a.text(&text).encode_utf16().count());
    }
    assert_eq!(annotations, annotate(&text, &options));
});
