//! Times and dates as news writes them (branch `time28`), on made-up sentences: a dotted clock
//! time placed by the part of the day, the end of a range after its start, a weekday with its day of the month,
//! British "a week on Tuesday", "this time next year", a day and its time after a comma,
//! slashed figures that are no dates, a clock time with minutes shifted, one unit said whole,
//! "20-odd years" and "2m 30s"; each class with look-alikes that stay as they were.

use super::date_class_tests::{self, check, check_not_dated, figures, Case};

/// The shared dated check, every case here with a value.
fn check_dated(cases: &[(&str, &str, &str, &str, &str)]) {
    let cases: Vec<Case> = cases
        .iter()
        .map(|&(name, text, kind, span, iso)| (name, text, kind, span, Some(iso)))
        .collect();
    date_class_tests::check_dated(&cases);
}

/// Whether `text` gives no figure of type `kind` covering `not`.
fn none_of(kind: &str, text: &str, not: &str) -> bool {
    !figures(text)
        .iter()
        .any(|(k, t, _)| *k == kind && t.contains(not))
}

/// After "at" a dotted hour is a clock time, so the part of the day after it places it as it
/// places "3:15" ("at" stays inside a dotted time, as Recognizers-Text marks it).
#[test]
fn a_dotted_time_placed_by_the_part_of_day() {
    check(&[
        (
            "afternoon",
            "The blast came at 3.15 in the afternoon.",
            "TIME",
            "at 3.15 in the afternoon",
            Some("T15:15"),
        ),
        (
            "evening",
            "The vote was at 8.30 in the evening.",
            "TIME",
            "at 8.30 in the evening",
            Some("T20:30"),
        ),
        (
            "morning",
            "He left at 6.45 in the morning.",
            "TIME",
            "at 6.45 in the morning",
            Some("T06:45"),
        ),
        (
            "colon as before",
            "He left at 3:15 in the afternoon.",
            "TIME",
            "3:15 in the afternoon",
            Some("T15:15"),
        ),
    ]);
}

#[test]
fn the_end_of_a_range_follows_its_start() {
    check_dated(&[
        (
            "days across the dateline",
            "The festival runs from 3 to 5 March.",
            "DATE",
            "from 3 to 5 March",
            "2026-03-03/2026-03-05",
        ),
        (
            "days of a past month",
            "Voting was between 1 and 3 June.",
            "DATE",
            "between 1 and 3 June",
            "2025-06-01/2025-06-03",
        ),
        (
            "across two months",
            "Works ran from 28 February to 5 March.",
            "DATE",
            "from 28 February to 5 March",
            "2026-02-28/2026-03-05",
        ),
        (
            "months across the dateline",
            "Prices rose from March to May.",
            "DATE",
            "from March to May",
            "2026-03/2026-05",
        ),
        (
            "months across new year",
            "Snow fell from November to February.",
            "DATE",
            "from November to February",
            "2025-11/2026-02",
        ),
        (
            "month then days",
            "The fair runs March 3-5.",
            "DATE",
            "March 3-5",
            "2026-03-03/2026-03-05",
        ),
        (
            "month then days, a year after",
            "The fair runs November 19-20, 2027.",
            "DATE",
            "November 19-20, 2027",
            "2027-11-19/2027-11-20",
        ),
        (
            "start takes the end's year",
            "Works run from 3 March to 5 May 2027.",
            "DATE",
            "from 3 March to 5 May 2027",
            "2027-03-03/2027-05-05",
        ),
        (
            "start in the year before",
            "Snow fell from November to February 2027.",
            "DATE",
            "from November to February 2027",
            "2026-11/2027-02",
        ),
        (
            "years as before",
            "Prices rose from 2010 to 2015.",
            "DATE",
            "from 2010 to 2015",
            "2010/2015",
        ),
    ]);
}

