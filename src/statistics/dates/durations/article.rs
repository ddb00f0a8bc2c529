//! When one unit after "a"/"an" is a length: "a year ago", "for a year", "an hour or so", "a
//! day or two"; not "a second time", nor the rate "£3 a day".

use super::super::duration_counts::on_weekday;
use super::super::{Cat, DatePhrase};
use super::compound::Parts;
use super::counted::Count;
use super::Step;
use crate::statistics::calendar::When;
use crate::statistics::cursor::Cx;
use crate::statistics::lexicon::{TimeUnit, Word};
use crate::statistics::words::PERCENT_WORDS;

/// The reading of one unit after an article (`Step::Go` when the count's length stands as
/// read).
pub(super) fn one_unit(
    cx: &Cx,
    i: usize,
    c: &Count,
    w: &Word,
    unit: TimeUnit,
    parts: &Parts,
) -> Step<()> {
    if !c.article || parts.compound {
        return Step::Go(());
    }
    let end = parts.end;
    // "a second time", "for a second term": "second" is the ordinal before a noun.
    if cx.is(c.k, "second") && ordinal_before_noun(cx, end) {
        return Step::Done(None);
    }
    // "a second or two", "an hour or two", "a day or two": a length of one or two of the unit
    // (not the ordinal "second" and a count of two), as "three or four weeks" is a range.
    if !w.time_unit_plural
        && cx.is(end, "or")
        && cx.near(end)
        && cx.is(end + 1, "two")
        && cx.near(end + 1)
        && !(cx.is_word(end + 2)
            && cx.near(end + 2)
            && cx.word(end + 2).is_some_and(|w| w.time_unit.is_some()))
    {
        let mut p = DatePhrase::new(i, end + 2, Cat::Duration, When::Nothing);
        p.count_between = Some(Box::new((1.0, 2.0, unit)));
        return Step::Done(Some(p));
    }
    if c.modified {
        return Step::Go(());
    }
    // Needs an anchor to be a date/duration at all ("a year ago"); "£3 a day" is a rate,
    // and stays one before "from" ("£150 a month from April", "5% a year after 2026").
    let rate = i > 0
        && (cx.is_digits(i - 1)
            || cx.is_any(i - 1, PERCENT_WORDS)
            || cx.word(i - 1).is_some_and(|w| w.scale.is_some())
            || cx.is_any(i - 1, &["m", "bn", "k", "p"])
            || counted_rate(cx, i));
    let anchored = if rate {
        &["ago", "later", "earlier"][..]
    } else {
        &[
            "ago", "later", "earlier", "hence", "from", "before", "after",
        ][..]
    };
    let anchored = cx.is_any(end, anchored) && cx.near(end) || on_weekday(cx, end);
    // "for a year", "about an hour", "nearly a decade", "at least a week", "up to a year":
    // after a preposition of time or a word that bounds a length.
    let bounded = i > 0
        && (cx.is_any(
            i - 1,
            &[
                "about",
                "around",
                "nearly",
                "almost",
                "roughly",
                "approximately",
                "barely",
            ],
        ) || i > 1
            && (cx.is(i - 2, "at") && cx.is_any(i - 1, &["least", "most"])
                || cx.is(i - 2, "up") && cx.is(i - 1, "to")
                // "waiting more than a year", "less than an hour later".
                || cx.is_any(i - 2, &["more", "less", "longer", "shorter"])
                    && cx.is(i - 1, "than")));
    let after_preposition = i > 0 && cx.is_any(i - 1, &["for", "in", "within", "over"]);
    if !(anchored || bounded || parts.or_so || after_preposition || lasting(cx, i, end, unit)) {
        return Step::Done(None);
    }
    // "Nearly a quarter said", "more than a quarter are": a bound alone before "a quarter" is
    // a share (a fourth of a group), not three months; "for a quarter", "a quarter ago" stay.
    if unit == TimeUnit::Quarter && !(anchored || after_preposition) {
        return Step::Done(None);
    }
    Step::Go(())
}

/// Whether the token at `j`, after "a second", is a word the ordinal "second" qualifies ("a
/// second time", "a second straight loss"): a word in lower case that no length of a second
/// comes before ("a second or two", "a second later", "for a second I").
fn ordinal_before_noun(cx: &Cx, j: usize) -> bool {
    cx.near(j)
        && cx.is_word(j)
        && cx
            .s(j)
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_lowercase())
        && !cx.is_any(
            j,
            &[
                "or", "and", "ago", "later", "earlier", "before", "after", "to", "then", "of",
                "we", "he", "she", "it", "they", "you", "there", "the", "as", "when", "while",
                "so", "but", "in", "on", "at", "longer", "more", "too", "from",
            ],
        )
}

/// Verbs whose object is how long something lasts: "lasted a week", "took a fortnight".
const LASTING: &[&str] = &[
    "lasted", "lasts", "last", "lasting", "took", "take", "takes", "taking", "spent", "spend",
    "spends", "spending", "waited", "wait", "waits", "waiting",
];

/// Whether one unit after its article at `i` (ending at `end`) is a length by what surrounds
/// it (branch `newsfigs36`): after a verb of lasting ("the strike lasted a week", "it took a
/// fortnight"), or before "of" and a plural or a verb's "-ing" form ("after a fortnight of
/// meetings", "a week of talks", "a day of mourning"). Not "a second of" (the ordinal may
/// come before "of"), "a quarter of adults" (a fraction), "a day of the week", "a month of
/// Sundays" (a capital).
fn lasting(cx: &Cx, i: usize, end: usize, unit: TimeUnit) -> bool {
    // "a quarter of adults", "took a quarter of the vote": a fraction.
    if matches!(unit, TimeUnit::Second | TimeUnit::Quarter) {
        return false;
    }
    if i > 0 && cx.near(i) && cx.is_any(i - 1, LASTING) {
        return true;
    }
    // "on a night of upsets", "at a time of cuts": a point in time, not a length.
    let point = i > 0 && cx.is_any(i - 1, &["on", "at"]);
    if point || !(cx.is(end, "of") && cx.near(end) && cx.near(end + 1) && cx.is_word(end + 1)) {
        return false;
    }
    let next = cx.s(end + 1);
    next.bytes().all(|b| b.is_ascii_lowercase())
        && next.len() > 3
        && (next.ends_with('s') && !next.ends_with("ss") || next.ends_with("ing"))
        && cx
            .word(end + 1)
            .is_none_or(|w| w.time_unit.is_none() && w.month.is_none())
}

/// Whether the article at `i` opens the rate of a count or a measure: a number, then a plural
/// or a unit, then "a"/"an" ("411,000 barrels a day from July", "two meals a day from
/// Monday", "5 kWh a day"), as "£3 a day" is the rate of an amount (branch `newsfigs36`).
fn counted_rate(cx: &Cx, i: usize) -> bool {
    if i < 2 || !cx.near(i) || !cx.near(i - 1) || !cx.is_word(i - 1) {
        return false;
    }
    let counted = cx.s(i - 1);
    let plural_or_unit = counted.bytes().all(|b| b.is_ascii_lowercase())
        && (counted.ends_with('s') && !counted.ends_with("ss"))
        || cx.word(i - 1).is_some_and(|w| w.measure.is_some());
    plural_or_unit
        && (cx.is_digits(i - 2)
            || cx
                .word(i - 2)
                .is_some_and(|w| w.unit.is_some() || w.ten.is_some() || w.scale.is_some()))
}
