//! Companies of the major stock indices named alone ("He joined IBM in 1990", "worked for
//! Apple and Microsoft", "Google and Apple are rivals"; Google itself is not listed, its group
//! is: "Alphabet"): the tagger learned from
//! 1996 news that names none of today's, and no gazetteer lists companies. The one-word names
//! of `generated/entities/companies.txt` (`scripts/companies/build.py`, from `pytickersymbols`)
//! are organisations where they stand alone: a capitalised word no name covers is added as ORG,
//! a one-word name typed otherwise below [`WEIGHT_SURE`] is retyped ORG. A name that is also a
//! frequent English word ("Next", "Shell", "Target", "Apple") counts only inside a sentence of
//! running text, not opening it ("Next week", "Apple pie") nor in a Title Case line. A listed
//! first name or place is left to the tagger; a word inside a longer capitalised run is part of
//! another name ("Apple Hospitality", "Fox News").

use std::sync::OnceLock;

use super::cue_words::{LISTED_COMPANY, PLANET, SPACE};
use super::*;
use crate::entities::features::hash_unmixed;

/// The listed companies' one-word names, one a line.
const COMPANIES: &str = include_str!("../../../generated/entities/companies.txt");

/// Frequency classes ([`Lexicon::freq_class`]) of a name that is also a common English word:
/// the 5,000 most frequent words ("next", "shell", "target", "apple", "microsoft").
const COMMON_CLASS: u8 = 2;

/// The names, built once. The file is sorted and of ASCII names (the build script writes it so;
/// a test checks it), so no sort is compiled in.
pub(super) fn names() -> &'static [&'static str] {
    static NAMES: OnceLock<Vec<&'static str>> = OnceLock::new();
    NAMES.get_or_init(|| COMPANIES.lines().filter(|l| !l.is_empty()).collect())
}

/// Bits of [`FILTER`]: a name's bit is the top bits of [`hash_unmixed`] of it.
const FILTER_BITS: u32 = 14;

/// The longest listed name (a test checks the file against it).
const LONGEST: usize = 16;

/// A filter of the names by their hashes (2 KB, built once): a word whose bit is clear is no
/// listed name. ~5 % of other words pass it and are searched for; a binary search of every
/// capitalised word (~10 string compares) cost ~2 M instructions on CoNLL dev's 9,900 words.
fn filter() -> &'static [u64] {
    static FILTER: OnceLock<Vec<u64>> = OnceLock::new();
    FILTER.get_or_init(|| {
        let mut bits = vec![0u64; (1 << FILTER_BITS) / 64];
        for name in names() {
            let at = filter_bit(name.as_bytes());
            if let Some(b) = bits.get_mut(at / 64) {
                *b |= 1 << (at % 64);
            }
        }
        bits
    })
}

/// A word's bit in [`filter`].
fn filter_bit(w: &[u8]) -> usize {
    (hash_unmixed(w) >> (64 - FILTER_BITS)) as usize
}

/// Whether `w` is a listed company's one-word name.
pub(super) fn is_listed_company(w: &str) -> bool {
    let at = filter_bit(w.as_bytes());
    w.len() <= LONGEST
        && filter()
            .get(at / 64)
            .is_some_and(|&b| b & (1 << (at % 64)) != 0)
        && names().binary_search(&w).is_ok()
}

/// Whether [`listed_companies`] or [`planets`] (the rules after it, which read the same
/// sentences) could add a name to a sentence where no name was found yet: the gate of a
/// sentence the tagger found no name in and [`may_find_alone`] turned down, which only
/// these two rules could name then (and only when a listed company's name is among its words,
/// `cue_union`). [`listed_companies`] adds a word where it would find one with `out` empty.
pub fn may_name_listed(
    lex: &Lexicon,
    text: &dyn Text,
    cl: &[Classes],
    cue_union: Cues,
    mode: CaseMode,
) -> bool {
    if cue_union & LISTED_COMPANY == 0 {
        return false;
    }
    if cue_union & (PLANET | SPACE) == PLANET | SPACE {
        return true;
    }
    if mode == CaseMode::AllCaps {
        return false;
    }
    let mut from = 0;
    while let Some(i) = next_with(cl, from, CAPITALISED | HAS_ALPHA, CAPITALISED | HAS_ALPHA) {
        from = i + 1;
        if has(cl, i, NOT_A_COMPANY) || !stands_alone(cl, i) {
            continue;
        }
        let w = text.word(i);
        if !is_listed_company(w) {
            continue;
        }
        let common = lex.freq_class(&w.to_ascii_lowercase()) <= COMMON_CLASS;
        if !(common && (i == 0 || mode != CaseMode::Normal || has(cl, i - 1, CAPITALISED))) {
            return true;
        }
    }
    false
}

/// Classes a listed company's word may not have: a first name, a listed place or group, a word
/// never a name.
const NOT_A_COMPANY: Classes = FIRST_NAME | PLACE_OR_GROUP | NON_NAME | MONTH | WEEKDAY;

/// Listed companies standing alone are organisations (see the module's note). Only a sentence
/// with a listed name among its words' cues (`cue_union`, made once a distinct word) is read.
pub(super) fn listed_companies(
    lex: &Lexicon,
    text: &dyn Text,
    cl: &[Classes],
    cue_union: Cues,
    mode: CaseMode,
    out: &mut Vec<Named>,
) {
    if cue_union & LISTED_COMPANY == 0 || mode == CaseMode::AllCaps {
        return;
    }
    let mut added = false;
    let mut from = 0;
    while let Some(i) = next_with(cl, from, CAPITALISED | HAS_ALPHA, CAPITALISED | HAS_ALPHA) {
        from = i + 1;
        if has(cl, i, NOT_A_COMPANY) || !stands_alone(cl, i) {
            continue;
        }
        let k = covering(out, i);
        if let Some(k) = k {
            let m = &out[k];
            if m.end != m.start + 1 || m.kind == ORG || m.weight >= WEIGHT_SURE {
                continue;
            }
        }
        let w = text.word(i);
        if !is_listed_company(w) {
            continue;
        }
        let common = lex.freq_class(&w.to_ascii_lowercase()) <= COMMON_CLASS;
        if common && (i == 0 || mode != CaseMode::Normal || has(cl, i - 1, CAPITALISED)) {
            continue;
        }
        match k {
            Some(k) => out[k].kind = ORG,
            None => {
                out.push(Named::word(i, ORG, WEIGHT_SINGLE));
                added = true;
            }
        }
    }
    if added {
        normalise(out);
    }
}
