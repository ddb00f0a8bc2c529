//! Halves: "the first half of 2023", "the second half of the year", "in the first half", "a
//! second-half goal".

use super::super::absolute::year_at;
use super::super::{Cat, DatePhrase};
use super::dated_part_of;
use crate::statistics::calendar::When;
use crate::statistics::cursor::Cx;
use crate::statistics::lexicon::TimeUnit;
use crate::statistics::numbers;

/// "the first half of 2023", "the second half of the year", "the last half of next year": a
/// half of a year (`k`: the ordinal, `u`: "half"). Only of a year: "the first half" alone is as
/// often a match's.
pub(super) fn half_of_year(cx: &Cx, i: usize, k: usize, u: usize) -> Option<DatePhrase> {
    let n = if cx.is_any(k, &["last", "final"]) {
        2
    } else if cx.is_digits(k) {
        cx.s(k).parse::<u64>().ok()?
    } else {
        numbers::word_ordinal(cx, k).map(|(v, _)| v)?
    };
    if !((1..=2).contains(&n) && cx.is(u + 1, "of") && cx.near(u + 1) && cx.near(u + 2)) {
        return None;
    }
    let q = n as u8 * 10;
    let at = u + 2;
    if let Some((y, e)) = year_at(cx, at) {
        let when = When::Quarter { y: Some(y), q };
        return Some(DatePhrase::new(i, e, Cat::Date, when));
    }
    if cx.is(at, "the") && cx.is(at + 1, "year") && cx.near(at + 1) {
        let when = When::Quarter { y: None, q };
        return Some(DatePhrase::new(i, at + 2, Cat::Date, when));
    }
    // "of last year", "of fiscal 2024": the half of a year the text names some other way.
    let inner = dated_part_of(cx, at)?;
    let a_year = matches!(
        inner.when,
        When::Relative {
            unit: TimeUnit::Year,
            ..
        } | When::Date {
            y: Some(_),
            m: None,
            d: None
        }
    );
    a_year.then(|| DatePhrase::new(i, inner.end, Cat::Date, When::Nothing))
}

/// "in the first half", "the second half", "a second-half goal": a half of a match or of a year
/// the text does not name (`k`: the ordinal, `u`: "half"), a period with no value rather than
/// the ORDINAL "first". Not "the first half-dozen", "the second half hour", "his first half".
pub(super) fn half_alone(
    cx: &Cx,
    i: usize,
    k: usize,
    u: usize,
    hyphened: bool,
) -> Option<DatePhrase> {
    let next_glued = cx.attached(u + 1) && (cx.is_word(u + 1) || cx.is(u + 1, "-"));
    let unit_after = cx.near(u + 1) && cx.word(u + 1).is_some_and(|w| w.time_unit.is_some());
    if !(cx.is_any(k, &["first", "second"]) && u == k + 1 + usize::from(hyphened))
        || next_glued
        || unit_after
        || !(i < k || hyphened)
    {
        return None;
    }
    let start = if hyphened { k } else { i };
    Some(DatePhrase::new(start, u + 1, Cat::Date, When::Nothing))
}
