//! A one-word name the tagger typed as a person that the words after it show to be a thing:
//! "Klarna said on Tuesday it had cut its losses", "Ocado, which runs warehouses". Companies
//! with short names of their own ("Ocado", "Klarna", "Deliveroo") read as surnames to the
//! tagger, and no list holds them; the pronoun a text uses for its subject does tell them.

use super::*;

/// Verbs of saying and reporting after which the subject's pronoun is looked for.
fn is_report_verb(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "says"
            | "reported"
            | "reports"
            | "announced"
            | "announces"
            | "warned"
            | "warns"
            | "confirmed"
            | "confirms"
            | "added"
            | "expects"
            | "expected"
    )
}

/// Pronouns that show a person: the search for "its" stops at them.
fn is_personal_pronoun(w: &str) -> bool {
    matches!(
        w,
        "he" | "she" | "his" | "her" | "him" | "they" | "their" | "them" | "I" | "we" | "our"
    )
}

/// Most words after the verb searched for the subject's pronoun.
const PRONOUN_WINDOW: usize = 8;

/// A one-word name typed PER (no listed first name, no title before it) that is followed by
/// ", which", or by a verb of saying whose next pronoun (before any personal one) is "its",
/// is an organisation. Running text only; only such names' next words are read.
pub(super) fn things_named_as_people(
    text: &dyn Text,
    cl: &[Classes],
    mode: CaseMode,
    out: &mut [Named],
) {
    if mode != CaseMode::Normal {
        return;
    }
    let n = cl.len();
    for m in out.iter_mut() {
        if m.kind != PER
            || m.end - m.start != 1
            || m.weight == WEIGHT_SURE
            || has(cl, m.start, FIRST_NAME | HONORIFIC)
        {
            continue;
        }
        let next = text.word(m.end);
        let thing = if next == "," {
            text.word(m.end + 1) == "which"
        } else if is_report_verb(next) {
            (m.end + 1..(m.end + 1 + PRONOUN_WINDOW).min(n))
                .map(|i| text.word(i))
                .find(|w| *w == "its" || is_personal_pronoun(w))
                == Some("its")
        } else {
            false
        };
        if thing {
            m.kind = ORG;
            m.weight = WEIGHT_SURE;
        }
    }
}
