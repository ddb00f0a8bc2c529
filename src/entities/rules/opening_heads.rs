//! A body's or a building's head word alone opening a sentence (branch ent33): "Council leader
//! Raymond Bremner said", "Council to charge tourists", "Hotel owners said", "Police said" — a
//! common noun there, not a name.

use super::*;

/// The tagger's one-word name at the sentence's first word is dropped when the word is an
/// organisation's or facility's head (not a listed place, group word or first name; written
/// with lower case: an acronym stays) and the next word is in lower case. A name of more words
/// ("Council of Europe", "Bank of Ruritania") is another thing. Only the first word's classes
/// are read.
pub(super) fn opening_heads(cl: &[Classes], out: &mut Vec<Named>) {
    let Some(first) = out.first() else {
        return;
    };
    if first.start != 0 || first.end != 1 {
        return;
    }
    let c = class(cl, 0);
    let next = class(cl, 1);
    if c & (ORG_HEAD | FACILITY_HEAD) != 0
        && c & (PLACE_OR_GROUP | FIRST_NAME) == 0
        && c & HAS_LOWER != 0
        && next & (HAS_LOWER | CAPITALISED) == HAS_LOWER
    {
        out.remove(0);
    }
}
