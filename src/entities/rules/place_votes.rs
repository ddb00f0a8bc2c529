//! One-word places a whole text types as people or bodies (branch ent44): a travel guide's
//! town the tagger reads as PER (or, being a club's name too, ORG) in every sentence, each
//! mention one more vote for the wrong type. A mention whose words around it show a place
//! votes LOC at [`WEIGHT_PLACE_CUE`]; two such mentions make a name all of whose mentions are of
//! one word, none sure of another type, a place (`linking`): after "in"/"near"/"outside" (already LOC by `place_context`),
//! after a place's noun and "of" ("the population of X", "the streets of X"), before "is" and
//! a place's noun ("X is Poland's third largest city"), before a comma and a listed place
//! ("X, Palawan"). Not before a possessive, nor a pair of authors after "in"; one word no list has as a first name; a name
//! typed ORG only when it is a listed place ("the heart of Apple's plan" stays ORG).

use super::*;

/// A lower-case noun of a place's people or parts before "of" ("the population of X").
fn place_noun_of(w: &str) -> bool {
    matches!(
        w,
        "population"
            | "inhabitants"
            | "residents"
            | "dwellers"
            | "outskirts"
            | "streets"
            | "suburbs"
            | "centre"
            | "center"
            | "town"
            | "city"
            | "village"
            | "villages"
            | "port"
            | "municipality"
            | "mayor"
    )
}

/// A lower-case noun a place is defined by ("X is a town", "X is the largest city").
fn place_noun(w: &str) -> bool {
    matches!(
        w,
        "city"
            | "town"
            | "village"
            | "island"
            | "capital"
            | "port"
            | "municipality"
            | "province"
            | "county"
            | "district"
            | "suburb"
            | "borough"
            | "resort"
            | "center"
            | "centre"
    )
}

/// Whether the words after the name at `m` define it as a place: "is"/"was", at most five
/// words (letters or a possessive), a place's noun ([`place_noun`]), then no word that would
/// make the noun a modifier ("a city councillor": only punctuation, "of", "in", "on", "and",
/// "with", "that", "where", "which" may follow).
fn defined_as_place(text: &dyn Text, cl: &[Classes], m: &Named) -> bool {
    if !matches!(text.word(m.end), "is" | "was") {
        return false;
    }
    let n = cl.len();
    let mut i = m.end + 1;
    while i < n && i <= m.end + 6 {
        let w = text.word(i);
        if !has(cl, i, HAS_ALPHA) {
            return false;
        }
        if place_noun(w) {
            let after = class(cl, i + 1);
            return after & HAS_ALPHA == 0
                && !is_apostrophe(text, cl, i + 1)
                && !has(cl, i + 1, POSSESSIVE)
                || matches!(
                    text.word(i + 1),
                    "of" | "in" | "on" | "and" | "with" | "that" | "where" | "which"
                );
        }
        i += 1;
    }
    false
}

/// See the module's note.
pub(super) fn place_votes(lex: &Lexicon, text: &dyn Text, cl: &[Classes], out: &mut [Named]) {
    let n = cl.len();
    for m in out.iter_mut() {
        if m.end != m.start + 1
            || m.weight >= WEIGHT_PLACE_CUE
            || m.kind == LOC && m.start == 0
            || !matches!(m.kind, PER | ORG | LOC)
            || has(cl, m.end, POSSESSIVE)
            || is_apostrophe(text, cl, m.end)
            || has(cl, m.start, FIRST_NAME)
        {
            continue;
        }
        // A place after "in", "near", "outside" (`place_context` made it LOC); not a pair
        // of authors ("in Marsh and Tolland's study", "in Marsh & Tolland").
        let cue = m.kind == LOC
            && has(cl, m.start - 1, PLACE_PREPOSITION)
            && !matches!(text.word(m.end), "and" | "&" | "et")
            || m.start >= 2
                && has(cl, m.start - 1, OF_FOR)
                && text.word(m.start - 1) == "of"
                && place_noun_of(text.word(m.start - 2))
            || m.end < n && defined_as_place(text, cl, m)
            || m.kind == PER
                && m.end + 2 < n
                && text.word(m.end) == ","
                && class(cl, m.end + 1) & (CAPITALISED | PLACE_WORD) == CAPITALISED | PLACE_WORD
                && !has(cl, m.end + 2, CAPITALISED);
        if cue && (m.kind != ORG || listed_place(lex, text, cl, m)) {
            m.kind = LOC;
            m.weight = WEIGHT_PLACE_CUE;
        }
    }
}
