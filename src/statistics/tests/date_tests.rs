//! Named table tests of times placed by what follows them (issue 12): time zones, "tonight",
//! "tomorrow morning", "in the afternoon". Every sentence is made up.

use super::*;

/// The covered text and ISO form of every figure of `text` (of type `kind` when given).
fn spans_with_iso(text: &str, kind: Option<&str>) -> Vec<(String, Option<String>)> {
    annotate(text)
        .into_iter()
        .filter(|a| kind.is_none_or(|k| a.kind == k))
        .filter_map(|a| {
            let t = a.text(text).to_string();
            match a.detail {
                annotation::Detail::Statistic(d) => Some((t, d.extra().iso.clone())),
                _ => None,
            }
        })
        .collect()
}

/// (case, sentence, covered text of a TIME, its ISO form when resolved without a dateline).
fn check(cases: &[(&str, &str, &str, Option<&str>)]) {
    check_kind("TIME", cases);
}

/// (case, sentence, covered text of a `kind` figure, its ISO form when resolved without a
/// dateline).
fn check_kind(kind: &str, cases: &[(&str, &str, &str, Option<&str>)]) {
    let mut names = std::collections::HashSet::new();
    for (name, text, span, iso) in cases {
        assert!(names.insert(*name), "{name}: the case name is used twice");
        let got = spans_with_iso(text, Some(kind));
        assert!(
            got.iter()
                .any(|(t, i)| t == span && iso.is_none_or(|w| i.as_deref() == Some(w))),
            "{name}: {text:?} gave {got:?}"
        );
    }
}

#[test]
fn times_placed_by_what_follows() {
    check(&[
        (
            "a zone after a meridiem",
            "The summit opens at 4pm CET in Vienna.",
            "4pm CET",
            Some("T16:00"),
        ),
        (
            "a zone in brackets",
            "Polls close at 10pm (BST), the board said.",
            "10pm (BST)",
            None,
        ),
        (
            "a lower-case zone",
            "The call is at 8:00 gmt.",
            "8:00 gmt",
            Some("T08:00"),
        ),
        (
            "an hour tonight",
            "The mayor speaks at 8 tonight.",
            "8 tonight",
            None,
        ),
        (
            "an hour tomorrow morning",
            "Crews return at 6 tomorrow morning.",
            "6 tomorrow morning",
            None,
        ),
        (
            "a bare hour in the afternoon",
            "The market shuts at 5 in the afternoon.",
            "5 in the afternoon",
            Some("T17:00"),
        ),
    ]);
}

#[test]
fn counts_before_tonight_and_words_after_times_stay_apart() {
    let text = "She scored 8 tonight and the 5pm est queue was long.";
    let times: Vec<_> = annotate(text)
        .into_iter()
        .filter(|a| a.kind == "TIME")
        .map(|a| a.text(text).to_string())
        .collect();
    assert!(
        !times.iter().any(|t| t.starts_with('8')),
        "a score is no time: {times:?}"
    );
    assert!(
        times.iter().any(|t| t == "5pm"),
        "'est' in lower case is no zone: {times:?}"
    );
}

#[test]
fn durations_summed_and_halved() {
    let cases: &[(&str, &str, &str, &str)] = &[
        (
            "an hour and a half",
            "The debate ran an hour and a half.",
            "an hour and a half",
            "PT1.5H",
        ),
        (
            "digits and a half",
            "The lift stalled for 4 and a half minutes.",
            "4 and a half minutes",
            "PT4.5M",
        ),
        (
            "a unit and seconds",
            "The record stood at a minute and 12 seconds.",
            "a minute and 12 seconds",
            "PT1M12S",
        ),
        (
            "parts with commas",
            "He served 3 years, 2 months and 9 days.",
            "3 years, 2 months and 9 days",
            "P3Y2M9D",
        ),
        (
            "minutes left unsaid",
            "The flight took 2 hours 40.",
            "2 hours 40",
            "PT2H40M",
        ),
        (
            "hours then minutes have one T",
            "Surgery took 5 hours 20 minutes.",
            "5 hours 20 minutes",
            "PT5H20M",
        ),
        (
            "half hour",
            "The break lasts half hour.",
            "half hour",
            "PT0.5H",
        ),
    ];
    let cases: Vec<_> = cases
        .iter()
        .map(|&(name, text, span, iso)| (name, text, span, Some(iso)))
        .collect();
    check_kind("DURATION", &cases);
    let text = "It took 2 hours and 10 people helped.";
    let spans: Vec<_> = annotate(text)
        .into_iter()
        .map(|a| a.text(text).to_string())
        .collect();
    assert!(
        spans.contains(&"2 hours".to_string()),
        "a count after and is no minutes: {spans:?}"
    );
}

