//! The duration grammar of branch `time25`, on made-up sentences: a count in digits, words or
//! fractions, with its article ("a hundred years"), a vague count of many ("hundreds of
//! years"), a kind of day between the count and its unit ("5 working days"), the month's
//! abbreviations, the millennium, and "and a half" hyphenated; each class with look-alikes
//! that stay as they were.

use super::date_class_tests::{check, figures};

#[test]
fn a_count_with_its_article() {
    check(&[
        (
            "a hundred",
            "The oak stood for a hundred years.",
            "DURATION",
            "a hundred years",
            Some("P100Y"),
        ),
        (
            "a thousand",
            "The talks lasted a thousand years, officials said.",
            "DURATION",
            "a thousand years",
            Some("P1000Y"),
        ),
        (
            "a dozen",
            "She taught there a dozen years.",
            "DURATION",
            "a dozen years",
            Some("P12Y"),
        ),
        (
            "a million",
            "Ice built up over a million years.",
            "DURATION",
            "a million years",
            Some("P1000000Y"),
        ),
        (
            "a hundred days",
            "The plan runs a hundred days.",
            "DURATION",
            "a hundred days",
            Some("P100D"),
        ),
        (
            "a quarter century",
            "He led it for a quarter century.",
            "DURATION",
            "a quarter century",
            Some("P25Y"),
        ),
        (
            "a quarter-century",
            "A quarter-century of peace followed.",
            "DURATION",
            "A quarter-century",
            Some("P25Y"),
        ),
        (
            "a quarter hour",
            "They waited a quarter hour outside.",
            "DURATION",
            "a quarter hour",
            Some("PT0.25H"),
        ),
        // The article alone before a unit is still one unit, read with its anchor.
        (
            "a year ago",
            "The law passed a year ago.",
            "DATE",
            "a year ago",
            None,
        ),
    ]);
}

#[test]
fn a_half_century_stays_unread() {
    // "a half-century" is a batsman's fifty as often as fifty years.
    for text in [
        "He scored a half-century at Lord's.",
        "He made a half century before lunch.",
    ] {
        assert!(
            !figures(text).iter().any(|(k, _, _)| *k == "DURATION"),
            "{text:?} gave {:?}",
            figures(text)
        );
    }
}

#[test]
fn vague_counts_of_many_units() {
    check(&[
        (
            "hundreds of years",
            "The wall stood for hundreds of years.",
            "DURATION",
            "hundreds of years",
            None,
        ),
        (
            "thousands of hours",
            "Volunteers gave thousands of hours.",
            "DURATION",
            "thousands of hours",
            None,
        ),
        (
            "dozens of days",
            "The strike cost dozens of days of teaching.",
            "DURATION",
            "dozens of days",
            None,
        ),
        (
            "tens of thousands",
            "Rock forms over tens of thousands of years.",
            "DURATION",
            "tens of thousands of years",
            None,
        ),
        (
            "millions of years",
            "Fossils lay there millions of years.",
            "DURATION",
            "millions of years",
            None,
        ),
        (
            "scores of weeks",
            "It took scores of weeks to rebuild.",
            "DURATION",
            "scores of weeks",
            None,
        ),
    ]);
    // Many of something else is no length.
    for (text, not) in [
        ("Hundreds of workers walked out.", "hundreds of workers"),
        ("Thousands of fans waited.", "Thousands of fans"),
        ("Dozens of yearlings were sold.", "Dozens of yearlings"),
    ] {
        assert!(
            !figures(text)
                .iter()
                .any(|(k, t, _)| *k == "DURATION" || t == not && *k == "DATE"),
            "{text:?} gave {:?}",
            figures(text)
        );
    }
}

#[test]
fn a_kind_of_day_between_count_and_unit() {
    check(&[
        (
            "working days",
            "Refunds take 5 working days.",
            "DURATION",
            "5 working days",
            Some("P5D"),
        ),
        (
            "business days",
            "Expect it within ten business days.",
            "DURATION",
            "ten business days",
            Some("P10D"),
        ),
        (
            "calendar months",
            "The notice is four calendar months.",
            "DURATION",
            "four calendar months",
            Some("P4M"),
        ),
        (
            "trading days",
            "Shares fell for 30 trading days.",
            "DURATION",
            "30 trading days",
            Some("P30D"),
        ),
        (
            "working weeks",
            "The audit took two working weeks.",
            "DURATION",
            "two working weeks",
            Some("P2W"),
        ),
    ]);
    // The same words before something that is no time unit.
    for text in [
        "Three working groups met.",
        "Two business leaders spoke.",
        "Five calendar apps were tested.",
        "Four trading partners signed.",
        "The star is three light years away.",
    ] {
        assert!(
            !figures(text).iter().any(|(k, _, _)| *k == "DURATION"),
            "{text:?} gave {:?}",
            figures(text)
        );
    }
}

