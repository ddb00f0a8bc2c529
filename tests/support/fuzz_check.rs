//! The invariants every caller relies on, checked by the fuzz target
//! (`fuzz/fuzz_targets/annotate.rs`), by `tests/fuzz_regressions.rs` (which replays saved inputs
//! so a crash once found stays fixed) and by the property tests (`tests/properties.rs`).

// Each test crate that includes this file uses part of it.
#![allow(dead_code)]

use gloss::{annotate, rendered, write_document, write_json, Annotation, Document, Options, Unit};

/// Arbitrary bytes → (lossy) UTF-8 text and options → the whole pipeline. The first byte picks
/// the layers and whether the rest also serves as HTML. Panics if an invariant breaks: no panic
/// inside, spans within the text on char boundaries and in reading order, UTF-8 ↔ UTF-16 ↔ code
/// point offsets consistent, the CLI's hand-written JSON the same bytes as serde's, the same
/// answer twice.
pub fn check(data: &[u8]) {
    let (flags, rest) = data.split_first().map_or((0xff, data), |(f, r)| (*f, r));
    let text = String::from_utf8_lossy(rest);
    let options = Options {
        boilerplate: flags & 1 != 0,
        entities: flags & 2 != 0,
        statistics: flags & 4 != 0,
        html: (flags & 8 != 0).then(|| text.to_string()),
        locale: None,
    };
    check_text(&text, &options);
}

/// Annotates `text` and panics if an invariant breaks.
pub fn check_text(text: &str, options: &Options) {
    let annotations = annotate(text, options);
    if let Some(problem) = span_problem(text, &annotations) {
        panic!("{problem}");
    }
    let utf16 = rendered(text, &annotations, Unit::Utf16);
    let points = rendered(text, &annotations, Unit::CodePoint);
    for ((a, u), p) in annotations.iter().zip(utf16.items()).zip(points.items()) {
        let before = &text[..a.span.start];
        assert_eq!(u.start, before.encode_utf16().count());
        assert_eq!(p.start, before.chars().count());
        assert_eq!(u.end - u.start, a.text(text).encode_utf16().count());
        assert_eq!(p.end - p.start, a.text(text).chars().count());
        assert_eq!(u.text, a.text(text));
    }
    for pretty in [false, true] {
        let mut reference = Vec::new();
        let document = Document {
            annotations: rendered(text, &annotations, Unit::CodePoint),
        };
        write_json(&mut reference, &document, pretty).expect("writing into memory");
        let mut fast = Vec::new();
        write_document(&mut fast, &document.annotations, pretty).expect("writing into memory");
        assert!(
            reference == fast,
            "the hand-written JSON is not serde's (pretty: {pretty})"
        );
    }
    assert_eq!(annotations, annotate(text, options));
}

/// What is wrong with the spans of `annotations`, if anything: each must be non-empty, within
/// `text`, on char boundaries, and in reading order (by start, longer first).
pub fn span_problem(text: &str, annotations: &[Annotation]) -> Option<String> {
    let mut last = (0usize, usize::MAX);
    for a in annotations {
        if !(a.span.start < a.span.end && a.span.end <= text.len()) {
            return Some(format!("empty or past the end: {a:?}"));
        }
        if !(text.is_char_boundary(a.span.start) && text.is_char_boundary(a.span.end)) {
            return Some(format!("off a char boundary: {a:?}"));
        }
        if (last.0, std::cmp::Reverse(last.1)) > (a.span.start, std::cmp::Reverse(a.span.end)) {
            return Some(format!("not in reading order: {a:?}"));
        }
        last = (a.span.start, a.span.end);
    }
    None
}