#[test]
fn a_weekday_after_next() {
    let text =
        "Published 2 February 2024\n\nThe council meets Friday after next, and next Friday too.";
    let got = spans_with_iso(text, None);
    for (span, iso) in [
        ("Friday after next", "2024-02-16"),
        ("next Friday", "2024-02-09"),
    ] {
        assert!(
            got.iter()
                .any(|(t, i)| t == span && i.as_deref() == Some(iso)),
            "{span}: {got:?}"
        );
    }
}

#[test]
fn minutes_past_an_hour_with_its_meridiem_or_noon() {
    check(&[
        (
            "a quarter past an afternoon hour",
            "The train left at a quarter past 3pm.",
            "a quarter past 3pm",
            Some("T15:15"),
        ),
        (
            "minutes after an hour",
            "Lights went out twenty after 9pm.",
            "twenty after 9pm",
            Some("T21:20"),
        ),
        (
            "minutes to noon",
            "The vote closed at 10 to noon.",
            "10 to noon",
            Some("T11:50"),
        ),
    ]);
    // A change to a new level is no time: "by a quarter to 5%", "by half to 8 million".
    for text in [
        "Inflation fell by a quarter to 5% in May.",
        "Staff numbers were cut by half to 8 million.",
    ] {
        let times: Vec<_> = annotate(text)
            .into_iter()
            .filter(|a| a.kind == "TIME")
            .map(|a| a.text(text).to_string())
            .collect();
        assert!(times.is_empty(), "{text:?}: {times:?}");
    }
}

#[test]
fn a_month_without_a_year_is_in_the_year_of_the_last_month_written_out() {
    // Far from the month and year, or after a "since" that sets no story time, the month
    // stays unresolved (no dateline).
    let far = "The mill opened in May 2011. It grew. It hired. It sold a lot. It was praised. \
               Some said it would last; others did not. Many people came to see it, and the \
               town changed a great deal over the years that followed, as new houses went up \
               and the old ones were pulled down one after the other. Then in July it closed.";
    let since = "Prices have fallen since July 2013. In August the index rose.";
    for (text, month) in [(far, "July"), (since, "August")] {
        let iso = annotate(text)
            .into_iter()
            .rfind(|a| a.text(text) == month)
            .and_then(|a| match a.detail {
                annotation::Detail::Statistic(d) => Some(d.extra().iso.clone()),
                _ => None,
            });
        assert_eq!(iso, Some(None), "{text:?}");
    }
    use super::date_class_tests::check;
    check(&[
        (
            "month_after_month_and_year",
            "The mill opened in May 2011. In July it hired 40 staff.",
            "DATE",
            "July",
            Some("2011-07"),
        ),
        (
            "day_and_month_after_full_date",
            "Talks began on 3 February 1998 and ended on 14 March.",
            "DATE",
            "14 March",
            Some("1998-03-14"),
        ),
        (
            "earlier_month_same_year",
            "By September 2016 the plant was shut; it had been sold in April.",
            "DATE",
            "April",
            Some("2016-04"),
        ),
        (
            "nearest_month_and_year_wins",
            "It opened in June 2003 and closed in May 2009. In August the site was sold.",
            "DATE",
            "August",
            Some("2009-08"),
        ),
        (
            "dateline_keeps_the_most_recent_month",
            "Published 3 March 2024\nSales fell in January 2022, after a rise in August.",
            "DATE",
            "August",
            Some("2023-08"),
        ),
    ]);
}

#[test]
fn years_of_an_era() {
    use super::date_class_tests::{check, check_not_dated};
    check(&[
        (
            "bc_after",
            "Caesar died in 44 BC in Rome.",
            "DATE",
            "44 BC",
            Some("-0043"),
        ),
        (
            "ad_before",
            "Vesuvius erupted in AD 79.",
            "DATE",
            "AD 79",
            Some("0079"),
        ),
        (
            "dotted_ad",
            "The abbey was built in 1120 A.D. by monks.",
            "DATE",
            "1120 A.D.",
            Some("1120"),
        ),
        (
            "bce_after",
            "The wall dates from 300 BCE.",
            "DATE",
            "300 BCE",
            Some("-0299"),
        ),
        (
            "lower_dotted",
            "it was founded in 14 a.d. they say",
            "DATE",
            "14 a.d.",
            Some("0014"),
        ),
        (
            "ce_after",
            "He reigned until 1066 CE.",
            "DATE",
            "until 1066 CE",
            None,
        ),
    ]);
    check_not_dated(&[
        (
            "an_ad_campaign",
            "The AD 2020 campaign cost $5m.",
            "AD 2020",
        ),
        ("a_count_before_ad", "They ran 30 ads.", "30"),
    ]);
}
