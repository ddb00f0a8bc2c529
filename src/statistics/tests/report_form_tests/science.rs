//! Health, science, weather and kitchen reports: units of one measure per another, amounts of
//! substance, temperatures above weather's range, and number words that are parts of names.

use super::{check, lines};
use crate::annotation;
use crate::statistics::annotate;

/// Each quantity of `text` as "span unit measure si_value si_unit".
fn measured(text: &str) -> Vec<String> {
    annotate(text)
        .into_iter()
        .filter_map(|a| {
            let covered = a.text(text).to_string();
            let annotation::Detail::Statistic(d) = a.detail else {
                return None;
            };
            let x = d.extra();
            let si = x
                .si_value
                .map(|v| format!(" {v} {}", x.si_unit.as_deref().unwrap_or("")));
            Some(format!(
                "{covered:?} {} {}{}",
                d.unit().unwrap_or("-"),
                x.measure.unwrap_or("-"),
                si.unwrap_or_default()
            ))
        })
        .collect()
}

fn check_measured(cases: &[(&str, &str, &str)]) {
    for (name, text, want) in cases {
        let got = measured(text);
        assert!(
            got.iter().any(|l| l == want),
            "{name}: {want:?} not in {got:#?}"
        );
    }
}

#[test]
fn a_unit_per_a_unit_names_what_it_measures() {
    check_measured(&[
        (
            "blood sugar",
            "Her glucose was 7.8 mmol/L before breakfast.",
            "\"7.8 mmol/L\" mmol/l concentration 7.8 mol/m³",
        ),
        (
            "cholesterol by weight",
            "A level of 190 mg/dL counts as high.",
            "\"190 mg/dL\" mg/dl concentration 1.9 kg/m³",
        ),
        (
            "air with a superscript",
            "The street averaged 35 µg/m³ of fine particles.",
            "\"35 µg/m³\" µg/m³ concentration 0.000000035 kg/m³",
        ),
        (
            "air with a digit",
            "The street averaged 35 ug/m3 of fine particles.",
            "\"35 ug/m3\" µg/m³ concentration 0.000000035 kg/m³",
        ),
        (
            "body mass index",
            "A BMI of 31 kg/m2 is obese.",
            "\"31 kg/m2\" kg/m² weight per area 31 kg/m²",
        ),
        (
            "emissions a distance",
            "The hatchback emits 98 g/km of carbon dioxide.",
            "\"98 g/km\" g/km weight per length 0.000098 kg/m",
        ),
        (
            "a dose by body weight",
            "Patients got 5 mg/kg twice a day.",
            "\"5 mg/kg\" mg/kg weight ratio 0.000005 kg/kg",
        ),
        (
            "sunlight",
            "Panels receive about 1,000 W/m2 at noon.",
            "\"1,000 W/m2\" W/m² intensity 1000 W/m²",
        ),
        // The look-alikes: a length over time is a speed, a unit alone keeps its measure.
        (
            "speed",
            "It hit 30 m/s in the gust.",
            "\"30 m/s\" m/s speed 30 m/s",
        ),
        (
            "micromoles alone",
            "Each well held 20 µmol of the salt.",
            "\"20 µmol\" µmol amount of substance 0.00002 mol",
        ),
    ]);
    // "mole" is also an animal and a spy: a unit only when attached to its number.
    assert!(lines("He was a mole for 20 years and met 3 moles.")
        .iter()
        .all(|l| !l.contains("mol")));
}

#[test]
fn ovens_and_furnaces_run_above_the_weather() {
    // The look-alike: above weather's range with no heat word is a model (the number of a
    // name: nothing) or a code.
    let model = lines("She still drives a 1980 Mercedes 280C today.");
    assert!(!model.iter().any(|l| l.contains("280")), "{model:#?}");
    check(&[
        (
            "oven",
            "Heat the oven to 180C and bake for an hour.",
            "QUANTITY \"180C\" value=180 unit=°C",
        ),
        (
            "fan oven in brackets",
            "Heat the oven to 200C (180C fan).",
            "QUANTITY \"180C\" value=180 unit=°C",
        ),
        (
            "fahrenheit oven",
            "Bake at 350F until golden.",
            "QUANTITY \"350F\" value=350 unit=°F",
        ),
        (
            "lava",
            "The lava flowed at 1,100C into the sea.",
            "QUANTITY \"1,100C\" value=1100 unit=°C",
        ),
        // The look-alike: above weather's range with no heat word is a model or a code.
        (
            "a code",
            "Take the 250C bus to town.",
            "CARDINAL \"250\" value=250",
        ),
    ]);
}

#[test]
fn number_words_in_names_are_no_figures() {
    for text in [
        "Veterans of the Second World War met in Leeds.",
        "He spoke to the First Minister on Monday.",
        "The Third Reich fell in May.",
        "His father fought in World War Two as a pilot.",
        "Formula One is back in Las Vegas.",
        "They moved to Phase Two of the plan.",
        "The 5G rollout reached the town.",
        "Nurses work 24/7 in the ward.",
        "Apple showed the iPhone 15 in Cupertino.",
        "The plane left from Gate 22 at Terminal 5.",
        "A Category 4 storm hit land.",
    ] {
        let got = lines(text);
        assert!(
            got.iter()
                .all(|l| !l.starts_with("ORDINAL") && !l.starts_with("CARDINAL")),
            "{text}: {got:?}"
        );
    }
    // The look-alikes: a headline in title case, a rank, a count after a date.
    check(&[
        (
            "headline count",
            "Storm Kills Three",
            "CARDINAL \"Three\" value=3",
        ),
        (
            "headline rank",
            "Labour Wins Second Term",
            "ORDINAL \"Second\" value=2",
        ),
        (
            "a rank in a sentence",
            "He came Second in the race.",
            "ORDINAL \"Second\" value=2",
        ),
        (
            "after a weekday",
            "On Monday Three people died.",
            "CARDINAL \"Three\" value=3",
        ),
        (
            "a scale before G",
            "Its chips run at 3.5G a second.",
            "CARDINAL \"3.5G\" value=3500000000",
        ),
        ("a date on 24/7", "Rent is due on 24/7.", "DATE \"24/7\""),
        (
            "a model's count",
            "Sales of 15 models rose.",
            "CARDINAL \"15\" value=15",
        ),
        (
            "a sentence's first word",
            "Three people died in the fire.",
            "CARDINAL \"Three\" value=3",
        ),
    ]);
}
