//! Minor units by name across currencies, a whole amount and its minor part joined by any
//! connective, and the Indian scales abbreviated (branch `num27`, issue 12). Made-up sentences,
//! each class with look-alikes that must stay as they are.

use super::notation_tests::{check, check_absent};

#[test]
fn minor_units_alone_by_name() {
    check(&[
        (
            "paise",
            "A stamp cost 50 paise then.",
            "MONEY",
            "50 paise",
            0.5,
            Some("INR"),
        ),
        (
            "paise_words",
            "It sold for seventy-five paise.",
            "MONEY",
            "seventy-five paise",
            0.75,
            Some("INR"),
        ),
        (
            "agorot",
            "The coin is worth 90 agorot.",
            "MONEY",
            "90 agorot",
            0.9,
            Some("ILS"),
        ),
        (
            "stotinki",
            "Bread went up by 20 stotinki.",
            "MONEY",
            "20 stotinki",
            0.2,
            Some("BGN"),
        ),
        (
            "tetri",
            "A bus ride is 50 tetri.",
            "MONEY",
            "50 tetri",
            0.5,
            Some("GEL"),
        ),
        (
            "halalas",
            "The fee is 25 halalas a page.",
            "MONEY",
            "25 halalas",
            0.25,
            Some("SAR"),
        ),
        (
            "millimes",
            "A stamp costs 500 millimes.",
            "MONEY",
            "500 millimes",
            0.5,
            Some("TND"),
        ),
        (
            "baisa",
            "Tea was 100 baisa a cup.",
            "MONEY",
            "100 baisa",
            0.1,
            Some("OMR"),
        ),
        (
            "ore_swedish",
            "The toll is 40 öre.",
            "MONEY",
            "40 öre",
            0.4,
            Some("SEK"),
        ),
        (
            "rappen",
            "The price fell 5 rappen.",
            "MONEY",
            "5 rappen",
            0.05,
            Some("CHF"),
        ),
        // Shared by several currencies: the first, unless the text names a country.
        (
            "centavos",
            "Sweets cost 30 centavos each.",
            "MONEY",
            "30 centavos",
            0.3,
            Some("MXN"),
        ),
        (
            "centavos_argentina",
            "In Argentina, a sweet costs 30 centavos.",
            "MONEY",
            "30 centavos",
            0.3,
            Some("ARS"),
        ),
        (
            "bani",
            "A match costs 80 bani.",
            "MONEY",
            "80 bani",
            0.8,
            Some("RON"),
        ),
        (
            "piastres_egypt",
            "In Egypt a loaf cost 50 piastres.",
            "MONEY",
            "50 piastres",
            0.5,
            Some("EGP"),
        ),
    ]);
    check_absent(&[
        // "fils" is a hundredth of one currency and a thousandth of another: only after one.
        ("fils_alone", "The change was 25 fils.", "25 fils"),
        ("capital_sen", "He met 20 Sen colleagues.", "20 Sen"),
        ("luma_name", "Ask Luma: 3 Luma cafes opened.", "3 Luma"),
        ("para_section", "See 3 para 2 of the act.", "3 para"),
        ("ban_word", "They lifted 1 ban and kept two.", "1 ban"),
    ]);
}

