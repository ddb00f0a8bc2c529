//! A weekday or a holiday placed by another date: "the closest Monday to Oct 5th", "the second
//! nearest Sunday to Easter 2019", "the third Tuesday after Christmas 2014", "the 2nd Friday
//! before 1 May". One DATE, not a range "Monday to Oct 5th" nor a bound "after Christmas"
//! beside a lone weekday; resolved to its day when the weekday's anchor is a written day.

use super::join::{atom, phrase};
use super::nth_last::ordinal_at;
use super::{Cat, DatePhrase};
use crate::statistics::calendar::{valid, When, Ymd};
use crate::statistics::cursor::Cx;

/// The phrase opening at `i` ("the", an ordinal, or "closest"/"nearest" after "the").
pub(super) fn parse(cx: &Cx, i: usize) -> Option<DatePhrase> {
    let the = cx.is(i, "the");
    let k = if the { i + 1 } else { i };
    if !cx.near(k) {
        return None;
    }
    let (n, c) = match ordinal_at(cx, k) {
        Some((n, e)) => (n, e),
        None if the => (1, k),
        None => return None,
    };
    if !(1..=5).contains(&n) || !cx.near(c) || !cx.near(c + 1) {
        return None;
    }
    if cx.is_any(c, &["closest", "nearest"]) {
        return closest_to(cx, i, n, c + 1);
    }
    // "the third Tuesday after Christmas": an ordinal is needed ("the Tuesday after" alone is
    // left to the two phrases it makes).
    if c == k {
        return None;
    }
    weekday_from(cx, i, n, c)
}

/// A date that names one day (not a period, range or bound), opening at `j`: its day when
/// written in full.
fn one_day(cx: &Cx, j: usize, whole: bool) -> Option<(DatePhrase, Option<Ymd>)> {
    let p = if whole { phrase(cx, j) } else { atom(cx, j) };
    let p = p.filter(|p| {
        p.start == j
            && p.cat == Cat::Date
            && p.until.is_none()
            && p.qualifier.is_none()
            // A day, a holiday (a movable one unresolved without its year), not a period.
            && !matches!(
                p.when,
                When::Relative { .. } | When::Quarter { .. } | When::Decade(_) | When::Century(_)
            )
    })?;
    let day = match p.when {
        When::Date {
            y: Some(y),
            m: Some(m),
            d: Some(d),
        } if valid(y, m, d) => Some(Ymd { y, m, d }),
        _ => None,
    };
    Some((p, day))
}

/// "closest Monday to Oct 5th" from the day or holiday at `x`.
fn closest_to(cx: &Cx, i: usize, n: u64, x: usize) -> Option<DatePhrase> {
    let (what, _) = one_day(cx, x, false)?;
    let to = what.end;
    if !(cx.is(to, "to") && cx.near(to) && cx.near(to + 1)) {
        return None;
    }
    let (anchor, day) = one_day(cx, to + 1, true)?;
    let when = match (what.when, day) {
        (When::Weekday { wd, .. }, Some(day)) => nth_closest(day, wd, n),
        _ => When::Nothing,
    };
    Some(DatePhrase::new(i, anchor.end, Cat::Date, when))
}

/// The `n`th closest weekday `wd` to `day` (the nearer past one first when two are as close).
fn nth_closest(day: Ymd, wd: u8, n: u64) -> When {
    let first = (i64::from(wd) - i64::from(day.weekday())).rem_euclid(7);
    let mut offsets: Vec<i64> = (-6..=6).map(|j| first + 7 * j).collect();
    crate::sorting::sort_by_key(&mut offsets, |o| (o.abs(), *o));
    let Some(&o) = usize::try_from(n - 1).ok().and_then(|k| offsets.get(k)) else {
        return When::Nothing;
    };
    let d = day.add_days(o);
    When::Date {
        y: Some(d.y),
        m: Some(d.m),
        d: Some(d.d),
    }
}

/// "third Tuesday after Christmas 2014", "the 2nd Friday before 1 May": the weekday at `w`.
fn weekday_from(cx: &Cx, i: usize, n: u64, w: usize) -> Option<DatePhrase> {
    let wd = cx.word(w).and_then(|x| x.weekday)?;
    let after = cx.is_any(w + 1, &["after", "following"]);
    if !(after || cx.is(w + 1, "before")) || !cx.near(w + 2) {
        return None;
    }
    let (anchor, day) = one_day(cx, w + 2, false)?;
    let when = day.map_or(When::Nothing, |day| {
        let weeks = 7 * (n as i64 - 1);
        let d = if after {
            let o = (i64::from(wd) - i64::from(day.weekday())).rem_euclid(7);
            day.add_days(if o == 0 { 7 } else { o } + weeks)
        } else {
            let o = (i64::from(day.weekday()) - i64::from(wd)).rem_euclid(7);
            day.add_days(-(if o == 0 { 7 } else { o }) - weeks)
        };
        When::Date {
            y: Some(d.y),
            m: Some(d.m),
            d: Some(d.d),
        }
    });
    Some(DatePhrase::new(i, anchor.end, Cat::Date, when))
}
