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

/// A person's span of two listed given names, capitalised with lower-case letters (either may
/// also be a place: "Mary", "Lou"), followed by a prefixed surname ([`is_prefixed_surname`])
/// that no span holds, takes the surname in ("Mary Lou" + "McDonald" → `Mary Lou McDonald`).
/// Only in normally cased sentences that hold a first name (`union`).
pub(super) fn given_names_before_surnames(
    text: &dyn Text,
    cl: &[Classes],
    union: Classes,
    mode: CaseMode,
    out: &mut [Named],
) {
    if mode != CaseMode::Normal || union & FIRST_NAME == 0 {
        return;
    }
    const GIVEN: Classes = FIRST_NAME | CAPITALISED | HAS_LOWER;
    for k in 0..out.len() {
        let m = &out[k];
        let e = m.end;
        if m.kind != PER
            || e - m.start != 2
            || !(m.start..e).all(|i| class(cl, i) & GIVEN == GIVEN)
            || out.get(k + 1).is_some_and(|next| next.start == e)
            || !has(cl, e, CAPITALISED)
            || !is_prefixed_surname(text.word(e))
        {
            continue;
        }
        out[k].end = e + 1;
        out[k].weight = out[k].weight.max(WEIGHT_MULTI);
    }
}
