//! A unit with "-long" glued on: "week-long", "a three-hour-long meeting".

use super::super::{Cat, DatePhrase};
use crate::statistics::calendar::{duration_iso, When};
use crate::statistics::cursor::Cx;

/// Whether "-long" is glued on at `j` ("three-hour-long", "week-long").
pub(super) fn long_after(cx: &Cx, j: usize) -> bool {
    cx.is(j, "-") && cx.attached(j) && cx.is(j + 1, "long") && cx.attached(j + 1)
}

/// Whether `i` is a time unit with "-long" glued on, no count before it: "a week-long
/// festival", "a decade-long war" (a "3-week-long" strike is read from its count).
pub(in crate::statistics) fn unit_long_at(cx: &Cx, i: usize) -> bool {
    long_after(cx, i + 1)
        && cx.s(i).len() > 1
        && !(i > 0 && cx.is(i - 1, "-") && cx.attached(i))
        && cx
            .word(i)
            .is_some_and(|w| w.time_unit.is_some() && !w.time_unit_plural)
}

/// "week-long", "year-long", "decade-long": one unit that lasts.
pub(super) fn unit_long(cx: &Cx, i: usize) -> Option<DatePhrase> {
    if !unit_long_at(cx, i) {
        return None;
    }
    let unit = cx.word(i)?.time_unit?;
    let mut p = DatePhrase::new(i, i + 3, Cat::Duration, When::Nothing);
    p.duration = Some(duration_iso(1.0, unit));
    Some(p)
}

/// Whether the length `d` ends with "-long": an adjective before its noun ("a week-long
/// strike"), which no "in" or "after" before it makes a date ("After Week-Long Strike").
pub(in crate::statistics::dates) fn ends_long(cx: &Cx, d: &DatePhrase) -> bool {
    d.end >= 2 && long_after(cx, d.end - 2)
}
