//! Named table tests of the ways posts and news write times and dates that issue 12's tuned
//! errors pointed to, each class read by grammar: a two-digit year after a month's name, "@"
//! for "at", the spellings "til" and "untill", "-ish" for "about", "a half hour", "a week
//! hence", a part of the day and its hour, minutes to a clock time with its "pm", and an hour
//! written with "h" before a time zone. Every sentence is made up.

use super::date_class_tests::{check, check_not_dated, figures};

/// (case, sentence, type, a text no figure of that type may cover).
fn check_not(cases: &[(&str, &str, &str, &str)]) {
    let mut names = std::collections::HashSet::new();
    for (name, text, kind, not) in cases {
        assert!(names.insert(*name), "{name}: the case name is used twice");
        let got = figures(text);
        assert!(
            !got.iter().any(|(k, t, _)| k == kind && t.contains(not)),
            "{name}: {text:?} gave {got:?}"
        );
    }
}

/// Day, month name and a year of two digits joined by hyphens, as forms and logs write them:
/// the year is this century's or the last one's, as for "01/22/16".
#[test]
fn two_digit_years_after_a_month_name() {
    check(&[
        (
            "last century",
            "The lease was signed on 14-Jun-87 in Bristol.",
            "DATE",
            "14-Jun-87",
            Some("1987-06-14"),
        ),
        (
            "this century",
            "Her visa expired 03-Feb-09, the file says.",
            "DATE",
            "03-Feb-09",
            Some("2009-02-03"),
        ),
        (
            "one-digit day",
            "Shipment 4411 left the port 7-Sep-22.",
            "DATE",
            "7-Sep-22",
            Some("2022-09-07"),
        ),
        (
            "capitals",
            "BORN 29-NOV-61 IN CORK",
            "DATE",
            "29-NOV-61",
            Some("1961-11-29"),
        ),
        (
            "four digits as before",
            "The memo is dated 11-Aug-2016.",
            "DATE",
            "11-Aug-2016",
            Some("2016-08-11"),
        ),
        (
            "slashes",
            "Posted 19/Mar/13 by the admin.",
            "DATE",
            "19/Mar/13",
            Some("2013-03-19"),
        ),
    ]);
    check_not_dated(&[
        // Three digits are no year.
        ("three digits", "Part 12-Oct-123 is out of stock.", "123"),
        // A day with no month name stays as it was.
        (
            "no month name",
            "The vote went 12-4-7 in committee.",
            "12-4-7",
        ),
    ]);
}

/// "@" before a clock time is "at": it joins the day or part of the day before it to the time,
/// and stays a handle before a name.
#[test]
fn the_at_sign_between_a_day_and_its_time() {
    check(&[
        (
            "day word and clock",
            "Party tonight @ 9:30, bring snacks",
            "TIME",
            "tonight @ 9:30",
            None,
        ),
        (
            "weekday and pm",
            "Quiz night is Thursday @ 8pm at the Crown.",
            "TIME",
            "Thursday @ 8pm",
            None,
        ),
        (
            "tomorrow and a bare hour",
            "Kick-off tomorrow @ 3.",
            "TIME",
            "tomorrow @ 3",
            None,
        ),
        (
            "date and time",
            "Webinar on 12 May @ 14:00 for members",
            "TIME",
            "12 May @ 14:00",
            None,
        ),
    ]);
    check_not_dated(&[
        ("a handle", "Thanks Friday @marcus for the help", "@marcus"),
        (
            "a count after the sign",
            "Tickets went Friday @ 9 venues",
            "9 venues",
        ),
    ]);
}

/// "til" and "untill" are written for "until" in posts: they join the two ends of a range of
/// times or days and open an open range, as "until" does.
#[test]
fn until_spelled_til_or_untill() {
    check(&[
        (
            "til between clock times on a day",
            "The desk is staffed from 9:30 til 11:00 on Friday.",
            "TIME",
            "from 9:30 til 11:00 on Friday",
            None,
        ),
        (
            "untill between clock times",
            "Roads are shut from 6am untill 2pm on Sunday.",
            "TIME",
            "from 6am untill 2pm on Sunday",
            None,
        ),
        (
            "untill between days",
            "We are away from Monday untill Thursday.",
            "DATE",
            "from Monday untill Thursday",
            None,
        ),
        (
            "til before a time",
            "The bar is open til 2am tonight.",
            "TIME",
            "til 2am tonight",
            None,
        ),
        (
            "untill before a day",
            "Voting stays open untill Friday.",
            "DATE",
            "untill Friday",
            None,
        ),
        (
            "day range with til",
            "The fair runs 3 til 6 June.",
            "DATE",
            "3 til 6 June",
            None,
        ),
    ]);
    check_not_dated(&[
        ("the acronym", "TIL 5 facts about otters", "5"),
        ("a name", "Til Weber scored 12 points", "12"),
    ]);
}

