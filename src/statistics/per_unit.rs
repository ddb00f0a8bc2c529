//! What an amount of money is paid for: "$15 an hour", "£450 a month", "$13 a share", "$50 a
//! barrel", "140p per litre", "$0.03/kWh", "£5 each". The `per` field names the unit ("hour",
//! "share", "kWh", "each"), so a reader sees a price, not a sum. The span stays the amount's
//! (as the corpora mark it: "$15" in "$15 an hour"); the rate's words come right after it.
//!
//! rate := amount ("a" | "an" | "per") unit-word | amount "/" unit | amount ("each" | "apiece")
//!   unit-word := a unit of time or measure, or a noun things are priced by ("share", "head")

use super::cursor::Cx;
use super::Found;

/// Nouns prices are quoted by, besides units of measure: "$13 a share", "£8 a head", and the
/// units of time ("per annum" is a year).
const PRICED_BY: &[&str] = &[
    "share",
    "barrel",
    "head",
    "person",
    "passenger",
    "ticket",
    "night",
    "item",
    "unit",
    "seat",
    "dose",
    "copy",
    "capita",
    "hour",
    "day",
    "week",
    "month",
    "year",
    "minute",
    "second",
    "fortnight",
    "quarter",
    // Goods sold by a count or a container: "$6.23 a dozen", "£80 a pair", "£12 a pack".
    "dozen",
    "pair",
    "pack",
    "packet",
    "bottle",
    "loaf",
    "bag",
];

/// Words after a unit of time that make it a point in time or an age, not a rate: "£450 a
/// month ago", "a week later". ("from" only before "now" and the like: see `rate_at`.)
const NOT_A_RATE_AFTER: &[&str] = &[
    "ago", "later", "earlier", "before", "after", "old", "long", "late", "early",
];

/// `f` with the rate it is quoted at, when one follows.
#[inline(never)]
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

/// The token after a price's rate words ("£1.20 a kilo": after "kilo"), so that the scan does
/// not read "a kilo" again as a quantity of its own; `j` when no rate opens there.
pub fn past_rate(cx: &Cx, j: usize) -> usize {
    match rate_at(cx, j) {
        Some(_) if cx.is_any(j, &["each", "apiece"]) => j + 1,
        Some(_) => j + 2,
        None => j,
    }
}

/// The token after the base of a quantity's rate at `j`, "a"/"an"/"per" and a unit of measure
/// ("7.2 tonnes a hectare", "186 bushels an acre", "40 litres per hectare"), so that the scan
/// does not read "a hectare" as a quantity of its own (the base of a rate is no figure, as "a
/// litre" after a price is none); `j` when none opens there.
pub fn past_measure_base(cx: &Cx, j: usize) -> usize {
    let base = cx.is_any(j, &["a", "an", "per"])
        && cx.near(j + 1)
        && cx.word(j + 1).is_some_and(|w| w.measure.is_some())
        && !(cx.near(j + 2) && cx.is_any(j + 2, NOT_A_RATE_AFTER) || cx.is(j + 2, "of"));
    if base {
        j + 2
    } else {
        j
    }
}

/// The rate's unit, when token `j` opens one: a word of [`PRICED_BY`] or a unit's symbol.
fn rate_at(cx: &Cx, j: usize) -> Option<&'static str> {
    // "£5 each", "$2 apiece".
    if cx.is_any(j, &["each", "apiece"]) {
        return Some("each");
    }
    // "$0.03/kWh", "$4/gal": a unit joined by a slash; "$15 an hour", "140p per litre".
    let slash = cx.is(j, "/") && cx.attached(j) && cx.attached(j + 1);
    let word = cx.is_any(j, &["a", "an", "per"]) && cx.near(j + 1);
    if !(slash || word) || !cx.is_word(j + 1) {
        return None;
    }
    let k = j + 1;
    let unit = cx
        .word(k)
        .and_then(|w| w.measure)
        .and_then(super::units::measure_unit)
        .map(|u| super::quantities::watt_hours(cx, u, k + 1).map_or(u.symbol, |(e, _)| e.symbol));
    let priced = || {
        if cx.is(k, "annum") {
            return Some("year");
        }
        PRICED_BY.iter().find(|w| cx.is(k, w)).copied()
    };
    let per = unit.or_else(priced)?;
    // "a week later", "a pound of apples": a time or what was bought, not a rate.
    if word && (cx.near(k + 1) && cx.is_any(k + 1, NOT_A_RATE_AFTER) || cx.is(k + 1, "of")) {
        return None;
    }
    // "a week from now" is a date; "£12.21 an hour from April" a rate from then on.
    if word && cx.is(k + 1, "from") && cx.is_any(k + 2, &["now", "today", "tomorrow", "then"]) {
        return None;
    }
    Some(per)
}
