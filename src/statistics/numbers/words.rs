//! Numbers in words: "Three thousand", "twenty-one", "half a million", "two thirds",
//! "twenty-first".

use super::digits::decimal_fraction;
use super::fractions::{
    after_fraction_scale, bare_fraction_of_scale, compound_denominator, fraction_tail,
    share_cue_before,
};
use super::joined::joined;
use super::plain;
use crate::statistics::cursor::Cx;
use crate::statistics::lexicon::fraction_denominator;
use crate::statistics::num::{Num, NumKind};

/// States of the word-number grammar: what the last component was.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Last {
    Start,
    Unit,
    Teen,
    Ten,
    Hundred,
    Scale(u8),
}

pub(super) fn scale_rank(v: f64) -> u8 {
    match v {
        x if x >= 1e12 => 5,
        x if x >= 1e9 => 4,
        x if x >= 1e7 => 3,
        x if x >= 1e6 => 3,
        x if x >= 1e5 => 2,
        _ => 1,
    }
}

/// "cr" at token `k` after a count in words ("three cr", "three hundred Cr") where the phrase
/// ends or a count in words follows ("three cr twelve lac"): the crore as Indian English
/// abbreviates it. Not before other words ("three cr hours" may be credits).
fn abbreviated_crore(cx: &Cx, k: usize, last: Last) -> bool {
    let after_a_count = matches!(last, Last::Unit | Last::Teen | Last::Ten | Last::Hundred);
    if !(cx.is(k, "cr") && cx.near(k) && after_a_count) {
        return false;
    }
    // A full stop right after may be the abbreviation's ("Cr. Smith", a councillor): only
    // where the line ends after it.
    let ends = !cx.near(k + 1)
        || cx
            .punct(k + 1)
            .is_some_and(|b| b != b'.' || !cx.near(k + 2));
    let count_follows = cx.near(k + 1)
        && cx
            .word(k + 1)
            .is_some_and(|w| w.unit.is_some() || w.ten.is_some());
    ends || count_follows
}

/// Word numbers, fractions and ordinals starting at token `i`.
pub(super) fn words(cx: &Cx, i: usize) -> Option<Num> {
    let mut j = i;
    let mut sign = 1.0;
    if super::sign_word(cx, j) {
        sign = -1.0;
        j += 1;
    }
    // "a"/"an" stand for one before a scale or a fraction: "a hundred", "a third", "a half".
    if cx.is_any(j, &["a", "an"]) && cx.near(j + 1) {
        let w = cx.word(j + 1)?;
        if let Some(m) = w.scale {
            let mut n = cardinal_words(cx, j + 1, Some(m))?;
            n.start = i;
            n.value *= sign;
            return Some(n);
        }
        if let Some(d) =
            fraction_denominator(w).or_else(|| compound_denominator(cx, j + 1).map(|(d, _)| d))
        {
            if cx.is(j + 1, "second") {
                return None;
            }
            let end = compound_denominator(cx, j + 1)
                .map(|(_, e)| e)
                .unwrap_or(j + 2);
            // "a fifth consecutive year", "a third term": an ordinal, read at the next token.
            if w.plural_fraction.is_none() && ordinal_follows(cx, end) {
                return None;
            }
            let mut n = plain(sign / d as f64, i, end);
            n.words = true;
            // "a half million", "a quarter million".
            return Some(after_fraction_scale(cx, n));
        }
        return None;
    }
    // "half a million", "half a dozen", "half million", "quarter million".
    if cx.is_any(j, &["half", "quarter"]) {
        let part = if cx.is(j, "half") { 0.5 } else { 0.25 };
        let k = if cx.is(j + 1, "a") && cx.near(j + 1) {
            j + 2
        } else {
            j + 1
        };
        if cx.near(k) {
            if let Some(m) = cx.word(k).and_then(|w| w.scale) {
                let mut n = plain(sign * part * m, i, k + 1);
                n.words = true;
                return Some(n);
            }
        }
        if let Some((v, end)) = bare_fraction_of_scale(cx, j, part) {
            let mut n = plain(sign * v, i, end);
            n.words = true;
            return Some(n);
        }
        // "half of voters", "half the staff", "fell by half": a share of a whole ("half past",
        // "half an hour", "half-time" are read by the time grammars or are no figure).
        // "the first half of the match", "the other half": a part named, no share counted.
        let named_part = j > 0
            && (cx.word(j - 1).is_some_and(|w| w.ordinal.is_some())
                || cx.is_any(
                    j - 1,
                    &["last", "final", "other", "top", "bottom", "back", "front"],
                ));
        let share = cx.is(j, "half")
            && !named_part
            && (cx.near(j + 1)
                && (cx.is(j + 1, "of") && cx.near(j + 2) && !cx.is_any(j + 2, &["a", "an"])
                    || cx.is_any(
                        j + 1,
                        &[
                            "the", "its", "their", "his", "her", "our", "all", "those", "these",
                        ],
                    ))
                || share_cue_before(cx, j)
                    && !(cx.attached(j + 1) && (cx.is_word(j + 1) || cx.is(j + 1, "-")))
                    && !(cx.near(j + 1)
                        && cx.is_any(j + 1, &["past", "a", "an", "time", "term", "way"]))
                || super::fractions::half_as_subject(cx, j));
        if share {
            let mut n = plain(sign * part, i, j + 1);
            n.words = true;
            return Some(n);
        }
        return None;
    }
    let Some(w) = cx.word(j) else {
        return joined(cx, j).map(|mut n| {
            n.start = i;
            n.value *= sign;
            n
        });
    };
    if w.unit.is_none() && w.ten.is_none() && w.scale.is_none() && w.ordinal.is_none() {
        return None;
    }
    // "the lowest-paid fifth of households": a share, not a rank (`ranked_share`).
    if w.ordinal.is_some() && sign > 0.0 {
        if let Some(v) = super::ranked_share::ranked_share(cx, j, w) {
            let mut n = plain(v, i, j + 1);
            n.words = true;
            return Some(n);
        }
    }
    // Ordinals: "third", "twenty-first", "twenty first".
    if let Some((v, end)) = word_ordinal(cx, j) {
        if sign < 0.0 {
            return None;
        }
        return Some(Num {
            value: v as f64,
            start: i,
            end,
            kind: NumKind::Ordinal,
            words: true,
            bare_digits: false,
            scaled: false,
        });
    }
    let mut n = cardinal_words(cx, j, None)?;
    n.start = i;
    n.value *= sign;
    Some(n)
}

