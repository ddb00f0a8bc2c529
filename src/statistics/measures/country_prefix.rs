//! A country's letters apart from a currency's symbol: "U.S. $4.5 million", "US $ 8.00",
//! "NZ $20", "HK $ 100", "Cdn $3 billion": the letters name the currency and open the amount
//! (glued, "US$3", "NZ$30", they are one prefix read in `currency::money_prefix`).

use super::currency::dotted_us;
use crate::statistics::cursor::Cx;
use crate::statistics::units::prefixed_currency;

/// The currency named by the letters before the symbol at `i` and the token they start at:
/// "U.S." with its stops (then a space or not), or capitals of two or three letters ("US",
/// "NZ", "HK") or "Cdn" before a space. Not a single letter apart ("A $20 million grant": the
/// article), not a word in lower or title case ("Can $5 million buy…"), nor letters glued to a
/// word before them.
pub(super) fn before_symbol(cx: &Cx, i: usize) -> Option<(&'static str, usize)> {
    if i == 0 || !cx.near(i) {
        return None;
    }
    // "$" alone is many countries' dollar: its letters name which ("UK £5m" is the pound
    // either way, and its letters stay outside).
    let mark = cx.s(i);
    if mark != "$" {
        return None;
    }
    // "U.S. $", "U.S.$": four tokens, glued to each other.
    if i >= 4 && dotted_us(cx, i - 4) == Some(i) && !glued_to_word(cx, i - 4) {
        return prefixed_currency("us", mark).map(|iso| (iso, i - 4));
    }
    let k = i - 1;
    let s = cx.s(k);
    let capitals = (2..=3).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_uppercase());
    if !(cx.is_word(k) && (capitals || s == "Cdn")) || glued_to_word(cx, k) {
        return None;
    }
    prefixed_currency(s, mark).map(|iso| (iso, k))
}

/// Whether the token at `k` is glued to a word or a number before it ("X-US $": part of a
/// name).
fn glued_to_word(cx: &Cx, k: usize) -> bool {
    k > 0 && cx.attached(k) && !cx.is_any(k - 1, &["(", "[", "\"", "“", "'", "‘"])
}
