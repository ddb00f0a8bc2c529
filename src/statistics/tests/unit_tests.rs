//! Named table tests of quantities read with the generated unit table (issue 12): rates,
//! powers, brackets of every kind, sums of units, SI conversions in the detail, and unit
//! spellings that are also words. Every sentence is made up.

use super::*;

/// One expected quantity: its covered text, value and unit as written, and SI value and unit.
struct Q {
    span: &'static str,
    value: f64,
    unit: &'static str,
    si: Option<(f64, &'static str)>,
}

const fn q(span: &'static str, value: f64, unit: &'static str, si: (f64, &'static str)) -> Q {
    Q {
        span,
        value,
        unit,
        si: Some(si),
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * b.abs().max(1.0)
}

fn quantities(text: &str) -> Vec<(String, Detail)> {
    annotate(text)
        .into_iter()
        .filter(|a| a.kind == "QUANTITY")
        .filter_map(|a| {
            let t = a.text(text).to_string();
            match a.detail {
                annotation::Detail::Statistic(d) => Some((t, d)),
                _ => None,
            }
        })
        .collect()
}

/// (case, sentence, quantities that must be found, covered texts no quantity may have).
fn check(cases: &[(&str, &str, &[Q], &[&str])]) {
    let mut names = std::collections::HashSet::new();
    for (name, text, wants, absent) in cases {
        assert!(names.insert(*name), "{name}: the case name is used twice");
        let got = quantities(text);
        let shown: Vec<_> = got
            .iter()
            .map(|(t, d)| (t, d.value_of(), d.unit(), d.extra().si_value))
            .collect();
        for w in *wants {
            let Some((_, d)) = got.iter().find(|(t, _)| t == w.span) else {
                panic!("{name}: {:?} not in {shown:?}", w.span);
            };
            assert!(
                d.value_of().is_some_and(|v| close(v, w.value)),
                "{name}: value {:?}, not {}",
                d.value_of(),
                w.value
            );
            assert_eq!(d.unit(), Some(w.unit), "{name}: unit");
            if let Some((v, u)) = w.si {
                let e = d.extra();
                assert!(
                    e.si_value.is_some_and(|x| close(x, v)),
                    "{name}: si_value {:?}, not {v}",
                    e.si_value
                );
                assert_eq!(e.si_unit.as_deref(), Some(u), "{name}: si_unit");
            }
        }
        for span in *absent {
            assert!(
                !got.iter().any(|(t, _)| t == span),
                "{name}: {span:?} should not be a quantity: {shown:?}"
            );
        }
    }
}

#[test]
fn rates_and_powers() {
    check(&[
        (
            "per hour in words",
            "The convoy kept to 65 km per hour on the coast road.",
            &[q("65 km per hour", 65.0, "km/h", (18.055_555_555_6, "m/s"))],
            &[],
        ),
        (
            "slash and a squared second",
            "The sled pulled 9.81 m/s^2 at the bottom of the run.",
            &[q("9.81 m/s^2", 9.81, "m/s²", (9.81, "m/s²"))],
            &[],
        ),
        (
            "superscript square",
            "The studio covers 450 m² above the bakery.",
            &[q("450 m²", 450.0, "m²", (450.0, "m²"))],
            &[],
        ),
        (
            "attached digit as a power",
            "The reserve spans 38 km2 of wetland.",
            &[q("38 km2", 38.0, "km²", (38_000_000.0, "m²"))],
            &[],
        ),
        (
            "square feet in words",
            "They leased 2,400 square feet of storage.",
            &[q("2,400 square feet", 2400.0, "ft²", (222.967_296, "m²"))],
            &[],
        ),
        (
            "cubic metres",
            "Crews pumped 2 cubic metres of silt a minute.",
            &[q("2 cubic metres", 2.0, "m³", (2.0, "m³"))],
            &[],
        ),
        (
            "a concentration",
            "Readings reached 40 mg per litre near the outflow.",
            &[q("40 mg per litre", 40.0, "mg/l", (0.04, "kg/m³"))],
            &[],
        ),
        (
            "miles per hour abbreviation",
            "Gusts of 70 mph closed the bridge.",
            &[q("70 mph", 70.0, "mph", (31.2928, "m/s"))],
            &[],
        ),
        (
            "tonnes a year",
            "The smelter emits 300 tonnes per year of dust.",
            &[q(
                "300 tonnes per year",
                300.0,
                "t/yr",
                (0.009_506_426_344, "kg/s"),
            )],
            &[],
        ),
    ]);
}

#[test]
fn brackets_of_every_kind() {
    check(&[
        (
            "round brackets",
            "Load limit: 20 (kg) per crate.",
            &[q("20 (kg)", 20.0, "kg", (20.0, "kg"))],
            &[],
        ),
        (
            "square brackets",
            "Load limit: 35 [kg] per pallet.",
            &[q("35 [kg]", 35.0, "kg", (35.0, "kg"))],
            &[],
        ),
        (
            "curly brackets",
            "Depth {m}: 12 {m} at the weir.",
            &[q("12 {m}", 12.0, "m", (12.0, "m"))],
            &[],
        ),
        (
            "a bracket with no unit is not a quantity",
            "She scored 12 (a record) in the heats.",
            &[],
            &["12 (a"],
        ),
    ]);
}

#[test]
fn sums_of_units() {
    check(&[
        (
            "feet and inches",
            "The centre is 6 ft 11 in and still growing.",
            &[q("6 ft 11 in", 6.0 + 11.0 / 12.0, "ft", (2.108_2, "m"))],
            &[],
        ),
        (
            "feet comma inches",
            "The doorway is 7 feet, 4 inches high.",
            &[q(
                "7 feet, 4 inches",
                7.0 + 4.0 / 12.0,
                "ft",
                (2.235_2, "m"),
            )],
            &[],
        ),
        (
            "metric parts with and",
            "The tunnel runs 3 km and 250 m under the hill.",
            &[q("3 km and 250 m", 3.25, "km", (3250.0, "m"))],
            &[],
        ),
        (
            "stones and pounds",
            "He weighed 11 stone 4 lb at the weigh-in.",
            &[q(
                "11 stone 4 lb",
                11.0 + 4.0 / 14.0,
                "stone",
                (71.667_594_46, "kg"),
            )],
            &[],
        ),
        (
            "metric parts without a connector stay apart when a part is a whole unit or more",
            "The ramp is 12 m 20 dm long.",
            &[q("12 m", 12.0, "m", (12.0, "m"))],
            &["12 m 20 dm"],
        ),
        (
            "metres and centimetres without a connector",
            "The fence stands 1 m 20 cm high.",
            &[q("1 m 20 cm", 1.2, "m", (1.2, "m"))],
            &[],
        ),
        (
            "kilometres and metres without a connector",
            "The swimmers covered 2 km 300 m before dawn.",
            &[q("2 km 300 m", 2.3, "km", (2300.0, "m"))],
            &[],
        ),
        (
            "kilograms and grams without a connector",
            "The baby weighed 3 kg 450 g at birth.",
            &[q("3 kg 450 g", 3.45, "kg", (3.45, "kg"))],
            &[],
        ),
        (
            "metric parts a tenth apart without a connector stay apart",
            "The ramp is 12 m 2 dm long.",
            &[q("12 m", 12.0, "m", (12.0, "m"))],
            &["12 m 2 dm"],
        ),
        (
            "metres and millimetres without a connector",
            "The plank was 2 m 53 mm long.",
            &[q("2 m 53 mm", 2.053, "m", (2.053, "m"))],
            &[],
        ),
        (
            "a larger second part stays apart",
            "Teams ran 1 km 1500 m and more.",
            &[q("1 km", 1.0, "km", (1000.0, "m"))],
            &["1 km 1500 m"],
        ),
        (
            "inches then a larger unit do not sum",
            "A 4 in 10 m fall is rare.",
            &[],
            &["4 in 10 m"],
        ),
    ]);
}

#[test]
fn spellings_and_si_from_the_table() {
    check(&[
        (
            "metric tons are tonnes",
            "Output reached 4,100 metric tons last week.",
            &[q("4,100 metric tons", 4100.0, "t", (4_100_000.0, "kg"))],
            &[],
        ),
        (
            "a ton alone is the short ton",
            "The statue weighs 3 tons.",
            &[q("3 tons", 3.0, "ton", (2_721.554_22, "kg"))],
            &[],
        ),
        (
            "British spelling of a prefixed unit",
            "The trail climbs 14 kilometres to the hut.",
            &[q("14 kilometres", 14.0, "km", (14_000.0, "m"))],
            &[],
        ),
        (
            "barrels of oil",
            "The field pumps 80,000 barrels a day.",
            &[q("80,000 barrels", 80_000.0, "bbl", (12_718.983_594, "m³"))],
            &[],
        ),
        (
            "energy in gigawatt hours",
            "The farm delivered 12 GWh in March.",
            &[q("12 GWh", 12.0, "GWh", (4.32e13, "J"))],
            &[],
        ),
        (
            "attached bit",
            "It ran on a 32-bit chip.",
            &[q("32-bit", 32.0, "bit", (32.0, "bit"))],
            &[],
        ),
        (
            "in apart is a preposition",
            "Sales rose 5 in March.",
            &[],
            &["5 in"],
        ),
        (
            "a bit apart is not data",
            "The price fell 3 bit by bit.",
            &[],
            &["3 bit"],
        ),
        (
            "a unit with digits attached is a code",
            "Part 24703 m212 is back in stock.",
            &[],
            &["24703 m"],
        ),
        (
            "billions are not bytes",
            "The bid was worth 5b.",
            &[],
            &["5b"],
        ),
    ]);
}

#[test]
fn every_unit_has_a_spelling_and_a_positive_factor() {
    let units = super::units::measure_units();
    assert!(units.len() > 50, "the generated table is loaded");
    for u in units {
        assert!(!u.words.is_empty(), "{}: no spelling", u.symbol);
        assert!(u.si_factor > 0.0, "{}: factor", u.symbol);
        assert!(!u.si_unit.is_empty() && !u.kind.is_empty(), "{}", u.symbol);
    }
}

/// (case, sentence, covered text, type, unit).
#[test]
fn pounds_are_sterling_or_weight_by_the_sentence() {
    let cases: &[(&str, &str, &str, &str, &str)] = &[
        (
            "vague millions of pounds",
            "The council spent millions of pounds on the bypass.",
            "millions of pounds",
            "MONEY",
            "GBP",
        ),
        (
            "thousands of pounds raised",
            "Thousands of pounds were raised for the lifeboat.",
            "Thousands of pounds",
            "MONEY",
            "GBP",
        ),
        (
            "a price in pounds",
            "A ticket cost ten pounds at the gate.",
            "ten pounds",
            "MONEY",
            "GBP",
        ),
        (
            "a scaled sum with no context",
            "The painting went for 4 million pounds.",
            "4 million pounds",
            "MONEY",
            "GBP",
        ),
        (
            "a body weight",
            "The boxer weighed 168 pounds before the fight.",
            "168 pounds",
            "QUANTITY",
            "lb",
        ),
        (
            "pounds of a product",
            "Farms shipped 5 million pounds of apples.",
            "5 million pounds",
            "QUANTITY",
            "lb",
        ),
        (
            "a small count without money words",
            "The baby was born at 8 pounds.",
            "8 pounds",
            "QUANTITY",
            "lb",
        ),
    ];
    let mut names = std::collections::HashSet::new();
    for (name, text, span, kind, unit) in cases {
        assert!(names.insert(name), "duplicate case name {name}");
        let got: Vec<_> = annotate(text)
            .into_iter()
            .filter_map(|a| {
                let t = a.text(text).to_string();
                match a.detail {
                    annotation::Detail::Statistic(d) => {
                        Some((a.kind, t, d.unit().map(str::to_string)))
                    }
                    _ => None,
                }
            })
            .collect();
        assert!(
            got.iter()
                .any(|(k, t, u)| k == kind && t == span && u.as_deref() == Some(*unit)),
            "{name}: {text:?} gave {got:?}"
        );
    }
}

#[test]
fn one_unit_halves_and_ranges() {
    check(&[
        (
            "a metric unit is one",
            "The shop is a kilometre from the station.",
            &[q("a kilometre", 1.0, "km", (1000.0, "m"))],
            &[],
        ),
        (
            "an abbreviation after an",
            "Add an ml of vanilla.",
            &[q("an ml", 1.0, "ml", (1e-6, "m³"))],
            &[],
        ),
        (
            "half a unit",
            "She drank half a litre of water.",
            &[q("half a litre", 0.5, "l", (0.0005, "m³"))],
            &[],
        ),
        (
            "a hyphenated quarter",
            "A quarter-litre jug sat on the shelf.",
            &[q("A quarter-litre", 0.25, "l", (0.000_25, "m³"))],
            &[],
        ),
        (
            "an idiom is not a quantity",
            "There was a ton of paperwork and a foot of snow.",
            &[],
            &["a ton", "a foot"],
        ),
    ]);
    // Ranges carry their ends in the written unit and no single SI value.
    let text = "Rainfall ranged from 3 mm to 8 mm overnight, between 5 and eight metres deep.";
    let got = quantities(text);
    for (span, lo, hi) in [("3 mm to 8 mm", 3.0, 8.0), ("5 and eight metres", 5.0, 8.0)] {
        let Some((_, d)) = got.iter().find(|(t, _)| t == span) else {
            panic!("{span:?} not in {got:?}");
        };
        assert_eq!(
            (d.extra().min, d.extra().max),
            (Some(lo), Some(hi)),
            "{span}"
        );
        assert_eq!(
            d.extra().si_value,
            None,
            "{span}: a range has no one SI value"
        );
    }
    let text = "Loads exceeding 40 tonnes need a permit.";
    let got = quantities(text);
    assert!(
        got.iter()
            .any(|(t, d)| t == "40 tonnes" && d.extra().min == Some(40.0)),
        "exceeding sets a lower bound: {got:?}"
    );
}

#[test]
fn bare_degrees_are_a_temperature_where_the_sentence_says_so() {
    // (name, text, the figure, its measure).
    let cases: &[(&str, &str, &str, &str)] = &[
        (
            "temperatures_fell",
            "Temperatures fell to −7.5 degrees overnight.",
            "−7.5 degrees",
            "temperature",
        ),
        (
            "hyphen_minus",
            "Temperatures fell to -3 degrees by dawn.",
            "-3 degrees",
            "temperature",
        ),
        (
            "warm_day",
            "A warm day, with highs of 24 degrees.",
            "24 degrees",
            "temperature",
        ),
        (
            "forecast",
            "The forecast says 31 degrees on Friday.",
            "31 degrees",
            "temperature",
        ),
        (
            "fever",
            "Her fever reached 39.5 degrees at night.",
            "39.5 degrees",
            "temperature",
        ),
        (
            "below_zero_alone",
            "It was minus 4 degrees in the yard.",
            "minus 4 degrees",
            "temperature",
        ),
        (
            "celsius_stays",
            "Water boils at 100 degrees Celsius.",
            "100 degrees Celsius",
            "temperature",
        ),
        (
            "an_angle",
            "The ramp turns 90 degrees at the wall.",
            "90 degrees",
            "degrees",
        ),
        (
            "angle_of_a_roof",
            "The roof is pitched at 35 degrees.",
            "35 degrees",
            "degrees",
        ),
        (
            "warmth_in_another_sentence",
            "It was hot. The arm turned 45 degrees.",
            "45 degrees",
            "degrees",
        ),
    ];
    for (name, text, span, measure) in cases {
        let got = quantities(text);
        let found = got.iter().find(|(t, _)| t == span);
        assert_eq!(
            found.and_then(|(_, d)| d.extra().measure),
            Some(*measure),
            "{name}: {text:?} gave {:?}",
            got.iter()
                .map(|(t, d)| (t, d.extra().measure))
                .collect::<Vec<_>>()
        );
    }
}