/// Words after "a third" / "a fifth" that keep the fraction: prepositions, conjunctions,
/// comparatives, determiners and auxiliaries ("a third of", "by a fifth in May", "a third more",
/// "a fifth were").
const FRACTION_NEXT: &[&str] = &[
    "of",
    "in",
    "on",
    "at",
    "to",
    "from",
    "since",
    "by",
    "for",
    "with",
    "over",
    "under",
    "after",
    "before",
    "between",
    "during",
    "than",
    "as",
    "and",
    "or",
    "but",
    "nor",
    "while",
    "when",
    "compared",
    "against",
    "more",
    "less",
    "fewer",
    "higher",
    "lower",
    "larger",
    "smaller",
    "bigger",
    "greater",
    "cheaper",
    "dearer",
    "faster",
    "slower",
    "longer",
    "shorter",
    "up",
    "down",
    "off",
    "back",
    "per",
    "percent",
    "point",
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "its",
    "their",
    "his",
    "her",
    "our",
    "your",
    "my",
    "all",
    "each",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "will",
    "would",
    "can",
    "could",
    "may",
    "might",
    "must",
    "shall",
    "should",
    "do",
    "does",
    "did",
    "have",
    "has",
    "had",
    "say",
    "says",
    "said",
    "think",
    "thinks",
    "believe",
    "believes",
    "who",
    "which",
    "so",
    "too",
    "again",
    "now",
    "only",
    "still",
    "already",
    "also",
    "not",
    "never",
    // When the share was counted: "fell by a fifth last year", "up a third overall".
    "last",
    "next",
    "yesterday",
    "today",
    "overall",
    "annually",
    "apiece",
    "altogether",
];

