//! "a 1-in-100-year flood", "a one-in-200-year storm", "a 3-in-1 printer": "in" glued by
//! hyphens between two counts is a ratio's word, never an inch.

use crate::statistics::cursor::Cx;

/// Whether the unit at `k..end`, glued by a hyphen after its number, is "in" with another
/// hyphen and a count glued after it ("1-in-100-year", "one-in-five"). A number, then a hyphen
/// and "in" and nothing glued ("a 5-in screen", "a 3-in pipe") stays an inch.
pub(super) fn ratio_in(cx: &Cx, k: usize, end: usize) -> bool {
    end == k + 1
        && cx.is(k, "in")
        && cx.is(end, "-")
        && cx.attached(end)
        && cx.attached(end + 1)
        && (cx.is_digits(end + 1)
            || cx
                .word(end + 1)
                .is_some_and(|w| w.unit.is_some() || w.ten.is_some()))
}
