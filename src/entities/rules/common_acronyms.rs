//! Acronyms of common things and jobs ("AI", "GDP", "VAT", "CEO") name nothing on their own:
//! the tagger types them MISC or ORG by their capitals ("as AI demand shifts"). (Time zones are
//! left to the tagger: CoNLL marks "GMT" MISC.)

use super::*;

/// Whether `w` is an acronym that is no name alone: a common thing's or job's
/// ([`is_common_noun_acronym`]), but not those that also name a body or a place ("PA", the
/// news agency; "MD", Maryland).
fn is_common_acronym(w: &str) -> bool {
    is_common_noun_acronym(w) && !matches!(w, "PA" | "MD")
}

/// A one-word name in capitals that is a common acronym ([`is_common_acronym`]) is dropped, in
/// normally cased text (in a text all in capitals every word looks so).
pub(super) fn common_acronyms(
    text: &dyn Text,
    cl: &[Classes],
    mode: CaseMode,
    out: &mut Vec<Named>,
) {
    if mode != CaseMode::Normal {
        return;
    }
    let common = |m: &Named| {
        m.end - m.start == 1
            && class(cl, m.start) & (HAS_LOWER | UPPER_OR_DIGIT) == UPPER_OR_DIGIT
            && is_common_acronym(text.word(m.start))
    };
    if out.iter().any(common) {
        out.retain(|m| !common(m));
    }
}