/// After "a" + a singular fraction word ending before token `k`: the rank of a word that
/// follows ("a fifth consecutive year", "a third-placed finish", "a second term") rather than
/// a fraction, which ends the phrase or runs on into a preposition, comparative, verb or unit.
fn ordinal_follows(cx: &Cx, k: usize) -> bool {
    if !cx.near(k) {
        return false;
    }
    // "a third-largest", "a fourth-quarter": a compound adjective on a rank.
    if cx.punct(k) == Some(b'-') && cx.attached(k) {
        return cx.is_word(k + 1) && cx.attached(k + 1) && !cx.is(k + 1, "of");
    }
    if !cx.is_word(k) {
        return false;
    }
    if cx
        .word(k)
        .is_some_and(|w| w.scale.is_some() || w.measure.is_some() || w.currency.is_some())
    {
        return false;
    }
    let s = cx.lower(k);
    if s.is_empty() || FRACTION_NEXT.contains(&s.as_str()) {
        return false;
    }
    // A past tense or participle ("a fifth voted", "a third surveyed") is the verb of a share,
    // unless it is an adjective before a noun ("a third undisclosed buyer", "a second armed
    // man").
    if s.len() > 4 && s.ends_with("ed") {
        return adjective_before_noun(cx, k, s.as_str());
    }
    true
}

/// Whether the participle `s` at `k` describes the noun after it: a negated participle
/// ("undisclosed", "unnamed") or one that names a kind of person or thing ("armed", "masked"),
/// followed by a lower-case word that is no preposition ("a fifth armed with", not a noun).
#[inline(never)]
fn adjective_before_noun(cx: &Cx, k: usize, s: &str) -> bool {
    let adjective = s.starts_with("un")
        || matches!(
            s,
            "alleged" | "suspected" | "armed" | "masked" | "wounded" | "injured" | "detained"
        );
    adjective
        && cx.near(k + 1)
        && cx.is_word(k + 1)
        && !cx.capitalised(k + 1)
        && !cx.is_any(
            k + 1,
            &[
                "of", "by", "with", "to", "in", "on", "at", "for", "from", "that",
            ],
        )
}

/// "twenty-first" / "twenty first" / "third" at `j`: (rank, end).
pub fn word_ordinal(cx: &Cx, j: usize) -> Option<(u64, usize)> {
    let w = cx.word(j)?;
    if let Some(o) = w.ordinal {
        return Some((o, j + 1));
    }
    let ten = w.ten?;
    let mut k = j + 1;
    // "seventy-third", "seventy—third", "seventy–third".
    if cx.is(k, "-") && cx.near(k) || cx.is_any(k, &["—", "–"]) && cx.attached(k) {
        k += 1;
    }
    if !cx.near(k) {
        return None;
    }
    let o = cx.word(k)?.ordinal?;
    if o < 10 {
        return Some((u64::from(ten) + o, k + 1));
    }
    None
}

