//! Companies the tagger reads as people because their first word is unknown ("Amazon Web
//! Services", "Brenmoor Freight Systems"; branch ent39): a name of three or four words ending in
//! a frequent English plural ("services", "systems"; [`COMMON_PLURAL`]) with no given name and
//! no initial in it, and no title before it, is no person's. Such a name typed PER is an
//! organisation. Two words are left to the tagger: surnames are plurals as often ("Tiger
//! Woods", "Rhodes", "Waters" are as frequent as "brothers"), and an initial or a given name
//! shows a person ("K. Michael Stevens", "Gordon Banks").

use super::*;

/// Shortest and longest name read (words).
const WORDS: std::ops::RangeInclusive<usize> = 3..=4;

/// Whether `w` is an initial ("K.", "K").
fn is_initial(w: &str) -> bool {
    let b = w.as_bytes();
    matches!(b, [c] | [c, b'.'] if c.is_ascii_uppercase())
}

/// Names of [`WORDS`] words typed PER whose last word is a frequent plural, with no listed
/// first name or initial in them and no title before them, are organisations (see the
/// module's note).
pub(super) fn plural_companies(text: &dyn Text, cl: &[Classes], union: Classes, out: &mut [Named]) {
    if union & COMMON_PLURAL == 0 {
        return;
    }
    for m in out.iter_mut() {
        let len = m.end - m.start;
        if m.kind != PER
            || !WORDS.contains(&len)
            || m.weight >= WEIGHT_SURE
            || !has(cl, m.end - 1, COMMON_PLURAL)
            || (m.start > 0 && has(cl, m.start - 1, HONORIFIC | TITLE_MODIFIER))
            || (m.start..m.end).any(|i| {
                has(cl, i, FIRST_NAME | HONORIFIC | TITLE_MODIFIER) || is_initial(text.word(i))
            })
        {
            continue;
        }
        m.kind = ORG;
    }
}
