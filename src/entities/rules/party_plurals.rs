//! Parties named by an ideology (branch ent38): "the Social Democrats", "the Christian
//! Democrats", "the Free Democrats" are organisations, where the tagger reads the plural of a
//! "-crat"/"-ist" word as a group of people (MISC or NORP, as CoNLL-2003 marks them).

use super::*;

/// Whether `w` is a capitalised plural of a party's member word: "Democrats", "Socialists",
/// "Nationalists".
fn is_party_plural(w: &str) -> bool {
    w.len() > 6
        && (w.ends_with("crats") || w.ends_with("ists"))
        && w.bytes().skip(1).all(|b| b.is_ascii_lowercase())
}

/// A name of two capitalised words typed MISC or NORP whose last word is a party's plural
/// ([`is_party_plural`]) is a party ("Christian Democrats"; but a listed group word before
/// "-ists" names a group: "Scottish Nationalists"), ORG ([`WEIGHT_SURE`]). One word alone ("the Democrats") is left to the
/// tagger: its members as often as the party.
pub(super) fn party_plurals(text: &dyn Text, cl: &[Classes], out: &mut [Named]) {
    for m in out.iter_mut() {
        if m.end != m.start + 2
            || !matches!(m.kind, MISC | NORP)
            || class(cl, m.start) & (CAPITALISED | HAS_LOWER) != CAPITALISED | HAS_LOWER
            || !has(cl, m.start + 1, CAPITALISED)
        {
            continue;
        }
        let last = text.word(m.start + 1);
        if !is_party_plural(last) || last.ends_with("ists") && has(cl, m.start, GROUP_WORD) {
            continue;
        }
        m.kind = ORG;
        m.weight = WEIGHT_SURE;
    }
}

/// A listed place typed a place alone right before a capitalised "-crats" plural no name
/// covers is a party named after its country ("the Sweden Democrats", branch ent39), ORG
/// ([`WEIGHT_SURE`]) over both words.
pub(super) fn place_parties(text: &dyn Text, cl: &[Classes], out: &mut [Named]) {
    for k in 0..out.len() {
        let m = &out[k];
        let next = m.end;
        if m.kind != LOC
            || m.end != m.start + 1
            || !has(cl, m.start, PLACE_WORD)
            || !has(cl, next, CAPITALISED)
            || has(cl, next + 1, CAPITALISED)
            || out.get(k + 1).is_some_and(|n| n.start <= next)
        {
            continue;
        }
        let w = text.word(next);
        if !(is_party_plural(w) && w.ends_with("crats")) {
            continue;
        }
        let m = &mut out[k];
        m.end = next + 1;
        m.kind = ORG;
        m.weight = WEIGHT_SURE;
    }
}
