//! Other names of holidays (branch `time27`): the names that calendars of countries beyond the
//! 28 of `holiday_dates.py` give a feast, from the `holidays` package and `workalendar`
//! (`scripts/lexicons/other_names.py`), with the day the countries agree on; look-alikes in
//! prose stay as they were.

use super::holiday_tests::{check_dates, dates, Case};

#[test]
fn other_names_of_feasts_are_dated() {
    let cases: &[Case] = &[
        (
            "all_saints_without_apostrophe",
            "Shops shut on All Saints Day 2021 in Lyon.",
            "All Saints Day 2021",
            Some("2021-11-01"),
        ),
        (
            "ascension_thursday",
            "The parade was held on Ascension Thursday 2024.",
            "Ascension Thursday 2024",
            Some("2024-05-09"),
        ),
        (
            "holy_thursday",
            "Services began on Holy Thursday 2023.",
            "Holy Thursday 2023",
            Some("2023-04-06"),
        ),
        (
            "pentecost_sunday",
            "Pilgrims came on Pentecost Sunday 2024.",
            "Pentecost Sunday 2024",
            Some("2024-05-19"),
        ),
        (
            "orthodox_christmas_day",
            "Churches filled on Orthodox Christmas Day 2025.",
            "Orthodox Christmas Day 2025",
            Some("2025-01-07"),
        ),
        (
            "chuseok",
            "Chuseok 2024 brought heavy traffic.",
            "Chuseok 2024",
            Some("2024-09-17"),
        ),
        (
            "buddhas_birthday",
            "Lanterns were lit for Buddha's Birthday 2024.",
            "Buddha's Birthday 2024",
            Some("2024-05-15"),
        ),
        (
            "midsummers_eve",
            "Bonfires burned on Midsummer's Eve 2024.",
            "Midsummer's Eve 2024",
            Some("2024-06-21"),
        ),
        (
            "reformation_day",
            "Reformation Day 2022 fell on a Monday.",
            "Reformation Day 2022",
            Some("2022-10-31"),
        ),
        (
            "europe_day",
            "Flags flew on Europe Day 2020.",
            "Europe Day 2020",
            Some("2020-05-09"),
        ),
        (
            "international_workers_day",
            "Unions marched on International Workers' Day 2023.",
            "International Workers' Day 2023",
            Some("2023-05-01"),
        ),
    ];
    check_dates(cases);
}

#[test]
fn words_of_other_names_in_prose_are_no_dates() {
    for text in [
        "The carnival came to town.",
        "She had an epiphany at work.",
        "Saints and sinners met on Thursday.",
        "The new year brought more rain.",
        "Spring festival tickets sold out.",
    ] {
        let got = dates(text);
        assert!(
            got.iter().all(|(t, _)| t == "Thursday"),
            "{text:?} gave {got:?}"
        );
    }
}

#[test]
fn a_year_after_a_word_that_opens_only_a_holiday() {
    // "Europe" opens "Europe Day": before a year and a noun it is still a name's word.
    let got = dates("Visit Europe 2019 now.");
    assert!(
        got.iter()
            .any(|(t, i)| t == "2019" && i.as_deref() == Some("2019")),
        "{got:?}"
    );
}
