//! A nation's adjective opening a body's long name (branch ent34): "the Australian Competition
//! and Consumer Commission", "the American Civil Liberties Union of …". The tagger types the
//! adjective as a group (NORP) and the rest as the body; "the" before the adjective and a name
//! joined by "and", "of" or "for" after it show one name. CoNLL keeps an adjective apart before a
//! ministry ("French" + "Interior Ministry", "Yemeni" + "Ministry of Petroleum"): a body
//! opening with a ministry is left.

use super::*;

/// A one-word group name after a lower-case "the" (or "The" opening the sentence, branch ent41:
/// "The Australian Competition and Consumer Commission warned"), right before an organisation of three words
/// or more that holds "and", "of" or "for", opens with no government's head or ministry
/// ([`is_ministry`]) and ends capitalised, is
/// the organisation's first word (one name, the organisation's weight). Only sentences holding
/// a group word and "and"/"of"/"for" (`union`) are read.
pub(super) fn national_prefixes(
    text: &dyn Text,
    cl: &[Classes],
    union: Classes,
    out: &mut Vec<Named>,
) {
    if union & GROUP_WORD == 0 || union & (AND_EXACT | OF_FOR) == 0 {
        return;
    }
    const HEADS: Classes = GOVERNMENT_HEAD;
    let mut k = 0;
    while k + 1 < out.len() {
        let (a, b) = (&out[k], &out[k + 1]);
        let joins = a.kind == NORP
            && b.kind == ORG
            && a.end == a.start + 1
            && b.start == a.end
            && a.start > 0
            && (text.word(a.start - 1) == "the" || (a.start == 1 && text.word(0) == "The"))
            && b.end >= b.start + 3
            && !has(cl, b.start, HEADS)
            && !is_ministry(text.word(b.start))
            && has(cl, b.end - 1, CAPITALISED)
            && (b.start + 1..b.end - 1).any(|j| has(cl, j, AND_EXACT | OF_FOR));
        if joins {
            let start = out[k].start;
            out[k + 1].start = start;
            out.remove(k);
        } else {
            k += 1;
        }
    }
}

/// A government's department opening a body ("Ministry of Culture", "Department for Trade"):
/// CoNLL keeps the nation's adjective apart before it.
fn is_ministry(w: &str) -> bool {
    matches!(w, "Ministry" | "Department" | "Office" | "Secretariat")
}
