//! Changes and comparisons around a figure: "rose 13 per cent", "a 13 per cent increase
//! compared with the same month last year", "falling by 90 per cent since …", "up from 1,100",
//! "more than double the number from the previous year".

use super::cursor::Cx;
use super::detail::{Change, ChangeBy, Direction};
use super::tokens::Gap;
use super::Found;

/// The adverbs of a change stated after its figure: "up 5% on", "down from".
const UP_DOWN: &[&str] = &["up", "down"];

/// The direction a word of change gives ("rose", "cut", "up"), if it is one.
pub(super) fn direction_of(word: &str) -> Option<Direction> {
    direction_of_lower(super::lower::lower(word).as_str())
}

/// [`direction_of`] of token `k`, read off the window's lower-case copy (`Cx::lower` is
/// `lower` of the token) instead of lower-casing it again into a buffer checked as UTF-8.
fn direction_at(cx: &Cx, k: usize) -> Option<Direction> {
    direction_of_lower(cx.lower(k).as_str())
}

/// [`direction_of`] of a word already in lower case.
fn direction_of_lower(w: &str) -> Option<Direction> {
    Some(match w {
        "rise" | "rises" | "rose" | "risen" | "rising" | "increase" | "increased" | "increases"
        | "increasing" | "grew" | "grow" | "grows" | "grown" | "growing" | "growth" | "jump"
        | "jumped" | "jumps" | "jumping" | "climb" | "climbed" | "climbs" | "climbing" | "soar"
        | "soared" | "soaring" | "surge" | "surged" | "surging" | "gain" | "gained" | "gains"
        | "up" | "higher" | "more" | "hike" | "boost" | "boosted" | "rocketed" | "leapt"
        | "leaped" | "spike" | "spiked" | "doubled" | "tripled" | "trebled" | "quadrupled"
        | "double" | "triple" | "twice" | "widened" | "widening" | "widens" | "hiked" => {
            Direction::Up
        }
        "fall" | "falls" | "fell" | "fallen" | "falling" | "drop" | "dropped" | "drops"
        | "dropping" | "decline" | "declined" | "declines" | "declining" | "decrease"
        | "decreased" | "decreases" | "decreasing" | "down" | "cut" | "cuts" | "slump"
        | "slumped" | "plunge" | "plunged" | "plunging" | "shrank" | "shrink" | "shrunk"
        | "shrinking" | "lower" | "less" | "fewer" | "lost" | "tumbled" | "tumble" | "sank"
        | "sink" | "slid" | "slide" | "dip" | "dipped" | "reduce" | "reduced" | "reduction"
        | "halved" | "halving" | "loss" | "slipped" | "eased" | "contracted" | "narrowed"
        | "narrowing" | "narrows" | "lowered" | "lowers" | "lowering" | "slashed" | "slashes"
        | "slashing" | "trimmed" | "trims" | "trimming" => Direction::Down,
        "unchanged" | "flat" | "steady" | "stable" => Direction::Same,
        _ => return None,
    })
}

/// Nouns of a change that a noun may come before ("a 5.5% pay rise", "a 10% price cut"); each
/// is a word of [`direction_of`] (`nouns_of_change_have_a_direction` checks it).
const CHANGE_NOUNS: &[&str] = &[
    "rise",
    "rises",
    "increase",
    "increases",
    "cut",
    "cuts",
    "fall",
    "falls",
    "drop",
    "drops",
    "reduction",
    "hike",
    "boost",
    "decline",
    "jump",
];

/// Verbs that raise a level, a change only with "by" after them ("raised council tax by
/// 4.99%"): alone they also raise money or a question ("raised £5m for charity").
const RAISING: &[&str] = &[
    "raise", "raises", "raised", "raising", "lift", "lifts", "lifted", "lifting",
];

/// The change a verb states before its object and "by": the word at `k` ends the object
/// (up to four words, on the same line and in the same clause), the verb comes before it.
/// The verbs that raise a level ([`RAISING`]) count here, with "by", as rises.
fn verb_before_object(cx: &Cx, k: usize) -> Option<Direction> {
    let mut j = k + 1;
    for _ in 0..5 {
        if j == 0 || cx.gap(j) > Gap::Space || !cx.is_word(j - 1) {
            return None;
        }
        j -= 1;
        let w = cx.lower(j);
        if RAISING.contains(&w.as_str()) {
            return Some(Direction::Up);
        }
        // Only verbs: "a rise in prices by 5%" has its change read by the noun's own rules.
        if let Some(d) = direction_of(w.as_str()).filter(|_| is_verb_of_change(w.as_str())) {
            return Some(d);
        }
    }
    None
}

