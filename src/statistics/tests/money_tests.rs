//! Money named by the generated currency lexicon (ISO codes, names, local symbols), on
//! made-up sentences: each case names the figure it must find, or says none may be money.

use super::*;

pub(super) fn money(text: &str) -> Vec<(String, Option<f64>, Option<String>)> {
    annotate(text)
        .into_iter()
        .filter(|a| a.kind == "MONEY")
        .map(|a| {
            let t = a.text(text).to_string();
            match a.detail {
                annotation::Detail::Statistic(d) => {
                    (t, d.value_of(), d.unit().map(|u| u.to_string()))
                }
                _ => (t, None, None),
            }
        })
        .collect()
}

/// (case, sentence, covered text of a MONEY figure, its value, its currency code).
pub(super) fn check_amounts(cases: &[(&str, &str, &str, f64, &str)]) {
    let mut names = std::collections::HashSet::new();
    for (name, text, span, value, unit) in cases {
        assert!(names.insert(name), "duplicate case name {name}");
        let got = money(text);
        assert!(
            got.iter().any(|(t, v, u)| t == span
                && v.is_some_and(|v| (v - value).abs() < 1e-9)
                && u.as_deref() == Some(*unit)),
            "{name}: {text:?} gave {got:?}"
        );
    }
}

#[test]
fn currencies_from_the_generated_lexicon() {
    let cases: &[(&str, &str, &str, f64, &str)] = &[
        (
            "code_after",
            "The fine was 250 KWD in the end.",
            "250 KWD",
            250.0,
            "KWD",
        ),
        (
            "code_before",
            "They paid MYR 1,200 for the permit.",
            "MYR 1,200",
            1200.0,
            "MYR",
        ),
        (
            "code_attached_lower",
            "Listed at 75myr on the site.",
            "75myr",
            75.0,
            "MYR",
        ),
        (
            "symbol_before_attached",
            "Lunch costs RM15 in town.",
            "RM15",
            15.0,
            "MYR",
        ),
        (
            "symbol_before_spaced",
            "A ticket is Kč 500 now.",
            "Kč 500",
            500.0,
            "CZK",
        ),
        (
            "symbol_after",
            "The book cost 30 zł there.",
            "30 zł",
            30.0,
            "PLN",
        ),
        (
            "name_two_words",
            "A bill of 3,000 Egyptian pounds arrived.",
            "3,000 Egyptian pounds",
            3000.0,
            "EGP",
        ),
        (
            "name_capitalised_plural",
            "It fetched 40 Qatari Riyals.",
            "40 Qatari Riyals",
            40.0,
            "QAR",
        ),
        (
            "name_with_ampersand",
            "He owed 3 Trinidad & Tobago dollars.",
            "3 Trinidad & Tobago dollars",
            3.0,
            "TTD",
        ),
        (
            "name_word_only",
            "She was paid 12 hryvnias an hour.",
            "12 hryvnias",
            12.0,
            "UAH",
        ),
        (
            "name_word_in_words",
            "It cost ten tugriks.",
            "ten tugriks",
            10.0,
            "MNT",
        ),
        (
            "historical_currency",
            "The house sold for 90,000 German marks in 1990.",
            "90,000 German marks",
            90000.0,
            "DEM",
        ),
    ];
    check_amounts(cases);
}

#[test]
fn words_and_units_that_are_not_currencies() {
    let cases: &[(&str, &str)] = &[
        ("lower_case_code_word", "Add 2 cup of flour and stir."),
        ("unit_in_capitals", "RUNNERS COVERED 42 KM ON FOOT."),
        (
            "common_word_currency_name",
            "Labour won 3 seats and lost 2.",
        ),
        ("code_without_number", "The MYR fell against the dollar."),
        ("capital_code_before_word", "Top 10 ALL time hits."),
    ];
    let mut names = std::collections::HashSet::new();
    for (name, text) in cases {
        assert!(names.insert(name), "duplicate case name {name}");
        let got = money(text);
        assert!(got.is_empty(), "{name}: {text:?} gave {got:?}");
    }
}

