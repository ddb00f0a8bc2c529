//! The short hand-written list of holidays, with its case rules.

use super::years::year_after;
use super::{opens_holiday, opens_with, HOLIDAYS, HOLIDAY_OPENERS};
use crate::statistics::calendar::When;
use crate::statistics::cursor::Cx;
use crate::statistics::dates::{Cat, DatePhrase};
use crate::statistics::holiday_names;
use crate::statistics::words::APOSTROPHES;

/// The hand-written names without a fixed day that the generated lexicon keeps under a longer
/// name: "Easter" is Easter Sunday.
const LONGER_GENERATED_NAMES: &[(&str, &[&str])] = &[("easter", &["easter", "sunday"])];

/// The generated name whose days the hand-written name at `i` takes, when the lexicon keeps it
/// under a longer name ([`LONGER_GENERATED_NAMES`]).
pub(super) fn days_of_hand_written(cx: &Cx, i: usize) -> Option<&'static holiday_names::Holiday> {
    let first = cx.lower(i);
    let (_, words) = LONGER_GENERATED_NAMES
        .iter()
        .find(|(w, _)| *w == first.as_str())?;
    holiday_names::starting_with(words.first()?)
        .iter()
        .find(|h| h.words == *words)
}

/// The short hand-written list, with its case rules ("new year" in lower case).
pub(super) fn hand_written(cx: &Cx, i: usize) -> Option<DatePhrase> {
    let first = cx.lower(i);
    if !opens_holiday(&first) {
        return None;
    }
    // The first word is token `i` itself (a possessive's stem for "valentine's"): the names
    // that start with another word are passed over without reading the tokens.
    for (words, md) in HOLIDAYS
        .iter()
        .filter(|(words, _)| opens_with(words, &first))
    {
        let mut k = i;
        let mut ok = true;
        for w in words.iter() {
            if let Some(stem) = w.strip_suffix("'s") {
                if cx.is(k, stem) && cx.is_any(k + 1, APOSTROPHES) && cx.is(k + 2, "s") {
                    k += 3;
                    continue;
                }
                // "new years eve": the possessive without its apostrophe.
                if k > i && cx.near(k) && cx.lower(k).strip_suffix('s') == Some(stem) {
                    k += 1;
                    continue;
                }
                ok = false;
                break;
            }
            if !(cx.is(k, w) && (k == i || cx.near(k))) {
                ok = false;
                break;
            }
            k += 1;
            // "Mothers' Day": the apostrophe after a plural.
            if w.ends_with('s') && cx.is_any(k, APOSTROPHES) && cx.attached(k) {
                k += 1;
            }
        }
        if !ok {
            continue;
        }
        // "new year" in lower case is usually just a new year, unless a date word leads to it.
        // "new year's eve", "new year's day" are the holidays in any case.
        if !cx.capitalised(i)
            && words[0] == "new"
            && words.len() < 3
            && !(i > 0 && cx.is_any(i - 1, &["before", "after", "until", "since", "over", "by"]))
        {
            return None;
        }
        let mut y = None;
        if cx.near(k) {
            if let Some((yy, e)) = year_after(cx, k) {
                y = Some(yy);
                k = e;
            }
        }
        // "mothers day" without capitals or an apostrophe ("a mothers day care centre") needs
        // a year after it or "next", "last" or "this" before it.
        // ("christmas" ends in an "s" and is no plural.)
        let bare_plural = words[0]
            .strip_suffix('s')
            .is_some_and(|stem| HOLIDAY_OPENERS.contains(&stem))
            && !cx.capitalised(i)
            && !(i + 1..k).any(|j| cx.is_any(j, APOSTROPHES));
        if bare_plural && y.is_none() && !(i > 0 && cx.is_any(i - 1, &["next", "last", "this"])) {
            return None;
        }
        let when = match md {
            Some((m, d)) => When::Date {
                y,
                m: Some(*m),
                d: Some(*d),
            },
            None => When::Date {
                y,
                m: None,
                d: None,
            },
        };
        return Some(DatePhrase::new(i, k, Cat::Date, when));
    }
    None
}
