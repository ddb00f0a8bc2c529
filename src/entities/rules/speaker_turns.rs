//! A transcript's turns ("Daniel: Welcome back to the show.", "Q: Why Kenya?"): a colon is
//! never inside a name, and the frequent word that opens the turn after it is no name either.
//! The tagger read "Daniel: Welcome" as one person (branch ent42: podcasts and interviews).

use super::*;

/// Whether word `i` is a colon.
fn colon_at(text: &dyn Text, cl: &[Classes], i: usize) -> bool {
    i < cl.len() && class(cl, i) & MEANINGFUL == 0 && text.word(i) == ":"
}

/// Names are cut at a colon inside them; a piece right after the colon of one frequent word with
/// lower-case letters ([`COMMON`] or [`TOP_WORD`]: "Welcome", "So"; no listed place, group or
/// first name), or of no letter ("CPN : 11/01"), is dropped. Only names of three words or more
/// are read: a colon is a word of its own.
pub(super) fn speaker_turns(text: &dyn Text, cl: &[Classes], out: &mut Vec<Named>) {
    if !out
        .iter()
        .any(|m| m.end - m.start >= 3 && (m.start + 1..m.end - 1).any(|i| colon_at(text, cl, i)))
    {
        return;
    }
    const KEPT: Classes = PLACE_OR_GROUP | FIRST_NAME;
    let mut kept = Vec::with_capacity(out.len() + 2);
    for m in out.drain(..) {
        let mut from = m.start;
        for i in m.start..=m.end {
            if i == m.end || colon_at(text, cl, i) {
                let after_colon = from > m.start;
                let c = class(cl, from);
                let dropped = after_colon
                    && ((i == from + 1
                        && c & (HAS_LOWER | KEPT) == HAS_LOWER
                        && c & (COMMON | TOP_WORD) != 0)
                        || (from..i).all(|j| !has(cl, j, HAS_ALPHA)));
                if from < i && !dropped {
                    kept.push(Named {
                        start: from,
                        end: i,
                        ..m
                    });
                }
                from = i + 1;
            }
        }
    }
    *out = kept;
}
