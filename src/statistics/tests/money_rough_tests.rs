//! Rough amounts and counted notes (branch `figs29`, issue 12), on made-up sentences: "ish"
//! glued to an amount, a count or a measure is the writer's "about", inside the span as for a
//! time; notes counted by their words of speech ("three fivers", "two tenners") are money of
//! the reader's currency, or sterling where the text writes it. Each class with look-alikes.

use super::notation_tests::{check, check_absent};
use super::*;

/// The qualifier of the figure of type `kind` covering exactly `span` in `text`.
fn qualifier_of(text: &str, kind: &str, span: &str) -> Option<&'static str> {
    annotate(text).into_iter().find_map(|a| {
        let covered = a.text(text) == span && a.kind == kind;
        match a.detail {
            annotation::Detail::Statistic(d) if covered => d.extra().qualifier,
            _ => None,
        }
    })
}

#[test]
fn ish_glued_to_a_figure_is_about() {
    check(&[
        (
            "dollars_hyphen",
            "Lunch was $20-ish.",
            "MONEY",
            "$20-ish",
            20.0,
            Some("USD"),
        ),
        (
            "pounds_glued",
            "He paid £5ish for it.",
            "MONEY",
            "£5ish",
            5.0,
            Some("GBP"),
        ),
        (
            "before_the_currency_name",
            "It cost 40ish dollars in the end.",
            "MONEY",
            "40ish dollars",
            40.0,
            Some("USD"),
        ),
        (
            "before_a_slang_scale",
            "He earned 50-ish grand last year.",
            "MONEY",
            "50-ish grand",
            50000.0,
            Some("USD"),
        ),
        (
            "slang_currency",
            "A taxi is ten quid-ish from here.",
            "MONEY",
            "ten quid-ish",
            10.0,
            Some("GBP"),
        ),
        (
            "a_count",
            "About 40ish people came.",
            "CARDINAL",
            "40ish",
            40.0,
            None,
        ),
        (
            "a_measure",
            "It is a 20ish km walk.",
            "QUANTITY",
            "20ish km",
            20.0,
            Some("km"),
        ),
        (
            "a_measure_after",
            "The loop is 5 km-ish.",
            "QUANTITY",
            "5 km-ish",
            5.0,
            Some("km"),
        ),
    ]);
    for (text, kind, span) in [
        ("Lunch was $20-ish.", "MONEY", "$20-ish"),
        (
            "It cost 40ish dollars in the end.",
            "MONEY",
            "40ish dollars",
        ),
        ("About 40ish people came.", "CARDINAL", "40ish"),
        ("The loop is 5 km-ish.", "QUANTITY", "5 km-ish"),
    ] {
        assert_eq!(qualifier_of(text, kind, span), Some("about"), "{text}");
    }
    // Look-alikes: "ish" that runs into more letters is no suffix; no "ish", no qualifier.
    check_absent(&[
        ("ishness", "Its 20-ishness was the point.", "20-ishness"),
        ("ish_word", "The 20ishes crowd left.", "20ishes"),
    ]);
    assert_eq!(qualifier_of("Lunch was $20.", "MONEY", "$20"), None);
}

#[test]
fn notes_counted_by_their_words_of_speech() {
    check(&[
        (
            "fivers",
            "She found three fivers in the coat.",
            "MONEY",
            "three fivers",
            15.0,
            Some("USD"),
        ),
        (
            "tenners",
            "He lent me two tenners.",
            "MONEY",
            "two tenners",
            20.0,
            Some("USD"),
        ),
        (
            "one_tenner",
            "It cost one tenner.",
            "MONEY",
            "one tenner",
            10.0,
            Some("USD"),
        ),
        (
            "sterling_in_the_text",
            "He paid with three fivers and a £20 note.",
            "MONEY",
            "three fivers",
            15.0,
            Some("GBP"),
        ),
        (
            "digits",
            "The till held 12 tenners.",
            "MONEY",
            "12 tenners",
            120.0,
            Some("USD"),
        ),
    ]);
    // Look-alikes: a count that does not agree with the noun, a compound.
    check_absent(&[
        ("two_fiver", "He had two fiver notes.", "two fiver"),
        ("one_tenners", "It was one tenners game.", "one tenners"),
        ("hyphened", "Five tenners-worth of sweets.", "Five tenners"),
    ]);
}

#[test]
fn notes_in_the_readers_currency() {
    let text = "He paid two tenners.";
    let got = annotate_for(text, Some(Locale::parse("en-GB").expect("a locale")));
    assert!(
        got.iter().any(|a| a.text(text) == "two tenners"
            && match &a.detail {
                annotation::Detail::Statistic(d) => d.unit() == Some("GBP"),
                _ => false,
            }),
        "{got:?}"
    );
}
