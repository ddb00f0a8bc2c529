//! Money written in forms other than the commonest: a country's dollar after the number,
//! lower-case ISO codes apart from the number. Made-up sentences, several currencies each.

use super::money_tests::{check_amounts, money};

#[test]
fn a_countrys_dollar_after_the_number() {
    check_amounts(&[
        (
            "us_apart",
            "The fee rose to 20 US$ a month.",
            "20 US$",
            20.0,
            "USD",
        ),
        (
            "us_attached",
            "Tickets sold for 3.15US$ each.",
            "3.15US$",
            3.15,
            "USD",
        ),
        (
            "nz_apart",
            "Rent is 450 NZ$ a week.",
            "450 NZ$",
            450.0,
            "NZD",
        ),
        (
            "aud_one_letter",
            "Lunch cost 15 A$ there.",
            "15 A$",
            15.0,
            "AUD",
        ),
        (
            "hk_scaled",
            "It raised 2 million HK$ in May.",
            "2 million HK$",
            2e6,
            "HKD",
        ),
        (
            "brazil",
            "A coffee is 7 R$ in the city.",
            "7 R$",
            7.0,
            "BRL",
        ),
    ]);
}

#[test]
fn not_a_countrys_dollar_after_the_number() {
    let cases: &[(&str, &str)] = &[
        // A lower-case single letter is the article or a word, not "A$".
        ("lower_letter", "Team 5 a$ sign on the wall."),
    ];
    for (name, text) in cases {
        let got = money(text);
        assert!(
            got.iter().all(|(t, _, _)| !t.contains("a$")),
            "{name}: {text:?} gave {got:?}"
        );
    }
}

#[test]
fn lower_case_codes_apart_from_the_number() {
    check_amounts(&[
        (
            "usd_before",
            "the bill came to usd 20 in total",
            "usd 20",
            20.0,
            "USD",
        ),
        (
            "eur_before",
            "a room at eur 95 a night",
            "eur 95",
            95.0,
            "EUR",
        ),
        (
            "aed_after",
            "parking is 40 aed per hour",
            "40 aed",
            40.0,
            "AED",
        ),
        (
            "kwd_after",
            "a fine of 250 kwd was paid",
            "250 kwd",
            250.0,
            "KWD",
        ),
        (
            "myr_before",
            "price: myr 1,200 only",
            "myr 1,200",
            1200.0,
            "MYR",
        ),
        ("gbp_after", "we paid 12 gbp for it", "12 gbp", 12.0, "GBP"),
    ]);
}

#[test]
fn lower_case_words_that_are_not_codes() {
    let cases: &[(&str, &str)] = &[
        // "cad" and "try" are codes in capitals only; "all", "top" are words.
        ("cad_word", "he was a cad 10 years ago"),
        ("try_word", "we will try 3 times"),
        ("top_word", "the top 10 songs"),
        ("all_word", "all 40 seats"),
        // A former currency's code in lower case is no code ("dem" Deutsche mark).
        ("former_code", "the dem 5 group met"),
    ];
    for (name, text) in cases {
        let got = money(text);
        assert!(got.is_empty(), "{name}: {text:?} gave {got:?}");
    }
}

#[test]
fn a_currency_name_before_the_number() {
    check_amounts(&[
        (
            "plural_rupees",
            "The ticket is rupees 500 at the gate.",
            "rupees 500",
            500.0,
            "INR",
        ),
        (
            "plural_euros",
            "Menu: euros 30 per person.",
            "euros 30",
            30.0,
            "EUR",
        ),
        (
            "country_and_name",
            "A room was malaysian ringgit 180.",
            "malaysian ringgit 180",
            180.0,
            "MYR",
        ),
        (
            "country_and_plural",
            "Fees: kuwaiti dinars 3 a day.",
            "kuwaiti dinars 3",
            3.0,
            "KWD",
        ),
        (
            "scaled",
            "It cost Rupees 500 crore.",
            "Rupees 500 crore",
            5e9,
            "INR",
        ),
    ]);
}