/// The minor part after a whole amount, "grand" and US coins: (case, sentence, span, value, unit).
#[test]
fn minor_parts_grand_and_coins() {
    let cases: &[(&str, &str, &str, f64, &str)] = &[
        (
            "symbol_and_attached_cents",
            "The toll is $4 and 75c each way.",
            "$4 and 75c",
            4.75,
            "USD",
        ),
        (
            "code_and_minor_in_words",
            "A coffee cost 3 UAH 40 kopiykas there.",
            "3 UAH 40 kopiykas",
            3.4,
            "UAH",
        ),
        (
            "name_and_sen",
            "Parking was 12 ringgit and 50 sen.",
            "12 ringgit and 50 sen",
            12.5,
            "MYR",
        ),
        (
            "bare_hundredths_at_the_end",
            "The fare came to eight dollars and forty.",
            "eight dollars and forty",
            8.4,
            "USD",
        ),
        (
            "grand_is_thousands",
            "He paid 15 grand for the van.",
            "15 grand",
            15_000.0,
            "USD",
        ),
        (
            "grand_among_pounds",
            "At £300 a week the flat costs 15 grand a year, the pounds go fast.",
            "15 grand",
            15_000.0,
            "GBP",
        ),
        (
            "counted_coins",
            "The jar held thirty dimes.",
            "thirty dimes",
            3.0,
            "USD",
        ),
        (
            "one_coin",
            "It is not worth a nickel.",
            "a nickel",
            0.05,
            "USD",
        ),
    ];
    check_amounts(cases);
}

/// Ranges with both ends whole and what is not a minor part: (case, sentence, span, min, max).
#[test]
fn ranges_with_both_ends_written() {
    let cases: &[(&str, &str, &str, f64, f64)] = &[
        (
            "from_to_names",
            "Tickets run from 10 dollars to 25 dollars.",
            "10 dollars to 25 dollars",
            10.0,
            25.0,
        ),
        (
            "between_and_symbols",
            "Bids came in between £2m and £3m.",
            "£2m and £3m",
            2e6,
            3e6,
        ),
    ];
    let mut names = std::collections::HashSet::new();
    for (name, text, span, min, max) in cases {
        assert!(names.insert(name), "duplicate case name {name}");
        let got: Vec<_> = annotate(text)
            .into_iter()
            .filter(|a| a.kind == "MONEY")
            .filter_map(|a| {
                let t = a.text(text).to_string();
                match a.detail {
                    annotation::Detail::Statistic(d) => Some((t, d.extra().min, d.extra().max)),
                    _ => None,
                }
            })
            .collect();
        assert!(
            got.iter()
                .any(|(t, lo, hi)| t == span && *lo == Some(*min) && *hi == Some(*max)),
            "{name}: {text:?} gave {got:?}"
        );
    }
    let not_minor: &[(&str, &str, &str)] = &[
        (
            "a_count_after_and",
            "It raised $20 and 43 people signed up.",
            "$20",
        ),
        (
            "different_currencies_stay_apart",
            "Prices ranged from $10 to €12.",
            "$10",
        ),
        (
            "quarters_are_not_coins",
            "Profits rose for four quarters.",
            "",
        ),
    ];
    for (name, text, span) in not_minor {
        assert!(names.insert(name), "duplicate case name {name}");
        let got = money(text);
        if span.is_empty() {
            assert!(got.is_empty(), "{name}: {got:?}");
        } else {
            assert!(got.iter().any(|(t, _, _)| t == span), "{name}: {got:?}");
        }
    }
}

#[test]
fn quarters_are_coins_where_the_sentence_speaks_of_change() {
    check_amounts(&[
        (
            "three_in_change",
            "He paid three quarters and two dimes in change.",
            "three quarters",
            0.75,
            "USD",
        ),
        (
            "digits_at_the_meter",
            "She fed 10 quarters into the meter.",
            "10 quarters",
            2.5,
            "USD",
        ),
        (
            "one_as_a_tip",
            "She left a quarter as a tip.",
            "a quarter",
            0.25,
            "USD",
        ),
        (
            "four_owed",
            "He owed me four quarters, he said.",
            "four quarters",
            1.0,
            "USD",
        ),
        (
            "coins_in_a_jar",
            "The jar held twelve quarters and some coins.",
            "twelve quarters",
            3.0,
            "USD",
        ),
        (
            "one_quarter_coin",
            "Insert one quarter for change.",
            "one quarter",
            0.25,
            "USD",
        ),
    ]);
    // Fractions and quarters of a year stay what they are.
    for (name, text) in [
        (
            "fraction_of_a_vote",
            "Three quarters of the vote went to her; she paid for it.",
        ),
        (
            "part_of_an_hour",
            "It took three quarters of an hour to pay.",
        ),
        (
            "periods_in_finance",
            "Profits fell for three quarters, costing $4m.",
        ),
        (
            "periods_with_dollars",
            "Sales rose in three quarters as the firm paid $2 dividends.",
        ),
        ("no_money_around", "Two quarters of growth followed."),
        (
            "past_quarters",
            "Over the past two quarters the coin maker grew.",
        ),
    ] {
        let got = money(text);
        assert!(
            !got.iter()
                .any(|(t, _, _)| t.to_lowercase().contains("quarter")),
            "{name}: {text:?} gave {got:?}"
        );
    }
}

