//! What an amount of money is paid for: "$15 an hour", "£450 a month", "$13 a share", "$50 a
//! barrel", "140p per litre", "$0.03/kWh", "£5 each". The `per` field names the unit ("hour",
//! "share", "kWh", "each"), so a reader sees a price, not a sum. The span stays the amount's
//! (as the corpora mark it: "$15" in "$15 an hour"); the rate's words come right after it.
//!
//! rate := amount ("a" | "an" | "per") unit-word | amount "/" unit | amount ("each" | "apiece")
//!   unit-word := a unit of time or measure, or a noun things are priced by ("share", "head")

use std::borrow::Cow;

use super::cursor::Cx;
use super::Found;

/// Nouns prices are quoted by, besides units of time and measure: "$13 a share", "£8 a head".
const PRICED_BY: &[&str] = &[
    "share",
    "barrel",
    "head",
    "person",
    "passenger",
    "ticket",
    "night",
    "visit",
    "item",
    "unit",
    "piece",
    "pupil",
    "patient",
    "household",
    "customer",
    "user",
    "employee",
    "seat",
    "room",
    "game",
    "ride",
    "trip",
    "bottle",
    "pack",
    "bag",
    "dose",
    "tablet",
    "kilo",
    "capita",
    "annum",
    "copy",
    "page",
    "word",
    "click",
    "subscriber",
    "member",
    "adult",
    "child",
    "student",
];

/// Words after a unit of time that make it a point in time or an age, not a rate: "£450 a
/// month ago", "a week later".
const NOT_A_RATE_AFTER: &[&str] = &[
    "ago", "later", "earlier", "before", "after", "old", "long", "late", "early", "from",
];

/// `f` with the rate it is quoted at, when one follows.
pub fn extend(cx: &Cx, mut f: Found) -> Found {
    if f.kind != "MONEY" {
        return f;
    }
    let j = f.end();
    if !cx.near(j) {
        return f;
    }
    if let Some(per) = rate_at(cx, j) {
        f.detail.extra_mut().per = Some(per);
    }
    f
}

/// The rate's unit, when token `j` opens one.
fn rate_at(cx: &Cx, j: usize) -> Option<Cow<'static, str>> {
    // "£5 each", "$2 apiece".
    if cx.is_any(j, &["each", "apiece"]) {
        return Some(Cow::Borrowed("each"));
    }
    // "$0.03/kWh", "$4/gal": a unit's symbol or word joined by a slash.
    if cx.is(j, "/") && cx.attached(j) && cx.attached(j + 1) && cx.is_word(j + 1) {
        let k = j + 1;
        let unit = cx
            .word(k)
            .is_some_and(|w| w.measure.is_some() || w.time_unit.is_some())
            || cx.is_any(k, PRICED_BY)
            || is_symbol(cx.s(k));
        return unit.then(|| Cow::Owned(cx.s(k).to_string()));
    }
    let per = cx.is(j, "per");
    if !(per || cx.is_any(j, &["a", "an"])) || !cx.near(j + 1) || !cx.is_word(j + 1) {
        return None;
    }
    let k = j + 1;
    let w = cx.word(k);
    let time = w.is_some_and(|w| w.time_unit.is_some() && !w.time_unit_plural);
    let measure = w.is_some_and(|w| w.measure.is_some());
    // "per cent" is a percentage, "a cent" a coin.
    if cx.is_any(k, &["cent", "cents", "percent"]) {
        return None;
    }
    if !(time || measure || cx.is_any(k, PRICED_BY)) {
        return None;
    }
    if time && cx.near(k + 1) && cx.is_any(k + 1, NOT_A_RATE_AFTER) {
        return None;
    }
    // "a pound of apples" costs money by weight, but "$5 a pound" at the end is a rate; "£10 a
    // litre of" too. A measure followed by "of" is what was bought, not the rate's unit.
    if measure && cx.is(k + 1, "of") {
        return None;
    }
    let word = super::lower::lower(cx.s(k));
    let unit = if word == "annum" {
        "year"
    } else {
        word.as_str()
    };
    Some(Cow::Owned(unit.to_string()))
}

/// A unit's symbol after a slash: letters only, up to four, with a capital or a known form
/// ("kWh", "MWh", "W", "t", "bbl", "hr", "yr", "mo", "oz", "gal").
fn is_symbol(s: &str) -> bool {
    s.len() <= 4
        && s.bytes().all(|b| b.is_ascii_alphabetic())
        && (s.bytes().any(|b| b.is_ascii_uppercase())
            || matches!(
                s,
                "t" | "bbl" | "hr" | "yr" | "mo" | "oz" | "gal" | "lb" | "sqft"
            ))
}
