//! Classes of money expressions, each with several made-up cases: bounds with a negation,
//! ranges whose magnitude is written once. Every case names the figure it must find.

use super::*;

/// (case, sentence, covered text, type, min, max, unit): a figure with these bounds.
type BoundCase<'a> = (
    &'a str,
    &'a str,
    &'a str,
    &'a str,
    Option<f64>,
    Option<f64>,
    Option<&'a str>,
);

fn check_bounds(cases: &[BoundCase]) {
    let mut names = std::collections::HashSet::new();
    let close = |a: Option<f64>, b: Option<f64>| match (a, b) {
        (Some(a), Some(b)) => (a - b).abs() <= 1e-9 * a.abs().max(1.0),
        (None, None) => true,
        _ => false,
    };
    for (name, text, span, kind, min, max, unit) in cases {
        assert!(names.insert(name), "duplicate case name {name}");
        let got = annotate(text);
        let ok = got.iter().any(|a| {
            let annotation::Detail::Statistic(d) = &a.detail else {
                return false;
            };
            a.kind == *kind
                && a.text(text) == *span
                && close(d.extra().min, *min)
                && close(d.extra().max, *max)
                && d.unit() == *unit
        });
        assert!(ok, "{name}: {text:?} gave {got:?}");
    }
}

/// "no less than", "not more than": the negation turns the bound round.
#[test]
fn a_negated_comparison_bounds_the_other_way() {
    check_bounds(&[
        (
            "no_less_money",
            "The fine will be no less than $20 a day.",
            "$20",
            "MONEY",
            Some(20.0),
            None,
            Some("USD"),
        ),
        (
            "not_less_money",
            "Rooms cost not less than 80 euros a night.",
            "80 euros",
            "MONEY",
            Some(80.0),
            None,
            Some("EUR"),
        ),
        (
            "not_more_money",
            "Each bid was not more than £500 in the end.",
            "£500",
            "MONEY",
            None,
            Some(500.0),
            Some("GBP"),
        ),
        (
            "no_fewer_count",
            "No fewer than 30 people came.",
            "30",
            "CARDINAL",
            Some(30.0),
            None,
            None,
        ),
        (
            "not_exceeding_quantity",
            "Loads not exceeding 40 tonnes may pass.",
            "40 tonnes",
            "QUANTITY",
            None,
            Some(40.0),
            Some("t"),
        ),
        (
            "not_under_money",
            "Tickets went for not under $90 each.",
            "$90",
            "MONEY",
            Some(90.0),
            None,
            Some("USD"),
        ),
    ]);
}

/// "between 5 and 10 million dollars", "€2-3bn": the magnitude written after the second end
/// is the first end's too, unless that puts it past the second ("from 500 to 3 million").
#[test]
fn a_range_shares_the_magnitude_written_once() {
    check_bounds(&[
        (
            "between_words",
            "It will cost between 5 and 10 million dollars.",
            "5 and 10 million dollars",
            "MONEY",
            Some(5e6),
            Some(1e7),
            Some("USD"),
        ),
        (
            "to_thousand",
            "Cars sell for 20 to 30 thousand dollars there.",
            "20 to 30 thousand dollars",
            "MONEY",
            Some(2e4),
            Some(3e4),
            Some("USD"),
        ),
        (
            "dash_thousand",
            "Fees run 20-30 thousand euros a year.",
            "20-30 thousand euros",
            "MONEY",
            Some(2e4),
            Some(3e4),
            Some("EUR"),
        ),
        (
            "lakh",
            "The flat sells for 7-9 lakh rupees.",
            "7-9 lakh rupees",
            "MONEY",
            Some(7e5),
            Some(9e5),
            Some("INR"),
        ),
        (
            "symbol_bn",
            "The deal is worth €2-3bn by most counts.",
            "€2-3bn",
            "MONEY",
            Some(2e9),
            Some(3e9),
            Some("EUR"),
        ),
        (
            "bn_after_name",
            "They expect 2-3bn euros of savings.",
            "2-3bn euros",
            "MONEY",
            Some(2e9),
            Some(3e9),
            Some("EUR"),
        ),
        (
            "not_past_second",
            "Prices range from 500 to 3 million dollars.",
            "500 to 3 million dollars",
            "MONEY",
            Some(500.0),
            Some(3e6),
            Some("USD"),
        ),
        (
            "symbol_not_past_second",
            "Lots went for $500-3m at the sale.",
            "$500-3m",
            "MONEY",
            Some(500.0),
            Some(3e6),
            Some("USD"),
        ),
    ]);
}

