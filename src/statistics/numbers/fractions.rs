//! Fractions in words after a number or an article: "two thirds", "… and a half", "a third of",
//! "three-fifths", "half a million" (the scale after a fraction).

use super::words::Last;
use crate::statistics::cursor::Cx;
use crate::statistics::lexicon::fraction_denominator;
use crate::statistics::num::Num;

/// "twenty-firsts" / "twenty-first" as a denominator: (denominator, end).
pub(super) fn compound_denominator(cx: &Cx, j: usize) -> Option<(u64, usize)> {
    let ten = cx.word(j)?.ten?;
    let mut k = j + 1;
    if cx.is(k, "-") && cx.near(k) {
        k += 1;
    }
    if !cx.near(k) {
        return None;
    }
    let w = cx.word(k)?;
    let o = w.plural_fraction.or(w.ordinal)?;
    (o < 10).then_some((u64::from(ten) + o, k + 1))
}

pub(super) fn after_fraction_scale(cx: &Cx, mut n: Num) -> Num {
    // "a quarter of a million", "three quarters of a billion": the scale after "of a".
    let (at, skip) =
        if cx.is(n.end, "of") && cx.is_any(n.end + 1, &["a", "an"]) && cx.near(n.end + 2) {
            (n.end + 2, 3)
        } else {
            (n.end, 1)
        };
    if cx.near(at) {
        if let Some(m) = cx.word(at).and_then(|w| w.scale) {
            if m >= 1e3 {
                n.value *= m;
                n.end += skip;
            }
        }
    }
    n
}

/// After a word number: "two thirds" (a count of a fraction), or "… and a half",
/// "… and three fifths".
pub(super) fn fraction_tail(cx: &Cx, n: &mut Num, last: Last, scale: f64) {
    let j = n.end;
    if !cx.near(j) {
        return;
    }
    // "two thirds", "one eighth", "three twenty-firsts", "one - fourth".
    if matches!(last, Last::Unit | Last::Teen | Last::Ten | Last::Hundred) && n.value > 0.0 {
        let j = if cx.is(j, "-") && cx.near(j + 1) {
            j + 1
        } else {
            j
        };
        let den = compound_denominator(cx, j).or_else(|| {
            let w = cx.word(j)?;
            let d = fraction_denominator(w)?;
            // Plural after more than one ("two thirds"); singular after one ("one eighth").
            let plural = w.plural_fraction.is_some();
            let singular_ok = n.value == 1.0 && w.ordinal.is_some();
            (plural || singular_ok).then_some((d, j + 1))
        });
        if let Some((d, end)) = den {
            if !cx.is(j, "second")
                && !cx.is(j, "seconds")
                && d > 0
                && !quarters_of_a_year(cx, n, j, end)
            {
                n.value /= d as f64;
                n.end = end;
                // "three quarters billion".
                *n = after_fraction_scale(cx, *n);
                return;
            }
        }
    }
    // "and a half", "and a quarter", "and three fifths", "and one fourth"; after a scale the
    // fraction is of that scale ("five billion and three quarters").
    if cx.is(j, "and") && cx.near(j + 1) {
        let k = j + 1;
        if cx.is_any(k, &["a", "one"]) && cx.near(k + 1) {
            if let Some(d) = cx.word(k + 1).and_then(fraction_denominator) {
                if !cx.is(k + 1, "second") {
                    n.value += scale / d as f64;
                    n.end = k + 2;
                    // "two and a half billion": a scale after the fraction scales the whole.
                    if scale == 1.0 {
                        *n = after_fraction_scale(cx, *n);
                    }
                    return;
                }
            }
        }
        if let Some(u) = cx.word(k).and_then(|w| w.unit).filter(|&u| u > 1) {
            if let Some(d) = cx
                .word(k + 1)
                .filter(|_| cx.near(k + 1))
                .and_then(|w| w.plural_fraction)
            {
                n.value += scale * f64::from(u) / d as f64;
                n.end = k + 2;
                if scale == 1.0 {
                    *n = after_fraction_scale(cx, *n);
                }
            }
        }
    }
}

