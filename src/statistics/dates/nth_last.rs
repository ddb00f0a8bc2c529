//! A day or week counted from the end of its month or year: "the second last day of June",
//! "the 3rd to last Friday of May 2019", "the fourth last week of 2018". The grammar of "the
//! last day of May" (`parts::part_of`) with an ordinal before "last": the `n`th from the end.

use super::parts::{dated_part_of, nth_weekday_day, whole_month_at};
use super::{Cat, DatePhrase};
use crate::statistics::calendar::{valid, When};
use crate::statistics::cursor::Cx;
use crate::statistics::numbers;
use crate::statistics::words::ORDINAL_SUFFIXES;

/// The ordinal at `k` ("second", "5th", "twenty-first"): its value and the token after it.
pub(super) fn ordinal_at(cx: &Cx, k: usize) -> Option<(u64, usize)> {
    if cx.is_digits(k) {
        let glued = cx.is_any(k + 1, ORDINAL_SUFFIXES) && cx.attached(k + 1);
        let v = glued.then(|| cx.s(k).parse().ok()).flatten()?;
        return Some((v, k + 2));
    }
    numbers::word_ordinal(cx, k)
}

/// The phrase opening at `i` whose ordinal is at `k` and whose next token is `after`, when
/// "last" (or "to last") follows the ordinal and a day, a weekday or a week "of"/"in" a month
/// or a year follows "last". `None` for every other phrase ("the second last-minute goal",
/// "the third last year" are not read here).
pub(super) fn from_end(cx: &Cx, i: usize, k: usize, after: usize) -> Option<DatePhrase> {
    let mut u = after;
    // "the second to last day": "to last" as "last".
    if cx.is(u, "to") && cx.near(u) && cx.near(u + 1) {
        u += 1;
    }
    if !(cx.is(u, "last") && cx.near(u) && cx.near(u + 1)) {
        return None;
    }
    let n = ordinal_at(cx, k).map(|(n, _)| n).filter(|&n| n >= 2)?;
    let unit = u + 1;
    let of = unit + 1;
    if !(cx.is_any(of, &["of", "in"]) && cx.near(of) && cx.near(of + 1)) {
        return None;
    }
    // "the second last Friday of May": the last such weekday, `n - 1` weeks back.
    if let Some(wd) = cx.word(unit).and_then(|w| w.weekday) {
        if n > 5 {
            return None;
        }
        let (y, m, end) = whole_month_at(cx, of + 1)?;
        let back = 7 * u8::try_from(n - 1).ok()?;
        let when = y
            .and_then(|y| {
                let d = nth_weekday_day(y, m, wd, -1)?.checked_sub(back)?;
                (d >= 1).then_some(When::Date {
                    y: Some(y),
                    m: Some(m),
                    d: Some(d),
                })
            })
            .unwrap_or(When::Nothing);
        return Some(DatePhrase::new(i, end, Cat::Date, when));
    }
    let day = cx.is(unit, "day");
    if !(day || cx.is(unit, "week")) {
        return None;
    }
    // "the fifth last day of May (2019)": the month's length less `n - 1` days; February
    // without its year has no fixed length.
    if day && n <= 28 {
        if let Some((y, m, end)) = whole_month_at(cx, of + 1) {
            let len = (28..=31u8)
                .rev()
                .find(|&d| valid(y.unwrap_or(2001), m, d))
                .filter(|_| y.is_some() || m != 2);
            let when = len
                .and_then(|len| len.checked_sub(u8::try_from(n - 1).ok()?))
                .map_or(When::Nothing, |d| When::Date {
                    y,
                    m: Some(m),
                    d: Some(d),
                });
            return Some(DatePhrase::new(i, end, Cat::Date, when));
        }
    }
    // "the third last week of 2018", "the second to last day of next month".
    let mut m = of + 1;
    if cx.is(m, "the") && cx.near(m + 1) {
        m += 1;
    }
    let inner = dated_part_of(cx, m)?;
    Some(DatePhrase::new(i, inner.end, Cat::Date, When::Nothing))
}
