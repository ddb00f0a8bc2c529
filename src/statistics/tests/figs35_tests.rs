//! The news slips of the thirty-fifth session (issue #12), on made-up sentences: a country's
//! letters apart from "$" ("U.S. $4.5 million", "NZ $20"), the groups after digits glued to a
//! letter ("R2,500" with no currency named), a range of counts named by its verb ("ranged from
//! 2,000 to 3,000 deaths") and a past written as the present before "in a year" ("shut 40
//! stores in a year"); with the look-alikes that must keep their own reading.

use super::notation_tests::{check, check_absent};
use super::*;

/// Every figure of `text` as (type, covered text, min, max).
pub(super) fn ranges(text: &str) -> Vec<(String, String, Option<f64>, Option<f64>)> {
    annotate(text)
        .into_iter()
        .map(|a| {
            let t = a.text(text).to_string();
            match a.detail {
                annotation::Detail::Statistic(d) => {
                    (a.kind.to_string(), t, d.extra().min, d.extra().max)
                }
                _ => (a.kind.to_string(), t, None, None),
            }
        })
        .collect()
}

/// (case, sentence, covered text, min, max): one CARDINAL range.
pub(super) fn check_ranges(cases: &[(&str, &str, &str, f64, f64)]) {
    for (name, text, span, lo, hi) in cases {
        let got = ranges(text);
        assert!(
            got.iter().any(|(k, t, a, b)| k == "CARDINAL"
                && t == span
                && *a == Some(*lo)
                && *b == Some(*hi)),
            "{name}: {text:?} gave {got:?}"
        );
    }
}

/// Every date, time and duration of `text` as (type, covered text).
fn times(text: &str) -> Vec<(String, String)> {
    annotate(text)
        .into_iter()
        .filter(|a| matches!(a.kind, "DATE" | "TIME" | "DURATION"))
        .map(|a| (a.kind.to_string(), a.text(text).to_string()))
        .collect()
}

#[test]
fn a_country_apart_from_the_dollar_sign() {
    check(&[
        (
            "us_dotted",
            "It raised U.S. $4.5 million from investors.",
            "MONEY",
            "U.S. $4.5 million",
            4_500_000.0,
            Some("USD"),
        ),
        (
            "us_dotted_glued",
            "The U.S.$2bn grant was approved.",
            "MONEY",
            "U.S.$2bn",
            2e9,
            Some("USD"),
        ),
        (
            "us_spaced",
            "Exports rose to US $ 8.00 a barrel.",
            "MONEY",
            "US $ 8.00",
            8.0,
            Some("USD"),
        ),
        (
            "nz",
            "The fine was NZ $20,000.",
            "MONEY",
            "NZ $20,000",
            20_000.0,
            Some("NZD"),
        ),
        (
            "hk",
            "Shares closed at HK $ 100.",
            "MONEY",
            "HK $ 100",
            100.0,
            Some("HKD"),
        ),
        (
            "cdn",
            "The deal was worth Cdn $3 billion.",
            "MONEY",
            "Cdn $3 billion",
            3e9,
            Some("CAD"),
        ),
        (
            "nt",
            "Tickets cost NT $500 each.",
            "MONEY",
            "NT $500",
            500.0,
            Some("TWD"),
        ),
    ]);
    check_absent(&[
        // The article, a word in title case, letters of no country, another symbol.
        (
            "article",
            "A $20 million grant was approved.",
            "A $20 million",
        ),
        ("can", "Can $5 million buy a seat?", "Can $5 million"),
        ("league", "The NFL $1 billion deal.", "NFL $1 billion"),
        ("officer", "The CEO $5 million bonus.", "CEO $5 million"),
        ("pound", "The UK £5 million fund.", "UK £5 million"),
        ("glued_name", "The X-US $5 deal.", "US $5"),
    ]);
}

#[test]
fn a_range_between_a_country_dollar_keeps_its_ends() {
    // "between" before the letters: one range; "from" after a verb of change: two figures.
    let got = ranges("Bids of between US $5 million and $7 million were made.");
    assert!(
        got.iter().any(|(k, t, a, b)| k == "MONEY"
            && t == "US $5 million and $7 million"
            && *a == Some(5e6)
            && *b == Some(7e6)),
        "{got:?}"
    );
    let got = ranges("Prices rose from US $5 to $8.");
    assert!(
        got.iter()
            .any(|(k, t, a, _)| k == "MONEY" && t == "US $5" && a.is_none()),
        "{got:?}"
    );
}

