//! Sets (recurrences): "every Friday", "every other week", "weekly", "daily".

use super::times::time_of_day;
use super::{Cat, DatePhrase};
use crate::statistics::calendar::When;
use crate::statistics::cursor::Cx;
use crate::statistics::lexicon::{TimeUnit, SET_ADVERBS};
use crate::statistics::numbers::{self, Context, NumKind};
use crate::statistics::words::PARTS_OF_DAY;

/// "every Friday", "each two days", "every other week", "weekly", "daily".
pub(super) fn set(cx: &Cx, i: usize) -> Option<DatePhrase> {
    let lower = cx.lower(i);
    if SET_ADVERBS.contains(&lower.as_str()) {
        if cx.capitalised(i) && !cx.sentence_start(i) || attributive(cx, i) {
            return None;
        }
        let mut p = DatePhrase::new(i, i + 1, Cat::Date, When::Nothing);
        p.qualifier = Some("every");
        return Some(p);
    }
    if matches!(lower.as_str(), "bi" | "semi")
        && cx.is(i + 1, "-")
        && cx.is_any(i + 2, &["monthly", "annually", "weekly", "yearly"])
    {
        let mut p = DatePhrase::new(i, i + 3, Cat::Date, When::Nothing);
        p.qualifier = Some("every");
        return Some(p);
    }
    if !matches!(lower.as_str(), "every" | "each") || !cx.near(i + 1) {
        return None;
    }
    let mut k = i + 1;
    if cx.is(k, "other") && cx.near(k + 1) {
        k += 1;
    }
    if let Some(n) = numbers::parse(cx, k, Context::Plain)
        .filter(|n| n.kind == NumKind::Cardinal && n.start == k)
    {
        k = n.end;
    }
    if !cx.near(k) {
        return None;
    }
    let w = cx.word(k);
    let ok = w.is_some_and(|w| w.time_unit.is_some() || w.weekday.is_some())
        || cx.is_any(k, PARTS_OF_DAY)
        || cx.is_any(k, &["weekend", "weekday"])
        // "every April": a month's name, capitalised (not "every may") (branch `figs42`).
        || w.is_some_and(|w| w.month.is_some()) && cx.capitalised(k) && k == i + 1;
    if !ok {
        return None;
    }
    let mut end = k + 1;
    // "each monday at 4pm", "every evening at 7:13 p.m.".
    if cx.is(end, "at") && cx.near(end + 1) {
        if let Some(t) = time_of_day(cx, end + 1) {
            end = t.end;
        }
    }
    let mut p = DatePhrase::new(i, end, Cat::Date, When::Nothing);
    p.qualifier = Some("every");
    Some(p)
}

/// Words after "weekly", "monthly" … that leave it an adverb of a recurrence ("paid weekly in
/// advance", "published monthly by the ONS", "on a weekly basis"): prepositions, conjunctions,
/// determiners and adverbs of time.
const AFTER_THE_ADVERB: &[&str] = &[
    "in",
    "on",
    "at",
    "by",
    "for",
    "and",
    "or",
    "but",
    "to",
    "from",
    "with",
    "until",
    "till",
    "since",
    "through",
    "throughout",
    "during",
    "over",
    "after",
    "before",
    "via",
    "per",
    "as",
    "than",
    "if",
    "when",
    "while",
    "because",
    "so",
    "then",
    "now",
    "again",
    "instead",
    "last",
    "this",
    "next",
    "each",
    "every",
    "the",
    "a",
    "an",
    "basis",
    "is",
    "are",
    "was",
    "were",
    "rather",
    "anyway",
    "too",
    "only",
];

/// "the third monthly fall", "Weekly GP appointments", "daily life": a word of recurrence
/// before a noun is an adjective, no figure (branch `figs30`). "annually" is only an adverb
/// ("annually attracts"); "everyday" is left a recurrence, as the Recognizers-Text specs read
/// it. The word after is one of a sentence's words, no mark.
fn attributive(cx: &Cx, i: usize) -> bool {
    // "a daily 75mg dose", "the weekly £50 payment": after a determiner the word is an
    // adjective whatever follows (branch `newsfigs36`); "on a weekly basis" and "an everyday
    // routine" (read as the Recognizers-Text specs read it, as below) stay.
    let determined = i > 0
        && !cx.is_any(i, &["annually", "everyday"])
        && cx.near(i)
        && cx.is_any(
            i - 1,
            &["a", "an", "the", "its", "their", "his", "her", "our"],
        )
        && !cx.is(i + 1, "basis");
    determined
        || cx.near(i + 1)
            && !cx.attached(i + 1)
            && cx.is_word(i + 1)
            && !cx.is_any(i, &["annually", "everyday"])
            && !cx.is_any(i + 1, AFTER_THE_ADVERB)
}

/// "twice a month", "once a week", "three times a year", "4 times per day": a frequency.
pub(super) fn frequency(cx: &Cx, i: usize) -> Option<DatePhrase> {
    let k = if cx.is_any(i, &["once", "twice", "thrice"]) {
        i + 1
    } else {
        let n = numbers::parse(cx, i, Context::Plain)
            .filter(|n| n.kind == NumKind::Cardinal && n.start == i && n.value.fract() == 0.0)?;
        if !(cx.is(n.end, "times") && cx.near(n.end)) {
            return None;
        }
        n.end + 1
    };
    if !(cx.is_any(k, &["a", "an", "per", "each", "every"]) && cx.near(k) && cx.near(k + 1)) {
        return None;
    }
    let unit = cx.word(k + 1).filter(|w| !w.time_unit_plural)?;
    if unit.time_unit.is_none() && unit.weekday.is_none() {
        return None;
    }
    // "twice a day's pay" is no frequency.
    if cx.attached(k + 2) && cx.is_word(k + 2) {
        return None;
    }
    let mut p = DatePhrase::new(i, k + 2, Cat::Date, When::Nothing);
    p.qualifier = Some("every");
    Some(p)
}

/// Whether `p` is a recurrence whose step is a length on the clock: "every 12 minutes", "every
/// hour", "every two hours" (not "every Monday", "every evening").
pub(super) fn clock_recurrence(cx: &Cx, p: &DatePhrase) -> bool {
    p.qualifier == Some("every")
        && p.end > p.start
        && cx.word(p.end - 1).is_some_and(|w| {
            matches!(
                w.time_unit,
                Some(TimeUnit::Second | TimeUnit::Minute | TimeUnit::Hour)
            )
        })
}
