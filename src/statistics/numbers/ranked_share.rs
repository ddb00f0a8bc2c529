//! "the lowest-paid fifth of households", "the poorest tenth were", "the top fifth of earners":
//! an ordinal word after "the" and a superlative (or "top"/"bottom") names a share of a whole
//! ranked by that measure, the fraction, not a rank ("a fifth consecutive year" and "the fifth
//! of November" have no superlative before them; "the third largest" puts its superlative
//! after).

use crate::statistics::cursor::Cx;
use crate::statistics::lexicon::{fraction_denominator, Word};

/// What may follow the share: "of" and a whole, or the verb of the share as a subject.
const SHARE_NEXT: &[&str] = &[
    "of", "were", "are", "was", "is", "have", "has", "had", "will", "saw", "lost", "gained", "got",
    "paid", "spent", "spend", "earned", "earn",
];

/// The fraction (1/d) of the ordinal word `w` at `j` when it names a ranked share.
pub(super) fn ranked_share(cx: &Cx, j: usize, w: &Word) -> Option<f64> {
    let d = fraction_denominator(w)?;
    if d < 3 || w.plural_fraction.is_some() || j < 2 || !cx.near(j) {
        return None;
    }
    if !(cx.near(j + 1) && cx.is_any(j + 1, SHARE_NEXT)) {
        return None;
    }
    // The ranking word, alone or first in a compound glued by hyphens ("lowest-paid",
    // "worst-off", "highest-earning").
    let mut k = j - 1;
    if k >= 2 && cx.is(k - 1, "-") && cx.attached(k - 1) && cx.attached(k) && cx.is_word(k) {
        k -= 2;
    }
    let ranking = cx.is_any(k, &["top", "bottom", "best", "worst", "least", "most"]) || {
        let s = cx.lower(k);
        s.len() >= 6 && s.ends_with("est") && s.bytes().all(|b| b.is_ascii_lowercase())
    };
    (ranking && k >= 1 && cx.is(k - 1, "the") && cx.near(k)).then(|| 1.0 / d as f64)
}
