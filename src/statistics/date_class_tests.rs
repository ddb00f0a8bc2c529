//! Named table tests of the date and time classes of issue 12 read by grammar: day ranges
//! before a month, the nth weekday of a month, years and clock times in words, a weekday with
//! its day. Every sentence is made up.

use super::*;

/// Every figure of `text` as (type, covered text, ISO form).
fn figures(text: &str) -> Vec<(&'static str, String, Option<String>)> {
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
type Case<'a> = (&'a str, &'a str, &'a str, &'a str, Option<&'a str>);

fn check(cases: &[Case]) {
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

/// (case, sentence, a text that must not be covered by a DATE or TIME).
fn check_not_dated(cases: &[(&str, &str, &str)]) {
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
fn times_then_their_day() {
    check(&[
        (
            "an open bound, then on a weekday",
            "Call back at 4 pm or later on Friday.",
            "TIME",
            "4 pm or later on Friday",
            None,
        ),
        (
            "until between two times, then a weekday",
            "The desk is staffed 8:30 until 12:00 on Sunday.",
            "TIME",
            "8:30 until 12:00 on Sunday",
            None,
        ),
        (
            "a range then a day word",
            "Lines are open from 9am to 1pm tomorrow.",
            "TIME",
            "from 9am to 1pm tomorrow",
            None,
        ),
        (
            "till between times",
            "The bar serves food 6:00 till 9:30, staff said.",
            "TIME",
            "6:00 till 9:30",
            None,
        ),
    ]);
    check_not_dated(&[(
        "a time and a later sentence's day",
        "It rained at 5pm. Monday was dry.",
        "5pm. Monday",
    )]);
}

#[test]
fn days_of_a_relative_month() {
    check(&[
        (
            "an ordinal of next month",
            "Rent is due on the 3rd of next month.",
            "DATE",
            "the 3rd of next month",
            None,
        ),
        (
            "a word ordinal of the previous month",
            "It was signed the ninth of the previous month.",
            "DATE",
            "the ninth of the previous month",
            None,
        ),
        (
            "digits of this month",
            "Bids close 28 of this month.",
            "DATE",
            "28 of this month",
            None,
        ),
    ]);
    check_not_dated(&[(
        "a count of a group",
        "Only 12 of the staff came this month.",
        "12 of",
    )]);
}

#[test]
fn seasons_and_short_periods() {
    check(&[
        (
            "last season",
            "The striker scored 30 goals last season.",
            "DATE",
            "last season",
            None,
        ),
        (
            "this season at a start",
            "This season the club sold out every match.",
            "DATE",
            "This season",
            None,
        ),
        (
            "a hyphenated weekend",
            "Storms are due this week-end in the north.",
            "DATE",
            "this week-end",
            None,
        ),
        (
            "a year abbreviated",
            "Profit fell versus last yr on costs.",
            "DATE",
            "last yr",
            None,
        ),
        (
            "a quarter abbreviated",
            "Orders grew in the 2nd qtr of 2023.",
            "DATE",
            "the 2nd qtr of 2023",
            None,
        ),
    ]);
    check_not_dated(&[
        (
            "a season without a pointer",
            "The rainy season began.",
            "season",
        ),
        ("a season's opener", "The season opener sold out.", "season"),
    ]);
}

#[test]
fn parts_of_a_named_day() {
    check(&[
        (
            "the morning of a date",
            "Shots were heard on the morning of June 4.",
            "TIME",
            "the morning of June 4",
            None,
        ),
        (
            "the evening of a holiday",
            "The fire began the evening of Christmas Day.",
            "TIME",
            "the evening of Christmas Day",
            None,
        ),
        (
            "a date in the afternoon",
            "The vote is on May 9 in the afternoon.",
            "DATE",
            "May 9 in the afternoon",
            None,
        ),
    ]);
    check_not_dated(&[
        (
            "the morning of no day",
            "The morning of the race was cold.",
            "morning",
        ),
        (
            "a range of figures is no hour",
            "Expect around 3-5 centimetres of snow.",
            "around 3",
        ),
    ]);
}

#[test]
fn compact_dates_and_open_ends() {
    check(&[
        (
            "day month year apart",
            "The deed is dated 24 11 1962 by hand.",
            "DATE",
            "24 11 1962",
            Some("1962-11-24"),
        ),
        (
            "month day year apart",
            "Filed 12 30 2001 by the clerk.",
            "DATE",
            "12 30 2001",
            Some("2001-12-30"),
        ),
        (
            "year month day apart",
            "On 2015 07 09, the line opened.",
            "DATE",
            "2015 07 09",
            Some("2015-07-09"),
        ),
        (
            "both orders fit: the year only",
            "Stamped 4 5 2010 at the border.",
            "DATE",
            "4 5 2010",
            Some("2010"),
        ),
        (
            "through a year",
            "The contract runs through 2027.",
            "DATE",
            "through 2027",
            Some("2027"),
        ),
        (
            "xmas eve",
            "Shops shut early on Xmas Eve.",
            "DATE",
            "Xmas Eve",
            None,
        ),
    ]);
    check_not_dated(&[
        (
            "three counts before a plural",
            "They scored 3 10 2019 points in all.",
            "3 10 2019",
        ),
        (
            "through a count of pages",
            "She read through 2000 pages.",
            "2000",
        ),
    ]);
}

#[test]
fn weeks_and_weekdays_counted_from_the_dateline() {
    check(&[
        (
            "the week of a date",
            "Hearings open the week of March 9.",
            "DATE",
            "the week of March 9",
            None,
        ),
        (
            "the week after next",
            "Talks resume the week after next, aides said.",
            "DATE",
            "the week after next",
            None,
        ),
        (
            "the year before last",
            "Exports peaked the year before last.",
            "DATE",
            "the year before last",
            None,
        ),
        (
            "the month of a month",
            "Sales slowed in the month of August.",
            "DATE",
            "the month of August",
            None,
        ),
        (
            "weekdays from now",
            "The vote is three Thursdays from now.",
            "DATE",
            "three Thursdays from now",
            None,
        ),
        (
            "weekdays ago",
            "It opened 2 Saturdays ago.",
            "DATE",
            "2 Saturdays ago",
            None,
        ),
        (
            "in about a duration",
            "The ferry leaves in about twenty minutes.",
            "DATE",
            "in about twenty minutes",
            Some("PT20M"),
        ),
    ]);
    check_not_dated(&[
        (
            "a week of a cause",
            "It was the week of action on climate.",
            "week",
        ),
        (
            "weekdays a month",
            "She works 3 Tuesdays a month.",
            "3 Tuesdays",
        ),
    ]);
}

#[test]
fn frequencies_and_rough_hours() {
    check(&[
        (
            "twice a unit",
            "The council meets twice a month.",
            "DATE",
            "twice a month",
            None,
        ),
        (
            "once at a sentence start",
            "Once a year, the village holds a fair.",
            "DATE",
            "Once a year",
            None,
        ),
        (
            "digits times per unit",
            "Buses run 6 times per day.",
            "DATE",
            "6 times per day",
            None,
        ),
        (
            "words times a weekday",
            "He trains three times a week.",
            "DATE",
            "three times a week",
            None,
        ),
        (
            "a rough hour after around",
            "Guests arrive around 7ish, the host said.",
            "TIME",
            "around 7ish",
            None,
        ),
    ]);
    check_not_dated(&[
        ("twice as much", "It costs twice as much.", "twice"),
        ("times a game", "He scored 3 times a game.", "3 times"),
        ("a rough age", "The driver was 40ish.", "40ish"),
    ]);
}

#[test]
fn weeks_by_a_day_and_months_before_a_comma_year() {
    check(&[
        (
            "the week ending a date",
            "Claims rose in the week ending 14 June.",
            "DATE",
            "the week ending 14 June",
            None,
        ),
        (
            "the week starting on a date",
            "Book for the week starting on March 2.",
            "DATE",
            "the week starting on March 2",
            None,
        ),
        (
            "an abbreviated month, a comma and a year",
            "Output peaked in Nov, 2019 at the plant.",
            "DATE",
            "Nov, 2019",
            Some("2019-11"),
        ),
    ]);
    check_not_dated(&[(
        "may as a verb before a comma year",
        "She may, 2018 notwithstanding, win.",
        "may",
    )]);
}

#[test]
fn time_ranges_ending_on_a_bare_hour() {
    check(&[
        (
            "a time to a bare hour on a date",
            "The hearing runs from 10:30 to 4 on 3/9/2021.",
            "TIME",
            "from 10:30 to 4 on 3/9/2021",
            None,
        ),
        (
            "a meridiem time dash a bare hour and a day part",
            "Staff worked from 7am-2 yesterday afternoon.",
            "TIME",
            "from 7am-2 yesterday afternoon",
            None,
        ),
        (
            "the bare hour goes to the afternoon",
            "The stall is open 9:30 to 5, except Sundays.",
            "TIME",
            "9:30 to 5",
            Some("T09:30/T17:00"),
        ),
    ]);
    check_not_dated(&[(
        "a count after a time",
        "By 10:30 to 3 goals were scored.",
        "to 3",
    )]);
}
