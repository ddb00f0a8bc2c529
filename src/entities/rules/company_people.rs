//! Companies whose names read as people's (branch ent32): "Calder Forge chief executive",
//! "Calder Forge's board". The tagger types a two- or three-word name of uncommon capitalised
//! words as a person's; a company's role or what only a company owns after it shows the
//! company ([`super::brands`] reads such cues after one-word names only).

use super::cue_words::{COMPANY_ROLE, OWNED_THING};
use super::*;

/// Whether word `i` is a company's role that is not someone else's ("chief executive of
/// Acme": the person's job at another company).
fn role_of_this_name(text: &dyn Text, i: usize) -> bool {
    is_company_role(text, i) && {
        // "chief executive" is two words; a role word is one.
        let after = if text.word(i) == "chief" {
            i + 2
        } else {
            i + 1
        };
        !matches!(text.word(after), "of" | "at")
    }
}

/// A name of two or three words typed a person, a place or MISC, before a company's role
/// ("Calder Forge chief executive Morwenna Tite", "Calder Forge founder") or before "'s" and
/// what only a company owns ("Calder Forge's chief executive", "… board", "… profits"), is a
/// company ([`WEIGHT_SURE`]). Not after a title; a name opening with a listed first name
/// ("Calder" is one) only before its chief executive or chairman, with or without "'s"
/// ("Ruth Kelly's board game" stays a person's), or its founder. Running text; only the word
/// after each such name is read, and only in a sentence that holds a role's or an owned
/// thing's word ([`COMPANY_ROLE`], [`OWNED_THING`]).
pub(super) fn people_named_companies(
    text: &dyn Text,
    cl: &[Classes],
    cue_union: Cues,
    mode: CaseMode,
    out: &mut [Named],
) {
    if mode != CaseMode::Normal || cue_union & (COMPANY_ROLE | OWNED_THING) == 0 {
        return;
    }
    for m in out.iter_mut() {
        let len = m.end - m.start;
        if !(2..=3).contains(&len)
            || !matches!(m.kind, PER | LOC | MISC)
            || m.weight == WEIGHT_SURE
            || (m.start > 0 && has(cl, m.start - 1, HONORIFIC | TITLE_MODIFIER))
            || !(m.start..m.end).all(|i| has(cl, i, CAPITALISED))
        {
            continue;
        }
        let next = class(cl, m.end);
        let first_name = has(cl, m.start, FIRST_NAME);
        let company = if next & POSSESSIVE != 0 {
            class(cl, m.end + 1) & (HAS_LOWER | CAPITALISED) == HAS_LOWER
                && owned_by_company(text, m.end + 1)
                // A person owns sales and a board game; not a chief executive or a chairman.
                && (!first_name || matches!(text.word(m.end + 1), "chief" | "chairman" | "chairwoman"))
        } else {
            next & (HAS_LOWER | CAPITALISED) == HAS_LOWER
                && role_of_this_name(text, m.end)
                && (!first_name || matches!(text.word(m.end), "chief" | "founder"))
        };
        // A listed place before a role is the place's firm or team ("Leeds chairman"): kept.
        if company && !(m.kind == LOC && has(cl, m.start, PLACE_WORD)) {
            m.kind = ORG;
            m.weight = WEIGHT_SURE;
        }
    }
}
