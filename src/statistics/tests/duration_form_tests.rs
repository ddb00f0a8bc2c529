//! The duration forms of branch `time27`, on made-up sentences: "-long" glued on a unit, "and"
//! with a fraction and hyphenated fractions, "or so", vague counts of a scale, glued "2h 30m",
//! and "in … time"; each class with look-alikes that stay as they were.

use super::date_class_tests::{check, figures};

/// Whether `text` gives no DURATION covering `not`.
fn no_duration(text: &str, not: &str) -> bool {
    !figures(text)
        .iter()
        .any(|(k, t, _)| *k == "DURATION" && t.contains(not))
}

#[test]
fn long_glued_on_the_unit() {
    check(&[
        (
            "digits, unit, long",
            "It was a 3-week-long strike.",
            "DURATION",
            "3-week-long",
            Some("P3W"),
        ),
        (
            "words, unit, long",
            "A three-hour-long meeting ended.",
            "DURATION",
            "three-hour-long",
            Some("PT3H"),
        ),
        (
            "eighteen months long",
            "An 18-month-long inquiry began.",
            "DURATION",
            "18-month-long",
            Some("P18M"),
        ),
        (
            "a week-long festival",
            "A week-long festival opened.",
            "DURATION",
            "week-long",
            Some("P1W"),
        ),
        (
            "a month-long strike",
            "The month-long strike ended.",
            "DURATION",
            "month-long",
            Some("P1M"),
        ),
        (
            "a year-long inquiry",
            "A year-long inquiry began.",
            "DURATION",
            "year-long",
            Some("P1Y"),
        ),
        (
            "a decade-long war",
            "A decade-long war ended.",
            "DURATION",
            "decade-long",
            Some("P10Y"),
        ),
        (
            "a day-long hearing",
            "After a day-long hearing, the judge ruled.",
            "DURATION",
            "day-long",
            Some("P1D"),
        ),
        (
            "a century-long feud",
            "It ended a century-long feud.",
            "DURATION",
            "century-long",
            Some("P100Y"),
        ),
    ]);
    // An adjective of length is no date from now, nor a length after "after".
    check(&[
        (
            "after a headline's week-long",
            "Bank Staff Return After Week-Long Strike",
            "DURATION",
            "Week-Long",
            Some("P1W"),
        ),
        (
            "in three-day-long talks",
            "They agreed in three-day-long talks.",
            "DURATION",
            "three-day-long",
            Some("P3D"),
        ),
    ]);
    // "long" not glued, or after no unit, adds nothing.
    assert!(no_duration("The list is long-winded.", "long"));
    assert!(no_duration("A long week ended.", "long"));
    assert!(no_duration("The week long ago ended.", "long"));
}

#[test]
fn fractions_joined_to_the_count() {
    check(&[
        (
            "one and three-quarter hours",
            "It took one and three-quarter hours.",
            "DURATION",
            "one and three-quarter hours",
            Some("PT1.75H"),
        ),
        (
            "two and a quarter days",
            "The trek took two and a quarter days.",
            "DURATION",
            "two and a quarter days",
            Some("P2.25D"),
        ),
        (
            "three-and-a-half-hour",
            "A three-and-a-half-hour wait followed.",
            "DURATION",
            "three-and-a-half-hour",
            Some("PT3.5H"),
        ),
        (
            "two-and-a-half-year",
            "A two-and-a-half-year wait followed.",
            "DURATION",
            "two-and-a-half-year",
            Some("P2.5Y"),
        ),
        (
            "half-an-hour alone",
            "The queue took half-an-hour.",
            "DURATION",
            "half-an-hour",
            Some("PT0.5H"),
        ),
        (
            "one and quarter hour",
            "It took one and quarter hour.",
            "DURATION",
            "one and quarter hour",
            Some("PT1.25H"),
        ),
        (
            "two and quarter of hours",
            "It took two and quarter of hours.",
            "DURATION",
            "two and quarter of hours",
            Some("PT2.25H"),
        ),
        (
            "half-an-hour after its article",
            "A half-an-hour wait followed.",
            "DURATION",
            "A half-an-hour",
            Some("PT0.5H"),
        ),
        (
            "half-a-day after its article",
            "It was a half-a-day trip.",
            "DURATION",
            "a half-a-day",
            Some("P0.5D"),
        ),
    ]);
    // "and" before a fraction of something else, or before no unit.
    assert!(no_duration("Add one and three-quarter cups.", "cups"));
}

