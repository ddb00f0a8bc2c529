//! The seat a member is elected for ("the MP for Streatham", "Councillor for Brixton Hill",
//! "the member for Warringah"): a place, where the tagger read a person (branch ent42: letters
//! and speeches).

use super::*;

/// The member's word before "for", as written.
fn is_member_word(w: &str) -> bool {
    matches!(
        w,
        "MP" | "MPs"
            | "MSP"
            | "MS"
            | "MLA"
            | "MEP"
            | "TD"
            | "Councillor"
            | "councillor"
            | "Councilor"
            | "councilor"
            | "member"
            | "Member"
    )
}

/// A name of one to three capitalised words right after "<member> for" is a place
/// ([`WEIGHT_SURE`]).
pub(super) fn seats(text: &dyn Text, cl: &[Classes], out: &mut [Named]) {
    for m in out.iter_mut() {
        let s = m.start;
        if s >= 2
            && m.kind != LOC
            && m.end - s <= 3
            && has(cl, s - 1, OF_FOR)
            && text.word(s - 1) == "for"
            && is_member_word(text.word(s - 2))
            && (s..m.end).all(|i| has(cl, i, CAPITALISED))
        {
            m.kind = LOC;
            m.weight = m.weight.max(WEIGHT_SURE);
        }
    }
}
