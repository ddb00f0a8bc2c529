//! Consistency hints a fact-checker would want raised:
//! - shares of one whole in a sentence that add up to more than 100% (summed here as the
//!   windows of the text are read, given once the whole text is: [`super::shares`]);
//! - "doubled"/"halved"/"tripled" next to two figures whose ratio says otherwise
//!   ("doubled from 1,100 to 1,500");
//! - a change in per cent or points that the two figures it connects do not bear out.

use std::sync::Arc;

use super::cursor::Cx;
use super::detail::{ChangeBy, Direction};
use super::records::FACTOR_HINT;
use super::tokens::Gap;
use super::Found;

/// Token `i` opens a new sentence: after . ! ? (not a decimal point) or a line break.
pub(super) fn opens_sentence(cx: &Cx, i: usize) -> bool {
    i > 0
        && (cx.gap(i) > Gap::Space
            || (!cx.attached(i) && matches!(cx.punct(i - 1), Some(b'.' | b'!' | b'?'))))
}

/// Numbers each figure's sentence (`Found::sentence`, by its first token), counted in one walk
/// over the tokens: one number a figure rather than one a token (a text of dense figures has two
/// tokens a figure), kept in the record's padding rather than in a list of its own.
fn number_sentences(cx: &Cx, found: &mut [Found]) {
    let (mut token, mut id) = (0, 0u32);
    for f in found {
        if f.start() >= cx.len() {
            f.sentence = u32::MAX;
            continue;
        }
        // Figures come nearly in reading order (a range may start before the figure before it).
        while token < f.start() {
            token += 1;
            if opens_sentence(cx, token) {
                id += 1;
            }
        }
        while token > f.start() {
            if opens_sentence(cx, token) {
                id -= 1;
            }
            token -= 1;
        }
        f.sentence = id;
    }
}

/// How many tokens after `a` up to `b` open a sentence: the numbers [`number_sentences`] gives
/// the sentences of tokens `a` and `b` differ by this many.
pub(super) fn sentences_between(cx: &Cx, a: usize, b: usize) -> u32 {
    let opened = (a + 1..=b.min(cx.len()))
        .filter(|&k| opens_sentence(cx, k))
        .count();
    u32::try_from(opened).unwrap_or(u32::MAX)
}

/// The sentence of figure `j` (set by [`number_sentences`]).
fn sid(found: &[Found], j: usize) -> u32 {
    found.get(j).map_or(u32::MAX, |f| f.sentence)
}

pub fn apply(cx: &Cx, found: &mut [Found]) {
    if found.is_empty() {
        return;
    }
    number_sentences(cx, found);
    factor_contradictions(cx, found);
    stated_changes(cx, found);
}

/// A figure as the text writes it ("$4bn", "1,100").
fn figure_text<'t>(cx: &Cx<'t>, f: &Found) -> &'t str {
    cx.text.get(cx.span(f.start(), f.end())).unwrap_or("")
}

/// The old and the new figure a change near figure `i` connects, in its sentence: "from A to B"
/// (two figures, or one range figure "£100 to £120" after "from"), or "to B from A".
/// Returns (old value, new value, old text, new text, old index, new index).
fn change_pair<'t>(
    cx: &Cx<'t>,
    found: &[Found],
    i: usize,
) -> Option<(f64, f64, &'t str, &'t str, usize, usize)> {
    let s = sid(found, i);
    for j in i.saturating_sub(6)..found.len().min(i + 7) {
        let f = &found[j];
        if j == i || sid(found, j) != s || f.dated || f.start() == 0 {
            continue;
        }
        let after_from = cx.is(f.start() - 1, "from");
        if let (true, Some(lo), Some(hi), Some("between")) = (
            after_from,
            f.detail.extra().min,
            f.detail.extra().max,
            f.detail.extra().qualifier,
        ) {
            let text = figure_text(cx, f);
            return Some((lo, hi, text, text, j, j));
        }
        if let Some(jb) = from_to(cx, found, j) {
            let (a, b) = (f.detail.value_of()?, found[jb].detail.value_of()?);
            return Some((a, b, figure_text(cx, f), figure_text(cx, &found[jb]), j, jb));
        }
        // "to $9bn from $4bn".
        if cx.is(f.start() - 1, "to") {
            if let Some(g) = found.get(j + 1).filter(|g| {
                g.start() >= 1
                    && g.start() <= f.end() + 1
                    && cx.is(g.start() - 1, "from")
                    && !g.dated
            }) {
                let (a, b) = (g.detail.value_of()?, f.detail.value_of()?);
                return Some((a, b, figure_text(cx, g), figure_text(cx, f), j + 1, j));
            }
        }
    }
    None
}

