//! The comparison a change is measured against ("compared with the same month last year",
//! "up from 1,100", "on a year earlier"), the period a level is measured over, and where the
//! clause of either ends.

use crate::statistics::cursor::Cx;
use crate::statistics::tokens::Gap;

const BASELINE_CUES: &[&[&str]] = &[
    &["compared", "with"],
    &["compared", "to"],
    &["in", "comparison", "with"],
    &["versus"],
    &["vs"],
    &["than"],
    &["since"],
    &["on", "the"],
    &["from"],
    &["over"],
];

/// The comparison phrase at `j` ("compared with the same month last year", "since the deal
/// was signed", "from 1,100"): tokens (start, end) of the phrase after its cue.
pub(super) fn baseline(cx: &Cx, j: usize) -> Option<(usize, usize)> {
    if !cx.near(j) {
        return None;
    }
    let mut k = j;
    // Skip "the number" in "more than double the number from the previous year".
    if cx.is_any(k, &["the", "that", "what"]) {
        let start = k;
        let end = clause_end(cx, k);
        return (end > start + 1).then_some((start, end));
    }
    // "up 29% on a year earlier", "down 3% on last year", "up 5% on 2019": "on" before a
    // period the change is measured against ("on the" is a cue of its own).
    if cx.is(k, "on") && cx.near(k + 1) && on_a_period(cx, k + 1) {
        let end = clause_end(cx, k + 1);
        return (end > k + 1).then_some((k + 1, end));
    }
    let cue = BASELINE_CUES.iter().find(|cue| {
        cue.iter()
            .enumerate()
            .all(|(n, w)| cx.is(k + n, w) && cx.near(k + n))
    })?;
    k += if cue == &&["on", "the"][..] {
        1
    } else {
        cue.len()
    };
    if cx.is(k - 1, "over") && !cx.is_any(k, &["the", "last", "a"]) {
        return None;
    }
    let end = clause_end(cx, k);
    (end > k).then_some((k, end))
}

/// "over the 12 months to March", "in the year ending June 2024", "in the three months to
/// August" at `k`: the period a level is measured over, not what it is compared with; the
/// token after it.
pub(super) fn measured_over(cx: &Cx, k: usize) -> Option<usize> {
    if !(cx.is_any(k, &["over", "in"]) && cx.is(k + 1, "the")) {
        return None;
    }
    let unit = (k + 2..k + 5).find(|&u| cx.word(u).is_some_and(|w| w.time_unit.is_some()))?;
    if !cx.is_any(unit + 1, &["to", "ending", "ended"]) {
        return None;
    }
    // The month, and its year when written.
    let mut e = unit + 2;
    if cx.word(e).is_none_or(|w| w.month.is_none()) {
        return None;
    }
    e += 1;
    if cx.is_digits(e) && cx.s(e).len() == 4 {
        e += 1;
    }
    Some(e)
}

/// A date at `k`: a month's name, a weekday, a day then a month ("1 July").
pub(super) fn a_date_at(cx: &Cx, k: usize) -> bool {
    let named = |j: usize| {
        cx.word(j)
            .is_some_and(|w| w.month.is_some() || w.weekday.is_some())
    };
    named(k) || cx.is_digits(k) && named(k + 1)
}

/// After a level reached at `b` ("to 7.9% in June from …"), the token of "from" past the
/// level's time ("in June", "last month", "on Thursday", "in 2024") or its counted noun
/// ("seats"); `None` when something else comes first.
pub(super) fn past_when_of_level(cx: &Cx, b: usize) -> Option<usize> {
    let mut k = b;
    while k < b + 4 && cx.near(k) {
        if cx.is(k, "from") {
            return (k > b).then_some(k);
        }
        let when = cx.is_any(k, &["in", "on", "at", "during", "last", "this", "the", "a"])
            || cx
                .word(k)
                .is_some_and(|w| w.month.is_some() || w.weekday.is_some() || w.time_unit.is_some())
            || cx.is_digits(k) && cx.s(k).len() == 4;
        let counted = k == b && cx.is_word(k) && !cx.capitalised(k) && cx.word(k).is_none();
        if !(when || counted) {
            return None;
        }
        k += 1;
    }
    None
}

/// A period a change is measured against, at `k` after "on": "last year", "a year earlier",
/// "a month ago", "2019" (a year in digits), "Q3".
fn on_a_period(cx: &Cx, k: usize) -> bool {
    let unit_at = |j: usize| cx.near(j) && cx.word(j).is_some_and(|w| w.time_unit.is_some());
    cx.is_any(k, &["last", "previous", "prior", "same"]) && unit_at(k + 1)
        || cx.is_any(k, &["a", "one"])
            && unit_at(k + 1)
            && cx.near(k + 2)
            && cx.is_any(k + 2, &["earlier", "ago", "before"])
        || cx.is_digits(k)
            && cx.s(k).len() == 4
            && cx
                .s(k)
                .parse::<u16>()
                .is_ok_and(|y| (1900..=2100).contains(&y))
}

/// The end of the clause starting at `k`: a comma, stop, semicolon, line break or 14 tokens.
pub(super) fn clause_end(cx: &Cx, k: usize) -> usize {
    let mut e = k;
    while e < cx.len() && e < k + 14 {
        if e > k && cx.gap(e) > Gap::Space {
            break;
        }
        // A comma or dot inside a number ("1,100", "2.5") does not end the clause.
        let inside_number = cx.is_any(e, &[",", "."])
            && cx.attached(e)
            && cx.is_digits(e + 1)
            && cx.attached(e + 1)
            && e > 0
            && cx.is_digits(e - 1);
        if !inside_number && (cx.is_any(e, &[",", ";", ":", "(", ")", "!", "?", "—", "–", "."]))
        {
            break;
        }
        if e > k && cx.is_any(e, &["but", "while", "whereas", "which", "and"]) {
            break;
        }
        e += 1;
    }
    e
}
