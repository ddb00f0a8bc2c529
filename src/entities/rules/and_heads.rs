//! A body whose own name joins two common words by "and" before its head word ("the Food and
//! Agriculture Organization", "the Australian Nurses and Midwifery Federation"): the tagger
//! left the first out, or found nothing, or cut a nationality off (branch ent42; lead41's probe).
//! [`super::and_bodies`] takes one word in after an article; this reads up to three words
//! before "and", a nationality or place first.

use super::*;

/// Last words of a body (not a company's: "Sony and Samsung Electronics" are two).
fn is_body_head(w: &str) -> bool {
    matches!(
        w,
        "Organization"
            | "Organisation"
            | "Federation"
            | "Association"
            | "Union"
            | "Council"
            | "Commission"
            | "Authority"
            | "Agency"
            | "Service"
            | "Institute"
            | "Society"
            | "Board"
            | "Department"
            | "Ministry"
            | "Alliance"
            | "Movement"
            | "Trust"
            | "Foundation"
            | "Committee"
            | "Network"
            | "Coalition"
    )
}

/// Classes no word of the name before "and" may have.
const NEVER_BEFORE: Classes = ORG_HEAD
    | GOVERNMENT_HEAD
    | FIRST_NAME
    | HONORIFIC
    | TITLE_MODIFIER
    | NON_NAME
    | ANY_MONTH
    | WEEKDAY
    | TOP_WORD
    | POSSESSIVE;

/// Classes no word between "and" and the head word may have.
const NEVER_AFTER: Classes = FIRST_NAME | PLACE_OR_GROUP | NON_NAME | ANY_MONTH | WEEKDAY;

/// Each "and" with one to three capitalised frequent words before it ([`COMMON`]; the first may
/// be a listed place or group word, an opener: "Australian"), after no capitalised word, and one
/// to three capitalised words after it ending in a body's head ([`is_body_head`]) makes one ORG
/// of them, the spans inside it given up. The words between "and" and the head are frequent
/// ones too unless an opener came first: lists tell "Food and Agriculture Organization" from
/// "Food and Kettering Borough Council" by frequency alone, and tell nothing of "Maritime and
/// Coastguard Agency". A name that crosses either end is left alone.
pub(super) fn and_heads(text: &dyn Text, cl: &[Classes], union: Classes, out: &mut Vec<Named>) {
    if union & AND_EXACT == 0 || union & ORG_HEAD == 0 {
        return;
    }
    let n = cl.len();
    let mut changed = false;
    let mut from = 1;
    while let Some(a) = (from..n.saturating_sub(2)).find(|&i| has(cl, i, AND_EXACT)) {
        from = a + 1;
        // The head within three words after "and".
        let Some(h) = (a + 2..(a + 4).min(n)).find(|&i| {
            has(cl, i, ORG_HEAD) && has(cl, i, CAPITALISED) && is_body_head(text.word(i))
        }) else {
            continue;
        };
        // The words before "and": capitalised, at most three, after no capitalised word.
        let mut s = a;
        while s > 0 && a - s < 3 && has(cl, s - 1, CAPITALISED) && !has(cl, s - 1, THE_CAPITALISED)
        {
            s -= 1;
        }
        if s == a || (s > 0 && has(cl, s - 1, CAPITALISED) && !has(cl, s - 1, THE_CAPITALISED)) {
            continue;
        }
        let opener = class(cl, s) & (PLACE_WORD | GROUP_WORD) != 0;
        let first_common = if opener { s + 1 } else { s };
        let frequent = |i: usize| class(cl, i) & (COMMON | NEVER_BEFORE) == COMMON;
        if first_common == a || has(cl, s, NEVER_BEFORE) || !(first_common..a).all(frequent) {
            continue;
        }
        let after_ok = (a + 1..h).all(|i| {
            class(cl, i) & (CAPITALISED | NEVER_AFTER) == CAPITALISED
                && (opener || has(cl, i, COMMON))
        });
        if !after_ok {
            continue;
        }
        let end = h + 1;
        if out
            .iter()
            .any(|m| (m.start < s && m.end > s) || (m.start < end && m.end > end))
        {
            continue;
        }
        if out
            .iter()
            .any(|m| m.start == s && m.end == end && m.kind == ORG)
        {
            continue;
        }
        out.retain(|m| m.end <= s || m.start >= end);
        out.push(Named {
            start: s,
            end,
            kind: ORG,
            weight: WEIGHT_MULTI,
        });
        changed = true;
        from = end;
    }
    if changed {
        normalise_unsorted(out);
    }
}
