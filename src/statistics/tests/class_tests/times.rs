//! Date and time ranges, clock times, quarters, nth weekdays and placed hours (moved from `class_tests.rs`).

use super::*;

#[test]
fn date_and_time_ranges_and_open_ranges() {
    // (case, sentence, type, covered text, qualifier, iso)
    let cases: &[(&str, &str, &str, &str, &str, Option<&str>)] = &[
        (
            "a bare hour to a time",
            "The pharmacy is staffed between 8 and 10 am.",
            "TIME",
            "between 8 and 10 am",
            "between",
            Some("T08:00/T10:00"),
        ),
        (
            "a bare hour takes the afternoon of the end",
            "Viewing is 2-5pm on weekdays.",
            "TIME",
            "2-5pm",
            "between",
            Some("T14:00/T17:00"),
        ),
        (
            "a morning hour to an afternoon one",
            "The crossing closes from 10 to 2pm.",
            "TIME",
            "from 10 to 2pm",
            "between",
            Some("T10:00/T14:00"),
        ),
        (
            "a time to a time",
            "Voting runs from 7am to 10pm.",
            "TIME",
            "from 7am to 10pm",
            "between",
            Some("T07:00/T22:00"),
        ),
        (
            "a day and time to a day and time",
            "Published 4 June 2031\nThe market runs from Thursday 9am until Saturday 6pm.",
            "TIME",
            "from Thursday 9am until Saturday 6pm",
            "between",
            Some("2031-05-29T09:00/2031-05-31T18:00"),
        ),
        (
            "weekday through weekday",
            "The festival goes on from Tuesday through Friday.",
            "DATE",
            "from Tuesday through Friday",
            "between",
            None,
        ),
        (
            "between with to",
            "The helpline is busiest between 8 to 9:30, staff say.",
            "TIME",
            "between 8 to 9:30",
            "between",
            Some("T08:00/T09:30"),
        ),
        (
            "a date to now",
            "Published 2 May 2030\nLand values from June 2021 to now have doubled.",
            "DATE",
            "from June 2021 to now",
            "between",
            Some("2021-06/2030-05-02"),
        ),
        (
            "between an ambiguous month and another",
            "Lambing runs between March and May on the fells.",
            "DATE",
            "between March and May",
            "between",
            None,
        ),
        (
            "since a year",
            "Tolls have been frozen since 2004.",
            "DATE",
            "since 2004",
            "since",
            Some("2004"),
        ),
        (
            "until a day word",
            "The lane stays closed until tomorrow.",
            "DATE",
            "until tomorrow",
            "until",
            None,
        ),
        (
            "a time or earlier",
            "Bags must be in by 5 pm or earlier.",
            "TIME",
            "5 pm or earlier",
            "before",
            Some("T17:00"),
        ),
        (
            "a time or later",
            "Fares drop for trains at 8pm or later.",
            "TIME",
            "8pm or later",
            "from",
            Some("T20:00"),
        ),
        (
            "a time at the latest",
            "Entries close at 11pm at the latest.",
            "TIME",
            "11pm at the latest",
            "no later than",
            Some("T23:00"),
        ),
        (
            "a date at the earliest",
            "The bridge reopens in 2033 at the earliest.",
            "DATE",
            "2033 at the earliest",
            "from",
            Some("2033"),
        ),
    ];
    check(&[(
        "may as a verb after between",
        "The choice between may and might puzzles learners.",
        &[],
        &["may", "between may and might"],
    )]);
    for (name, text, kind, span, qualifier, iso) in cases {
        let got = stats(text);
        let Some((_, _, d)) = got.iter().find(|(k, t, _)| k == kind && t == span) else {
            panic!("{name}: {kind} {span:?} not in {got:?}");
        };
        assert_eq!(d.extra().qualifier, Some(*qualifier), "{name}: qualifier");
        if iso.is_some() {
            assert_eq!(d.extra().iso.as_deref(), *iso, "{name}: iso");
        }
    }
}

const fn timed(span: &'static str, iso: &'static str) -> Want {
    Want {
        kind: "TIME",
        span,
        value: None,
        iso: Some(iso),
    }
}

#[test]
fn clock_times_keep_their_hour() {
    check(&[
        (
            "an hour then a year stay two figures",
            "The vigil began at 6 pm in 2019 and every year since.",
            &[timed("6 pm", "T18:00"), dated("2019", "2019")],
            &["6 pm in 2019"],
        ),
        (
            "an hour then a month stay two figures",
            "Doors open from 7.30pm in March.",
            &[timed("7.30pm", "T19:30")],
            &["7.30pm in March"],
        ),
        (
            "a 24-hour range without colons",
            "The lane closes 0730-0930 on school days.",
            &[timed("0730-0930", "T07:30/T09:30")],
            &["0730", "0930"],
        ),
        (
            "a 24-hour time with hours",
            "Troops crossed at 0400 hours.",
            &[timed("0400 hours", "T04:00")],
            &[],
        ),
        (
            "a 24-hour time with a zone",
            "The launch is set for 1830 GMT.",
            &[timed("1830 GMT", "T18:30")],
            &[],
        ),
        (
            "a freephone number is not a time",
            "Call 0800 555 0199 for help.",
            &[],
            &["0800"],
        ),
        (
            "four digits alone are not a time",
            "Add 0033 before the number.",
            &[valued("CARDINAL", "0033", 33.0)],
            &[],
        ),
        (
            "a year range is not a time",
            "Output fell 1990-1995.",
            &[dated("1990-1995", "1990/1995")],
            &[],
        ),
    ]);
}

#[test]
fn quarters_nth_weekdays_and_placed_hours() {
    check(&[
        (
            "a quarter with no article",
            "Sales fell in third quarter 2023 at the chain.",
            &[dated("third quarter 2023", "2023-Q3")],
            &["third"],
        ),
        (
            "a hyphenated quarter",
            "The firm posted third-quarter losses.",
            &[want("DATE", "third-quarter")],
            &["third"],
        ),
        (
            "a quarter of a written year",
            "Orders peaked in the fourth quarter of 2021.",
            &[dated("the fourth quarter of 2021", "2021-Q4")],
            &[],
        ),
        (
            "the nth weekday of a month and year",
            "The vote is on the second Thursday of March 2026.",
            &[dated("the second Thursday of March 2026", "2026-03-12")],
            &[],
        ),
        (
            "the last weekday of a month",
            "Markets shut on the last Monday of May 2025.",
            &[dated("the last Monday of May 2025", "2025-05-26")],
            &[],
        ),
        (
            "an o'clock hour in the afternoon",
            "The ferry leaves at 4 o'clock in the afternoon.",
            &[timed("4 o'clock in the afternoon", "T16:00")],
            &[],
        ),
        (
            "a colon time in the evening",
            "The polls close at 9:45 in the evening.",
            &[timed("9:45 in the evening", "T21:45")],
            &[],
        ),
        (
            "an o'clock hour with pm",
            "Kick-off is 3 o'clock pm.",
            &[timed("3 o'clock pm", "T15:00")],
            &[],
        ),
    ]);
}