/// The verbs of [`direction_of`] that take an object ("cut spending", "reduce emissions",
/// "boosted output"), in their common forms.
fn is_verb_of_change(w: &str) -> bool {
    matches!(
        w,
        "cut"
            | "cuts"
            | "cutting"
            | "reduce"
            | "reduced"
            | "reduces"
            | "reducing"
            | "increase"
            | "increased"
            | "increases"
            | "increasing"
            | "boost"
            | "boosted"
            | "boosts"
            | "lower"
            | "lowered"
            | "lowers"
            | "slashed"
            | "trimmed"
            | "hiked"
            | "hike"
            | "decrease"
            | "decreased"
            | "grow"
            | "grew"
            | "widened"
            | "narrowed"
            | "shrank"
            | "shrink"
    )
}

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

/// A fraction written as words or a fraction sign ("a third", "two fifths", "half", "¾"):
/// no digit in it and a value between 0 and 1.
fn share_in_words(cx: &Cx, f: &Found) -> bool {
    f.detail.value_of().is_some_and(|v| v > 0.0 && v < 1.0)
        && !cx
            .text
            .get(cx.span(f.start(), f.end()))
            .is_none_or(|t| t.bytes().any(|b| b.is_ascii_digit()))
}

/// "lost eight of their nine games", "won 3 of the 5 races", "cut 40 of its 200 stores": a
/// count of a whole counted after "of" (with "the" or a possessive between), a part, not the
/// size of a change.
#[inline(never)]
fn part_of_whole(cx: &Cx, f: &Found) -> bool {
    let e = f.end();
    if !(f.kind == "CARDINAL" && cx.is(e, "of") && cx.near(e) && cx.near(e + 1)) {
        return false;
    }
    let k = if cx.is_any(
        e + 1,
        &[
            "the", "their", "its", "his", "her", "our", "my", "your", "those", "these",
        ],
    ) && cx.near(e + 2)
    {
        e + 2
    } else {
        e + 1
    };
    cx.is_digits(k)
        || cx
            .word(k)
            .is_some_and(|w| w.unit.is_some() || w.ten.is_some())
}

/// The words between a verb of change and its figure that the look back steps over ("rose by
/// about 13%", "fell an estimated 5%"): the token's bytes in ASCII lower case on the stack and
/// one `match` (as `Cx::is_any` compares them, but not word by word: this is asked at up to five
/// tokens before every figure).
fn stepped_over(cx: &Cx, k: usize) -> bool {
    let s = cx.s(k).as_bytes();
    let mut buf = [0u8; 9];
    let Some(b) = buf.get_mut(..s.len()) else {
        return false;
    };
    b.copy_from_slice(s);
    b.make_ascii_lowercase();
    matches!(
        &*b,
        b"by"
            | b"of"
            | b"than"
            | b"fewer"
            | b"less"
            | b"more"
            | b"nearly"
            | b"almost"
            | b"about"
            | b"around"
            | b"some"
            | b"an"
            | b"estimated"
            | b"average"
            | b"a"
            | b"just"
            | b"over"
            | b"under"
            | b"roughly"
    )
}

