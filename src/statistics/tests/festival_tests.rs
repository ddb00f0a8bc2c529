//! Festivals of the Islamic, Hebrew and Hindu calendars under the spellings transliteration
//! gives, and observances no holiday package keeps, on made-up sentences; with look-alikes that
//! must stay what they are.

use super::holiday_tests::{check_dates, dates};

#[test]
fn islamic_feasts_in_their_spellings() {
    check_dates(&[
        (
            "eid_ul_spaced",
            "Eid ul Fitr falls on a Friday.",
            "Eid ul Fitr",
            None,
        ),
        (
            "id_ul_hyphens",
            "Markets shut for Id-ul-Adha 2030 across the region.",
            "Id-ul-Adha 2030",
            None,
        ),
        (
            "eid_el_hyphens",
            "Prices rose before Eid-el-Fitr 2031 as families shopped.",
            "Eid-el-Fitr 2031",
            None,
        ),
        (
            "qaf_as_k",
            "Mosques filled on Laylat al-Kadr 2025, the night of power.",
            "Laylat al-Kadr 2025",
            None,
        ),
        (
            "isra_without_its_apostrophe",
            "Schools closed for Isra and Mi'raj 2026 in several states.",
            "Isra and Mi'raj 2026",
            None,
        ),
    ]);
}

#[test]
fn hebrew_feasts_in_their_spellings() {
    check_dates(&[
        (
            "chanukah_with_year",
            "Sales climbed during Chanukah 2031.",
            "Chanukah 2031",
            Some("2031-12-10/2031-12-17"),
        ),
        (
            "hanuka_short",
            "The lights went up for Hanuka 2031 downtown.",
            "Hanuka 2031",
            Some("2031-12-10/2031-12-17"),
        ),
        (
            "rosh_hashana_without_h",
            "Flights were full for Rosh Hashana 2027.",
            "Rosh Hashana 2027",
            Some("2027-10-02/2027-10-03"),
        ),
        (
            "succos_ashkenazi",
            "The booth was built for Succos 2025 in the yard.",
            "Succos 2025",
            Some("2025-10-07/2025-10-13"),
        ),
        (
            "sukkos_mixed",
            "Sukkos 2025 drew visitors to the old city.",
            "Sukkos 2025",
            Some("2025-10-07/2025-10-13"),
        ),
        (
            "shavuot_sephardi",
            "Dairy sales peak near Shavuot 2029 each spring.",
            "Shavuot 2029",
            Some("2029-05-20"),
        ),
        (
            "baomer_joined",
            "Bonfires were lit for Lag Baomer 2027 in the hills.",
            "Lag Baomer 2027",
            None,
        ),
        (
            "tu_bshvat_from_the_calendar",
            "Trees were planted on Tu B'Shvat 2030 by pupils.",
            "Tu B'Shvat 2030",
            Some("2030-01-19"),
        ),
        (
            "simchas_torah",
            "Dancing filled the street on Simchas Torah.",
            "Simchas Torah",
            None,
        ),
    ]);
}

#[test]
fn hindu_feasts_in_their_spellings() {
    check_dates(&[
        (
            "karva_chauth",
            "Jewellers expect a rush for Karva Chauth 2018.",
            "Karva Chauth 2018",
            None,
        ),
        (
            "rama_navami",
            "Temples were decorated for Rama Navami 2020 early.",
            "Rama Navami 2020",
            None,
        ),
        (
            "ratha_yatra_hyphen",
            "Pilgrims gathered for the Ratha-Yatra 2018 procession.",
            "Ratha-Yatra 2018",
            None,
        ),
        (
            "jayanti_without_possessive",
            "Offices closed for Guru Ravi Das Jayanti 2019 in Punjab.",
            "Guru Ravi Das Jayanti 2019",
            None,
        ),
        (
            "laxmi_puja",
            "Shops opened late for Laxmi Puja 2019.",
            "Laxmi Puja 2019",
            None,
        ),
        (
            "restricted_holiday",
            "Banks in the state marked Lohri 2020 with a half day.",
            "Lohri 2020",
            None,
        ),
    ]);
}

#[test]
fn observances_no_package_keeps() {
    check_dates(&[
        (
            "earth_day",
            "Volunteers cleaned the beach on Earth Day.",
            "Earth Day",
            None,
        ),
        (
            "bastille_day",
            "Fireworks lit Paris on Bastille Day 2024.",
            "Bastille Day 2024",
            Some("2024-07-14"),
        ),
        (
            "ve_day",
            "Veterans marched on VE Day 2025 in London.",
            "VE Day 2025",
            Some("2025-05-08"),
        ),
        (
            "bonfire_night",
            "Pets hide on Bonfire Night.",
            "Bonfire Night",
            None,
        ),
        (
            "super_tuesday",
            "Fourteen states vote on Super Tuesday, officials said.",
            "Super Tuesday",
            None,
        ),
    ]);
}

/// Look-alikes: the words of festivals' names where they name none.
#[test]
fn festival_words_that_name_no_festival() {
    let cases: &[(&str, &str, &str)] = &[
        ("eid_a_name_alone", "Eid said the plan would work.", "Eid"),
        (
            "id_a_card",
            "Bring your ID to the counter on arrival.",
            "ID",
        ),
        (
            "holi_inside_a_word",
            "Holiday bookings rose sharply.",
            "Holi",
        ),
        ("holistic", "A holistic review is under way.", "holi"),
        ("tax_rise", "The tax rise takes effect soon.", "tax"),
        ("earth_science", "Earth science lessons were cut.", "Earth"),
        ("mother_alone", "Her mother called twice.", "mother"),
        (
            "super_bowl",
            "Tickets for the Super Bowl sold out.",
            "Super",
        ),
        ("aid_el", "Aid reached the camp overnight.", "Aid"),
    ];
    for (name, text, word) in cases {
        let got = dates(text);
        assert!(
            !got.iter().any(|(t, _)| t.contains(word)),
            "{name}: {text:?} gave {got:?}"
        );
    }
}