/// "-ish" glued to a time, a part of the day or an hour after "at" says "about": it is inside
/// the span. An hour with "ish" before a unit or "per cent" is a rough amount, no time.
#[test]
fn ish_is_about() {
    check(&[
        ("clock time", "Doors open 7:30ish.", "TIME", "7:30ish", None),
        (
            "pm with a hyphen",
            "Let's say 5pm-ish?",
            "TIME",
            "5pm-ish",
            None,
        ),
        (
            "hour after at",
            "See you at 6ish!",
            "TIME",
            "6ish",
            Some("T06:00"),
        ),
        (
            "part of the day as one word",
            "I'll call you tomorrow afternoonish.",
            "DATE",
            "tomorrow afternoonish",
            None,
        ),
        (
            "part of the day with a hyphen",
            "Drop by Friday evening-ish.",
            "DATE",
            "Friday evening-ish",
            None,
        ),
        (
            "hour in a range",
            "We land around 8ish tonight.",
            "TIME",
            "around 8ish tonight",
            None,
        ),
    ]);
    check_not_dated(&[
        ("a rough rate", "Inflation stood at 6ish per cent.", "6ish"),
        ("a rough length", "The queue was at 5ish km long.", "5ish"),
        ("a word in ish", "The fish at 6 was cold.", "6"),
        ("no time before", "A Swedish firm bought 40 ships.", "40"),
    ]);
}

/// "a half hour", "a half-hour", "half-day": half of one unit of time up to a day, the article
/// inside as for "a dozen"; "a half" before other words stays the number, and a "half-year" or
/// a "half-century" (fifty runs) is no length.
#[test]
fn a_half_hour() {
    check(&[
        (
            "article, half, unit",
            "The talks lasted a half hour.",
            "DURATION",
            "a half hour",
            Some("PT0.5H"),
        ),
        (
            "hyphenated",
            "It is a half-hour drive from the coast.",
            "DURATION",
            "a half-hour",
            Some("PT0.5H"),
        ),
        (
            "without the article",
            "Staff get a paid half-day on Friday.",
            "DURATION",
            "half-day",
            Some("P0.5D"),
        ),
        (
            "half an hour as before",
            "She waited half an hour.",
            "DURATION",
            "half an hour",
            Some("PT0.5H"),
        ),
        (
            "a half hour later",
            "A half hour later the lights came back.",
            "DATE",
            "A half hour later",
            None,
        ),
    ]);
    check_not(&[
        (
            "half a point",
            "Rates rose a half point.",
            "DURATION",
            "half",
        ),
        (
            "a half share",
            "He sold a half share in the boat.",
            "DURATION",
            "half",
        ),
        ("half-dozen", "Buy a half-dozen eggs.", "DURATION", "half"),
        (
            "fifty runs",
            "Khan struck a 38-ball half-century.",
            "DURATION",
            "half",
        ),
        (
            "a period's name",
            "Half-year profit rose 9%.",
            "DURATION",
            "Half",
        ),
        (
            "a school break",
            "The half-term break starts Monday.",
            "DURATION",
            "half",
        ),
    ]);
}

/// "hence" after a length of time makes it a date from now, with an article as with a number
/// ("a week hence", as "two weeks hence"); "hence" for "so" after a comma or semicolon does not.
#[test]
fn a_length_of_time_hence() {
    check(&[
        (
            "a week",
            "The verdict is due a week hence.",
            "DATE",
            "a week hence",
            Some("P1W"),
        ),
        (
            "a fortnight",
            "The ship docks a fortnight hence.",
            "DATE",
            "a fortnight hence",
            Some("P2W"),
        ),
        (
            "a year",
            "A year hence, who will remember?",
            "DATE",
            "A year hence",
            Some("P1Y"),
        ),
        (
            "a number",
            "Three months hence the law lapses.",
            "DATE",
            "Three months hence",
            Some("P3M"),
        ),
    ]);
    check_not_dated(&[
        (
            "hence as so",
            "It rained for a week; hence the delay.",
            "week",
        ),
        (
            "hence after a comma",
            "It took a year, hence the cost.",
            "year",
        ),
    ]);
}

