//! Named table tests of the date and time classes of issue 12 read by grammar: day ranges
//! before a month, the nth weekday of a month, years and clock times in words, a weekday with
//! its day. Every sentence is made up.
//!
//! Beside: `phrases` (holidays with their tails, counted periods without "the", years that
//! date a noun, compact dates of digits) and `story_time` (the time the story is at, counted
//! from the last date written out).

mod phrases;
mod story_time;

use super::*;

/// Every figure of `text` as (type, covered text, ISO form).
pub(super) fn figures(text: &str) -> Vec<(&'static str, String, Option<String>)> {
    annotate(text)
        .into_iter()
        .filter_map(|a| {
            let t = a.text(text).to_string();
            match a.detail {
                annotation::Detail::Statistic(d) => Some((a.kind, t, d.extra().iso.clone())),
                _ => None,
            }
        })
        .collect()
}

/// (case, sentence, type, covered text, ISO form when one is expected without a dateline).
pub(super) type Case<'a> = (&'a str, &'a str, &'a str, &'a str, Option<&'a str>);

pub(super) fn check(cases: &[Case]) {
    let mut names = std::collections::HashSet::new();
    for (name, text, kind, span, iso) in cases {
        assert!(names.insert(*name), "{name}: the case name is used twice");
        let got = figures(text);
        assert!(
            got.iter().any(|(k, t, i)| k == kind
                && t == span
                && iso.is_none_or(|w| i.as_deref() == Some(w))),
            "{name}: {text:?} gave {got:?}"
        );
    }
}

/// A dateline, Wednesday 4 March 2026, before `text`.
pub(super) fn dated(text: &str) -> String {
    format!("Published 4 March 2026\n\n{text}")
}

/// [`check`] with the dateline of [`dated`] before each sentence, the value exact: `None` is a
/// figure with no value.
pub(super) fn check_dated(cases: &[Case]) {
    let mut names = std::collections::HashSet::new();
    for (name, text, kind, span, iso) in cases {
        assert!(names.insert(*name), "{name}: the case name is used twice");
        let got = figures(&dated(text));
        assert!(
            got.iter()
                .any(|(k, t, i)| k == kind && t == span && i.as_deref() == *iso),
            "{name}: {text:?} gave {got:?}"
        );
    }
}

/// (case, sentence, a text that must not be covered by a DATE or TIME).
pub(super) fn check_not_dated(cases: &[(&str, &str, &str)]) {
    let mut names = std::collections::HashSet::new();
    for (name, text, not) in cases {
        assert!(names.insert(*name), "{name}: the case name is used twice");
        let got = figures(text);
        assert!(
            !got.iter()
                .any(|(k, t, _)| matches!(*k, "DATE" | "TIME") && t.contains(not)),
            "{name}: {text:?} gave {got:?}"
        );
    }
}

#[test]
fn day_ranges_before_a_month() {
    check(&[
        (
            "digits and a dash",
            "The festival runs 4-9 August in the old port.",
            "DATE",
            "4-9 August",
            None,
        ),
        (
            "with a year",
            "Talks were held 11–14 March 2019 in Geneva.",
            "DATE",
            "11–14 March 2019",
            Some("2019-03-11/2019-03-14"),
        ),
        (
            "ordinals and to",
            "The exhibition is open 2nd to 6th of October 2023.",
            "DATE",
            "2nd to 6th of October 2023",
            Some("2023-10-02/2023-10-06"),
        ),
        (
            "through",
            "Voting runs 7 through 10 May 2024.",
            "DATE",
            "7 through 10 May 2024",
            Some("2024-05-07/2024-05-10"),
        ),
    ]);
    check_not_dated(&[
        ("a score before a day", "United won 3-1 on Sunday.", "3-1"),
        (
            "a later day first is no range",
            "The vote was 12-3 May 5 in the senate.",
            "12-3",
        ),
    ]);
}

