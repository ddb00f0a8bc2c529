//! Clubs named like their towns (branch ent34): "a 1-0 win at Preston", "held 2-2 by
//! Coventry", "Leeds drew 1-1 with Hull". The tagger types a listed city that names a club as
//! the place (LOC) or, when it is also a surname, a person. With a score ("2-1", [`is_score`])
//! two or three words before it or one to three after ([`score_near`]), a listed city (no country, no UK nation) in a result's slot is the
//! club: after "at" that follows a result or a score ("win at", "2-1 at"), after "by" or "to"
//! that follows a score ("held 2-2 by", "lost 3-1 to"), after "against", "over", "with", "beat",
//! "beating", or before a result's verb ("Preston beat …", "Hull drew …"). Countries stay places
//! (national teams are LOC by convention); grounds ("at Anfield") are no listed city.

use super::*;

/// Whether `w` is a score: one or two digits, a hyphen or an en dash, one or two digits ("2-1",
/// "10–3").
pub(super) fn is_score(w: &str) -> bool {
    let b = w.as_bytes();
    let digits = |s: &[u8]| (1..=2).contains(&s.len()) && s.iter().all(u8::is_ascii_digit);
    if let Some(k) = b.iter().position(|&c| c == b'-') {
        return digits(&b[..k]) && b.get(k + 1..).is_some_and(digits);
    }
    match w.split_once('–') {
        Some((x, y)) => digits(x.as_bytes()) && digits(y.as_bytes()),
        None => false,
    }
}

/// Lower-case nouns and verbs of a game's result before "at" ("a 1-0 win at Preston").
fn is_result_word(w: &str) -> bool {
    matches!(
        w,
        "win"
            | "wins"
            | "won"
            | "defeat"
            | "defeats"
            | "draw"
            | "drew"
            | "victory"
            | "loss"
            | "lost"
    )
}

/// A result's verb after the club that won, drew or lost ("Preston beat Luton 2-0").
fn is_result_verb(w: &str) -> bool {
    matches!(
        w,
        "beat" | "drew" | "lost" | "won" | "thrashed" | "hammered" | "edged" | "held" | "routed"
    )
}

/// Whether the name at `m` stands in a result's slot ([`clubs`]).
pub(super) fn in_result_slot(text: &dyn Text, cl: &[Classes], m: &Named) -> bool {
    let before = |k: usize| m.start.checked_sub(k).map_or("", |i| text.word(i));
    let after_score = m.start >= 2 && score_at(text, cl, m.start - 2);
    match before(1) {
        "at" => after_score || is_result_word(before(2)),
        "by" | "to" => after_score,
        "against" | "over" | "with" | "beat" | "beating" => true,
        _ => is_result_verb(text.word(m.end)),
    }
}

/// Classes of a word that may be a score: a digit, no letter, no number ("2-1", "2021-22").
pub(super) const SCORE_SHAPE: Classes = UPPER_OR_DIGIT;
pub(super) const SCORE_MASK: Classes = HAS_ALPHA | UPPER_OR_DIGIT | NUMBER | BARE_NUMBER;

/// Whether word `i` is a score ([`is_score`]), read only where its classes allow one.
pub(super) fn score_at(text: &dyn Text, cl: &[Classes], i: usize) -> bool {
    class(cl, i) & SCORE_MASK == SCORE_SHAPE && is_score(text.word(i))
}

/// Whether a score ([`is_score`]) stands where a result's slot puts one around the name at `m`:
/// two or three words before it ("held 2-2 by X", "a 1-0 win at X") or one to three after it
/// ("X drew 1-1", "X beat Luton 2-0"). By the classes first, a word read only where they allow
/// a score.
pub(super) fn score_near(text: &dyn Text, cl: &[Classes], m: &Named) -> bool {
    let at = |i: Option<usize>| i.is_some_and(|i| score_at(text, cl, i));
    at(m.start.checked_sub(2))
        || at(m.start.checked_sub(3))
        || at(Some(m.end + 1))
        || at(Some(m.end + 2))
        || at(Some(m.end + 3))
}

/// One-word listed cities typed a place or a person in a result's slot with a score near them
/// ([`score_near`]) are clubs (ORG, a multi-word mention's weight: the text's other mentions
/// still vote). The words around a name are read only where a score's classes stand near it.
pub(super) fn clubs(lex: &Lexicon, text: &dyn Text, cl: &[Classes], out: &mut [Named]) {
    const NEVER: Classes = FACILITY_HEAD | ORG_HEAD | UK_NATION | GROUP_WORD | POSSESSIVE;
    for m in out.iter_mut() {
        if !matches!(m.kind, LOC | PER)
            || m.end != m.start + 1
            || m.weight == WEIGHT_SURE
            || class(cl, m.start) & (HAS_LOWER | CAPITALISED | NEVER) != HAS_LOWER | CAPITALISED
            || !score_near(text, cl, m)
        {
            continue;
        }
        if in_result_slot(text, cl, m)
            && listed_as(lex, text, cl, m, CITY_MARKS)
            && !listed_as(lex, text, cl, m, COUNTRY_MARKS)
        {
            m.kind = ORG;
            m.weight = m.weight.max(WEIGHT_MULTI);
        }
    }
}