pub fn apply(cx: &Cx, found: &mut [Found]) {
    for f in found.iter_mut() {
        // A score is the result itself: "lost 1-2" changes nothing by 1 or 2; "five-year-olds
        // fell" names people, no level.
        let people = cx.is(f.end().saturating_sub(1), "olds");
        if f.dated || f.kind == "ORDINAL" || f.detail.extra().score.is_some() || people {
            continue;
        }
        let factor = f.detail.unit() == Some("×");
        let mut direction = None;
        let mut level = false;
        let mut after = f.end();
        // Before: "rose 13%", "rose by 13%", "falling by 90 per cent", "up 5%", "rose to 13%".
        let mut k = f.start();
        let mut steps = 0;
        let mut saw_by = false;
        // Five words back at most: "risen by an average of 9.2%".
        while k > 0 && steps < 5 {
            k -= 1;
            steps += 1;
            if cx.gap(k + 1) > Gap::Space {
                break;
            }
            saw_by |= cx.is(k, "by");
            if stepped_over(cx, k) {
                continue;
            }
            if cx.is(k, "to") {
                level = true;
                continue;
            }
            // "buy back up to $10bn", "gusts of up to 93mph", "up to about 10,000": "up to" is a
            // rise only after a verb that takes the particle ("ticked up to 3.9%").
            if cx.is(k, "up")
                && cx.is(k + 1, "to")
                && !(k > 0 && super::qualifiers::rises_with_up(cx, k - 1))
            {
                break;
            }
            direction = direction_at(cx, k);
            break;
        }
        // "raise council tax by 4.99%", "cut spending by $1.5 trillion", "reduce emissions by
        // 40%": the verb, then what it changes, then "by" and the amount.
        if direction.is_none() && saw_by {
            direction = verb_before_object(cx, k);
        }
        if cx.is(f.start().wrapping_sub(1), "more") && !factor || part_of_whole(cx, f) {
            direction = None;
        }
        let percent = matches!(f.detail.unit(), Some("%" | "pp"));
        // "5% below 2019 levels", "12% above the average": the baseline follows at once.
        let mut measured_against = false;
        let mut noun_of_change = false;
        // "a 5.5% pay rise", "a 10% price cut", "a 3% rent increase": one noun before the
        // change's own noun.
        if direction.is_none()
            && !factor
            && f.start() > 0
            && cx.is_any(f.start() - 1, &["a", "an", "the", "its", "their"])
            && cx.near(after)
            && cx.is_word(after)
            && cx.near(after + 1)
            && cx.is_any(after + 1, CHANGE_NOUNS)
            && direction_at(cx, after).is_none()
        {
            after += 1;
            noun_of_change = true;
        }
        // After: "a 13 per cent increase", "13% higher", "13% down on", "29% more than".
        if (direction.is_none() || factor) && cx.near(after) {
            if let Some(d) = direction_at(cx, after) {
                // "29% more than a year earlier", "a quarter more than in 2023".
                let compared = (percent || f.kind == "CARDINAL" && share_in_words(cx, f))
                    && cx.is_any(after, &["more", "less", "fewer"])
                    && cx.is(after + 1, "than");
                // A word that after a figure opens something else, unless a noun of change
                // was read ("a 10% price cut").
                let other = cx.is_any(
                    after,
                    &[
                        "more", "less", "fewer", "up", "down", "cut", "double", "twice",
                    ],
                ) && !noun_of_change;
                if !factor && !other
                    || cx.is_any(after, UP_DOWN) && cx.is(after + 1, "on")
                    || compared
                {
                    direction = Some(d);
                    after += 1;
                }
            } else if percent && !factor && cx.is_any(after, &["below", "above"]) {
                direction = Some(if cx.is(after, "above") {
                    Direction::Up
                } else {
                    Direction::Down
                });
                after += 1;
                measured_against = true;
            }
        }
        if factor {
            let fv = f.detail.value_of().unwrap_or(1.0);
            direction = Some(if fv >= 1.0 {
                Direction::Up
            } else {
                Direction::Down
            });
        }
        // "1,420 patients, up from 1,100": the figure is the new level, the one after the
        // baseline; what it counts and when ("6.4% of burglaries last year, down from 9%")
        // and a comma right before "up"/"down" may sit between.
        let mut look = after;
        while look < after + 6
            && cx.near(look)
            && (cx.is_word(look) && !cx.is_any(look, UP_DOWN)
                || cx.is(look, ",") && cx.is_any(look + 1, UP_DOWN))
        {
            look += 1;
        }
        let up_from = cx.near(look) && cx.is_any(look, UP_DOWN) && cx.is(look + 1, "from");
        if up_from {
            direction = Some(if cx.is(look, "up") {
                Direction::Up
            } else {
                Direction::Down
            });
            after = look;
        }
        let Some(direction) = direction else { continue };
        let (magnitude, by) = if factor {
            (f.detail.value_of(), Some(ChangeBy::Factor))
        } else if level {
            (None, None)
        } else {
            match f.detail.unit() {
                Some("%") => (f.detail.value_of(), Some(ChangeBy::Relative)),
                Some("pp") => (f.detail.value_of(), Some(ChangeBy::Points)),
                // "fell by a third", "up by half": a share of the old value, in per cent.
                None if f.kind == "CARDINAL" && share_in_words(cx, f) => (
                    f.detail.value_of().map(|v| v * 100.0),
                    Some(ChangeBy::Relative),
                ),
                _ => (f.detail.value_of(), Some(ChangeBy::Absolute)),
            }
        };
        let mut change = Change {
            direction,
            magnitude,
            by,
            baseline: None,
            baseline_start: None,
            baseline_end: None,
        };
        // "up from 1,100": the figure before is the new level, the one after the baseline.
        let mut b = after;
        if up_from {
            change.magnitude = None;
            change.by = None;
            b += 1;
        }
        let found = if measured_against {
            let end = clause_end(cx, b);
            (end > b).then_some((b, end))
        } else if level {
            // "eased to 7.9% in June from 8.7% in May", "fell to 121 seats from 372": the
            // level's time or counted noun, then the old level.
            // "eased to 3.2% over the 12 months to March, from 3.4%", "rose to 4.4% in the
            // three months to June from 4.2%": the period the level is measured over, then
            // the old level.
            if let Some(e) = measured_over(cx, b) {
                let k = if cx.is(e, ",") { e + 1 } else { e };
                baseline(cx, k).filter(|_| cx.is(k, "from"))
            } else {
                baseline(cx, b).or_else(|| baseline(cx, past_when_of_level(cx, b)?))
            }
        } else {
            baseline(cx, b)
        };
        // "will rise to £9,535 a year from September 2025": a rate from a date on, not a
        // change measured against that date.
        let found = found.filter(|&(s, _)| {
            !(f.detail.extra().per.is_some()
                && cx.is(s.wrapping_sub(1), "from")
                && a_date_at(cx, s))
        });
        if let Some((s, e)) = found {
            let span = cx.span(s, e);
            change.baseline = cx.text.get(span.clone()).map(str::to_string);
            change.baseline_start = Some(span.start);
            change.baseline_end = Some(span.end);
        }
        f.detail.extra_mut().change = Some(Box::new(change));
    }
}

