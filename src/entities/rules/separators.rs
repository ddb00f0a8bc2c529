//! Names on a page's menu lines and trails ("News | Sport | Weather", "Home > Sport >
//! Football"): a mark that separates menu items is never inside a name, and a frequent word
//! alone beside one is an item's label, not a name. Pasted pages bring such lines; the tagger
//! reads them as a headline's capitalised words.

use super::cue_words::SEPARATOR;
use super::*;

/// Whether word `i` is a separator ([`SEPARATOR`]'s marks): a word without letters or digits,
/// then its text.
fn separator_at(text: &dyn Text, cl: &[Classes], i: usize) -> bool {
    i < cl.len() && class(cl, i) & MEANINGFUL == 0 && cue_words::of(text.word(i)) & SEPARATOR != 0
}

/// Names are cut at the separators inside them, and a one-word name of a frequent word with
/// lower-case letters ([`COMMON`]: "Sport", not "BBC") beside a separator is dropped. Only
/// sentences holding a separator (`cues`: the union of their words' cue bits) are read.
pub(super) fn menu_separators(text: &dyn Text, cl: &[Classes], cues: Cues, out: &mut Vec<Named>) {
    if cues & SEPARATOR == 0 {
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