#[test]
fn groups_after_digits_glued_to_a_letter() {
    check_absent(&[
        ("paid", "The company paid R2,500 to each worker.", "500"),
        ("fee", "The R2,500 fee was waived.", "500"),
        ("million", "He earned R12,000,000 in a year.", "000"),
        (
            "second_group",
            "He earned R12,000,000 in a year.",
            "000,000",
        ),
        ("month", "He earned R12,000 a month.", "000"),
        ("code", "Model X5,000 units were sold.", "000"),
    ]);
    check(&[
        // A currency named near still reads the whole amount; a number after a space is its own.
        (
            "rand",
            "The rand fell as shops charged R2,500 for bread.",
            "MONEY",
            "R2,500",
            2500.0,
            Some("ZAR"),
        ),
        (
            "spaced",
            "Route R2 carried 2,500 cars.",
            "CARDINAL",
            "2,500",
            2500.0,
            None,
        ),
        (
            "plain",
            "The council spent 12,500 on signs.",
            "CARDINAL",
            "12,500",
            12_500.0,
            None,
        ),
    ]);
}

#[test]
fn a_range_of_counts_named_by_its_verb() {
    check_ranges(&[
        (
            "ranged",
            "Estimates ranged from 2,000 to 3,000 deaths.",
            "2,000 to 3,000",
            2000.0,
            3000.0,
        ),
        (
            "ranged_end",
            "Estimates of the toll ranged from 2,000 to 3,000.",
            "2,000 to 3,000",
            2000.0,
            3000.0,
        ),
        (
            "ranging",
            "Classes ranging from 40 to 60 pupils were formed.",
            "40 to 60",
            40.0,
            60.0,
        ),
        (
            "varied",
            "Crowds varied from 5,000 to 8,000 people.",
            "5,000 to 8,000",
            5000.0,
            8000.0,
        ),
        (
            "anywhere",
            "Anywhere from 200 to 300 people attended.",
            "200 to 300",
            200.0,
            300.0,
        ),
    ]);
    // A change between two levels, a falling pair, years: not a range of counts.
    for (name, text) in [
        ("rose", "The death toll rose from 2,000 to 3,000."),
        ("fell_pair", "Readings varied from 30 to 20 over the day."),
        ("no_verb", "Staff moved from 200 to 300 desks."),
    ] {
        let got = ranges(text);
        assert!(
            got.iter().all(|(_, _, a, _)| a.is_none()),
            "{name}: {text:?} gave {got:?}"
        );
    }
}

#[test]
fn a_past_written_as_the_present_took_its_time() {
    for (name, text, span) in [
        ("shut", "The chain shut 40 stores in a year.", "a year"),
        ("cut", "The bank cut 300 jobs in a month.", "a month"),
        ("shed", "They shed 500 jobs in a week.", "a week"),
        (
            "quit",
            "The firm quit three markets in two years.",
            "two years",
        ),
        ("put", "She put 5 kilos on in a month.", "a month"),
    ] {
        let got = times(text);
        assert!(
            got.iter().any(|(k, t)| k == "DURATION" && t == span),
            "{name}: {text:?} gave {got:?}"
        );
    }
    // Still to come, or an order: a date from now.
    for (name, text) in [
        ("will", "The chain will shut 40 stores in a year."),
        ("can", "They can cut 300 jobs in a year."),
        ("ll", "We'll cut 300 jobs in a year."),
        ("plans_to", "The bank plans to cut 300 jobs in a year."),
        ("order", "Cut the onions in a minute."),
    ] {
        let got = times(text);
        assert!(
            got.iter().any(|(k, t)| k == "DATE" && t.starts_with("in ")),
            "{name}: {text:?} gave {got:?}"
        );
    }
}

#[test]
fn a_range_between_amounts_shares_the_second_scale() {
    for (name, text, span, lo, hi) in [
        (
            "million",
            "The bill is between $5 and $7 million.",
            "$5 and $7 million",
            5e6,
            7e6,
        ),
        (
            "bn",
            "Losses were between £2 and £3bn.",
            "£2 and £3bn",
            2e9,
            3e9,
        ),
        (
            "bare_second",
            "The fund holds between €2 and 3 billion.",
            "€2 and 3 billion",
            2e9,
            3e9,
        ),
        (
            "decimal",
            "Bids came in between $1.5 and $2 million.",
            "$1.5 and $2 million",
            1.5e6,
            2e6,
        ),
        // Not past the second end; no scale to share; both scaled.
        (
            "past_end",
            "It cost between $500 and $7 million.",
            "$500 and $7 million",
            500.0,
            7e6,
        ),
        (
            "unscaled",
            "Tickets are between $5 and $7.",
            "$5 and $7",
            5.0,
            7.0,
        ),
        (
            "both",
            "The bill is between $5 million and $7 million.",
            "$5 million and $7 million",
            5e6,
            7e6,
        ),
    ] {
        let got = ranges(text);
        assert!(
            got.iter()
                .any(|(k, t, a, b)| k == "MONEY" && t == span && *a == Some(lo) && *b == Some(hi)),
            "{name}: {text:?} gave {got:?}"
        );
    }
}
