//! Properties that hold for every input: no panic, spans on char boundaries and in order,
//! offsets consistent across units, the same answer twice.

use gloss::{annotate, render, Options, Unit};
use proptest::prelude::*;

/// Text made of the pieces news text and hostile text are made of.
fn newsy_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Rishi Sunak ".to_string()),
        Just("the Home Office ".to_string()),
        Just("13 per cent ".to_string()),
        Just("£2.7bn ".to_string()),
        Just("Three thousand ".to_string()),
        Just("in August 2022 ".to_string()),
        Just("(PA Archive)\n".to_string()),
        Just("Sign up to our newsletter\n".to_string()),
        Just("\r\n".to_string()),
        Just("\n\n".to_string()),
        Just("👍🏽📈🇬🇧 ".to_string()),
        Just("東京 1400万 ".to_string()),
        Just("مرحبا ١٢٣ ".to_string()),
        Just("\u{200b}\u{feff}\u{202e} ".to_string()),
        Just("<script>alert(1)</script> ".to_string()),
        "[0-9.,%£$€ -]{0,12}",
        "[A-Z][a-z]{0,8} ",
        "\\PC{0,6}",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

fn check(text: &str) {
    let options = Options::default();
    let annotations = annotate(text, &options);
    let mut previous: Option<(usize, usize)> = None;
    for a in &annotations {
        assert!(a.span.start < a.span.end, "empty span {a:?}");
        assert!(a.span.end <= text.len(), "span past the end {a:?}");
        assert!(text.is_char_boundary(a.span.start) && text.is_char_boundary(a.span.end));
        if let Some((start, end)) = previous {
            assert!(
                (start, std::cmp::Reverse(end)) <= (a.span.start, std::cmp::Reverse(a.span.end)),
                "not sorted"
            );
        }
        previous = Some((a.span.start, a.span.end));
    }
    // Every unit agrees with a count from scratch.
    let utf16 = render(text, &annotations, Unit::Utf16);
    let points = render(text, &annotations, Unit::CodePoint);
    for ((a, u), p) in annotations
        .iter()
        .zip(&utf16.annotations)
        .zip(&points.annotations)
    {
        let before = &text[..a.span.start];
        assert_eq!(u.start, before.encode_utf16().count());
        assert_eq!(p.start, before.chars().count());
        assert_eq!(p.end - p.start, a.text(text).chars().count());
        assert_eq!(u.text, a.text(text));
    }
    // Stable: the same text gives the same annotations.
    assert_eq!(annotations, annotate(text, &options));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn invariants_hold_on_newsy_text(text in newsy_text()) {
        check(&text);
    }

    #[test]
    fn invariants_hold_on_any_string(text in "\\PC{0,300}") {
        check(&text);
    }

    #[test]
    fn invariants_hold_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        check(&String::from_utf8_lossy(&bytes));
    }
}
