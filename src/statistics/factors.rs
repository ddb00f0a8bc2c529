//! Multiplicative changes written as words: "doubled", "more than double", "halved",
//! "three times as many", "twice as much", "tripled", "a fourfold rise".
//! They are CARDINAL statistics with unit "×" and a `change` (filled in by `changes`).

use super::cursor::Cx;
use super::detail::Detail;
use super::numbers::{self, Context, NumKind};
use super::Found;

fn factor_word(lower: &str) -> Option<(f64, bool)> {
    // (factor, is a verb form that stands on its own)
    Some(match lower {
        "doubled" | "doubling" | "doubles" => (2.0, true),
        "double" => (2.0, false),
        "twice" => (2.0, false),
        "tripled" | "trebled" | "tripling" | "trebling" => (3.0, true),
        "triple" | "treble" => (3.0, false),
        "quadrupled" | "quadrupling" => (4.0, true),
        "quadruple" => (4.0, false),
        "halved" | "halving" | "halves" => (0.5, true),
        "halve" => (0.5, false),
        // "rose fivefold", "a tenfold increase": a number word and "fold", one word.
        w => (fold_word(w)?, true),
    })
}

/// The factor of "twofold" … "twentyfold", "hundredfold", "thousandfold".
fn fold_word(w: &str) -> Option<f64> {
    FOLD_WORDS
        .iter()
        .find(|(word, _)| *word == w)
        .map(|&(_, f)| f)
}

/// The fold words and their factors: read by [`fold_word`], and each a strong word of the
/// lexicon, so that the scan stops at it.
pub(super) const FOLD_WORDS: &[(&str, f64)] = &[
    ("twofold", 2.0),
    ("threefold", 3.0),
    ("fourfold", 4.0),
    ("fivefold", 5.0),
    ("sixfold", 6.0),
    ("sevenfold", 7.0),
    ("eightfold", 8.0),
    ("ninefold", 9.0),
    ("tenfold", 10.0),
    ("twelvefold", 12.0),
    ("fifteenfold", 15.0),
    ("twentyfold", 20.0),
    ("fiftyfold", 50.0),
    ("hundredfold", 100.0),
    ("thousandfold", 1000.0),
];

/// A factor word at `i`, or "N times as/more/the", or "N-fold".
pub fn parse(cx: &Cx, i: usize) -> Option<Found> {
    if !cx.is_any(i, &["more", "less", "nearly", "almost", "roughly"]) {
        return parse_bare(cx, i);
    }
    // "more than double", "nearly halved": the factor takes the qualifier, and the words stay
    // outside its span as before any amount (the README's bound words: `doubled`, `more
    // than`, `min` 2).
    for (words, q) in [
        (&["more", "than"][..], "more than"),
        (&["less", "than"][..], "less than"),
        (&["nearly"][..], "nearly"),
        (&["almost"][..], "nearly"),
        (&["roughly"][..], "about"),
    ] {
        let n = words.len();
        if (0..n).all(|k| cx.is(i + k, words[k]) && (k == 0 || cx.near(i + k))) && cx.near(i + n) {
            let mut f = parse_bare(cx, i + n)?;
            let value = f.detail.value_of();
            let extra = f.detail.extra_mut();
            extra.qualifier = Some(q);
            match q {
                "more than" => extra.min = value,
                // "roughly double" is an estimate, no bound.
                "about" => {}
                _ => extra.max = value,
            }
            return Some(f);
        }
    }
    parse_bare(cx, i)
}

