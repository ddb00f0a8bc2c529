//! Names on a page's menu lines ("News | Sport | Weather", "Business | Technology"): a mark
//! that separates menu items is never inside a name, and a frequent word alone beside one is
//! an item's label, not a name. Pasted pages bring such lines; the tagger reads them as a
//! headline's capitalised words.

use super::*;

/// The marks that separate items of a menu or a trail of sections.
fn is_separator(w: &str) -> bool {
    matches!(w, "|" | "¦" | "•" | "·" | "»" | "›")
}

/// Whether word `i` is a separator: a word without letters or digits, then its text.
fn separator_at(text: &dyn Text, cl: &[Classes], i: usize) -> bool {
    i < cl.len() && class(cl, i) & MEANINGFUL == 0 && is_separator(text.word(i))
}

/// Names are cut at the separators inside them, and a one-word name of a frequent word with
/// lower-case letters ([`COMMON`]: "Sport", not "BBC") beside a separator is dropped. A name is read only where a word without
/// letters or digits touches it or sits inside it.
pub(super) fn menu_separators(text: &dyn Text, cl: &[Classes], out: &mut Vec<Named>) {
    let touches =
        |m: &Named| (m.start.saturating_sub(1)..=m.end).any(|i| separator_at(text, cl, i));
    if !out.iter().any(touches) {
        return;
    }
    let mut kept = Vec::with_capacity(out.len() + 2);
    for m in out.drain(..) {
        let mut from = m.start;
        for i in m.start..=m.end {
            if i == m.end || separator_at(text, cl, i) {
                if from < i {
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
    kept.retain(|m| {
        !(m.end - m.start == 1
            && class(cl, m.start) & (COMMON | HAS_LOWER) == COMMON | HAS_LOWER
            && ((m.start > 0 && separator_at(text, cl, m.start - 1))
                || separator_at(text, cl, m.end)))
    });
    *out = kept;
}
