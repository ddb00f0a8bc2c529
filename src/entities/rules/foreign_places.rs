//! Places named by a word for a street, a square, a hotel, a refuge or a lake before their
//! name, in the languages travel guides quote ("Rua das Flores", "Calle Mayor", "Piazza
//! Navona", "Hotel Adlon", "Lago di Garda"): the tagger, trained on English news, read them as
//! people ("Rua das Flores" PER) or bodies ("Hotel Amigo" ORG), or left the first word out
//! (branch ent42).

use super::cue_words::{self, PLACE_OPENER};
use super::*;

/// Whether `w` opens a place's name ([`PLACE_OPENER`]'s words, in [`cue_words::WORDS`]).
fn opens_place(w: &str) -> bool {
    cue_words::listed(w.as_bytes()) & PLACE_OPENER != 0
}

/// Each name opening with such a word, or right after one no name covers (capitalised, the
/// sentence's first word or after a lower-case one), is a place ([`WEIGHT_SURE`]: a kind its
/// first word tells), the word taken in. A name of the whole words only: "Hotel" alone is none.
/// Only sentences holding such a word (`cues`, the union of their words' cue bits) are read.
pub(super) fn foreign_places(text: &dyn Text, cl: &[Classes], cues: Cues, out: &mut [Named]) {
    if cues & PLACE_OPENER == 0 {
        return;
    }
    for k in 0..out.len() {
        let (s, e) = (out[k].start, out[k].end);
        if e - s >= 2 && opens_place(text.word(s)) {
            out[k].kind = LOC;
            out[k].weight = out[k].weight.max(WEIGHT_SURE);
            continue;
        }
        let free_before = s >= 1 && (k == 0 || out[k - 1].end < s);
        if free_before
            && opens_place(text.word(s - 1))
            && (s == 1 || !has(cl, s - 2, CAPITALISED))
            && (s..e).all(|i| has(cl, i, CAPITALISED))
        {
            out[k].start = s - 1;
            out[k].kind = LOC;
            out[k].weight = out[k].weight.max(WEIGHT_SURE);
        }
    }
}
