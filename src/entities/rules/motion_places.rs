//! A name the tagger typed a person right after a verb or noun of travel and "to" ("moved to
//! Persia", "flights to Tarbela") is a place (branch gum38). CoNLL-2003 train holds 71 LOC
//! names after such a word and "to", and no PER: people are given, sent and said things "to"
//! ("a letter to Byron", "awarded to Dvořák"), but nobody travels to one. Travel guides name
//! small places the tagger has never seen, and it takes many of them for people.

use super::*;

/// What a word before "to" says of the name after it.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Motion {
    /// No word of moving.
    Other,
    /// A word of travel: moving, flying, fleeing, sailing, driving, returning. What travels
    /// to a name is a person or a thing, and the name is a place ("moved to Persia", "flights
    /// to Tarbela").
    Travel,
    /// A word that moves a thing to a person as well as to a place: "the title went to
    /// Hingis", "a letter sent to Byron", "headed to Smith" (a ball). The name after it is a
    /// place only when it is a listed one (`places_reached`).
    Handing,
}

/// The word before "to", as written ([`Motion`]). One list for both rules that read it:
/// `motion_places` (a name typed PER: [`Motion::Travel`] only) and `places_reached` (a listed
/// place typed ORG: either).
pub(super) fn motion(w: &str) -> Motion {
    match w {
        "move" | "moved" | "moves" | "moving" | "relocate" | "relocated" | "emigrate"
        | "emigrated" | "migrate" | "migrated" | "travel" | "travels" | "travelled"
        | "traveled" | "travelling" | "traveling" | "fly" | "flew" | "flies" | "flying"
        | "flight" | "flights" | "trip" | "trips" | "journey" | "journeyed" | "drive" | "drove"
        | "driving" | "sail" | "sailed" | "sailing" | "fled" | "flee" | "fleeing" | "returned"
        | "returning" | "deported" | "exiled" => Motion::Travel,
        "went" | "headed" | "sent" => Motion::Handing,
        _ => Motion::Other,
    }
}

/// A name typed PER of one to three words, its first no listed first name and no possessive
/// after it, right after "to" and a word of travel ([`Motion::Travel`]) is LOC at
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
            || motion(text.word(m.start - 2)) != Motion::Travel
        {
            continue;
        }
        m.kind = LOC;
        m.weight = WEIGHT_SURE;
    }
}
