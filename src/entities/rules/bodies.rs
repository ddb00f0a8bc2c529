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
    matches!(w, "England" | "Scotland" | "Wales" | "Britain" | "Ireland")
}

/// A British nation (the last word of a name typed LOC or MISC) after one or two capitalised
/// common words is a public body of that nation: "Natural England", "Historic Scotland",
/// "Public Health Wales" (ORG), whether the tagger put the words in the name or left them out.
/// Running text only; the first word is not the sentence's first (where any word is
/// capitalised), nor a compass word or an adjective of times and sizes ("Great Britain",
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
        if !matches!(m.kind, LOC | MISC) || last < 2 || last - s > 2 {
            continue;
        }
        let body_word = |i: usize| {
            i >= 1
                && class(cl, i) & (CAPITALISED | COMMON | PLACE_OR_GROUP) == CAPITALISED | COMMON
                && !opens_no_body(text.word(i))
        };
        // The body's words: those of the name before the country, else up to two free ones.
        let start = if s < last {
            if !(s..last).all(body_word) {
                continue;
            }
            s
        } else if s > free_from.max(1) && body_word(s - 1) {
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
