//! Results as sports pages and parliaments write them: a score or a vote is one figure of two
//! counts, found by a word of winning or voting around it, by the sets of a match, or between two
//! names; its look-alikes (ranges of counts, ages, seasons, telephone numbers, models) are not.
//! Two levels a change joins ("rose from $5 to $8") are two figures, not a range.

use super::{check, lines, no_score};

#[test]
fn a_score_after_a_word_of_winning_or_losing() {
    check(&[
        (
            "won",
            "Leeds won 3-0 at Elland Road.",
            "CARDINAL \"3-0\" score=3-0",
        ),
        (
            "beat and a team between",
            "Rovers beat the Hartlepool reserves 4-1 on Saturday.",
            "CARDINAL \"4-1\" score=4-1",
        ),
        (
            "lost, with no change read",
            "The Bulls lost 98-101 in overtime.",
            "CARDINAL \"98-101\" score=98-101",
        ),
        (
            "an en dash",
            "Hull drew 2–2 with Stoke.",
            "CARDINAL \"2–2\" score=2-2",
        ),
        (
            "level at",
            "The tie is level at 1-1 after the first leg.",
            "CARDINAL \"1-1\" score=1-1",
        ),
        (
            "the score was",
            "At the break the score was 14-7.",
            "CARDINAL \"14-7\" score=14-7",
        ),
    ]);
}

#[test]
fn a_score_before_a_word_of_the_result() {
    check(&[
        (
            "win",
            "It was a deserved 2-0 win for Derby.",
            "CARDINAL \"2-0\" score=2-0",
        ),
        (
            "home win",
            "A 3-1 home win lifted Bristol.",
            "CARDINAL \"3-1\" score=3-1",
        ),
        (
            "ruling",
            "The court split in a 6-3 ruling.",
            "CARDINAL \"6-3\" score=6-3",
        ),
        (
            "record",
            "The Hawks hold a 9-4 record at home.",
            "CARDINAL \"9-4\" score=9-4",
        ),
    ]);
}

#[test]
fn a_vote() {
    check(&[
        (
            "voted",
            "Councillors voted 31-12 to close the library.",
            "CARDINAL \"31-12\" score=31-12",
        ),
        (
            "passed",
            "The amendment passed 301-125 late on Monday.",
            "CARDINAL \"301-125\" score=301-125",
        ),
        (
            "a vote",
            "After a 7-2 vote the board resigned.",
            "CARDINAL \"7-2\" score=7-2",
        ),
    ]);
}

#[test]
fn the_sets_of_a_match_each_with_a_tie_break() {
    let got = lines("Sabalenka beat Pegula 7-5, 6-7 (4), 7-6 (8) in Cincinnati.");
    let scores: Vec<&String> = got.iter().filter(|l| l.contains(" score=")).collect();
    assert_eq!(
        scores,
        [
            "CARDINAL \"7-5\" score=7-5",
            "CARDINAL \"6-7 (4)\" score=6-7",
            "CARDINAL \"7-6 (8)\" score=7-6"
        ],
        "{got:#?}"
    );
}

#[test]
fn a_results_line_between_two_names() {
    check(&[(
        "two clubs",
        "Saturday: Wrexham 3-2 Notts County.",
        "CARDINAL \"3-2\" score=3-2",
    )]);
}

#[test]
fn what_is_no_score() {
    no_score(&[
        ("an age range", "Pupils aged 11-16 sat the test.", "11-16"),
        ("a season", "The 2023-24 season ended.", "2023-24"),
        ("a telephone number", "Call 555-0199 to book.", "555-0199"),
        ("no word of a result", "Rooms 4-6 are closed.", "4-6"),
        (
            "a model between names",
            "The Airbus A350-1000 and the Boeing 777-9 Freighter flew.",
            "777-9",
        ),
        (
            "a range of counts",
            "Between 5-10 pupils were absent.",
            "5-10",
        ),
        (
            "a decimal goes on",
            "The lead grew 2-1.5 in the poll.",
            "2-1",
        ),
    ]);
}

#[test]
fn a_range_of_counts_joined_by_a_dash() {
    check(&[
        (
            "a counted noun",
            "Groups of 8-12 pupils visit each week.",
            "CARDINAL \"8-12\" qualifier=between min=8 max=12",
        ),
        (
            "about",
            "About 40–60 homes lost power.",
            "CARDINAL \"40–60\" qualifier=between min=40 max=60",
        ),
        (
            "between",
            "Between 5-10 pupils were absent.",
            "CARDINAL \"5-10\" qualifier=between min=5 max=10",
        ),
    ]);
    // A descending pair or a telephone number is no range.
    for text in ["Call 555-0199 to book.", "Rooms 6-4 are closed."] {
        assert!(
            !lines(text).iter().any(|l| l.contains("qualifier=between")),
            "{text}: {:#?}",
            lines(text)
        );
    }
}

#[test]
fn two_levels_a_change_joins_are_two_figures() {
    check(&[
        (
            "rose from",
            "Fares rose from $5 to $8 in a year.",
            "MONEY \"$5\" value=5 unit=USD",
        ),
        (
            "rose from, the second",
            "Fares rose from $5 to $8 in a year.",
            "MONEY \"$8\" value=8 unit=USD",
        ),
        (
            "an adverb",
            "Profit fell sharply from £3m to £1m.",
            "MONEY \"£1m\" value=1000000 unit=GBP",
        ),
        (
            "falling ends",
            "Its value went from $47 billion to $8 billion.",
            "MONEY \"$47 billion\" value=47000000000 unit=USD",
        ),
        (
            "units",
            "The queue grew from 3 km to 5 km.",
            "QUANTITY \"3 km\" value=3 unit=km",
        ),
        // The look-alike: a range of prices with no change.
        (
            "a range",
            "Tickets cost from $5 to $8.",
            "MONEY \"$5 to $8\" unit=USD qualifier=between min=5 max=8",
        ),
    ]);
}
