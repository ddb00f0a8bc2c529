//! Acronyms of common things and jobs ("AI", "GDP", "VAT", "CEO") name nothing on their own:
//! the tagger types them MISC or ORG by their capitals ("as AI demand shifts"); they are names
//! only where the text names them so elsewhere. (Time zones are
//! left to the tagger: CoNLL marks "GMT" MISC.)

use super::*;

/// Whether `w` is an acronym that is no name alone: a common thing's or job's
/// ([`is_common_noun_acronym`]), but not those that also name a body or a place ("PA", the
/// news agency; "MD", Maryland).
fn is_common_acronym(w: &str) -> bool {
    is_common_noun_acronym(w) && !matches!(w, "PA" | "MD")
}

/// A one-word name in capitals that is a common acronym ([`is_common_acronym`]) is a name only
/// if the text names it elsewhere ([`WEIGHT_UNCONFIRMED`], as [`names_before_articles`] weighs
/// such acronyms: linking keeps it then), in normally cased text (in a text all in capitals
/// every word looks so). A name marked as none ([`WEIGHT_NOT_A_NAME`]) stays so.
pub(super) fn common_acronyms(text: &dyn Text, cl: &[Classes], mode: CaseMode, out: &mut [Named]) {
    if mode != CaseMode::Normal {
        return;
    }
    for m in out.iter_mut() {
        if m.end - m.start == 1
            && m.weight != WEIGHT_NOT_A_NAME
            && class(cl, m.start) & (HAS_LOWER | UPPER_OR_DIGIT) == UPPER_OR_DIGIT
            && is_common_acronym(text.word(m.start))
        {
            m.weight = WEIGHT_UNCONFIRMED;
        }
    }
}
