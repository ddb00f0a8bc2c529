//! Named table tests of ranges of counts that share what follows the second ("four to six
//! years", "aged 18 to 24", "between 200 and 300 people"), of the words that bound a length of
//! time ("up to 18 weeks") and of percentages measured against a year or a period ("5% below
//! 2019 levels", "29% more than a year earlier"). Every sentence is made up.
#![allow(clippy::type_complexity)]

use super::detail::Direction;
use super::*;

/// The statistic of `kind` covering exactly `span` in `text`.
fn find(text: &str, kind: &str, span: &str) -> Option<Detail> {
    annotate(text).into_iter().find_map(|a| {
        let covered = a.text(text) == span;
        match a.detail {
            annotation::Detail::Statistic(d) if covered && a.kind == kind => Some(d),
            _ => None,
        }
    })
}

/// Every (kind, covered text) in `text`, for messages.
fn shown(text: &str) -> Vec<(&'static str, String)> {
    annotate(text)
        .into_iter()
        .map(|a| (a.kind, a.text(text).to_string()))
        .collect()
}

/// (case, sentence, kind, covered text, min, max, unit, qualifier).
type RangeCase<'a> = (
    &'a str,
    &'a str,
    &'a str,
    &'a str,
    f64,
    f64,
    &'a str,
    &'a str,
);

fn check_ranges(cases: &[RangeCase]) {
    let mut names = std::collections::HashSet::new();
    for (name, text, kind, span, min, max, unit, qualifier) in cases {
        assert!(names.insert(*name), "{name}: the case name is used twice");
        let Some(d) = find(text, kind, span) else {
            panic!("{name}: {kind} {span:?} not in {:?}", shown(text));
        };
        let e = d.extra();
        assert_eq!((e.min, e.max), (Some(*min), Some(*max)), "{name}: bounds");
        assert_eq!(d.unit().unwrap_or(""), *unit, "{name}: unit");
        assert_eq!(e.qualifier, Some(*qualifier), "{name}: qualifier");
        assert_eq!(d.value_of(), None, "{name}: a range has no one value");
    }
}

/// Two counts joined by "to", a dash, "or", or "and" after "between", with a time unit after
/// the second: one length of time between them.
#[test]
fn lengths_of_time_between_two_counts() {
    check_ranges(&[
        (
            "words, between and",
            "The bypass will take between four and six years to build.",
            "DURATION",
            "four and six years",
            4.0,
            6.0,
            "years",
            "between",
        ),
        (
            "words joined by to",
            "Repairs should take two to three weeks.",
            "DURATION",
            "two to three weeks",
            2.0,
            3.0,
            "weeks",
            "between",
        ),
        (
            "digits and a hyphen",
            "He was given a 12-18 months suspended sentence.",
            "DURATION",
            "12-18 months",
            12.0,
            18.0,
            "months",
            "between",
        ),
        (
            "digits and an en dash",
            "The course lasts 3–5 days.",
            "DURATION",
            "3–5 days",
            3.0,
            5.0,
            "days",
            "between",
        ),
        (
            "or between counts",
            "The shelter stays open for three or four nights.",
            "DURATION",
            "three or four nights",
            3.0,
            4.0,
            "nights",
            "between",
        ),
        (
            "digits and words mixed",
            "The drive is eight to 10 hours.",
            "DURATION",
            "eight to 10 hours",
            8.0,
            10.0,
            "hours",
            "between",
        ),
        (
            "a bound before the range",
            "Patients wait more than 4-6 weeks for a scan.",
            "DURATION",
            "more than 4-6 weeks",
            4.0,
            6.0,
            "weeks",
            "more than",
        ),
    ]);
}

/// A range of ages after "aged": "aged 18 to 24", with or without "years (old)".
#[test]
fn ranges_of_ages() {
    check_ranges(&[
        (
            "aged, to",
            "Adults aged 18 to 24 were the most likely to rent.",
            "QUANTITY",
            "aged 18 to 24",
            18.0,
            24.0,
            "year",
            "between",
        ),
        (
            "aged, hyphen, years old",
            "Women aged 65-74 years old were invited.",
            "QUANTITY",
            "aged 65-74 years old",
            65.0,
            74.0,
            "year",
            "between",
        ),
        (
            "aged between and",
            "Children aged between 5 and 11 can now get the jab.",
            "QUANTITY",
            "aged between 5 and 11",
            5.0,
            11.0,
            "year",
            "between",
        ),
        (
            "aged, years",
            "Pupils aged 11-16 years sat the test.",
            "QUANTITY",
            "aged 11-16 years",
            11.0,
            16.0,
            "year",
            "between",
        ),
    ]);
}

