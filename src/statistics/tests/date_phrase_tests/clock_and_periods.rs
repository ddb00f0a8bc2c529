//! Starts with how long they last, weekday abbreviations, hours and minutes run together, ends and beginnings of periods (moved from `date_phrase_tests.rs`).

use super::*;

#[test]
fn a_start_and_how_long_it_lasts() {
    check(&[
        (
            "time_for_minutes",
            "The hall is booked from 4pm for thirty minutes.",
            "TIME",
            "from 4pm for thirty minutes",
            Some("T16:00/PT30M"),
        ),
        (
            "day_for_days",
            "The bridge shuts from 18 December 2025 for 10 days.",
            "DATE",
            "from 18 December 2025 for 10 days",
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

/// A time that lasts written with its length first: "for 2 hours from 2pm" is the time of
/// "from 2pm for 2 hours", "for" and "from" inside as the words that make it a range ("for"
/// stays outside before "starting", which makes the range itself); without "for" a length from
/// a point stays a date measured from it, and a length before no point stays a length.
#[test]
fn a_length_then_the_point_it_runs_from() {
    check(&[
        (
            "hours_from_a_clock_time",
            "The hall is booked for 2 hours from 2pm.",
            "TIME",
            "for 2 hours from 2pm",
            Some("T14:00/PT2H"),
        ),
        (
            "minutes_in_words_from_a_time",
            "The pool closes for forty minutes from 11:30 am.",
            "TIME",
            "for forty minutes from 11:30 am",
            Some("T11:30/PT40M"),
        ),
        (
            "days_from_a_date",
            "The museum shuts for ten days from 3 March 2026.",
            "DATE",
            "for ten days from 3 March 2026",
            Some("2026-03-03/P10D"),
        ),
        (
            "weeks_from_a_day_and_month_first",
            "The line is closed for two weeks from March 9, 2027.",
            "DATE",
            "for two weeks from March 9, 2027",
            Some("2027-03-09/P2W"),
        ),
        (
            "days_after_a_comma",
            "Set an out-of-office for 3 days, from 4 May 2026.",
            "DATE",
            "for 3 days, from 4 May 2026",
            Some("2026-05-04/P3D"),
        ),
        (
            "days_from_today",
            "The lab is shut for 5 days from today.",
            "DATE",
            "for 5 days from today",
            None,
        ),
        (
            "weeks_from_a_weekday",
            "The bridge is closed for three weeks from Monday.",
            "DATE",
            "for three weeks from Monday",
            None,
        ),
        (
            "months_from_a_month_and_year",
            "The exhibition runs for six months from April 2026.",
            "DATE",
            "for six months from April 2026",
            Some("2026-04/P6M"),
        ),
        (
            "weeks_starting_a_weekday",
            "The road is shut for two weeks starting Monday.",
            "DATE",
            "two weeks starting Monday",
            None,
        ),
        (
            "half_an_hour_from_a_time",
            "The doors stay open for half an hour from 6 pm.",
            "TIME",
            "for half an hour from 6 pm",
            Some("T18:00/PT0.5H"),
        ),
        (
            "from_a_time_for_hours",
            "The room is ours from 9:30am for 7 hours.",
            "TIME",
            "from 9:30am for 7 hours",
            Some("T09:30/PT7H"),
        ),
        (
            "from_a_date_for_days",
            "The fair runs from 14 February 2026 for 3 days.",
            "DATE",
            "from 14 February 2026 for 3 days",
            Some("2026-02-14/P3D"),
        ),
        // Look-alikes: a length from now, a length measured from a point without "for", a
        // length before no point.
        (
            "years_from_now_stays_a_date",
            "The bond pays out for 20 years from now.",
            "DATE",
            "20 years from now",
            None,
        ),
        (
            "weeks_from_a_weekday_without_for",
            "The vote is two weeks from Monday.",
            "DATE",
            "two weeks from Monday",
            None,
        ),
        (
            "hours_from_a_place",
            "They walked for 2 hours from the station.",
            "DURATION",
            "2 hours",
            Some("PT2H"),
        ),
        (
            "years_for_a_sentence",
            "He was jailed on 3 May 2019 for 10 years, from what we hear.",
            "DURATION",
            "10 years",
            Some("P10Y"),
        ),
        (
            "a_range_after_the_length",
            "He stayed for 17 nights, from February 2016 through May 2017.",
            "DATE",
            "from February 2016 through May 2017",
            Some("2016-02/2017-05"),
        ),
        (
            "for_a_length_alone",
            "The talks went on for 3 hours.",
            "DURATION",
            "3 hours",
            Some("PT3H"),
        ),
    ]);
    check_not_dated(&[
        (
            "from_a_place_is_no_start",
            "They drove for 4 hours from Leeds.",
            "from Leeds",
        ),
        (
            "for_is_outside_a_plain_length",
            "She waited for 10 minutes.",
            "for 10 minutes",
        ),
    ]);
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

/// An unmarked start and a length after "for" stay apart, whatever the length (branch
/// `time27` decided so: Recognizers-Text marks "2pm" and "1 hr" of "meet at 2pm for 1 hr"
/// apart, and "jailed on 3 May for 10 years" has the verb's length).
#[test]
fn an_unmarked_start_and_a_length_stay_apart() {
    for (text, start, length) in [
        ("The webinar is at 4pm for 30 mins.", "4pm", "30 mins"),
        ("The gym opens 6:30am for two hours.", "6:30am", "two hours"),
        (
            "The shop shuts 18th Dec 2025 for 10 days.",
            "18th Dec 2025",
            "10 days",
        ),
        (
            "He was jailed on 3 May 2019 for 10 years.",
            "3 May 2019",
            "10 years",
        ),
        ("He was held on Monday for 3 days.", "Monday", "3 days"),
    ] {
        let got = figures(text);
        assert!(
            got.iter().any(|(_, t, _)| t == start)
                && got.iter().any(|(k, t, _)| *k == "DURATION" && t == length),
            "{text:?} gave {got:?}"
        );
    }
}

/// A clock time shifted by a length of hours or minutes is the clock time it comes to
/// (branch `time27`); a shift past midnight, a length of days, or "for" before the length keep
/// their readings.
#[test]
fn a_clock_time_shifted_by_a_length() {
    check(&[
        (
            "hours_from_a_time",
            "The result is due 2 hours from 2pm.",
            "TIME",
            "2 hours from 2pm",
            Some("T16:00"),
        ),
        (
            "minutes_after_a_time",
            "Doors open 30 minutes after 19:15.",
            "TIME",
            "30 minutes after 19:15",
            Some("T19:45"),
        ),
        (
            "an_hour_before_a_time",
            "Arrive an hour before 9am.",
            "TIME",
            "an hour before 9am",
            Some("T08:00"),
        ),
        (
            "half_an_hour_after",
            "Lunch is half an hour after noon.",
            "TIME",
            "half an hour after noon",
            Some("T12:30"),
        ),
        // Look-alikes.
        (
            "past_midnight_stays",
            "The train left 3 hours after 11pm.",
            "DATE",
            "3 hours after 11pm",
            None,
        ),
        (
            "days_after_a_time_stay",
            "It ended 2 days after 3pm.",
            "DATE",
            "2 days after 3pm",
            None,
        ),
        (
            "for_hours_from_a_time_lasts",
            "The hall is ours for 2 hours from 2pm.",
            "TIME",
            "for 2 hours from 2pm",
            Some("T14:00/PT2H"),
        ),
    ]);
}
