//! Clubs in a result's sentence that `clubs` leaves (branch ent35): a town and a club's head
//! typed as the town ("Birmingham City beat Blackpool 3-1", "a 2-0 win over Stockport
//! County"), and one-word clubs that are no listed city typed as a place ("Osasuna drew with
//! Getafe 0-0"). The evidence is the sentence's result (a score near the name and the name in a
//! result's slot, `clubs::in_result_slot`), not a list of clubs.

use super::words::word_list;
use super::*;

word_list! {
CLUB_HEADS;
/// A club's head after its town ("City", "United", "Rovers" …), as written. "City" alone is
/// a place's head too ("Mexico City"), which the score and the result's slot set apart.
pub(super) fn is_club_head(w: impl AsRef<[u8]>) -> bool {
    fn of(b: &[u8]) -> bool {
        matches!(
            b,
            b"City" | b"United" | b"Town" | b"County" | b"Rovers" | b"Athletic" | b"Albion"
            | b"Wanderers" | b"Argyle" | b"Alexandra" | b"Orient" | b"Wednesday" | b"Hotspur"
            | b"Rangers"
        )
    }
    of(w.as_ref())
}
}

/// A name typed LOC (or PER) in a result's slot with a score near it is the club (ORG) when it is a capitalised word and a club's head ("Birmingham
/// City"), or when it is one capitalised word typed LOC that no gazetteer lists as a place
/// ("Osasuna"; a listed city is [`clubs`]' own, a country is its national team,
/// LOC by convention). A person's name stays (a tennis player's set score: "Swiatek beat
/// Rybakina 6-3"). The words around a name are read only where a score's classes stand near.
pub(super) fn club_names(lex: &Lexicon, text: &dyn Text, cl: &[Classes], out: &mut [Named]) {
    const NEVER: Classes = FACILITY_HEAD | ORG_HEAD | UK_NATION | GROUP_WORD | POSSESSIVE;
    for m in out.iter_mut() {
        let len = m.end.saturating_sub(m.start);
        if m.kind != LOC && !(m.kind == PER && len == 2) || m.weight == WEIGHT_SURE {
            continue;
        }
        let first = class(cl, m.start);
        if first & (HAS_LOWER | CAPITALISED | NEVER) != HAS_LOWER | CAPITALISED {
            continue;
        }
        let club = match len {
            1 => m.kind == LOC,
            2 => has(cl, m.start + 1, CAPITALISED) && is_club_head(text.word(m.start + 1)),
            _ => false,
        };
        if !club || !score_near(text, cl, m) || !in_result_slot(text, cl, m) {
            continue;
        }
        if len == 1 && listed_place(lex, text, cl, m) {
            continue;
        }
        m.kind = ORG;
        // A club's head is sure evidence: the text's other mentions (a headline's "Birmingham
        // City win …") follow it; a one-word club's other mentions still vote.
        m.weight = if len == 2 {
            WEIGHT_SURE
        } else {
            m.weight.max(WEIGHT_MULTI)
        };
    }
}
