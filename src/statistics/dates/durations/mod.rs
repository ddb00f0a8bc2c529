//! Durations: "three years", "half an hour", "2 years 1 month 21 days" (measured from a point
//! in `duration_anchor`).
//!
//! The grammar in parts, tried in this order: `long` ("week-long"), `vague` ("all day", "a few
//! weeks", "half an hour"), `counted` (the count before the unit: "3", "one and a half", "a"),
//! `marks` (words between the count and the unit: "5+ years", "three extra days", "the 5
//! upcoming years"), `compound` (the unit and the parts after it: "2 years 1 month 21 days"),
//! `article` (when "a year" alone is a length: "a year ago", "for a year").

mod article;
mod compound;
mod counted;
mod long;
mod marks;
mod vague;

use super::duration_counts::{fraction_of_unit, minutes_seconds};
use super::{Cat, DatePhrase};
use crate::statistics::calendar::When;
use crate::statistics::cursor::Cx;

pub(super) use long::ends_long;
pub(in crate::statistics) use long::unit_long_at;

/// The words `duration` reads at its start besides a number (which `fraction_of_unit` reads
/// too, with "quarter"): "all day", "a few weeks", "several days", "half an hour", "an hour".
pub(in crate::statistics) const OPENING_WORDS: &[&str] = &[
    "all", "a", "an", "few", "several", "some", "couple", "many", "half", "quarter",
];

/// What one part of the grammar made of the words at the start: the reading (or that there is
/// none), or what the next part goes on from.
enum Step<T> {
    Done(Option<DatePhrase>),
    Go(T),
}

/// "three years", "3 minutes", "2.5 hours", "one and a half hours", "½ hour", "3h",
/// "half an hour", "a few days", "all day", "2 years 1 month 21 days".
pub fn duration(cx: &Cx, i: usize) -> Option<DatePhrase> {
    if let Some(p) = long::unit_long(cx, i).or_else(|| minutes_seconds(cx, i)) {
        return Some(p);
    }
    let vague = vague::all_unit(cx, i)
        .or_else(|| vague::vague_count(cx, i))
        .or_else(|| vague::pair_of_units(cx, i));
    if let Some(p) = vague {
        return Some(p);
    }
    if let Step::Done(p) = vague::half_unit(cx, i) {
        return p;
    }
    // "a quarter of an hour", "3/4 of an hour", "three-quarters of a day": a fraction of one
    // unit.
    if let Some(p) = fraction_of_unit(cx, i) {
        return Some(p);
    }
    let mut count = match counted::count(cx, i) {
        Step::Done(p) => return p,
        Step::Go(c) => c,
    };
    let marks = marks::marks(cx, &mut count)?;
    if let Some(p) = marks::counted_words(cx, i, &count) {
        return Some(p);
    }
    let w = cx.word(count.k)?;
    let unit = w.time_unit?;
    let parts = compound::parts(cx, &count, w, unit)?;
    if let Step::Done(p) = article::one_unit(cx, i, &count, w, unit, &parts) {
        return p;
    }
    let mut p = DatePhrase::new(i, parts.end, Cat::Duration, When::Nothing);
    p.duration = Some(parts.iso);
    if marks.or_more {
        p.qualifier = Some("or more");
    } else if marks.odd_or_plus.is_some() {
        p.qualifier = marks.odd_or_plus;
    } else if parts.or_so {
        p.qualifier = Some("about");
    }
    Some(p)
}