/// The comparison phrase at `j` ("compared with the same month last year", "since the deal
/// was signed", "from 1,100"): tokens (start, end) of the phrase after its cue.
fn baseline(cx: &Cx, j: usize) -> Option<(usize, usize)> {
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
fn measured_over(cx: &Cx, k: usize) -> Option<usize> {
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
fn a_date_at(cx: &Cx, k: usize) -> bool {
    let named = |j: usize| {
        cx.word(j)
            .is_some_and(|w| w.month.is_some() || w.weekday.is_some())
    };
    named(k) || cx.is_digits(k) && named(k + 1)
}

/// After a level reached at `b` ("to 7.9% in June from …"), the token of "from" past the
/// level's time ("in June", "last month", "on Thursday", "in 2024") or its counted noun
/// ("seats"); `None` when something else comes first.
fn past_when_of_level(cx: &Cx, b: usize) -> Option<usize> {
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
fn clause_end(cx: &Cx, k: usize) -> usize {
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

/// Whether a change is stated right before the figure at `start`: "rose $2bn", "raised by
/// $2bn". Its "to" then gives the new level ("rose $2bn to $18bn"), not the end of a range.
pub(super) fn stated_before(cx: &Cx, start: usize) -> bool {
    start > 0
        && cx.near(start)
        && (cx.is(start - 1, "by")
            || cx.is_word(start - 1) && direction_at(cx, start - 1).is_some())
}

#[cfg(test)]
mod tests {
    #[test]
    fn nouns_of_change_have_a_direction() {
        for w in super::CHANGE_NOUNS {
            assert!(super::direction_of(w).is_some(), "{w}");
        }
    }

    /// A token's direction read off the window's lower case is the word's own, at every token
    /// of words of change in three cases, glued to marks, beyond ASCII and too long to copy.
    #[test]
    fn direction_at_a_token_is_the_words() {
        use super::super::tokens::{tokenize, Words};
        let mut text = String::new();
        for w in [
            "rose",
            "Fell",
            "UP",
            "down",
            "Spi\u{212a}ed",
            "sp\u{130}ke",
            "flat",
            "x",
        ] {
            for f in [
                w.to_string(),
                w.to_uppercase(),
                w.to_lowercase(),
                format!("{w}s"),
            ] {
                text.push_str(&format!("{f} 5% ({f}) {f}-{f} 3{f}, é{f} "));
            }
        }
        text.push_str("INCREASINGLYINCREASINGLYINCREASING increasing");
        let mut toks = Vec::new();
        let mut words = Words::default();
        tokenize(&text, &mut toks, &mut words);
        let cx = super::Cx::new(&text, &toks, &words);
        let mut found = 0;
        for k in 0..=toks.len() {
            let want = super::direction_of(cx.s(k));
            assert_eq!(super::direction_at(&cx, k), want, "token {k} {:?}", cx.s(k));
            found += usize::from(want.is_some());
        }
        assert!(found > 30, "directions found ({found})");
    }
}