/// "between N and M" alone: a range of counts, the second's magnitude shared.
#[test]
fn counts_between_two_numbers() {
    check_ranges(&[
        (
            "digits",
            "Between 200 and 300 people marched through the town.",
            "CARDINAL",
            "200 and 300",
            200.0,
            300.0,
            "",
            "between",
        ),
        (
            "a magnitude shared",
            "The scheme would cost between 2 and 3 million households a year.",
            "CARDINAL",
            "2 and 3 million",
            2_000_000.0,
            3_000_000.0,
            "",
            "between",
        ),
        (
            "words",
            "Between five and six thousand fans were locked out.",
            "CARDINAL",
            "five and six thousand",
            5_000.0,
            6_000.0,
            "",
            "between",
        ),
    ]);
}

/// What is no range: a count that ends a range of other things, a clock time, a change from one
/// level to another, a score, and years.
#[test]
fn what_is_no_range_of_counts() {
    let cases: &[(&str, &str, &[(&str, &str)])] = &[
        (
            "a clock time in words",
            "It was five to ten when the alarm went.",
            &[("CARDINAL", "five"), ("CARDINAL", "ten")],
        ),
        (
            "a change from one level to another",
            "Membership rose from 200 to 300 members.",
            &[("CARDINAL", "200")],
        ),
        (
            "a score",
            "City won 2-1 after 90 minutes.",
            &[("CARDINAL", "2-1")],
        ),
        (
            "a smaller second number",
            "The vote passed 326 to 203 days after the motion.",
            &[("CARDINAL", "326")],
        ),
        (
            "a season",
            "The 2020-21 season lasted 9 months.",
            &[("DURATION", "9 months")],
        ),
    ];
    for (name, text, wants) in cases {
        let got = shown(text);
        for (kind, span) in *wants {
            assert!(
                got.iter().any(|(k, t)| k == kind && t == span),
                "{name}: {kind} {span:?} not in {got:?}"
            );
        }
        assert!(
            !got.iter()
                .any(|(_, t)| t.contains(" to ") || t.contains(" and ")),
            "{name}: no range expected in {got:?}"
        );
    }
}

/// The words that bound a count bound a length of time too, as its qualifier; "a year" and "an
/// hour" after them are lengths ("about an hour"), not the rate of "£3 a day".
#[test]
fn words_that_bound_a_length_of_time() {
    let cases: &[(&str, &str, &str, Option<&str>)] = &[
        (
            "up to, digits",
            "Waits of up to 18 weeks are common.",
            "18 weeks",
            Some("up to"),
        ),
        (
            "nearly, words",
            "He served nearly two years in prison.",
            "two years",
            Some("nearly"),
        ),
        (
            "about an hour",
            "The meeting lasted about an hour.",
            "an hour",
            Some("about"),
        ),
        (
            "almost a decade",
            "It took almost a decade to finish.",
            "a decade",
            Some("nearly"),
        ),
        (
            "at least a week",
            "Allow at least a week for delivery.",
            "a week",
            Some("at least"),
        ),
        (
            "up to a year",
            "Offenders face up to a year in jail.",
            "a year",
            Some("up to"),
        ),
        // "over" before a length is as often "during": no bound.
        (
            "over is during",
            "Over two years, prices doubled.",
            "two years",
            None,
        ),
    ];
    for (name, text, span, qualifier) in cases {
        let Some(d) = find(text, "DURATION", span) else {
            panic!("{name}: DURATION {span:?} not in {:?}", shown(text));
        };
        assert_eq!(d.extra().qualifier, *qualifier, "{name}");
        assert!(
            d.extra().iso.is_some(),
            "{name}: the length keeps its ISO value"
        );
    }
    let rate = "Parking costs about £3 a day.";
    assert!(
        find(rate, "DURATION", "a day").is_none(),
        "a rate is no length: {:?}",
        shown(rate)
    );
}

