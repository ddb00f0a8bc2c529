//! Buildings named by two words of a kind of building, or after a possessive (branch ent33): a
//! town's court building ("Leeds Crown Court", "Mold Magistrates' Court", "Paisley Sheriff
//! Court"), a centre that is a building ("Hollins Leisure Centre", "Queen's Medical Centre"), a
//! hospital named after a person ("Addenbrooke's Hospital"). Places, by DESIGN.md's convention
//! of buildings; "High Court", "Supreme Court", "Court of Appeal" and "Centre for …" stay bodies.
//! And a mountain whose "Mount" the tagger left out ("Mount Ruang").

use super::words::word_list;
use super::*;

/// The word before "Court" that makes it a town's court building, not a body.
fn is_court_kind(w: &str) -> bool {
    matches!(
        w,
        "Crown" | "Magistrates" | "Magistrates'" | "Magistrates’" | "Sheriff" | "County"
    )
}

/// The word before "Centre" that makes it a building, not a body ("Centre for Cities").
fn is_centre_kind(w: &str) -> bool {
    matches!(
        w,
        "Medical"
            | "Leisure"
            | "Shopping"
            | "Conference"
            | "Community"
            | "Sports"
            | "Arts"
            | "Exhibition"
            | "Visitor"
            | "Visitors"
            | "Detention"
            | "Heritage"
            | "Health"
            | "Cancer"
    )
}

word_list! {
BUILDING_CUE_WORDS;
/// The words [`buildings`] needs, one of which every building it finds holds but those after
/// "'s" ([`RULE_CUE`]): "Mount" before a mountain, a building pair's head.
pub(super) fn is_building_cue(w: impl AsRef<[u8]>) -> bool {
    fn of(b: &[u8]) -> bool {
        matches!(
            b,
            b"Mount" | b"Mt" | b"Mt." | b"Court" | b"Centre" | b"Center"
        )
    }
    of(w.as_ref())
}
}

/// Whether words `i` and `i + 1` are a building's kind and head ("Crown Court", "Leisure
/// Centre"), an apostrophe between allowed ("Magistrates" + "'" + "Court"): the index of the
/// head.
pub(super) fn building_pair(text: &dyn Text, i: usize) -> Option<usize> {
    let kind = text.word(i);
    let mut head = i + 1;
    if matches!(text.word(head), "'" | "’") {
        head += 1;
    }
    match text.word(head) {
        "Court" if is_court_kind(kind) => Some(head),
        "Centre" | "Center" if is_centre_kind(kind) => Some(head),
        _ => None,
    }
}

/// A name the tagger made of a town and a building's kind and head ("Leeds Crown Court" typed
/// ORG) is a place; one that stops before them ("Mold" + "Crown Court", typed apart or left
/// out) takes them in. A name of one or two words before "'s" and a building's head or pair
/// ("Addenbrooke" + "'s Hospital", "Kellan" + "'s Medical Centre") is one place with them; a
/// listed place or group word before "'s" is not ("Leeds's hospital" is the city's). Gated on
/// the sentence's names (no class marks "Centre"): a name's words are compared only after a
/// test of their classes (capitalised, a possessive).
pub(super) fn buildings(text: &dyn Text, cl: &[Classes], union: Classes, out: &mut Vec<Named>) {
    // Every change needs "Mount", "Court" or "Centre" ([`is_building_cue`]), or "'s" and a
    // facility's head.
    if union & RULE_CUE == 0 && union & (POSSESSIVE | FACILITY_HEAD) != POSSESSIVE | FACILITY_HEAD {
        return;
    }
    let mut changed = false;
    for k in 0..out.len() {
        let (start, end) = (out[k].start, out[k].end);
        // A name a rule before emptied waits for the final tidy.
        if out[k].kind == NORP || end <= start {
            continue;
        }
        // A mountain: "Mount" before a one-word name, which the tagger reads as a title
        // ("Mount" + `Ruang` typed PER).
        if end - start == 1
            && start > 0
            && has(cl, start - 1, CAPITALISED)
            && matches!(text.word(start - 1), "Mount" | "Mt" | "Mt.")
            && (k == 0 || out[k - 1].end < start)
        {
            let m = &mut out[k];
            m.start = start - 1;
            m.kind = LOC;
            m.weight = WEIGHT_SURE;
            continue;
        }
        // The name's own last words are a pair ("Leeds Crown Court") or "'s" and a head, which
        // a rule before may have joined as a company's ("Wenna" + "'s" + `Hospice`). Only
        // names of three words or more are read.
        let last = class(cl, end - 1);
        let inside = end - start >= 3
            && last & CAPITALISED != 0
            && (building_pair(text, end - 2) == Some(end - 1)
                || end - start >= 4 && building_pair(text, end - 3) == Some(end - 1)
                || has(cl, end - 2, POSSESSIVE) && last & FACILITY_HEAD != 0);
        // The pair, or "'s" and a head, right after the name; the words are read only after a
        // possessive or a capitalised word.
        let next = class(cl, end);
        let after = if next & POSSESSIVE != 0 {
            if end - start > 2 || last & PLACE_OR_GROUP != 0 {
                None
            } else if class(cl, end + 1) & (FACILITY_HEAD | CAPITALISED)
                == FACILITY_HEAD | CAPITALISED
                && !has(cl, end + 2, CAPITALISED)
            {
                Some(end + 1)
            } else {
                building_pair(text, end + 1)
            }
        } else if next & CAPITALISED != 0 && last & HONORIFIC == 0 {
            building_pair(text, end)
        } else {
            None
        };
        if inside {
            let m = &mut out[k];
            m.kind = LOC;
            m.weight = WEIGHT_SURE;
        } else if let Some(head) = after {
            // The words taken in are the tagger's next name's, or no name's.
            let next_ok = out
                .get(k + 1)
                .is_none_or(|n| n.start > head || n.start >= end && n.end <= head + 1);
            // Not a body named on ("Crown Court Service", "Community Centre for …").
            if !next_ok || has(cl, head + 1, CAPITALISED | OF_FOR) {
                continue;
            }
            let m = &mut out[k];
            m.end = head + 1;
            m.kind = LOC;
            m.weight = WEIGHT_SURE;
            changed = true;
        }
    }
    if changed {
        normalise(out);
    }
}
