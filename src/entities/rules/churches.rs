//! Churches as bodies (branch ent39): "the Methodist Church said", "the Church of England
//! voted". A building's head word makes "… Church" a place (`buildings.rs`, as GUM marks a
//! church), but a listed group word before it names a denomination ("Methodist", "Catholic",
//! "Anglican"), and "Church of" before a listed place one ("Church of Scotland"): organisations
//! ([`WEIGHT_SURE`]). A longer name ("St Mary's Catholic Church") stays the building.

use super::*;

/// Denominations and national churches named as bodies are organisations (see the module's
/// note). Only sentences with a listed group or place word and a facility's head word
/// ("Church" is one) are read, and only the capitalised head words' words.
pub(super) fn churches(text: &dyn Text, cl: &[Classes], union: Classes, out: &mut Vec<Named>) {
    const HEAD: Classes = FACILITY_HEAD | CAPITALISED;
    if union & (GROUP_WORD | PLACE_WORD) == 0 || union & HEAD != HEAD {
        return;
    }
    let mut changed = false;
    let mut from = 0;
    while let Some(i) = next_with(cl, from, HEAD, HEAD) {
        from = i + 1;
        if text.word(i) != "Church" {
            continue;
        }
        // "Methodist Church": a group word right before, no capitalised word before that.
        let (start, end) = if i > 0
            && has(cl, i - 1, GROUP_WORD)
            && !(i > 1 && has(cl, i - 2, CAPITALISED) && !has(cl, i - 2, TOP_WORD))
            && !has(cl, i + 1, CAPITALISED)
            && text.word(i + 1) != "of"
        {
            (i - 1, i + 1)
        // "Church of England": a listed place of one word after "of", then no capitalised word.
        } else if text.word(i + 1) == "of"
            && has(cl, i + 2, PLACE_WORD)
            && has(cl, i + 2, CAPITALISED)
            && !has(cl, i + 3, CAPITALISED)
            && !(i > 0 && has(cl, i - 1, CAPITALISED) && !has(cl, i - 1, TOP_WORD))
        {
            (i, i + 3)
        } else {
            continue;
        };
        // Every name inside the span goes; none may reach out of it.
        if out
            .iter()
            .any(|m| m.start < end && m.end > start && (m.start < start || m.end > end))
        {
            continue;
        }
        out.retain(|m| m.end <= start || m.start >= end);
        out.push(Named {
            start,
            end,
            kind: ORG,
            weight: WEIGHT_SURE,
        });
        changed = true;
    }
    if changed {
        normalise(out);
    }
}
