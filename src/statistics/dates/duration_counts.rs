//! Counts of a time unit that are no plain number before it: a fraction of one unit ("a
//! quarter of an hour"), "quarter" as a fraction before a unit ("a quarter century"), a vague
//! count of many ("hundreds of years"), a range of two counts ("four to six years") and one
//! unit said whole ("a full year"), for `durations`.

use super::{Cat, DatePhrase};
use crate::statistics::calendar::{duration_iso, When};
use crate::statistics::cursor::Cx;
use crate::statistics::lexicon::TimeUnit;
use crate::statistics::numbers::{self, Context};

/// "a quarter of an hour", "quarter of an hour", "3/4 of an hour", "two thirds of a year".
pub(super) fn fraction_of_unit(cx: &Cx, i: usize) -> Option<DatePhrase> {
    // The cheap test first: this is tried wherever a duration may start.
    if !(i + 1..i + 5).any(|k| cx.is(k, "of")) {
        return None;
    }
    let (value, k) = if cx.is(i, "quarter") {
        (0.25, i + 1)
    } else {
        let n = numbers::parse(cx, i, Context::Plain)?;
        (n.value, n.end)
    };
    if !(value > 0.0 && value < 1.0 && cx.is(k, "of") && cx.near(k + 1)) {
        return None;
    }
    if !(cx.is_any(k + 1, &["a", "an"]) && cx.near(k + 2)) {
        return None;
    }
    let u = cx
        .word(k + 2)
        .filter(|w| !w.time_unit_plural)
        .and_then(|w| w.time_unit)?;
    let mut p = DatePhrase::new(i, k + 3, Cat::Duration, When::Nothing);
    // "a third of a century" is P33.333Y: the amount in the unit `duration_iso` writes,
    // rounded there.
    let (value, u) = match u {
        TimeUnit::Decade => (value * 10.0, TimeUnit::Year),
        TimeUnit::Century => (value * 100.0, TimeUnit::Year),
        TimeUnit::Millennium => (value * 1000.0, TimeUnit::Year),
        TimeUnit::Fortnight => (value * 2.0, TimeUnit::Week),
        TimeUnit::Quarter => (value * 3.0, TimeUnit::Month),
        TimeUnit::Weekend => (value * 2.0, TimeUnit::Day),
        _ => (value, u),
    };
    p.duration = Some(duration_iso(value, u));
    Some(p)
}

/// Whether "quarter" at `k` is the fraction of a time unit after it ("a quarter century", "a
/// quarter-century", "a quarter hour"), not the unit of three months.
pub(super) fn quarter_of_a_unit(cx: &Cx, k: usize) -> bool {
    let unit = if cx.is(k + 1, "-") && cx.attached(k + 1) && cx.attached(k + 2) {
        k + 2
    } else {
        k + 1
    };
    cx.is(k, "quarter")
        && cx.near(unit)
        && cx
            .word(unit)
            .is_some_and(|w| w.time_unit.is_some() && !w.time_unit_plural)
}

/// The words of a vague count of many that "of" joins to what it counts: "hundreds of years",
/// "tens of thousands of years".
const MANY: &[&str] = &[
    "dozens",
    "scores",
    "tens",
    "hundreds",
    "thousands",
    "millions",
];

/// "hundreds of years", "dozens of hours", "tens of thousands of years": a vague count of a
/// plural time unit, a length without a figure (as "several days" is). The end, or None.
pub(super) fn many_of_units(cx: &Cx, i: usize) -> Option<usize> {
    let mut k = i;
    while cx.is_any(k, MANY) && cx.is(k + 1, "of") && cx.near(k + 1) && cx.near(k + 2) {
        k += 2;
    }
    (k > i)
        .then(|| cx.word(k))
        .flatten()
        .filter(|w| w.time_unit_plural)
        .map(|_| k + 1)
}

