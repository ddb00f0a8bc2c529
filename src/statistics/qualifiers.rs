//! Words before a figure that make it a bound or an estimate: "about", "more than", "at least",
//! "up to", "nearly" → `qualifier`, and `min`/`max` where the word sets a bound.

use super::cursor::Cx;
use super::Found;

/// (words before the figure, qualifier, bound: 1 = lower bound, −1 = upper bound, 0 = none).
/// A negation flips the bound of the comparison after it ("no less than $20" is at least $20);
/// those come before the comparisons they contain.
const QUALIFIERS: &[(&[&str], &str, i8)] = &[
    (&["no", "more", "than"], "no more than", -1),
    (&["not", "more", "than"], "no more than", -1),
    (&["no", "greater", "than"], "no more than", -1),
    (&["no", "higher", "than"], "no more than", -1),
    (&["not", "exceeding"], "no more than", -1),
    (&["no", "less", "than"], "no less than", 1),
    (&["not", "less", "than"], "no less than", 1),
    (&["no", "fewer", "than"], "no less than", 1),
    (&["not", "fewer", "than"], "no less than", 1),
    (&["no", "lower", "than"], "no less than", 1),
    (&["not", "under"], "no less than", 1),
    (&["not", "below"], "no less than", 1),
    (&["not", "over"], "no more than", -1),
    (&["not", "above"], "no more than", -1),
    (&["more", "than"], "more than", 1),
    (&["greater", "than"], "more than", 1),
    (&["higher", "than"], "more than", 1),
    (&["lower", "than"], "less than", -1),
    (&["in", "excess", "of"], "more than", 1),
    (&["exceeding"], "more than", 1),
    (&["less", "than"], "less than", -1),
    (&["fewer", "than"], "less than", -1),
    (&["at", "least"], "at least", 1),
    (&["at", "most"], "at most", -1),
    (&["maximum", "of"], "at most", -1),
    (&["minimum", "of"], "at least", 1),
    (&["capped", "at"], "at most", -1),
    (&["up", "to"], "up to", -1),
    (&["as", "many", "as"], "as many as", -1),
    (&["as", "high", "as"], "as high as", -1),
    (&["as", "low", "as"], "as low as", 1),
    (&["as", "few", "as"], "as few as", 1),
    (&["as", "little", "as"], "as little as", 1),
    (&["as", "much", "as"], "as much as", -1),
    (&["just", "over"], "just over", 1),
    (&["just", "under"], "just under", -1),
    (&["well", "over"], "more than", 1),
    (&["an", "estimated"], "about", 0),
    (&["nearly"], "nearly", -1),
    (&["almost"], "nearly", -1),
    (&["about"], "about", 0),
    (&["around"], "about", 0),
    (&["approximately"], "about", 0),
    (&["roughly"], "about", 0),
    (&["some"], "about", 0),
    (&["circa"], "about", 0),
    (&["over"], "more than", 1),
    (&["above"], "more than", 1),
    (&["under"], "less than", -1),
    (&["below"], "less than", -1),
    (&["exactly"], "exactly", 0),
    // A margin either side: "plus or minus 3 points", "±3%".
    (&["plus", "or", "minus"], "plus or minus", 0),
    (&["±"], "plus or minus", 0),
    // Signs of comparison: "p < 0.001", ">90%", "≥ 18".
    (&["<"], "less than", -1),
    (&[">"], "more than", 1),
    (&["≤"], "at most", -1),
    (&["≥"], "at least", 1),
];

/// Whether `word` (lower case) is the last word of an entry of [`QUALIFIERS`]
/// (`qualifier_last_words_are_listed` keeps the two in step).
fn ends_a_qualifier(word: &str) -> bool {
    matches!(
        word,
        "about"
            | "above"
            | "almost"
            | "approximately"
            | "around"
            | "as"
            | "at"
            | "below"
            | "circa"
            | "estimated"
            | "exactly"
            | "exceeding"
            | "least"
            | "minus"
            | "most"
            | "nearly"
            | "of"
            | "over"
            | "roughly"
            | "some"
            | "than"
            | "to"
            | "under"
            | "±"
            | "<"
            | ">"
            | "≤"
            | "≥"
    )
}

