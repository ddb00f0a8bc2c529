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
    if w.len() > LONGEST {
        return false;
    }
    let at = filter_bit(w.as_bytes());
    filter()
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
        if may_stand_for_company(cl, i) && reads_as_listed(lex, text, cl, mode, i) {
            return true;
        }
    }
    false
}

/// Whether capitalised word `i` may be a listed company's name by its classes: none that no
/// company has (a listed first name may still be one, [`reads_as_listed`]), and standing alone.
fn may_stand_for_company(cl: &[Classes], i: usize) -> bool {
    !has(cl, i, NOT_A_COMPANY & !FIRST_NAME) && stands_alone(cl, i)
}

/// Whether word `i` ([`may_stand_for_company`]) is read as a listed company where no name
/// covers it: listed; a listed first name ("Aviva", "Shell") only as the subject of a verb of
/// saying or a modal verb whose first pronoun is "it" or "its" ("Aviva said it had …", "Shell
/// will report its results"); a common word only
/// inside running text or as the subject of a verb of saying.
fn reads_as_listed(
    lex: &Lexicon,
    text: &dyn Text,
    cl: &[Classes],
    mode: CaseMode,
    i: usize,
) -> bool {
    // The verb is asked first, the pronoun once the name is found listed.
    let first_name = has(cl, i, FIRST_NAME);
    if first_name && !acts(text, cl, mode, i) {
        return false;
    }
    let w = text.word(i);
    if !is_listed_company(w) {
        return false;
    }
    if first_name && !says_of_itself(text, cl, mode, i) {
        return false;
    }
    let common = lex.freq_class(&w.to_ascii_lowercase()) <= COMMON_CLASS;
    !(common
        && (i == 0 || mode != CaseMode::Normal || has(cl, i - 1, CAPITALISED))
        && !(first_name || reports(text, cl, mode, i)))
}

/// Classes a listed company's word may not have: a first name, a listed place or group, a word
/// never a name.
const NOT_A_COMPANY: Classes = FIRST_NAME | PLACE_OR_GROUP | NON_NAME | MONTH | WEEKDAY;

/// Whether word `i` opens a clause of running text as the subject of a verb of saying
/// ("Microsoft said on Monday …"): the next word is one ([`is_report_verb`]) and the word is at
/// the sentence's start or after a lower-case word or punctuation. A common word opening a
/// sentence is a company then: wordfreq is case-blind, and "Apple said" is no fruit.
fn reports(text: &dyn Text, cl: &[Classes], mode: CaseMode, i: usize) -> bool {
    mode == CaseMode::Normal
        && (i == 0 || !has(cl, i - 1, CAPITALISED))
        && is_report_verb(text.word(i + 1))
}

/// Whether word `i` [`reports`], or opens a clause the same way before a modal verb ("Next week
/// Shell will report its results", branch ent40: Shell is a listed first name too).
fn acts(text: &dyn Text, cl: &[Classes], mode: CaseMode, i: usize) -> bool {
    reports(text, cl, mode, i)
        || (mode == CaseMode::Normal
            && (i == 0 || !has(cl, i - 1, CAPITALISED))
            && matches!(
                text.word(i + 1),
                "will" | "would" | "could" | "should" | "may" | "might" | "can" | "plans"
            ))
}

/// Most words after the verb searched for the subject's pronoun.
const PRONOUN_WINDOW: usize = 8;

/// Whether word `i` [`acts`] and the first pronoun within [`PRONOUN_WINDOW`] words after the
/// verb is "it" or "its" (not a personal one): "Aviva said it had received 11,000 claims", not
/// "Rogers said he would stay" (a listed first name or surname of a person).
fn says_of_itself(text: &dyn Text, cl: &[Classes], mode: CaseMode, i: usize) -> bool {
    if !acts(text, cl, mode, i) {
        return false;
    }
    (i + 2..(i + 2 + PRONOUN_WINDOW).min(cl.len()))
        .map(|j| text.word(j))
        .find(|w| matches!(*w, "it" | "its") || is_personal_pronoun(w))
        .is_some_and(|w| matches!(w, "it" | "its"))
}

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
        if !may_stand_for_company(cl, i) {
            continue;
        }
        let k = covering(out, i);
        if let Some(k) = k {
            let m = &out[k];
            if m.end != m.start + 1 || m.kind == ORG || m.weight >= WEIGHT_SURE {
                continue;
            }
        }
        if !reads_as_listed(lex, text, cl, mode, i) {
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