#[test]
fn a_weekday_with_its_day_of_the_month() {
    check_dated(&[
        (
            "weekday day month",
            "The vigil is on Monday 9 March.",
            "DATE",
            "Monday 9 March",
            "2026-03-09",
        ),
        (
            "weekday comma day month",
            "The vote is on Friday, 13 March.",
            "DATE",
            "Friday, 13 March",
            "2026-03-13",
        ),
        (
            "a day before the dateline",
            "It rained on Sunday 1 March.",
            "DATE",
            "Sunday 1 March",
            "2026-03-01",
        ),
        (
            "the year the weekday says",
            "The hearing is on Tuesday 9 March.",
            "DATE",
            "Tuesday 9 March",
            "2027-03-09",
        ),
        (
            "with a time",
            "The vigil is on Monday 9 March at 6.30pm.",
            "TIME",
            "Monday 9 March at 6.30pm",
            "2026-03-09T18:30",
        ),
        (
            "with its year",
            "They met on Tuesday 3 March 2026.",
            "DATE",
            "Tuesday 3 March 2026",
            "2026-03-03",
        ),
        (
            "no second weekday",
            "Wednesday March 4, 2026 Wednesday's Headlines",
            "DATE",
            "Wednesday March 4, 2026",
            "2026-03-04",
        ),
        (
            "weekday alone as before",
            "Flights resumed on Friday.",
            "DATE",
            "Friday",
            "2026-02-27",
        ),
    ]);
}

#[test]
fn weeks_on_a_weekday() {
    check_dated(&[
        (
            "a week on",
            "The hearing resumes a week on Tuesday.",
            "DATE",
            "a week on Tuesday",
            "2026-03-17",
        ),
        (
            "a fortnight on",
            "The trial opens a fortnight on Friday.",
            "DATE",
            "a fortnight on Friday",
            "2026-03-20",
        ),
        (
            "weeks in words",
            "Polls open three weeks on Monday.",
            "DATE",
            "three weeks on Monday",
            "2026-03-30",
        ),
        (
            "weekday week",
            "The hearing is on Tuesday week.",
            "DATE",
            "Tuesday week",
            "2026-03-17",
        ),
        (
            "weekday week, Friday",
            "We fly Friday week.",
            "DATE",
            "Friday week",
            "2026-03-13",
        ),
        // A week's number after the weekday is read as before: not the weekday after next.
        (
            "a week's number",
            "The Monday week 3 session was cut.",
            "DATE",
            "Monday week 3",
            "2026-03-02",
        ),
    ]);
    for (text, not) in [
        ("She spent a week on holiday.", "a week on"),
        ("Friday week of action was called.", "Friday week"),
    ] {
        assert!(
            none_of("DATE", text, not),
            "{text:?} gave {:?}",
            figures(text)
        );
    }
}

#[test]
fn this_time_and_a_period() {
    check_dated(&[
        (
            "next year",
            "We will be back this time next year.",
            "DATE",
            "this time next year",
            "2027",
        ),
        (
            "last year",
            "Prices were lower this time last year.",
            "DATE",
            "this time last year",
            "2025-03-04",
        ),
        (
            "tomorrow",
            "The deal will be done this time tomorrow.",
            "DATE",
            "this time tomorrow",
            "2026-03-05",
        ),
        (
            "next week",
            "We meet this time next week.",
            "DATE",
            "this time next week",
            "2026-W11",
        ),
    ]);
    assert!(none_of("DATE", "This time the vote passed.", "This time"));
}

#[test]
fn a_day_a_comma_and_its_time() {
    check_dated(&[
        (
            "full date, 24-hour",
            "The deadline is 2 April 2026, 14:00.",
            "TIME",
            "2 April 2026, 14:00",
            "2026-04-02T14:00",
        ),
        (
            "weekday date, at pm",
            "The hearing is on Friday, May 8, at 2pm.",
            "TIME",
            "Friday, May 8, at 2pm",
            "2026-05-08T14:00",
        ),
        (
            "date, dotted pm",
            "Doors open Monday 9 March, 6.30pm.",
            "TIME",
            "Monday 9 March, 6.30pm",
            "2026-03-09T18:30",
        ),
    ]);
    for (text, not) in [
        ("On 3 May, 4 people died.", "4 people"),
        ("On 3 May 2025, 40 staff left.", "40"),
    ] {
        assert!(
            none_of("TIME", text, not),
            "{text:?} gave {:?}",
            figures(text)
        );
    }
}

#[test]
fn a_weekday_range_after_times_stays_its_own() {
    check(&[
        (
            "times then weekdays",
            "The office opens 9am-5pm Mon-Fri.",
            "TIME",
            "9am-5pm",
            Some("T09:00/T17:00"),
        ),
        (
            "a day after times as before",
            "The clinic is open 9am-5pm Monday.",
            "TIME",
            "9am-5pm Monday",
            None,
        ),
    ]);
}

