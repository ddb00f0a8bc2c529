//! Scores and votes: "won 2-1", "a 5-4 ruling", "beat the Sabres 4-1", "6-4, 7-6 (5)",
//! "voted 52-48", "level at 1-1", "Chelsea 2-1 Arsenal". One figure holding both counts (the
//! `score` field), not two counts of nothing: the "1" of "2-1" is no count a reader checks.
//!
//! score   := count dash count tie-break?        (counts of up to three digits; a tie-break
//!                                                is "(5)" or "(7-4)")
//! context := result-verb words{0,4} score | "half-time" score
//!          | score ("home"|"away")? result-noun | score ("down"|"up"|"ahead"|"behind")
//!          | score ("over"|"against") "the"? Name  (the larger count first)
//!          | score ","? score (a set of a match after the one before it)
//!          | Name score Name (a results line; both counts up to 15) | Name score "on"? weekday

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
    "finished", "level", "score", "series", "halftime", "tie", "ties", "tying",
];

/// A bench's or a board's split before its tally: "ruled 6-3", "upheld the verdict 2-1", "the
/// justices split 5-4", "decided 7-2 to hold rates".
const DECIDED: &[&str] = &[
    "ruled",
    "rules",
    "decided",
    "upheld",
    "overturned",
    "sided",
    "split",
];

/// Nouns after a result: "a 2-1 win", "a 5-4 ruling", "a 52-48 vote", "a 10-2 record".
const AFTER: &[&str] = &[
    "win", "victory", "defeat", "loss", "draw", "lead", "vote", "decision", "ruling", "majority",
    "margin", "record",
];

/// The largest count of a score (a basketball score has three digits).
const MOST: f64 = 999.0;

/// The largest count of a win-loss record ("the 10-2 Bills"): a baseball season's games.
/// Larger pairs are models ("the 787-9 Dreamliner").
const MOST_RECORD: f64 = 162.0;

/// The largest count of a results line between two names ("Chelsea 2-1 Arsenal"), where no
/// word says it is a result: larger pairs between names are models ("Boeing 787-9 Dreamliner").
const MOST_BETWEEN_NAMES: f64 = 15.0;

/// A score starting at the count `n`: the figure, ending after its tie-break if it has one.
#[inline(never)]
pub(super) fn parse(cx: &Cx, n: &Num) -> Option<Found> {
    let (second, end) = pair_at(cx, n.start)?;
    // "5-10 mph", "2-3 days", "10-15 per cent": a range of what follows.
    // ("in", "a" are units too, but "lost 98-101 in overtime".)
    if unit_after(cx, end) {
        return None;
    }
    let first = n.value;
    if !(in_context(cx, n.start, end, first.max(second))
        || after_a_set(cx, n.start)
        || in_a_list_of_sets(cx, n.start, end, first, second)
        || margin_after(cx, end, first, second))
    {
        return None;
    }
    let mut d = Detail::default();
    // Both counts are whole and at most `MOST`, so they fit.
    d.extra_mut().score = Some([first as u16, second as u16]);
    Some(Found::new(n.start, end, "CARDINAL", d))
}

