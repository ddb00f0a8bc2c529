//! Results as wire-service sports tables write them: the sets of a match with spaces only
//! ("6-3 6-2"), a tie-break with both counts ("7-6 (7-4)"), a half-time score, a winner's score
//! before "over" and the loser, a team's score before the day it was played, and a bowler's
//! four-part figures ("23-5-71-1"). Their look-alikes (ranges, pairs that are no sets, a
//! half-time score in brackets after the result) are not read as these. Every sentence is
//! made up.

use super::{absent, check, lines, no_score};

#[test]
fn the_sets_of_a_match_separated_by_spaces() {
    check(&[
        (
            "two sets, the first",
            "Ortega (Chile) beat Lindqvist (Norway) 6-3 6-2",
            "CARDINAL \"6-3\" score=6-3",
        ),
        (
            "two sets, the second",
            "Ortega (Chile) beat Lindqvist (Norway) 6-3 6-2",
            "CARDINAL \"6-2\" score=6-2",
        ),
        (
            "three sets with a lost one",
            "Marek Hollis (Wales) 4-6 6-1 7-5",
            "CARDINAL \"4-6\" score=4-6",
        ),
        (
            "the middle of three",
            "Marek Hollis (Wales) 4-6 6-1 7-5",
            "CARDINAL \"6-1\" score=6-1",
        ),
        (
            "no name before the sets",
            "Second round: 7-5 6-4",
            "CARDINAL \"7-5\" score=7-5",
        ),
        (
            "after a verb no list holds",
            "She swept past the qualifier 6-0 6-4 in under an hour.",
            "CARDINAL \"6-0\" score=6-0",
        ),
        (
            "after a set with a tie-break",
            "Dana Weiss (Israel) 7-6 (7-3) 6-4",
            "CARDINAL \"6-4\" score=6-4",
        ),
    ]);
}

#[test]
fn a_tie_break_written_with_both_counts() {
    check(&[
        (
            "first set",
            "Dana Weiss (Israel) 7-6 (7-3) 6-4",
            "CARDINAL \"7-6 (7-3)\" score=7-6",
        ),
        (
            "a set lost on a tie-break",
            "Beaten 6-7 (5-7) 6-4 6-2 by the tenth seed.",
            "CARDINAL \"6-7 (5-7)\" score=6-7",
        ),
        (
            "a long tie-break",
            "Brodie won 7-6 (12-10) 6-3 in the quarter-final.",
            "CARDINAL \"7-6 (12-10)\" score=7-6",
        ),
        (
            "the last set",
            "Kemal Aydin (Turkey) 3-6 6-3 7-6 (7-2)",
            "CARDINAL \"7-6 (7-2)\" score=7-6",
        ),
    ]);
}

#[test]
fn a_half_time_score() {
    check(&[
        (
            "halftime as one word",
            "Halftime 2-0.",
            "CARDINAL \"2-0\" score=2-0",
        ),
        (
            "half-time with a hyphen",
            "Rovers were ahead at half-time 1-0 and held on.",
            "CARDINAL \"1-0\" score=1-0",
        ),
        (
            "half time in two words",
            "It was goalless, half time 0-0, before the storm.",
            "CARDINAL \"0-0\" score=0-0",
        ),
        (
            "halftime in brackets",
            "Dynamo beat Rapid 3-1 (halftime 1-1) on Sunday.",
            "CARDINAL \"1-1\" score=1-1",
        ),
        (
            "tie the game",
            "His homer in the fifth to tie the game 5-5 was the turning point.",
            "CARDINAL \"5-5\" score=5-5",
        ),
    ]);
}

#[test]
fn a_winners_score_before_over_and_the_loser() {
    check(&[
        (
            "over the",
            "They took their fifth straight, 6-4 over the Halifax Comets.",
            "CARDINAL \"6-4\" score=6-4",
        ),
        (
            "over a name",
            "Late goals gave them a night to savour, 3-1 over Ravensworth.",
            "CARDINAL \"3-1\" score=3-1",
        ),
        (
            "against",
            "It finished 21-14 against Carlow in the rain.",
            "CARDINAL \"21-14\" score=21-14",
        ),
        (
            "a basketball score",
            "The Otters closed out the week, 104-99 over the Marlins.",
            "CARDINAL \"104-99\" score=104-99",
        ),
    ]);
    // A range is written from its low end; "over" a period or a thing is no opponent.
    no_score(&[
        (
            "a range over a period",
            "Prices rose 2-3 over the Easter weekend.",
            "2-3",
        ),
        (
            "a range over a place",
            "Winds of 20-30 over the Pennines are expected.",
            "20-30",
        ),
        (
            "over a lower-case word",
            "The margin was 7-4 over budget talks.",
            "7-4",
        ),
    ]);
}

#[test]
fn a_teams_score_before_the_day_it_was_played() {
    check(&[
        (
            "weekday",
            "Calder Wolves 5-4 Tuesday, after a shootout.",
            "CARDINAL \"5-4\" score=5-4",
        ),
        (
            "on and a weekday",
            "Harbour Kings 98-91 on Friday night in the opener.",
            "CARDINAL \"98-91\" score=98-91",
        ),
    ]);
    no_score(&[
        (
            "a label before the day",
            "Read Chapter 3-4 Monday for the seminar.",
            "3-4",
        ),
        (
            "a sentence's first word",
            "Between 5-8 Monday mornings a year are lost.",
            "5-8",
        ),
        (
            "no day after",
            "Calder Wolves 5-4 seasons ago were a different side.",
            "5-4",
        ),
    ]);
}

#[test]
fn a_bowlers_figures_are_no_counts() {
    absent(&[
        (
            "overs of four parts",
            "Bowling: Okafor 23-5-71-1, Pryce 10-2-35-0",
            "23",
        ),
        (
            "the runs",
            "Bowling: Okafor 23-5-71-1, Pryce 10-2-35-0",
            "71",
        ),
        (
            "the second bowler",
            "Bowling: Okafor 23-5-71-1, Pryce 10-2-35-0",
            "35",
        ),
        ("at a line's end", "Hemming 9-0-41-2", "41"),
    ]);
    // Three parts are a team's record, set aside as before.
    absent(&[("three parts", "They went 14-0-1 last season.", "14")]);
}

#[test]
fn pairs_that_are_no_sets_stay_as_they_were() {
    // Two pairs in a row that are no sets of a match: ranges or codes.
    no_score(&[
        ("ages", "Groups for ages 5-8 9-12 meet on Saturdays.", "5-8"),
        (
            "the second",
            "Groups for ages 5-8 9-12 meet on Saturdays.",
            "9-12",
        ),
        (
            "a set then no set",
            "Scores of 6-3 10-12 were typed in.",
            "10-12",
        ),
    ]);
    // A half-time score in brackets after a football result is not the result's tie-break.
    let got = lines("Malmo drew 1-1 (0-1) with Ferencvaros on Wednesday.");
    assert!(
        got.iter().any(|l| l == "CARDINAL \"1-1\" score=1-1"),
        "the result alone: {got:#?}"
    );
}
