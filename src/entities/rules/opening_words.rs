//! A name's first word left out where it opens the sentence (branch ent35): "Samsung Heavy
//! Industries has won …" read as "Heavy Industries", "Medecins Sans Frontieres said …" as
//! "Sans Frontieres". A sentence's first word is capitalised whatever it is, so the tagger
//! weighs it less; a rare capitalised word right before a name of two words or more is the
//! name's own.

use super::*;

/// What the first word must not be: a frequent word ("Yesterday", "Meanwhile", "Sale"), a
/// title ("President", "Mr"), a listed place or group ("Russian Gazprom"), a date's word, a
/// headline's verb, a word no name holds, an article.
const NOT_A_NAME_WORD: Classes = COMMON
    | TOP_WORD
    | HONORIFIC
    | TITLE_MODIFIER
    | PLACE_OR_GROUP
    | WEEKDAY
    | ANY_MONTH
    | HEADLINE_VERB
    | NON_NAME
    | ARTICLE
    | ORG_KIND
    | NUMBER
    | POSSESSIVE;

/// The tagger's first name of the sentence, of two words or more, starting at the second word
/// and not typed a person (a role opens a sentence before a person's name: "Campaigner Ada
/// Kelvoran said", "Co-founder …", "Taoiseach …"; but for a name opening with another
/// language's preposition), takes in the first word when that word is capitalised with lower case and none of
/// [`NOT_A_NAME_WORD`] nor frequent in its lower case. Only the first word's classes are read,
/// then the names' starts.
pub(super) fn opening_words(lex: &Lexicon, text: &dyn Text, cl: &[Classes], out: &mut [Named]) {
    let c = class(cl, 0);
    if c & (CAPITALISED | HAS_LOWER) != CAPITALISED | HAS_LOWER || c & NOT_A_NAME_WORD != 0 {
        return;
    }
    // The names are not always in order here: the one at the second word, with none at the
    // first.
    if out.iter().any(|m| m.start == 0 && m.end > 0) {
        return;
    }
    if let Some(m) = out.iter_mut().find(|m| m.start == 1) {
        // A person's name that opens with another language's preposition is a body's
        // ("Sans Frontieres"), which [`foreign_bodies`] types after.
        let person_ok = m.kind != PER || is_foreign_preposition(text.word(1));
        // A frequent word that a gazetteer also lists ("Key", which [`COMMON`] leaves) stays
        // out: its frequency is read only here, where a name starts at the second word.
        if m.end >= 3
            && m.kind != NORP
            && person_ok
            && with_lower(text.word(0), |lw| lex.freq_class(lw)) > 3
        {
            m.start = 0;
        }
    }
}
