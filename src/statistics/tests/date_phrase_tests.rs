//! Named table tests of the date and time classes of issue 12, continued: times with their
//! day, days of a relative month, seasons, parts of a named day, compact dates, weeks and
//! weekdays counted from the dateline, frequencies, time ranges. Every sentence is made up.

use super::date_class_tests::{check, check_not_dated, figures};

mod clock_and_periods;

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

#[test]
fn clock_times_written_with_an_h() {
    check(&[
        (
            "hour_h_minutes",
            "The train left Lyon at 15h40, an hour late.",
            "TIME",
            "15h40",
            Some("T15:40"),
        ),
        (
            "morning_hour",
            "Doors open 9h30, the organisers said.",
            "TIME",
            "9h30",
            Some("T09:30"),
        ),
        (
            "at_hour_h",
            "The match starts at 21h in Lille.",
            "TIME",
            "21h",
            Some("T21:00"),
        ),
        (
            "range_of_h_times",
            "The office is open 8h30-17h on weekdays.",
            "TIME",
            "8h30-17h",
            None,
        ),
        // "@" is "at", left outside the span as "at" is.
        (
            "at_sign_before_a_time",
            "Meet me @ 6pm by the gate.",
            "TIME",
            "6pm",
            Some("T18:00"),
        ),
    ]);
    check_not_dated(&[
        (
            "a_duration_in_hours",
            "It was a 15h flight to Sydney.",
            "15h",
        ),
        (
            "battery_life",
            "The battery lasts up to 12h on one charge.",
            "12h",
        ),
        ("a_handle", "Write to @10downing for details.", "10"),
        ("hours_of_work", "She logged 40h this week.", "40h"),
    ]);
}

#[test]
fn may_and_march_in_lower_case_with_their_day() {
    check(&[
        (
            "ordinal_of_march",
            "we met on the 1st of march at the hall",
            "DATE",
            "the 1st of march",
            None,
        ),
        (
            "word_ordinal_of_may",
            "the fair ends on the third of may",
            "DATE",
            "the third of may",
            None,
        ),
        (
            "ordinal_of_march_opening_the_text",
            "second of march was cold",
            "DATE",
            "second of march",
            None,
        ),
        (
            "march_suffixed_day",
            "rent is due march 3rd, they said",
            "DATE",
            "march 3rd",
            None,
        ),
        (
            "may_day_and_year",
            "it opened may 9, 2015 in town",
            "DATE",
            "may 9, 2015",
            Some("2015-05-09"),
        ),
        (
            "march_day_at_the_end",
            "the vote is on march 14.",
            "DATE",
            "march 14",
            None,
        ),
        (
            "word_day_and_year",
            "born march third 1950",
            "DATE",
            "march third 1950",
            Some("1950-03-03"),
        ),
    ]);
    check_not_dated(&[
        (
            "a_march_of_miles",
            "they will march 20 miles today",
            "march",
        ),
        ("may_as_a_verb", "prices may 2x by june", "may"),
        ("the_second_march", "the second march drew crowds", "march"),
        ("may_before_a_count", "we may 3 times a week see it", "may"),
    ]);
}
