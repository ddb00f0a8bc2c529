//! Listed places: whether a name is one, and a place typed as an organisation after "in".

use super::*;

/// Whether every word of the name is covered by a listed place.
pub(super) fn listed_place(lex: &Lexicon, text: &dyn Text, cl: &[Classes], m: &Named) -> bool {
    listed_as(lex, text, cl, m, PLACE_MARKS)
}

/// Whether every word of the name is covered by a gazetteer phrase of the classes `mask`.
pub(super) fn listed_as(
    lex: &Lexicon,
    text: &dyn Text,
    cl: &[Classes],
    m: &Named,
    mask: u32,
) -> bool {
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
    // The shared lexicon's answers are kept by the words (natively: in the WASM the memo's
    // code would grow the download).
    #[cfg(not(target_arch = "wasm32"))]
    if lex.is_shared() {
        return super::place_memo::remembered(span, mask, || marked_as(lex, span, mask));
    }
    marked_as(lex, span, mask)
}

/// Whether the lexicon gives every word of `span` a mark of `mask`.
pub(super) fn marked_as(lex: &Lexicon, span: &[&str], mask: u32) -> bool {
    thread_local! {
        static BUF: std::cell::RefCell<lexicon::MarksBuf> = Default::default();
    }
    BUF.with(|buf| match buf.try_borrow_mut() {
        Ok(mut buf) => lex
            .marks_of_words_with(span, &mut buf)
            .iter()
            .all(|&k| k & mask != 0),
        Err(_) => lex.marks_of_words(span).iter().all(|&k| k & mask != 0),
    })
}

/// A listed place the tagger typed ORG is a place again after "in", "near" or "outside" ("the
/// station in Leeds"), unless it owns something ("in Leeds's win", the team). A multi-word
/// mention's weight: the document's other mentions still decide by vote (DESIGN.md).
/// Not gated by the sentence's classes: "between" (ent31) has no class bit.
pub(super) fn place_context(
    lex: &Lexicon,
    text: &dyn Text,
    cl: &[Classes],
    union: Classes,
    out: &mut [Named],
) {
    // Every change follows "in", "near", "outside" or "between" (a [`RULE_CUE`]).
    if union & (PLACE_PREPOSITION | RULE_CUE) == 0 {
        return;
    }
    // Whether the last name was a place after such a word ("in Newtown" + "and Welshpool").
    let mut last_place: Option<usize> = None;
    for m in out.iter_mut() {
        let chained = last_place.take().is_some_and(|end| end + 1 == m.start)
            && has(cl, m.start - 1, AND_EXACT);
        if m.start == 0 {
            continue;
        }
        let before = has(cl, m.start - 1, PLACE_PREPOSITION);
        // A listed place typed ORG after "between", or after "and" and a place found so
        // (ent31: "between Shrewsbury and Aberystwyth", "in Newtown and Welshpool"); the word
        // before is read only in a sentence holding a rule's cue word, and when it is seven
        // bytes long.
        let between = !before
            && matches!(m.kind, ORG | LOC)
            && (chained
                || union & RULE_CUE != 0
                    && text.range(m.start - 1).is_some_and(|r| r.len() == 7)
                    && text.word(m.start - 1) == "between");
        if !before && !between || has(cl, m.end, POSSESSIVE) || is_apostrophe(text, cl, m.end) {
            continue;
        }
        if m.kind == LOC {
            last_place = Some(m.end);
            continue;
        }
        if m.kind == PER
            && before
            && m.end - m.start == 1
            && !has(cl, m.start, FIRST_NAME)
            && !matches!(text.word(m.end), "v" | "v." | "vs" | "vs." | "against")
        {
            // One word no list has as a first name, after "in": a place the tagger took for a
            // person ("in Agbado"); a single mention's weight, so that the text's other
            // mentions ("Mr Agbado") still decide. Not a party to a case ("in Brown v. …").
            m.kind = LOC;
            last_place = Some(m.end);
            continue;
        }
        if m.kind != ORG || !listed_place(lex, text, cl, m) {
            continue;
        }
        m.kind = LOC;
        m.weight = m.weight.max(WEIGHT_MULTI);
        last_place = Some(m.end);
    }
}

/// A group name the tagger cut after its first word ("New" + `Yorkers`, "Native" + `Americans`)
/// takes that word back when the two are a listed group phrase; a MISC name that is exactly a
/// listed group word or phrase ("Saudis") is NORP, as training relabels such names.
pub(super) fn group_phrases(lex: &Lexicon, text: &dyn Text, cl: &[Classes], out: &mut [Named]) {
    let mut prev_end = 0;
    for m in out.iter_mut() {
        if m.kind == MISC && listed_as(lex, text, cl, m, GROUP_MARKS) {
            m.kind = NORP;
        }
        let open = m.start > prev_end && m.start > 0;
        prev_end = m.end;
        if !open || m.kind != NORP || !has(cl, m.start - 1, CAPITALISED | STARTS_PHRASE) {
            continue;
        }
        let wider = Named {
            start: m.start - 1,
            ..m.clone()
        };
        if class(cl, m.start - 1) & (CAPITALISED | STARTS_PHRASE) == CAPITALISED | STARTS_PHRASE
            && listed_as(lex, text, cl, &wider, GROUP_MARKS)
        {
            m.start -= 1;
        }
    }
}
