//! Ranks written with "number" or "No." ("the world number two", "the No. 1 seed") are ordinals;
//! labels and names written the same way ("the No. 5 bus", "No. 10 Downing Street") are not.
//! "A third" before a participle that describes a noun is a rank, not a share.

use super::{check, lines};

#[test]
fn a_rank_written_with_number() {
    check(&[
        (
            "number in words",
            "Toyota is the number one seller of hybrids.",
            "ORDINAL \"number one\" value=1",
        ),
        (
            "the world number",
            "The world number four, Iga Swiatek, withdrew.",
            "ORDINAL \"number four\" value=4",
        ),
        (
            "No. after ranked",
            "She is ranked No. 12 after the final.",
            "ORDINAL \"No. 12\" value=12",
        ),
        (
            "No. after a determiner",
            "The agency's No. 2 official resigned.",
            "ORDINAL \"No. 2\" value=2",
        ),
        (
            "No without a dot",
            "He became world No 3 in May.",
            "ORDINAL \"No 3\" value=3",
        ),
    ]);
}

#[test]
fn labels_and_names_written_with_number_are_no_ranks() {
    for text in [
        "He wore the number 9 shirt.",
        "Take the No. 3 bus home.",
        "Talks were held at No. 10 Downing Street.",
        "The number of pupils fell.",
    ] {
        let got = lines(text);
        assert!(
            !got.iter().any(|l| l.starts_with("ORDINAL")),
            "{text}: {got:#?}"
        );
    }
}

#[test]
fn a_third_before_a_described_noun_is_a_rank() {
    check(&[
        (
            "undisclosed",
            "Airbus named a third undisclosed buyer.",
            "ORDINAL \"third\" value=3",
        ),
        (
            "armed",
            "Police shot a fourth armed man.",
            "ORDINAL \"fourth\" value=4",
        ),
        // The look-alikes: a share that did something, or a share and a preposition.
        (
            "a verb",
            "A third surveyed said no.",
            "CARDINAL \"A third\" value=0.333333333333333",
        ),
        (
            "a participle and a preposition",
            "A fifth armed with knives fled.",
            "CARDINAL \"A fifth\" value=0.2",
        ),
    ]);
}
