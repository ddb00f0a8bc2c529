//! The words of a change: verbs, nouns and adverbs and the direction each gives, the verbs
//! that take an object before "by", and the words a look back from a figure steps over.

use crate::statistics::cursor::Cx;
use crate::statistics::detail::Direction;
use crate::statistics::tokens::Gap;

/// The adverbs of a change stated after its figure: "up 5% on", "down from".
pub(super) const UP_DOWN: &[&str] = &["up", "down"];

/// The direction a word of change gives ("rose", "cut", "up"), if it is one.
fn direction_of(word: &str) -> Option<Direction> {
    direction_of_lower(crate::statistics::lower::lower(word).as_str())
}

/// [`direction_of`] of token `k`, read off the window's lower-case copy (`Cx::lower` is
/// `lower` of the token) instead of lower-casing it again into a buffer checked as UTF-8.
pub(super) fn direction_at(cx: &Cx, k: usize) -> Option<Direction> {
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
pub(super) const CHANGE_NOUNS: &[&str] = &[
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
pub(super) fn verb_before_object(cx: &Cx, k: usize) -> Option<Direction> {
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

/// The words between a verb of change and its figure that the look back steps over ("rose by
/// about 13%", "fell an estimated 5%"): the token's slice of the text's lower-case copy
/// (`Cx::lower`, the token in ASCII lower case for every word of nine bytes or fewer) and one
/// `match` (as `Cx::is_any` compares them, but not word by word: this is asked at up to five
/// tokens before every figure).
pub(super) fn stepped_over(cx: &Cx, k: usize) -> bool {
    matches!(
        cx.lower(k).as_str().as_bytes(),
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
        use crate::statistics::tokens::{tokenize, Words};
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