/// "its fastest pace in six quarters", "over the past two quarters", "two quarters ago": a
/// count of quarters of a year, read as a length of time, not the fraction 6/4. A count of
/// quarters is a fraction ("three quarters of voters", "three quarters said no") unless it is
/// more than a whole or a word of time stands before or after it.
pub(super) fn quarters_of_a_year(cx: &Cx, n: &Num, j: usize, end: usize) -> bool {
    if !cx.is(j, "quarters") || cx.is(end, "of") {
        return false;
    }
    let before = n.start.checked_sub(1).is_some_and(|k| {
        cx.near(n.start)
            && cx.is_any(
                k,
                &[
                    "in", "for", "over", "past", "last", "next", "previous", "within", "after",
                    "recent", "coming",
                ],
            )
    });
    let after = cx.near(end) && cx.is_any(end, &["ago", "later", "earlier", "running"]);
    n.value > 4.0 || before || after
}

/// A word before "half" that makes it a share of a whole: "fell by half", "down from (nearly)
/// half", "rose to half", "more than half": a change's amount or level, or a comparison;
/// one bounding word may sit between ("from nearly half").
pub(super) fn share_cue_before(cx: &Cx, j: usize) -> bool {
    let Some(mut k) = j.checked_sub(1) else {
        return false;
    };
    if k > 0
        && cx.is_any(
            k,
            &[
                "nearly", "almost", "about", "around", "roughly", "just", "over", "under",
            ],
        )
    {
        k -= 1;
    }
    cx.is_any(k, &["by", "from", "to", "than"])
}

/// "Nearly half were children", "Half said they would", "that about half are": "half" as the
/// subject of a clause, a share of the people or things just named: at a clause's start (a
/// sentence's, after a comma, "and", "but", "while" or "that"), a bound word before it or not,
/// and a verb after it that a plural subject takes. Not "the second half was" (a part named:
/// no clause starts at it), "Half Moon Bay" (no verb), "half asleep".
pub(super) fn half_as_subject(cx: &Cx, j: usize) -> bool {
    const VERBS: &[&str] = &[
        "were", "are", "said", "say", "says", "have", "had", "will", "would", "could", "think",
        "thought", "expect", "expected", "want", "wanted", "reported", "agreed", "believe",
        "believed", "felt", "lived", "died", "did", "do",
    ];
    if !(cx.is(j, "half") && cx.near(j + 1) && !cx.attached(j + 1) && cx.is_any(j + 1, VERBS)) {
        return false;
    }
    let mut k = j;
    if k > 0
        && cx.near(k)
        && cx.is_any(
            k - 1,
            &[
                "nearly", "almost", "about", "around", "roughly", "just", "over", "under",
            ],
        )
    {
        k -= 1;
    }
    k == 0
        || cx.sentence_start(k)
        || cx.near(k) && cx.is_any(k - 1, &[",", "and", "but", "while", "that"])
}

/// "quarter of a million", "half of a billion", "three-quarters of a million" without an
/// article: the fraction word at `j` (`part` of one) of a scale of a thousand or more after
/// "of a", as "a quarter of a million" is (`after_fraction_scale`). Not a part named by a word
/// before it ("the last quarter of a billion-dollar year", "the first half of a million").
pub(super) fn bare_fraction_of_scale(cx: &Cx, j: usize, part: f64) -> Option<(f64, usize)> {
    if !(cx.is(j + 1, "of") && cx.is_any(j + 2, &["a", "an"]) && (j + 1..j + 4).all(|k| cx.near(k)))
    {
        return None;
    }
    let m = cx.word(j + 3)?.scale.filter(|&m| m >= 1e3)?;
    // "a million-dollar year", "a billion-euro deal": the scale is an adjective's.
    if cx.is(j + 4, "-") && cx.attached(j + 4) {
        return None;
    }
    let named = j > 0
        && (cx.word(j - 1).is_some_and(|w| w.ordinal.is_some())
            || cx.is_any(
                j - 1,
                &[
                    "last", "final", "other", "top", "bottom", "this", "that", "next", "each",
                    "every", "per", "fiscal", "calendar",
                ],
            ));
    (!named).then_some((part * m, j + 4))
}
