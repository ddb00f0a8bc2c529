//! A name the tagger typed a person right after a verb or noun of travel and "to" ("moved to
//! Persia", "flights to Tarbela") is a place (branch gum38). CoNLL-2003 train holds 71 LOC
//! names after such a word and "to", and no PER: people are given, sent and said things "to"
//! ("a letter to Byron", "awarded to Dvořák"), but nobody travels to one. Travel guides name
//! small places the tagger has never seen, and it takes many of them for people.

use super::*;

/// A word of travel before "to", as written: moving, flying, fleeing, sailing, driving,
/// returning. "go"/"went" are left out ("the title went to Hingis"), and so are "sent",
/// "passed" and "given" (a thing handed to someone).
fn is_motion_word(w: &str) -> bool {
    matches!(
        w,
        "move"
            | "moved"
            | "moves"
            | "moving"
            | "relocate"
            | "relocated"
            | "emigrate"
            | "emigrated"
            | "migrate"
            | "migrated"
            | "travel"
            | "travels"
            | "travelled"
            | "traveled"
            | "travelling"
            | "traveling"
            | "fly"
            | "flew"
            | "flies"
            | "flying"
            | "flight"
            | "flights"
            | "trip"
            | "trips"
            | "journey"
            | "journeyed"
            | "drive"
            | "drove"
            | "driving"
            | "sail"
            | "sailed"
            | "sailing"
            | "fled"
            | "flee"
            | "fleeing"
            | "returned"
            | "returning"
            | "deported"
            | "exiled"
    )
}

/// A name typed PER of one to three words, its first no listed first name and no possessive
/// after it, right after "to" and a word of travel ([`is_motion_word`]) is LOC at
/// [`WEIGHT_SURE`]: the text's other mentions follow it, as the tagger's type for an unknown
/// place is the same guess each time. "to" is told by its two bytes before it is read, and
/// the word of travel read only then.
pub(super) fn motion_places(text: &dyn Text, cl: &[Classes], out: &mut [Named]) {
    for m in out.iter_mut() {
        if m.kind != PER
            || m.start < 2
            || m.end - m.start > 3
            || m.weight >= WEIGHT_SURE
            || has(cl, m.start, FIRST_NAME)
            || has(cl, m.end, POSSESSIVE)
            || text.range(m.start - 1).is_none_or(|r| r.len() != 2)
            || text.word(m.start - 1) != "to"
            || !is_motion_word(text.word(m.start - 2))
        {
            continue;
        }
        m.kind = LOC;
        m.weight = WEIGHT_SURE;
    }
}