pub fn apply(cx: &Cx, found: &mut [Found]) {
    for f in found.iter_mut() {
        if rough_end(cx, f) {
            continue;
        }
        if f.detail.extra().qualifier.is_some() || f.kind == "ORDINAL" {
            continue;
        }
        // A length of time takes the words too ("up to 18 weeks", "nearly two years"), as a
        // qualifier without a bound: its value is an ISO duration. Not "over", which before a
        // length of time is as often "during" ("over two years, prices doubled").
        let duration = f.dated && f.kind == "DURATION";
        if f.dated && !duration {
            continue;
        }
        let value = f.detail.value_of();
        if value.is_none() && !duration {
            continue;
        }
        // "20-odd people", "10-odd million dollars": the number and some more.
        if crate::statistics::numbers::odd_within(cx, f.start(), f.end()) {
            set(f, "or more", 1, value);
            continue;
        }
        // Every qualifier ends with the word right before the figure: test that word first.
        let Some(before) = f
            .start()
            .checked_sub(1)
            .filter(|&k| cx.is_word(k) || cx.is_any(k, &["±", "<", ">", "≤", "≥"]))
        else {
            trailing(cx, f, value);
            continue;
        };
        let last = cx.lower(before);
        if f.kind == "MONEY" && price_from(cx, before, &last) {
            set(f, "from", 1, value);
            continue;
        }
        // Most words before a figure end no qualifier: one match instead of the list's
        // forty-odd compares, with the same outcome (no entry would pass its first test).
        if !ends_a_qualifier(&last) {
            trailing(cx, f, value);
            continue;
        }
        for (words, q, bound) in QUALIFIERS {
            let n = words.len();
            if words.last().is_none_or(|w| *w != last) {
                continue;
            }
            let Some(first) = f.start().checked_sub(n) else {
                continue;
            };
            let matches = (0..n).all(|k| cx.is(first + k, words[k]) && cx.near(first + k + 1));
            if !matches || duration && words == &["over"] {
                continue;
            }
            // "<3", "< 333": a heart, not a bound.
            if words == &["<"]
                && f.end() == f.start() + 1
                && cx.s(f.start()).bytes().all(|b| b == b'3')
            {
                break;
            }
            // "ticked up to 3.9%", "prices went up to £5": the particle of a verb of change
            // and the level reached, no bound.
            if words == &["up", "to"] && first > 0 && rises_with_up(cx, first - 1) {
                break;
            }
            // "c. $5m" needs the dot; "some" only before a figure, not "some 3 of them".
            set(f, q, *bound, value);
            break;
        }
        if f.detail.extra().qualifier.is_none() {
            trailing(cx, f, value);
        }
    }
}

/// "start from £89", "prices starting at $25", "tickets from €40", "fares from £19 each way":
/// the lowest price of several, a lower bound (`from`, `min`). `k` is the "from" or "at"
/// before the amount (`last`, its lower case). "Starting at" only after a word of starting
/// ("priced at £89" is the price); "from" after such a word or the thing priced, never after a
/// verb of change ("rose from £89", "down from £5").
fn price_from(cx: &Cx, k: usize, last: &str) -> bool {
    if !matches!(last, "from" | "at") || k == 0 || !cx.near(k) {
        return false;
    }
    let starting = cx.is_any(k - 1, &["start", "starts", "started", "starting"]);
    starting
        || last == "from"
            && cx.is_any(
                k - 1,
                &[
                    "priced",
                    "prices",
                    "tickets",
                    "fares",
                    "rooms",
                    "available",
                    "costs",
                    "cost",
                    "rates",
                    "deals",
                    "packages",
                    "plans",
                ],
            )
}

/// (words after the figure, qualifier, bound as in [`QUALIFIERS`]): "aged 65 and over",
/// "five or more drinks", "£50,000 or less", "18 or older", "the 60-plus".
const TRAILING: &[(&[&str], &str, i8)] = &[
    (&["or", "more"], "or more", 1),
    (&["or", "over"], "or more", 1),
    (&["and", "over"], "or more", 1),
    (&["or", "above"], "or more", 1),
    (&["and", "above"], "or more", 1),
    (&["or", "higher"], "or more", 1),
    (&["or", "older"], "or more", 1),
    (&["and", "older"], "or more", 1),
    (&["or", "longer"], "or more", 1),
    (&["and", "up"], "or more", 1),
    (&["-", "plus"], "or more", 1),
    // "50k+", "18+": a plus glued on, nothing glued after it.
    (&["+"], "or more", 1),
    (&["or", "less"], "or less", -1),
    (&["or", "fewer"], "or less", -1),
    (&["or", "under"], "or less", -1),
    (&["and", "under"], "or less", -1),
    (&["or", "below"], "or less", -1),
    (&["and", "below"], "or less", -1),
    (&["or", "lower"], "or less", -1),
    (&["or", "younger"], "or less", -1),
    (&["and", "younger"], "or less", -1),
    (&["or", "shorter"], "or less", -1),
];

/// The qualifier whose words are written from token `k` on ("aged under 25", "aged over
/// 65", "aged at least 18"): how many tokens it takes, the qualifier and its bound.
pub(super) fn opening_at(cx: &Cx, k: usize) -> Option<(usize, &'static str, i8)> {
    QUALIFIERS.iter().find_map(|(words, q, bound)| {
        let n = words.len();
        (0..n)
            .all(|m| cx.is(k + m, words[m]) && cx.near(k + m + 1))
            .then_some((n, *q, *bound))
    })
}

