//! Gazetteers (place names, nationalities, first names) and word-frequency classes, loaded once
//! from the generated files and matched over lower-cased tokens with Aho-Corasick.

use std::collections::HashMap;
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use super::features::{hash_str, HashBuild};
use super::tokenizer;

const GAZETTEERS: &str = include_str!("../../generated/entities/gazetteers.tsv");
const WORDFREQ: &str = include_str!("../../generated/entities/wordfreq.txt");
/// Head words of multi-word names (`ORGHEAD\tOffice`), learned from the training data by
/// `gloss-train`.
const HEADS: &str = include_str!("../../generated/entities/heads.tsv");

/// Gazetteer classes, in the order of their bits in a [`Marks`] mask. The `*HEAD` classes are
/// single words that end names of that type ("Office", "Sea"): they mark the kind of word, not a
/// name, so "Harbour Office" gets evidence from the word "Office".
pub const CLASSES: [&str; 8] = [
    "COUNTRY", "REGION", "CITY", "NORP", "FIRST", "LOCHEAD", "ORGHEAD", "MISCHEAD",
];
pub const NORP_CLASS: usize = 3;

/// For one token: bit `4 * class + part` is set when a gazetteer phrase of that class covers the
/// token at that position (part 0 = first of several tokens, 1 = inside, 2 = last, 3 = the
/// whole phrase is this one token).
pub type Marks = u32;

/// Number of word-frequency classes; the last means "not among the frequent words".
pub const FREQ_CLASSES: u8 = 6;

/// A normalised gazetteer phrase and the mask of classes that list it.
type Phrase = (String, u8);

pub struct Lexicon {
    /// Phrases of two or more tokens (most entries are single words, looked up in `words`).
    matcher: Option<AhoCorasick>,
    /// Per multi-token pattern: the mask of classes that list it.
    pattern_classes: Vec<u8>,
    /// Hash of a one-token phrase ([`hash_str`]) → the mask of classes that list it.
    words: HashMap<u64, u8, HashBuild>,
    /// Hash of the lower-cased word ([`hash_str`]) → frequency class.
    freq: HashMap<u64, u8, HashBuild>,
}

static LEXICON: OnceLock<Lexicon> = OnceLock::new();

/// The shared lexicon, built on first use.
pub fn get() -> &'static Lexicon {
    LEXICON.get_or_init(|| with_heads(HEADS))
}

/// The shipped gazetteers with another list of head words (the trainer learns its own).
pub fn with_heads(heads: &str) -> Lexicon {
    Lexicon::from_parts(&[GAZETTEERS, heads], WORDFREQ)
}

/// The form phrases are matched in: tokens lower-cased and joined by single spaces.
fn normalise_phrase(phrase: &str) -> String {
    let mut out = String::with_capacity(phrase.len());
    for sentence in tokenizer::tokenize(phrase) {
        for span in sentence.tokens {
            if !out.is_empty() {
                out.push(' ');
            }
            out.extend(
                phrase
                    .get(span)
                    .unwrap_or("")
                    .chars()
                    .flat_map(char::to_lowercase),
            );
        }
    }
    out
}

impl Lexicon {
    /// `gazetteers`: `CLASS<TAB>phrase` lines; `wordfreq`: words, most frequent first.
    pub fn new(gazetteers: &str, wordfreq: &str) -> Lexicon {
        Lexicon::from_parts(&[gazetteers], wordfreq)
    }

    /// Like [`Lexicon::new`], with the gazetteer lines split over several texts.
    pub fn from_parts(gazetteers: &[&str], wordfreq: &str) -> Lexicon {
        let mut by_phrase: HashMap<String, u8> = HashMap::new();
        for line in gazetteers.iter().flat_map(|g| g.lines()) {
            let Some((class, phrase)) = line.split_once('\t') else {
                continue;
            };
            let Some(c) = CLASSES.iter().position(|k| *k == class) else {
                continue;
            };
            let phrase = normalise_phrase(phrase);
            if !phrase.is_empty() {
                *by_phrase.entry(phrase).or_default() |= 1 << c;
            }
        }
        let (mut patterns, single): (Vec<Phrase>, Vec<Phrase>) =
            by_phrase.into_iter().partition(|(p, _)| p.contains(' '));
        patterns.sort();
        let words = single.iter().map(|(p, c)| (hash_str(p), *c)).collect();
        let matcher = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .build(patterns.iter().map(|(p, _)| p))
            .ok();
        let freq = wordfreq
            .lines()
            .enumerate()
            .map(|(rank, w)| (hash_str(w), rank_class(rank)))
            .collect();
        Lexicon {
            matcher,
            pattern_classes: patterns.into_iter().map(|(_, c)| c).collect(),
            words,
            freq,
        }
    }

    /// The frequency class of a lower-cased word: 0 for the ~100 most frequent words, rising to
    /// `FREQ_CLASSES - 1` for words not in the list.
    pub fn freq_class(&self, lower: &str) -> u8 {
        self.freq
            .get(&hash_str(lower))
            .copied()
            .unwrap_or(FREQ_CLASSES - 1)
    }

    /// Gazetteer marks for each of `lowers` (one sentence's lower-cased tokens).
    pub fn marks<S: AsRef<str>>(&self, lowers: &[S]) -> Vec<Marks> {
        let mut marks = vec![0; lowers.len()];
        self.mark_run(lowers, &mut marks);
        marks
    }