#[test]
fn month_abbreviations_and_millennia() {
    check(&[
        (
            "mos",
            "Delivery takes 4 mos from order.",
            "DURATION",
            "4 mos",
            Some("P4M"),
        ),
        (
            "mths",
            "Contracts of 6 mths were offered.",
            "DURATION",
            "6 mths",
            Some("P6M"),
        ),
        (
            "mth",
            "A 1 mth trial is free.",
            "DURATION",
            "1 mth",
            Some("P1M"),
        ),
        (
            "millennia",
            "The river ran there two millennia.",
            "DURATION",
            "two millennia",
            Some("P2000Y"),
        ),
        (
            "millennium",
            "The site was used for a millennium or more.",
            "DURATION",
            "a millennium",
            Some("P1000Y"),
        ),
        (
            "millenniums",
            "It lasted 3 millenniums.",
            "DURATION",
            "3 millenniums",
            Some("P3000Y"),
        ),
        (
            "half a millennium",
            "The church is half a millennium old.",
            "DURATION",
            "half a millennium",
            Some("P500Y"),
        ),
    ]);
}

#[test]
fn and_a_half_hyphenated() {
    check(&[
        (
            "one-and-a-half hours",
            "The talk ran one-and-a-half hours.",
            "DURATION",
            "one-and-a-half hours",
            Some("PT1.5H"),
        ),
        (
            "two-and-a-half years",
            "He served two-and-a-half years.",
            "DURATION",
            "two-and-a-half years",
            Some("P2.5Y"),
        ),
        (
            "3-and-a-half days",
            "The march took 3-and-a-half days.",
            "DURATION",
            "3-and-a-half days",
            Some("P3.5D"),
        ),
        // The unhyphenated form, as before.
        (
            "two and a half weeks",
            "Repairs took two and a half weeks.",
            "DURATION",
            "two and a half weeks",
            Some("P2.5W"),
        ),
    ]);
}

#[test]
fn written_lengths_stay_as_before() {
    check(&[
        (
            "digits",
            "The talks lasted 3 days.",
            "DURATION",
            "3 days",
            Some("P3D"),
        ),
        (
            "words",
            "The talks lasted three days.",
            "DURATION",
            "three days",
            Some("P3D"),
        ),
        (
            "decimal",
            "The flight took 1.5 hours.",
            "DURATION",
            "1.5 hours",
            Some("PT1.5H"),
        ),
        (
            "hyphenated",
            "A 48-hour strike began.",
            "DURATION",
            "48-hour",
            Some("PT48H"),
        ),
        (
            "compound",
            "It took 2 years 3 months.",
            "DURATION",
            "2 years 3 months",
            Some("P2Y3M"),
        ),
        (
            "hour and minutes",
            "It took an hour and 20 minutes.",
            "DURATION",
            "an hour and 20 minutes",
            Some("PT1H20M"),
        ),
        (
            "half an hour",
            "Wait half an hour.",
            "DURATION",
            "half an hour",
            Some("PT0.5H"),
        ),
        (
            "range",
            "It takes 2 to 3 weeks.",
            "DURATION",
            "2 to 3 weeks",
            None,
        ),
        (
            "couple",
            "It takes a couple of days.",
            "DURATION",
            "a couple of days",
            None,
        ),
    ]);
}

/// A count, then "upcoming", "coming", "past" or "previous", then its unit (branch `time26`):
/// the units after or before now, as "the next two weeks" is (a DATE carrying the length);
/// "past" as a clock word and a count of things stay as they were.
#[test]
fn a_count_of_units_after_or_before_now() {
    check(&[
        (
            "upcoming weeks",
            "Rain is due over the two upcoming weeks.",
            "DATE",
            "two upcoming weeks",
            Some("P2W"),
        ),
        (
            "coming days in digits",
            "Expect delays in the 3 coming days.",
            "DATE",
            "3 coming days",
            Some("P3D"),
        ),
        (
            "past years",
            "Prices doubled in the two past years.",
            "DATE",
            "two past years",
            Some("P2Y"),
        ),
        (
            "previous quarters",
            "Sales fell in the four previous quarters.",
            "DATE",
            "four previous quarters",
            Some("P12M"),
        ),
        (
            "upcoming months",
            "Ten upcoming months are booked.",
            "DATE",
            "Ten upcoming months",
            Some("P10M"),
        ),
        // "past" as a clock word stays one.
        (
            "half past",
            "We met at half past 3.",
            "TIME",
            "half past 3",
            Some("T03:30"),
        ),
    ]);
    for (sentence, not) in [
        ("The two upcoming games are sold out.", "upcoming"),
        ("Three past winners spoke.", "past"),
        ("The 2 previous owners kept it well.", "previous"),
    ] {
        let got = figures(sentence);
        assert!(
            !got.iter().any(|(_, t, _)| t.contains(not)),
            "{sentence:?} gave {got:?}"
        );
    }
}
