//! Bodies the tagger typed as people: a name holding a capitalised preposition of French,
//! Spanish, Portuguese, Italian, German or Dutch inside it ("Médecins Sans Frontières",
//! "Médicos Sin Fronteras", "Acción Contra el Hambre"), which no person's name holds, and a
//! name that wins or loses a number of seats ("Sinn Féin won 39 seats"), which is a party's.

use super::words::word_list;
use super::*;

word_list! {
FOREIGN_PREPOSITION_WORDS;
/// Capitalised prepositions of other languages that a body's name holds inside it and a
/// person's never does ("de", "y", "van" are in people's names too; "Con", "Per" are given
/// names).
pub(super) fn is_foreign_preposition(w: impl AsRef<[u8]>) -> bool {
    fn of(b: &[u8]) -> bool {
        matches!(
            b,
            b"Sans"
                | b"Sin"
                | b"Sem"
                | b"Senza"
                | b"Ohne"
                | b"Zonder"
                | b"Pour"
                | b"Para"
                | b"Contre"
                | b"Contra"
                | b"Sobre"
                | b"Avec"
                | b"F\xc3\xbcr"
                | b"Voor"
        )
    }
    of(w.as_ref())
}
}

/// Verbs of a vote's result before a number of seats.
fn is_seat_verb(w: &str) -> bool {
    matches!(
        w,
        "won" | "wins" | "win" | "took" | "takes" | "gained" | "gains" | "lost" | "loses" | "holds"
    )
}

/// One walk over the people's spans: two given names before a prefixed surname take it in
/// ([`takes_prefixed_surname`], normally cased sentences with a first name: `union`); a
/// person's span of three words or more holding a [`is_foreign_preposition`] word inside it
/// is an organisation; a one- or two-word person's span right before a [`is_seat_verb`], a
/// number and "seats" is a party, and takes in the capitalised word before it that no span
/// holds and may be a name's part ("Sinn" + "Féin").
pub(super) fn foreign_bodies(
    text: &dyn Text,
    cl: &[Classes],
    union: Classes,
    mode: CaseMode,
    out: &mut Vec<Named>,
) {
    const NOT_PART: Classes = NON_NAME
        | ANY_MONTH
        | WEEKDAY
        | TOP_WORD
        | COMMON
        | COMMON_PLURAL
        | FIRST_NAME
        | PLACE_OR_GROUP
        | HONORIFIC;
    let given = mode == CaseMode::Normal && union & FIRST_NAME != 0;
    // The foreign preposition and "seats" are [`RULE_CUE`]s.
    if !given && union & RULE_CUE == 0 {
        return;
    }
    let mut changed = false;
    for k in 0..out.len() {
        let m = &out[k];
        // A name a rule before emptied waits for the final tidy.
        if m.kind != PER || m.end <= m.start {
            continue;
        }
        let (s, e) = (m.start, m.end);
        if e - s >= 3 {
            if (s + 1..e - 1).any(|i| is_foreign_preposition(text.word(i))) {
                out[k].kind = ORG;
                out[k].weight = out[k].weight.max(WEIGHT_SURE);
            }
            continue;
        }
        if given && takes_prefixed_surname(text, cl, out, k) {
            out[k].end = e + 1;
            out[k].weight = out[k].weight.max(WEIGHT_MULTI);
            continue;
        }
        if has(cl, e + 1, NUMBER)
            && is_seat_verb(text.word(e))
            && is_number(text.word(e + 1))
            && text.word(e + 2) == "seats"
        {
            let prev_end = if k == 0 { 0 } else { out[k - 1].end };
            let m = &mut out[k];
            m.kind = ORG;
            m.weight = m.weight.max(WEIGHT_SURE);
            if s > prev_end
                && class(cl, s - 1) & (CAPITALISED | HAS_LOWER | NOT_PART)
                    == CAPITALISED | HAS_LOWER
            {
                m.start = s - 1;
                changed = true;
            }
        }
    }
    if changed {
        normalise(out);
    }
}