/// The core word grammar: "one hundred and six", "twenty-one trillion and three hundred",
/// "fifty two", "three dozens", "two hundred point seventy-one", "one and a half",
/// "two thirds", "one hundred and three and two thirds". `start_scale` is set when a leading
/// "a" stands for one ("a hundred thousand").
pub(super) fn cardinal_words(cx: &Cx, i: usize, start_scale: Option<f64>) -> Option<Num> {
    let mut total = 0.0f64;
    let mut group = 0.0f64;
    let mut last = Last::Start;
    let mut j = i;
    let mut end = i;
    let mut max_scale_rank = u8::MAX;
    let mut last_scale = 1.0;
    if let Some(m) = start_scale {
        if m >= 1000.0 {
            total = m;
            max_scale_rank = scale_rank(m);
            last = Last::Scale(max_scale_rank);
        } else {
            group = m;
            last = Last::Hundred;
        }
        j += 1;
        end = j;
    }
    loop {
        // Separators between components: spaces, a hyphen, or "and" before a number word.
        let mut k = j;
        if k > i {
            if !cx.near(k) {
                break;
            }
            if cx.is(k, "-") {
                k += 1;
                if !cx.near(k) {
                    break;
                }
            } else if cx.is(k, "and") && last != Last::Start {
                // "and" continues only before a smaller component after a hundred/scale.
                if !matches!(last, Last::Hundred | Last::Scale(_)) {
                    break;
                }
                // "and a half", "and three fifths": a fraction, read by `fraction_tail`.
                let frac_at = |f: usize| {
                    cx.word(f).is_some_and(|w| {
                        w.plural_fraction.is_some() || w.ordinal.is_some_and(|o| o > 2)
                    })
                };
                if cx.is_any(k + 1, &["a", "one"]) && frac_at(k + 2)
                    || cx.word(k + 1).is_some_and(|w| w.unit.is_some()) && frac_at(k + 2)
                {
                    break;
                }
                k += 1;
                if !cx.near(k) {
                    break;
                }
            }
        }
        // "three cr twelve lac", "three hundred Cr": the crore abbreviated (no word of the
        // lexicon: after digits "3 cr" may be course credits, read only in money).
        let (unit, ten, scale) = match cx.word(k) {
            Some(w) => (w.unit, w.ten, w.scale),
            None if abbreviated_crore(cx, k, last) => (None, None, Some(1e7)),
            None => break,
        };
        if let Some(u) = unit {
            let ok = match last {
                Last::Start | Last::Hundred | Last::Scale(_) => true,
                Last::Ten => u < 10 && u > 0,
                Last::Unit | Last::Teen => false,
            };
            if !ok {
                break;
            }
            group += f64::from(u);
            last = if u >= 10 { Last::Teen } else { Last::Unit };
        } else if let Some(t) = ten {
            if !matches!(last, Last::Start | Last::Hundred | Last::Scale(_)) {
                break;
            }
            group += f64::from(t);
            last = Last::Ten;
        } else if let Some(m) = scale {
            if m == 12.0 {
                // "three dozen(s)": only right after a count, and it ends the number.
                if matches!(last, Last::Start | Last::Scale(_)) {
                    break;
                }
                group *= 12.0;
                end = k + 1;
                break;
            }
            if m == 100.0 {
                if matches!(last, Last::Hundred) {
                    break;
                }
                group = group.max(1.0) * 100.0;
                last = Last::Hundred;
            } else {
                let rank = scale_rank(m);
                if group == 0.0 && matches!(last, Last::Scale(_)) && m >= 1e5 {
                    // "lakh crore": multiply.
                    total *= m;
                } else {
                    if rank >= max_scale_rank || group == 0.0 && !matches!(last, Last::Start) {
                        break;
                    }
                    total += group.max(1.0) * m;
                    group = 0.0;
                    max_scale_rank = rank;
                    last_scale = m;
                }
                last = Last::Scale(rank);
            }
        } else {
            break;
        }
        j = k + 1;
        end = j;
    }
    if end == i {
        return None;
    }
    let mut value = total + group;
    // "point seventy-one", "point nought four".
    if cx.is(end, "point") && cx.near(end) {
        let mut digits = String::new();
        let mut k = end + 1;
        while cx.near(k) {
            let Some(w) = cx.word(k) else { break };
            if let Some(u) = w.unit.filter(|&u| u < 10) {
                digits.push(char::from(b'0' + u));
                k += 1;
            } else if let Some(t) = w.ten {
                let mut v = t;
                let mut k2 = k + 1;
                if cx.is(k2, "-") && cx.near(k2) {
                    k2 += 1;
                }
                if let Some(u) = cx
                    .word(k2)
                    .filter(|_| cx.near(k2))
                    .and_then(|w| w.unit)
                    .filter(|&u| u < 10 && u > 0)
                {
                    v += u;
                    k = k2 + 1;
                } else {
                    k += 1;
                }
                digits.push_str(&v.to_string());
            } else {
                break;
            }
            if cx.is(k, "-") && cx.near(k) && cx.word(k + 1).is_some_and(|w| w.unit.is_some()) {
                k += 1;
            }
        }
        if !digits.is_empty() {
            value += decimal_fraction(&digits);
            end = k;
            // "two point two million": a scale after the decimals scales the whole number.
            let scale = cx.word(end).filter(|_| cx.near(end)).and_then(|w| w.scale);
            if let Some(m) = scale.filter(|&m| m >= 1e3 && !matches!(last, Last::Scale(_))) {
                value *= m;
                end += 1;
                last = Last::Scale(scale_rank(m));
                last_scale = m;
            }
        }
    }
    let mut n = Num {
        value,
        start: i,
        end,
        kind: NumKind::Cardinal,
        words: true,
        bare_digits: false,
        scaled: matches!(last, Last::Scale(_)),
    };
    fraction_tail(
        cx,
        &mut n,
        last,
        if group == 0.0 { last_scale } else { 1.0 },
    );
    Some(n)
}
