//! "the four days from 29 November" is a stretch of days and the day it starts from; a range of
//! ages written as a plural noun ("16 to 24-year-olds"); "magnitude-7.1"; the time a past event
//! took with where it happened between the verb and "in" ("fell on Cardiff in 24 hours").

use crate::statistics::tests::report_form_tests::{absent, check};

#[test]
fn a_stretch_of_days_from_a_day() {
    check(&[
        (
            "days from a date",
            "Shoppers spent £9bn over the four days from 29 November.",
            "DURATION \"four days\" iso=P4D",
        ),
        (
            "days from a holiday",
            "Sales rose during the five days from Thanksgiving.",
            "DURATION \"five days\" iso=P5D",
        ),
        (
            "weeks before",
            "Turnout fell in the three weeks before the election.",
            "DURATION \"three weeks\" iso=P3W",
        ),
        (
            "days after",
            "Rescuers worked through the 10 days after the storm.",
            "DURATION \"10 days\" iso=P10D",
        ),
    ]);
    check(&[(
        "the day is a date",
        "Shoppers spent £9bn over the four days from 29 November.",
        "DATE \"29 November\"",
    )]);
    // Look-alikes: with no "the" a length counts from the day; "the day after" is one day.
    check(&[(
        "counted from",
        "The shop opens two weeks from Monday.",
        "DATE \"two weeks from Monday\" iso=P2W",
    )]);
    absent(&[
        (
            "the day after",
            "Shops reopen the day after Christmas.",
            "day",
        ),
        ("a week from", "The vote is a week from Friday.", "a week"),
    ]);
}

#[test]
fn a_range_of_ages_as_a_plural_noun() {
    check(&[
        (
            "to",
            "The rate for 16 to 24-year-olds was 12.1%.",
            "QUANTITY \"16 to 24-year-olds\" unit=year qualifier=between min=16 max=24",
        ),
        (
            "hyphen",
            "Jobs for 18-24-year-olds fell again.",
            "QUANTITY \"18-24-year-olds\" unit=year qualifier=between min=18 max=24",
        ),
        (
            "singular",
            "The 25 to 34-year-old group grew fastest.",
            "QUANTITY \"25 to 34-year-old\" unit=year qualifier=between min=25 max=34",
        ),
        (
            "plural alone",
            "Uptake among five-year-olds fell to 84%.",
            "QUANTITY \"five-year-olds\" value=5 unit=year",
        ),
    ]);
    // A verb of change after the people an age names changes no age.
    check(&[(
        "no change",
        "Jobs for 18-24-year-olds fell again.",
        "QUANTITY \"18-24-year-olds\" unit=year qualifier=between min=18 max=24",
    )]);
    // Look-alikes: a length of a contract, a single age.
    absent(&[
        (
            "contract",
            "He signed a 16 to 24-year contract.",
            "16 to 24-year-olds",
        ),
        (
            "high end lower",
            "Both 24 to 16-year-olds went.",
            "24 to 16-year-olds",
        ),
    ]);
    check(&[(
        "one age",
        "A 24-year-old was arrested.",
        "QUANTITY \"24-year-old\" value=24 unit=year",
    )]);
}

#[test]
fn a_magnitude_glued_by_a_hyphen() {
    check(&[
        (
            "decimal",
            "A magnitude-7.1 earthquake struck the island.",
            "QUANTITY \"magnitude-7.1\" value=7.1 unit=magnitude",
        ),
        (
            "whole",
            "The magnitude-6 quake shook the capital.",
            "QUANTITY \"magnitude-6\" value=6 unit=magnitude",
        ),
    ]);
    // Look-alikes: another word glued to a number; a value past the scale.
    absent(&[
        ("top", "It was a top-10 finish.", "10"),
        (
            "past the scale",
            "A magnitude-12 quake is impossible.",
            "magnitude-12",
        ),
    ]);
}

#[test]
fn time_taken_past_where_it_happened() {
    check(&[
        (
            "on a city",
            "A record 103mm of rain fell on Cardiff in 24 hours.",
            "DURATION \"24 hours\" iso=PT24H",
        ),
        (
            "across a region",
            "The storm swept across North Wales in six hours.",
            "DURATION \"six hours\" iso=PT6H",
        ),
        (
            "in a city",
            "Prices rose in London in a year.",
            "DURATION \"a year\" iso=P1Y",
        ),
    ]);
    // Look-alikes: a time to come stays a date from now.
    absent(&[
        (
            "future",
            "The team will play at Wembley in two weeks.",
            "two weeks",
        ),
        ("present", "Fans meet in London in two weeks.", "two weeks"),
    ]);
}

#[test]
fn a_weekday_abbreviation_in_capitals_before_a_lower_case_word() {
    // An acronym: the test, a newspaper's readers.
    absent(&[
        ("test scores", "Average SAT scores fell 4 points.", "SAT"),
        ("readers", "A poll of SUN readers found 40% agreed.", "SUN"),
        ("sentence start", "SAT results are out on Friday.", "SAT"),
        ("wed", "The WED programme funds 12 schools.", "WED"),
    ]);
    // Look-alikes: a date goes on, a part of the day follows, the abbreviation in title case.
    check(&[
        ("date after", "Doors open SAT 5 May.", "DATE \"SAT 5 May\""),
        (
            "part of day",
            "Open SUN morning only.",
            "DATE \"SUN morning\"",
        ),
        (
            "title case",
            "The market opens Sat and Sun.",
            "DATE \"Sat\"",
        ),
    ]);
}
