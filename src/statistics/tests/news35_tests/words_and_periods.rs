//! "first" as an adverb ("a plan first proposed in 2004"), "fall" as the season after "this",
//! "last" or "next", "half" as a clause's subject ("Nearly half were"), and a period named by
//! its length in weeks or days to a day ("the six weeks to 4 January").

use crate::statistics::tests::report_form_tests::{absent, check};

#[test]
fn first_before_a_past_verb_is_no_rank() {
    absent(&[
        (
            "proposed",
            "The plan, first proposed in 2004, was dropped.",
            "first",
        ),
        ("elected", "He was first elected in 1997.", "first"),
        ("opened", "The bridge first opened in 1890.", "first"),
        ("irregular", "A cut first made in 2022 was kept.", "first"),
        ("took place", "Talks first took place in May.", "first"),
    ]);
    // Look-alikes: a rank of the noun after it, after a determiner or a possessive.
    check(&[
        (
            "the",
            "It was the first recorded case.",
            "ORDINAL \"first\" value=1",
        ),
        (
            "possessive",
            "Britain's first licensed casino opened.",
            "ORDINAL \"first\" value=1",
        ),
        (
            "her",
            "Her first published novel sold well.",
            "ORDINAL \"first\" value=1",
        ),
        (
            "a seed",
            "He was the first seed.",
            "ORDINAL \"first\" value=1",
        ),
    ]);
}

#[test]
fn fall_after_this_last_or_next_is_the_season() {
    check(&[
        ("next", "Classes start next fall.", "DATE \"next fall\""),
        ("last", "Enrollment rose last fall.", "DATE \"last fall\""),
        (
            "this",
            "Prices fell this fall after a hot summer.",
            "DATE \"this fall\"",
        ),
    ]);
    // Look-alikes: "fall" the verb before another date.
    check(&[
        (
            "verb before next",
            "Sales fall next month.",
            "DATE \"next month\"",
        ),
        (
            "verb before this",
            "Shares fall this week.",
            "DATE \"this week\"",
        ),
    ]);
    absent(&[
        ("verb", "Sales fall next month.", "fall next month"),
        (
            "last fell",
            "Shares fell last fall and rose.",
            "fell last fall",
        ),
    ]);
}

#[test]
fn half_as_the_subject_of_a_clause() {
    check(&[
        (
            "nearly",
            "Nearly half were sleeping on the streets.",
            "CARDINAL \"half\" value=0.5 qualifier=nearly max=0.5",
        ),
        (
            "opening",
            "Half said they would vote.",
            "CARDINAL \"Half\" value=0.5",
        ),
        (
            "after that",
            "He said that about half are children.",
            "CARDINAL \"half\" value=0.5 qualifier=about",
        ),
        (
            "after a comma",
            "Of 300 staff, half have left.",
            "CARDINAL \"half\" value=0.5",
        ),
    ]);
    // Look-alikes: a part named, a place's name, "half" as an adverb.
    absent(&[
        ("second half", "The second half was dull.", "half"),
        ("other half", "The other half were empty.", "half"),
        ("a name", "Half Moon Bay is quiet.", "Half"),
        ("adverb", "He was half asleep.", "half"),
    ]);
}

#[test]
fn a_period_of_weeks_or_days_to_a_day() {
    check(&[
        (
            "weeks to a day",
            "Sales rose 4% in the six weeks to 4 January.",
            "DATE \"the six weeks to 4 January\"",
        ),
        (
            "with its year",
            "Sales rose over the 12 weeks to 4 January 2025.",
            "DATE \"the 12 weeks to 4 January 2025\"",
        ),
        (
            "days",
            "Cases fell in the 28 days to 3 March.",
            "DATE \"the 28 days to 3 March\"",
        ),
    ]);
    // Look-alikes: a countdown has no "the" ("two weeks to Christmas"); months keep their range.
    check(&[
        (
            "countdown",
            "There are two weeks to Christmas.",
            "DURATION \"two weeks\" iso=P2W",
        ),
        (
            "months",
            "Output fell in the three months to June 2024.",
            "DATE \"the three months to June 2024\" iso=2024-04/2024-06",
        ),
    ]);
}
