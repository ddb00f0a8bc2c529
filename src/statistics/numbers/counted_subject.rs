//! A glued "m" is a million when the sentence's subject counts things and a verb of level joins
//! it to the number: "Downloads passed 50m", "Subscribers rose to 8.5m, up from 7m", "Passenger
//! numbers hit 30m", "Its audience reached 12m". Only subjects that count (no "Water levels
//! rose to 5m", "Waves reached 12m": lengths).

use crate::statistics::cursor::Cx;

/// Nouns that count people or things and are never lengths.
const COUNTING: &[&str] = &[
    "downloads",
    "users",
    "subscribers",
    "viewers",
    "visitors",
    "passengers",
    "customers",
    "members",
    "followers",
    "listeners",
    "readers",
    "numbers",
    "sales",
    "shipments",
    "deliveries",
    "votes",
    "signatures",
    "applications",
    "tourists",
    "arrivals",
    "audience",
    "audiences",
    "population",
    "attendance",
    "turnout",
    "membership",
    "readership",
    "viewership",
];

/// Verbs of a level a count reaches or leaves.
const LEVEL_VERBS: &[&str] = &[
    "rose",
    "rise",
    "rises",
    "fell",
    "fall",
    "falls",
    "passed",
    "pass",
    "passes",
    "reached",
    "reach",
    "reaches",
    "hit",
    "hits",
    "topped",
    "tops",
    "peaked",
    "peak",
    "peaks",
    "grew",
    "grow",
    "grows",
    "climbed",
    "jumped",
    "dropped",
    "exceeded",
    "exceed",
    "exceeds",
    "totalled",
    "totaled",
    "surpassed",
    "crossed",
    "stood",
    "stands",
    "numbered",
];

/// Words between the verb and the number: "rose to", "peaked at", "fell to just under".
const BETWEEN: &[&str] = &[
    "to", "at", "by", "past", "above", "below", "nearly", "almost", "about", "around", "over",
    "some", "just", "under", "more", "than", "roughly",
];

/// Whether the number opening at `start` follows a verb of level whose subject (right before
/// it, or before "have"/"has"/"had") is a noun of [`COUNTING`].
pub(super) fn counted_before(cx: &Cx, start: usize) -> bool {
    let mut k = start;
    let mut skipped = 0;
    while k > 0 && skipped < 4 && cx.is_any(k - 1, BETWEEN) {
        k -= 1;
        skipped += 1;
    }
    if k < 2 || !cx.is_any(k - 1, LEVEL_VERBS) {
        return false;
    }
    let mut s = k - 2;
    if s > 0 && cx.is_any(s, &["have", "has", "had"]) {
        s -= 1;
    }
    cx.is_any(s, COUNTING)
}
