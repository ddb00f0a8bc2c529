//! A person's name of two given names cut by the tagger before a Gaelic surname ("Mary Lou" +
//! "McDonald", "Mary Ann" + "MacLeod"): the surname's "Mc"/"Mac"/"O'" shape is the evidence,
//! since such surnames are often also brands or common words ("McDonald") and their first
//! given name also a place ("Mary"), which keeps [`super::person_runs`] from joining them.

use super::*;

/// Whether `w` is a surname of a Gaelic prefix and a capital ("McDonald", "MacLeod",
/// "O'Brien", "O’Neill"): ASCII prefix, then a capital and a lower-case letter.
pub(super) fn is_prefixed_surname(w: &str) -> bool {
    let rest = w
        .strip_prefix("Mc")
        .or_else(|| w.strip_prefix("Mac"))
        .or_else(|| w.strip_prefix("O'"))
        .or_else(|| w.strip_prefix("O\u{2019}"));
    let Some(rest) = rest else {
        return false;
    };
    let mut chars = rest.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_some_and(char::is_lowercase)
}

/// Whether the person's span `out[k]` of two listed given names, capitalised with lower-case
/// letters (either may also be a place: "Mary", "Lou"), is followed by a prefixed surname
/// ([`is_prefixed_surname`]) that no span holds: it takes the surname in ("Mary Lou" +
/// "McDonald" → `Mary Lou McDonald`; called by [`super::foreign_bodies`]'s one walk over the
/// people's spans, in normally cased sentences that hold a first name).
pub(super) fn takes_prefixed_surname(
    text: &dyn Text,
    cl: &[Classes],
    out: &[Named],
    k: usize,
) -> bool {
    const GIVEN: Classes = FIRST_NAME | CAPITALISED | HAS_LOWER;
    let Some(m) = out.get(k) else {
        return false;
    };
    let (s, e) = (m.start, m.end);
    e - s == 2
        && has(cl, e, CAPITALISED)
        && class(cl, s) & GIVEN == GIVEN
        && class(cl, s + 1) & GIVEN == GIVEN
        && out.get(k + 1).is_none_or(|next| next.start != e)
        && is_prefixed_surname(text.word(e))
}
