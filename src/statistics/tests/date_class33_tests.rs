//! The date classes of the thirty-third session (issue #12, Duckling's time dimension), on
//! made-up sentences: a day, weekday or week counted from the end of its month or year ("the
//! second last day of June"), a weekday placed as the closest to another date ("the closest
//! Monday to Oct 5th"), and the `n`th weekday after or before a date ("the third Tuesday after
//! Christmas 2014"); with look-alikes that must stay what they are.

use super::holiday_tests::{check_dates, dates};

/// No DATE covers exactly `span` in `text`.
fn check_no_date(cases: &[(&str, &str, &str)]) {
    for (name, text, span) in cases {
        let got = dates(text);
        assert!(
            got.iter().all(|(t, _)| t != span),
            "{name}: {text:?} gave {got:?}"
        );
    }
}

#[test]
fn a_day_counted_from_the_end_of_its_month() {
    check_dates(&[
        (
            "day_with_year",
            "Ballots must arrive by the second last day of June 2021.",
            "the second last day of June 2021",
            Some("2021-06-29"),
        ),
        (
            "digits_ordinal",
            "The 3rd last day of February 2024 was a Tuesday.",
            "The 3rd last day of February 2024",
            Some("2024-02-27"),
        ),
        (
            "to_last",
            "Rent is due on the second to last day of April 2019.",
            "the second to last day of April 2019",
            Some("2019-04-29"),
        ),
        (
            "weekday_with_year",
            "The fair opens on the second last Friday of October 2019.",
            "the second last Friday of October 2019",
            Some("2019-10-18"),
        ),
        (
            "weekday_no_article",
            "It falls on third last Sunday of March 2020 this time.",
            "third last Sunday of March 2020",
            Some("2020-03-15"),
        ),
        (
            "week_of_year",
            "Shipping stops in the third last week of 2018.",
            "the third last week of 2018",
            None,
        ),
        (
            "day_without_year",
            "The vote is on the fifth last day of May.",
            "the fifth last day of May",
            None,
        ),
    ]);
    // Look-alikes: an ordinal before "last" and no month or year after it.
    check_no_date(&[
        (
            "goal",
            "He scored the second last goal of the game.",
            "the second last goal of the game",
        ),
        (
            "season",
            "It rained on the third last day of the season.",
            "the third last day of the season",
        ),
        (
            "minute",
            "They left in the second last minute of play.",
            "the second last minute of play",
        ),
    ]);
}

#[test]
fn a_weekday_closest_to_a_date() {
    check_dates(&[
        (
            "closest_sunday",
            "Trading resumes on the closest Friday to March 3, 2019.",
            "the closest Friday to March 3, 2019",
            Some("2019-03-01"),
        ),
        (
            "nearest_monday",
            "The parade is held on the nearest Monday to July 4, 2021.",
            "the nearest Monday to July 4, 2021",
            Some("2021-07-05"),
        ),
        (
            "second_closest",
            "The rerun is the second closest Saturday to 12 June 2023.",
            "the second closest Saturday to 12 June 2023",
            Some("2023-06-17"),
        ),
        (
            "to_a_holiday",
            "Offices shut on the closest Tuesday to Christmas.",
            "the closest Tuesday to Christmas",
            None,
        ),
        (
            "digits_ordinal",
            "We meet the 2nd nearest Wednesday to Easter.",
            "the 2nd nearest Wednesday to Easter",
            None,
        ),
    ]);
    // Look-alikes: "closest" before a noun that is no day; a range of weekdays stays a range.
    check_no_date(&[
        (
            "friends",
            "She is among the closest friends to the president.",
            "the closest friends to the president",
        ),
        (
            "hospital",
            "He was taken to the nearest hospital to Leeds.",
            "the nearest hospital to Leeds",
        ),
    ]);
    check_dates(&[(
        "weekday_range",
        "The office is open Monday to Friday.",
        "Monday to Friday",
        None,
    )]);
}

#[test]
fn the_nth_weekday_after_or_before_a_date() {
    check_dates(&[
        (
            "after_holiday_year",
            "The term starts the third Tuesday after Christmas 2014.",
            "the third Tuesday after Christmas 2014",
            Some("2015-01-13"),
        ),
        (
            "before_day",
            "Entries close the second Friday before 1 May 2020.",
            "the second Friday before 1 May 2020",
            Some("2020-04-17"),
        ),
        (
            "following",
            "It reopens the first Monday following March 4, 2024.",
            "the first Monday following March 4, 2024",
            Some("2024-03-11"),
        ),
        (
            "movable_holiday",
            "Voting is the second Sunday after Easter.",
            "the second Sunday after Easter",
            None,
        ),
    ]);
    // Look-alikes: an ordinal before a noun that is no weekday.
    check_no_date(&[
        (
            "person",
            "She was the third person after Monday to resign.",
            "the third person after Monday",
        ),
        (
            "week_after",
            "It was the second week after Easter.",
            "the second week after Easter",
        ),
    ]);
}