#[test]
fn whole_and_minor_part_with_any_connective() {
    check(&[
        (
            "and",
            "It was 4 dollars and 20 cents.",
            "MONEY",
            "4 dollars and 20 cents",
            4.2,
            Some("USD"),
        ),
        (
            "plus",
            "It was 4 dollars plus 20 cents.",
            "MONEY",
            "4 dollars plus 20 cents",
            4.2,
            Some("USD"),
        ),
        (
            "ampersand",
            "It was 4 dollars & 20 cents.",
            "MONEY",
            "4 dollars & 20 cents",
            4.2,
            Some("USD"),
        ),
        (
            "comma",
            "The bill: 4 dollars, 20 cents.",
            "MONEY",
            "4 dollars, 20 cents",
            4.2,
            Some("USD"),
        ),
        (
            "comma_euros",
            "She paid ten euros, fifty cents",
            "MONEY",
            "ten euros, fifty cents",
            10.5,
            Some("EUR"),
        ),
        (
            "nothing",
            "It was 4 dollars 20 cents.",
            "MONEY",
            "4 dollars 20 cents",
            4.2,
            Some("USD"),
        ),
        (
            "plus_pence",
            "Fares are 5 pounds plus 30 pence.",
            "MONEY",
            "5 pounds plus 30 pence",
            5.3,
            Some("GBP"),
        ),
        (
            "dirhams_fils",
            "Lunch was 15 dirhams and 25 fils.",
            "MONEY",
            "15 dirhams and 25 fils",
            15.25,
            Some("AED"),
        ),
        (
            "dinars_fils",
            "Fuel was 3 Kuwaiti dinars and 250 fils.",
            "MONEY",
            "3 Kuwaiti dinars and 250 fils",
            3.25,
            Some("KWD"),
        ),
        (
            "rials_baisa",
            "It came to 2 Omani rials 500 baisa.",
            "MONEY",
            "2 Omani rials 500 baisa",
            2.5,
            Some("OMR"),
        ),
        (
            "leva",
            "A ticket is 6 leva and 20 stotinki.",
            "MONEY",
            "6 leva and 20 stotinki",
            6.2,
            Some("BGN"),
        ),
        (
            "shekels",
            "A coffee is 3 shekels and 40 agorot.",
            "MONEY",
            "3 shekels and 40 agorot",
            3.4,
            Some("ILS"),
        ),
        (
            "lari",
            "A ride is 1 lari and 50 tetri.",
            "MONEY",
            "1 lari and 50 tetri",
            1.5,
            Some("GEL"),
        ),
        // A name several currencies share, made one by its minor unit.
        (
            "riyals_halalas",
            "The fee is 10 riyals and 50 halalas.",
            "MONEY",
            "10 riyals and 50 halalas",
            10.5,
            Some("SAR"),
        ),
        (
            "rials_baisa_shared",
            "The fee is 4 rials and 200 baisa.",
            "MONEY",
            "4 rials and 200 baisa",
            4.2,
            Some("OMR"),
        ),
    ]);
    check_absent(&[
        (
            "comma_more",
            "It cost 4 dollars, 20 cents more than before.",
            "4 dollars, 20 cents",
        ),
        (
            "comma_list",
            "Prices: 4 dollars, 20 cents, 1 euro.",
            "4 dollars, 20 cents",
        ),
        (
            "plus_percent",
            "It costs 5 dollars plus 20 percent.",
            "5 dollars plus 20",
        ),
        (
            "plus_bare",
            "It costs 5 dollars plus 20 for delivery.",
            "5 dollars plus 20",
        ),
        (
            "ampersand_people",
            "We raised $4 & 20 people came.",
            "$4 & 20",
        ),
        (
            "fils_over_hundred",
            "Lunch was 15 dirhams and 250 fils.",
            "15 dirhams and 250 fils",
        ),
        ("comma_digits", "Rates: $4, 20 cents.", "$4, 20 cents"),
    ]);
}

#[test]
fn indian_scales_abbreviated() {
    check(&[
        (
            "crore_lakh_words",
            "The value was three cr twelve lac fifty-six thousand.",
            "CARDINAL",
            "three cr twelve lac fifty-six thousand",
            31_256_000.0,
            None,
        ),
        (
            "hundred_crore",
            "They asked three hundred Cr",
            "CARDINAL",
            "three hundred Cr",
            3e9,
            None,
        ),
        (
            "two_cr_line_end",
            "Its turnover: two cr.",
            "CARDINAL",
            "two cr",
            2e7,
            None,
        ),
        (
            "lkhs",
            "It sold 12 lkhs copies.",
            "CARDINAL",
            "12 lkhs",
            1_200_000.0,
            None,
        ),
        (
            "lkh",
            "A fine of 4 lkh was paid.",
            "CARDINAL",
            "4 lkh",
            400_000.0,
            None,
        ),
        (
            "rupees_lkh",
            "He paid Rs 5 lkh.",
            "MONEY",
            "Rs 5 lkh",
            500_000.0,
            Some("INR"),
        ),
    ]);
    check_absent(&[
        ("credits_digits", "He earned 3 cr this term.", "3 cr"),
        ("credits_words", "She took three cr hours.", "three cr"),
        ("councillor", "Then three Cr. Smith spoke.", "three Cr"),
        ("koti_name", "Koti met them at noon.", "Koti"),
        (
            "koti_count",
            "They counted three hundred koti votes.",
            "three hundred koti",
        ),
    ]);
}
