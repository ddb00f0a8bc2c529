//! Named cases of the classes the seventh news-figures set showed (branch `newsfigs37`, issue
//! 12: `tests/fixtures/news-figures-37.txt`, its tuned part, and the left-overs of the sixth),
//! each class with made-up sentences and the look-alikes it must leave alone. No sentence is
//! taken from the set.

use crate::statistics::tests::report_form_tests::{absent, check};

#[test]
fn parts_per_million_and_a_rate_before_in() {
    check(&[
        (
            "ppb",
            "Ozone reached 70 ppb on the coast.",
            "QUANTITY \"70 ppb\" value=70 unit=per billion",
        ),
        (
            "ppm",
            "The well held 2.5 ppm of arsenic.",
            "QUANTITY \"2.5 ppm\" value=2.5 unit=per million",
        ),
        (
            "parts per billion, then in and a year",
            "Methane averaged 1,930 parts per billion in 2023.",
            "QUANTITY \"1,930 parts per billion\" value=1930 unit=per billion",
        ),
    ]);
    // Look-alike: the letters in capitals name something else.
    absent(&[("capitals", "The firm bought 40 PPM units.", "40 PPM")]);
}

#[test]
fn a_month_after_a_superlative() {
    check(&[
        (
            "its driest",
            "The city had its driest May in 40 years.",
            "DATE \"May\"",
        ),
        (
            "a possessive",
            "It was Scotland's sunniest May for a decade.",
            "DATE \"May\"",
        ),
        (
            "the busiest, March",
            "Airports had the busiest March on record.",
            "DATE \"March\"",
        ),
    ]);
    // Look-alikes: a person's name after a verb, the modal.
    absent(&[
        ("a name", "Polls suggest May will lose.", "May"),
        ("a modal", "The strongest may fail.", "may"),
    ]);
}

#[test]
fn an_age_in_a_clause_of_time() {
    check(&[
        (
            "when he was",
            "He began running when he was 12.",
            "QUANTITY \"12\" value=12 unit=year",
        ),
        (
            "since they were",
            "They have sung together since they were 16, in Leeds.",
            "QUANTITY \"16\" value=16 unit=year",
        ),
    ]);
    // Look-alikes: a thing's "it", no clause of time (counts), a unit after the number.
    check(&[
        (
            "it was",
            "When it was 15 the pump failed.",
            "CARDINAL \"15\" value=15",
        ),
        (
            "no clause",
            "The total was 15 and rising.",
            "CARDINAL \"15\" value=15",
        ),
    ]);
    absent(&[("a unit", "When she was 15 points clear she slowed.", "15")]);
}

#[test]
fn a_participle_with_a_counted_object_took_its_length() {
    check(&[
        (
            "winning",
            "She retired after winning three titles in four years.",
            "DURATION \"four years\" iso=P4Y",
        ),
        (
            "scoring",
            "He ended the night scoring 30 points in 12 minutes.",
            "DURATION \"12 minutes\" iso=PT12M",
        ),
    ]);
    // Look-alike: a plan still to come stays a time from now.
    check(&[(
        "planning",
        "The chain is planning 20 stores in two years.",
        "DATE \"in two years\" iso=P2Y",
    )]);
}

#[test]
fn the_week_to_a_day() {
    check(&[
        (
            "a weekday",
            "Sales rose 2% in the week to Saturday.",
            "DATE \"the week to Saturday\"",
        ),
        (
            "ending a day",
            "Cases fell in the week ending 10 May.",
            "DATE \"the week ending 10 May\"",
        ),
    ]);
    // Look-alike: no day after "to".
    absent(&[("to come", "The week to come looks wet.", "The week to come")]);
}

#[test]
fn a_clock_recurrence_apart_from_its_hours() {
    check(&[
        (
            "the recurrence",
            "Trams run every 10 minutes from 7am to 11pm.",
            "DATE \"every 10 minutes\" qualifier=every",
        ),
        (
            "the hours",
            "Trams run every 10 minutes from 7am to 11pm.",
            "TIME \"from 7am to 11pm\" qualifier=between iso=T07:00/T23:00",
        ),
    ]);
    // Look-alike: a weekday's recurrence keeps its hours.
    check(&[(
        "a weekday",
        "The library opens every Monday from 9am to 5pm.",
        "TIME \"every Monday from 9am to 5pm\" qualifier=every iso=T09:00/T17:00",
    )]);
}

#[test]
fn a_sign_letter_that_is_also_a_unit() {
    check(&[(
        "W for the won",
        "South Korea's budget adds W3.5 trillion for chip makers.",
        "MONEY \"W3.5 trillion\" value=3500000000000 unit=KRW",
    )]);
    // Look-alike: no country or currency named.
    absent(&[("no country", "The heater W500 is sold out.", "W500")]);
}

#[test]
fn a_number_before_a_labelled_thing() {
    absent(&[
        ("a route", "Take the number 27 route to the station.", "27"),
        ("a shirt", "He wore the number 9 shirt.", "9"),
    ]);
    // Look-alike: a rank.
    check(&[(
        "ranked",
        "She is ranked number 3 in the world.",
        "ORDINAL \"number 3\" value=3",
    )]);
}

#[test]
fn a_decimal_point_ends_no_announcing_clause() {
    check(&[
        (
            "expected, a decimal between",
            "Tuesday 3 March 2026\nThe bank is expected to cut rates to 3.5% on 19 March.",
            "DATE \"19 March\" iso=2026-03-19",
        ),
        (
            "will, a decimal between",
            "Tuesday 3 March 2026\nThe council will raise fees by 2.5% from April.",
            "DATE \"April\" iso=2026-04",
        ),
    ]);
    // Look-alike: the past stays the past.
    check(&[(
        "rose",
        "Tuesday 3 March 2026\nPrices rose 4.5% on 10 March.",
        "DATE \"10 March\" iso=2025-03-10",
    )]);
}
