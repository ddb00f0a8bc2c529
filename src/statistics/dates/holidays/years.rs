//! The year of a holiday's name: written after it ("Diwali 2019", "Easter in 2018") or named
//! from the dateline ("Easter last year"), and the words a name may take after it.

use crate::statistics::calendar::When;
use crate::statistics::cursor::Cx;
use crate::statistics::dates::absolute::year_at;
use crate::statistics::dates::relative::relative;
use crate::statistics::dates::{spoken, DatePhrase, FromAnchor};
use crate::statistics::holiday_names;
use crate::statistics::lexicon::TimeUnit;
use crate::statistics::numbers::{self, Context, NumKind};
use crate::statistics::words::APOSTROPHES;

/// "Thanksgiving 2019", "Easter in 2018": a holiday without a fixed day in a year the text
/// names takes the generated name's day of that year (before, a hand-written name of one
/// length kept only the year).
pub(super) fn in_named_year(
    mut p: DatePhrase,
    days: Option<&'static holiday_names::Holiday>,
) -> DatePhrase {
    if let (
        When::Date {
            y: Some(y),
            m: None,
            d: None,
        },
        Some(h),
    ) = (p.when, days)
    {
        if let Some((m, d)) = h.on(Some(y)) {
            p.when = When::Date {
                y: Some(y),
                m: Some(m),
                d: Some(d),
            };
        }
    }
    p
}

/// "Easter last year", "Thanksgiving next year", "Diwali of this year", "Christmas two years
/// ago", "Thanksgiving in a year", "Super Tuesday in three years' time", "Holi six years
/// hence", "Christmas next month": a holiday without a year, then the year it falls in named
/// from the dateline. The phrase takes the words; the day is the holiday's in that year (`days`:
/// the generated name's, for a holiday without a fixed day).
pub(super) fn in_relative_year(
    cx: &Cx,
    mut p: DatePhrase,
    days: Option<&'static holiday_names::Holiday>,
) -> DatePhrase {
    let When::Date { y: None, m, d } = p.when else {
        return p;
    };
    if let Some((months, end)) = relative_year_after(cx, p.end) {
        p.end = end;
        p.when = When::HolidayIn {
            fixed: m.zip(d),
            days,
            months,
        };
    }
    p
}

/// The year named from the dateline at `k`, after a holiday: as months from the dateline's
/// month (whole years as twelve), and the token after it. "last year" / "of next year" / "this
/// year" / "next month"; "in a year", "in 3 years", "in three years' time"; "two years ago",
/// "two years hence", "two years from now". Not "last year's" (a possessive names a thing of
/// last year: "at Easter last year's winner spoke"), nor a year counted from another point
/// ("two years later", "two years after").
fn relative_year_after(cx: &Cx, k: usize) -> Option<(i32, usize)> {
    if !cx.near(k) {
        return None;
    }
    let j = if cx.is(k, "of") && cx.near(k + 1) {
        k + 1
    } else {
        k
    };
    // "last year", "this coming year", "next month": the relative grammar's year or month,
    // counted from the dateline (not "the following year", counted from another date), the
    // unit right after ("this fiscal year" is no calendar year) and no possessive after it.
    if let Some(r) = relative(cx, j).filter(|r| r.start == j && r.from_anchor == FromAnchor::No) {
        let unit_at = r.end.min(cx.len()).saturating_sub(1);
        let months = match r.when {
            When::Relative {
                unit: TimeUnit::Year,
                offset,
            } => 12 * offset,
            When::Relative {
                unit: TimeUnit::Month,
                offset,
            } if cx.is(unit_at, "month") => offset,
            _ => return None,
        };
        if cx.word(unit_at).is_none_or(|w| w.time_unit.is_none())
            || cx.is_any(r.end, APOSTROPHES) && cx.attached(r.end)
        {
            return None;
        }
        return Some((months, r.end));
    }
    if j != k {
        return None;
    }
    let future = cx.is(k, "in") && cx.near(k + 1);
    let at = if future { k + 1 } else { k };
    let (n, u) = if cx.is_any(at, &["a", "an"]) {
        (1, at + 1)
    } else {
        let n = numbers::parse(cx, at, Context::Plain).filter(|n| {
            n.start == at
                && n.kind == NumKind::Cardinal
                && n.value.fract() == 0.0
                && (1.0..=100.0).contains(&n.value)
        })?;
        (n.value as i32, n.end)
    };
    if !(cx.near(u)
        && cx
            .word(u)
            .is_some_and(|w| w.time_unit == Some(TimeUnit::Year)))
    {
        return None;
    }
    let e = u + 1;
    if future {
        // "in three years' time", "in 3 years time".
        let time = if cx.is_any(e, APOSTROPHES) && cx.attached(e) {
            e + 1
        } else {
            e
        };
        if cx.is(time, "time") && cx.near(time) {
            return Some((12 * n, time + 1));
        }
        return Some((12 * n, e));
    }
    if !cx.near(e) {
        return None;
    }
    if cx.is(e, "ago") {
        return Some((-12 * n, e + 1));
    }
    if cx.is(e, "hence") {
        return Some((12 * n, e + 1));
    }
    if cx.is(e, "from") && cx.is(e + 1, "now") && cx.near(e + 1) {
        return Some((12 * n, e + 2));
    }
    None
}

/// What a holiday's name may take after it: "Thanksgiving Day" (a name without "day"), "Memorial
/// Day weekend", "Easter week-end", "Labor Day 2021 weekend".
pub(super) fn tail(cx: &Cx, mut p: DatePhrase) -> DatePhrase {
    let last = cx.lower(p.end.saturating_sub(1));
    let named_day = matches!(
        last.as_str(),
        "day" | "eve" | "sunday" | "monday" | "friday"
    );
    if !named_day
        && cx.near(p.end)
        && cx.is(p.end, "day")
        && !(cx.attached(p.end + 1) && (cx.is_word(p.end + 1) || cx.is(p.end + 1, "-")))
    {
        p.end += 1;
    }
    if cx.near(p.end) && cx.is_any(p.end, &["weekend", "week-end"]) {
        p.end += 1;
    } else if cx.near(p.end)
        && cx.is(p.end, "week")
        && cx.is(p.end + 1, "-")
        && cx.is(p.end + 2, "end")
        && cx.attached(p.end + 1)
        && cx.attached(p.end + 2)
    {
        p.end += 3;
    }
    // "Thanksgiving Day 2012", "Halloween weekend 2021": the year after the tail.
    if let When::Date { y: None, m, d } = p.when {
        if let Some((y, e)) = year_after(cx, p.end) {
            p.end = e;
            p.when = When::Date { y: Some(y), m, d };
        }
    }
    p
}

/// The year after a holiday's name at `k`: "Diwali 2019", "Easter in 2018", "Labour Day of
/// 2016", "Easter Sunday two thousand ten". (year, the token after it)
pub(super) fn year_after(cx: &Cx, k: usize) -> Option<(i32, usize)> {
    if !cx.near(k) {
        return None;
    }
    if let Some(y) = year_at(cx, k) {
        return Some(y);
    }
    // "in 2018", but not "in 2000 km": nothing after the year that makes it a count.
    if cx.is_any(k, &["in", "of"]) && cx.near(k + 1) {
        if let Some((y, e)) = year_at(cx, k + 1).filter(|&(_, e)| spoken::free_after(cx, e)) {
            return Some((y, e));
        }
    }
    spoken::spoken_year(cx, k, true)
}
