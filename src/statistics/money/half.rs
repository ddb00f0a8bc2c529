//! "a dollar and a half", "two euros and a half", "ten bucks and a half": half of the
//! currency's unit after a whole amount that ends with the currency's word, as "one and a half
//! dollars" says before it.

use crate::statistics::cursor::Cx;
use crate::statistics::Found;

/// Words a money phrase may be followed by when it ends at "half": function words of the
/// clause, not a noun that "a half" would count ("and a half hours", "and a half years").
const AFTER_HALF: &[&str] = &[
    "a", "an", "per", "each", "apiece", "for", "to", "or", "and", "in", "on", "at", "from", "by",
    "with", "than", "is", "was", "were", "will", "would", "could", "now", "today",
];

/// Magnitudes after which "and a half" is the magnitude's ("$2 million and a half" is said
/// "two and a half million dollars").
const MAGNITUDES: &[&str] = &[
    "hundred", "thousand", "million", "billion", "trillion", "grand", "k", "m", "bn", "mn",
];

/// "and a half" after the whole amount `f`: the token after "half". Not after a symbol and
/// digits ("$5 and a half"), a magnitude, a fraction of a unit, nor before "of" or a noun.
pub(super) fn and_a_half(cx: &Cx, f: &Found) -> Option<usize> {
    let k = f.end();
    let whole = f
        .detail
        .value_of()
        .is_some_and(|v| v.fract() == 0.0 && (1.0..1e6).contains(&v));
    let named = k > f.start() && cx.is_word(k - 1) && !cx.is_any(k - 1, MAGNITUDES);
    if !(whole
        && named
        && cx.is(k, "and")
        && cx.is(k + 1, "a")
        && cx.is(k + 2, "half")
        && cx.near(k)
        && cx.near(k + 1)
        && cx.near(k + 2))
    {
        return None;
    }
    let e = k + 3;
    let ends = !cx.near(e) || cx.punct(e).is_some_and(|b| b != b'-') || cx.is_any(e, AFTER_HALF);
    ends.then_some(e)
}
