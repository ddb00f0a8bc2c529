//! A facility named with the place it stands in (branch ent35): "Bashair Teaching Hospital in
//! Khartoum", "Royal London Hospital in Whitechapel", "Queen's Medical Centre in Nottingham".
//! The tagger may read the run as one body; a facility's name ends at its head, and "in" opens
//! the place it stands in. Both are places, by DESIGN.md's convention of buildings.

use super::*;

/// Whether word `j` is a facility's last word: a facility head ("Hospital", "Stadium",
/// "Airport" …) or a building's pair's head ("Medical Centre", "Crown Court").
fn is_facility_end(text: &dyn Text, cl: &[Classes], j: usize) -> bool {
    let c = class(cl, j);
    c & CAPITALISED != 0
        && (c & FACILITY_HEAD != 0 || j > 0 && building_pair(text, j - 1) == Some(j))
}

/// A name of four words or more, not NORP, holding a facility's last word ([`is_facility_end`])
/// at its second word or later, then "in" and one to three capitalised words to the name's end,
/// is cut into the facility and the place, both LOC at full weight. A possessive or "of" right
/// after the head keeps the name whole ("Hospital of St Cross in …" is not cut: the head is
/// not the facility's end). Only sentences holding a facility head or a building cue and "in"
/// (`union`) are read.
pub(super) fn facilities_in(text: &dyn Text, cl: &[Classes], union: Classes, out: &mut Vec<Named>) {
    if union & PLACE_PREPOSITION == 0 || union & (FACILITY_HEAD | RULE_CUE) == 0 {
        return;
    }
    let mut extra = Vec::new();
    for m in out.iter_mut() {
        if m.kind == NORP || m.end < m.start + 4 {
            continue;
        }
        let cut = (m.start + 2..m.end - 1).find(|&j| {
            has(cl, j, PLACE_PREPOSITION)
                && text.word(j) == "in"
                && m.end - j <= 4
                && (j + 1..m.end).all(|i| has(cl, i, CAPITALISED))
                && is_facility_end(text, cl, j - 1)
        });
        if let Some(j) = cut {
            extra.push(Named {
                start: j + 1,
                end: m.end,
                kind: LOC,
                weight: WEIGHT_SURE,
            });
            m.end = j;
            m.kind = LOC;
            m.weight = WEIGHT_SURE;
        }
    }
    if !extra.is_empty() {
        out.extend(extra);
        normalise(out);
    }
}
