//! "between $5 and $7 million": the low end of a range of money written without its scale
//! takes the high end's, as "$5-$7 million" and "$5 to $7 million" do
//! (`measures::currency::money_prefix`).

use crate::statistics::cursor::Cx;
use crate::statistics::numbers::{self, Context, NumKind};
use crate::statistics::Found;

/// The low end `lo` of the range from the amount `f` to the amount whose number (perhaps after
/// its symbol) starts at `at`, with the second's scale when `f`'s number has none and the
/// second's has; not past the second end `hi` ("between $500 and $7 million" is from $500).
pub(super) fn low_end(cx: &Cx, f: &Found, at: usize, lo: f64, hi: f64) -> f64 {
    let number_at = |k: usize| {
        [k, k + 1].into_iter().find_map(|k| {
            numbers::parse(cx, k, Context::Money)
                .filter(|n| n.start == k && n.kind == NumKind::Cardinal)
        })
    };
    if number_at(f.start()).is_none_or(|n| n.end != f.end() || n.scaled) {
        return lo;
    };
    let Some(m) = number_at(at).filter(|m| m.scaled) else {
        return lo;
    };
    let raw = numbers::parse(cx, m.start, Context::Plain).map_or(1.0, |r| r.value);
    let factor = if raw == 0.0 { 1.0 } else { m.value / raw };
    let factor = if factor == 1.0 {
        numbers::magnitude(cx, &m)
    } else {
        factor
    };
    if lo * factor > hi {
        lo
    } else {
        lo * factor
    }
}
