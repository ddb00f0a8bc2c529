//! Holiday names as news writes them (session 34): a name several countries keep on different
//! days resolves to the day most widely kept (the US states' "Presidents' Day" over Botswana's
//! "President's Day"), and a name's word is read whatever its apostrophe's place and the "s"
//! after it ("Veteran's Day", "Groundhogs Day", "All Saint's Day"); with look-alikes that stay
//! no date.

use super::holiday_tests::{check_dates, dates, Case};

#[test]
fn a_shared_name_takes_the_most_widely_kept_day() {
    let cases: &[Case] = &[
        (
            "plain",
            "The sale ends on Presidents Day 2019.",
            "Presidents Day 2019",
            Some("2019-02-18"),
        ),
        (
            "plural possessive",
            "Markets were shut on Presidents' Day 2020.",
            "Presidents' Day 2020",
            Some("2020-02-17"),
        ),
        (
            "singular possessive",
            "The mall was full on President's Day 2021.",
            "President's Day 2021",
            Some("2021-02-15"),
        ),
        (
            "lower case with a year",
            "sales peak around presidents day 2019 each winter",
            "around presidents day 2019",
            Some("2019-02-18"),
        ),
        (
            "labor day",
            "The strike began on Labor Day 2019.",
            "Labor Day 2019",
            Some("2019-09-02"),
        ),
        (
            "a state's day",
            "Juneau celebrated Alaska Day 2019 with a parade.",
            "Alaska Day 2019",
            Some("2019-10-18"),
        ),
        (
            "washington's birthday",
            "Banks closed for Washington's Birthday 2019.",
            "Washington's Birthday 2019",
            Some("2019-02-18"),
        ),
    ];
    check_dates(cases);
}

#[test]
fn a_names_word_with_its_apostrophe_anywhere() {
    let cases: &[Case] = &[
        (
            "veteran's",
            "He marched on Veteran's Day 2019.",
            "Veteran's Day 2019",
            Some("2019-11-11"),
        ),
        (
            "veterans",
            "He marched on Veterans Day 2019.",
            "Veterans Day 2019",
            Some("2019-11-11"),
        ),
        (
            "veterans'",
            "He marched on Veterans' Day 2019.",
            "Veterans' Day 2019",
            Some("2019-11-11"),
        ),
        (
            "veteran’s curly",
            "He marched on Veteran’s Day 2020.",
            "Veteran’s Day 2020",
            Some("2020-11-11"),
        ),
        (
            "groundhogs",
            "Phil looked out on Groundhogs Day 2020.",
            "Groundhogs Day 2020",
            Some("2020-02-02"),
        ),
        (
            "groundhog",
            "Phil looked out on Groundhog Day 2020.",
            "Groundhog Day 2020",
            Some("2020-02-02"),
        ),
        (
            "all saint's",
            "Mass is said on All Saint's Day 2019.",
            "All Saint's Day 2019",
            Some("2019-11-01"),
        ),
        (
            "all saints'",
            "Mass is said on All Saints' Day 2019.",
            "All Saints' Day 2019",
            Some("2019-11-01"),
        ),
        (
            "all saints",
            "Mass is said on All Saints Day 2019.",
            "All Saints Day 2019",
            Some("2019-11-01"),
        ),
        (
            "lincoln's birthday",
            "Banks closed on Lincoln's Birthday 2019.",
            "Lincoln's Birthday 2019",
            Some("2019-02-12"),
        ),
        (
            "mothers",
            "Flowers for Mothers Day 2019.",
            "Mothers Day 2019",
            None,
        ),
        (
            "mother's",
            "Flowers for Mother's Day 2019.",
            "Mother's Day 2019",
            None,
        ),
    ];
    check_dates(cases);
}

#[test]
fn look_alikes_of_the_forms_stay_prose() {
    for (name, text, word) in [
        ("saints day out", "The kids had a saints day out.", "saints"),
        (
            "veterans' centre",
            "They went to the veterans' day centre.",
            "veterans",
        ),
        (
            "veteran's day job",
            "It was a veteran's day job.",
            "veteran",
        ),
        (
            "veteran reporter",
            "A veteran reporter spent the day there.",
            "veteran",
        ),
        (
            "groundhogs in prose",
            "Three groundhogs day after day dug holes.",
            "groundhogs",
        ),
        (
            "all saints school",
            "She teaches at All Saints School.",
            "Saints",
        ),
    ] {
        let got = dates(text);
        assert!(
            got.iter().all(|(t, _)| !t.contains(word)),
            "{name}: {text:?} gave {got:?}"
        );
    }
}
