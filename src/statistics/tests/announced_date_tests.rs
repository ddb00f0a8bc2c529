//! Dates that point ahead or away from the dateline (branch `figs29`, issue 12), on made-up
//! sentences under a dateline of Wednesday 4 March 2026: a day, month or weekday without its
//! year in a clause about what is to come resolves forward; a day of the month alone is
//! resolved; a length counted from now names its point; a part of this month or year is dated
//! as that period; a weekday's hours as a bare range. Each class with look-alikes that stay as
//! they were.

use super::date_class_tests::{check_dated, dated, figures};

#[test]
fn a_day_announced_resolves_forward() {
    check_dated(&[
        (
            "scheduled_for",
            "Sentencing is scheduled for Feb. 14.",
            "DATE",
            "Feb. 14",
            Some("2027-02-14"),
        ),
        (
            "set_for",
            "The hearing is set for April 20.",
            "DATE",
            "April 20",
            Some("2026-04-20"),
        ),
        (
            "will_on",
            "The plant will close on June 1.",
            "DATE",
            "June 1",
            Some("2026-06-01"),
        ),
        (
            "month_alone",
            "Elections will be held in May.",
            "DATE",
            "May",
            Some("2026-05"),
        ),
        (
            "expected_by_mid_month",
            "A vote is expected by mid-April.",
            "DATE",
            "mid-April",
            Some("2026-04"),
        ),
        (
            "weekday",
            "The minister will speak on Monday.",
            "DATE",
            "Monday",
            Some("2026-03-09"),
        ),
        (
            "weekday_today",
            "The minister will speak on Wednesday.",
            "DATE",
            "Wednesday",
            Some("2026-03-04"),
        ),
        (
            "plans_to",
            "The band plans to tour again from 3 February.",
            "DATE",
            "3 February",
            Some("2027-02-03"),
        ),
        (
            "range_of_days",
            "The festival will run from 3 to 5 May.",
            "DATE",
            "from 3 to 5 May",
            Some("2026-05-03/2026-05-05"),
        ),
        (
            "due_on",
            "The report is due on 12 March.",
            "DATE",
            "12 March",
            Some("2026-03-12"),
        ),
        (
            "upcoming",
            "Fans queued for the upcoming final on 21 March.",
            "DATE",
            "21 March",
            Some("2026-03-21"),
        ),
    ]);
}

#[test]
fn a_day_of_the_past_stays_on_or_before_the_dateline() {
    check_dated(&[
        (
            "arrested",
            "He was arrested on Feb. 2.",
            "DATE",
            "Feb. 2",
            Some("2026-02-02"),
        ),
        (
            "was_scheduled",
            "The hearing was scheduled for April 20 but was postponed.",
            "DATE",
            "April 20",
            Some("2025-04-20"),
        ),
        (
            "more_than_expected",
            "Shares rose more than expected on Monday.",
            "DATE",
            "Monday",
            Some("2026-03-02"),
        ),
        (
            "month_of_the_past",
            "Flights were cancelled in May.",
            "DATE",
            "May",
            Some("2025-05"),
        ),
        (
            "will_after_the_date",
            "The storm hit on June 1, and repairs will take months.",
            "DATE",
            "June 1",
            Some("2025-06-01"),
        ),
        (
            "due_to",
            "Trains stopped due to a strike on Monday.",
            "DATE",
            "Monday",
            Some("2026-03-02"),
        ),
        (
            "hopes_a_noun",
            "Their playoff hopes faded after Monday's loss.",
            "DATE",
            "after Monday",
            Some("2026-03-02"),
        ),
        (
            "a_record_set_on",
            "The record set on Feb. 20 still stands.",
            "DATE",
            "Feb. 20",
            Some("2026-02-20"),
        ),
        (
            "vowed_on",
            "He vowed on Monday to fight the ruling.",
            "DATE",
            "Monday",
            Some("2026-03-02"),
        ),
        (
            "once_expected",
            "A deal once expected by an October summit collapsed.",
            "DATE",
            "October",
            Some("2025-10"),
        ),
        (
            "said_then_will",
            "Officials said on Monday that talks will resume.",
            "DATE",
            "Monday",
            Some("2026-03-02"),
        ),
    ]);
}

#[test]
fn a_change_of_state_takes_its_length() {
    check_dated(&[
        (
            "get_richer",
            "Turncoats get richer in a year.",
            "DURATION",
            "a year",
            Some("P1Y"),
        ),
        (
            "grew_stronger",
            "The storm grew stronger in two hours.",
            "DURATION",
            "two hours",
            Some("PT2H"),
        ),
        (
            "became_more_popular",
            "The app became more popular in a month.",
            "DURATION",
            "a month",
            Some("P1M"),
        ),
        // Look-alike: no comparative, a time from now.
        (
            "get_there",
            "We get there in two weeks.",
            "DATE",
            "in two weeks",
            Some("2026-03-18"),
        ),
    ]);
}