/// A part of the day, or a day counted from now ("in 3 days"), and the hour after "at" or "@"
/// are one time, the hour placed by the part: "in the evening at 8" is 20:00; "early"/"late"
/// and the part alone stay adjectives, and a rate or a count after "at" stays apart.
#[test]
fn a_part_of_the_day_and_its_hour() {
    check(&[
        (
            "in the evening",
            "The fireworks start in the evening at 8.",
            "TIME",
            "in the evening at 8",
            Some("T20:00"),
        ),
        (
            "in the morning with minutes",
            "Gates open in the morning at 7:30.",
            "TIME",
            "in the morning at 7:30",
            Some("T07:30"),
        ),
        (
            "early morning",
            "The raid began early morning at 4.",
            "TIME",
            "early morning at 4",
            Some("T04:00"),
        ),
        (
            "late evening with the sign",
            "Ferry leaves late evening @ 11",
            "TIME",
            "late evening @ 11",
            Some("T23:00"),
        ),
        (
            "late night",
            "Police were called late night at 11.",
            "TIME",
            "late night at 11",
            Some("T23:00"),
        ),
    ]);
    check(&[
        (
            "days from now",
            "The ballot closes in 3 days at 5pm.",
            "TIME",
            "in 3 days at 5pm",
            None,
        ),
        (
            "weeks from now, the sign",
            "Reunion in two weeks @ 7:30!",
            "TIME",
            "in two weeks @ 7:30",
            None,
        ),
        (
            "a bare hour",
            "We fly out in 10 days at 6.",
            "TIME",
            "in 10 days at 6",
            None,
        ),
    ]);
    check_not_dated(&[
        (
            "a rate after the days",
            "Prices rose in 3 days at 5% a day.",
            "5",
        ),
        (
            "a level after the years",
            "Output doubled in two years at 3 million.",
            "3",
        ),
        (
            "a count after the days",
            "Built in 10 days at 4 sites.",
            "4",
        ),
        (
            "adjective",
            "Early morning raids were carried out.",
            "Early morning",
        ),
        (
            "adjective, late",
            "A late evening walk helps.",
            "late evening",
        ),
        (
            "count after the hour",
            "They met late evening at 3 venues.",
            "3 venues",
        ),
        (
            "an address",
            "He arrived late evening at 10 Downing Street.",
            "10",
        ),
    ]);
}

/// Minutes before a clock time that has its "am"/"pm": "a quarter to 3pm" is 14:45 and "20
/// minutes to 2pm" 13:40. A bare count before it stays a range of hours ("5 to 6pm").
#[test]
fn minutes_to_a_clock_time() {
    check(&[
        (
            "quarter",
            "The train left at quarter to 3pm.",
            "TIME",
            "quarter to 3pm",
            Some("T14:45"),
        ),
        (
            "a quarter before noon hour",
            "Lunch is served at a quarter to 12pm.",
            "TIME",
            "a quarter to 12pm",
            Some("T11:45"),
        ),
        (
            "minutes with their unit",
            "The polls close 20 minutes to 8pm.",
            "TIME",
            "20 minutes to 8pm",
            Some("T19:40"),
        ),
        (
            "minutes in the morning",
            "Alarm set for 10 minutes to 6am.",
            "TIME",
            "10 minutes to 6am",
            Some("T05:50"),
        ),
        (
            "range of hours",
            "Staff answer calls 5 to 6pm.",
            "TIME",
            "5 to 6pm",
            Some("T17:00/T18:00"),
        ),
    ]);
    check_not_dated(&[(
        "a change",
        "Shares rose by a quarter to 5pm trading.",
        "quarter",
    )]);
}

/// An hour written with "h" is on the clock before a time zone ("8h GMT"), as after "at";
/// alone it stays a length of time ("a 14h flight").
#[test]
fn an_hour_with_h_and_its_zone() {
    check(&[
        (
            "zone",
            "Markets reopen 8h GMT.",
            "TIME",
            "8h GMT",
            Some("T08:00"),
        ),
        (
            "day and zone",
            "Call on Thursday 14h CET.",
            "TIME",
            "Thursday 14h CET",
            None,
        ),
        (
            "range with zones",
            "Live 15h GMT - 18h GMT",
            "TIME",
            "15h GMT - 18h GMT",
            None,
        ),
    ]);
    check(&[
        (
            "a flight",
            "It is a 14h flight.",
            "DURATION",
            "14h",
            Some("PT14H"),
        ),
        (
            "slept",
            "He slept 8h last night.",
            "DURATION",
            "8h",
            Some("PT8H"),
        ),
    ]);
}