#[test]
fn about_that_long_with_or_so() {
    check(&[
        (
            "an hour or so",
            "It took an hour or so.",
            "DURATION",
            "an hour",
            Some("PT1H"),
        ),
        (
            "a week or so",
            "They stayed a week or so.",
            "DURATION",
            "a week",
            Some("P1W"),
        ),
        (
            "a year or so",
            "It may take a year or so.",
            "DURATION",
            "a year",
            Some("P1Y"),
        ),
        (
            "two weeks or so",
            "Allow two weeks or so.",
            "DURATION",
            "two weeks",
            Some("P2W"),
        ),
    ]);
    let about = |text: &str| {
        super::annotate(text).into_iter().any(|a| match a.detail {
            crate::annotation::Detail::Statistic(d) => d.extra().qualifier == Some("about"),
            _ => false,
        })
    };
    assert!(about("It took an hour or so."));
    assert!(about("Allow two weeks or so."));
    // "a year" with no anchor, "or" and no "so": still nothing.
    assert!(no_duration("A year of change began.", "year"));
    assert!(no_duration("It was a day or a night.", "day"));
}

#[test]
fn vague_counts_of_a_scale() {
    check(&[
        (
            "a few hundred years",
            "It took a few hundred years.",
            "DURATION",
            "a few hundred years",
            None,
        ),
        (
            "several hundred years",
            "It took several hundred years.",
            "DURATION",
            "several hundred years",
            None,
        ),
        (
            "several thousand years",
            "The cave was used for several thousand years.",
            "DURATION",
            "several thousand years",
            None,
        ),
        (
            "a few thousand hours",
            "Pilots log a few thousand hours.",
            "DURATION",
            "a few thousand hours",
            None,
        ),
    ]);
    assert!(no_duration("A few hundred people came.", "hundred"));
    assert!(no_duration("Several thousand fans waited.", "thousand"));
}

#[test]
fn hours_and_minutes_glued() {
    check(&[
        (
            "2h 30m",
            "The race took 2h 30m.",
            "DURATION",
            "2h 30m",
            Some("PT2H30M"),
        ),
        (
            "1h 45m",
            "Her time was 1h 45m on the day.",
            "DURATION",
            "1h 45m",
            Some("PT1H45M"),
        ),
        (
            "3h 5m",
            "The flight lasts 3h 5m.",
            "DURATION",
            "3h 5m",
            Some("PT3H5M"),
        ),
    ]);
    // "30m" after no hour is metres or millions; after hours, a glued word makes it no minute.
    assert!(no_duration("He swam 30m.", "30m"));
    assert!(no_duration("It lasted 2h 30mph winds.", "30m"));
}

#[test]
fn a_length_from_now_with_time() {
    check(&[
        (
            "weeks time",
            "The bridge opens in three weeks time.",
            "DATE",
            "in three weeks time",
            Some("P3W"),
        ),
        (
            "weeks' time",
            "The bridge opens in two weeks' time.",
            "DATE",
            "in two weeks' time",
            Some("P2W"),
        ),
        (
            "a month's time",
            "The vote is in a month's time.",
            "DATE",
            "in a month's time",
            Some("P1M"),
        ),
        (
            "days time",
            "We meet again in 10 days time.",
            "DATE",
            "in 10 days time",
            Some("P10D"),
        ),
    ]);
    // "time" glued to more, or a length taken: unchanged.
    assert!(!figures("It will end in three weeks timeframe.")
        .iter()
        .any(|(_, t, _)| t.contains("time")));
}
