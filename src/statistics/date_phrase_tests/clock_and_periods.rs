//! Starts with how long they last, weekday abbreviations, hours and minutes run together, ends and beginnings of periods (moved from `date_phrase_tests.rs`).

use super::*;

#[test]
fn a_start_and_how_long_it_lasts() {
    check(&[
        (
            "time_for_minutes",
            "The hall is booked from 4pm for thirty minutes.",
            "TIME",
            "4pm for thirty minutes",
            Some("T16:00/PT30M"),
        ),
        (
            "day_for_days",
            "The bridge shuts from 18 December 2025 for 10 days.",
            "DATE",
            "18 December 2025 for 10 days",
            Some("2025-12-18/P10D"),
        ),
        (
            "starting_a_date_for_weeks",
            "Road works run starting 3 March 2026 for 2 weeks.",
            "DATE",
            "starting 3 March 2026 for 2 weeks",
            Some("2026-03-03/P2W"),
        ),
        (
            "days_starting_from_a_weekday",
            "Set the reply for 3 days starting from next Monday.",
            "DATE",
            "3 days starting from next Monday",
            None,
        ),
        (
            "weeks_starting_a_date",
            "She is away 2 weeks starting May 20th, 2027.",
            "DATE",
            "2 weeks starting May 20th, 2027",
            Some("2027-05-20/P2W"),
        ),
        // A start the text does not mark as one: the length may be the verb's.
        (
            "met_for_an_hour",
            "We met at 2pm for 1 hr.",
            "TIME",
            "2pm",
            None,
        ),
        (
            "jailed_for_years",
            "He was jailed on 3 May 2019 for 10 years.",
            "DATE",
            "3 May 2019",
            None,
        ),
    ]);
    // A duration measured from a point stays apart from the day before it.
    check(&[(
        "a_duration_measured_from_the_date",
        "He stayed from Monday for 3 days after the vote.",
        "DATE",
        "Monday",
        None,
    )]);
}

#[test]
fn weekday_abbreviations_that_are_no_words() {
    check(&[
        (
            "thu_lower",
            "the bins go out thu at dawn",
            "DATE",
            "thu at dawn",
            None,
        ),
        ("fri_with_dot", "meet fri. after work", "DATE", "fri.", None),
        ("tues_lower", "back on tues, she said", "DATE", "tues", None),
        ("thurs_lower", "due thurs", "DATE", "thurs", None),
    ]);
    check_not_dated(&[
        ("sun_is_a_word", "we sat in the sun all day", "sun"),
        ("sat_is_a_word", "she sat down", "sat"),
        ("wed_is_a_word", "they wed in june", "wed"),
    ]);
}

#[test]
fn hours_and_minutes_run_together() {
    check(&[
        (
            "three_digits_pm",
            "The bus left at 330 p.m. sharp.",
            "TIME",
            "330 p.m.",
            Some("T15:30"),
        ),
        (
            "four_digits_am",
            "Doors opened at 1045 am, they said.",
            "TIME",
            "1045 am",
            Some("T10:45"),
        ),
        (
            "at_and_part_of_day",
            "We eat at 730 in the evening.",
            "TIME",
            "730 in the evening",
            Some("T19:30"),
        ),
    ]);
    check_not_dated(&[
        (
            "an_index_level",
            "The index closed at 1030 on Friday.",
            "1030",
        ),
        ("a_count", "Some 730 people came in the evening.", "730"),
        ("bad_minutes", "It was 375 pm by their count.", "375"),
    ]);
}

#[test]
fn ends_and_beginnings_of_periods_abbreviated() {
    check(&[
        (
            "by_eod",
            "Send the file by EOD, please.",
            "DATE",
            "EOD",
            None,
        ),
        ("lower_eod", "i'll reply by eod", "DATE", "eod", None),
        (
            "the_eom",
            "Invoices are due at the EOM.",
            "DATE",
            "EOM",
            None,
        ),
        (
            "eoy_target",
            "We hit the target before EOY.",
            "DATE",
            "before EOY",
            None,
        ),
        (
            "bom_capitals",
            "Rents are paid at BOM each time.",
            "DATE",
            "BOM",
            None,
        ),
    ]);
    check_not_dated(&[
        ("a_bow", "She took a bow on stage.", "bow"),
        ("a_boy", "The boy ran home.", "boy"),
    ]);
}