/// A bound written after the figure: its `qualifier` and `min`/`max`. "and over the year" and
/// "or below the target" are prepositions with an object, no bound.
fn trailing(cx: &Cx, f: &mut Found, value: Option<f64>) {
    let e = f.end();
    if !cx.near(e) || !cx.is_any(e, &["or", "and", "-", "+"]) {
        return;
    }
    // The two tokens after the figure in lower case, read once: an entry's words (ASCII, in
    // lower case) are compared with them, as `Cx::is` compares them with the tokens (~1,300
    // instructions a figure before "and" or "or" when each entry asked the tokens again).
    let (first, second) = (cx.lower(e), cx.lower(e + 1));
    let second_near = cx.near(e + 1);
    for (words, q, bound) in TRAILING {
        let n = words.len();
        let written = match words {
            [a] => first.as_str() == *a,
            [a, b] => first.as_str() == *a && second_near && second.as_str() == *b,
            _ => (0..n).all(|k| cx.is(e + k, words[k]) && cx.near(e + k)),
        };
        if !written {
            continue;
        }
        let after = e + n;
        let object = cx.near(after)
            && (cx.is_digits(after)
                || cx.is_any(
                    after,
                    &[
                        "the", "a", "an", "this", "that", "these", "those", "its", "their", "his",
                        "her", "our", "your", "my", "last", "next", "previous", "each", "every",
                    ],
                ));
        let loose_plus = words[0] == "-" && !(cx.attached(e) && cx.attached(e + 1))
            || words[0] == "+" && (!cx.attached(e) || cx.attached(e + 1));
        if object || loose_plus {
            return;
        }
        set(f, q, *bound, value);
        return;
    }
}

/// Gives `f` the qualifier `q` and the bound it sets (as in [`QUALIFIERS`]) at `value`.
pub(super) fn set(f: &mut Found, q: &'static str, bound: i8, value: Option<f64>) {
    let extra = f.detail.extra_mut();
    extra.qualifier = Some(q);
    match (bound, value) {
        (1, Some(v)) => extra.min = Some(v),
        (-1, Some(v)) => extra.max = Some(v),
        _ => {}
    }
}

/// Stems of the verbs that take "up" to say a level rose: "ticked up", "edged up", "went up",
/// "has gone up", "was revised up", "crept up", "shot up", "picked up".
const RISING_WITH_UP: &[&str] = &[
    "tick", "edg", "inch", "creep", "crept", "went", "go", "gone", "mov", "shot", "shoot", "revis",
    "bump", "push", "driv", "drov", "nudg", "pick", "jump", "ratchet", "notch", "step", "climb",
    "crank", "hik", "mark", "round",
];

/// Whether the word at `k` is a verb of change that "up" follows as its particle.
pub(super) fn rises_with_up(cx: &Cx, k: usize) -> bool {
    if !cx.is_word(k) {
        return false;
    }
    let w = cx.lower(k);
    let w = w.as_str();
    RISING_WITH_UP.iter().any(|stem| {
        w.strip_prefix(stem).is_some_and(|rest| {
            matches!(
                rest,
                "" | "e" | "s" | "es" | "ed" | "d" | "ing" | "ped" | "ping" | "ked"
            )
        })
    })
}

/// "$20-ish", "40ish", "5 km-ish": "ish" glued to an amount, a count or a measure (with or
/// without a hyphen) is the writer's "about", inside the span as for a time ("10ish"); not
/// "ish" running into more letters or digits. Whether `f` took it.
fn rough_end(cx: &Cx, f: &mut Found) -> bool {
    // The glued token first: nearly every figure is followed by a space or a mark.
    let Some(end) = ish_end(cx, f.end()) else {
        return false;
    };
    if f.kind == "ORDINAL" || f.dated {
        return false;
    }
    let value = f.detail.value_of();
    if value.is_none() {
        return false;
    }
    f.set_end(end);
    if f.detail.extra().qualifier.is_none() {
        set(f, "about", 0, value);
    }
    true
}

/// The token after an "ish" glued at token `e` ("20ish", "$20-ish"), with nothing glued after
/// it but a space or a mark.
pub(super) fn ish_end(cx: &Cx, e: usize) -> Option<usize> {
    if !cx.attached(e) {
        return None;
    }
    let k = if cx.is(e, "ish") {
        e
    } else if cx.is(e, "-") && cx.is(e + 1, "ish") && cx.attached(e + 1) {
        e + 1
    } else {
        return None;
    };
    let glued = cx.attached(k + 1) && (cx.is_word(k + 1) || cx.is_digits(k + 1));
    (!glued).then_some(k + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qualifier_last_words_are_listed() {
        for (words, _, _) in QUALIFIERS {
            let last = words.last().copied().unwrap_or("");
            assert!(ends_a_qualifier(last), "{last:?} is missing");
        }
        for word in [
            "", "than ", "Than", "thans", "up", "more", "no", "plus", "a",
        ] {
            let listed = QUALIFIERS.iter().any(|(w, _, _)| w.last() == Some(&word));
            assert_eq!(ends_a_qualifier(word), listed, "{word:?}");
        }
    }
}

#[cfg(test)]
#[path = "trailing_tests.rs"]
mod trailing_tests;
