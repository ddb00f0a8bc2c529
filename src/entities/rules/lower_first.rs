//! Names that start with a lower-case letter: "easyJet", "eBay", "iPhone". The tagger never
//! tags them (nothing it learned from starts so), and no gazetteer lists them; their shape
//! does tell them: a short lower-case prefix, one capital, then lower-case letters.

use super::*;

/// The case classes of a word that starts in lower case and holds a capital or a digit ("eBay",
/// but also "3rd", "mRNA", "kWh"), as a mask and the classes it must leave: only such words are
/// read by [`lower_first_names`] (found by [`next_with`]).
pub(super) const LOWER_FIRST_MASK: Classes = CAPITALISED | HAS_LOWER | UPPER_OR_DIGIT;
pub(super) const LOWER_FIRST_CLASSES: Classes = HAS_LOWER | UPPER_OR_DIGIT;

/// Whether `w` is a name's shape that starts in lower case: one to five lower-case ASCII letters,
/// one capital, then at least two lower-case letters and nothing else ("easyJet", "eBay",
/// "iPhone"; not "mRNA", "kWh", "pH", "3rd", "iOS"), after no prefix of
/// [`is_common_noun_prefix`].
fn is_lower_first_name(w: &str) -> bool {
    let b = w.as_bytes();
    let prefix = b.iter().take_while(|c| c.is_ascii_lowercase()).count();
    let rest = b.get(prefix + 1..).unwrap_or(&[]);
    (1..=5).contains(&prefix)
        && b.get(prefix).is_some_and(u8::is_ascii_uppercase)
        && rest.len() >= 2
        && rest.iter().all(u8::is_ascii_lowercase)
        && !is_common_noun_prefix(&b[..prefix], rest.len() + 1)
}

/// Prefixes that make a common noun's page label or product, not a name: a possessive or "new"
/// ("ourNewsletter", "myAccount", "newSpaper"), and "e" before a word of five letters or more
/// ("eNewspaper", "eEdition", "ePaper"; "eBay" and "eToro" are names). `tail` is the length of
/// what follows the prefix.
fn is_common_noun_prefix(prefix: &[u8], tail: usize) -> bool {
    matches!(prefix, b"my" | b"our" | b"your" | b"new") || (prefix == b"e" && tail >= 5)
}

/// Whether a word of the sentence is [`is_lower_first_name`]: read only where the classes are
/// [`LOWER_FIRST_MASK`]'s classes (not every such word: "10am" and "3rd" have those classes too, and a
/// sentence without a tagged name is repaired whole when this holds).
pub(super) fn has_lower_first_name(text: &dyn Text, cl: &[Classes]) -> bool {
    let mut from = 0;
    while let Some(i) = next_with(cl, from, LOWER_FIRST_MASK, LOWER_FIRST_CLASSES) {
        if is_lower_first_name(text.word(i)) {
            return true;
        }
        from = i + 1;
    }
    false
}

/// A word of [`is_lower_first_name`]'s shape that no span covers is a name: a product after
/// the prefix "i" ("iPhone", "iPad": MISC), else a company ("easyJet", "eBay": ORG), one
/// mention's weight ([`WEIGHT_SINGLE`]). Running text only; the words are read only where
/// their classes are [`LOWER_FIRST_MASK`]'s.
pub(super) fn lower_first_names(
    text: &dyn Text,
    cl: &[Classes],
    mode: CaseMode,
    planes: Option<&Planes>,
    out: &mut Vec<Named>,
) {
    if mode != CaseMode::Normal {
        return;
    }
    let mut added = false;
    let walk = Walk::new(
        planes,
        Planes::lower_first,
        cl,
        0,
        LOWER_FIRST_MASK,
        LOWER_FIRST_CLASSES,
    );
    for i in walk {
        let w = text.word(i);
        if !is_lower_first_name(w) || covering(out, i).is_some() {
            continue;
        }
        let kind = if w.starts_with('i') { MISC } else { ORG };
        out.push(Named::word(i, kind, WEIGHT_SINGLE));
        added = true;
    }
    if added {
        normalise(out);
    }
}
