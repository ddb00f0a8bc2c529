//! Number, money and unit notations of branch `num25` (issue 12), each class with several
//! made-up sentences and the look-alikes it must leave alone: fractions over a power of ten,
//! the "trn" trillion, a code with its magnitude before the number, a minus before a currency
//! symbol, "one in a million", the fluid ounce in two words, a spaced "V", a conversion asked
//! as "is how much", and continental dot groups.

use super::*;

/// Every figure of `text` as (type, covered text, value, unit).
fn figures(text: &str) -> Vec<(String, String, Option<f64>, Option<String>)> {
    annotate(text)
        .into_iter()
        .map(|a| {
            let t = a.text(text).to_string();
            match a.detail {
                annotation::Detail::Statistic(d) => (
                    a.kind.to_string(),
                    t,
                    d.value_of(),
                    d.unit().map(|u| u.to_string()),
                ),
                _ => (a.kind.to_string(), t, None, None),
            }
        })
        .collect()
}

/// (case, sentence, type, covered text, value, unit): a figure that must be found.
pub(super) type Case<'a> = (&'a str, &'a str, &'a str, &'a str, f64, Option<&'a str>);

pub(super) fn check(cases: &[Case]) {
    let mut names = std::collections::HashSet::new();
    for (name, text, kind, span, value, unit) in cases {
        assert!(names.insert(name), "duplicate case name {name}");
        let got = figures(text);
        let ok = got.iter().any(|(k, t, v, u)| {
            k == kind
                && t == span
                && v.is_some_and(|v| (v - value).abs() <= 1e-9 * value.abs().max(1.0))
                && u.as_deref() == *unit
        });
        assert!(ok, "{name}: {text:?} gave {got:?}");
    }
}

/// (case, sentence, covered text): a look-alike; no number, amount or quantity may cover
/// exactly this text (a date may: "the 2001/2002 season" is one).
pub(super) fn check_absent(cases: &[(&str, &str, &str)]) {
    let mut names = std::collections::HashSet::new();
    for (name, text, span) in cases {
        assert!(names.insert(name), "duplicate case name {name}");
        let got = figures(text);
        let date = |k: &str| matches!(k, "DATE" | "TIME" | "DURATION");
        assert!(
            got.iter().all(|(k, t, _, _)| t != span || date(k)),
            "{name}: {text:?} gave {got:?}"
        );
    }
}

#[test]
fn a_fraction_over_a_power_of_ten() {
    check(&[
        (
            "hundredths",
            "The plan won 20/100 votes.",
            "CARDINAL",
            "20/100",
            0.2,
            None,
        ),
        (
            "one_hundredth",
            "Only 1/100 samples failed.",
            "CARDINAL",
            "1/100",
            0.01,
            None,
        ),
        (
            "ten_thousandths",
            "A risk of 3/10000 remains.",
            "CARDINAL",
            "3/10000",
            0.0003,
            None,
        ),
        (
            "ordinal_ending",
            "It is 1/100th of the total.",
            "CARDINAL",
            "1/100th",
            0.01,
            None,
        ),
        (
            "of_a_unit",
            "Add 2/1000 kilograms of salt.",
            "QUANTITY",
            "2/1000 kilograms",
            0.002,
            Some("kg"),
        ),
    ]);
    check_absent(&[
        ("years", "The 2001/2002 season was long.", "2001/2002"),
        ("larger_top", "A ratio of 300/100 was seen.", "300/100"),
        ("not_a_power", "Only 3/500 samples failed.", "3/500"),
        ("round_thousand", "The 2/2000 ruling stands.", "2/2000"),
    ]);
}

#[test]
fn the_trillion_abbreviated() {
    check(&[
        (
            "trn_glued",
            "Debt reached $4trn last year.",
            "MONEY",
            "$4trn",
            4e12,
            Some("USD"),
        ),
        (
            "trn_spaced",
            "Debt of $4 trn was owed.",
            "MONEY",
            "$4 trn",
            4e12,
            Some("USD"),
        ),
        (
            "trln",
            "Assets of 2.5 trln yen.",
            "MONEY",
            "2.5 trln yen",
            2.5e12,
            Some("JPY"),
        ),
        (
            "trn_bare",
            "It handled 3 trn transactions.",
            "CARDINAL",
            "3 trn",
            3e12,
            None,
        ),
    ]);
}

