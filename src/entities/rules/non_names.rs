//! Spans that are no names: social-media markers, trailing lower-case words, capitalised
//! connectives, labels and dates.

use super::*;

/// @handles, web addresses and hashtags are not names (DESIGN.md); a leading "RT" is dropped.
/// Only where some word of the sentence is a handle, a web address or a "#" (`union`: the
/// classes of its words); elsewhere [`social_everywhere`] removes nothing.
pub(super) fn social(text: &dyn Text, cl: &[Classes], union: Classes, out: &mut Vec<Named>) {
    if union & (SOCIAL | HASH) != 0 {
        social_everywhere(text, cl, out);
    }
}

/// [`social`] without its gate (the tests' reference).
pub(super) fn social_everywhere(text: &dyn Text, cl: &[Classes], out: &mut Vec<Named>) {
    let glued_to_hash = |i: usize| {
        i > 0
            && has(cl, i - 1, HASH)
            && text.range(i - 1).map(|r| r.end) == text.range(i).map(|r| r.start)
    };
    out.retain(|m| !(m.start..m.end).any(|i| has(cl, i, SOCIAL)) && !glued_to_hash(m.start));
}

/// A name that starts capitalised does not end in a lower-case word ("Omar arrived"). A name's
/// words are looked at for a bracket only where the sentence holds one (`union`: its words'
/// classes).
pub(super) fn trim_trailing_lower(
    cl: &[Classes],
    union: Classes,
    mode: CaseMode,
    out: &mut [Named],
) {
    if mode == CaseMode::AllCaps {
        return;
    }
    for m in out.iter_mut() {
        if !has(cl, m.start, CAPITALISED) {
            continue;
        }
        let bracketed =
            union & OPEN_BRACKET != 0 && (m.start..m.end).any(|i| has(cl, i, OPEN_BRACKET));
        loop {
            while m.end > m.start + 1
                && !has(cl, m.end - 1, UPPER_OR_DIGIT)
                && !(bracketed && has(cl, m.end - 1, CLOSE_BRACKET))
            {
                m.end -= 1;
            }
            // Nor in a preposition and a number: "joined Kestrel Dynamics in 2019".
            let e = m.end;
            if e >= m.start + 3 && has(cl, e - 1, NUMBER) && has(cl, e - 2, YEAR_PREPOSITION) {
                m.end = e - 2;
                continue;
            }
            // Nor in "on" or "in" and a weekday or a month: "the Moon on Wednesday" (ent43).
            if e >= m.start + 3
                && has(cl, e - 1, WEEKDAY | MONTH)
                && has(cl, e - 2, ON | YEAR_PREPOSITION)
            {
                m.end = e - 2;
                continue;
            }
            break;
        }
    }
}

/// Capitalised words that are not names: connectives, page labels, months and dates, counted
/// things with a number ("Stage 3"), and a sentence-initial common plural ("Traders").
/// Each drop needs a word of a class in the sentence (`union`): without any, no name is read.
pub(super) fn non_names(cl: &[Classes], union: Classes, mode: CaseMode, out: &mut Vec<Named>) {
    if union & (NON_NAME | ANY_MONTH | COUNTED_NOUN | COMMON_PLURAL) == 0 {
        return;
    }
    // A name dropped below has a first word of one of these classes (a dated one's words are
    // all months, numbers or bare-empty): where none has, nothing is read again (the retain
    // cost ~45 instructions a name of news).
    const FIRST: Classes =
        NON_NAME | ANY_MONTH | COUNTED_NOUN | COMMON_PLURAL | BARE_NUMBER | BARE_EMPTY;
    if !out.iter().any(|m| has(cl, m.start, FIRST)) {
        return;
    }
    out.retain(|m| {
        let span = || (m.start..m.end).map(|i| class(cl, i));
        let len = m.end.saturating_sub(m.start);
        let first = span().next().unwrap_or(BEYOND);
        if len == 1 && first & NON_NAME != 0 {
            return false;
        }
        // Months with day numbers or abbreviated ("Nov. 3", "Sept.").
        let dated = span().all(|c| c & (ANY_MONTH | BARE_NUMBER | BARE_EMPTY) != 0)
            && (span().any(|c| c & MONTH != 0)
                || has(cl, m.end, NUMBER)
                || span().any(|c| c & BARE_NUMBER != 0));
        if dated && span().any(|c| c & ANY_MONTH != 0) {
            return false;
        }
        // "Stage 3": a counted noun and its number.
        if first & COUNTED_NOUN != 0
            && (len == 1 && has(cl, m.end, NUMBER)
                || len >= 2 && span().skip(1).all(|c| c & BARE_NUMBER != 0))
        {
            return false;
        }
        // A common plural starting a normally cased sentence, listed by no gazetteer.
        !(len == 1
            && m.start == 0
            && mode == CaseMode::Normal
            && m.kind != kind_of("NORP")
            && first & COMMON_PLURAL != 0)
    });
}