fn parse_bare(cx: &Cx, i: usize) -> Option<Found> {
    let lower = cx.lower(i);
    if let Some((factor, verb)) = factor_word(&lower) {
        let next_ok = cx.near(i + 1)
            && cx.is_any(
                i + 1,
                &[
                    "the", "that", "what", "as", "its", "their", "in", "to", "since", "from",
                    "compared", "over",
                ],
            );
        let prev_ok = i > 0
            && cx.is_any(
                i - 1,
                &[
                    "than", "nearly", "almost", "roughly", "about", "around", "over", "more",
                ],
            );
        // "expected to double by 2030", "could triple", "will halve": the verb's plain form
        // after "to" or a modal (not "double down", "double as", "double-check").
        let plain_verb = i > 0
            && cx.is_any(
                i - 1,
                &[
                    "to", "will", "would", "could", "may", "might", "can", "should", "must",
                ],
            )
            && !(cx.attached(i + 1) && cx.is_word(i + 1) || cx.is(i + 1, "-"))
            && !cx.is_any(i + 1, &["down", "up", "as", "back", "over", "check"]);
        if !(verb || next_ok || prev_ok || plain_verb) {
            return None;
        }
        // "twice the average", "twice its normal total", "twice their pay".
        if lower == "twice"
            && !cx.is_any(
                i + 1,
                &["as", "the", "that", "its", "their", "his", "her", "our"],
            )
        {
            return None;
        }
        // "twice as likely", "twice as fast as": the comparison's word is inside, as in
        // "three times as likely".
        let end = if lower == "twice" && cx.is(i + 1, "as") {
            as_compared(cx, i + 1).unwrap_or(i + 1)
        } else {
            i + 1
        };
        return Some(found(i, end, factor));
    }
    if cx.is_digits(i) {
        if let Some(f) = glued_x(cx, i) {
            return Some(f);
        }
    }
    // "N times as many", "N-fold": only worth reading the number when one of these follows.
    // (A token's short length first: most of the six are neither word.)
    let times_or_fold = |k: usize| {
        cx.tok(k).is_some_and(|t| matches!(t.short_len(), 4 | 5))
            && cx.is_any(k, &["times", "fold"])
    };
    if !(i + 1..(i + 7).min(cx.len())).any(times_or_fold) {
        return None;
    }
    let n = numbers::parse(cx, i, Context::Plain)?;
    if n.kind != NumKind::Cardinal || n.value <= 1.0 {
        return None;
    }
    let k = n.end;
    // "three times as many", "five times more", "two times the", "25 times weaker" (÷25),
    // "a million times those on Earth".
    if cx.is(k, "times") && cx.near(k) && cx.near(k + 1) {
        let after = k + 1;
        // "elected two times this decade", "three times that week": how often, in a stretch
        // of time.
        let object = cx.is_any(after, WHAT_IS_MULTIPLIED)
            && !cx
                .word(after + 1)
                .is_some_and(|w| w.time_unit.is_some() || w.month.is_some() || w.weekday.is_some())
            && !cx.is_any(
                after + 1,
                &[
                    "season",
                    "term",
                    "campaign",
                    "tournament",
                    "summer",
                    "winter",
                ],
            );
        match comparative(cx, after) {
            Some(false) => return Some(found(i, after + 1, 1.0 / n.value)),
            Some(true) => return Some(found(i, after + 1, n.value)),
            None if object => return Some(found(i, after, n.value)),
            None => {}
        }
        if cx.is(after, "as") {
            return Some(found(
                i,
                as_compared(cx, after).unwrap_or(after + 1),
                n.value,
            ));
        }
        if cx.is(after, "more") {
            return Some(found(i, after + 1, n.value));
        }
    }
    // "a fourfold increase" is one word; "4-fold" is three tokens.
    if cx.is(k, "-") && cx.attached(k) && cx.is(k + 1, "fold") {
        return Some(found(i, k + 2, n.value));
    }
    None
}

/// Where a factor's comparison after its "as" at `after` ends: past "many", "much", "likely"
/// … ("three times as many", "twice as likely"), or past the word a second "as" closes ("four
/// times as fast as", "twice as expensive as"). `None` when neither follows.
fn as_compared(cx: &Cx, after: usize) -> Option<usize> {
    let as_much = cx.is_any(
        after + 1,
        &[
            "many", "much", "high", "large", "big", "great", "likely", "long", "fast", "quickly",
            "often", "far",
        ],
    );
    let as_x_as = cx.is_word(after + 1) && cx.near(after + 2) && cx.is(after + 2, "as");
    (as_much || as_x_as).then_some(after + 2)
}

