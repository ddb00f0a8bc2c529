//! A part of a period named by a word before it: "mid-November", "early 2019", "late last year",
//! "earlier this month", "late tonight", "the mid-1980s".

use super::super::absolute::{month_phrase, year_phrase};
use super::super::join::atom;
use super::super::relative::{day_word, relative};
use super::super::{Cat, DatePhrase};
use crate::statistics::calendar::When;
use crate::statistics::cursor::Cx;

/// The words that open such a part ("mid", "early", "late", "earlier", "later").
pub(super) fn opens(lower: &str) -> bool {
    matches!(lower, "mid" | "early" | "late" | "earlier" | "later")
}

/// The period after the word at `i` (one of `opens`), the phrase starting at `i`.
pub(super) fn early_late(cx: &Cx, i: usize) -> Option<DatePhrase> {
    let mut k = i + 1;
    if cx.is(k, "-") && cx.attached(k) {
        k += 1;
    } else if !cx.near(k) {
        return None;
    }
    if cx.is(k, "in") && cx.is(k + 1, "the") && cx.is_any(k + 2, &["year", "month", "week", "day"])
    {
        return Some(DatePhrase::new(i, k + 3, Cat::Date, When::Nothing));
    }
    // "mid-1980s", "the late 19th century": a part of a decade or a century.
    let period = || {
        atom(cx, k).filter(|p| p.start == k && matches!(p.when, When::Decade(_) | When::Century(_)))
    };
    // "late tonight", "early tomorrow", "late yesterday afternoon".
    let day = || day_word(cx, k).filter(|p| p.start == k && !cx.is(k, "the"));
    let inner = month_phrase(cx, k)
        .or_else(|| relative(cx, k))
        .or_else(day)
        .or_else(period)
        .or_else(|| year_phrase(cx, k))?;
    if matches!(inner.when, When::Weekday { .. }) {
        return None;
    }
    let mut p = inner;
    p.start = i;
    Some(p)
}
