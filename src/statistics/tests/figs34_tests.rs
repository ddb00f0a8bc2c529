//! The classes of the thirty-fourth session (issue #12), on made-up sentences: a fraction of
//! an hour written "h" ("in 1/2 h"), "a pair of" units of time, a fraction of a scale without
//! its article ("quarter of a million"), and a currency's word without its marks ("bolivars",
//! "colones"); with the look-alikes that must keep their own reading.

use super::notation_tests::{check, check_absent};
use super::*;

/// Every date, time and duration of `text` as (type, covered text, ISO value).
fn spans(text: &str) -> Vec<(String, String, Option<String>)> {
    annotate(text)
        .into_iter()
        .filter(|a| matches!(a.kind, "DATE" | "TIME" | "DURATION"))
        .map(|a| {
            let t = a.text(text).to_string();
            match a.detail {
                annotation::Detail::Statistic(d) => (a.kind.to_string(), t, d.extra().iso.clone()),
                _ => (a.kind.to_string(), t, None),
            }
        })
        .collect()
}

/// (case, sentence, type, covered text, ISO value): each must be found.
fn check_spans(cases: &[(&str, &str, &str, &str, &str)]) {
    let mut names = std::collections::HashSet::new();
    for (name, text, kind, span, iso) in cases {
        assert!(names.insert(name), "duplicate case name {name}");
        let got = spans(text);
        assert!(
            got.iter()
                .any(|(k, t, i)| k == kind && t == span && i.as_deref() == Some(*iso)),
            "{name}: {text:?} gave {got:?}"
        );
    }
}

/// (case, sentence, covered text): no date, time or duration covers exactly this text.
fn check_no_span(cases: &[(&str, &str, &str)]) {
    for (name, text, span) in cases {
        let got = spans(text);
        assert!(
            got.iter().all(|(_, t, _)| t != span),
            "{name}: {text:?} gave {got:?}"
        );
    }
}

#[test]
fn a_fraction_of_an_hour_written_h() {
    check_spans(&[
        (
            "half",
            "The ferry leaves in 1/2 h.",
            "DATE",
            "in 1/2 h",
            "PT0.5H",
        ),
        (
            "quarter",
            "Boarding closes in 1/4 h, they said.",
            "DATE",
            "in 1/4 h",
            "PT0.25H",
        ),
        (
            "three_quarters",
            "We land in 3/4 h",
            "DATE",
            "in 3/4 h",
            "PT0.75H",
        ),
        (
            "vulgar",
            "The oven is ready in ½ h now.",
            "DATE",
            "in ½ h",
            "PT0.5H",
        ),
        (
            "length",
            "The charge lasts 1/2 h at most.",
            "DURATION",
            "1/2 h",
            "PT0.5H",
        ),
        (
            "decimal",
            "The test took 0.5 h in all.",
            "DURATION",
            "0.5 h",
            "PT0.5H",
        ),
    ]);
    // A whole number before a spaced "h" stays no hour; a fraction before "m" is of a metre.
    check_no_span(&[
        ("whole_count", "Group 2 h was the strongest.", "2 h"),
        ("metre", "The pole is 1/2 m longer.", "1/2 m"),
        ("metre_date", "The pole grew in 1/2 m steps.", "in 1/2 m"),
    ]);
}

#[test]
fn a_pair_of_units_of_time() {
    check_spans(&[
        (
            "in_minutes",
            "The bus comes in a pair of minutes.",
            "DATE",
            "in a pair of minutes",
            "PT2M",
        ),
        (
            "ago",
            "She called a pair of weeks ago.",
            "DATE",
            "a pair of weeks ago",
            "P2W",
        ),
        (
            "stayed",
            "They stayed a pair of weeks.",
            "DURATION",
            "a pair of weeks",
            "P2W",
        ),
        (
            "for_days",
            "The shop closed for a pair of days.",
            "DURATION",
            "a pair of days",
            "P2D",
        ),
        (
            "hours",
            "It took a pair of hours, no more.",
            "DURATION",
            "a pair of hours",
            "PT2H",
        ),
    ]);
    check_no_span(&[
        ("shoes", "He bought a pair of shoes.", "a pair of shoes"),
        (
            "goals",
            "A pair of goals in the second half sealed it.",
            "A pair of goals",
        ),
        ("them", "The pair of them left early.", "pair of them"),
    ]);
    check_absent(&[
        ("no_count", "He bought a pair of boots.", "a pair"),
        ("singular", "a pair of day trips", "a pair of day"),
    ]);
}

#[test]
fn a_fraction_of_a_scale_without_its_article() {
    check(&[
        (
            "dollars",
            "He sold it for quarter of a million dollars.",
            "MONEY",
            "quarter of a million dollars",
            250_000.0,
            Some("USD"),
        ),
        (
            "pounds_cost",
            "The repairs cost quarter of a million pounds.",
            "MONEY",
            "quarter of a million pounds",
            250_000.0,
            Some("GBP"),
        ),
        (
            "people",
            "Nearly quarter of a million people signed.",
            "CARDINAL",
            "quarter of a million",
            250_000.0,
            None,
        ),
        (
            "half_billion",
            "The fund lost half of a billion euros.",
            "MONEY",
            "half of a billion euros",
            500_000_000.0,
            Some("EUR"),
        ),
        (
            "thousand",
            "Quarter of a thousand runners finished.",
            "CARDINAL",
            "Quarter of a thousand",
            250.0,
            None,
        ),
    ]);
    check_absent(&[
        (
            "named_part",
            "It was the last quarter of a billion-dollar year.",
            "quarter of a billion",
        ),
        (
            "ordinal_part",
            "In the first quarter of a million-pound budget year.",
            "quarter of a million",
        ),
        (
            "adjective",
            "the quarter of a million-dollar home",
            "quarter of a million",
        ),
        (
            "this_quarter",
            "Sales this quarter of a million units fell.",
            "quarter of a million",
        ),
        (
            "dozen",
            "Quarter of a dozen eggs broke.",
            "Quarter of a dozen",
        ),
    ]);
}

#[test]
fn a_currency_word_without_its_marks() {
    check(&[
        (
            "bolivars",
            "A coffee cost 20 bolivars in Caracas.",
            "MONEY",
            "20 bolivars",
            20.0,
            Some("VES"),
        ),
        (
            "bolivars_scale",
            "He was paid 3 million bolivars.",
            "MONEY",
            "3 million bolivars",
            3e6,
            Some("VES"),
        ),
        (
            "colones",
            "The fee is 5,000 colones.",
            "MONEY",
            "5,000 colones",
            5000.0,
            Some("CRC"),
        ),
        (
            "colones_words",
            "It cost two thousand colones.",
            "MONEY",
            "two thousand colones",
            2000.0,
            Some("CRC"),
        ),
        (
            "kronur",
            "Rent rose to 200,000 kronur a month.",
            "MONEY",
            "200,000 kronur",
            200_000.0,
            Some("ISK"),
        ),
        // Another currency's English word stays that currency's ("krona": Sweden's).
        (
            "krona",
            "A ticket is 20 krona.",
            "MONEY",
            "20 krona",
            20.0,
            Some("SEK"),
        ),
    ]);
    // A folded spelling that is an English word's plural is no currency ("colóns": "colons").
    check_absent(&[
        ("colons", "The line has two colons in it.", "two colons"),
        ("colons_digits", "Use 2 colons here.", "2 colons"),
    ]);
}
