//! Numbered parts of laws and documents are no organisations or places: "Title IV", "Article III", "Rule 37",
//! "Schedule 2", "Tab 8" (court records, academic papers and reports cite them often; the tagger
//! takes a capitalised word and a Roman numeral for an organisation or a place): MISC.
//! [`super::non_names`] drops "Stage 3" and "Article 50" by [`COUNTED_NOUN`] and Arabic numbers;
//! this adds the Roman numerals and the parts of legal texts that the counted nouns leave out.

use super::*;

/// A part of a law or a document that a number or a Roman numeral follows, lower-cased.
pub(super) fn is_provision_word(w: &str) -> bool {
    let b = w.as_bytes();
    if b.len() < 3 || b.len() > 9 {
        return false;
    }
    let mut low = [0u8; 9];
    for (l, c) in low.iter_mut().zip(b) {
        *l = c.to_ascii_lowercase();
    }
    matches!(
        &low[..b.len()],
        b"title"
            | b"article"
            | b"rule"
            | b"tab"
            | b"chapter"
            | b"section"
            | b"schedule"
            | b"clause"
            | b"annex"
            | b"appendix"
            | b"exhibit"
            | b"paragraph"
            | b"part"
            | b"volume"
            | b"book"
            | b"act"
    )
}

/// A Roman numeral of up to seven letters, in capitals ("IV", "XIII").
fn is_roman(w: &str) -> bool {
    (1..=7).contains(&w.len())
        && w.bytes()
            .all(|c| matches!(c, b'I' | b'V' | b'X' | b'L' | b'C'))
}

/// A span of a provision's word and its number ("Title IV") is MISC (as CoNLL types laws; GUM
/// marks no such name), and so is the word alone with the number after it ("Title" + "IV").
pub(super) fn provisions(text: &dyn Text, cl: &[Classes], union: Classes, out: &mut [Named]) {
    // The capitalised provision word is a [`RULE_CUE`].
    if union & RULE_CUE == 0 {
        return;
    }
    // A number, or a word in capitals (read as a Roman numeral then).
    let numbered = |i: usize| {
        let c = class(cl, i);
        c & NUMBER != 0 || c & (CAPITALISED | HAS_LOWER) == CAPITALISED && is_roman(text.word(i))
    };
    for m in out.iter_mut() {
        let len = m.end - m.start;
        if len > 2
            || m.kind == MISC
            || class(cl, m.start) & (CAPITALISED | HAS_LOWER) != CAPITALISED | HAS_LOWER
        {
            continue;
        }
        let number_at = if len == 2 { m.start + 1 } else { m.end };
        if numbered(number_at) && is_provision_word(text.word(m.start)) {
            m.end = number_at + 1;
            m.kind = MISC;
        }
    }
}
