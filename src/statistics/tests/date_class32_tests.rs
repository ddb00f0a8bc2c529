//! The date classes of the thirty-second session (issue #12, Duckling's time dimension), on
//! made-up sentences: a relative word before any holiday's name, "in the AM/PM" after an hour,
//! two open bounds joined into one range, an "h" hour after a day, a part of the day "of" a
//! day without its article, and a day or week named by its words and a year; with look-alikes
//! that must stay what they are.

use super::annotate;
use super::holiday_tests::check_dates;

/// (case, sentence, covered text, ISO value when one is expected) for TIME spans.
fn check_times(cases: &[(&str, &str, &str, Option<&str>)]) {
    let mut names = std::collections::HashSet::new();
    for (name, text, span, iso) in cases {
        assert!(names.insert(name), "duplicate case name {name}");
        let got: Vec<(String, Option<String>)> = annotate(text)
            .into_iter()
            .filter(|a| a.kind == "TIME")
            .map(|a| {
                let t = a.text(text).to_string();
                match a.detail {
                    crate::annotation::Detail::Statistic(d) => (t, d.extra().iso.clone()),
                    _ => (t, None),
                }
            })
            .collect();
        assert!(
            got.iter()
                .any(|(t, i)| t == span && (iso.is_none() || i.as_deref() == *iso)),
            "{name}: {text:?} gave {got:?}"
        );
    }
}

/// The statistics' kinds and texts of a sentence.
fn spans(text: &str) -> Vec<(String, String)> {
    annotate(text)
        .into_iter()
        .map(|a| (a.kind.to_string(), a.text(text).to_string()))
        .collect()
}

#[test]
fn relative_word_before_any_holiday_name() {
    check_dates(&[
        (
            "this_saint_abbreviated",
            "Parades are planned for this St Patrick's Day in the city.",
            "this St Patrick's Day",
            None,
        ),
        (
            "last_saint_dotted",
            "Crowds were thin last St. Patrick's Day in Dublin.",
            "last St. Patrick's Day",
            None,
        ),
        (
            "next_possessive_person",
            "Banks close next Martin Luther King's Day as every year.",
            "next Martin Luther King's Day",
            None,
        ),
        (
            "next_person_day",
            "Offices shut next Martin Luther King Day.",
            "next Martin Luther King Day",
            None,
        ),
        (
            "last_known_word",
            "Sales fell last Christmas and rose again this Easter.",
            "last Christmas",
            None,
        ),
    ]);
}

#[test]
fn an_hour_in_the_am_or_pm() {
    check_times(&[
        (
            "hour_in_the_am",
            "The alarm went off at 3 in the AM.",
            "3 in the AM",
            Some("T03:00"),
        ),
        (
            "hour_in_the_pm",
            "Doors open at 7 in the PM on weekdays.",
            "7 in the PM",
            Some("T19:00"),
        ),
        (
            "range_in_the_pm",
            "The desk is staffed from 3 to 4 in the PM.",
            "from 3 to 4 in the PM",
            Some("T15:00/T16:00"),
        ),
        (
            "lower_case_pm",
            "call me at 9 in the pm",
            "9 in the pm",
            Some("T21:00"),
        ),
    ]);
    // "the PM" is the prime minister where no hour comes before it.
    for (name, text) in [
        (
            "confidence_in_the_pm",
            "MPs said they had confidence in the PM.",
        ),
        (
            "in_the_pms_office",
            "Aides met 3 in the PM's office on Friday.",
        ),
        ("in_the_am_alone", "Rates rose in the AM session."),
    ] {
        let got = spans(text);
        assert!(
            !got.iter()
                .any(|(_, t)| t.ends_with("PM") || t.ends_with("AM")),
            "{name}: {text:?} gave {got:?}"
        );
    }
}