#[test]
fn a_day_of_the_month_alone() {
    check_dated(&[
        (
            "past_this_month",
            "He was paid on the 3rd.",
            "DATE",
            "the 3rd",
            Some("2026-03-03"),
        ),
        (
            "past_last_month",
            "The parcel arrived on the 28th.",
            "DATE",
            "the 28th",
            Some("2026-02-28"),
        ),
        (
            "past_no_such_day_last_month",
            "The parcel arrived on the 31st.",
            "DATE",
            "the 31st",
            Some("2026-01-31"),
        ),
        (
            "ahead_this_month",
            "The vote will take place on the 23rd.",
            "DATE",
            "the 23rd",
            Some("2026-03-23"),
        ),
        (
            "ahead_next_month",
            "The vote will take place on the 2nd.",
            "DATE",
            "the 2nd",
            Some("2026-04-02"),
        ),
    ]);
}

#[test]
fn a_length_counted_from_now_names_its_point() {
    check_dated(&[
        (
            "weeks_ago",
            "The team lost two weeks ago.",
            "DATE",
            "two weeks ago",
            Some("2026-02-18"),
        ),
        (
            "in_weeks",
            "The plant opens in two weeks.",
            "DATE",
            "in two weeks",
            Some("2026-03-18"),
        ),
        (
            "days_from_now",
            "The law takes effect 3 days from now.",
            "DATE",
            "3 days from now",
            Some("2026-03-07"),
        ),
        (
            "months_ago",
            "He left three months ago.",
            "DATE",
            "three months ago",
            Some("2025-12"),
        ),
        (
            "months_from_now",
            "The deadline is six months from now.",
            "DATE",
            "six months from now",
            Some("2026-09"),
        ),
        (
            "a_year_ago",
            "They met a year ago.",
            "DATE",
            "a year ago",
            Some("2025"),
        ),
        (
            "years_hence",
            "The mine will close two years hence.",
            "DATE",
            "two years hence",
            Some("2028"),
        ),
        (
            "a_day_and_its_hour",
            "He will arrive in 3 days at 5pm.",
            "TIME",
            "in 3 days at 5pm",
            Some("2026-03-07T17:00"),
        ),
        // Look-alikes: a length of minutes has no time on the dateline to count from; "later"
        // counts from the story's time.
        (
            "minutes_kept",
            "The doors open in 5 minutes.",
            "DATE",
            "in 5 minutes",
            Some("PT5M"),
        ),
        (
            "later_kept",
            "He returned three weeks later.",
            "DATE",
            "three weeks later",
            Some("P3W"),
        ),
    ]);
    // With no dateline there is nothing to count from: the length stays.
    let got = figures("The team lost two weeks ago.");
    assert!(
        got.iter()
            .any(|(k, t, i)| *k == "DATE" && t == "two weeks ago" && i.as_deref() == Some("P2W")),
        "{got:?}"
    );
}

#[test]
fn a_part_of_this_period() {
    check_dated(&[
        (
            "end_of_month",
            "Results are due by the end of the month.",
            "DATE",
            "end of the month",
            Some("2026-03"),
        ),
        (
            "rest_of_year",
            "Prices will stay high for the rest of the year.",
            "DATE",
            "rest of the year",
            Some("2026"),
        ),
        (
            "start_of_week",
            "Talks began at the start of the week.",
            "DATE",
            "start of the week",
            Some("2026-W10"),
        ),
        (
            "end_of_decade",
            "By the end of the decade the fleet will be electric.",
            "DATE",
            "end of the decade",
            Some("202X"),
        ),
        // The idiom names no day.
        (
            "end_of_the_day",
            "At the end of the day, voters decide.",
            "DATE",
            "end of the day",
            None,
        ),
    ]);
}

#[test]
fn a_weekday_and_its_hours() {
    check_dated(&[
        (
            "afternoon_end",
            "The store is open Monday 11-4.",
            "TIME",
            "Monday 11-4",
            Some("2026-03-02T11:00/2026-03-02T16:00"),
        ),
        (
            "office_hours",
            "Hours are Saturday 9-5.",
            "TIME",
            "Saturday 9-5",
            Some("2026-02-28T09:00/2026-02-28T17:00"),
        ),
        (
            "noon_start",
            "The shop opens Tuesday 10-6 and Sunday 12-4.",
            "TIME",
            "Sunday 12-4",
            Some("2026-03-01T12:00/2026-03-01T16:00"),
        ),
        (
            "after_a_colon",
            "Hours: Mon 8-8",
            "TIME",
            "Mon 8-8",
            Some("2026-03-02T08:00/2026-03-02T20:00"),
        ),
        (
            "spaced_dash",
            "The museum is open Wednesday 10 - 4.",
            "TIME",
            "Wednesday 10 - 4",
            Some("2026-03-04T10:00/2026-03-04T16:00"),
        ),
    ]);
    // Look-alikes: a score after a day, three numbers, hours in a sentence of no opening.
    for (name, text) in [
        ("score", "Chelsea beat them on Monday 11-4."),
        ("three_numbers", "The museum opens Monday 11-4-2."),
        ("no_hours_word", "The Lakers won Monday 11-4 at home."),
    ] {
        let got = figures(&dated(text));
        assert!(
            got.iter()
                .all(|(k, t, _)| !(*k == "TIME" && t.contains("11-4"))),
            "{name}: {text:?} gave {got:?}"
        );
    }
}