#[test]
fn slashed_figures_that_are_no_dates() {
    check_not_dated(&[
        (
            "one in a thousand",
            "The ratio is 1/1000 of the dose.",
            "1/1000",
        ),
        ("one in two thousand", "It affects 1/2000 births.", "1/2000"),
        ("a far year", "Mix 3/1500 parts.", "3/1500"),
        ("a tenth of", "It took 1/10 of a second.", "1/10"),
        ("three fifths of", "About 3/5 of voters agreed.", "3/5"),
        ("a fraction", "Add 3/4 of the flour.", "3/4"),
        ("all day every day", "Support is available 24/7.", "24/7"),
    ]);
    check(&[
        (
            "a month of a year",
            "Sales fell in 3/2019.",
            "DATE",
            "3/2019",
            Some("2019-03"),
        ),
        (
            "a round year with its zero",
            "The card expired 01/2000.",
            "DATE",
            "01/2000",
            Some("2000-01"),
        ),
        (
            "two-digit month",
            "It expires 12/2015.",
            "DATE",
            "12/2015",
            Some("2015-12"),
        ),
        (
            "the attacks",
            "The attacks of 9/11 changed the world.",
            "DATE",
            "9/11",
            None,
        ),
    ]);
}

#[test]
fn a_clock_time_with_minutes_shifted() {
    check(&[
        (
            "minutes after pm",
            "It ended 30 minutes after 7:15pm.",
            "TIME",
            "30 minutes after 7:15pm",
            Some("T19:45"),
        ),
        (
            "minutes before am",
            "He left 15 minutes before 10:30am.",
            "TIME",
            "15 minutes before 10:30am",
            Some("T10:15"),
        ),
        (
            "an hour after",
            "The vote came an hour after 8:45pm.",
            "TIME",
            "an hour after 8:45pm",
            Some("T21:45"),
        ),
        (
            "minutes past an hour as before",
            "We met at 20 minutes past 7.",
            "TIME",
            "20 minutes past 7",
            Some("T07:20"),
        ),
    ]);
}

#[test]
fn one_unit_said_whole() {
    check(&[
        (
            "a full year",
            "It took a full year.",
            "DURATION",
            "a full year",
            Some("P1Y"),
        ),
        (
            "an extra hour",
            "He was given an extra hour.",
            "DURATION",
            "an extra hour",
            Some("PT1H"),
        ),
        (
            "a whole week",
            "It lasted a whole week.",
            "DURATION",
            "a whole week",
            Some("P1W"),
        ),
        (
            "an entire day",
            "We waited an entire day.",
            "DURATION",
            "an entire day",
            Some("P1D"),
        ),
        (
            "a further month",
            "Talks need a further month.",
            "DURATION",
            "a further month",
            Some("P1M"),
        ),
        (
            "an additional minute",
            "The clock ran an additional minute.",
            "DURATION",
            "an additional minute",
            Some("PT1M"),
        ),
    ]);
    for (text, not) in [
        ("It was a full house.", "full"),
        ("A whole new world opened.", "whole"),
        ("She has a full-time job.", "full"),
        ("It was an extra-time winner.", "extra"),
        ("There has not been a single year of growth.", "year"),
    ] {
        assert!(
            none_of("DURATION", text, not),
            "{text:?} gave {:?}",
            figures(text)
        );
    }
}

#[test]
fn odd_and_plus_counts_and_minutes_with_seconds() {
    check(&[
        (
            "odd years",
            "He spent 20-odd years in prison.",
            "DURATION",
            "20-odd years",
            Some("P20Y"),
        ),
        (
            "plus years",
            "She has 30-plus years of service.",
            "DURATION",
            "30-plus years",
            Some("P30Y"),
        ),
        (
            "odd minutes",
            "It took 40-odd minutes.",
            "DURATION",
            "40-odd minutes",
            Some("PT40M"),
        ),
        (
            "minutes and seconds",
            "Her time was 2m 30s.",
            "DURATION",
            "2m 30s",
            Some("PT2M30S"),
        ),
        (
            "padded seconds",
            "He won in 1m 05s.",
            "DURATION",
            "1m 05s",
            Some("PT1M5S"),
        ),
    ]);
    assert!(none_of("DURATION", "About 30-odd people came.", "30"));
    assert!(none_of("DURATION", "It is a 2m fence.", "2m"));
}
