//! Names someone owns (branch ent36): a name right after "his", "her", "their" or "its"
//! ("crashed his Aston Martin", "their Likud colleagues") or after a person's name and "'s"
//! ("Viktor Orban's Fidesz") is no person's; nor is a one-word name before "'s" and a person's
//! full name ("Sauber's Nico Hulkenberg"). Measured on CoNLL-2003 train: of 86 capitalised
//! words after a possessive determiner 1 opens a person's name (ORG 31, MISC 32, LOC 9); of 18
//! after a person's "'s", none (ORG 14, MISC 4); of 68 names before "'s" and a person's name,
//! none is a person (LOC 51, ORG 17).

use super::*;

/// "his", "her", "their", "its" in lower case.
fn is_possessive_determiner(w: &str) -> bool {
    matches!(w.as_bytes(), b"his" | b"her" | b"their" | b"its")
}

/// Frequent words' classes no possessive determiner has ("and", "of", "the", "in", "on", "to"):
/// the word before most names is not read.
const NOT_DETERMINER: Classes =
    AND | OF_FOR | ARTICLE | YEAR_PREPOSITION | PLACE_PREPOSITION | ON | HEADLINE_MINOR;

/// A name the tagger typed PER after a possessive determiner or after a person's name and
/// "'s" is an organisation ([`WEIGHT_SURE`]: its other mentions follow); so is a one-word PER
/// name, no listed place, before "'s" and a person's name of two words or more. Titles ("her
/// Majesty") are left. Only names typed PER are read, and only the word before them (the
/// determiner's test reads the word's classes first: lower case, among the most frequent).
/// For the name `k` of `out`, typed PER ([`people_walk`](super::people_walk) calls it);
/// `person_end`: where the last name left a person ends.
pub(super) fn owned_at(
    lex: &Lexicon,
    text: &dyn Text,
    cl: &[Classes],
    out: &mut [Named],
    k: usize,
    person_end: &mut usize,
) {
    let Some(&Named { start, end, .. }) = out.get(k) else {
        return;
    };
    let owned = start >= 1 && !has(cl, start, HONORIFIC | TITLE_MODIFIER) && {
        let before = class(cl, start - 1);
        if before & POSSESSIVE != 0 {
            start >= 2 && *person_end == start - 1
        } else {
            before & (HAS_LOWER | CAPITALISED | TOP_WORD | NOT_DETERMINER) == HAS_LOWER | TOP_WORD
                && is_possessive_determiner(text.word(start - 1))
                // "its Calder factory": a town before a company's site ([`place_pairs`]).
                && !(has(cl, end, RULE_CUE) && is_site_noun(text.word(end)))
        }
    };
    // "Sauber's Nico Hulkenberg": one word, "'s", a person's full name right after.
    let owner = !owned
        && end == start + 1
        && has(cl, end, POSSESSIVE)
        && out
            .get(k + 1)
            .is_some_and(|n| n.kind == PER && n.start == end + 1 && n.end >= n.start + 2)
        && !has(cl, start, FIRST_NAME | PLACE_OR_GROUP)
        && out.get(k).is_some_and(|m| !listed_place(lex, text, cl, m));
    if owned || owner {
        if let Some(m) = out.get_mut(k) {
            m.kind = ORG;
            m.weight = WEIGHT_SURE;
        }
    } else {
        *person_end = end;
    }
}