/// A percentage measured against a year or a period: the year is a date, not a count, and the
/// percentage carries the comparison with what it is measured against.
#[test]
fn percentages_measured_against_a_year_or_a_period() {
    let cases: &[(&str, &str, &str, Direction, &str)] = &[
        (
            "below a year",
            "Output was 5% below 2019 levels.",
            "5%",
            Direction::Down,
            "2019 levels",
        ),
        (
            "above a year",
            "Fares are 12% above 2020, the regulator says.",
            "12%",
            Direction::Up,
            "2020",
        ),
        (
            "more than a period",
            "Passengers were 29% more than a year earlier.",
            "29%",
            Direction::Up,
            "a year earlier",
        ),
        (
            "less than a period",
            "Exports were 4 per cent less than the previous year.",
            "4 per cent",
            Direction::Down,
            "the previous year",
        ),
        (
            "on a year earlier",
            "Passengers rose 29% on a year earlier.",
            "29%",
            Direction::Up,
            "a year earlier",
        ),
        (
            "on last year",
            "Sales were down 3% on last year.",
            "3%",
            Direction::Down,
            "last year",
        ),
        (
            "on a year",
            "Turnout was up 4% on 2019.",
            "4%",
            Direction::Up,
            "2019",
        ),
        (
            "fewer than a year",
            "Sales were 7% fewer than in 2021.",
            "7%",
            Direction::Down,
            "in 2021",
        ),
    ];
    for (name, text, span, direction, baseline) in cases {
        let Some(d) = find(text, "PERCENT", span) else {
            panic!("{name}: PERCENT {span:?} not in {:?}", shown(text));
        };
        let Some(change) = d.extra().change.as_deref() else {
            panic!("{name}: no change on {span:?}");
        };
        assert_eq!(change.direction, *direction, "{name}: direction");
        assert_eq!(
            change.baseline.as_deref(),
            Some(*baseline),
            "{name}: baseline"
        );
    }
    // The year measured against is a date, and "more than" is the comparison's, not a bound
    // of the period after it.
    let text = "Output was 5% below 2019 levels and 29% more than a year earlier.";
    assert!(find(text, "DATE", "2019").is_some(), "{:?}", shown(text));
    assert!(
        find(text, "DATE", "a year earlier").is_some(),
        "{:?}",
        shown(text)
    );
    // "on" a day is when, not what the change is measured against.
    let when = "Shares rose 5% on Tuesday.";
    let d = find(when, "PERCENT", "5%").expect("5%");
    assert!(
        d.extra()
            .change
            .as_deref()
            .is_some_and(|c| c.baseline.is_none()),
        "{when}: {:?}",
        d.extra().change
    );
    // A count below a year-like number stays a count when no percentage compares it.
    let count = "Temperatures fell below 2019 records in only one town.";
    assert!(find(count, "DATE", "2019").is_none(), "{:?}", shown(count));
}

/// "in" a length of time after a superlative, an ordinal or a count of times is the span the
/// figure is measured over (a DURATION without "in"), not a time from now: "the highest level
/// in 15 years", "for the second time in three months", "twice in 10 minutes".
#[test]
fn a_span_measured_over_is_no_time_from_now() {
    for (name, text, span) in [
        (
            "superlative",
            "Prices hit their highest level in 15 years.",
            "15 years",
        ),
        (
            "ordinal",
            "It was the first rise in six months.",
            "six months",
        ),
        (
            "second time",
            "It cut its forecast for the second time in three months.",
            "three months",
        ),
        ("twice", "He scored twice in 10 minutes.", "10 minutes"),
        (
            "a decade",
            "It was the biggest fall in a decade.",
            "a decade",
        ),
    ] {
        assert!(
            find(text, "DURATION", span).is_some(),
            "{name}: {:?}",
            shown(text)
        );
    }
    let due = "The result is due in three months.";
    assert!(
        find(due, "DATE", "in three months").is_some(),
        "{:?}",
        shown(due)
    );
}
