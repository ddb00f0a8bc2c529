//! Companies named after their kind and a comma (branch ent34): "the state oil company,
//! Aramco, reported …", "its rival, Halvorsen, said …". The tagger types a short company's name
//! by its letters (a surname, a place); a lower-case kind of organisation ([`ORG_KIND`]: company,
//! firm, bank, maker, airline …) and a comma before it, and a comma after it, name what it is.

use super::*;

/// A name of one or two capitalised words the tagger typed a person or a place, between commas,
/// after a lower-case kind of organisation, is an organisation ([`WEIGHT_SURE`]); not one
/// opening with a listed first name or a title, nor a listed place ("the bank, London, …" is
/// no such sentence, but a listed place is more often a place than a company). Only sentences
/// holding a kind word (`union`) are read, and only names after a comma.
pub(super) fn appositions(
    lex: &Lexicon,
    text: &dyn Text,
    cl: &[Classes],
    union: Classes,
    out: &mut [Named],
) {
    if union & ORG_KIND == 0 {
        return;
    }
    const NEVER: Classes = FIRST_NAME | HONORIFIC | GROUP_WORD | NON_NAME;
    for m in out.iter_mut() {
        let len = m.end - m.start;
        if !matches!(m.kind, PER | LOC)
            || !(1..=2).contains(&len)
            || m.weight == WEIGHT_SURE
            || m.start < 2
            || has(cl, m.start, NEVER)
            || class(cl, m.start - 2) & (HAS_LOWER | CAPITALISED | ORG_KIND) != HAS_LOWER | ORG_KIND
            || text.word(m.start - 1) != ","
            || text.word(m.end) != ","
            || listed_place(lex, text, cl, m)
        {
            continue;
        }
        m.kind = ORG;
        m.weight = WEIGHT_SURE;
    }
}
