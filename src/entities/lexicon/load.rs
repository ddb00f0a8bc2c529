//! Reading the gazetteer and word-frequency texts into the lexicon's hash maps. Uses only the
//! tokenizer and the word hash, so that the build script compiles this same file to freeze the
//! shipped lexicon for native builds (`build.rs`, [`super::table`]).

use std::collections::HashMap;

use crate::entities::features::{hash_str, HashBuild};
use crate::entities::tokenizer;

use super::packed::{self, rank_class};

/// Head words of multi-word names (`ORGHEAD\tOffice`), learned from the training data by
/// `gloss-train`.
pub(super) const HEADS: &str = include_str!("../../../generated/entities/heads.tsv");

/// Gazetteer classes, in the order of their bits in a `Marks` mask. The `*HEAD` classes are
/// single words that end names of that type ("Office", "Sea"): they mark the kind of word, not a
/// name, so "Harbour Office" gets evidence from the word "Office".
pub const CLASSES: [&str; 8] = [
    "COUNTRY", "REGION", "CITY", "NORP", "FIRST", "LOCHEAD", "ORGHEAD", "MISCHEAD",
];

/// Set in a lexicon value when a longer phrase starts with this word or phrase.
pub(super) const STARTS_LONGER: u16 = 1 << 8;

/// The lexicon's three maps (see `Lexicon`'s fields).
pub struct Maps {
    pub words: HashMap<u64, u16, HashBuild>,
    pub phrases: HashMap<u64, u16, HashBuild>,
    pub freq: HashMap<u64, u16, HashBuild>,
}

/// `gazetteers`: `CLASS<TAB>phrase` lines (several texts); `wordfreq`: words, most frequent
/// first.
pub fn maps(gazetteers: &[&str], wordfreq: &str) -> Maps {
    let mut maps = Builder::new(gazetteers.iter().map(|g| g.len() / 16).sum());
    for gazetteer in gazetteers {
        maps.add_plain_gazetteer(gazetteer);
    }
    for (rank, word) in text_lines(wordfreq).enumerate() {
        maps.add_word(word, rank_class(rank));
    }
    maps.finish()
}

/// [`maps`] of the shipped lists as [`super::packed`] writes them (`gazetteers` and
/// `wordfreq`), with more gazetteer lines in the plain form (the head words).
pub fn packed_maps(gazetteers: &str, plain_gazetteers: &[&str], wordfreq: &str) -> Maps {
    let mut maps = Builder::new(gazetteers.len() / 10);
    packed::for_each_entry(gazetteers, |header, phrase| {
        if let Some(class) = header
            .strip_suffix('\t')
            .and_then(|h| CLASSES.iter().position(|k| *k == h))
        {
            maps.add_phrase(class, phrase);
        }
    });
    for gazetteer in plain_gazetteers {
        maps.add_plain_gazetteer(gazetteer);
    }
    packed::for_each_entry(wordfreq, |header, word| {
        if let Some(class) = packed::class_of_header(header) {
            maps.add_word(word, class);
        }
    });
    maps.finish()
}

/// The three maps as they fill, and a buffer for a phrase's normal form.
struct Builder {
    maps: Maps,
    phrase: String,
}

impl Builder {
    fn new(lines: usize) -> Builder {
        Builder {
            maps: Maps {
                words: HashMap::with_capacity_and_hasher(lines, HashBuild::default()),
                phrases: HashMap::default(),
                freq: HashMap::with_capacity_and_hasher(32_768, HashBuild::default()),
            },
            phrase: String::new(),
        }
    }

