//! Parties and bodies the tagger reads as people (branch ent40). A party is named before
//! the plural of its members' seat ("Fianna Fáil TDs", "Likud lawmakers", "Reform councillors"):
//! the tagger, which learned "Labour MPs" from 1996 news only for the parties it saw, types an
//! unseen party PER, or takes the plural into the name. And a name made only of frequent
//! words no list has, typed PER, is a body ("the National Gallery has bought").

use super::words::word_list;
use super::*;

word_list! {
MEMBER_PLURALS;
/// Whether `w` is the plural of a seat in a parliament or council: the acronyms "TDs", "MPs",
/// "MEPs", "MSPs", "MLAs", "MPPs", "MKs", "AMs", "MHAs", and "lawmakers", "legislators",
/// "senators", "councillors", "councilors", "deputies", "parliamentarians" in lower case.
pub(super) fn is_member_plural(w: impl AsRef<[u8]>) -> bool {
    fn of(b: &[u8]) -> bool {
        matches!(
            b,
            b"TDs" | b"MPs" | b"MEPs" | b"MSPs" | b"MLAs" | b"MPPs" | b"MKs" | b"AMs" | b"MHAs"
            | b"lawmakers" | b"legislators" | b"senators" | b"councillors" | b"councilors"
            | b"deputies" | b"parliamentarians"
        )
    }
    of(w.as_ref())
}
}

/// A name typed PER right before a seat's plural ([`is_member_plural`]), or MISC of two words
/// or more none of them a listed group word ("Christian Democrat MPs" stays), is a party: ORG
/// ([`WEIGHT_SURE`]). A name of two words or more that took the plural in ("Fianna Fáil TDs")
/// ends before it. A group word ("Labour" is none; "Democratic", "Republican" typed NORP or
/// MISC alone) and places ("Ohio lawmakers": LOC) are left as they are. `cues`: the union of the
/// sentence's words' [`cue_words::of`] (a sentence with no seat's plural is passed over).
pub(super) fn member_parties(text: &dyn Text, cl: &[Classes], cues: Cues, out: &mut [Named]) {
    if cue_words::lacks(cues, cue_words::MEMBER_PLURAL) {
        return;
    }
    for m in out.iter_mut() {
        if !matches!(m.kind, PER | MISC) {
            continue;
        }
        let len = m.end - m.start;
        let last = text.word(m.end - 1);
        let took_plural = len >= 3 && last.len() <= 4 && is_member_plural(last);
        let end = if took_plural { m.end - 1 } else { m.end };
        if !took_plural && !is_member_plural(text.word(m.end)) {
            continue;
        }
        if m.kind == MISC && (end - m.start < 2 || (m.start..end).any(|i| has(cl, i, GROUP_WORD))) {
            continue;
        }
        if (m.start..end).any(|i| !has(cl, i, CAPITALISED)) {
            continue;
        }
        m.end = end;
        m.kind = ORG;
        m.weight = WEIGHT_SURE;
    }
}

/// A name of two or three words typed PER whose every word is a frequent English word that no
/// gazetteer lists (`COMMON`: no first name, place or group word) and no title comes before
/// is no person's ("the National Gallery has bought", "Positive Money said"): ORG
/// ([`WEIGHT_MULTI`]). People named by common words carry a listed first name ("Gordon
/// Banks", "Will Young").
pub(super) fn common_word_people(cl: &[Classes], union: Classes, out: &mut [Named]) {
    if union & COMMON == 0 {
        return;
    }
    for m in out.iter_mut() {
        let len = m.end - m.start;
        if m.kind != PER
            || !(2..=3).contains(&len)
            || (m.start > 0 && has(cl, m.start - 1, HONORIFIC | TITLE_MODIFIER))
            || !(m.start..m.end).all(|i| {
                class(cl, i) & (COMMON | CAPITALISED | FIRST_NAME | PLACE_OR_GROUP | HONORIFIC)
                    == COMMON | CAPITALISED
            })
        {
            continue;
        }
        m.kind = ORG;
        m.weight = WEIGHT_MULTI;
    }
}
