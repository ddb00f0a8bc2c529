//! Properties that hold for every input: no panic, spans on char boundaries and in order,
//! offsets consistent across units, the same answer twice.

#[path = "support/fuzz_check.rs"]
mod fuzz_check;

use gloss::Options;
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

/// The invariants the fuzz target checks, with every layer on.
fn check(text: &str) {
    fuzz_check::check_text(text, &Options::default());
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
        // As the fuzzer reads its input: the first byte picks the layers and HTML.
        fuzz_check::check(&bytes);
    }

    #[test]
    fn two_cores_give_the_one_core_answer(text in newsy_text(), layers in 0u8..8) {
        let options = Options {
            boilerplate: layers & 1 != 0,
            entities: layers & 2 != 0,
            statistics: layers & 4 != 0,
            html: None,
            locale: None,
        };
        prop_assert_eq!(
            gloss::annotate_side_by_side(&text, &options).into_vec(),
            gloss::annotate(&text, &options)
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// The layers' lists merged as they are handed on (the figures kept compact) come in the
    /// order that sorting all the layers' annotations in one list gives.
    #[test]
    fn merged_layers_are_the_sorted_list(text in newsy_text()) {
        let mut all = gloss::annotate_boilerplate(&text, None);
        all.extend(gloss::annotate_entities(&text));
        all.extend(gloss::annotate_statistics(&text));
        gloss::sort(&mut all);
        prop_assert_eq!(gloss::annotate(&text, &Options::default()), all);
    }
}