    /// A line is `CLASS<TAB>phrase`, or a phrase of the class that the last `CLASS<TAB>` line
    /// (no phrase) opened: the shipped gazetteers are in sections, the head words one a line.
    fn add_plain_gazetteer(&mut self, gazetteer: &str) {
        let mut section = None;
        for line in text_lines(gazetteer) {
            let (c, text) = match line.bytes().position(|b| b == b'\t') {
                Some(tab) => {
                    let (Some(class), Some(text)) = (line.get(..tab), line.get(tab + 1..)) else {
                        continue;
                    };
                    let class = CLASSES.iter().position(|k| *k == class);
                    if text.is_empty() {
                        section = class;
                        continue;
                    }
                    (class, text)
                }
                None => (section, line),
            };
            if let Some(c) = c {
                self.add_phrase(c, text);
            }
        }
    }

    /// Marks `text` (normalised) with class `c`, and each of its shorter prefixes as starting
    /// a longer phrase.
    fn add_phrase(&mut self, c: usize, text: &str) {
        let Maps { words, phrases, .. } = &mut self.maps;
        let phrase = &mut self.phrase;
        normalise_phrase_into(text, phrase);
        if phrase.is_empty() {
            return;
        }
        let mut spaces = phrase
            .bytes()
            .enumerate()
            .filter(|&(_, b)| b == b' ')
            .map(|(i, _)| i);
        let Some(first_space) = spaces.next() else {
            *words.entry(hash_str(phrase)).or_default() |= 1 << c;
            return;
        };
        *words
            .entry(hash_str(phrase.get(..first_space).unwrap_or("")))
            .or_default() |= STARTS_LONGER;
        for space in spaces {
            *phrases
                .entry(hash_str(phrase.get(..space).unwrap_or("")))
                .or_default() |= STARTS_LONGER;
        }
        *phrases.entry(hash_str(phrase)).or_default() |= 1 << c;
    }

    fn add_word(&mut self, word: &str, class: u8) {
        self.maps.freq.insert(hash_str(word), u16::from(class));
    }

    fn finish(self) -> Maps {
        self.maps
    }
}

/// The form phrases are matched in: tokens lower-cased and joined by single spaces.
/// Most gazetteer lines are ASCII words between single spaces, which the tokenizer leaves
/// whole: those are only lower-cased (start-up reads ~50,000 lines; the test
/// `fast_normalisation_matches_the_tokenizer` checks every shipped line both ways).
pub(super) fn normalise_phrase_into(phrase: &str, out: &mut String) {
    out.clear();
    if is_plain_phrase(phrase) {
        out.push_str(phrase);
        out.make_ascii_lowercase();
    } else {
        out.push_str(&normalise_phrase_tokenized(phrase));
    }
}

#[cfg(test)]
pub(super) fn normalise_phrase(phrase: &str) -> String {
    let mut out = String::new();
    normalise_phrase_into(phrase, &mut out);
    out
}

/// ASCII letters in words separated by single spaces, with no space at either end.
pub(super) fn is_plain_phrase(phrase: &str) -> bool {
    let b = phrase.as_bytes();
    !b.is_empty()
        && b.iter().all(|&c| c.is_ascii_alphabetic() || c == b' ')
        && !b.starts_with(b" ")
        && !b.ends_with(b" ")
        && !b.windows(2).any(|w| w == b"  ")
}

pub(super) fn normalise_phrase_tokenized(phrase: &str) -> String {
    let mut out = String::with_capacity(phrase.len());
    for span in tokenizer::tokenize_flat(phrase).spans() {
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
    out
}

/// [`str::lines`] by a plain byte loop (start-up splits some 100,000 short lines).
pub(super) fn text_lines(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= bytes.len() {
            return None;
        }
        let rest = bytes.get(start..).unwrap_or(&[]);
        let (line_end, next) = match rest.iter().position(|&b| b == b'\n') {
            Some(i) => (start + i, start + i + 1),
            None => (bytes.len(), bytes.len()),
        };
        let line = text.get(start..line_end).unwrap_or("");
        let newline = next > line_end;
        start = next;
        // As `str::lines`: a carriage return is part of the line end only before a newline.
        Some(match line.strip_suffix('\r') {
            Some(l) if newline => l,
            _ => line,
        })
    })
}
