//! Places the tagger types ORG where the words before them show a place (branch ent38): a
//! listed place after a word of moving and "to" ("moved to Yorkshire", where the county's
//! club is listed too; `motion_places`'s words, with those that move a thing to a person as
//! well: "went", "headed", "sent"), after "across" or "throughout", or after "parts of"; a
//! plural name after "the" and a place's preposition ("farmers in the Fens", "off the
//! Hebrides").

use super::*;

/// Whether the words before the name at `s` show a place: "moved to", "across",
/// "throughout", "parts of" (a listed place then), or "in the", "off the", "across the"
/// (`plural`: a plural name then).
fn place_before(text: &dyn Text, s: usize) -> (bool, bool) {
    let at = |k: usize| if s >= k { text.word(s - k) } else { "" };
    let listed = match at(1) {
        "to" => motion(at(2)) != Motion::Other,
        "across" | "throughout" => true,
        "of" => matches!(at(2), "parts" | "part" | "rest"),
        _ => false,
    };
    let plural = at(1) == "the"
        && matches!(
            at(2),
            "in" | "off" | "across" | "around" | "throughout" | "near" | "outside"
        );
    (listed, plural)
}

/// A name typed ORG after words that show a place ([`place_before`]) is a place (LOC, a
/// multi-word mention's weight: the text's other mentions still vote): a listed place, or one
/// capitalised plural word no list holds ("the Fens"; also after such a place and "and the":
/// "the Fens and the Cotswolds"). Not before a possessive ("in
/// the Lakers' win").
pub(super) fn places_reached(lex: &Lexicon, text: &dyn Text, cl: &[Classes], out: &mut [Named]) {
    // The end of the last name made a place here ("in the Fens and the Cotswolds").
    let mut last_place = None;
    for m in out.iter_mut() {
        let chained = last_place.take() == Some(m.start.wrapping_sub(2))
            && text.word(m.start - 2) == "and"
            && text.word(m.start - 1) == "the";
        if m.kind != ORG
            || m.start < 2
            || has(cl, m.end, POSSESSIVE)
            || is_apostrophe(text, cl, m.end)
        {
            continue;
        }
        // The words before are read only after "the" (a plural name), or before a name
        // that starts a listed phrase (a listed place).
        if !chained && !has(cl, m.start - 1, LOWER_THE) && !has(cl, m.start, STARTS_PHRASE) {
            continue;
        }
        // Every word [`place_before`] looks for right before the name is in lower case.
        if !chained && class(cl, m.start - 1) & (HAS_LOWER | CAPITALISED) != HAS_LOWER {
            continue;
        }
        let (listed, plural) = place_before(text, m.start);
        let plural = plural || chained;
        if !listed && !plural {
            continue;
        }
        let retype = if plural {
            let w = text.word(m.start);
            m.end == m.start + 1
                && w.len() > 3
                && w.ends_with('s')
                && class(cl, m.start) & (CAPITALISED | HAS_LOWER | GROUP_WORD)
                    == CAPITALISED | HAS_LOWER
        } else {
            listed_place(lex, text, cl, m)
        };
        if retype {
            m.kind = LOC;
            m.weight = m.weight.max(WEIGHT_MULTI);
            last_place = Some(m.end);
        }
    }
}