#[test]
fn guilders_follow_the_country_the_text_names() {
    check_amounts(&[
        (
            "netherlands_before",
            "Back in the Netherlands a flat cost 1,400 guilders a month.",
            "1,400 guilders",
            1400.0,
            "NLG",
        ),
        (
            "dutch_adjective",
            "A Dutch brewer paid 12 million guilders for the site.",
            "12 million guilders",
            12e6,
            "NLG",
        ),
        (
            "suriname_after",
            "Wages of 800 guilders were common in Suriname then.",
            "800 guilders",
            800.0,
            "SRG",
        ),
        (
            "single_guilder",
            "In the Netherlands a tram ride was one guilder.",
            "one guilder",
            1.0,
            "NLG",
        ),
        (
            "no_country_current_one",
            "The ticket was 40 guilders.",
            "40 guilders",
            40.0,
            "XCG",
        ),
        (
            "slovakia_koruna",
            "In Slovakia a beer was 30 koruna before the euro.",
            "30 koruna",
            30.0,
            "SKK",
        ),
    ]);
    // Without a country the current guilder is read, and the note says the text names none.
    let got = annotate("The ticket was 40 guilders.");
    let hinted = got.iter().any(|a| match &a.detail {
        annotation::Detail::Statistic(d) => {
            d.extra().hint.as_deref().is_some_and(|h| h.contains("NLG"))
        }
        _ => false,
    });
    assert!(hinted, "{got:?}");
}

#[test]
fn cents_are_hundredths_of_the_currency_nearby() {
    check_amounts(&[
        (
            "euro_cents_after_euros",
            "A coffee in Porto is €1.20, and water costs 80 cents.",
            "80 cents",
            0.8,
            "EUR",
        ),
        (
            "australian_cents_after_a_dollars",
            "The shares closed at A$4.10, down 12 cents.",
            "12 cents",
            0.12,
            "AUD",
        ),
        (
            "cents_before_the_amount",
            "Fares rose 30 cents to NZ$3.50 on Monday.",
            "30 cents",
            0.3,
            "NZD",
        ),
        (
            "us_cents_next_to_us_dollars",
            "Gas rose 15 cents to $3.10 a gallon.",
            "15 cents",
            15.0,
            "USX",
        ),
        (
            "cents_alone_stay_us",
            "Each stamp costs 68 cents.",
            "68 cents",
            68.0,
            "USX",
        ),
        (
            "hyphenated_euro_cent",
            "Spain's bonds paid €10 each, plus a 5-cent coupon.",
            "5-cent",
            0.05,
            "EUR",
        ),
        (
            "rupees_do_not_make_cents",
            "It cost 40 rupees, or 55 cents.",
            "55 cents",
            55.0,
            "USX",
        ),
    ]);
}

#[test]
fn one_currency_or_coin_with_no_number_written() {
    check_amounts(&[
        (
            "a_dollar",
            "Back then a loaf was a dollar.",
            "a dollar",
            1.0,
            "USD",
        ),
        (
            "a_dollar_and_cents",
            "The fare was a dollar and 42 cents.",
            "a dollar and 42 cents",
            1.42,
            "USD",
        ),
        (
            "a_euro_a_day",
            "They lived on a euro a day.",
            "a euro",
            1.0,
            "EUR",
        ),
        ("a_yen", "Not a yen was spent.", "a yen", 1.0, "JPY"),
        (
            "dollar_and_a_quarter",
            "A hot dog was a dollar and a quarter.",
            "a dollar and a quarter",
            1.25,
            "USD",
        ),
        (
            "dollars_and_a_dime",
            "He paid $3 and a dime for it.",
            "$3 and a dime",
            3.1,
            "USD",
        ),
        (
            "bare_dime",
            "Not a single dime went to the fund.",
            "dime",
            0.1,
            "USD",
        ),
        ("dime_alone", "dime", "dime", 0.1, "USD"),
    ]);
    for (name, text) in [
        ("sterling_is_praise", "It was a sterling effort."),
        ("buck_is_a_deer", "A buck crossed the road."),
        ("dollar_compound", "A dollar-denominated bond was sold."),
        ("dime_store", "She ran a dime-store on Main Street."),
        (
            "quarter_of_a_whole",
            "It cost $5 and a quarter of the budget.",
        ),
        ("code_after_a", "A USD account was opened."),
        ("nickel_metal", "Nickel prices rose."),
    ] {
        let got = money(text);
        let bad = got.iter().any(|(t, _, _)| {
            let t = t.to_lowercase();
            [
                "sterling", "buck", "dollar", "dime", "quarter", "usd", "nickel",
            ]
            .iter()
            .any(|w| t.contains(w))
        });
        assert!(!bad, "{name}: {text:?} gave {got:?}");
    }
}
