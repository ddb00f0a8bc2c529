//! A letter's currency named further back: "The rand firmed to R17.32 … municipalities owe it
//! R105 billion" — the story names its money once, in its first sentence, and a letter amount
//! three sentences on is in it. Asked only when the amount is written as money is (a decimal
//! point or a group's comma glued to the digits, or a magnitude after them: "R105 billion",
//! "K2.5m"), which a road's or a grade's letter ("the R61", "K2") is not; and only after the
//! near search found no name, so most letters never pay for the longer walk.

use super::cues::CUE_BEFORE;
use super::letters::{named_near, NAME_BEFORE};
use crate::statistics::cursor::Cx;

/// The currency of `codes` whose name a lower-case word from [`CUE_BEFORE`] up to
/// [`NAME_BEFORE`] tokens before the letter at `i` is.
pub(super) fn named_far(cx: &Cx, i: usize, codes: &[&'static str]) -> Option<&'static str> {
    if i < NAME_BEFORE || !written_as_money(cx, i + 1) {
        return None;
    }
    named_near(cx, i.saturating_sub(CUE_BEFORE), i - NAME_BEFORE, codes)
}

/// Whether the digits at `k` are written as an amount: a decimal point or a comma glued between
/// digits, or a magnitude word after them.
fn written_as_money(cx: &Cx, k: usize) -> bool {
    let glued = cx.is_any(k + 1, &[".", ","])
        && cx.attached(k + 1)
        && cx.attached(k + 2)
        && cx.is_digits(k + 2);
    glued
        || cx.near(k + 1) && cx.is_any(k + 1, &["million", "billion", "trillion", "bn", "m", "tn"])
}