/// Whether a unit follows at `end`, making the pair before it a range of that unit.
fn unit_after(cx: &Cx, end: usize) -> bool {
    cx.near(end)
        && !cx.is_any(end, &["in", "a", "an", "at"])
        && (cx
            .word(end)
            .is_some_and(|w| w.measure.is_some() || w.currency.is_some() || w.time_unit.is_some())
            || cx.is_any(end, &["%", "per", "percent", "pc"]))
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
    // A tie-break: "7-6 (5)", or with both counts after a set won 7-6, "7-6 (7-4)" (after
    // another score, a pair in brackets is a half-time score: "drew 1-1 (1-0)").
    let tie_break_set = cx
        .s(i)
        .parse::<f64>()
        .is_ok_and(|a| a.max(second) == 7.0 && a.min(second) == 6.0);
    if cx.is(end, "(") && cx.gap(end) == Gap::Space && count(end + 1).is_some() {
        let glued = |k: usize| cx.attached(k);
        if cx.is(end + 2, ")") && glued(end + 1) && glued(end + 2) {
            end += 3;
        } else if tie_break_set
            && cx.is(end + 2, "-")
            && count(end + 3).is_some()
            && cx.is(end + 4, ")")
            && (end + 1..end + 5).all(glued)
        {
            end += 5;
        }
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
        if cx.is_any(k, BEFORE) || cx.is_any(k, DECIDED) || half_time(cx, k) {
            return true;
        }
    }
    if won_over(cx, start, end) || name_then_day(cx, start, end) {
        return true;
    }
    let noun = if cx.is_any(end, &["home", "away"]) && cx.near(end + 1) {
        end + 1
    } else {
        end
    };
    if cx.near(noun) && cx.is_any(noun, AFTER) {
        return true;
    }
    if most <= MOST_RECORD && record(cx, start, end) {
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

/// The counts of a score before the side's place in it: "3-0 down with two to play", "came
/// back from 2-1 down", "were 2-0 up at half-time", "3-1 ahead", "two goals 4-2 behind". The
/// larger count first, as a score is written (a range is written from its low end: "5-10 down"
/// stays two counts), and not past `MOST_RECORD` ("the 787-9 up front" is a model).
fn margin_after(cx: &Cx, end: usize, first: f64, second: f64) -> bool {
    first >= second
        && first <= MOST_RECORD
        && cx.near(end)
        && cx.is_any(end, &["down", "up", "ahead", "behind"])
}

/// "half-time 1-1", "at half time 0-0": the word "time" of a half-time score.
fn half_time(cx: &Cx, k: usize) -> bool {
    cx.is(k, "time")
        && k >= 1
        && (cx.is(k - 1, "half") && cx.near(k)
            || k >= 2 && cx.is(k - 1, "-") && cx.attached(k - 1) && cx.is(k - 2, "half"))
}

/// "their third straight win, 6-4 over the Oakland Athletics", "7-3 against Boston": the
/// winner's count first (larger: a range is written from its low end), then "over" or
/// "against" and a team's name, with "the" or not.
fn won_over(cx: &Cx, start: usize, end: usize) -> bool {
    let larger_first = match pair_at(cx, start) {
        Some((second, _)) => cx.s(start).parse::<f64>().is_ok_and(|a| a > second),
        None => false,
    };
    let mut k = end + 1;
    if cx.is(k, "the") && cx.near(k) {
        k += 1;
    }
    larger_first
        && cx.near(end)
        && cx.is_any(end, &["over", "against", "to"])
        && cx.near(k)
        && super::name_word(cx, k)
        // "2-1 to City" (branch `figs42`), not to a day or a month.
        && cx.word(k).is_none_or(|w| w.month.is_none() && w.weekday.is_none())
}

/// "Pittsburgh Penguins 5-4 Tuesday", "Lakers 110-102 on Sunday": a team's name, the pair, and
/// the day it was played (a weekday, with "on" or not): a result reported in a line.
fn name_then_day(cx: &Cx, start: usize, end: usize) -> bool {
    let mut day = end;
    if cx.is(day, "on") && cx.near(day) {
        day += 1;
    }
    let weekday = |k: usize| cx.word(k).is_some_and(|w| w.weekday.is_some());
    start > 0
        && cx.near(start)
        && super::name_word(cx, start - 1)
        && !cx.sentence_start(start - 1)
        && !crate::statistics::labels::label_word(cx, start - 1)
        && cx.near(day)
        && weekday(day)
}

/// A team's win-loss record, written with no word of winning: "the 10-2 Bills" (an article,
/// the pair, a name), "Ohio State (12-5)" (the pair in brackets after a name), "At 4-7, the
/// Jets …", "including 2-6 in the AFC", "serving at 5-4," (after "at" or "including", the pair
/// ends a phrase: a mark or a word that no count comes before follows, so "at 5-10 people" is
/// no record).
#[inline(never)]
fn record(cx: &Cx, start: usize, end: usize) -> bool {
    if start == 0 || !cx.near(start) {
        return false;
    }
    let before = start - 1;
    let name_after = cx.near(end) && super::name_word(cx, end) && !cx.sentence_start(end);
    // "Korea(100-120)": a bracket glued to the word before holds a code, not a record.
    let bracketed = cx.is(before, "(")
        && !cx.attached(before)
        && cx.attached(start)
        && cx.is(end, ")")
        && cx.attached(end)
        && before > 0
        && super::name_word(cx, before - 1);
    let phrase_ends = !cx.near(end)
        || cx
            .punct(end)
            .is_some_and(|b| matches!(b, b',' | b'.' | b';' | b')' | b':'))
        || cx.is_any(
            end,
            &["in", "to", "after", "against", "with", "and", "since"],
        );
    cx.is_any(before, &["the", "a"]) && name_after
        || bracketed
        || cx.is_any(before, &["at", "including"]) && phrase_ends
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

/// A results list: "Arsenal 2, Chelsea 1", "Leeds United 0, Hull City 3;": a name and its
/// count, a comma, the other name and its count, then the end of the line or a mark. One
/// figure from the first count to the second, holding both (the names between are the
/// entity layer's). Counts up to `MOST_BETWEEN_NAMES`; not "Paris 2, Rome 3 and Oslo 4"
/// (a word follows), "in Chelsea 2, Arsenal fans" (no second count), nor "Windows 10, Windows
/// 11" (one name's models).
#[inline(never)]
pub(super) fn results_pair(cx: &Cx, n: &Num) -> Option<Found> {
    let name = |k: usize| {
        super::name_word(cx, k)
            || cx.is_word(k)
                && cx.s(k).len() >= 2
                && cx.s(k).bytes().all(|b| b.is_ascii_uppercase())
    };
    let count = |k: usize| {
        (cx.is_digits(k) && cx.s(k).len() <= 2)
            .then(|| cx.s(k).parse::<f64>().ok())
            .flatten()
            .filter(|&v| v <= MOST_BETWEEN_NAMES)
    };
    let i = n.start;
    let first = count(i)?;
    // "(Volume 1, Chapter 1)": labels, not teams.
    let label = |k: usize| crate::statistics::labels::label_word(cx, k);
    if !(i > 0
        && cx.near(i)
        && name(i - 1)
        && !label(i - 1)
        && cx.is(i + 1, ",")
        && cx.attached(i + 1))
    {
        return None;
    }
    let mut k = i + 2;
    while k < i + 5 && cx.near(k) && name(k) {
        k += 1;
    }
    // "Windows 10, Windows 11", "Apollo 11, Apollo 13": one name, two models of it.
    let same = cx.s(k - 1).eq_ignore_ascii_case(cx.s(i - 1));
    let second = count(k).filter(|_| k > i + 2 && cx.near(k) && !same && !label(k - 1))?;
    let end = k + 1;
    let closes = !cx.near(end)
        || cx
            .punct(end)
            .is_some_and(|b| matches!(b, b'.' | b';' | b')'))
            && !cx.is_digits(end + 1);
    if !closes {
        return None;
    }
    let mut d = Detail::default();
    d.extra_mut().score = Some([first as u16, second as u16]);
    Some(Found::new(i, end, "CARDINAL", d))
}

/// A tennis set's games: 6 to at most 4, 7 to 5 or 6 (either way round).
fn is_set(a: f64, b: f64) -> bool {
    let (hi, lo) = (a.max(b), a.min(b));
    hi == 6.0 && lo <= 4.0 || hi == 7.0 && (lo == 5.0 || lo == 6.0)
}

/// "beat Bautista-Agut 3-6, 6-3, 7-6 (0)", "Uchiyama 6-2, 6-1": two or more sets of a match
/// in a row are scores with no word of winning (the word may be too far, or a verb no list
/// holds). This pair is a set, and a set follows it after a comma, or one comes before it.
#[inline(never)]
fn in_a_list_of_sets(cx: &Cx, start: usize, end: usize, first: f64, second: f64) -> bool {
    if !is_set(first, second) || unit_after(cx, end) {
        return false;
    }
    let set_at = |k: usize| {
        cx.is_digits(k)
            && cx.near(k)
            && pair_at(cx, k).is_some_and(|(b, e)| {
                !unit_after(cx, e) && cx.s(k).parse::<f64>().is_ok_and(|a| is_set(a, b))
            })
    };
    let next = cx.is(end, ",") && cx.attached(end) && set_at(end + 1);
    // The set before ends at the comma, after its tie-break if it has one.
    let prev = start >= 4 && cx.is(start - 1, ",") && cx.attached(start - 1) && {
        let mut e = start - 1;
        if e >= 3 && cx.is(e - 1, ")") && cx.is(e - 3, "(") {
            e -= 3;
        }
        e >= 3 && pair_at(cx, e - 3).is_some_and(|(_, pe)| pe == start - 1) && set_at(e - 3)
    };
    // "6-3 6-2", "7-6 (7-4) 6-3": a results table writes the sets with spaces only.
    let spaced_next = cx.gap(end) == Gap::Space && set_at(end);
    let spaced_prev = cx.gap(start) == Gap::Space && {
        // The set before, with no tie-break, "(5)" or "(7-4)" after it.
        [3, 6, 8].iter().any(|&back| {
            start >= back
                && set_at(start - back)
                && pair_at(cx, start - back).is_some_and(|(_, pe)| pe == start)
        })
    };
    next || prev || spaced_next || spaced_prev
}

/// Whether `n` is a count that may open a score (digits only, no words, no sign or decimals).
pub(super) fn may_open(n: &Num) -> bool {
    n.kind == NumKind::Cardinal && !n.words && n.bare_digits && n.end == n.start + 1
}

/// "passed by 412 votes to 198", "rejected by 310 votes to 250": a vote's tally written with
/// "votes to", one figure holding both counts as "voted 52-48" does. Both counts whole, in
/// digits (not "412 votes to 198 abstentions": no word of its own after the second).
#[inline(never)]
pub(super) fn vote_tally(cx: &Cx, n: &Num) -> Option<Found> {
    let i = n.start;
    let k = i + 1;
    let fits = n.value.fract() == 0.0 && n.value <= f64::from(u16::MAX);
    if !(fits && cx.is(k, "votes") && cx.near(k) && cx.is(k + 1, "to") && cx.near(k + 2)) {
        return None;
    }
    let second = k + 2;
    let against: u16 = cx
        .is_digits(second)
        .then(|| cx.s(second).parse().ok())
        .flatten()?;
    let end = second + 1;
    if cx.near(end) && (cx.is_word(end) && !cx.is_any(end, &["in", "on", "with", "and"])) {
        return None;
    }
    if cx.attached(end)
        && !cx
            .punct(end)
            .is_some_and(|b| matches!(b, b'.' | b',' | b';'))
    {
        return None;
    }
    let mut d = Detail::default();
    d.extra_mut().score = Some([n.value as u16, against]);
    Some(Found::new(i, end, "CARDINAL", d))
}

/// "England were 245 for 6", "closed on 312 for 7 declared", "slumped to 45 for 5": a cricket
/// team's runs for its wickets, one figure holding both counts. Runs of two or three digits,
/// wickets 0 to 10, after a verb of being or reaching (any of its forms: "posting 298 for 7"); not "12 for 3 months", "sold 20 for 2
/// people" (a word of its own after the wickets), "voted 245 for 6 against".
#[inline(never)]
pub(super) fn runs_for_wickets(cx: &Cx, n: &Num) -> Option<Found> {
    const BEFORE: &[&str] = &[
        "were",
        "was",
        "are",
        "is",
        "on",
        "to",
        "reached",
        "closed",
        "finished",
        "declared",
        "posted",
        "scored",
        "made",
        "slumped",
        "collapsed",
        "recovered",
        // The same verbs in other forms: "posting 298 for 7", "reaching 150 for 3".
        "posting",
        "posts",
        "reaching",
        "reaches",
        "closing",
        "finishing",
        "declaring",
        "scoring",
        "making",
        "slumping",
        "collapsing",
        "recovering",
    ];
    const AFTER: &[&str] = &[
        "at", "in", "after", "when", "declared", "and", "with", "by", "before", "off", "from",
        "chasing",
    ];
    let i = n.start;
    if let Some(f) = bowling_figures(cx, n) {
        return Some(f);
    }
    if !(cx.is(i + 1, "for")
        && (10.0..=999.0).contains(&n.value)
        && i > 0
        && cx.is_any(i - 1, BEFORE)
        && cx.near(i)
        && cx.near(i + 1)
        && cx.is_digits(i + 2)
        && cx.near(i + 2))
    {
        return None;
    }
    let wickets: u16 = cx.s(i + 2).parse().ok().filter(|w| *w <= 10)?;
    n_for_m(cx, n, wickets, AFTER)
}

/// The figure "N for M" of the number `n` and the count after its "for" (`m`), both held as
/// written, unless a word of its own other than those of `after` follows the count, or
/// something other than closing punctuation is glued to it ("4 for 31 days", "2 for 10x").
fn n_for_m(cx: &Cx, n: &Num, m: u16, after: &[&str]) -> Option<Found> {
    let end = n.start + 3;
    let word_after = cx.near(end) && cx.is_word(end) && !cx.is_any(end, after);
    let glued_after = cx.attached(end)
        && !cx
            .punct(end)
            .is_some_and(|b| matches!(b, b'.' | b',' | b';' | b')'));
    if word_after || glued_after {
        return None;
    }
    let mut d = Detail::default();
    d.extra_mut().score = Some([n.value as u16, m]);
    Some(Found::new(n.start, end, "CARDINAL", d))
}

/// "took 7 for 58", "figures of 5 for 24", "returned 4 for 31": a bowler's wickets for the runs
/// they cost, one figure holding both counts as written (`score` [7, 58]). Wickets 0 to 10 in
/// digits, runs up to three digits, after a verb of taking wickets or "figures of"; not "took 2
/// for 10 minutes" (a word of its own after the runs), "returned 4 for 31 days".
fn bowling_figures(cx: &Cx, n: &Num) -> Option<Found> {
    const TAKING: &[&str] = &[
        "took",
        "taken",
        "taking",
        "takes",
        "take",
        "returned",
        "returning",
        "claimed",
        "claiming",
        "grabbed",
        "finished",
    ];
    let i = n.start;
    let after_taking = i > 0
        && (cx.is_any(i - 1, TAKING)
            || i > 1 && cx.is(i - 1, "of") && cx.is_any(i - 2, &["figures", "analysis"]));
    if !(after_taking
        && n.bare_digits
        && n.end == i + 1
        && n.value <= 10.0
        && cx.is(i + 1, "for")
        && cx.near(i)
        && cx.near(i + 1)
        && cx.near(i + 2)
        && cx.is_digits(i + 2)
        && cx.s(i + 2).len() <= 3)
    {
        return None;
    }
    let runs: u16 = cx.s(i + 2).parse().ok()?;
    n_for_m(
        cx,
        n,
        runs,
        &[
            "in", "off", "from", "as", "and", "on", "at", "to", "with", "before", "after",
        ],
    )
}
