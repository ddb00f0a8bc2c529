//! The `n`th weekday of a month: "the first Tuesday of October", "third Tuesday of September
//! 2014", "last Friday of May", resolved to its day when the year is written.

use super::super::absolute::month_phrase;
use super::super::relative::relative;
use super::super::{Cat, DatePhrase};
use crate::statistics::calendar::When;
use crate::statistics::cursor::Cx;
use crate::statistics::numbers;

/// "the first Tuesday of October", "third Tuesday of September 2014", "last Friday of May": the
/// `n`th weekday of a month (`k`: the ordinal, `u`: the weekday), resolved to its day when the
/// year is written.
pub(super) fn nth_weekday(cx: &Cx, i: usize, k: usize, u: usize) -> Option<DatePhrase> {
    let wd = cx.word(u).filter(|_| cx.near(u)).and_then(|w| w.weekday)?;
    if !(cx.is_any(u + 1, &["of", "in"]) && cx.near(u + 2)) {
        return None;
    }
    let n = if cx.is_any(k, &["last", "final"]) {
        -1
    } else if cx.is_digits(k) {
        cx.s(k).parse::<i64>().ok()?
    } else {
        numbers::word_ordinal(cx, k).map(|(v, _)| v as i64)?
    };
    if n == 0 || n > 5 {
        return None;
    }
    // "the first Monday of the month", "the second Friday of last month": a month that only
    // the dateline fixes.
    if cx.is(u + 2, "the") && cx.is(u + 3, "month") && cx.near(u + 3) {
        return Some(DatePhrase::new(i, u + 4, Cat::Date, When::Nothing));
    }
    if let Some(r) = relative(cx, u + 2).filter(|r| {
        matches!(
            r.when,
            When::Relative {
                unit: crate::statistics::lexicon::TimeUnit::Month,
                ..
            }
        )
    }) {
        return Some(DatePhrase::new(i, r.end, Cat::Date, When::Nothing));
    }
    let (y, m, end) = whole_month_at(cx, u + 2)?;
    let when = match y {
        Some(y) => {
            let day = nth_weekday_day(y, m, wd, n)?;
            When::Date {
                y: Some(y),
                m: Some(m),
                d: Some(day),
            }
        }
        None => When::Nothing,
    };
    Some(DatePhrase::new(i, end, Cat::Date, when))
}

/// A month named without its day at `k` ("May", "May 2019"): its year when written, the month,
/// and where the phrase ends.
pub(in crate::statistics::dates) fn whole_month_at(
    cx: &Cx,
    k: usize,
) -> Option<(Option<i32>, u8, usize)> {
    let month = month_phrase(cx, k)?;
    match month.when {
        When::Date {
            y,
            m: Some(m),
            d: None,
        } => Some((y, m, month.end)),
        _ => None,
    }
}

/// The day of the `n`th (−1: last) weekday `wd` (ISO, Monday 1) of month `m` of year `y`.
pub(in crate::statistics::dates) fn nth_weekday_day(y: i32, m: u8, wd: u8, n: i64) -> Option<u8> {
    use crate::statistics::calendar::{valid, Ymd};
    let first = Ymd { y, m, d: 1 };
    let offset = (i64::from(wd) - i64::from(first.weekday())).rem_euclid(7);
    let day = if n > 0 {
        1 + offset + 7 * (n - 1)
    } else {
        let mut d = 1 + offset;
        while valid(y, m, (d + 7) as u8) {
            d += 7;
        }
        d
    };
    let day = u8::try_from(day).ok()?;
    valid(y, m, day).then_some(day)
}
