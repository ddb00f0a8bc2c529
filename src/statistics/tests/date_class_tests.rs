//! Named table tests of the date and time classes of issue 12 read by grammar: day ranges
//! before a month, the nth weekday of a month, years and clock times in words, a weekday with
//! its day. Every sentence is made up.

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

#[test]
fn holidays_named_with_their_tails() {
    check(&[
        (
            "a mother's day",
            "Florists were busy on Mother's Day.",
            "DATE",
            "Mother's Day",
            None,
        ),
        (
            "a plural apostrophe",
            "The Fathers' Day race was cancelled.",
            "DATE",
            "Fathers' Day",
            None,
        ),
        (
            "a bare plural with a year",
            "sales fell on mothers day 2019",
            "DATE",
            "mothers day 2019",
            Some("2019"),
        ),
        (
            "day after a name without it",
            "Stores open late on Thanksgiving Day.",
            "DATE",
            "Thanksgiving Day",
            None,
        ),
        (
            "a weekend after a holiday",
            "Traffic peaked over the Memorial Day weekend.",
            "DATE",
            "Memorial Day weekend",
            None,
        ),
        (
            "a year after the weekend",
            "Bookings for Easter weekend 2025 rose.",
            "DATE",
            "Easter weekend 2025",
            None,
        ),
        (
            "a generated unofficial day",
            "The town celebrates Groundhog Day with a parade.",
            "DATE",
            "Groundhog Day",
            None,
        ),
    ]);
    check_not_dated(&[
        (
            "a bare plural before care",
            "The mothers day care centre closed.",
            "mothers day",
        ),
        (
            "a mother and a day apart",
            "Her mother said the day went well.",
            "mother",
        ),
    ]);
}

#[test]
fn counted_periods_without_the() {
    check(&[
        (
            "last at a sentence start",
            "Last 3 months were the wettest on record.",
            "DATE",
            "Last 3 months",
            Some("P3M"),
        ),
        (
            "last after a preposition",
            "Prices doubled in last two years, the report says.",
            "DATE",
            "last two years",
            Some("P2Y"),
        ),
        (
            "past mid-sentence",
            "Rents rose 4% over past 6 weeks.",
            "DATE",
            "past 6 weeks",
            Some("P6W"),
        ),
    ]);
    check_not_dated(&[(
        "last as a verb",
        "The strike could last 3 weeks, unions warned.",
        "last 3 weeks",
    )]);
}

#[test]
fn years_that_date_a_noun() {
    check(&[
        (
            "the year's budget",
            "MPs rejected the 2024 budget on Tuesday.",
            "DATE",
            "2024",
            Some("2024"),
        ),
        (
            "a study",
            "A 2019 study found fewer bees.",
            "DATE",
            "2019",
            Some("2019"),
        ),
        (
            "a possessive and a proper noun",
            "Italy began its 1982 World Cup slowly.",
            "DATE",
            "1982",
            Some("1982"),
        ),
        (
            "a singular noun in -is",
            "Banks failed in the 2008 crisis.",
            "DATE",
            "2008",
            Some("2008"),
        ),
        (
            "inside the end of",
            "Troops left at the end of the 1991 war.",
            "DATE",
            "1991",
            Some("1991"),
        ),
    ]);
    check_not_dated(&[
        ("a plural count", "Of the 2000 workers, half left.", "2000"),
        (
            "an irregular plural",
            "The 1950 people inside were safe.",
            "1950",
        ),
        ("a threshold", "The index crossed the 2000 mark.", "2000"),
        ("a verb after", "Of the 1900 who applied, few won.", "1900"),
    ]);
}

