//! Two bodies with one head word joined by "and" (branch ent34): "Cambridge Water and South
//! Staffs Water", "Lloyds Bank and Metro Bank". The tagger reads the run as one name; the same
//! capitalised word ending both halves shows two.

use super::*;

/// A name of five words or more holding "and" whose word before it is the name's last word,
/// capitalised, with at least two words on each side, is cut into the two names around the
/// "and" (same type and weight). Only sentences holding "and" (`union`) are read.
pub(super) fn twin_heads(text: &dyn Text, cl: &[Classes], union: Classes, out: &mut Vec<Named>) {
    if union & AND_EXACT == 0 {
        return;
    }
    let mut extra = Vec::new();
    for m in out.iter_mut() {
        if m.end < m.start + 5 || !has(cl, m.end - 1, CAPITALISED) {
            continue;
        }
        let last = text.word(m.end - 1);
        let cut = (m.start + 2..m.end - 2).find(|&j| {
            has(cl, j, AND_EXACT) && has(cl, j + 1, CAPITALISED) && text.word(j - 1) == last
        });
        if let Some(j) = cut {
            extra.push(Named {
                start: j + 1,
                end: m.end,
                kind: m.kind,
                weight: m.weight,
            });
            m.end = j;
        }
    }
    if !extra.is_empty() {
        out.extend(extra);
        normalise(out);
    }
}
