//! Vietnamese names whose family name reads as an English or a French word (branch ent33): "To
//! Lam", "Le Minh Hung", "Ho Duc Phoc", "Vo Van Thuong". The tagger takes the person from the
//! given names on ("To" + `Lam`), since "To", "Le", "Ho" are other words in English text.

use super::words::word_list;
use super::*;

word_list! {
VIETNAMESE_FAMILY_WORDS;
/// Vietnamese family names that are also common short words elsewhere, so the tagger leaves
/// them out of the name (the others, "Nguyen", "Pham", "Tran", it keeps).
pub(super) fn is_short_vietnamese_family_name(w: impl AsRef<[u8]>) -> bool {
    fn of(b: &[u8]) -> bool {
        matches!(
            b,
            b"To"
                | b"Le"
                | b"Do"
                | b"Ho"
                | b"Vo"
                | b"Vu"
                | b"Ly"
                | b"Ha"
                | b"Mai"
                | b"Ta"
                | b"Chu"
                | b"Cao"
        )
    }
    of(w.as_ref())
}
}

/// Whether `w` may be a Vietnamese given name without its marks: ASCII, a capital then one to
/// five lower-case letters ("Lam", "Minh", "Thuong").
fn is_short_given_name(w: &str) -> bool {
    let b = w.as_bytes();
    (2..=6).contains(&b.len())
        && b.first().is_some_and(u8::is_ascii_uppercase)
        && b.iter().skip(1).all(u8::is_ascii_lowercase)
}

/// A person's name of one to three short given names ([`is_short_given_name`]) right after such
/// a family name no span covers takes it in ("To" + `Lam` → `To Lam`). Not the sentence's first
/// word (where "To", "Do" open a sentence), running text only (a title-case headline
/// capitalises "To"). Only the word before each person's name is read, when it is capitalised.
pub(super) fn vietnamese_names(
    text: &dyn Text,
    cl: &[Classes],
    union: Classes,
    mode: CaseMode,
    out: &mut [Named],
) {
    // The family name is a [`RULE_CUE`].
    if mode != CaseMode::Normal || union & RULE_CUE == 0 {
        return;
    }
    for k in 0..out.len() {
        let (s, e) = (out[k].start, out[k].end);
        if out[k].kind != PER || s < 2 || e <= s || e - s > 3 || k > 0 && out[k - 1].end >= s {
            continue;
        }
        if !has(cl, s - 1, CAPITALISED) {
            continue;
        }
        if is_short_vietnamese_family_name(text.word(s - 1))
            && (s..e).all(|i| is_short_given_name(text.word(i)))
        {
            out[k].start = s - 1;
            out[k].weight = out[k].weight.max(WEIGHT_MULTI);
        }
    }
}
