//! Listed places: whether a name is one, and a place typed as an organisation after "in".

use super::*;

/// Whether every word of the name is covered by a listed place.
pub(super) fn listed_place(lex: &Lexicon, text: &dyn Text, cl: &[Classes], m: &Named) -> bool {
    let len = if m.start <= m.end && m.end <= cl.len() {
        m.end - m.start
    } else {
        0
    };
    // The first word's marks come only from phrases that start at it: when it starts none,
    // it has no mark and the name is no listed place.
    if len > 0 && !has(cl, m.start, STARTS_PHRASE) {
        return false;
    }
    // The name's words, in a stack array when short (most are).
    let mut short = [""; 8];
    let long: Vec<&str>;
    let span: &[&str] = match short.get_mut(..len) {
        Some(slots) => {
            for (k, slot) in slots.iter_mut().enumerate() {
                *slot = text.word(m.start + k);
            }
            slots
        }
        None => {
            long = (m.start..m.start + len).map(|i| text.word(i)).collect();
            &long
        }
    };
    thread_local! {
        static BUF: std::cell::RefCell<lexicon::MarksBuf> = Default::default();
    }
    BUF.with(|buf| match buf.try_borrow_mut() {
        Ok(mut buf) => lex
            .marks_of_words_with(span, &mut buf)
            .iter()
            .all(|&k| k & PLACE_MARKS != 0),
        Err(_) => lex
            .marks_of_words(span)
            .iter()
            .all(|&k| k & PLACE_MARKS != 0),
    })
}

/// A listed place the tagger typed ORG is a place again after "in", "near" or "outside" ("the
/// station in Leeds"), unless it owns something ("in Leeds's win", the team). A multi-word
/// mention's weight: the document's other mentions still decide by vote (DESIGN.md).
pub(super) fn place_context(lex: &Lexicon, text: &dyn Text, cl: &[Classes], out: &mut [Named]) {
    for m in out.iter_mut() {
        if m.kind != ORG
            || m.start == 0
            || !has(cl, m.start - 1, PLACE_PREPOSITION)
            || has(cl, m.end, POSSESSIVE | APOSTROPHE)
            || !listed_place(lex, text, cl, m)
        {
            continue;
        }
        m.kind = LOC;
        m.weight = m.weight.max(WEIGHT_MULTI);
    }
}
