//! One walk over the names for branch ent36's repairs, which each read a name by its type and
//! the words around it: names someone owns ([`owned_at`]), names before a team's role and a
//! person or before "party" ([`role_at`]), institutions named after a person
//! ([`institution_at`]), places listed with "The" ([`the_place_at`]). Four walks cost ~3
//! instructions a byte of news (~15 instructions a name each); one costs a quarter of that.

use super::*;

/// The ent36 repairs over the sentence's names: PER names are read by [`owned_at`],
/// [`role_at`] and (in running text with an organisation's head in the sentence, `union`)
/// [`institution_at`]; LOC names by [`role_at`]'s "party" and (with a capitalised "The" in the
/// sentence) [`the_place_at`].
pub(super) fn people_walk(
    lex: &Lexicon,
    text: &dyn Text,
    cl: &[Classes],
    union: Classes,
    mode: CaseMode,
    out: &mut Vec<Named>,
) {
    let heads = mode == CaseMode::Normal && union & ORG_HEAD != 0;
    // [`role_at`] reads a name only where a word in lower case, not among the most frequent,
    // comes right before a person's name (after two words) or right after the name: tested
    // here, where its call cost ~75 instructions a name of news.
    let lower = |i: usize| class(cl, i) & (HAS_LOWER | CAPITALISED | TOP_WORD) == HAS_LOWER;
    let may_role = |out: &[Named], k: usize| {
        out.get(k)
            .is_some_and(|m| m.kind == PER && m.start >= 2 && lower(m.start - 1) || lower(m.end))
    };
    let the = union & THE_CAPITALISED != 0;
    let mut person_end = usize::MAX;
    let mut added = false;
    for k in 0..out.len() {
        let Some(kind) = out.get(k).map(|m| m.kind) else {
            break;
        };
        if kind == PER {
            owned_at(lex, text, cl, out, k, &mut person_end);
            if may_role(out, k) {
                added |= role_at(lex, text, cl, out, k);
            }
            if heads && out.get(k).is_some_and(|m| m.kind == PER) {
                institution_at(text, cl, out, k);
            }
        } else if kind == LOC {
            if may_role(out, k) {
                added |= role_at(lex, text, cl, out, k);
            }
            if the && out.get(k).is_some_and(|m| m.kind == LOC) {
                the_place_at(lex, text, cl, out, k);
            }
        }
    }
    if added {
        normalise_unsorted(out);
    }
}
