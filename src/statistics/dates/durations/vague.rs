//! Lengths without a count: "all day", "a few weeks", "several days", "half an hour".

use super::super::duration_counts::many_of_units;
use super::super::{Cat, DatePhrase};
use super::Step;
use crate::statistics::calendar::{duration_iso, When};
use crate::statistics::cursor::Cx;
use crate::statistics::lexicon::TimeUnit;

/// "all day", "all week".
pub(super) fn all_unit(cx: &Cx, i: usize) -> Option<DatePhrase> {
    if !(cx.is(i, "all")
        && cx.near(i + 1)
        && cx.is_any(
            i + 1,
            &[
                "day",
                "week",
                "month",
                "year",
                "night",
                "weekend",
                "morning",
                "afternoon",
                "evening",
            ],
        ))
    {
        return None;
    }
    let mut p = DatePhrase::new(i, i + 2, Cat::Duration, When::Nothing);
    if let Some(u) = cx.word(i + 1).and_then(|w| w.time_unit) {
        p.duration = Some(duration_iso(1.0, u));
    }
    Some(p)
}

/// "a pair of minutes", "a pair of weeks": two of the unit (a pair is two, where "a couple of"
/// may be a few).
pub(super) fn pair_of_units(cx: &Cx, i: usize) -> Option<DatePhrase> {
    if !(cx.is(i, "a")
        && cx.is(i + 1, "pair")
        && cx.is(i + 2, "of")
        && (i + 1..i + 4).all(|k| cx.near(k)))
    {
        return None;
    }
    let unit = cx.word(i + 3).filter(|w| w.time_unit_plural)?.time_unit?;
    let mut p = DatePhrase::new(i, i + 4, Cat::Duration, When::Nothing);
    p.duration = Some(duration_iso(2.0, unit));
    Some(p)
}

/// "few hours", "a few days", "several weeks", "some days", "a couple of weeks".
pub(super) fn vague_count(cx: &Cx, i: usize) -> Option<DatePhrase> {
    let vague_end = {
        let mut k = i;
        if cx.is(k, "a") && cx.is_any(k + 1, &["few", "couple"]) {
            k += 1;
        }
        if cx.is_any(k, &["few", "several", "some", "couple", "many"]) && cx.near(k + 1) {
            k += 1;
            if cx.is(k, "of") {
                k += 1;
            } else if cx.word(k).is_some_and(|w| w.scale.is_some()) && cx.near(k + 1) {
                // "a few hundred years", "several thousand years": a vague count of a scale.
                k += 1;
            }
            cx.word(k).filter(|w| w.time_unit_plural).map(|_| k + 1)
        } else {
            None
        }
    };
    let end = vague_end.or_else(|| many_of_units(cx, i))?;
    Some(DatePhrase::new(i, end, Cat::Duration, When::Nothing))
}

/// "half an hour", "half hour", "half a day"; "a half hour", "a half-hour", "half-day":
/// the article before "half" stands for the one half, inside as for "a dozen". "half" with no
/// unit after it ends the reading (no length starts at it).
pub(super) fn half_unit(cx: &Cx, i: usize) -> Step<()> {
    let half = if cx.is(i, "a") && cx.is(i + 1, "half") && cx.near(i + 1) {
        Some(i + 1)
    } else {
        cx.is(i, "half").then_some(i)
    };
    let Some(h) = half.filter(|&h| cx.near(h + 1)) else {
        return Step::Go(());
    };
    let hyphen = cx.is(h + 1, "-") && cx.attached(h + 1) && cx.attached(h + 2);
    // "half-an-hour", "a half-a-day trip": the article hyphenated in too.
    let hyphened_article = hyphen
        && cx.is_any(h + 2, &["an", "a"])
        && cx.is(h + 3, "-")
        && cx.attached(h + 3)
        && cx.attached(h + 4);
    // "half an hour" (the article after "half" only without one before), "half-hour".
    let skip = hyphen || cx.is_any(h + 1, &["an", "a"]) && cx.near(h + 2) && h == i;
    let at = if hyphened_article {
        h + 4
    } else if skip {
        h + 2
    } else {
        h + 1
    };
    // The article and the hyphen only before the units of a day: a "half-year" and a
    // "half-term" are periods with names, a "half-century" fifty runs as often as years.
    let new_form = hyphen || h != i;
    let u = cx
        .word(at)
        .filter(|w| !w.time_unit_plural)
        .and_then(|w| w.time_unit)
        .filter(|u| {
            !new_form
                || matches!(
                    u,
                    TimeUnit::Second | TimeUnit::Minute | TimeUnit::Hour | TimeUnit::Day
                )
        });
    match u {
        Some(u) => {
            let mut p = DatePhrase::new(i, at + 1, Cat::Duration, When::Nothing);
            p.duration = Some(duration_iso(0.5, u));
            Step::Done(Some(p))
        }
        None if h == i => Step::Done(None),
        None => Step::Go(()),
    }
}
