//! Parts of a period: "mid-November", "the end of 2000", "the first week of July", "week 10".

use super::absolute::{month_phrase, year_at, year_phrase};
use super::duration_anchor::period_to;
use super::durations::duration;
use super::join::atom;
use super::relative::{day_word, relative};
use super::{Cat, DatePhrase};
use crate::statistics::calendar::{duration_iso, When};
use crate::statistics::cursor::Cx;
use crate::statistics::lexicon::TimeUnit;
use crate::statistics::numbers::{self, Context, NumKind};
use crate::statistics::words::ORDINAL_SUFFIXES;

/// Words that end a period at a month or a day: "the year to March", "the quarter ending June
/// 2024", "the quarter ended Dec. 31", "the 12 months through June".
const PERIOD_ENDS: &[&str] = &["to", "ending", "ended", "through"];

/// Adjectives of accounts between "the" and a period that ends at a month: "the fiscal year
/// ending June 30", "the financial year to April 2025", "the tax year ended 5 April".
const ACCOUNTS: &[&str] = &["fiscal", "financial", "tax", "calendar", "accounting"];

/// "mid-November", "the end of 2000", "the beginning of March", "early next year",
/// "the first quarter of the year", "the last week of July", "week 10", "end of month".
pub(super) fn part_of(cx: &Cx, i: usize) -> Option<DatePhrase> {
    let lower = cx.lower(i);
    // "mid-November", "mid May", "early 2019", "late last year", "earlier this month", "late
    // tonight".
    if matches!(
        lower.as_str(),
        "mid" | "early" | "late" | "earlier" | "later"
    ) {
        let mut k = i + 1;
        if cx.is(k, "-") && cx.attached(k) {
            k += 1;
        } else if !cx.near(k) {
            return None;
        }
        if cx.is(k, "in")
            && cx.is(k + 1, "the")
            && cx.is_any(k + 2, &["year", "month", "week", "day"])
        {
            return Some(DatePhrase::new(i, k + 3, Cat::Date, When::Nothing));
        }
        // "mid-1980s", "the late 19th century": a part of a decade or a century.
        let period = || {
            atom(cx, k)
                .filter(|p| p.start == k && matches!(p.when, When::Decade(_) | When::Century(_)))
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
        return Some(p);
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
    if k > i && cx.is(k, "half") {
        if let Some(p) = super::duration_anchor::half_year_to(cx, i, k) {
            return Some(p);
        }
    }
    if k > i && cx.is(k + 1, "before") && cx.near(k + 1) {
        if let Some(p) = the_unit_before(cx, i, k) {
            return Some(p);
        }
    }
    // "the week of October 6", "the week of Christmas": the week a day falls in.
    // "the week starting on February 4", "the week ending 5 May", "the week beginning Monday".
    let joined = if cx.is_any(k + 1, &["starting", "beginning", "commencing", "ending"])
        && cx.is(k + 2, "on")
    {
        k + 3
    } else {
        k + 2
    };
    let week_word = cx.is_any(
        k + 1,
        &["of", "starting", "beginning", "commencing", "ending"],
    );
    // The day never opens with "the week"/"week" itself: one level only, whatever repeats.
    let nested = cx.is(joined, "week") || cx.is(joined, "the") && cx.is(joined + 1, "week");
    if k > i && cx.is(k, "week") && week_word && cx.near(k + 1) && cx.near(joined) && !nested {
        let day = atom(cx, joined).filter(|b| b.cat == Cat::Date && b.when.is_one_day());
        if let Some(b) = day {
            return Some(DatePhrase::new(i, b.end, Cat::Date, When::Nothing));
        }
    }
    // "at the weekend", "over the weekend": the weekend the story is about (which one, the
    // text does not say).
    if k > i
        && cx.is(k, "weekend")
        && !(cx.attached(k + 1) && (cx.is_word(k + 1) || cx.is_any(k + 1, &["-", "–"])))
        && !(cx.is(k + 1, "of") && cx.near(k + 1))
    {
        return Some(DatePhrase::new(i, k + 1, Cat::Date, When::Nothing));
    }
    // "the year to March", "the quarter ending June 2024", "the quarter ended Dec. 31", "the
    // fiscal year ending June 30": one such period that ends in a month (or on its day), an
    // adjective of accounts between "the" and the period.
    // The period's word is asked first: most "the"s are followed by no word of time.
    let unit_at = |j: usize| cx.word(j).is_some_and(|w| w.time_unit.is_some());
    let u = if k > i && !unit_at(k) && unit_at(k + 1) && cx.is_any(k, ACCOUNTS) && cx.near(k + 1) {
        k + 1
    } else {
        k
    };
    if u > i && unit_at(u) && cx.is_any(u + 1, PERIOD_ENDS) && cx.near(u + 1) && cx.near(u + 2) {
        let k = u;
        let unit = cx
            .word(k)
            .filter(|w| !w.time_unit_plural)
            .and_then(|w| w.time_unit)
            .filter(|u| matches!(u, TimeUnit::Year | TimeUnit::Quarter | TimeUnit::Month));
        // "the week to Tuesday", "the week ending 4 January", "the week to Friday 12 June": a
        // week that ends on a day (a weekday or a day of a month), left unresolved. Not "a
        // week to Christmas" (no "the"), "the week to come" (no day).
        let week = cx
            .word(k)
            .is_some_and(|w| !w.time_unit_plural && w.time_unit == Some(TimeUnit::Week));
        if week {
            let day = atom(cx, k + 2)
                .filter(|b| b.cat == Cat::Date && b.start == k + 2 && b.when.is_one_day());
            if let Some(b) = day {
                return Some(DatePhrase::new(i, b.end, Cat::Date, When::Nothing));
            }
        }
        if let Some(unit) = unit {
            let mut d = DatePhrase::new(k, k + 1, Cat::Duration, When::Nothing);
            let months = if unit == TimeUnit::Year {
                12.0
            } else if unit == TimeUnit::Quarter {
                3.0
            } else {
                1.0
            };
            d.duration = Some(duration_iso(months, TimeUnit::Month));
            if let Some(mut p) = period_to(cx, &d, k + 2, false) {
                p.start = i;
                return Some(p);
            }
        }
    }
    // "the 12 months to September", "the three months ending June 2024": a counted period
    // that ends in a month keeps its "the", as "the year to March" does. Only after a count
    // (digits or a number word), and when a word of `PERIOD_ENDS` comes within four tokens, so
    // that most "the"s cost one look-up.
    let count = cx.is_digits(k)
        || cx
            .word(k)
            .is_some_and(|w| w.unit.is_some() || w.ten.is_some());
    if k > i && count && (k + 1..k + 5).any(|j| cx.is_any(j, PERIOD_ENDS)) {
        let counted = duration(cx, k).filter(|d| d.cat == Cat::Duration && d.start == k);
        if let Some(d) = counted {
            let j = d.end;
            if cx.is_any(j, PERIOD_ENDS) && cx.near(j) && cx.near(j + 1) {
                if let Some(mut p) = period_to(cx, &d, j + 1, true) {
                    p.start = i;
                    return Some(p);
                }
            }
        }
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
    if let Some(p) = season_of_year(cx, k) {
        return Some(p);
    }
    // "the end of May", "the rest of the year", "the remainder of the decade".
    if cx.is_any(
        k,
        &["end", "beginning", "start", "middle", "rest", "remainder"],
    ) && cx.is(k + 1, "of")
        && cx.near(k + 2)
    {
        let mut m = k + 2;
        if cx.is(m, "the") && cx.near(m + 1) {
            m += 1;
        }
        // Not "the end of the month-long strike" (a comma or full stop may touch it).
        let compound = cx.attached(m + 1) && (cx.is_word(m + 1) || cx.is_any(m + 1, &["-", "–"]));
        let period = &[
            "month", "year", "week", "day", "quarter", "decade", "century",
        ];
        if cx.is_any(m, period) && !compound {
            return Some(part_of_this(cx, k, m));
        }
        let inner = dated_part_of(cx, m)?;
        let mut p = inner;
        p.start = k;
        return Some(p);
    }
    // "the first quarter of the year", "the last week of July", "the 9th month of next year",
    // "the second week of 2021", "first ten days of last year".
    let ord_ok = numbers::word_ordinal(cx, k).is_some()
        || cx.is_any(k, &["last", "final"])
        || cx.is_digits(k) && cx.is_any(k + 1, ORDINAL_SUFFIXES) && cx.attached(k + 1);
    if ord_ok {
        let after = if cx.is_digits(k) {
            k + 2
        } else {
            numbers::word_ordinal(cx, k)
                .map(|(_, e)| e)
                .unwrap_or(k + 1)
        };
        // "the second last day of May", "the 3rd to last Friday of June": from the end.
        if let Some(p) = super::nth_last::from_end(cx, i, k, after) {
            return Some(p);
        }
        let mut u = after;
        // "third-quarter profits": a compound before its noun, whose "the" is the noun's ("The
        // first-quarter loss" marks `first-quarter`).
        let hyphened = cx.is(u, "-") && cx.attached(u) && cx.attached(u + 1);
        if hyphened {
            u += 1;
        }
        // "the first Tuesday of October", "third Tuesday of September 2014".
        if let Some(p) = nth_weekday(cx, i, k, u) {
            return Some(p);
        }
        if let Some(n) = numbers::parse(cx, u, Context::Plain)
            .filter(|n| n.start == u && n.kind == NumKind::Cardinal)
        {
            u = n.end;
        }
        if cx.is(u, "half") && cx.near(u) {
            return half_of_year(cx, i, k, u).or_else(|| half_alone(cx, i, k, u, hyphened));
        }
        let unit = cx
            .word(u)
            .filter(|_| cx.near(u))
            .and_then(|w| w.time_unit)?;
        let _ = unit;
        // "the first quarter", "third quarter", "4th quarter 2018", "the third quarter of
        // 2018", "third-quarter": a quarter of a year, with its year when one follows.
        if cx.is_any(u, &["quarter", "qtr"]) {
            let q = numbers::word_ordinal(cx, k)
                .map(|(v, _)| v)
                .or_else(|| cx.is_digits(k).then(|| cx.s(k).parse().ok()).flatten())
                .unwrap_or(0);
            if (1..=4).contains(&q) {
                let mut end = u + 1;
                let at = if cx.is(end, "of") && cx.near(end + 1) {
                    end + 1
                } else {
                    end
                };
                let mut y = None;
                if let Some((yy, e)) = year_at(cx, at).filter(|_| cx.near(at)) {
                    y = Some(yy);
                    end = e;
                }
                // "the first quarter of next year" is read below, as a part of that year.
                if y.is_some() || at == end {
                    let q = q as u8;
                    let start = if hyphened && y.is_none() { k } else { i };
                    return Some(DatePhrase::new(
                        start,
                        end,
                        Cat::Date,
                        When::Quarter { y, q },
                    ));
                }
            }
        }
        if let Some(p) = super::first_months::first_months(cx, i, k, after, u) {
            return Some(p);
        }
        if !(cx.is(u + 1, "of") && cx.near(u + 2)) {
            return None;
        }
        let mut m = u + 2;
        if cx.is(m, "the") && cx.is_any(m + 1, &["year", "month", "week"]) {
            return Some(DatePhrase::new(i, m + 2, Cat::Date, When::Nothing));
        }
        if cx.is(m, "the") {
            m += 1;
        }
        let inner = dated_part_of(cx, m)?;
        return Some(DatePhrase::new(i, inner.end, Cat::Date, When::Nothing));
    }
    // "week 10", "week 3 of 2027".
    if cx.is(i, "week") && cx.is_digits(i + 1) && cx.near(i + 1) && cx.s(i + 1).len() <= 2 {
        let w: u8 = cx.s(i + 1).parse().ok()?;
        if !(1..=53).contains(&w) {
            return None;
        }
        let mut end = i + 2;
        if cx.is(end, "of") {
            if let Some((_, e)) = year_at(cx, end + 1) {
                end = e;
            }
        }
        return Some(DatePhrase::new(i, end, Cat::Date, When::Nothing));
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

/// "the first half of 2023", "the second half of the year", "the last half of next year": a
/// half of a year (`k`: the ordinal, `u`: "half"). Only of a year: "the first half" alone is as
/// often a match's.
fn half_of_year(cx: &Cx, i: usize, k: usize, u: usize) -> Option<DatePhrase> {
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
fn half_alone(cx: &Cx, i: usize, k: usize, u: usize, hyphened: bool) -> Option<DatePhrase> {
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

/// "the first Tuesday of October", "third Tuesday of September 2014", "last Friday of May": the
/// `n`th weekday of a month (`k`: the ordinal, `u`: the weekday), resolved to its day when the
/// year is written.
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

fn nth_weekday(cx: &Cx, i: usize, k: usize, u: usize) -> Option<DatePhrase> {
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
pub(super) fn whole_month_at(cx: &Cx, k: usize) -> Option<(Option<i32>, u8, usize)> {
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
pub(super) fn nth_weekday_day(y: i32, m: u8, wd: u8, n: i64) -> Option<u8> {
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

/// "summer 2019", "autumn of 1969", "Fall 2024" at `k`: a season and its year, as the year.
/// "fall" is a season when capitalised or after "in" ("prices fall 2019 …" is a verb).
fn season_of_year(cx: &Cx, k: usize) -> Option<DatePhrase> {
    if !cx.is_any(k, &["summer", "winter", "spring", "autumn", "fall"]) || !cx.near(k + 1) {
        return None;
    }
    if cx.is(k, "fall") && !(cx.capitalised(k) || k > 0 && cx.is(k - 1, "in")) {
        return None;
    }
    let y = if cx.is(k + 1, "of") && cx.near(k + 2) {
        k + 2
    } else {
        k + 1
    };
    // The year, or a split one ("the winter of 2010-11"); after a season a year is a year
    // whatever follows ("the spring 2019 floods").
    let p = atom(cx, y).filter(|b| {
        b.start == y
            && b.cat == Cat::Date
            && matches!(
                b.when,
                When::Date {
                    y: Some(_),
                    m: None,
                    ..
                }
            )
    });
    let mut p = p.or_else(|| year_phrase(cx, y))?;
    p.start = k;
    Some(p)
}

/// "the end of the month", "the rest of the year", "the start of the week": a part of the
/// dateline's period, dated as that period ("this month", "this year"), as "the end of last
/// year" is dated as last year. Not "the end of the day" (the idiom: "at the end of the day").
fn part_of_this(cx: &Cx, k: usize, m: usize) -> DatePhrase {
    let unit = cx
        .word(m)
        .and_then(|w| w.time_unit)
        .filter(|u| !matches!(u, TimeUnit::Day | TimeUnit::Night));
    let when = unit.map_or(When::Nothing, |unit| When::Relative { unit, offset: 0 });
    DatePhrase::new(k, m + 1, Cat::Date, when)
}

/// "860,000 in the year before", "up from 12% the month before, and": "the", a period's unit
/// (`k`) and "before" that ends its clause are the period before the story's one, as "the
/// previous year" is (counted from the last date written, else the dateline). Not "the year
/// before the election" (a period before a named event), "the week before last" (above).
fn the_unit_before(cx: &Cx, i: usize, k: usize) -> Option<DatePhrase> {
    let e = k + 2;
    let ends =
        !cx.near(e) || cx.is_any(e, &[",", ".", ";", ":", ")", "and", "but", "when", "while"]);
    if !ends {
        return None;
    }
    let unit = cx
        .word(k)
        .filter(|w| !w.time_unit_plural)
        .and_then(|w| w.time_unit)
        .filter(|u| matches!(u, TimeUnit::Week | TimeUnit::Month | TimeUnit::Year))?;
    let mut p = DatePhrase::new(i, e, Cat::Date, When::Relative { unit, offset: -1 });
    p.from_anchor = super::FromAnchor::OrDateline;
    Some(p)
}
