//! Currencies by name and symbol, each class with several made-up cases: marks and lettered
//! symbols, names with their country or run together, former currencies, the Korean won, and
//! dots that group thousands in currencies written without hundredths.

use super::money_class_tests::check_bounds;
use super::money_tests::check_amounts;

/// Symbols of the generated lexicon: one-character marks beyond the core's own table ("₴",
/// "₸", "₾"), letters before "$", "£" or "¥" that pick one currency ("NT$", "E£", "CN¥"), and
/// the news spellings of one currency CLDR lacks ("LE", "NIS").
#[test]
fn symbols_marks_and_lettered_marks() {
    check_amounts(&[
        ("hryvnia_mark", "Bread is ₴30 in Kyiv.", "₴30", 30.0, "UAH"),
        (
            "tenge_mark",
            "A fare of ₸250 was set.",
            "₸250",
            250.0,
            "KZT",
        ),
        ("lari_mark", "Wine costs ₾18 a bottle.", "₾18", 18.0, "GEL"),
        (
            "taiwan_dollar",
            "Tickets cost NT$500 each.",
            "NT$500",
            500.0,
            "TWD",
        ),
        (
            "egyptian_pound_sign",
            "The fare rose to E£500 this week.",
            "E£500",
            500.0,
            "EGP",
        ),
        (
            "egyptian_pound_cldr",
            "A meal is EG£ 120 in Cairo.",
            "EG£ 120",
            120.0,
            "EGP",
        ),
        (
            "egyptian_pound_after",
            "Rent is 3,000 E£ a month.",
            "3,000 E£",
            3000.0,
            "EGP",
        ),
        (
            "yuan_sign",
            "It sold for CN¥100 online.",
            "CN¥100",
            100.0,
            "CNY",
        ),
        (
            "yen_sign",
            "A bowl is JP¥900 there.",
            "JP¥900",
            900.0,
            "JPY",
        ),
        (
            "livre_egyptienne",
            "A kilo of rice is LE 25 now.",
            "LE 25",
            25.0,
            "EGP",
        ),
        (
            "livre_after",
            "The taxi asked 60 LE for the ride.",
            "60 LE",
            60.0,
            "EGP",
        ),
        (
            "new_israeli_shekel",
            "The fine was NIS 1,000 in all.",
            "NIS 1,000",
            1000.0,
            "ILS",
        ),
        (
            "pound_sign_alone",
            "It cost £500 in London.",
            "£500",
            500.0,
            "GBP",
        ),
    ]);
    // "Le" as a word and "LE" with no number are no currency.
    for text in ["Le Monde had 500 readers.", "The LE edition has 20 pages."] {
        let got = super::money_tests::money(text);
        assert!(got.is_empty(), "{text:?} gave {got:?}");
    }
}

/// A currency named with its country ("malaysia ringgit", "india rupees", the territories of
/// the generated lexicon) and a name of several words written as one ("Saudiriyal").
#[test]
fn currencies_named_with_their_country_or_run_together() {
    check_amounts(&[
        (
            "country_after",
            "The stall wants 42 malaysia ringgit for it.",
            "42 malaysia ringgit",
            42.0,
            "MYR",
        ),
        (
            "country_before",
            "Price: malaysia ringgit 42 a night.",
            "malaysia ringgit 42",
            42.0,
            "MYR",
        ),
        (
            "country_plural",
            "He paid 10 india rupees for tea.",
            "10 india rupees",
            10.0,
            "INR",
        ),
        (
            "country_dollar",
            "It cost 30 canada dollars there.",
            "30 canada dollars",
            30.0,
            "CAD",
        ),
        (
            "joined_capitalised",
            "A room is 300 Saudiriyal a night.",
            "300 Saudiriyal",
            300.0,
            "SAR",
        ),
        (
            "joined_plural",
            "Bread is 12 egyptianpounds now.",
            "12 egyptianpounds",
            12.0,
            "EGP",
        ),
    ]);
}