/// "2x faster", "3x as many", "1.5× the cost", "10x cheaper": a factor written with an "x" (or
/// "×") glued to its digits, read as "N times" is, only before a comparative, "as", "more" or
/// what it multiplies ("2x4 timber", "a 4x4", "3x a day" are no factors).
#[inline(never)]
fn glued_x(cx: &Cx, i: usize) -> Option<Found> {
    // The "x" is glued to the digits ("2x", "1.5x"): look only while tokens are glued on.
    let x = (i + 1..(i + 4).min(cx.len()))
        .take_while(|&k| cx.attached(k))
        .find(|&k| cx.is_any(k, &["x", "×"]))?;
    let n = numbers::parse(cx, i, Context::Plain)?;
    let after = x + 1;
    if n.end != x
        || n.kind != NumKind::Cardinal
        || n.value <= 1.0
        || !cx.near(after)
        || cx.attached(after)
    {
        return None;
    }
    if cx.is(after, "as") && cx.near(after + 1) {
        let as_much = cx.is_any(
            after + 1,
            &[
                "many", "much", "high", "large", "big", "great", "likely", "long",
            ],
        );
        return as_much.then(|| found(i, after + 2, n.value));
    }
    match comparative(cx, after) {
        Some(false) => Some(found(i, after + 1, 1.0 / n.value)),
        Some(true) => Some(found(i, after + 1, n.value)),
        None if cx.is(after, "more") => Some(found(i, after + 1, n.value)),
        None => cx
            .is_any(after, WHAT_IS_MULTIPLIED)
            .then(|| found(i, x + 1, n.value)),
    }
}

/// The words after "N times" that open what it multiplies, outside the figure ("two times the
/// cost", "a million times those on Earth", "1.5 times average earnings", "four times normal
/// levels"). Not "a" or "every": "three times a day" is how often.
const WHAT_IS_MULTIPLIED: &[&str] = &[
    "the",
    "that",
    "those",
    "this",
    "these",
    "what",
    "its",
    "their",
    "his",
    "her",
    "our",
    "your",
    "my",
    "average",
    "normal",
    "typical",
    "usual",
    "annual",
    "median",
    "current",
    "pre-pandemic",
];

/// A comparative after "N times": `Some(true)` for one that grows the thing ("higher",
/// "faster", "more likely" is read by "more"), `Some(false)` for one that shrinks it ("less",
/// "weaker", "cheaper": the factor is 1/N), `None` for a word that is no comparative.
fn comparative(cx: &Cx, k: usize) -> Option<bool> {
    if !cx.is_word(k) {
        return None;
    }
    let w = cx.lower(k);
    let w = w.as_str();
    if matches!(
        w,
        "less"
            | "fewer"
            | "lower"
            | "smaller"
            | "weaker"
            | "cheaper"
            | "slower"
            | "shorter"
            | "lighter"
            | "thinner"
            | "colder"
            | "cooler"
            | "younger"
            | "narrower"
            | "shallower"
            | "poorer"
            | "dimmer"
            | "quieter"
    ) {
        return Some(false);
    }
    let grows = matches!(
        w,
        "higher"
            | "larger"
            | "bigger"
            | "greater"
            | "stronger"
            | "faster"
            | "heavier"
            | "longer"
            | "wider"
            | "deeper"
            | "brighter"
            | "hotter"
            | "warmer"
            | "richer"
            | "older"
            | "taller"
            | "thicker"
            | "louder"
            | "costlier"
            | "likelier"
            | "safer"
            | "denser"
            | "dearer"
    );
    grows.then_some(true)
}

fn found(start: usize, end: usize, factor: f64) -> Found {
    Found::new(start, end, "CARDINAL", Detail::value(factor).with_unit("×"))
}
