//! Streets and squares the tagger leaves out (branch gum38): one to three capitalised words
//! before a street's head word ("along Central Ave", "divided by Admiral Blvd", "the Main
//! Plaza") are a place. Travel writing names streets this way in nearly every paragraph, and
//! the tagger, trained on news and on a few travel guides, finds only some of them. The
//! tagger's own names are left as they are: only words no name covers are read.

use super::*;

/// A street's or a square's head word, as written (capitalised): the [`FACILITY_HEAD`] words
/// that name a way or an open place, not a building ("Hall", "Station" name the building's
/// owner as often).
fn is_street_head(w: &str) -> bool {
    matches!(
        w,
        "Street"
            | "Road"
            | "Avenue"
            | "Ave"
            | "Boulevard"
            | "Blvd"
            | "Plaza"
            | "Expressway"
            | "Turnpike"
            | "Freeway"
            | "Motorway"
            | "Terrace"
    )
}

/// Words that never open or continue a street's name here: titles, months, weekdays, listed
/// non-names, the most frequent words ("The", "This"), articles and "and"/"of".
const NOT_IN_STREET: Classes = HONORIFIC
    | NON_NAME
    | ANY_MONTH
    | WEEKDAY
    | TOP_WORD
    | ARTICLE
    | AND
    | OF_FOR
    | POSSESSIVE
    | HEADLINE_VERB;

/// One to three capitalised words that no name covers, right before a capitalised street head
/// that no name covers, with no capitalised word right before them or after the head, are a
/// place (LOC, [`WEIGHT_MULTI`]). Not in ALL-CAPS or Title Case text, nor in a line that reads
/// as a headline ("Council Backs New Road"); not when the words open the sentence and are one
/// ("Road closures …" has no words before the head; "Park Road" opening one is two).
/// `union` is the union of the sentence's classes: without a facility's head word no word is
/// read.
pub(super) fn street_names(
    text: &dyn Text,
    cl: &[Classes],
    union: Classes,
    mode: CaseMode,
    out: &mut Vec<Named>,
) {
    const HEAD: Classes = FACILITY_HEAD | CAPITALISED;
    if union & HEAD != HEAD || mode != CaseMode::Normal {
        return;
    }
    let n = cl.len();
    let mut found: Vec<Named> = Vec::new();
    for i in 1..n {
        if class(cl, i) & HEAD != HEAD
            || has(cl, i + 1, CAPITALISED)
            || covering(out, i).is_some()
            || !is_street_head(text.word(i))
        {
            continue;
        }
        let mut j = i;
        while j > 0 && i - j < 3 {
            let c = class(cl, j - 1);
            if c & (CAPITALISED | HAS_LOWER) != CAPITALISED | HAS_LOWER
                || c & NOT_IN_STREET != 0
                || covering(out, j - 1).is_some()
            {
                break;
            }
            j -= 1;
        }
        if j == i
            || j > 0 && has(cl, j - 1, CAPITALISED)
            || j == 0 && i - j < 2
            || headlines::headline_like(cl, mode)
        {
            continue;
        }
        found.push(Named {
            start: j,
            end: i + 1,
            kind: LOC,
            weight: WEIGHT_MULTI,
        });
    }
    if !found.is_empty() {
        out.extend(found);
        normalise(out);
    }
}
