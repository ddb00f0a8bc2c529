//! Periods that end at a month or a day: "the year to March", "the quarter ending June 2024",
//! "the fiscal year ending June 30", "the week to Tuesday", "the 12 months to September".

use super::super::duration_anchor::period_to;
use super::super::durations::duration;
use super::super::join::atom;
use super::super::{Cat, DatePhrase};
use crate::statistics::calendar::duration_iso;
use crate::statistics::calendar::When;
use crate::statistics::cursor::Cx;
use crate::statistics::lexicon::TimeUnit;

/// Words that end a period at a month or a day: "the year to March", "the quarter ending June
/// 2024", "the quarter ended Dec. 31", "the 12 months through June".
const PERIOD_ENDS: &[&str] = &["to", "ending", "ended", "through"];

/// Adjectives of accounts between "the" and a period that ends at a month: "the fiscal year
/// ending June 30", "the financial year to April 2025", "the tax year ended 5 April".
const ACCOUNTS: &[&str] = &["fiscal", "financial", "tax", "calendar", "accounting"];

/// "the year to March", "the quarter ending June 2024", "the quarter ended Dec. 31", "the fiscal
/// year ending June 30": one such period that ends in a month (or on its day), an adjective of
/// accounts between "the" (at `i`) and the period (`k`: the word after "the").
pub(super) fn period_to_month(cx: &Cx, i: usize, k: usize) -> Option<DatePhrase> {
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
    None
}

/// "the 12 months to September", "the three months ending June 2024": a counted period that
/// ends in a month keeps its "the", as "the year to March" does.
pub(super) fn counted_to_month(cx: &Cx, i: usize, k: usize) -> Option<DatePhrase> {
    // Only after a count (digits or a number word), and when a word of `PERIOD_ENDS` comes
    // within four tokens, so that most "the"s cost one look-up.
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
                return counted_to_day(cx, i, &d, j + 1);
            }
        }
    }
    None
}

/// "the five days to Monday", "the two weeks to Friday": a period counted in days or weeks that
/// ends on a weekday (one day written with no month), one DATE with its "the", left unresolved
/// as "the week to Tuesday" is.
fn counted_to_day(cx: &Cx, i: usize, d: &DatePhrase, k: usize) -> Option<DatePhrase> {
    let iso = d.duration.as_deref()?;
    if iso.contains('T') || !(iso.ends_with('D') || iso.ends_with('W')) {
        return None;
    }
    let b = atom(cx, k).filter(|b| b.cat == Cat::Date && b.start == k && b.when.is_one_day())?;
    Some(DatePhrase::new(i, b.end, Cat::Date, When::Nothing))
}