/// Currencies by name, former ones included: the name word of one currency given up since 1990
/// ("kroons", "kuna", "markkas", from the generated lexicon; not a unit's word: "a coin
/// weighing one drachma"), and a nationality that opens a
/// currency's CLDR name before the commonest table's words ("Brazilian reais", "Israeli
/// shekels").
#[test]
fn former_currencies_and_nationalities_by_name() {
    check_amounts(&[
        (
            "kroons",
            "Bread cost 20 kroons in Tallinn.",
            "20 kroons",
            20.0,
            "EEK",
        ),
        (
            "kuna",
            "A coffee was 15 kuna in Split.",
            "15 kuna",
            15.0,
            "HRK",
        ),
        (
            "markkas",
            "It sold for 40 markkas then.",
            "40 markkas",
            40.0,
            "FIM",
        ),
        (
            "schillings",
            "Tickets were 90 schillings.",
            "90 schillings",
            90.0,
            "ATS",
        ),
        (
            "brazilian_reais",
            "Lunch is 30 Brazilian reais.",
            "30 Brazilian reais",
            30.0,
            "BRL",
        ),
        (
            "israeli_shekels",
            "The fine was 500 Israeli shekels.",
            "500 Israeli shekels",
            500.0,
            "ILS",
        ),
        // The commonest table still comes first: "roubles" are Russia's.
        ("roubles", "Milk is 80 roubles.", "80 roubles", 80.0, "RUB"),
    ]);
    let text = "A coin weighing one drachma was found.";
    let got = super::money_tests::money(text);
    assert!(got.is_empty(), "{text:?} gave {got:?}");
}

/// "won" after a large number is the Korean currency when the phrase ends or a word no verb
/// takes follows ("5,000 won a month"); the verb stays a verb ("1,200 won seats", "3 won").
#[test]
fn won_after_a_large_number() {
    check_amounts(&[
        (
            "grouped",
            "A bowl is 8,000 won here.",
            "8,000 won",
            8000.0,
            "KRW",
        ),
        (
            "scaled",
            "They paid 5 billion won in all.",
            "5 billion won",
            5e9,
            "KRW",
        ),
        (
            "before_a",
            "Rent is 500,000 won a month.",
            "500,000 won",
            500_000.0,
            "KRW",
        ),
    ]);
    for text in [
        "The party's 1,200 won seats in 2019.",
        "Of the 30 runners, 3 won medals.",
        "They won 3 games.",
    ] {
        let got = super::money_tests::money(text);
        assert!(got.is_empty(), "{text:?} gave {got:?}");
    }
}

/// Currencies written without hundredths (CLDR's cash digits 0): dots between groups of three
/// digits group thousands ("Rp 50.000"), except before a magnitude ("Rp 1.500 billion"); a
/// currency with cents keeps the decimal point ("$1.500").
#[test]
fn dots_group_thousands_in_currencies_without_hundredths() {
    check_amounts(&[
        (
            "rupiah_symbol",
            "A meal is Rp 50.000 in Bali.",
            "Rp 50.000",
            50_000.0,
            "IDR",
        ),
        (
            "rupiah_name",
            "She paid 75.000 rupiah.",
            "75.000 rupiah",
            75_000.0,
            "IDR",
        ),
        (
            "dong",
            "A bowl of pho is 40.000 dong.",
            "40.000 dong",
            40_000.0,
            "VND",
        ),
        (
            "magnitude_keeps_decimal",
            "Exports reached Rp 1.500 billion.",
            "Rp 1.500 billion",
            1.5e9,
            "IDR",
        ),
        (
            "cents_keep_decimal",
            "Gas was $1.500 a litre.",
            "$1.500",
            1.5,
            "USD",
        ),
    ]);
    check_bounds(&[(
        "range",
        "Rooms go for VND 200.000-300.000 a night.",
        "VND 200.000-300.000",
        "MONEY",
        Some(200_000.0),
        Some(300_000.0),
        Some("VND"),
    )]);
}