#[test]
fn a_code_with_its_magnitude_before_the_number() {
    check(&[
        (
            "maud",
            "Revenues of about MAUD 60 were booked.",
            "MONEY",
            "MAUD 60",
            6e7,
            Some("AUD"),
        ),
        (
            "meur",
            "The budget is MEUR 45.",
            "MONEY",
            "MEUR 45",
            4.5e7,
            Some("EUR"),
        ),
        (
            "kusd",
            "Costs of kUSD 300 were booked.",
            "MONEY",
            "kUSD 300",
            3e5,
            Some("USD"),
        ),
        (
            "kgbp_decimal",
            "A grant of KGBP 12.5 came.",
            "MONEY",
            "KGBP 12.5",
            12500.0,
            Some("GBP"),
        ),
        (
            "after_stays",
            "Budget: 60 MAUD.",
            "MONEY",
            "60 MAUD",
            6e7,
            Some("AUD"),
        ),
    ]);
    check_absent(&[
        ("range_left", "A budget of MEUR 4-5 was set.", "MEUR 4"),
        ("no_code", "The MAUX 60 engine.", "MAUX 60"),
        ("lower_case_head", "A budget of mEUR 45 was set.", "mEUR 45"),
    ]);
}

#[test]
fn a_minus_before_a_currency_symbol() {
    check(&[
        (
            "dollar",
            "The debt is -$5 million.",
            "MONEY",
            "-$5 million",
            -5e6,
            Some("USD"),
        ),
        (
            "pound_sign",
            "A balance of −£3.2bn was shown.",
            "MONEY",
            "−£3.2bn",
            -3.2e9,
            Some("GBP"),
        ),
        (
            "euro",
            "Net cash: -€120.",
            "MONEY",
            "-€120",
            -120.0,
            Some("EUR"),
        ),
        (
            "line_start",
            "-$40 was the fee.",
            "MONEY",
            "-$40",
            -40.0,
            Some("USD"),
        ),
    ]);
    check_absent(&[
        ("range_dash", "Tickets cost $5-$10.", "-$10"),
        ("spaced_dash", "Tickets cost 5 -$10.", "-$10"),
        ("word_hyphen", "A pre-$5 deal.", "-$5"),
    ]);
}

#[test]
fn one_in_a_scale_word() {
    check(&[
        (
            "million",
            "The chance is one in a million.",
            "CARDINAL",
            "one in a million",
            1e-6,
            None,
        ),
        (
            "hundred",
            "Only one in a hundred agreed.",
            "CARDINAL",
            "one in a hundred",
            0.01,
            None,
        ),
        (
            "thousand",
            "It hits 1 in a thousand people.",
            "CARDINAL",
            "1 in a thousand",
            0.001,
            None,
        ),
    ]);
    check_absent(&[
        ("a_year", "One in a year is enough.", "One in a year"),
        (
            "the_pronoun",
            "The one in a million-dollar house.",
            "one in a million",
        ),
    ]);
}

#[test]
fn a_fluid_ounce_in_two_words() {
    check(&[
        (
            "fl_oz",
            "Pour 8 fl oz of milk.",
            "QUANTITY",
            "8 fl oz",
            8.0,
            Some("fl oz"),
        ),
        (
            "fl_dot_oz",
            "Add 2 fl. oz of cream.",
            "QUANTITY",
            "2 fl. oz",
            2.0,
            Some("fl oz"),
        ),
        (
            "fluid_ounces",
            "A 12 fluid ounces can.",
            "QUANTITY",
            "12 fluid ounces",
            12.0,
            Some("fl oz"),
        ),
        (
            "ounces_alone",
            "It weighs 8 ounces.",
            "QUANTITY",
            "8 ounces",
            8.0,
            Some("oz"),
        ),
    ]);
    check_absent(&[("fluid_other", "He drank 3 fluid litres.", "3 fluid")]);
}

#[test]
fn a_volt_apart_from_its_number() {
    check(&[
        (
            "mains",
            "The voltage is 230 V in Europe.",
            "QUANTITY",
            "230 V",
            230.0,
            Some("V"),
        ),
        (
            "battery",
            "A 12 V battery died.",
            "QUANTITY",
            "12 V",
            12.0,
            Some("V"),
        ),
        (
            "line_end",
            "The supply gives 5 V.",
            "QUANTITY",
            "5 V",
            5.0,
            Some("V"),
        ),
        (
            "glued",
            "It runs on 9V cells.",
            "QUANTITY",
            "9V",
            9.0,
            Some("V"),
        ),
    ]);
    check_absent(&[
        ("versus_digits", "It ended 2 V 1 at home.", "2 V"),
        ("versus_name", "Chelsea 2 V Arsenal 1.", "2 V"),
        ("initial", "Room 5 V. Putin said.", "5 V"),
        ("lower_case", "It ended 2 v 1.", "2 v"),
    ]);
}

