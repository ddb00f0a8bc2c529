//! Parts of a period: "mid-November", "the end of 2000", "the first week of July", "week 10".
//!
//! `part_of` tries, in this order: a word before the period (`early_late`: "mid-November",
//! "early 2019"), "the closest Monday to Oct 5th" (`closest`), a period counted on from the
//! story's own (`around`: "the week after next", "the month before"), "the half to June"
//! (`duration_anchor`), weeks named by a day in them (`weeks`: "the week of October 6", "the
//! weekend"), periods that end at a month (`period_ends`: "the year to March", "the 12 months to
//! September"), "the month of June", seasons of a year (`seasons`), the end or rest of a period
//! (`end_of`), parts counted by an ordinal (`ordinals`, with `halves` and `nth_weekday`), "week
//! 10" (`weeks`), "year to date" and "to date".

mod around;
mod early_late;
mod end_of;
mod game_quarter;
mod halves;
mod nth_weekday;
mod ordinals;
mod period_ends;
mod seasons;
mod weeks;

use super::absolute::month_phrase;
use super::join::atom;
use super::{Cat, DatePhrase};
use crate::statistics::calendar::When;
use crate::statistics::cursor::Cx;
pub(super) use nth_weekday::{nth_weekday_day, whole_month_at};

/// "mid-November", "the end of 2000", "the beginning of March", "early next year",
/// "the first quarter of the year", "the last week of July", "week 10", "end of month".
pub(super) fn part_of(cx: &Cx, i: usize) -> Option<DatePhrase> {
    let lower = cx.lower(i);
    // "mid-November", "mid May", "early 2019", "late last year", "earlier this month", "late
    // tonight".
    if early_late::opens(lower.as_str()) {
        return early_late::early_late(cx, i);
    }
    // "the end of 2000", "end of the sunday", "beginning of March", "end of month", "to date".
    let mut k = i;
    if cx.is(k, "the") && cx.near(k + 1) {
        k += 1;
    }
    // "the closest Monday to Oct 5th", "the 2nd Friday before 1 May" (`closest`).
    if let Some(p) = super::closest::parse(cx, i) {
        return Some(p);
    }
    // "the week after next", "the year before last": two periods on from the dateline.
    if let Some(p) = around::two_on(cx, i, k) {
        return Some(p);
    }
    if k > i && cx.is(k, "half") {
        if let Some(p) = super::duration_anchor::half_year_to(cx, i, k) {
            return Some(p);
        }
    }
    if k > i && cx.is_any(k + 1, &["before", "after"]) && cx.near(k + 1) {
        if let Some(p) = around::the_unit_before(cx, i, k) {
            return Some(p);
        }
    }
    if let Some(p) = weeks::week_of(cx, i, k) {
        return Some(p);
    }
    if let Some(p) = weeks::weekend(cx, i, k) {
        return Some(p);
    }
    if let Some(p) = period_ends::period_to_month(cx, i, k) {
        return Some(p);
    }
    if let Some(p) = period_ends::counted_to_month(cx, i, k) {
        return Some(p);
    }
    // "the month of June": the month itself.
    if k > i && cx.is(k, "month") && cx.is(k + 1, "of") && cx.near(k + 1) && cx.near(k + 2) {
        if let Some(mut m) = month_phrase(cx, k + 2).filter(|m| {
            matches!(
                m.when,
                When::Date {
                    m: Some(_),
                    d: None,
                    ..
                }
            )
        }) {
            m.start = i;
            return Some(m);
        }
    }
    // "summer 2019", "the autumn of 1969", "Fall 2024": a season of a year, read as the year
    // (which months it spans depends on the hemisphere).
    if let Some(p) = seasons::season_of_year(cx, k) {
        return Some(p);
    }
    // "the end of May", "the rest of the year", "the remainder of the decade".
    if cx.is_any(k, end_of::PARTS) && cx.is(k + 1, "of") && cx.near(k + 2) {
        return end_of::end_of(cx, k);
    }
    // "the first quarter of the year", "the last week of July", "the 9th month of next year",
    // "the second week of 2021", "first ten days of last year".
    if ordinals::opens(cx, k) {
        return ordinals::nth_part(cx, i, k);
    }
    // "week 10", "week 3 of 2027".
    if cx.is(i, "week") && cx.is_digits(i + 1) && cx.near(i + 1) && cx.s(i + 1).len() <= 2 {
        return weeks::numbered(cx, i);
    }
    if (lower == "year" || lower == "to")
        && cx.is(i + 1, if lower == "year" { "to" } else { "date" })
    {
        if lower == "year" && cx.is(i + 2, "date") {
            return Some(DatePhrase::new(i, i + 3, Cat::Date, When::Nothing));
        }
        if lower == "to"
            && i > 0
            && !cx.is_any(i - 1, &["up", "due", "date"])
            && !(cx.is_word(i + 2) && cx.near(i + 2))
        {
            return Some(DatePhrase::new(i, i + 2, Cat::Date, When::Nothing));
        }
    }
    None
}

/// The date that "the end of", "the first week of" … is part of, at `m`: not a duration, and
/// not a year that dates the noun after it ("the end of the 1991 Gulf War").
pub(super) fn dated_part_of(cx: &Cx, m: usize) -> Option<DatePhrase> {
    let inner = atom(cx, m)?;
    if inner.cat == Cat::Duration {
        return None;
    }
    let year_only = matches!(
        inner.when,
        When::Date {
            y: Some(_),
            m: None,
            d: None
        }
    );
    if year_only && cx.is(m - 1, "the") && cx.near(inner.end) && cx.is_word(inner.end) {
        return None;
    }
    Some(inner)
}