/// Symbols of the generated lexicon: one-character marks beyond the core's own table ("₴",
/// "₸", "₾"), letters before "$", "£" or "¥" that pick one currency ("NT$", "E£", "CN¥"), and
/// the news spellings of one currency CLDR lacks ("LE", "NIS").
#[test]
fn symbols_marks_and_lettered_marks() {
    use super::money_tests::check_amounts;
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

/// Money words of speech counted one with "a" ("a buck", "a grand", "a fiver", "a penny"), a
/// fraction of an amount ("half a dollar", "a quarter of a million dollars") and a minor part
/// in words after a currency's name ("a dollar fifty").
#[test]
fn one_of_a_money_word_and_fractions_of_amounts() {
    use super::money_tests::check_amounts;
    check_amounts(&[
        ("a_buck", "Coffee was a buck a cup.", "a buck", 1.0, "USD"),
        ("a_grand", "It cost him a grand.", "a grand", 1000.0, "USD"),
        (
            "a_grand_sterling",
            "In pounds that is a grand a month.",
            "a grand",
            1000.0,
            "GBP",
        ),
        ("a_quid", "Crisps were a quid each.", "a quid", 1.0, "GBP"),
        ("a_fiver", "Lend me a fiver.", "a fiver", 5.0, "USD"),
        (
            "a_penny",
            "He would not pay a penny more.",
            "a penny",
            1.0,
            "GBX",
        ),
        (
            "a_buck_fifty",
            "A soda was a buck fifty.",
            "a buck fifty",
            1.5,
            "USD",
        ),
        (
            "a_dollar_fifty",
            "The fare is a dollar fifty.",
            "a dollar fifty",
            1.5,
            "USD",
        ),
        (
            "half_a_dollar",
            "It rose by half a dollar.",
            "half a dollar",
            0.5,
            "USD",
        ),
        (
            "quarter_of_a_million",
            "She left a quarter of a million dollars.",
            "a quarter of a million dollars",
            250_000.0,
            "USD",
        ),
        (
            "three_quarters_of_a_billion",
            "The bill is three quarters of a billion euros.",
            "three quarters of a billion euros",
            7.5e8,
            "EUR",
        ),
    ]);
    for text in [
        "A grand jury met on Monday.",
        "It was a grand day out.",
        "He shot a buck in the woods.",
        "It was a quid pro quo.",
        "He bought a penny stock.",
    ] {
        let got = super::money_tests::money(text);
        assert!(got.is_empty(), "{text:?} gave {got:?}");
    }
}

/// Pounds with pence after them are sterling, whatever the sentence says ("3 pounds and 20
/// pence"); a price after "at" in pounds is no clock time ("sold at 1.20 pounds").
#[test]
fn pounds_with_pence_and_prices_in_pounds() {
    use super::money_tests::check_amounts;
    check_amounts(&[
        (
            "pounds_and_pence",
            "The toll is 3 pounds and 20 pence.",
            "3 pounds and 20 pence",
            3.2,
            "GBP",
        ),
        (
            "pounds_attached_p",
            "A pint is 4 pounds 50p here.",
            "4 pounds 50p",
            4.5,
            "GBP",
        ),
        (
            "pounds_and_pence_words",
            "She found three pounds and twenty pence.",
            "three pounds and twenty pence",
            3.2,
            "GBP",
        ),
        (
            "price_after_at",
            "The shares sold at 1.20 pounds each.",
            "1.20 pounds",
            1.2,
            "GBP",
        ),
    ]);
    // Ounces after pounds are a weight; a dotted number alone after "at" stays a time.
    let text = "The baby weighed 7 pounds and 5 ounces.";
    let got = super::money_tests::money(text);
    assert!(got.is_empty(), "{text:?} gave {got:?}");
    let text = "We met at 9.30 by the gate.";
    let got = annotate(text);
    assert!(
        got.iter().any(|a| a.kind == "TIME"),
        "{text:?} gave {got:?}"
    );
}

/// A currency named with its country ("malaysia ringgit", "india rupees", the territories of
/// the generated lexicon) and a name of several words written as one ("Saudiriyal").
#[test]
fn currencies_named_with_their_country_or_run_together() {
    use super::money_tests::check_amounts;
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

/// Minor units on their own: a currency's hundredths by name ("20 kopecks", "50 paise", "10
/// euro cents", "10 eurocents"), "c" attached to a whole number ("50c", cents of the text's
/// currency), and one cent ("a cent").
#[test]
fn minor_units_on_their_own() {
    use super::money_tests::check_amounts;
    check_amounts(&[
        (
            "kopecks",
            "Bread rose by 20 kopecks.",
            "20 kopecks",
            0.2,
            "RUB",
        ),
        (
            "kopiykas",
            "A stamp is 80 kopiykas.",
            "80 kopiykas",
            0.8,
            "UAH",
        ),
        (
            "paise",
            "Fuel rose 50 paise a litre.",
            "50 paise",
            0.5,
            "INR",
        ),
        ("sen", "Sugar is up 20 sen a kilo.", "20 sen", 0.2, "MYR"),
        (
            "euro_cents",
            "It costs 10 euro cents more.",
            "10 euro cents",
            0.1,
            "EUR",
        ),
        (
            "eurocents",
            "A text is 10 eurocents.",
            "10 eurocents",
            0.1,
            "EUR",
        ),
        ("c_attached", "Milk rose 10c a litre.", "10c", 10.0, "USX"),
        (
            "a_cent",
            "They would not pay a cent more.",
            "a cent",
            1.0,
            "USX",
        ),
    ]);
    // Apart, in capitals or in words, "c" is no cent.
    for text in ["Item 10 c was struck.", "It was 25C in Rome."] {
        let got = super::money_tests::money(text);
        assert!(got.is_empty(), "{text:?} gave {got:?}");
    }
}

/// Ranges of amounts: a dash between two whole amounts ("10$ - 20$"), and after "between" a
/// bare number ending the phrase in the first end's currency ("between EUR 10 and 20"), which
/// is then no minor part; a bare number before a noun is not.
#[test]
fn ranges_of_whole_amounts() {
    check_bounds(&[
        (
            "dash_symbols_after",
            "Rooms cost 10$ - 20$ a night.",
            "10$ - 20$",
            "MONEY",
            Some(10.0),
            Some(20.0),
            Some("USD"),
        ),
        (
            "between_code_bare",
            "Tickets cost between EUR 10 and 20.",
            "EUR 10 and 20",
            "MONEY",
            Some(10.0),
            Some(20.0),
            Some("EUR"),
        ),
        (
            "kopecks_range",
            "Fares rose by 20 to 30 kopecks.",
            "20 to 30 kopecks",
            "MONEY",
            Some(0.2),
            Some(0.3),
            Some("RUB"),
        ),
    ]);
    let text = "It paid between $10 and 20 people a day.";
    let got = super::money_tests::money(text);
    assert!(
        got.iter().all(|(t, _, _)| t == "$10"),
        "{text:?} gave {got:?}"
    );
}

/// Currencies by name, former ones included: the name word of one currency given up since 1990
/// ("kroons", "kuna", "markkas", from the generated lexicon; not a unit's word: "a coin
/// weighing one drachma"), and a nationality that opens a
/// currency's CLDR name before the commonest table's words ("Brazilian reais", "Israeli
/// shekels").
#[test]
fn former_currencies_and_nationalities_by_name() {
    use super::money_tests::check_amounts;
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
    use super::money_tests::check_amounts;
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
    use super::money_tests::check_amounts;
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
