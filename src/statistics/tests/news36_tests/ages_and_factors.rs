//! Ages written with neither "aged" nor commas ("as young as 11", "a man of 65"), and "twice
//! as likely" as one factor with its comparison, as "three times as likely".

use crate::statistics::tests::report_form_tests::{absent, check, lines};

#[test]
fn an_age_after_as_young_as() {
    check(&[
        (
            "young, digits",
            "Some pupils were as young as 11 when they joined.",
            "QUANTITY \"11\" value=11 unit=year",
        ),
        (
            "young, words",
            "Recruits were as young as nine.",
            "QUANTITY \"nine\" value=9 unit=year",
        ),
        (
            "old",
            "Voters as old as 97 queued in the rain.",
            "QUANTITY \"97\" value=97 unit=year",
        ),
        (
            "clause goes on",
            "Patients as young as 30 have been admitted.",
            "QUANTITY \"30\" value=30 unit=year",
        ),
    ]);
    // Look-alikes: a unit, a plural or a share after the number; "as many as" is a bound.
    check(&[
        (
            "a unit",
            "The trees are as old as 300 years.",
            "DURATION \"300 years\" iso=P300Y",
        ),
        (
            "as many as",
            "As many as 40 people were hurt.",
            "CARDINAL \"40\" value=40 qualifier=as many as max=40",
        ),
    ]);
    absent(&[("a share", "Rates as high as 12% were paid.", "12")]);
}

#[test]
fn an_age_after_a_person_and_of() {
    check(&[
        (
            "a man",
            "A man of 65 can expect another 18 years.",
            "QUANTITY \"65\" value=65 unit=year",
        ),
        (
            "a girl, words",
            "She was a girl of nine when the war ended.",
            "QUANTITY \"nine\" value=9 unit=year",
        ),
        (
            "women",
            "Women of 70 are now offered the scan.",
            "QUANTITY \"70\" value=70 unit=year",
        ),
        (
            "a pensioner, sentence ends",
            "The victim was a pensioner of 88.",
            "QUANTITY \"88\" value=88 unit=year",
        ),
    ]);
    // Look-alikes: a height, a count of things, a date.
    check(&[
        (
            "a height",
            "He was a man of 6 feet and more.",
            "QUANTITY \"6 feet\" value=6 unit=ft",
        ),
        (
            "a count of nations",
            "Women of 40 nations took part.",
            "CARDINAL \"40\" value=40",
        ),
    ]);
    absent(&[("a date", "He was a victim of 9/11.", "9")]);
}

#[test]
fn twice_as_likely_is_one_factor() {
    check(&[
        (
            "likely",
            "Smokers were twice as likely to develop it.",
            "CARDINAL \"twice as likely\" value=2 unit=× change=Up",
        ),
        (
            "many",
            "There were twice as many cases as in May.",
            "CARDINAL \"twice as many\" value=2 unit=× change=Up",
        ),
        (
            "as fast as",
            "The new chip is twice as fast as the old one.",
            "CARDINAL \"twice as fast\" value=2 unit=× change=Up",
        ),
        (
            "as much",
            "Londoners pay twice as much for rent.",
            "CARDINAL \"twice as much\" value=2 unit=× change=Up",
        ),
        (
            "three times, unchanged",
            "It is three times as likely to fail.",
            "CARDINAL \"three times as likely\" value=3 unit=× change=Up",
        ),
    ]);
    // Look-alikes: "twice the", and "as" that opens no comparison, keep "twice" alone.
    absent(&[
        (
            "twice the",
            "It costs twice the national average.",
            "twice the",
        ),
        (
            "as a clause",
            "Prices rose twice as wages stalled.",
            "twice as wages",
        ),
    ]);
    for text in [
        "It costs twice the national average.",
        "Prices rose twice as wages stalled.",
    ] {
        assert!(
            lines(text)
                .iter()
                .any(|l| l.starts_with("CARDINAL \"twice\" value=2")),
            "{text}: \"twice\" alone"
        );
    }
}