#[test]
fn a_currency_name_before_a_number_of_something_else() {
    let cases: &[(&str, &str)] = &[
        ("years_after", "It cost billions of dollars 10 years ago."),
        ("months_after", "They were paid in euros 2 months ago."),
        ("percent_after", "Costs rose in dollars 5% a year."),
        ("per_cent_after", "Costs rose in euros 5 per cent."),
        ("singular_name", "The dollar 1.2 points higher."),
    ];
    for (name, text) in cases {
        let got = money(text);
        assert!(
            got.iter()
                .all(|(t, _, _)| !t.ends_with(|c: char| c.is_ascii_digit())),
            "{name}: {text:?} gave {got:?}"
        );
    }
}

#[test]
fn shared_symbols_in_lower_case_after_the_number() {
    check_amounts(&[
        (
            "kr_norway",
            "In Norway a coffee costs 45 kr now.",
            "45 kr",
            45.0,
            "NOK",
        ),
        (
            "kr_sweden",
            "Sweden: the fare is 30 kr each.",
            "30 kr",
            30.0,
            "SEK",
        ),
        (
            "rs_pakistan",
            "In Pakistan the toll is 200 rs a car.",
            "200 rs",
            200.0,
            "PKR",
        ),
    ]);
}

#[test]
fn a_nationality_and_currency_name_before_the_number() {
    check_amounts(&[
        (
            "us_dollars",
            "Fees were US dollars 30 a head.",
            "US dollars 30",
            30.0,
            "USD",
        ),
        (
            "canadian",
            "It sold for canadian dollars 40.",
            "canadian dollars 40",
            40.0,
            "CAD",
        ),
        (
            "hong_kong",
            "Rent: hong kong dollars 12,000.",
            "hong kong dollars 12,000",
            12000.0,
            "HKD",
        ),
    ]);
}

/// A dotted number after "at" is a clock time ("at 6.45") unless a currency follows it: then it
/// is the price something went at, whatever way the currency is written.
#[test]
fn a_price_after_at_is_money_not_a_time() {
    check_amounts(&[
        (
            "code_attached_dollar",
            "The shares changed hands at 3.18US$ on the day.",
            "3.18US$",
            3.18,
            "USD",
        ),
        (
            "code_apart",
            "Coffee went at 2.75 EUR a cup.",
            "2.75 EUR",
            2.75,
            "EUR",
        ),
        (
            "symbol_after",
            "Seats were offered at 12.50€ apiece.",
            "12.50€",
            12.5,
            "EUR",
        ),
        (
            "name_after",
            "Tea went at 40.50 rupees a glass.",
            "40.50 rupees",
            40.5,
            "INR",
        ),
    ]);
    // Without a currency the same shape stays on the clock.
    for text in [
        "The ferry leaves at 6.45 daily.",
        "We met at 9.30 near the gate.",
    ] {
        let got = super::annotate(text);
        assert!(
            got.iter()
                .any(|a| a.kind == "TIME" && a.text(text).starts_with("at ")),
            "{text:?} gave {got:?}"
        );
    }
}

/// Sterling in speech: "quid", one word for one and many, after digits, number words and
/// scales; "quid pro quo" and the word before a number are not amounts.
#[test]
fn quid_is_sterling() {
    check_amounts(&[
        (
            "digits",
            "Tickets are 20 quid each.",
            "20 quid",
            20.0,
            "GBP",
        ),
        ("words", "It cost me fifty quid.", "fifty quid", 50.0, "GBP"),
        (
            "scaled",
            "They paid 3 million quid for it.",
            "3 million quid",
            3e6,
            "GBP",
        ),
    ]);
    for text in ["It was a quid pro quo deal.", "Quid 20 was written on it."] {
        let got = money(text);
        assert!(got.is_empty(), "{text:?} gave {got:?}");
    }
}
