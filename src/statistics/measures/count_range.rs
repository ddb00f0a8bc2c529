//! A range of counts named by its verb ("estimates ranged from 2,000 to 3,000 deaths"), and two
//! counts joined by "to" before "of" and the group they are part of ("eight to nine of them").

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
    from_after_range_word(cx, n.start) && cx.is(n.end, "to")
}

/// Whether token `s` follows "from" after a word of range ("the results range from 5 …"): the
/// figures after it are the ends of a range of counts, so a bare number there is no clock hour
/// unless the time's own marks say so ("range from 5 to 10" is no 05:00–10:00).
pub(crate) fn from_after_range_word(cx: &Cx, s: usize) -> bool {
    s >= 2 && cx.near(s) && cx.near(s - 1) && cx.is(s - 1, "from") && cx.is_any(s - 2, RANGE_WORDS)
}

/// Words after "of" that name the group a range of counts is part of: "eight to nine of them",
/// "10 to 12 of the players", "three to four of those arrested".
const GROUP_WORDS: &[&str] = &[
    "the", "them", "us", "these", "those", "its", "his", "her", "their", "our", "whom", "which",
];

/// Whether `n` to `m` is one range of counts because a group follows: "eight to nine of them",
/// "Ten to 12 of the players". Counts, the second the larger, joined by "to" and nothing else;
/// not a change's ends ("rose from 5 to 10 of the 20 seats" stays two figures) and not a vote
/// or score, whose first count is the larger ("passed 326 to 203").
pub(super) fn before_group(cx: &Cx, n: &Num, m: &Num) -> bool {
    let from = n.start > 0 && cx.is(n.start - 1, "from");
    !from
        && n.value.fract() == 0.0
        && m.value.fract() == 0.0
        && cx.is(n.end, "to")
        && m.start == n.end + 1
        && cx.near(n.end)
        && cx.near(m.start)
        && cx.near(m.end)
        && cx.is(m.end, "of")
        && cx.near(m.end + 1)
        && cx.is_any(m.end + 1, GROUP_WORDS)
}