/// A change stated in per cent or in percentage points that the two figures it connects do not
/// bear out: "rose 50% from £100 to £120" (+20%), "from 20% to 25%, an increase of 10
/// percentage points" (5 points). The hint gives the computed change in the text's own terms.
fn stated_changes(cx: &Cx, found: &mut [Found]) {
    for i in 0..found.len() {
        let Some(change) = found[i].detail.extra().change.as_deref() else {
            continue;
        };
        let (Some(m), Some(by)) = (change.magnitude, change.by) else {
            continue;
        };
        let sign = match change.direction {
            Direction::Up => 1.0,
            Direction::Down => -1.0,
            Direction::Same => continue,
        };
        if !matches!(by, ChangeBy::Relative | ChangeBy::Points) || found[i].kind != "PERCENT" {
            continue;
        }
        let Some((a, b, at, bt, ja, jb)) = change_pair(cx, found, i) else {
            continue;
        };
        let (actual, stated, shown) = if by == ChangeBy::Relative {
            if a == 0.0 {
                continue;
            }
            let actual = (b - a) / a * 100.0;
            (
                actual,
                sign * m,
                format!("{}{}%", plus(actual), trim(round2(actual))),
            )
        } else {
            // Points are between two percentages.
            let pct = |k: usize| found[k].detail.unit() == Some("%");
            if !(pct(ja) && pct(jb)) {
                continue;
            }
            let actual = b - a;
            let n = trim(round2(actual.abs()));
            (
                actual,
                sign * m,
                format!("{n} point{}", if n == "1" { "" } else { "s" }),
            )
        };
        // Rounding in the text ("up 33%" for a third) is not an error.
        if (actual - stated).abs() <= 0.5_f64.max(0.05 * stated.abs()) {
            continue;
        }
        let start = found[i].start();
        // The words that state it: "rose 50%", "rose by 50%", "an increase of 10 points".
        let verb = if start >= 2 && cx.is_any(start - 1, &["by", "of"]) {
            start - 2
        } else {
            start.saturating_sub(1)
        };
        let from = if cx.is_word(verb) && cx.near(verb + 1) {
            verb
        } else {
            start
        };
        let said = cx.text.get(cx.span(from, found[i].end())).unwrap_or("");
        let reason = if ja == jb {
            format!("“{said}”, but {at} is {shown}")
        } else {
            format!("“{said}”, but {at} → {bt} is {shown}")
        };
        let reason: Arc<str> = reason.into();
        for k in [i, ja, jb] {
            let extra = found[k].detail.extra_mut();
            if extra.hint.is_none() {
                extra.hint = Some(Arc::clone(&reason));
            }
        }
    }
}

fn plus(v: f64) -> &'static str {
    if v > 0.0 {
        "+"
    } else {
        ""
    }
}

fn round2(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

fn factor_contradictions(cx: &Cx, found: &mut [Found]) {
    for i in 0..found.len() {
        if found[i].detail.unit() != Some("×") {
            continue;
        }
        let Some(factor) = found[i].detail.value_of() else {
            continue;
        };
        // The two figures it connects, in its own clause: "from A to B", "to B from A".
        let Some((a, b, _, _, ja, jb)) = change_pair(cx, found, i) else {
            continue;
        };
        if a == 0.0 {
            continue;
        }
        let ratio = b / a;
        let more_than = found[i].detail.extra().qualifier == Some("more than")
            || i > 0 && cx.is(found[i].start().wrapping_sub(1), "than");
        let off = if more_than {
            ratio <= factor
        } else {
            (ratio / factor - 1.0).abs() > 0.15
        };
        if off {
            let word = cx
                .text
                .get(cx.span(found[i].start(), found[i].end()))
                .unwrap_or("");
            let reason = format!(
                "“{word}” but {} → {} is ×{}",
                figure_text(cx, &found[ja]),
                figure_text(cx, &found[jb]),
                trim((ratio * 100.0).round() / 100.0)
            );
            let reason: Arc<str> = reason.into();
            for k in [i, ja, jb] {
                found[k].detail.extra_mut().hint = Some(Arc::clone(&reason));
                found[k].marks |= FACTOR_HINT;
            }
        }
    }
}

/// Words (outside dates) that may stand between the first figure and "to".
const MAX_WORDS_BETWEEN: usize = 4;

/// "from A to B" where A is figure `j`: the index of figure B. Dates and a few words may stand
/// between A and "to" ("from 1,100 in 2022 to 1,500", "from 1,100 cases to 1,500"), but no
/// other figure and no sentence break.
fn from_to(cx: &Cx, found: &[Found], j: usize) -> Option<usize> {
    let a = found.get(j)?;
    if a.start() == 0 || !cx.is(a.start() - 1, "from") {
        return None;
    }
    let mut next = j + 1;
    let mut k = a.end();
    let mut words = 0;
    while !cx.is(k, "to") {
        let sentence_break = cx.gap(k) > Gap::Space
            || matches!(cx.punct(k), Some(b'.' | b'!' | b'?' | b';'))
            || k >= cx.len();
        if sentence_break {
            return None;
        }
        match found.get(next).filter(|f| f.start() == k) {
            Some(f) if f.dated => {
                k = f.end().max(k + 1);
                next += 1;
            }
            Some(_) => return None,
            None => {
                words += 1;
                if words > MAX_WORDS_BETWEEN {
                    return None;
                }
                k += 1;
            }
        }
    }
    let b = found.get(next)?;
    (b.start() == k + 1 || b.start() == k + 2).then_some(next)
}

pub(super) fn trim(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{}", (v * 100.0).round() / 100.0)
    }
}
