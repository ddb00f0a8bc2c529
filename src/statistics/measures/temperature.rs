//! Temperatures: "21C", "minus 5 degrees", "70 degrees Fahrenheit".

use crate::statistics::cursor::Cx;
use crate::statistics::detail::Detail;
use crate::statistics::numbers::Num;
use crate::statistics::Found;

pub(super) fn temperature_suffix(cx: &Cx, n: &Num, j: usize) -> Option<Found> {
    if !cx.near(j) {
        return None;
    }
    let scale_at = |k: usize| -> Option<&'static str> {
        let s = cx.lower(k);
        match s.as_str() {
            "c" | "celsius" | "celcius" | "centigrade" | "centigrate" => Some("°C"),
            "f" | "fahrenheit" | "farenheit" => Some("°F"),
            "k" | "kelvin" => Some("K"),
            _ => None,
        }
    };
    let mut k = j;
    let mut unit = None;
    // "25ºC" (the ordinal indicator typed for a degree sign), "25 ℃", "77℉".
    let sign_unit = match cx.s(k) {
        // "20 degC", "68 degF": the scales as units software and papers write them.
        "℃" | "ºC" | "ºc" | "degC" => Some("°C"),
        "℉" | "ºF" | "ºf" | "degF" => Some("°F"),
        // "1º" alone is an ordinal in Spanish and Portuguese ("1º de Mayo").
        "º" if cx.near(k + 1) => scale_at(k + 1).filter(|u| *u != "K"),
        _ => None,
    };
    if let Some(u) = sign_unit {
        k += if cx.is(k, "º") { 2 } else { 1 };
        unit = Some(u);
    } else if cx.is(k, "°") {
        k += 1;
        unit = Some("°");
        if cx.near(k) && cx.is_word(k) {
            if let Some(u) = scale_at(k) {
                unit = Some(u);
                k += 1;
            }
        }
    } else if cx.is_any(k, &["deg", "degree", "degrees"]) {
        k += 1;
        unit = Some("°");
        if cx.is(k, ".") && cx.attached(k) && cx.is(j, "deg") {
            k += 1;
        }
        if cx.near(k) && cx.is_word(k) {
            if let Some(u) = scale_at(k) {
                unit = Some(u);
                k += 1;
            }
        }
    } else if cx.s(k).len() > 1 && cx.is_word(k) {
        if let Some(u) = scale_at(k).filter(|u| *u != "K") {
            unit = Some(u);
            k += 1;
        }
    } else if cx.attached(k)
        && cx.is_any(k, &["C", "F"])
        && cx.capitalised(k)
        && !n.words
        && (!cx.is(k + 1, "/") || other_scale_after(cx, k + 2))
        // Weather's range; a sign written before the number may go down to absolute zero
        // ("-160C" on a moon of Jupiter).
        && (-273.15..=3000.0).contains(&n.value)
        && (n.value >= -60.0 || cx.is_any(n.start, &["-", "−", "minus"]))
        && !(n.start > 0 && cx.capitalised(n.start - 1) && cx.is_word(n.start - 1))
        && !(cx.near(k + 1) && cx.is_any(k + 1, &["be", "is", "form", "filing", "filings"]))
        // Above weather's range only where the sentence speaks of heat or an oven
        // ("Heat the oven to 180C", "lava at 1,200C"), not a model's name ("the 250C").
        && (n.value <= 130.0 || word_before(cx, n.start, WARMTH) || word_before(cx, n.start, OVEN))
    {
        // "21C", "70F" as in weather reports.
        unit = Some(if cx.is(k, "C") { "°C" } else { "°F" });
        k += 1;
    } else if spaced_scale_letter(cx, n, k) {
        // "temperatures of 40 C", "a fever of 104 F".
        unit = Some(if cx.is(k, "C") { "°C" } else { "°F" });
        k += 1;
    }
    // "5 below zero", "four degrees below zero": under zero.
    let below =
        |k: usize| cx.near(k) && cx.is(k, "below") && cx.near(k + 1) && cx.is(k + 1, "zero");
    let mut value = n.value;
    if unit.is_none() && below(j) && n.value > 0.0 {
        unit = Some("°");
        k = j;
    }
    if below(k) && n.value > 0.0 {
        value = -n.value;
        k += 2;
    }
    let unit = unit?;
    let mut d = Detail::value(value).with_unit(unit);
    // "Temperatures fell to −7.5 degrees": bare degrees are a temperature when the sentence
    // before them speaks of one, or they are below zero.
    let warmth = unit != "°" || value < 0.0 || word_before(cx, n.start, WARMTH);
    d.extra_mut().measure = Some(if warmth { "temperature" } else { "degrees" });
    Some(Found::new(n.start, k, "QUANTITY", d))
}

/// "200C/180C fan", "220C/425F", "30C/86F", "200C / gas mark 6": after a slash, the same heat
/// on another scale or setting (a number glued to "C" or "F", or "gas"), so the "C" before the
/// slash is a scale too (a slash otherwise joins it to what follows: "C/2019 Q4").
fn other_scale_after(cx: &Cx, k: usize) -> bool {
    cx.is(k, "gas")
        || cx.is_digits(k)
            && cx.attached(k + 1)
            && cx.is_any(k + 1, &["C", "F"])
            && cx.capitalised(k + 1)
}

/// A capital "C" or "F" apart from its number ("temperatures of 40 C"): a scale only where the
/// sentence speaks of warmth, as bare degrees are, in weather's range, and not a grade, a
/// label or a list ("got 5 C grades" has no warm word; "Group 3 C", "4 F 2" are no scales).
fn spaced_scale_letter(cx: &Cx, n: &Num, k: usize) -> bool {
    cx.is_any(k, &["C", "F"])
        && !cx.attached(k)
        && cx.capitalised(k)
        && !n.words
        && (-60.0..=130.0).contains(&n.value)
        && !(cx.attached(k + 1) && (cx.is_word(k + 1) || cx.is_digits(k + 1) || cx.is(k + 1, "/")))
        && !(cx.near(k + 1) && (cx.is_digits(k + 1) || cx.capitalised(k + 1)))
        && !(n.start > 0 && cx.capitalised(n.start - 1) && cx.is_word(n.start - 1))
        && word_before(cx, n.start, WARMTH)
}

/// Words that make bare degrees a temperature.
const WARMTH: &[&str] = &[
    "temperature",
    "temperatures",
    "temps",
    "warm",
    "warmer",
    "warmest",
    "cold",
    "colder",
    "coldest",
    "hot",
    "hotter",
    "hottest",
    "heat",
    "freezing",
    "thermometer",
    "mercury",
    "forecast",
    "weather",
    "frost",
    "chill",
    "heatwave",
    "thermostat",
    "fever",
];

/// Words of cooking and furnaces, where temperatures run above weather's.
const OVEN: &[&str] = &[
    "oven",
    "ovens",
    "bake",
    "baked",
    "baking",
    "roast",
    "roasted",
    "roasting",
    "preheat",
    "preheated",
    "cook",
    "cooked",
    "cooking",
    "grill",
    "fry",
    "frying",
    "kiln",
    "furnace",
    "molten",
    "lava",
    "melts",
    "boils",
];

/// One of `words` in the sentence before token `start`, within a few words.
fn word_before(cx: &Cx, start: usize, words: &[&str]) -> bool {
    let mut i = start;
    while i > 0 && start - i < 12 && !cx.sentence_start(i) {
        i -= 1;
        if cx.is_any(i, words) {
            return true;
        }
    }
    false
}
