//! A name of several words whose first word is a listed company's one-word name (and no given
//! name) is the company's division, service or product, never a person: "servers run by
//! Amazon Web Services", "Microsoft Azure", "Nvidia Research". The tagger, which learned from
//! 1996 news, reads such unknown pairs as a given name and a surname, or leaves the company's
//! word out and types the rest a person ("Microsoft [Azure]"). Retyped ORG, the word taken in.

use super::cue_words::LISTED_COMPANY;
use super::listed_companies::is_listed_company;
use super::*;

/// Whether word `i` may open such a name: a capitalised listed company's word, no given name
/// nor title.
fn opens(text: &dyn Text, cl: &[Classes], i: usize) -> bool {
    has(cl, i, CAPITALISED)
        && !has(cl, i, FIRST_NAME | HONORIFIC)
        && is_listed_company(text.word(i))
}

/// Retypes such names typed PER (below [`WEIGHT_SURE`]) ORG; a listed company's word right
/// before one, in no name, joins it. Only in a sentence holding a listed company's word
/// (`cue_union`).
pub(super) fn listed_firsts(text: &dyn Text, cl: &[Classes], cue_union: Cues, out: &mut [Named]) {
    if cue_union & LISTED_COMPANY == 0 {
        return;
    }
    let mut free_from = 0;
    for m in out.iter_mut() {
        let before_free = m.start > free_from;
        free_from = m.end;
        if m.kind != PER || m.weight >= WEIGHT_SURE {
            continue;
        }
        if m.end - m.start >= 2 && opens(text, cl, m.start) {
            m.kind = ORG;
        } else if before_free && m.start > 0 && opens(text, cl, m.start - 1) {
            m.start -= 1;
            m.kind = ORG;
            m.weight = m.weight.max(WEIGHT_MULTI);
        }
    }
}
