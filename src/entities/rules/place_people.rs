//! A place's people named after it: "Queenslanders", "Aucklanders", "Parisians",
//! "Californians", "New Yorkers" are NORP (the tagger made some ORG, left others out). The word
//! is a listed place's name with a people's ending ("-ers", "-ians", "-ns"; "Canadians" on
//! "Canada"); a word the gazetteers list themselves ("Americans") is theirs already.

use super::*;

/// The places a plural word for a people may be made on: "queenslanders" → "queensland",
/// "parisians" → "paris", "californians" → "california", "canadians" → "canada".
fn place_bases(lowered: &str) -> impl Iterator<Item = String> + '_ {
    let base = move |end: &'static str, add: &'static str| {
        lowered
            .strip_suffix(end)
            .filter(|b| b.len() >= 4)
            .map(|b| format!("{b}{add}"))
    };
    [
        base("ers", ""),
        base("ians", ""),
        base("ns", ""),
        base("ians", "a"),
    ]
    .into_iter()
    .flatten()
}

/// Whether `w` has the shape of a place's people's name: seven bytes or more ending in "ers" or
/// "ns" (a word's [`cue_words::PEOPLE_ENDING`], which gates [`place_people`]).
pub(super) fn has_people_ending(w: &str) -> bool {
    w.len() >= 7 && (w.ends_with("ers") || w.ends_with("ns"))
}

/// Whether `w` (capitalised, one word) names a place's people as the module says.
fn names_a_places_people(lex: &Lexicon, w: &str) -> bool {
    if !has_people_ending(w) {
        return false;
    }
    let lowered = lower(w);
    if lex.unit_marks_of(&lowered) & (PLACE_MARKS | GROUP_MARKS) != 0 {
        return false;
    }
    let listed = place_bases(&lowered).any(|b| lex.unit_marks_of(&b) & PLACE_MARKS != 0);
    listed
}

/// Whether a sentence the tagger found no name in opens with a word that may name a place's
/// people ("Aucklanders queued for hours"): capitalised, unlisted, not frequent, of the endings
/// [`names_a_places_people`] reads (the lexicon is asked by [`place_people`]; branch ent42).
pub(super) fn opens_with_people(text: &dyn Text, cl: &[Classes]) -> bool {
    class(cl, 0) & (CAPITALISED | STARTS_PHRASE | COMMON) == CAPITALISED && {
        let w = text.word(0);
        w.len() >= 7 && (w.ends_with("ers") || w.ends_with("ns"))
    }
}

/// Types a place's people NORP: a span of the word alone, or of capitalised words ending with it
/// ("New Yorkers"), takes the type; a word no span holds becomes one. `cues` is the union of the
/// sentence's words' [`cue_words::of`]: a sentence with no word of the shape is passed over
/// ([`cue_words::lacks`]).
pub(super) fn place_people(
    lex: &Lexicon,
    text: &dyn Text,
    cl: &[Classes],
    union: Classes,
    cues: Cues,
    out: &mut Vec<Named>,
) {
    if union & CAPITALISED == 0 || cue_words::lacks(cues, cue_words::PEOPLE_ENDING) {
        return;
    }
    // Only a capitalised word the lexicon has no entry for and that is not a frequent word can
    // be one ("Queenslanders"): most capitalised words (listed names, "The") are passed over
    // by the walk without their text being read.
    let mut from = 0;
    let mut added = false;
    while let Some(i) = next_with(cl, from, CAPITALISED | STARTS_PHRASE | COMMON, CAPITALISED) {
        from = i + 1;
        if !names_a_places_people(lex, text.word(i)) {
            continue;
        }
        match covering(out, i) {
            Some(k) => {
                let m = &mut out[k];
                if m.end == i + 1 && (m.start..i).all(|j| has(cl, j, CAPITALISED)) {
                    m.kind = NORP;
                }
            }
            None => {
                out.push(Named {
                    start: i,
                    end: i + 1,
                    kind: NORP,
                    weight: WEIGHT_SINGLE,
                });
                added = true;
            }
        }
    }
    if added {
        normalise_unsorted(out);
    }
}
