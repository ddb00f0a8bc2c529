//! A range of counts named by its verb: "estimates ranged from 2,000 to 3,000 deaths".

use crate::statistics::cursor::Cx;
use crate::statistics::numbers::Num;

/// Words that make "from N to M" after them one range, not a change between two levels.
const RANGE_WORDS: &[&str] = &[
    "range", "ranges", "ranged", "ranging", "vary", "varies", "varied", "varying", "anywhere",
];

/// Whether the count `n` opens "from N to …" right after a word of range: "ranged from 2,000
/// to 3,000 deaths", "estimates vary from 40 to 60", "anywhere from 200 to 300 people". "rose
/// from 2,000 to 3,000" stays two figures (a change and its level).
pub(super) fn after_range_word(cx: &Cx, n: &Num) -> bool {
    let s = n.start;
    s >= 2
        && cx.near(s)
        && cx.near(s - 1)
        && cx.is(s - 1, "from")
        && cx.is_any(s - 2, RANGE_WORDS)
        && cx.is(n.end, "to")
}
