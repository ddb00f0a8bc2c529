//! A holiday whose day moves, written without its year ("Easter Monday", "Thanksgiving",
//! "Memorial Day"): under a dateline it is the one the story speaks of. The latest on or before
//! the dateline (news reports the past: "spent $10.8 billion on Thanksgiving"), unless the next
//! one is at most [`SOON`] days after it ("2.3 million people plan a trip on Easter Monday" five
//! days before it: a story of a holiday days away speaks of that one), or its clause announces
//! it (`ahead::mark`: "will travel for Thanksgiving"), which takes the first on or after the
//! dateline. A season of several days (Ramadan) stays unresolved without its year: one day would
//! not be its span.

use crate::statistics::calendar::{valid, Ymd};
use crate::statistics::holiday_names::Holiday;

/// How many days ahead of the dateline a holiday is the one a story speaks of.
const SOON: i64 = 31;

/// The day of `h` the dateline `base` points at: the first on or after it when `ahead` or
/// when it is at most [`SOON`] days away, else the latest on or before it.
pub(in crate::statistics) fn moving_day(h: &Holiday, base: Ymd, ahead: bool) -> Option<String> {
    let day = |y: i32| {
        let (m, d) = h.on(Some(y))?;
        (h.until(y).is_none() && valid(y, m, d)).then_some(Ymd { y, m, d })
    };
    let now = base.days();
    let next = [base.y, base.y + 1]
        .into_iter()
        .filter_map(day)
        .find(|x| x.days() >= now);
    if ahead || next.is_some_and(|n| n.days() - now <= SOON) {
        return next.map(Ymd::iso);
    }
    [base.y, base.y - 1]
        .into_iter()
        .filter_map(day)
        .find(|x| x.days() <= now)
        .map(Ymd::iso)
}
