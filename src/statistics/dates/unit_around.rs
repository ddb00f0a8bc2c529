//! "the day before", "the week after", "the night before": one day, night, week, month or year
//! next to the story's own time; "the day after Christmas", "the week before 3 May": next to a
//! date written after it. (A count of units is `duration_anchor`'s: "two days before Easter".)

use super::join::atom;
use super::{Cat, DatePhrase, FromAnchor};
use crate::statistics::calendar::When;
use crate::statistics::cursor::Cx;
use crate::statistics::lexicon::TimeUnit;

/// Whether the date ends before token `e`: nothing follows on the line, a mark ends a clause, or
/// a conjunction opens the next one ("the day before and the day after", "the week after, when").
fn clause_ends(cx: &Cx, e: usize) -> bool {
    !cx.near(e)
        || matches!(
            cx.punct(e),
            Some(b'.' | b',' | b';' | b':' | b'!' | b'?' | b')')
        )
        || cx.is_any(e, &["and", "but", "or", "when", "while", "as"])
}

/// "the day before", "the night after", "the week after Christmas" at `i` (on "the").
pub(super) fn the_unit_around(cx: &Cx, i: usize) -> Option<DatePhrase> {
    let u = i + 1;
    let w = cx.word(u).filter(|_| cx.near(u))?;
    let unit = w.time_unit.filter(|_| !w.time_unit_plural)?;
    if !matches!(
        unit,
        TimeUnit::Day | TimeUnit::Night | TimeUnit::Week | TimeUnit::Month | TimeUnit::Year
    ) || cx.s(u).len() <= 2
    {
        return None;
    }
    let b = u + 1;
    if !(cx.near(b) && cx.is_any(b, &["before", "after"])) {
        return None;
    }
    let cat = if unit == TimeUnit::Night {
        Cat::Time
    } else {
        Cat::Date
    };
    // "the day after Christmas", "the week before 3 May": next to a date (not a length, and not
    // "the day before yesterday", `day_word`'s).
    if cx.near(b + 1) {
        if let Some(a) = atom(cx, b + 1)
            .filter(|a| a.start == b + 1 && a.cat != Cat::Duration && a.duration.is_none())
        {
            return Some(DatePhrase::new(i, a.end, cat, When::Nothing));
        }
    }
    if !clause_ends(cx, b + 1) {
        return None;
    }
    let offset = if cx.is(b, "before") { -1 } else { 1 };
    let unit = if unit == TimeUnit::Night {
        TimeUnit::Day
    } else {
        unit
    };
    let mut p = DatePhrase::new(i, b + 1, cat, When::Relative { unit, offset });
    p.from_anchor = FromAnchor::OrDateline;
    Some(p)
}
