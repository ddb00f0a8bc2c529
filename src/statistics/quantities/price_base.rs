//! One unit after "a" that is what a price is paid for, no amount of its own: "A litre of
//! petrol costs 133p", "a kilo of rice sold for ₹60", "the price of a megawatt-hour" (the
//! README: "20p a litre" has no `a litre`). "He drank a litre of water" keeps its litre.

use crate::statistics::cursor::Cx;

/// Verbs of a price after "a <unit> of <goods>".
const PRICED: &[&str] = &[
    "cost", "costs", "costing", "sells", "sold", "fetches", "fetched", "retails", "retailed",
];

/// Whether the unit after the "a" at `i` (the unit at `k`) is a price's base.
pub(super) fn price_base(cx: &Cx, i: usize, k: usize) -> bool {
    // "a megawatt-hour": a unit of energy glued on, not one megawatt.
    if cx.is(k + 1, "-") && cx.attached(k + 1) && cx.attached(k + 2) && cx.is(k + 2, "hour") {
        return true;
    }
    // "the price of a litre", "the cost of a kilo".
    if i >= 2 && cx.is(i - 1, "of") && cx.is_any(i - 2, &["price", "prices", "cost", "costs"]) {
        return true;
    }
    // "A litre of petrol (now) costs", "a kilo of rice will cost": the goods, then the price's
    // verb within four words.
    cx.is(k + 1, "of")
        && cx.near(k + 1)
        && (k + 2..k + 7)
            .take_while(|&j| cx.near(j) && cx.punct(j).is_none())
            .any(|j| cx.is_any(j, PRICED))
}
