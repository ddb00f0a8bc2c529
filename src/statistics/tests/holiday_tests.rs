//! Holidays of the generated lexicon on made-up sentences: the span, and the ISO date where the
//! holiday has a fixed day or the year is written.

use super::*;

pub(super) fn dates(text: &str) -> Vec<(String, Option<String>)> {
    annotate(text)
        .into_iter()
        .filter(|a| a.kind == "DATE")
        .map(|a| {
            let t = a.text(text).to_string();
            match a.detail {
                annotation::Detail::Statistic(d) => (t, d.extra().iso.clone()),
                _ => (t, None),
            }
        })
        .collect()
}

/// (case, sentence, covered text, ISO date when one is expected).
pub(super) type Case<'a> = (&'a str, &'a str, &'a str, Option<&'a str>);

/// Each sentence gives a DATE covering `span`, with the ISO date where one is given.
pub(super) fn check_dates(cases: &[Case]) {
    let mut names = std::collections::HashSet::new();
    for (name, text, span, iso) in cases {
        assert!(names.insert(name), "duplicate case name {name}");
        let got = dates(text);
        assert!(
            got.iter()
                .any(|(t, i)| t == span && (iso.is_none() || i.as_deref() == *iso)),
            "{name}: {text:?} gave {got:?}"
        );
    }
}

#[test]
fn generated_holidays_are_dates() {
    let cases: &[Case] = &[
        (
            "movable_with_year",
            "Sales peaked at Diwali 2019 in the north.",
            "Diwali 2019",
            Some("2019-10-27"),
        ),
        (
            "fixed_with_year",
            "The treaty was marked on Waitangi Day 2020 as usual.",
            "Waitangi Day 2020",
            Some("2020-02-06"),
        ),
        (
            "apostrophe_straight",
            "Crowds gathered on Saint Patrick's Day 2021 downtown.",
            "Saint Patrick's Day 2021",
            Some("2021-03-17"),
        ),
        (
            "apostrophe_curly",
            "Crowds gathered on Saint Patrick’s Day 2021 downtown.",
            "Saint Patrick’s Day 2021",
            Some("2021-03-17"),
        ),
        (
            "longer_name_wins",
            "Shops shut on Easter Sunday 2019, officials said.",
            "Easter Sunday 2019",
            Some("2019-04-21"),
        ),
        (
            "hyphenated_name",
            "Prayers for Eid al-Fitr 2018 drew thousands.",
            "Eid al-Fitr 2018",
            None,
        ),
        (
            "movable_without_year",
            "Schools close for Yom Kippur, the union said.",
            "Yom Kippur",
            None,
        ),
    ];
    check_dates(cases);
}

#[test]
fn holiday_words_in_prose_are_not_dates() {
    let cases: &[(&str, &str)] = &[
        (
            "lower_case_name",
            "They asked for a family day out with 3 friends.",
        ),
        ("name_word_alone", "The labour market added 20 jobs."),
        (
            "common_first_word",
            "It was a human rights day out for 5 teams.",
        ),
    ];
    let mut names = std::collections::HashSet::new();
    for (name, text) in cases {
        assert!(names.insert(name), "duplicate case name {name}");
        let got = dates(text);
        assert!(got.is_empty(), "{name}: {text:?} gave {got:?}");
    }
}

#[test]
fn lower_case_holiday_names_with_a_cue() {
    // (name, text, the DATE's covered text, or "" when no date may cover the name). The texts
    // that must read no date have a capital somewhere: in a text with none, case says nothing
    // (`holiday_names_in_a_text_without_capitals`).
    let cases: &[(&str, &str, &str)] = &[
        (
            "year_after",
            "we met on boxing day 2019 again",
            "boxing day 2019",
        ),
        (
            "next_before",
            "the shop shuts next waitangi day",
            "waitangi day",
        ),
        ("last_before", "he proposed last anzac day", "anzac day"),
        ("since_before", "prices rose since canada day", "canada day"),
        (
            "national_day_phrase",
            "They called a national day of mourning",
            "",
        ),
        (
            "possessive",
            "crowds gathered for saint patrick's day",
            "saint patrick's day",
        ),
        (
            "new_years_eve",
            "a party for new year's eve downtown",
            "new year's eve",
        ),
        (
            "new_years_day",
            "closed new year's day as usual",
            "new year's day",
        ),
        ("plain_family_day", "It was a family day out at the zoo", ""),
        ("day_of_phrase", "A day of reconciliation followed", ""),
        ("plain_new_year", "A new year of growth", ""),
    ];
    for (name, text, want) in cases {
        let got = dates(text);
        if want.is_empty() {
            assert!(got.is_empty(), "{name}: {text:?} read {got:?}");
        } else {
            assert!(
                got.iter().any(|(t, _)| t.ends_with(want)),
                "{name}: {text:?} read {got:?}"
            );
        }
    }
}

