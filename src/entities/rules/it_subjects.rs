//! A one-word name the tagger typed as a person, followed by a verb of saying or a modal verb
//! whose subject's pronoun is "it" ("Maersk said it would wait", "Revolut said it now had 60
//! million users", "Nestlé said on Monday that it would cut jobs", "Gucci will open its first
//! shop"): a company the tagger read as a surname (branch ent41). [`subjects`]' rule reads
//! "its" after a verb of saying alone, [`WEIGHT_SURE`]; "it" is as often a person's object
//! ("Smith said it was a mistake"), so the name is retyped at [`WEIGHT_IT`] only: a person's
//! full name elsewhere in the text (a multi-word mention, [`WEIGHT_MULTI`]) outvotes it when
//! linked, and a lone mention keeps it.

use super::subjects::{is_personal_pronoun, is_report_verb};
use super::*;

/// The weight of a name retyped by "it": above one single-word mention, below a multi-word one.
const WEIGHT_IT: u32 = WEIGHT_SINGLE + 1;

/// Most words after the verb searched for the subject's pronoun.
const PRONOUN_WINDOW: usize = 8;

/// Modal verbs and verbs of intent after which the subject's pronoun is looked for too.
fn is_modal(w: &str) -> bool {
    matches!(
        w,
        "will" | "would" | "could" | "should" | "may" | "might" | "can" | "plans" | "expects"
    )
}

/// Whether the first pronoun from word `from` on (within [`PRONOUN_WINDOW`] words of a sentence
/// of `n`) is "it" or "its", before any personal one.
fn pronoun_is_it(text: &dyn Text, from: usize, n: usize) -> bool {
    (from..(from + PRONOUN_WINDOW).min(n))
        .map(|i| text.word(i))
        .find(|w| matches!(*w, "it" | "its") || is_personal_pronoun(w))
        .is_some_and(|w| matches!(w, "it" | "its"))
}

/// Retypes such names ORG (see the module's note). Running text only; only one-word names
/// typed PER (no listed first name, no title) have their next word read.
pub(super) fn it_subjects(text: &dyn Text, cl: &[Classes], mode: CaseMode, out: &mut [Named]) {
    if mode != CaseMode::Normal {
        return;
    }
    let n = cl.len();
    for m in out.iter_mut() {
        if m.kind != PER
            || m.end - m.start != 1
            || m.weight >= WEIGHT_SURE
            || has(cl, m.start, FIRST_NAME | HONORIFIC)
            || (m.start > 0 && has(cl, m.start - 1, CAPITALISED))
        {
            continue;
        }
        let next = text.word(m.end);
        if (is_report_verb(next) || is_modal(next)) && pronoun_is_it(text, m.end + 1, n) {
            m.kind = ORG;
            m.weight = WEIGHT_IT;
        }
    }
}
