//! Organisations made of common words around a place or a number (DESIGN.md, `entgen23`):
//! public bodies named "<common words> <nation>" ("Natural England", "Historic Scotland",
//! "Sport Wales") and broadcasters' numbered channels ("Channel 4", "Channel Five").

use super::*;

/// Capitalised words that never open a public body's name before a country: compass words
/// ("North Korea", "Northern Ireland" are places), and the adjectives of old or remembered
/// countries ("Great Britain", "New England", "Old England", "Greater Manchester").
fn opens_no_body(w: &str) -> bool {
    matches!(
        w,
        "North"
            | "South"
            | "East"
            | "West"
            | "Northern"
            | "Southern"
            | "Eastern"
            | "Western"
            | "Central"
            | "Upper"
            | "Lower"
            | "Great"
            | "Greater"
            | "Little"
            | "New"
            | "Old"
            | "Modern"
            | "Medieval"
            | "Ancient"
            | "Rural"
            | "Urban"
            | "All"
            | "In"
            | "The"
    )
}

/// The nations whose public bodies are named "<common words> <nation>" (a British
/// convention: "Natural England", "Historic Scotland", "Sport Wales", "Visit Britain"); other
/// countries after a common word are mostly eras ("Classical Greece", "Imperial Russia").
pub(super) fn is_uk_nation(w: &str) -> bool {
    // "UK" (ent32): "Water UK", "Energy UK", "Universities UK".
    matches!(
        w,
        "England" | "Scotland" | "Wales" | "Britain" | "Ireland" | "UK"
    )
}

/// Whether word `i`, after a name that opens its sentence, is a verb a body's name takes there
/// ("Historic England has added …", "Sport Wales said", "Visit Britain warns"): a lower-case
/// word of saying or having, or a present verb's "s" ending (ent32).
fn body_verb_after(text: &dyn Text, cl: &[Classes], i: usize) -> bool {
    class(cl, i) & (HAS_LOWER | CAPITALISED) == HAS_LOWER && {
        let w = text.word(i);
        matches!(
            w,
            "said" | "has" | "have" | "told" | "warned" | "announced" | "added"
        ) || w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us")
    }
}

/// A British nation (the last word of a name typed LOC, MISC or PER) after one or two capitalised
/// common words is a public body of that nation: "Natural England", "Historic Scotland",
/// "Public Health Wales" (ORG), whether the tagger put the words in the name or left them out.
/// Running text only; the first word is not the sentence's first (where any word is
/// capitalised) unless a body's verb follows ([`body_verb_after`], ent32), nor a compass word or an adjective of times and sizes ("Great Britain",
/// "Medieval England"); a name that is a listed place as a whole ("New England") stays.
/// `union` is the union of the sentence's classes: without a [`UK_NATION`] word no name is read.
pub(super) fn national_bodies(
    lex: &Lexicon,
    text: &dyn Text,
    cl: &[Classes],
    union: Classes,
    mode: CaseMode,
    out: &mut [Named],
) {
    if mode != CaseMode::Normal || union & UK_NATION == 0 {
        return;
    }
    let mut prev_end = 0;
    for m in out.iter_mut() {
        let (s, last) = (m.start, m.end - 1);
        let free_from = prev_end;
        prev_end = m.end;
        // A name typed a person ("Sport England", ent32) is read too; the sentence's first word
        // opens a body only before a body's verb ([`body_verb_after`]).
        if !matches!(m.kind, LOC | MISC | PER) || last < 1 || last - s > 2 {
            continue;
        }
        let opening = s <= 1 && body_verb_after(text, cl, m.end);
        let body_word = |i: usize| {
            (i >= 1 || opening)
                && class(cl, i) & (CAPITALISED | COMMON | PLACE_OR_GROUP | FIRST_NAME)
                    == CAPITALISED | COMMON
                && !opens_no_body(text.word(i))
        };
        // The body's words: those of the name before the country, else up to two free ones.
        let start = if s < last {
            if !(s..last).all(body_word) {
                continue;
            }
            s
        } else if s > free_from && (s > 1 || opening) && body_word(s - 1) {
            if s >= 2 + free_from && body_word(s - 2) {
                s - 2
            } else {
                s - 1
            }
        } else {
            continue;
        };
        if !has(cl, last, UK_NATION) || s < last && listed_place(lex, text, cl, m) {
            continue;
        }
        m.start = start;
        m.kind = ORG;
        m.weight = WEIGHT_SURE;
    }
}

/// Number words a broadcaster's channel is named by ("Channel Five").
fn is_channel_number(w: &str) -> bool {
    matches!(
        w,
        "One" | "Two" | "Three" | "Four" | "Five" | "Six" | "Seven" | "Eight" | "Nine" | "Ten"
    ) || (1..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit())
}

/// "Channel" and a number is a broadcaster ("Channel 4", "Channel Five", "Channel 9"), an
/// organisation whatever the tagger typed; a name that goes on past it ("Channel 4 News") is
/// left to the tagger.
/// `union` is the union of the sentence's classes: without "Channel" no word is walked.
pub(super) fn channel_numbers(
    text: &dyn Text,
    cl: &[Classes],
    union: Classes,
    out: &mut Vec<Named>,
) {
    if union & CHANNEL_WORD == 0 {
        return;
    }
    let n = cl.len();
    let mut changed = false;
    for i in 0..n.saturating_sub(1) {
        // Class tests first: reading a word costs more than testing its class.
        if !has(cl, i, CHANNEL_WORD)
            || !(digits_number(cl, i + 1) || has(cl, i + 1, CAPITALISED))
            || !is_channel_number(text.word(i + 1))
        {
            continue;
        }
        // The word after must not go on with the name ("Channel 4 News", "Channel 4 200").
        if has(cl, i + 2, CAPITALISED) || digits_number(cl, i + 2) {
            continue;
        }
        changed |= put_sure(out, i, i + 2, ORG);
    }
    if changed {
        normalise(out);
    }
}
