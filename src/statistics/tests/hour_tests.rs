//! Named table tests of an hour placed by its day, a preposition or a time zone ("Monday at 9.",
//! "until 6 tomorrow morning", "at 8 GMT") and of quarters written against their year. Every
//! sentence is made up.

use super::date_class_tests::{check, check_not_dated};

/// An hour after "at" with the day it falls on: a sentence's full stop after the hour is no
/// decimal point ("Monday at 9."), an hour in words takes the day and its part after it as one
/// in digits does ("at eight tonight"), and "early"/"late" qualify a day word as they do a
/// period ("late tonight", "early tomorrow").
#[test]
fn an_hour_and_its_day() {
    check(&[
        (
            "weekday, hour, full stop",
            "The shop reopens on Monday at 9.",
            "TIME",
            "Monday at 9",
            None,
        ),
        (
            "day word, hour, full stop",
            "Ministers meet tomorrow at 10.",
            "TIME",
            "tomorrow at 10",
            None,
        ),
        (
            "hour in words tonight",
            "The final kicks off at eight tonight.",
            "TIME",
            "eight tonight",
            None,
        ),
        (
            "hour in words and a day's part",
            "The hearing resumes at nine tomorrow morning.",
            "TIME",
            "nine tomorrow morning",
            None,
        ),
        (
            "late tonight",
            "Results are due late tonight.",
            "TIME",
            "late tonight",
            None,
        ),
        (
            "early tomorrow",
            "The storm reaches the coast early tomorrow.",
            "DATE",
            "early tomorrow",
            None,
        ),
        (
            "late yesterday afternoon",
            "She resigned late yesterday afternoon.",
            "TIME",
            "late yesterday afternoon",
            None,
        ),
    ]);
    check_not_dated(&[
        (
            "a count before tonight",
            "They scored eight tonight.",
            "eight",
        ),
        (
            "a decimal after at",
            "The index closed at 9.5 on the day.",
            "9.5",
        ),
        ("the late", "The late senator was buried.", "late"),
    ]);
}

/// A bare hour with its day after a preposition of time or at a line's start ("until 6
/// tomorrow morning"), an hour with a time zone after "at" ("at 8 GMT"), and quarters written
/// against their year ("2018Q4", "4Q18").
#[test]
fn hours_placed_by_a_preposition_or_a_zone_and_compact_quarters() {
    check(&[
        (
            "from and until",
            "The strike runs from 8 tonight until 6 tomorrow morning.",
            "TIME",
            "from 8 tonight until 6 tomorrow morning",
            None,
        ),
        (
            "until, in words",
            "The curfew lasts until six tomorrow morning.",
            "TIME",
            "until six tomorrow morning",
            None,
        ),
        (
            "a line's start",
            "8 tonight: the debate",
            "TIME",
            "8 tonight",
            None,
        ),
        (
            "an hour and its zone",
            "Polls close at 8 GMT in the north.",
            "TIME",
            "8 GMT",
            Some("T08:00"),
        ),
        (
            "year then quarter",
            "Revenue in 2018Q4 beat forecasts.",
            "DATE",
            "2018Q4",
            Some("2018-Q4"),
        ),
        (
            "quarter then short year",
            "Margins in 4Q18 were thin.",
            "DATE",
            "4Q18",
            Some("2018-Q4"),
        ),
        (
            "year then half",
            "Orders in 2019H1 were flat.",
            "DATE",
            "2019H1",
            Some("2019-H1"),
        ),
    ]);
    check_not_dated(&[
        ("rose to a count", "The tally rose to 8 tonight.", "8"),
        ("a model code", "The A4Q18 engine failed.", "4Q18"),
    ]);
}

/// A range of times names its day once, before or after it: both ends take the day
/// ("from 7am to 10pm on 3 May 2024" is 07:00 to 22:00 that day, not 07:00 of no day); a range
/// whose day the text leaves unresolved has no ISO at all, never its first half alone.
#[test]
fn a_range_of_times_and_its_day() {
    check(&[
        (
            "day after the range",
            "Polls open from 7am to 10pm on 3 May 2024 across the country.",
            "TIME",
            "from 7am to 10pm on 3 May 2024",
            Some("2024-05-03T07:00/2024-05-03T22:00"),
        ),
        (
            "day before the range",
            "Polls open on 3 May 2024 from 7am to 10pm across the country.",
            "TIME",
            "3 May 2024 from 7am to 10pm",
            Some("2024-05-03T07:00/2024-05-03T22:00"),
        ),
        (
            "no day",
            "Polls open between 7am and 10pm.",
            "TIME",
            "between 7am and 10pm",
            Some("T07:00/T22:00"),
        ),
    ]);
    let text = "Polls open between 7am and 10pm on Thursday.";
    let got = super::annotate(text);
    let range = got
        .iter()
        .find(|a| a.text(text) == "between 7am and 10pm on Thursday")
        .expect("the range is one time");
    match &range.detail {
        super::annotation::Detail::Statistic(d) => {
            assert_eq!(d.extra().iso, None, "an undated weekday: no half range")
        }
        other => panic!("not a statistic: {other:?}"),
    }
}
