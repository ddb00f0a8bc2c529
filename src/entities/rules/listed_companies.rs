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

use super::cue_words::LISTED_COMPANY;
use super::*;

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

/// Whether `w` is a listed company's one-word name.
pub(super) fn is_listed_company(w: &str) -> bool {
    names().binary_search(&w).is_ok()
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

/// Most words after the verb searched for the subject's pronoun.
const PRONOUN_WINDOW: usize = 8;

/// Whether word `i` [`reports`] and the first pronoun within [`PRONOUN_WINDOW`] words after the
/// verb is "it" or "its" (not a personal one): "Aviva said it had received 11,000 claims", not
/// "Rogers said he would stay" (a listed first name or surname of a person).
fn says_of_itself(text: &dyn Text, cl: &[Classes], mode: CaseMode, i: usize) -> bool {
    if !reports(text, cl, mode, i) {
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
        if has(cl, i, NOT_A_COMPANY & !FIRST_NAME) || !stands_alone(cl, i) {
            continue;
        }
        // A listed first name ("Aviva", "Shell") is a company only as the subject of a verb of
        // saying whose first pronoun is "it" or "its" ("Aviva said it had …"): the verb is
        // asked first, the pronoun once the name is found listed.
        let first_name = has(cl, i, FIRST_NAME);
        if first_name && !reports(text, cl, mode, i) {
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
        if first_name && !says_of_itself(text, cl, mode, i) {
            continue;
        }
        let common = lex.freq_class(&w.to_ascii_lowercase()) <= COMMON_CLASS;
        if common
            && (i == 0 || mode != CaseMode::Normal || has(cl, i - 1, CAPITALISED))
            && !(first_name || reports(text, cl, mode, i))
        {
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
