//! Dates announced by a modal or by a present-tense verb of a start or an end (branch `figs30`,
//! issue 12, seen on the news-figures set): under the dateline Wednesday 4 March 2026, a day or
//! month without its year after "could", "might", "would" … or after "starts", "opens",
//! "closes" … is the first such day on or after the dateline. Look-alikes: the past tense,
//! "would have", "may" (a month).

use super::date_class_tests::check_dated;

#[test]
fn a_modal_points_ahead() {
    check_dated(&[
        (
            "could",
            "Storms could reach the coast on 2 March.",
            "DATE",
            "2 March",
            Some("2027-03-02"),
        ),
        (
            "might",
            "The line might reopen on 1 February.",
            "DATE",
            "1 February",
            Some("2027-02-01"),
        ),
        (
            "should",
            "Work should finish in January.",
            "DATE",
            "January",
            Some("2027-01"),
        ),
        (
            "would",
            "The firm said it would cut prices on 28 February.",
            "DATE",
            "28 February",
            Some("2027-02-28"),
        ),
        (
            "must",
            "Claims must arrive by 3 March.",
            "DATE",
            "3 March",
            Some("2027-03-03"),
        ),
        (
            "could_weekday",
            "Snow could fall on Tuesday.",
            "DATE",
            "Tuesday",
            Some("2026-03-10"),
        ),
        (
            "would_have",
            "He would have turned 80 on 1 March.",
            "DATE",
            "1 March",
            Some("2026-03-01"),
        ),
        (
            "past_between",
            "She said on 2 March that talks would go on.",
            "DATE",
            "2 March",
            Some("2026-03-02"),
        ),
    ]);
}

#[test]
fn a_present_verb_of_a_start_or_end_points_ahead() {
    check_dated(&[
        (
            "starts",
            "The tournament starts on 30 January.",
            "DATE",
            "30 January",
            Some("2027-01-30"),
        ),
        (
            "begins",
            "The trial begins on 2 March.",
            "DATE",
            "2 March",
            Some("2027-03-02"),
        ),
        (
            "opens",
            "The exhibition opens in February.",
            "DATE",
            "February",
            Some("2027-02"),
        ),
        (
            "reopens",
            "The bridge reopens on 1 March after repairs.",
            "DATE",
            "1 March",
            Some("2027-03-01"),
        ),
        (
            "closes",
            "The consultation closes on 27 February.",
            "DATE",
            "27 February",
            Some("2027-02-27"),
        ),
        (
            "resumes",
            "Play resumes on 3 January.",
            "DATE",
            "3 January",
            Some("2027-01-03"),
        ),
        (
            "expires",
            "The lease expires in January.",
            "DATE",
            "January",
            Some("2027-01"),
        ),
        (
            "after_words",
            "The sale, which opens to the public, starts on 9 February.",
            "DATE",
            "9 February",
            Some("2027-02-09"),
        ),
        // Look-alikes: the past tense; a month that is not the modal 'may'.
        (
            "started",
            "The tournament started on 30 January.",
            "DATE",
            "30 January",
            Some("2026-01-30"),
        ),
        (
            "opened",
            "The exhibition opened in February.",
            "DATE",
            "February",
            Some("2026-02"),
        ),
        (
            "closed_then",
            "The consultation closed on 27 February.",
            "DATE",
            "27 February",
            Some("2026-02-27"),
        ),
        (
            "in_may",
            "Prices rose in May and fell on 1 February.",
            "DATE",
            "1 February",
            Some("2026-02-01"),
        ),
    ]);
}

/// "at" before a dotted time with its "am"/"pm" stays outside, as before "3pm" (branch
/// `figs30`); a dotted time with no meridiem keeps it, its reading needs it ("at 6.45").
#[test]
fn at_stays_outside_a_dotted_time_with_its_meridiem() {
    use super::date_class_tests::check;
    check(&[
        (
            "pm",
            "The lorry overturned at 4.40am.",
            "TIME",
            "4.40am",
            Some("T04:40"),
        ),
        (
            "afternoon",
            "Demand peaked at 3.15pm.",
            "TIME",
            "3.15pm",
            Some("T15:15"),
        ),
        (
            "with_day",
            "The vote is at 2.15pm today.",
            "TIME",
            "2.15pm today",
            None,
        ),
        (
            "dotted_p_m",
            "Doors open at 7.30 p.m. sharp.",
            "TIME",
            "7.30 p.m.",
            Some("T19:30"),
        ),
        (
            "zone",
            "Markets close at 4.30pm GMT.",
            "TIME",
            "4.30pm GMT",
            Some("T16:30"),
        ),
        (
            "no_meridiem",
            "The train left at 6.45 sharp.",
            "TIME",
            "at 6.45",
            Some("T06:45"),
        ),
        (
            "plain_hour",
            "We met at 3pm.",
            "TIME",
            "3pm",
            Some("T15:00"),
        ),
    ]);
}
