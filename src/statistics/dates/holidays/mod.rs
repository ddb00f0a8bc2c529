//! Holidays by name: "Christmas Eve", "Boxing Day", "Easter". The gate and the two lists'
//! reading here; the short hand-written list in `hand_written`, the generated lexicon's names
//! in `generated`, the year after a name or named from the dateline in `years`.

mod generated;
mod hand_written;
mod moving;
mod years;

use super::DatePhrase;
use crate::statistics::calendar::When;
use crate::statistics::cursor::Cx;
use crate::statistics::words::APOSTROPHES;
use generated::generated;
pub(super) use generated::generated_names;
use hand_written::{days_of_hand_written, hand_written};
pub(in crate::statistics) use moving::moving_day;
use years::{in_named_year, in_relative_year, tail};

/// A holiday's words and its fixed (month, day), if it has one.
pub(super) type Holiday = (&'static [&'static str], Option<(u8, u8)>);

pub(super) const HOLIDAYS: &[Holiday] = &[
    (&["christmas", "eve"], Some((12, 24))),
    (&["christmas", "day"], Some((12, 25))),
    (&["christmas"], Some((12, 25))),
    (&["xmas", "eve"], Some((12, 24))),
    (&["xmas", "day"], Some((12, 25))),
    (&["xmas"], Some((12, 25))),
    (&["boxing", "day"], Some((12, 26))),
    (&["new", "year's", "eve"], Some((12, 31))),
    (&["new", "year's", "day"], Some((1, 1))),
    (&["new", "year"], Some((1, 1))),
    (&["halloween"], Some((10, 31))),
    (&["valentine's", "day"], Some((2, 14))),
    (&["independence", "day"], Some((7, 4))),
    (&["easter"], None),
    (&["thanksgiving"], None),
    (&["black", "friday"], None),
    // The Monday after Thanksgiving; named, not resolved, as Black Friday is.
    (&["cyber", "monday"], None),
    (&["labor", "day"], None),
    (&["labour", "day"], None),
    (&["memorial", "day"], None),
    // Days whose date differs by country (the second Sunday of May in the US, Mothering Sunday
    // in Britain): named, not resolved. "Mothers' Day" and "mothers day" are read too.
    (&["mother's", "day"], None),
    (&["mothers", "day"], None),
    (&["father's", "day"], None),
    (&["fathers", "day"], None),
];

/// The first words of the hand-written names that are no figure word of their own: the
/// lexicon marks them as opening a holiday.
pub(crate) const HOLIDAY_OPENERS: &[&str] =
    &["mother", "mothers", "father", "fathers", "xmas", "cyber"];

/// The first words of `HOLIDAYS` ("valentine" for "valentine's"): most words start no holiday,
/// and this turns them away before the list is tried.
pub(super) fn opens_holiday(word: &str) -> bool {
    matches!(
        word,
        "black"
            | "boxing"
            | "cyber"
            | "christmas"
            | "easter"
            | "halloween"
            | "independence"
            | "labor"
            | "labour"
            | "memorial"
            | "mother"
            | "mothers"
            | "father"
            | "fathers"
            | "new"
            | "thanksgiving"
            | "valentine"
            | "xmas"
    )
}

pub(super) fn holiday(cx: &Cx, i: usize) -> Option<DatePhrase> {
    let w = cx.word(i)?;
    if !may_open(cx, i) {
        return None;
    }
    matched(cx, i, w.holiday)
}

/// Whether a holiday's name may start at token `i`: `holiday` reads nothing elsewhere.
pub(in crate::statistics) fn may_open(cx: &Cx, i: usize) -> bool {
    let Some(w) = cx.word(i).filter(|w| w.starter) else {
        return false;
    };
    let first = cx.lower(i);
    // Only a first word of the generated lexicon (or "st", or such a word with an "s") finds a
    // name there, and the lexicon marks exactly those words `holiday`; the hand-written names
    // open with a word of `opens_holiday`. Most words are neither.
    (w.holiday || opens_holiday(&first)) && may_continue(cx, i, &first, w.holiday)
}

/// Whether token `i + 1` may be the second token of a holiday's name that starts with `first`
/// (token `i`, lower case; `generated`: whether to look in the generated lexicon): for "new"
/// only "year", "years", an apostrophe, a hyphen or a stop ("new projects" is none), read off
/// the names themselves. The matchers read a name's second token as one of: the name's next
/// word (`is`, `lower ==`), that word with an "s" (a possessive written without its apostrophe,
/// "new years eve"; a first word "presidents" reads the name's word after "' s"), "st" for
/// "saint", an apostrophe ("Mothers' Day", "Valentine's"), a hyphen written for a space
/// ("Eid-al-Adha"), the stop after "St", or a later word when a name's hyphen is written as a
/// space ("Eid al Fitr" for "eid al - fitr"); a name of one word (or of a possessive alone)
/// needs no second token. Any word after the first of a name, each also with an "s", "st",
/// the apostrophes, "-" and "." cover all of these: the gate only turns away what no matcher
/// can read (`holiday_gate_tests` runs both on every name and many near-misses).
fn may_continue(cx: &Cx, i: usize, first: &str, generated: bool) -> bool {
    let next = cx.lower(i + 1);
    let next = next.as_str();
    if matches!(next, "-" | ".") || APOSTROPHES.contains(&next) {
        return true;
    }
    // The names' second words by first word, made once (`holiday_seconds`); walked from the
    // names in the WASM build, whose download the kept map would grow.
    #[cfg(not(target_arch = "wasm32"))]
    return super::holiday_seconds::reads(first, generated, next);
    #[cfg(target_arch = "wasm32")]
    return super::holiday_seconds::walked(first, generated, next);
}

/// A name's words after its first.
pub(super) fn rest<'a>(words: &'a [&'static str]) -> &'a [&'static str] {
    words.get(1..).unwrap_or(&[])
}

/// Whether a hand-written name opens with the word `first` ("valentine" for "valentine's").
pub(super) fn opens_with(words: &[&str], first: &str) -> bool {
    let w = words.first().copied().unwrap_or("");
    w.strip_suffix("'s").unwrap_or(w) == first
}

/// The names of both lists that start at token `i`; `generated`: whether to look in the
/// generated lexicon.
fn matched(cx: &Cx, i: usize, generated: bool) -> Option<DatePhrase> {
    let generated = if generated {
        self::generated(cx, i)
    } else {
        None
    };
    // The longer reading: "Easter Sunday 2019" (generated) over "Easter" (the short list); of
    // one length, the short list's, with the generated name's days for a year named relatively.
    let (p, days) = match (hand_written(cx, i), generated) {
        (Some(a), Some((b, h))) if b.end > a.end => (b, Some(h)),
        (Some(a), Some((b, h))) if b.end == a.end => (a, Some(h)),
        (Some(a), _) => {
            let days = days_of_hand_written(cx, i);
            (a, days)
        }
        (None, Some((b, h))) => (b, Some(h)),
        (None, None) => return None,
    };
    let p = in_named_year(tail(cx, p), days);
    let mut p = in_relative_year(cx, p, days);
    // "Easter Monday", "Thanksgiving": a moving day without its year (`moving`).
    if let (
        When::Date {
            y: None,
            m: None,
            d: None,
        },
        Some(h),
    ) = (p.when, days)
    {
        p.when = When::Moving(h);
    }
    Some(p)
}

#[cfg(test)]
#[path = "gate_tests.rs"]
mod gate_tests;
