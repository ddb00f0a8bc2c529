//! Two names of two words or more joined by "and" into one span ("Fianna Fáil and Fine Gael
//! began talks", "New York and New Jersey"): the tagger now and then runs a pair of parties or
//! places into one name. Such a span is two names of its type (branch ent39). A body's name
//! with "and" has an "of"/"for" before it ("Department of Culture and Sport", left whole), or
//! a frequent unlisted word beside the "and" ("Food and Drug Administration", "Futures and
//! Options Exchange"), or ends in an organisation's head word that the words before "and" lack
//! ("Hong Kong and Shanghai Banking Corporation"): one name. An organisation's span may join
//! one word to two or more ("Dior and Louis Vuitton lost ground", ent40).

use super::*;

/// Longest span read (words).
const MAX_WORDS: usize = 8;

/// Whether a single word `first` and the words after "and" (`and_at`, to `end`) name one body:
/// the single word is a listed place ("Sutton and East Surrey Water": a company named after the
/// places it serves) or a frequent word is among the words after "and".
fn one_word_side_joins(cl: &[Classes], first: usize, and_at: usize, end: usize) -> bool {
    has(cl, first, PLACE_WORD) || (and_at + 1..end).any(|i| has(cl, i, COMMON))
}

/// Splits each span of two capitalised runs of two words or more joined by one "and" into two
/// names of the span's type and weight (see the module's note).
pub(super) fn joined_pairs(cl: &[Classes], union: Classes, out: &mut Vec<Named>) {
    if union & AND_EXACT == 0 {
        return;
    }
    let mut split = Vec::new();
    for m in out.iter_mut() {
        let len = m.end - m.start;
        // An organisation may join one word to two or more ("Dior and Louis Vuitton", ent40).
        let shortest = if m.kind == ORG { 4 } else { 5 };
        if !(shortest..=MAX_WORDS).contains(&len) {
            continue;
        }
        let left = if m.kind == ORG { 1 } else { 2 };
        let Some(j) = (m.start + left..m.end - 1).find(|&j| has(cl, j, AND_EXACT)) else {
            continue;
        };
        if j + 2 >= m.end
            || has(cl, j - 1, COMMON)
            || has(cl, j + 1, COMMON)
            || (m.start..m.end).any(|i| i != j && !has(cl, i, CAPITALISED) || has(cl, i, OF_FOR))
            || (has(cl, m.end - 1, ORG_HEAD) && !has(cl, j - 1, ORG_HEAD))
            || (j == m.start + 1 && one_word_side_joins(cl, m.start, j, m.end))
        {
            continue;
        }
        split.push(Named {
            start: j + 1,
            end: m.end,
            kind: m.kind,
            weight: m.weight,
        });
        m.end = j;
    }
    if !split.is_empty() {
        out.extend(split);
        normalise(out);
    }
}
