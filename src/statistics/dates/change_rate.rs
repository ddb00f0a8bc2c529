//! An amount a change noun opens, then "in" and a length: "a rise of ₹640 in a day", "a
//! jump of $2bn in a week", "a fall of 3,000 in a month". The length is the time the change
//! took (a DURATION, "in" outside), not a time from now.

use crate::statistics::currencies;
use crate::statistics::cursor::Cx;
use crate::statistics::units::symbol_currency;

/// Nouns of a change, before "of" and its amount.
const CHANGE_NOUNS: &[&str] = &[
    "rise",
    "rises",
    "fall",
    "falls",
    "drop",
    "drops",
    "jump",
    "jumps",
    "gain",
    "gains",
    "loss",
    "losses",
    "increase",
    "increases",
    "decrease",
    "decreases",
    "decline",
    "declines",
    "surge",
    "climb",
    "slump",
    "plunge",
    "hike",
    "spike",
    "swing",
    "growth",
];

/// Whether the tokens just before the "in" at `i` are an amount after a change noun and "of":
/// digits, a decimal point or thousands comma inside them, a scale or number word, a
/// currency's symbol or word ("a rise of ₹640", "a drop of about £2.5bn", "a jump of two
/// million"). Not an amount with no change noun ("paid £500 in a month") nor a noun of
/// a thing ("a bill of £500 in a month").
pub(super) fn after_change_amount(cx: &Cx, i: usize) -> bool {
    let mut k = i;
    let mut figure = false;
    while k > 0 && i - k < 8 && cx.near(k) {
        k -= 1;
        if cx.is(k, "of") {
            return figure && k > 0 && cx.near(k) && cx.is_any(k - 1, CHANGE_NOUNS);
        }
        let inside_figure = cx.is_any(k, &[".", ","]) && cx.is_digits(k + 1) && k + 1 < i;
        let amount_word = cx.word(k).is_some_and(|w| {
            w.unit.is_some() || w.ten.is_some() || w.scale.is_some() || w.currency.is_some()
        });
        let s = cx.s(k);
        let symbol = currency_symbol(cx, k);
        // "£2.5bn", "₹640m": a scale's letters glued to the digits.
        let glued_scale =
            cx.is_word(k) && s.len() <= 3 && k > 0 && cx.is_digits(k - 1) && cx.attached(k);
        let approx = cx.is_any(
            k,
            &["about", "around", "nearly", "almost", "some", "roughly"],
        );
        if !(cx.is_digits(k) || inside_figure || amount_word || glued_scale || symbol || approx) {
            return false;
        }
        figure |= cx.is_digits(k) || amount_word;
    }
    false
}

/// Whether token `k` is a currency's symbol: one sign ("₹", "$") or letters of the table ("Rs",
/// "KSh").
pub(super) fn currency_symbol(cx: &Cx, k: usize) -> bool {
    let s = cx.s(k);
    let mut chars = s.chars();
    let one_sign = match (chars.next(), chars.next()) {
        (Some(c), None) => symbol_currency(c).is_some(),
        _ => false,
    };
    one_sign || !s.is_empty() && currencies::symbol(s).is_some()
}