    /// Like [`Lexicon::marks`], but only looks at runs of tokens that could be names: those with
    /// a capital letter or digit, and lower-case words between two of them ("Isle of Man").
    /// Much less text to scan in normally cased prose; the same result on ALL-CAPS text.
    pub fn marks_in_names<S: AsRef<str>>(&self, words: &[S], lowers: &[String]) -> Vec<Marks> {
        let name_like = |i: usize| {
            words.get(i).is_some_and(|w| {
                w.as_ref()
                    .chars()
                    .any(|c| c.is_uppercase() || c.is_ascii_digit())
            })
        };
        let eligible: Vec<bool> = (0..words.len())
            .map(|i| name_like(i) || (i > 0 && name_like(i - 1) && name_like(i + 1)))
            .collect();
        let mut marks = vec![0; lowers.len()];
        let mut i = 0;
        while i < eligible.len() {
            if !eligible[i] {
                i += 1;
                continue;
            }
            let start = i;
            while i < eligible.len() && eligible[i] {
                i += 1;
            }
            if let (Some(run), Some(out)) = (lowers.get(start..i), marks.get_mut(start..i)) {
                self.mark_run(run, out);
            }
        }
        marks
    }

    fn mark_run<S: AsRef<str>>(&self, lowers: &[S], marks: &mut [Marks]) {
        for (w, mark) in lowers.iter().zip(marks.iter_mut()) {
            if let Some(&classes) = self.words.get(&hash_str(w.as_ref())) {
                for c in 0..CLASSES.len() {
                    if classes & (1 << c) != 0 {
                        *mark |= 1 << (4 * c + 3);
                    }
                }
            }
        }
        let Some(matcher) = self.matcher.as_ref().filter(|_| lowers.len() >= 2) else {
            return;
        };
        // Joined text, and for each byte where a token starts, the token index.
        let mut joined = String::new();
        let mut starts = Vec::with_capacity(lowers.len());
        for (i, w) in lowers.iter().enumerate() {
            if i > 0 {
                joined.push(' ');
            }
            starts.push(joined.len());
            joined.push_str(w.as_ref());
        }
        let token_at = |byte: usize| starts.binary_search(&byte).ok();
        for m in matcher.find_overlapping_iter(&joined) {
            let Some(first) = token_at(m.start()) else {
                continue;
            };
            // The match must end where a token ends.
            let last = match token_at(m.end() + 1) {
                Some(next) => next - 1,
                None if m.end() == joined.len() => lowers.len() - 1,
                None => continue,
            };
            let classes = self
                .pattern_classes
                .get(m.pattern().as_usize())
                .copied()
                .unwrap_or(0);
            for c in 0..CLASSES.len() {
                if classes & (1 << c) == 0 {
                    continue;
                }
                for (t, mark) in marks.iter_mut().enumerate().take(last + 1).skip(first) {
                    let part = match (t == first, t == last) {
                        (true, true) => 3,
                        (true, false) => 0,
                        (false, true) => 2,
                        (false, false) => 1,
                    };
                    *mark |= 1 << (4 * c + part);
                }
            }
        }
    }
}

fn rank_class(rank: usize) -> u8 {
    match rank {
        0..100 => 0,
        100..1000 => 1,
        1000..5000 => 2,
        5000..15000 => 3,
        _ => 4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn small() -> Lexicon {
        Lexicon::new(
            "COUNTRY\tNorth Macedonia\nCITY\tSan Marino\nCOUNTRY\tSan Marino\nNORP\tMacedonian\nFIRST\tRosa\nbad line\n",
            "the\nof\nmarino\n",
        )
    }

    #[test]
    fn marks_whole_token_phrases_only() {
        let lex = small();
        type Case = (&'static str, &'static [&'static str], &'static [Marks]);
        let cases: &[Case] = &[
            (
                "two-token country",
                &["in", "north", "macedonia", "."],
                &[0, 1 << 0, 1 << 2, 0],
            ),
            (
                "two classes at once",
                &["san", "marino"],
                &[1 << 0 | 1 << 8, 1 << 2 | 1 << 10],
            ),
            ("unit", &["rosa"], &[1 << 19]),
            ("part of a longer word is no match", &["rosalind"], &[0]),
            ("empty sentence", &[], &[]),
        ];
        for (name, words, want) in cases {
            assert_eq!(lex.marks(words), want.to_vec(), "{name}");
        }
    }

    #[test]
    fn marks_only_name_like_runs() {
        let lex = small();
        let words = ["Rosa", "met", "rosa", "in", "North", "Macedonia"];
        let lowers: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
        let m = lex.marks_in_names(&words, &lowers);
        assert_eq!(m, vec![1 << 19, 0, 0, 0, 1 << 0, 1 << 2]);
    }

    #[test]
    fn frequency_classes() {
        let lex = small();
        assert_eq!(lex.freq_class("the"), 0);
        assert_eq!(lex.freq_class("zyzzyva"), FREQ_CLASSES - 1);
    }

    #[test]
    fn shipped_lexicon_loads() {
        let lex = get();
        let m = lex.marks(&["turkish", "police"]);
        assert!(m[0] & (1 << (4 * NORP_CLASS + 3)) != 0);
        assert!(lex.freq_class("police") < FREQ_CLASSES - 1);
    }
}
