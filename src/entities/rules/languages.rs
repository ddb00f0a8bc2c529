//! A language named alone is no place, body or person ("spoke Swahili at home", "translated
//! from Sanskrit into Urdu", "learned Esperanto"): the tagger types such words LOC, ORG or PER
//! by their context, as often as not. The names are CLDR's English language names
//! (`generated/entities/languages.txt`, `scripts/lexicons/languages.py`), leaving out every
//! word another list holds (places, given names, peoples: "Georgian", "Samoan" stay with the
//! tagger) and the 5,000 most frequent English words. A one-word name of one is MISC, CoNLL's
//! type for a language ("English" there); a people's word the tagger typed NORP keeps it.

use super::cue_words::{self, Cues};
use super::*;

/// The language names, one a line, sorted (the build script writes them so; a test checks).
pub(super) const LANGUAGES: &str = include_str!("../../../generated/entities/languages.txt");

/// The longest listed name (a test checks the file against it).
pub(super) const LONGEST: usize = 13;

/// The index of a name's first two letters (a capital, then a lower-case letter) in [`PAIRS`].
const fn pair_index(first: u8, second: u8) -> usize {
    (first - b'A') as usize * 26 + (second - b'a') as usize
}

/// Bit [`pair_index`] is set when a listed name opens with those two letters (made when
/// compiling): most capitalised words open with a pair no language does, and are turned away
/// before the search.
const PAIRS: [u64; 11] = {
    let b = LANGUAGES.as_bytes();
    let mut bits = [0u64; 11];
    let mut i = 0;
    while i + 1 < b.len() {
        // A line's start: the text's, or after a line end.
        if (i == 0 || b[i - 1] == b'\n')
            && b[i].is_ascii_uppercase()
            && b[i + 1].is_ascii_lowercase()
        {
            let k = pair_index(b[i], b[i + 1]);
            bits[k / 64] |= 1 << (k % 64);
        }
        i += 1;
    }
    bits
};

/// Whether `w` is a listed language name: a capitalised word of four to [`LONGEST`] bytes whose
/// first two letters open a listed name ([`PAIRS`]), then a binary search (~9 compares). Asked
/// once a distinct word, for the rule's cue ([`cue_words::LANGUAGE`]), and of the one-word names
/// of a sentence that has one.
pub(super) fn is_language(w: &str) -> bool {
    let b = w.as_bytes();
    (4..=LONGEST).contains(&b.len())
        && b[0].is_ascii_uppercase()
        && b[1].is_ascii_lowercase()
        && {
            let k = pair_index(b[0], b[1]);
            PAIRS[k / 64] >> (k % 64) & 1 == 1
        }
        && language_names().binary_search(&w).is_ok()
}

/// The names as a slice, built once.
fn language_names() -> &'static [&'static str] {
    static NAMES: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    NAMES.get_or_init(|| LANGUAGES.lines().filter(|l| !l.is_empty()).collect())
}

/// Retypes a one-word name that is a listed language, typed a person, body or place below
/// [`WEIGHT_SURE`], MISC. Passed over in a sentence with no listed language's name
/// (`cue_union`, native builds).
pub(super) fn languages(text: &dyn Text, cl: &[Classes], cue_union: Cues, out: &mut [Named]) {
    if cue_words::lacks(cue_union, cue_words::LANGUAGE) {
        return;
    }
    for m in out.iter_mut() {
        // Capitalised letters only, with a lower-case one (no acronym): told by the classes.
        if m.end - m.start != 1
            || !matches!(m.kind, PER | ORG | LOC)
            || m.weight >= WEIGHT_SURE
            || class(cl, m.start) & (HAS_LOWER | HAS_ALPHA) != HAS_LOWER | HAS_ALPHA
        {
            continue;
        }
        if is_language(text.word(m.start)) {
            m.kind = MISC;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_is_sorted_ascii_words() {
        let names = language_names();
        assert!(names.len() > 300, "{}", names.len());
        assert!(names.windows(2).all(|w| w[0] < w[1]), "sorted, once a name");
        for n in names {
            assert!(
                n.len() >= 4 && n.bytes().all(|b| b.is_ascii_alphabetic()),
                "{n}"
            );
        }
        for w in ["Swahili", "Esperanto", "Urdu", "Tagalog", "Hindi"] {
            assert!(is_language(w), "{w}");
        }
        // Every listed name passes the pairs' filter (so the search decides).
        for n in names {
            assert!(is_language(n), "{n}");
        }
        // Other lists' words and common English words are left to the tagger.
        for w in [
            "Georgian", "English", "French", "Slave", "Samoan", "London", "swahili",
        ] {
            assert!(!is_language(w), "{w}");
        }
    }
}