#[test]
fn a_conversion_asked_as_how_much() {
    check(&[
        (
            "how_much_celsius",
            "101 fahrenheit is how much celsius?",
            "QUANTITY",
            "celsius",
            38.333333333333,
            Some("°C"),
        ),
        (
            "how_much_in",
            "So 20 celsius is how much in fahrenheit?",
            "QUANTITY",
            "fahrenheit",
            68.0,
            Some("°F"),
        ),
        (
            "equals_how_many",
            "5 miles equals how many kilometres?",
            "QUANTITY",
            "kilometres",
            8.04672,
            Some("km"),
        ),
    ]);
    check_absent(&[
        ("how_much_else", "5 miles is how much he ran.", "he"),
        ("is_how", "20 celsius is how it felt.", "how"),
    ]);
}

#[test]
fn a_decimal_comma_before_a_full_stop() {
    check(&[
        ("number", "The number is 1,3.", "CARDINAL", "1,3", 1.3, None),
        (
            "euro_before",
            "The fee is € 9,99.",
            "MONEY",
            "€ 9,99",
            9.99,
            Some("EUR"),
        ),
        (
            "percent_words",
            "It rose by 2,5.",
            "CARDINAL",
            "2,5",
            2.5,
            None,
        ),
    ]);
    check_absent(&[
        ("a_list", "Pick 1,2,3.", "1,2"),
        ("thousands", "There were 1,300.", "1,3"),
        ("version", "Use 1,3.5 here.", "1,3"),
    ]);
}

#[test]
fn thousands_in_groups_before_a_count() {
    check(&[
        (
            "spaces",
            "The city has 12 345 678 inhabitants.",
            "CARDINAL",
            "12 345 678",
            12345678.0,
            None,
        ),
        (
            "dots",
            "The city has 12.345.678 inhabitants.",
            "CARDINAL",
            "12.345.678",
            12345678.0,
            None,
        ),
        (
            "people",
            "Some 38 500 000 people voted.",
            "CARDINAL",
            "38 500 000",
            38500000.0,
            None,
        ),
    ]);
    check_absent(&[
        ("phone", "Call 912 345 678 now.", "912 345 678"),
        ("phone_four", "Call 555 123 4567 people.", "555 123 4567"),
        ("plus", "Call +34 912 345 678 agents.", "34 912 345 678"),
    ]);
}

#[test]
fn a_temperature_scale_apart_or_as_software_writes_it() {
    check(&[
        (
            "spaced_c",
            "Temperatures of 40 C are expected.",
            "QUANTITY",
            "40 C",
            40.0,
            Some("°C"),
        ),
        (
            "spaced_f",
            "A fever of 104 F worried them.",
            "QUANTITY",
            "104 F",
            104.0,
            Some("°F"),
        ),
        (
            "line_end",
            "The forecast says highs of 28 C.",
            "QUANTITY",
            "28 C",
            28.0,
            Some("°C"),
        ),
        (
            "deg_c",
            "The sample was held at 20 degC.",
            "QUANTITY",
            "20 degC",
            20.0,
            Some("°C"),
        ),
        (
            "deg_f",
            "It was 68 degF inside.",
            "QUANTITY",
            "68 degF",
            68.0,
            Some("°F"),
        ),
    ]);
    check_absent(&[
        ("no_warmth", "She got 5 C grades.", "5 C"),
        ("label_before", "The temperature in Group 3 C rose.", "3 C"),
        ("digits_after", "Hot weather: the score was 4 F 2.", "4 F"),
        ("name_after", "Hot days at 40 C Street.", "40 C"),
    ]);
}

#[test]
fn a_unit_name_in_two_words() {
    check(&[
        (
            "light_years",
            "A star 4.2 light years away.",
            "QUANTITY",
            "4.2 light years",
            4.2,
            Some("ly"),
        ),
        (
            "mega_watts",
            "The plant makes 30 mega watts.",
            "QUANTITY",
            "30 mega watts",
            30.0,
            Some("MW"),
        ),
        (
            "milli_litres",
            "Add 5 milli litres of water.",
            "QUANTITY",
            "5 milli litres",
            5.0,
            Some("ml"),
        ),
    ]);
    check_absent(&[
        (
            "two_plain_words",
            "A star 4 light rays away.",
            "4 light rays",
        ),
        ("mega_other", "It drew 30 mega fans.", "30 mega fans"),
    ]);
}
