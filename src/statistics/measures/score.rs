//! Scores and votes: "won 2-1", "a 5-4 ruling", "beat the Sabres 4-1", "6-4, 7-6 (5)",
//! "voted 52-48", "level at 1-1", "Chelsea 2-1 Arsenal". One figure holding both counts (the
//! `score` field), not two counts of nothing: the "1" of "2-1" is no count a reader checks.
//!
//! score   := count dash count tie-break?        (counts of up to three digits)
//! context := result-verb words{0,4} score | score ("home"|"away")? result-noun
//!          | score "," score (a set of a match after the one before it)
//!          | Name score Name (a results line; both counts up to 15)

use super::super::cursor::Cx;
use super::super::detail::Detail;
use super::super::numbers::{Num, NumKind};
use super::super::tokens::Gap;
use super::super::Found;

/// Verbs and nouns that come before a result: "won 2-1", "beat the Sabres 4-1", "the vote was
/// 52-48", "the series is level at 1-1".
const BEFORE: &[&str] = &[
    "won", "win", "wins", "beat", "beats", "beating", "beaten", "defeated", "lost", "lose",
    "loses", "losing", "drew", "draw", "tied", "trail", "trailed", "trailing", "led", "lead",
    "leads", "leading", "edged", "voted", "vote", "passed", "approved", "rejected", "ended",
    "finished", "level", "score", "series",
];

/// Nouns after a result: "a 2-1 win", "a 5-4 ruling", "a 52-48 vote", "a 10-2 record".
const AFTER: &[&str] = &[
    "win", "victory", "defeat", "loss", "draw", "lead", "vote", "decision", "ruling", "majority",
    "margin", "record",
];

/// The largest count of a score (a basketball score has three digits).
const MOST: f64 = 999.0;

/// The largest count of a results line between two names ("Chelsea 2-1 Arsenal"), where no
/// word says it is a result: larger pairs between names are models ("Boeing 787-9 Dreamliner").
const MOST_BETWEEN_NAMES: f64 = 15.0;

/// A score starting at the count `n`: the figure, ending after its tie-break if it has one.
#[inline(never)]
pub(super) fn parse(cx: &Cx, n: &Num) -> Option<Found> {
    let (second, end) = pair_at(cx, n.start)?;
    // "5-10 mph", "2-3 days", "10-15 per cent": a range of what follows.
    // ("in", "a" are units too, but "lost 98-101 in overtime".)
    if cx.near(end)
        && !cx.is_any(end, &["in", "a", "an", "at"])
        && (cx
            .word(end)
            .is_some_and(|w| w.measure.is_some() || w.currency.is_some() || w.time_unit.is_some())
            || cx.is_any(end, &["%", "per", "percent", "pc"]))
    {
        return None;
    }
    let first = n.value;
    if !(in_context(cx, n.start, end, first.max(second)) || after_a_set(cx, n.start)) {
        return None;
    }
    let mut d = Detail::default();
    // Both counts are whole and at most `MOST`, so they fit.
    d.extra_mut().score = Some([first as u16, second as u16]);
    Some(Found::new(n.start, end, "CARDINAL", d))
}

/// The pair "N-M" starting at token `i`: the second count and the token after the pair (after
/// its tie-break, "7-6 (5)").
#[inline(never)]
fn pair_at(cx: &Cx, i: usize) -> Option<(f64, usize)> {
    let count = |k: usize| {
        (cx.is_digits(k) && cx.s(k).len() <= 3)
            .then(|| cx.s(k).parse::<f64>().ok())
            .flatten()
            .filter(|&v| v <= MOST)
    };
    count(i)?;
    let dash = i + 1;
    // "2-1", "2–1", "2 - 1": the dash attached on both sides or spaced on both.
    let attached = cx.attached(dash) && cx.attached(dash + 1);
    let spaced = cx.gap(dash) == Gap::Space && cx.gap(dash + 1) == Gap::Space;
    if !(cx.is_any(dash, &["-", "–"]) && (attached || spaced)) {
        return None;
    }
    let second = count(dash + 1)?;
    let mut end = dash + 2;
    // "2-1.5", "2-1,000", "10-15%": another number or a unit goes on.
    if cx.attached(end) && !cx.is(end, ",") && !cx.is(end, ".") && !cx.is(end, ")") {
        return None;
    }
    if cx.attached(end)
        && cx.is_any(end, &[",", "."])
        && cx.is_digits(end + 1)
        && cx.attached(end + 1)
    {
        return None;
    }
    // A tie-break: "7-6 (5)".
    if cx.is(end, "(")
        && cx.gap(end) == Gap::Space
        && count(end + 1).is_some()
        && cx.attached(end + 1)
        && cx.is(end + 2, ")")
        && cx.attached(end + 2)
    {
        end += 3;
    }
    Some((second, end))
}

/// Whether a word says the pair at `start..end` is a result: a result verb or noun before it
/// (up to four words between: "beat the Buffalo Sabres 4-1"), a result noun after it, or two
/// names around it.
#[inline(never)]
fn in_context(cx: &Cx, start: usize, end: usize, most: f64) -> bool {
    let mut k = start;
    for _ in 0..6 {
        if k == 0 || !cx.near(k) || !cx.is_word(k - 1) {
            break;
        }
        k -= 1;
        if cx.is_any(k, BEFORE) {
            return true;
        }
    }
    let noun = if cx.is_any(end, &["home", "away"]) && cx.near(end + 1) {
        end + 1
    } else {
        end
    };
    if cx.near(noun) && cx.is_any(noun, AFTER) {
        return true;
    }
    // "Chelsea 2-1 Arsenal": a results line.
    let name = |k: usize| super::name_word(cx, k) && !cx.sentence_start(k);
    most <= MOST_BETWEEN_NAMES
        && start > 0
        && cx.near(start)
        && (name(start - 1) || cx.sentence_start(start - 1) && super::title_word(cx, start - 1))
        && cx.near(end)
        && super::name_word(cx, end)
}

/// Whether the pair at `start` follows a set already read as a score: "6-4, 7-6 (5), 6-3".
#[inline(never)]
fn after_a_set(cx: &Cx, start: usize) -> bool {
    let mut at = start;
    // At most five sets before this one.
    for _ in 0..5 {
        if !(at >= 4 && cx.is(at - 1, ",") && cx.attached(at - 1) && cx.near(at)) {
            return false;
        }
        // The set before ends at the comma, after its tie-break if it has one.
        let mut end = at - 1;
        if end >= 3 && cx.is(end - 1, ")") && cx.is(end - 3, "(") {
            end -= 3;
        }
        let Some(first) = end.checked_sub(3) else {
            return false;
        };
        let Some((second, pair_end)) = pair_at(cx, first) else {
            return false;
        };
        if pair_end != at - 1 {
            return false;
        }
        let most = cx.s(first).parse::<f64>().unwrap_or(MOST).max(second);
        if in_context(cx, first, pair_end, most) {
            return true;
        }
        at = first;
    }
    false
}

/// Whether `n` is a count that may open a score (digits only, no words, no sign or decimals).
pub(super) fn may_open(n: &Num) -> bool {
    n.kind == NumKind::Cardinal && !n.words && n.bare_digits && n.end == n.start + 1
}
