//! People's names in the shapes of other languages (branch ent32): Korean names with a
//! hyphened given name ("Lee Byung-hun", "Ahn Duk-geun"), which the tagger reads as things or
//! cuts, and Arabic names ending in a hyphened article ("Abdel Fattah al-Burhan"), which it
//! stops before the article.

use super::*;

/// Whether `w` is a given name written with a hyphen as Korean names are ("Jae-myung",
/// "Duk-geun", "Byung-hun"): ASCII, a capital and one to four lower-case letters, a hyphen,
/// then two to five lower-case letters; not an adjective made on a name ("Paris-based").
pub(super) fn is_hyphened_given_name(w: &str) -> bool {
    let Some((a, b)) = w.split_once('-') else {
        return false;
    };
    let (a, b) = (a.as_bytes(), b.as_bytes());
    (2..=5).contains(&a.len())
        && a.first().is_some_and(u8::is_ascii_uppercase)
        && a.iter().skip(1).all(u8::is_ascii_lowercase)
        && (2..=5).contains(&b.len())
        && b.iter().all(u8::is_ascii_lowercase)
        && place_adjective_stem(w).is_none()
}

/// Whether `w` may be a family name before such a given name: two to five ASCII letters, a
/// capital then lower-case ("Kim", "Ahn", "Chung").
fn is_short_family_name(w: &str) -> bool {
    let b = w.as_bytes();
    (2..=5).contains(&b.len())
        && b.first().is_some_and(u8::is_ascii_uppercase)
        && b.iter().skip(1).all(u8::is_ascii_lowercase)
}

/// Whether `w` is an Arabic name's article and name written as one word ("al-Burhan",
/// "el-Sisi", "Al-Thani"): "al-" or "el-", either case, then a capital.
pub(super) fn is_hyphened_article_name(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 5
        && matches!(b.get(..3), Some(b"al-" | b"el-" | b"Al-" | b"El-"))
        && b.get(3).is_some_and(u8::is_ascii_uppercase)
}

/// The case classes every [`is_hyphened_given_name`] word has (a capital, then lower case): the
/// word after a name is read only with them (most are a verb or punctuation).
pub(super) const GIVEN_NAME_CASE: Classes = CAPITALISED | HAS_LOWER;

/// The case classes every [`is_hyphened_article_name`] word has (lower case in the article, a
/// capital after it).
pub(super) const ARTICLE_NAME_CASE: Classes = HAS_LOWER | UPPER_OR_DIGIT;

/// A family name and a hyphened given name ([`is_short_family_name`],
/// [`is_hyphened_given_name`]) the tagger typed a thing, a place or an organisation, or cut
/// after the family name, are one person's name ("Lee Byung-hun"); a person's name followed by
/// a hyphened article and name no span covers goes on over it ("Abdel Fattah" +
/// "al-Burhan"). Not a listed place or group word as the family name ("Paris", "Thai").
/// Only the words of the tagger's spans and the one after each are read.
pub(super) fn foreign_name_shapes(
    text: &dyn Text,
    cl: &[Classes],
    union: Classes,
    out: &mut Vec<Named>,
) {
    // The hyphened given name or article and name is a [`RULE_CUE`].
    if union & RULE_CUE == 0 {
        return;
    }
    let n = cl.len();
    let mut changed = false;
    for k in 0..out.len() {
        let (s, e) = (out[k].start, out[k].end);
        let free_after = e < n && out.get(k + 1).is_none_or(|x| x.start > e);
        if e - s == 2
            && out[k].kind != PER
            && !has(cl, s, PLACE_OR_GROUP)
            && is_short_family_name(text.word(s))
            && is_hyphened_given_name(text.word(s + 1))
        {
            out[k].kind = PER;
        } else if e - s == 1
            && matches!(out[k].kind, PER | MISC)
            && free_after
            && !has(cl, s, PLACE_OR_GROUP)
            && class(cl, e) & GIVEN_NAME_CASE == GIVEN_NAME_CASE
            && is_short_family_name(text.word(s))
            && is_hyphened_given_name(text.word(e))
        {
            out[k].end = e + 1;
            out[k].kind = PER;
            changed = true;
        } else if out[k].kind == PER
            && free_after
            && class(cl, e) & ARTICLE_NAME_CASE == ARTICLE_NAME_CASE
            && is_hyphened_article_name(text.word(e))
        {
            out[k].end = e + 1;
            changed = true;
        }
    }
    if changed {
        normalise(out);
    }
}
