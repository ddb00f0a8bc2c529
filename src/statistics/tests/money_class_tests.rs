//! Classes of money expressions, each with several made-up cases: bounds with a negation,
//! ranges whose magnitude is written once or whose ends are whole amounts, money words counted
//! one with "a", fractions of amounts, pounds with pence, minor units on their own. Every case
//! names the figure it must find. Currencies by name and symbol: `money_name_tests.rs`.

use super::*;

/// (case, sentence, covered text, type, min, max, unit): a figure with these bounds.
pub(super) type BoundCase<'a> = (
    &'a str,
    &'a str,
    &'a str,
    &'a str,
    Option<f64>,
    Option<f64>,
    Option<&'a str>,
);

pub(super) fn check_bounds(cases: &[BoundCase]) {
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