#[test]
fn christmas_in_lower_case_is_no_plural() {
    // (name, text, the DATE's covered text).
    let cases: &[(&str, &str, &str)] = &[
        ("christmas_alone", "we flew home for christmas", "christmas"),
        ("xmas_alone", "see you at xmas", "xmas"),
        (
            "christmas_eve",
            "the shop shuts christmas eve",
            "christmas eve",
        ),
        (
            "christmas_with_year",
            "it snowed on christmas 2010",
            "christmas 2010",
        ),
    ];
    for (name, text, want) in cases {
        let got = dates(text);
        assert!(
            got.iter().any(|(t, _)| t == want),
            "{name}: {text:?} read {got:?}"
        );
    }
    // A plural first word still needs a cue in lower case ("a mothers day care centre").
    let got = dates("a mothers day care centre opened");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn holiday_names_in_a_text_without_capitals() {
    // (name, text with no capital letter, the DATE's covered text).
    let cases: &[(&str, &str, &str)] = &[
        ("two_words", "we marched on anzac day", "anzac day"),
        ("movable_feast", "see you on palm sunday", "palm sunday"),
        ("a_name_alone", "boxing day", "boxing day"),
        (
            "three_words",
            "the shops close for good friday",
            "good friday",
        ),
    ];
    for (name, text, want) in cases {
        let got = dates(text);
        assert!(
            got.iter().any(|(t, _)| t == want),
            "{name}: {text:?} read {got:?}"
        );
    }
    // One capital anywhere and the name needs its cue again.
    for text in ["We marched. palm sunday came", "Crowds at palm sunday mass"] {
        let got = dates(text);
        assert!(
            !got.iter().any(|(t, _)| t.contains("palm sunday")),
            "{text:?} read {got:?}"
        );
    }
}

#[test]
fn saints_abbreviated_and_possessives_without_apostrophes() {
    // (name, text, the DATE's covered text).
    let cases: &[(&str, &str, &str)] = &[
        (
            "st_dot",
            "Parades filled Boston on St. Patrick's Day.",
            "St. Patrick's Day",
        ),
        (
            "st_plain",
            "Pubs were full on St Patrick's Day 2019.",
            "St Patrick's Day 2019",
        ),
        (
            "new_years_eve",
            "Fireworks lit the sky on New Years Eve.",
            "New Years Eve",
        ),
        (
            "new_years_day_lower",
            "we slept in on new years day",
            "new years day",
        ),
        (
            "presidents_day",
            "Banks close on Presidents Day.",
            "Presidents Day",
        ),
    ];
    for (name, text, want) in cases {
        let got = dates(text);
        assert!(
            got.iter().any(|(t, _)| t == want),
            "{name}: {text:?} read {got:?}"
        );
    }
    // A street is no saint's day.
    let got = dates("He lives on Main St near the park.");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_holidays_year_after_in_of_or_in_words() {
    // (name, text, the DATE's covered text, its ISO date).
    let cases: &[(&str, &str, &str, &str)] = &[
        (
            "in_year",
            "Diwali in 2019 drew crowds.",
            "Diwali in 2019",
            "2019-10-27",
        ),
        (
            "of_year",
            "Boxing Day of 2016 was mild.",
            "Boxing Day of 2016",
            "2016-12-26",
        ),
        (
            "spoken_year",
            "We married on Christmas two thousand ten.",
            "Christmas two thousand ten",
            "2010-12-25",
        ),
    ];
    for (name, text, want, iso) in cases {
        let got = dates(text);
        assert!(
            got.iter()
                .any(|(t, i)| t == want && i.as_deref() == Some(*iso)),
            "{name}: {text:?} read {got:?}"
        );
    }
    // A count after "in" is no year of the holiday.
    let got = dates("Christmas in 2000 km of lights was lit.");
    assert!(!got.iter().any(|(t, _)| t.contains("2000")), "{got:?}");
}

/// Seasons of several days that the package dates with its own calendars (Ramadan, Hanukkah,
/// Passover) span from their first day to their last once the year is written; the names news
/// uses for holidays the package keeps under another ("Juneteenth", "Pentecost") are read too.
#[test]
fn seasons_span_their_days_and_aliases_are_read() {
    let cases: &[Case] = &[
        (
            "ramadan_with_year",
            "Food prices climbed during Ramadan 2024 across the region.",
            "Ramadan 2024",
            Some("2024-03-11/2024-04-09"),
        ),
        (
            "hanukkah_into_next_year",
            "Candles were lit for Hanukkah 2024 in the square.",
            "Hanukkah 2024",
            Some("2024-12-26/2025-01-02"),
        ),
        (
            "passover_with_year",
            "Families travelled for Passover 2023, police said.",
            "Passover 2023",
            Some("2023-04-06/2023-04-12"),
        ),
        (
            "season_without_year",
            "The market stays open late in Ramadan, traders said.",
            "Ramadan",
            None,
        ),
        (
            "alias_fixed",
            "Parades marked Juneteenth 2022 in several cities.",
            "Juneteenth 2022",
            Some("2022-06-19"),
        ),
        (
            "alias_movable",
            "Churches filled on Pentecost 2025 as expected.",
            "Pentecost 2025",
            Some("2025-06-08"),
        ),
    ];
    check_dates(cases);
}

/// Days counted from Easter that are nobody's day off, so the holidays package leaves them out:
/// Shrove Tuesday (with Mardi Gras and Pancake Day, 47 days before Easter), Palm Sunday, Lent,
/// the Orthodox Easter, Clean Monday and Great Lent, computed by the script from the computus; "MLK Day" is the package's Martin
/// Luther King Jr. Day. "Orthodox" alone stays a word.
#[test]
fn days_counted_from_easter_and_short_names() {
    let cases: &[Case] = &[
        (
            "shrove_tuesday_leap_year",
            "Bakers sold out on Shrove Tuesday 2028, a leap year.",
            "Shrove Tuesday 2028",
            Some("2028-02-29"),
        ),
        (
            "mardi_gras_with_year",
            "Crowds lined the streets for Mardi Gras 2019 in the old town.",
            "Mardi Gras 2019",
            Some("2019-03-05"),
        ),
        (
            "pancake_day_with_year",
            "Pancake Day 2021 was held online.",
            "Pancake Day 2021",
            Some("2021-02-16"),
        ),
        (
            "orthodox_easter_differs",
            "Orthodox Easter 2024 came five weeks after the western one.",
            "Orthodox Easter 2024",
            Some("2024-05-05"),
        ),
        (
            "lent_season",
            "Sales of fish rose during Lent 2018, grocers said.",
            "Lent 2018",
            Some("2018-02-14/2018-03-31"),
        ),
        (
            "great_lent_orthodox",
            "Great Lent 2019 began on Clean Monday.",
            "Great Lent 2019",
            Some("2019-03-11/2019-04-19"),
        ),
        (
            "clean_monday_orthodox",
            "Kites flew over Athens on Clean Monday 2018.",
            "Clean Monday 2018",
            Some("2018-02-19"),
        ),
        (
            "palm_sunday_computed",
            "Processions marked Palm Sunday 2022 in the old city.",
            "Palm Sunday 2022",
            Some("2022-04-10"),
        ),
        (
            "mlk_day_short_name",
            "Offices were shut for MLK Day 2023, the council said.",
            "MLK Day 2023",
            Some("2023-01-16"),
        ),
    ];
    check_dates(cases);
    // "Orthodox" alone, and "lent" the verb in lower case, are no dates.
    for text in [
        "The Orthodox Church said it would meet.",
        "An Orthodox priest spoke.",
        "He lent me his car for the trip.",
    ] {
        assert!(dates(text).is_empty(), "{text:?} gave {:?}", dates(text));
    }
}

/// Festivals that states keep rather than the nation (India's Dussehra, Onam and Pohela
/// Boishakh, Malaysia's Thaipusam and Hari Raya) come from the package's calendars of each state.
#[test]
fn festivals_kept_by_states() {
    let cases: &[Case] = &[
        (
            "dussehra_with_year",
            "Effigies burned across the city on Dussehra 2019, officials said.",
            "Dussehra 2019",
            Some("2019-10-08"),
        ),
        (
            "thaipusam_with_year",
            "Pilgrims climbed the steps for Thaipusam 2020 before dawn.",
            "Thaipusam 2020",
            Some("2020-02-08"),
        ),
        (
            "hari_raya_with_year",
            "Traffic jams marked Hari Raya Puasa 2023 on the main highway.",
            "Hari Raya Puasa 2023",
            None,
        ),
        (
            "state_new_year",
            "Offices closed for Pohela Boishakh 2021, the Bengali new year.",
            "Pohela Boishakh 2021",
            Some("2021-04-14"),
        ),
        (
            "hyphens_as_spaces",
            "Markets shut for Eid al Adha 2019 across the region.",
            "Eid al Adha 2019",
            Some("2019-08-11"),
        ),
        (
            "spaces_as_hyphens",
            "Markets shut for Eid-al-Adha 2019 across the region.",
            "Eid-al-Adha 2019",
            Some("2019-08-11"),
        ),
        (
            "harvest_festival",
            "Onam 2020 was marked quietly at home.",
            "Onam 2020",
            Some("2020-08-31"),
        ),
    ];
    check_dates(cases);
}
