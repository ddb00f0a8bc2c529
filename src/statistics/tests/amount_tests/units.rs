//! Temperatures below zero, bare units as conversion targets and fractions of one unit (moved from `amount_tests.rs`).

use super::*;

#[test]
fn temperatures_below_zero_and_degree_signs() {
    use Want::*;
    check(&[
        (
            "below_zero_bare",
            "Nights fell to 5 below zero.",
            Value("5 below zero", "QUANTITY", -5.0, "°"),
        ),
        (
            "degrees_below_zero_words",
            "It was four degrees below zero.",
            Value("four degrees below zero", "QUANTITY", -4.0, "°"),
        ),
        (
            "ordinal_indicator_as_degree",
            "Highs of 25ºC are forecast.",
            Value("25ºC", "QUANTITY", 25.0, "°C"),
        ),
        (
            "ordinal_indicator_spaced_scale",
            "Water at 24º C is warm.",
            Value("24º C", "QUANTITY", 24.0, "°C"),
        ),
        (
            "celsius_sign",
            "Bake at 180 ℃ for an hour.",
            Value("180 ℃", "QUANTITY", 180.0, "°C"),
        ),
        (
            "fahrenheit_sign",
            "It hit 77℉ today.",
            Value("77℉", "QUANTITY", 77.0, "°F"),
        ),
        (
            "ordinal_indicator_alone_not_degree",
            "The 1º de Mayo parade.",
            Not("1º", "QUANTITY"),
        ),
    ]);
}

#[test]
fn bare_units_as_conversion_targets() {
    use Want::*;
    check(&[
        (
            "miles_in_metres",
            "What is 5 miles in metres?",
            Value("metres", "QUANTITY", 8046.72, "m"),
        ),
        (
            "kilos_to_pounds",
            "Convert 30 kg to pounds.",
            Value("pounds", "QUANTITY", 30.0 / 0.453_592_37, "lb"),
        ),
        (
            "how_many_feet_in_a_mile",
            "How many feet in a mile?",
            Value("feet", "QUANTITY", 5280.0, "ft"),
        ),
        (
            "a_mile_is_a_distance",
            "How many feet in a mile?",
            Value("a mile", "QUANTITY", 1.0, "mi"),
        ),
        (
            "fahrenheit_to_celsius",
            "Convert 50 degrees fahrenheit to celsius.",
            Value("celsius", "QUANTITY", 10.0, "°C"),
        ),
        (
            "celsius_to_degrees_fahrenheit",
            "What is 100 celsius in degrees fahrenheit?",
            Value("degrees fahrenheit", "QUANTITY", 212.0, "°F"),
        ),
        (
            "time_is_no_target",
            "They ran 30 km in 2 hours.",
            Not("hours", "QUANTITY"),
        ),
        (
            "place_is_no_target",
            "It is 50 km to Paris.",
            Not("Paris", "QUANTITY"),
        ),
        (
            "word_of_another_measure_is_no_target",
            "A 3 metres in length board.",
            Not("length", "QUANTITY"),
        ),
    ]);
}

#[test]
fn fractions_of_one_unit_and_durations_with_a_word_on_the_amount() {
    use Want::*;
    check(&[
        (
            "quarter_of_a_mile",
            "The shop is a quarter of a mile away.",
            Value("a quarter of a mile", "QUANTITY", 0.25, "mi"),
        ),
        (
            "three_quarters_of_an_inch",
            "Cut three quarters of an inch off.",
            Value("three quarters of an inch", "QUANTITY", 0.75, "in"),
        ),
        (
            "a_third_of_the_vote_no_unit",
            "She won a third of the vote.",
            Value("a third", "CARDINAL", 1.0 / 3.0, ""),
        ),
        (
            "miles_and_a_half",
            "We walked two miles and a half.",
            Value("two miles and a half", "QUANTITY", 2.5, "mi"),
        ),
        (
            "half_marathon_keeps_its_half",
            "She ran 5 km and a half marathon.",
            Value("5 km", "QUANTITY", 5.0, "km"),
        ),
    ]);
    let iso = |text: &str, span: &str| -> Option<String> {
        annotate(text).into_iter().find_map(|a| {
            let t = a.text(text).to_string();
            match a.detail {
                annotation::Detail::Statistic(d) if t == span && a.kind == "DURATION" => {
                    d.extra().iso.clone()
                }
                _ => None,
            }
        })
    };
    let cases: &[(&str, &str, &str, &str)] = &[
        (
            "more_minutes",
            "Wait 2 more minutes.",
            "2 more minutes",
            "PT2M",
        ),
        (
            "additional_days",
            "It took three additional days.",
            "three additional days",
            "P3D",
        ),
        (
            "quarter_of_an_hour",
            "It took a quarter of an hour.",
            "a quarter of an hour",
            "PT0.25H",
        ),
        (
            "fraction_of_a_century",
            "It lasted a third of a century.",
            "a third of a century",
            "P33.333Y",
        ),
        (
            "and_a_quarter_of_hour",
            "It lasted one and a quarter of hour.",
            "one and a quarter of hour",
            "PT1.25H",
        ),
    ];
    for (name, text, span, want) in cases {
        assert_eq!(iso(text, span).as_deref(), Some(*want), "{name}: {text:?}");
    }
}