/// "four to six years", "4-6 months", "between 3 and 5 days", "three or four weeks", "a
/// 10-15-minute walk": two counts sharing the time unit after the second, a duration between
/// them. The second must be the larger, so "five to ten" with no unit (a clock time) and "the
/// 2020-21 season" never get here.
pub(super) fn count_range(cx: &Cx, n: &numbers::Num) -> Option<DatePhrase> {
    let m = numbers::range_end(cx, n, &["-", "–", "to", "or"]).filter(|m| m.value < 1000.0)?;
    let mut u = m.end;
    // "a 10-15-minute walk": the unit attached by a hyphen, in the singular.
    let hyphened = cx.is(u, "-") && cx.attached(u) && cx.attached(u + 1);
    if hyphened {
        u += 1;
    } else if !cx.near(u) {
        return None;
    }
    let w = cx.word(u).filter(|w| w.time_unit_plural || hyphened)?;
    let unit = w.time_unit?;
    // "3h" is a unit only attached, and "2-3 hours-long" is no unit.
    if cx.s(u).len() == 1 && !cx.attached(u) || cx.is_word(u + 1) && cx.attached(u + 1) {
        return None;
    }
    let mut p = DatePhrase::new(n.start, u + 1, Cat::Duration, When::Nothing);
    p.count_between = Some(Box::new((n.value, m.value, unit)));
    Some(p)
}

/// The words between an article and one unit of time that make "a year" a length by its
/// form: "a full year", "an extra hour", "a whole week". Not "single": "not a single year of
/// growth" counts years, it says no length.
const ONE_UNIT_MODIFIERS: &[&str] = &[
    "full",
    "whole",
    "extra",
    "additional",
    "further",
    "entire",
    "solid",
];

/// A word of [`ONE_UNIT_MODIFIERS`] at `j` and a singular unit of time after it ("full year"),
/// not a unit glued to a word ("a full day's" is still one; "a whole weekend-long" is not).
pub(in crate::statistics) fn modifier_then_unit(cx: &Cx, j: usize) -> bool {
    cx.is_any(j, ONE_UNIT_MODIFIERS)
        && cx.near(j + 1)
        && cx
            .word(j + 1)
            .is_some_and(|w| w.time_unit.is_some() && !w.time_unit_plural)
        && !(cx.is(j + 2, "-") && cx.attached(j + 2))
}

/// "2m 30s", "1m 05s": minutes and seconds glued on their digits, one space between ("2m"
/// alone is two metres or two million; the seconds say it is a clock of a race or a wait).
pub(super) fn minutes_seconds(cx: &Cx, i: usize) -> Option<DatePhrase> {
    let glued = |k: usize, unit: &str| cx.s(k) == unit && cx.attached(k);
    if !(cx.is_digits(i)
        && cx.s(i).len() <= 3
        && glued(i + 1, "m")
        && cx.is_digits(i + 2)
        && cx.near(i + 2)
        && !cx.attached(i + 2)
        && cx.s(i + 2).len() <= 2
        && glued(i + 3, "s")
        && !(cx.attached(i + 4) && (cx.is_word(i + 4) || cx.is_digits(i + 4))))
    {
        return None;
    }
    let minutes: u32 = cx.s(i).parse().ok()?;
    let seconds: u32 = cx.s(i + 2).parse().ok().filter(|s| *s < 60)?;
    let mut p = DatePhrase::new(i, i + 4, Cat::Duration, When::Nothing);
    p.duration = Some(format!("PT{minutes}M{seconds}S"));
    Some(p)
}

/// "20-odd years", "20-plus years": "-odd" or "-plus" glued on a count at `k` before a plural
/// unit of time, the length's `qualifier` (about that many, or more).
pub(super) fn odd_or_plus(cx: &Cx, k: usize) -> Option<&'static str> {
    let glued = cx.is(k, "-")
        && cx.attached(k)
        && cx.is_any(k + 1, &["odd", "plus"])
        && cx.attached(k + 1)
        && cx.near(k + 2)
        && cx.word(k + 2).is_some_and(|w| w.time_unit_plural);
    glued.then(|| {
        if cx.is(k + 1, "odd") {
            "about"
        } else {
            "or more"
        }
    })
}

/// Whether "on" and a weekday follow one unit at `end`: "a week on Tuesday" is anchored
/// (`duration_anchor::weeks_on_weekday` reads it).
pub(super) fn on_weekday(cx: &Cx, end: usize) -> bool {
    cx.is(end, "on") && cx.near(end + 1) && cx.word(end + 1).is_some_and(|w| w.weekday.is_some())
}
