//! "a payment of ₹1,500 to 2.4 crore women", "grants of $500 to 3,000 families": an amount, "to"
//! and a bare number before the plural it counts. The number counts who gets the amount; the
//! two are no range of money ("$5 to 10 dollars", "£10 to 20 each" stay ranges).

use crate::statistics::cursor::Cx;

/// Plurals without an "s" that count people.
const PEOPLE: &[&str] = &["people", "men", "women", "children", "staff", "police"];

/// Words of four letters or more ending in "s" that count nothing.
const NOT_PLURALS: &[&str] = &["this", "thus", "plus", "minus", "less", "apiece", "various"];

/// Whether the range's second end at `at..end` is a bare number (no currency sign of its own)
/// followed by a lower-case plural noun the lexicon gives no role (no unit, currency, scale or
/// time).
pub(crate) fn counts_after(cx: &Cx, at: usize, end: usize) -> bool {
    let bare = cx.is_digits(at)
        || cx
            .word(at)
            .is_some_and(|w| w.unit.is_some() || w.ten.is_some());
    if !(bare && cx.near(end) && cx.is_word(end) && !cx.capitalised(end)) {
        return false;
    }
    let role = cx.word(end).is_some_and(|w| {
        w.measure.is_some()
            || w.currency.is_some()
            || w.scale.is_some()
            || w.time_unit.is_some()
            || w.unit.is_some()
            || w.ten.is_some()
    });
    if role {
        return false;
    }
    let lower = cx.lower(end);
    let w = lower.as_str();
    PEOPLE.contains(&w)
        || w.len() >= 4
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("us")
            && !NOT_PLURALS.contains(&w)
}