#[test]
fn story_time_counts_from_the_last_date_written_out() {
    check(&[
        (
            "the following year after a month and year",
            "The mill opened in May 2011. The following year it closed.",
            "DATE",
            "following year",
            Some("2012"),
        ),
        (
            "the previous month after a month and year",
            "Rents rose in October 2019, after a fall the previous month.",
            "DATE",
            "previous month",
            Some("2019-09"),
        ),
        (
            "the prior year after a bare year",
            "Exports doubled in 1987 compared with the prior year.",
            "DATE",
            "prior year",
            Some("1986"),
        ),
        (
            "later that year",
            "The bridge was closed in March 1994, and later that year it was sold.",
            "DATE",
            "later that year",
            Some("1994"),
        ),
        (
            "that month after a full date",
            "Voting ended on 4 June 2002. Later that month the count was checked.",
            "DATE",
            "Later that month",
            Some("2002-06"),
        ),
        (
            "the nearest date wins",
            "The firm began in 1990 and moved in April 2005. The following month it hired 40 staff.",
            "DATE",
            "following month",
            Some("2005-05"),
        ),
    ]);
}

#[test]
fn story_time_needs_an_anchor_precise_enough() {
    let iso_of = |text: &str, span: &str| {
        figures(text)
            .into_iter()
            .find(|(_, t, _)| t.contains(span))
            .map(|(_, _, iso)| iso)
    };
    // A year alone says nothing of a month: "the following month" stays unresolved.
    assert_eq!(
        iso_of(
            "The dam was built in 1962. The following month it leaked.",
            "following month"
        ),
        Some(None)
    );
    // "next year" counts from the dateline, not from a date in the story.
    assert_eq!(
        iso_of(
            "The mill opened in May 2011. Next year it will close.",
            "Next year"
        ),
        Some(None)
    );
}

#[test]
fn a_month_named_without_its_year_anchors_once_resolved() {
    let text =
        "Published 12 September 2023\n\nSales in July fell 3 percent from the previous month.";
    let got = figures(text);
    assert!(
        got.iter().any(|(k, t, iso)| *k == "DATE"
            && t == "previous month"
            && iso.as_deref() == Some("2023-06")),
        "{got:?}"
    );
}

#[test]
fn compact_dates_of_digits_and_of_a_year_and_month() {
    check(&[
        (
            "eight digits, year month day",
            "The log was stamped 20200314 by the clerk.",
            "DATE",
            "20200314",
            Some("2020-03-14"),
        ),
        (
            "a year and a one-digit month",
            "The batch 2019-7 was recalled.",
            "DATE",
            "2019-7",
            Some("2019-07"),
        ),
        (
            "a year and a two-digit month",
            "Figures for 2021-11 were revised.",
            "DATE",
            "2021-11",
            Some("2021-11"),
        ),
        (
            "a season, not December",
            "The 2011-12 season was long.",
            "DATE",
            "2011-12",
            Some("2011/2012"),
        ),
    ]);
    check_not_dated(&[
        (
            "eight digits that are no day",
            "The fund holds 20201301 shares.",
            "20201301",
        ),
        (
            "a round eight-digit count",
            "About 20000000 people voted.",
            "20000000",
        ),
        (
            "a season, not December",
            "The 2011-12 season was long.",
            "2011-12 ",
        ),
        (
            "a percentage",
            "It rose 20200314% in the model.",
            "20200314",
        ),
        ("a phone-like run", "Call 20200314 5 now.", "20200314"),
    ]);
}

#[test]
fn a_month_with_no_year_known_leaves_the_story_time_unknown() {
    // "since May 2011" sets no story time: "July" has no year, nor has the month before it.
    let text = "Output has risen since May 2011. Sales in July fell 3 percent from the previous \
                month.";
    let got = figures(text);
    assert!(
        got.iter()
            .any(|(k, t, iso)| *k == "DATE" && t == "previous month" && iso.is_none()),
        "{got:?}"
    );
    // After "in May 2011" a July close by is July 2011, and the month before it June.
    let text = "Output rose in May 2011. Sales in July fell 3 percent from the previous month.";
    let got = figures(text);
    assert!(
        got.iter().any(|(k, t, iso)| *k == "DATE"
            && t == "previous month"
            && iso.as_deref() == Some("2011-06")),
        "{got:?}"
    );
}