#[test]
fn two_open_bounds_make_one_range() {
    check_times(&[
        (
            "later_than_but_before",
            "Deliveries come later than 9:30 but before 11:00, drivers say.",
            "later than 9:30 but before 11:00",
            Some("T09:30/T11:00"),
        ),
        (
            "after_but_before_pm",
            "The road is shut after 2pm but before 5pm.",
            "after 2pm but before 5pm",
            Some("T14:00/T17:00"),
        ),
        (
            "after_but_earlier_than",
            "Call after 6pm but earlier than 9pm.",
            "after 6pm but earlier than 9pm",
            Some("T18:00/T21:00"),
        ),
    ]);
    check_dates(&[(
        "years_after_but_before",
        "The coins were minted after 1990 but before 1995, experts said.",
        "after 1990 but before 1995",
        None,
    )]);
    // A bound that opens with "before" takes no second bound, "and" joins two conditions,
    // and a bound then a clause stays alone.
    for (name, text, want) in [
        (
            "and_keeps_two_bounds",
            "Coins minted after 2010 and before 2018 are rare.",
            "after 2010",
        ),
        (
            "before_then_after",
            "He left before 5pm and after lunch came back.",
            "before 5pm",
        ),
        (
            "after_then_no_bound",
            "Shops shut after 6pm but open early.",
            "after 6pm",
        ),
    ] {
        let got = spans(text);
        assert!(
            got.iter().any(|(_, t)| t == want),
            "{name}: {text:?} gave {got:?}"
        );
    }
}

#[test]
fn an_h_hour_after_a_day() {
    check_times(&[
        (
            "weekday_date_year_h",
            "Kick-off: Fri, Jul 18, 2014 19h, in Lyon.",
            "Fri, Jul 18, 2014 19h",
            Some("2014-07-18T19:00"),
        ),
        (
            "weekday_h",
            "The vote closes Thursday 14h.",
            "Thursday 14h",
            None,
        ),
        (
            "tomorrow_h",
            "Flights resume tomorrow 6h.",
            "tomorrow 6h",
            None,
        ),
    ]);
    // Alone, or after a month without its day, "15h" is a length.
    for (name, text) in [
        ("alone", "It was a 15h flight."),
        ("after_month", "In July 15h of footage were cut."),
        ("hour_25", "Monday 25h of work remained."),
    ] {
        let got = spans(text);
        assert!(
            !got.iter().any(|(k, _)| k == "TIME"),
            "{name}: {text:?} gave {got:?}"
        );
    }
}

#[test]
fn part_of_the_day_of_a_day_without_its_article() {
    check_times(&[
        (
            "morning_of_holiday_year",
            "morning of christmas 2013",
            "morning of christmas 2013",
            None,
        ),
        (
            "evening_of_date",
            "Evening of 4 March: the polls closed.",
            "Evening of 4 March",
            None,
        ),
    ]);
    check_dates(&[(
        "morning_of_ordinal",
        "morning of the 15th of february",
        "morning of the 15th of february",
        None,
    )]);
}

#[test]
fn a_day_named_by_its_words_and_a_year() {
    check_dates(&[
        (
            "capitalised_day",
            "Events for Military Spouse Day 2018 were held on base.",
            "Military Spouse Day 2018",
            Some("2018"),
        ),
        (
            "plural_possessive",
            "Florists were busy before Administrative Professionals' Day 2016.",
            "Administrative Professionals' Day 2016",
            Some("2016"),
        ),
        (
            "possessive_s",
            "Marches were banned on Orangemen's Day 2019 in two towns.",
            "Orangemen's Day 2019",
            Some("2019"),
        ),
        (
            "week",
            "Designers flocked to London Fashion Week 2019.",
            "London Fashion Week 2019",
            Some("2019"),
        ),
        ("caseless", "admin day 2019", "admin day 2019", Some("2019")),
        (
            "caseless_week",
            "ems week 2018",
            "ems week 2018",
            Some("2018"),
        ),
        (
            "day_of_year",
            "Grandparents Day of 2016 fell on a Sunday.",
            "Grandparents Day of 2016",
            Some("2016"),
        ),
    ]);
    // Words the figure lexicon knows, lower-case words in a text with capitals, and a count
    // after the year in a text without them stay apart.
    for (name, text, not) in [
        (
            "lower_case_words",
            "They spent a quiet day 2018 was hard.",
            "quiet day 2018",
        ),
        (
            "ordinal_before",
            "The first Day 2019 began.",
            "first Day 2019",
        ),
        (
            "caseless_count_after",
            "rainy day 2000 people came",
            "day 2000",
        ),
        ("function_word", "On that Day 2019 ended.", "that Day 2019"),
    ] {
        let got = spans(text);
        assert!(
            !got.iter().any(|(_, t)| t.contains(not)),
            "{name}: {text:?} gave {got:?}"
        );
    }
}