#[test]
fn nth_weekday_of_a_month() {
    check(&[
        (
            "of the month",
            "The club meets on the first Monday of the month.",
            "DATE",
            "the first Monday of the month",
            None,
        ),
        (
            "of last month",
            "It reopened the second Friday of last month.",
            "DATE",
            "the second Friday of last month",
            None,
        ),
        (
            "in a month",
            "The fair opens the third Tuesday in June.",
            "DATE",
            "the third Tuesday in June",
            None,
        ),
        (
            "in a month of a year",
            "Polls open on the last Sunday in March 2024.",
            "DATE",
            "the last Sunday in March 2024",
            Some("2024-03-31"),
        ),
    ]);
}

#[test]
fn years_in_words() {
    check(&[
        (
            "a year alone",
            "The bridge was built in nineteen fifty-eight.",
            "DATE",
            "nineteen fifty-eight",
            Some("1958"),
        ),
        (
            "oh and a digit",
            "She emigrated in nineteen oh seven, aged six.",
            "DATE",
            "nineteen oh seven",
            Some("1907"),
        ),
        (
            "twenty and two digits",
            "The law changed in twenty twelve.",
            "DATE",
            "twenty twelve",
            Some("2012"),
        ),
        (
            "a month and thousands",
            "He returned in June two thousand and four.",
            "DATE",
            "June two thousand and four",
            Some("2004-06"),
        ),
        (
            "a day, a month and a year",
            "She was born 9 May nineteen sixty-one.",
            "DATE",
            "9 May nineteen sixty-one",
            Some("1961-05-09"),
        ),
        (
            "a month, an ordinal and thousands",
            "The plant closed April third two thousand eight.",
            "DATE",
            "April third two thousand eight",
            Some("2008-04-03"),
        ),
        (
            "thousands after in, before a comma",
            "The rules changed in two thousand and six, the board said.",
            "DATE",
            "two thousand and six",
            Some("2006"),
        ),
    ]);
    check_not_dated(&[
        (
            "thousands before a noun are a count",
            "Police counted two thousand and six protesters.",
            "two thousand",
        ),
        (
            "a count of money is no year",
            "It cost nineteen fifty dollars.",
            "nineteen",
        ),
    ]);
}

#[test]
fn clock_times_in_words() {
    check(&[
        (
            "an hour and pm",
            "The vote closes at nine pm.",
            "TIME",
            "nine pm",
            Some("T21:00"),
        ),
        (
            "hour, minutes and dotted meridiem",
            "Kick-off is at seven forty-five p.m. local time.",
            "TIME",
            "seven forty-five p.m.",
            Some("T19:45"),
        ),
        (
            "oh and a digit",
            "The train left at eleven oh five am.",
            "TIME",
            "eleven oh five am",
            Some("T11:05"),
        ),
        (
            "spaced meridiem letters",
            "Service resumes at 6:15 a m on weekdays.",
            "TIME",
            "6:15 a m",
            Some("T06:15"),
        ),
        (
            "ten fifteen is a time, not a year",
            "Doors open at ten fifteen.",
            "TIME",
            "ten fifteen",
            Some("T10:15"),
        ),
        (
            "at and minutes without a meridiem",
            "The ferry sails at four thirty.",
            "TIME",
            "four thirty",
            Some("T04:30"),
        ),
    ]);
    check_not_dated(&[(
        "a price in words is no time",
        "A coffee costs three twenty here.",
        "three twenty",
    )]);
}

#[test]
fn weekday_with_its_day() {
    check(&[
        (
            "an ordinal word",
            "We meet on Thursday the ninth.",
            "DATE",
            "Thursday the ninth",
            None,
        ),
        (
            "digits with an ending and a month",
            "The race is on Sunday the 14th of July.",
            "DATE",
            "Sunday the 14th of July",
            None,
        ),
    ]);
    check_not_dated(&[(
        "digits without an ending are a count",
        "On Friday the 30 workers walked out.",
        "the 30",
    )]);
}
