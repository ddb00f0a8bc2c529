//! A period counted on from the story's own: "the week after next", "the year before last",
//! "the month before" at a clause's end.

use super::super::{Cat, DatePhrase};
use crate::statistics::calendar::When;
use crate::statistics::cursor::Cx;
use crate::statistics::lexicon::TimeUnit;

/// "the week after next", "the year before last": two periods on from the dateline (`k`: the
/// period's word after "the" at `i`).
pub(super) fn two_on(cx: &Cx, i: usize, k: usize) -> Option<DatePhrase> {
    if k > i
        && cx.near(k)
        && cx.is_any(k + 1, &["after", "before"])
        && cx.is(
            k + 2,
            if cx.is(k + 1, "after") {
                "next"
            } else {
                "last"
            },
        )
        && cx.near(k + 1)
        && cx.near(k + 2)
    {
        let unit = cx
            .word(k)
            .filter(|w| !w.time_unit_plural)
            .and_then(|w| w.time_unit)
            .filter(|u| {
                matches!(
                    u,
                    TimeUnit::Week | TimeUnit::Weekend | TimeUnit::Month | TimeUnit::Year
                )
            });
        if let Some(unit) = unit {
            let offset = if cx.is(k + 1, "after") { 2 } else { -2 };
            let when = When::Relative { unit, offset };
            return Some(DatePhrase::new(i, k + 3, Cat::Date, when));
        }
    }
    None
}

/// "860,000 in the year before", "up from 12% the month before, and": "the", a period's unit
/// (`k`) and "before" that ends its clause are the period before the story's one, as "the
/// previous year" is (counted from the last date written, else the dateline). Not "the year
/// before the election" (a period before a named event), "the week before last" (above).
pub(super) fn the_unit_before(cx: &Cx, i: usize, k: usize) -> Option<DatePhrase> {
    let e = k + 2;
    let ends =
        !cx.near(e) || cx.is_any(e, &[",", ".", ";", ":", ")", "and", "but", "when", "while"]);
    if !ends {
        return None;
    }
    // "back the Monday after", "the Friday before, and": a weekday after or before the one the
    // story names, unresolved (branch `figs42`).
    if cx.word(k).is_some_and(|w| w.weekday.is_some()) && cx.capitalised(k) {
        return Some(DatePhrase::new(i, e, Cat::Date, When::Nothing));
    }
    if !cx.is(k + 1, "before") {
        return None;
    }
    let unit = cx
        .word(k)
        .filter(|w| !w.time_unit_plural)
        .and_then(|w| w.time_unit)
        .filter(|u| matches!(u, TimeUnit::Week | TimeUnit::Month | TimeUnit::Year))?;
    let mut p = DatePhrase::new(i, e, Cat::Date, When::Relative { unit, offset: -1 });
    p.from_anchor = super::super::FromAnchor::OrDateline;
    Some(p)
}
