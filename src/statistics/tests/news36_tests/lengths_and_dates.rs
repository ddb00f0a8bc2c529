//! Lengths and dates: "fewer than six hours" keeps its bound as "less than" does; one unit
//! after its article is a length after a verb of lasting or before "of" and a plural ("after a
//! fortnight of meetings"); a bare year takes no weekday ("for 2026 on Thursday"); a count's
//! rate leaves "a day from July" no date; "in 36 hours" after a past verb and "parts of" a
//! place is the time it took; "a daily 75mg dose" is no recurrence.

use crate::statistics::tests::report_form_tests::{absent, check};

#[test]
fn fewer_than_keeps_its_bound_on_a_length() {
    check(&[
        (
            "hours",
            "Those who slept fewer than six hours a night were ill.",
            "DURATION \"fewer than six hours\" qualifier=less than iso=PT6H",
        ),
        (
            "days",
            "The ship spent fewer than 10 days in port.",
            "DURATION \"fewer than 10 days\" qualifier=less than iso=P10D",
        ),
        (
            "less than, unchanged",
            "He slept less than five hours.",
            "DURATION \"less than five hours\" qualifier=less than iso=PT5H",
        ),
    ]);
    // Look-alike: a count stays a count with its bound outside.
    check(&[(
        "a count",
        "Fewer than 300 people voted.",
        "CARDINAL \"300\" value=300 qualifier=less than max=300",
    )]);
}

#[test]
fn one_unit_is_a_length_by_its_verb_or_of() {
    check(&[
        (
            "a fortnight of",
            "The talks broke down after a fortnight of meetings.",
            "DURATION \"a fortnight\" qualifier=after iso=P2W",
        ),
        (
            "a fortnight of, no after",
            "The union called off a fortnight of strikes.",
            "DURATION \"a fortnight\" iso=P2W",
        ),
        (
            "a week of",
            "It follows a week of protests.",
            "DURATION \"a week\" iso=P1W",
        ),
        (
            "a day of -ing",
            "The city held a day of mourning.",
            "DURATION \"a day\" iso=P1D",
        ),
        (
            "lasted",
            "The strike lasted a week.",
            "DURATION \"a week\" iso=P1W",
        ),
        (
            "took",
            "Repairs took a fortnight.",
            "DURATION \"a fortnight\" iso=P2W",
        ),
        (
            "spent",
            "She spent a year in Lagos.",
            "DURATION \"a year\" iso=P1Y",
        ),
    ]);
    // Look-alikes: a fraction, a point in time, a day of the week, "a second" before "of".
    check(&[(
        "a quarter of the vote",
        "It took a quarter of the vote.",
        "CARDINAL \"a quarter\" value=0.25",
    )]);
    absent(&[
        (
            "on a night of",
            "They lost on a night of upsets.",
            "a night",
        ),
        ("a day of the week", "Pick a day of the week.", "a day"),
        (
            "a second of",
            "Not a second of delays was seen.",
            "a second",
        ),
        ("no verb, no of", "A week is a long time.", "A week"),
    ]);
}

#[test]
fn a_bare_year_takes_no_weekday() {
    check(&[
        (
            "for a year, on a weekday",
            "The Senate passed a budget for 2026 on Thursday.",
            "DATE \"2026\" iso=2026",
        ),
        (
            "the weekday apart",
            "The Senate passed a budget for 2026 on Thursday.",
            "DATE \"Thursday\"",
        ),
        (
            "in a year",
            "Talks resumed in 2019 on Monday.",
            "DATE \"Monday\"",
        ),
    ]);
    // Look-alike: a month and its day still take their weekday.
    check(&[(
        "a full date",
        "It opens on Thursday 12 March 2026.",
        "DATE \"Thursday 12 March 2026\" iso=2026-03-12",
    )]);
}

#[test]
fn a_counts_rate_is_no_length_from_a_date() {
    check(&[
        (
            "barrels",
            "OPEC will add 411,000 barrels a day from July.",
            "DATE \"July\"",
        ),
        (
            "a scale",
            "It pumps 1.2 million barrels a day from March.",
            "DATE \"March\"",
        ),
        (
            "words",
            "Pupils get two meals a day from Monday.",
            "DATE \"Monday\"",
        ),
    ]);
    absent(&[
        (
            "barrels span",
            "OPEC will add 411,000 barrels a day from July.",
            "a day from July",
        ),
        (
            "meals span",
            "Pupils get two meals a day from Monday.",
            "a day from Monday",
        ),
    ]);
    // Look-alike: no count before, "a week from Monday" is a date.
    check(&[(
        "a date from a day",
        "The hearing is a week from Monday.",
        "DATE \"a week from Monday\" iso=P1W",
    )]);
}

#[test]
fn a_length_taken_over_parts_of_a_place() {
    check(&[
        (
            "parts of",
            "120mm of rain fell on parts of Wales in 36 hours.",
            "DURATION \"36 hours\" iso=PT36H",
        ),
        (
            "much of",
            "Snow fell across much of Scotland in six hours.",
            "DURATION \"six hours\" iso=PT6H",
        ),
        (
            "large parts of",
            "Floods swept over large parts of Kent in two days.",
            "DURATION \"two days\" iso=P2D",
        ),
    ]);
    // Look-alike: a time to come stays a date from now.
    check(&[(
        "will fall",
        "Rain will fall on parts of Wales in 36 hours.",
        "DATE \"in 36 hours\" iso=PT36H",
    )]);
}

#[test]
fn a_word_of_recurrence_after_a_determiner_is_an_adjective() {
    absent(&[
        ("a daily dose", "Take a daily 75mg dose.", "daily"),
        (
            "the weekly payment",
            "The weekly £50 payment ends.",
            "weekly",
        ),
        (
            "its monthly rise",
            "Its monthly 0.5% rise was small.",
            "monthly",
        ),
    ]);
    // Look-alikes: the adverb, and "on a weekly basis".
    check(&[
        (
            "adverb",
            "Trains run daily from 6am.",
            "DATE \"daily\" qualifier=every",
        ),
        (
            "basis",
            "Staff are tested on a weekly basis.",
            "DATE \"weekly\" qualifier=every",
        ),
    ]);
}
