//! The Sun's planets named in a sentence about space ("Jupiter's moon Europa", "a flyby of
//! Mars after leaving Earth orbit") are places, as GUM marks "Earth" and as OntoNotes marks
//! planets. The tagger, trained on 1990s news where they are rare, reads most of them as
//! people (they are also Roman gods, and a singer is called Mars). Only a one-word name is
//! read, and only beside a word of space travel or astronomy: "Bruno Mars", "the Mercury
//! Prize" and "Venus Williams" are two words, and "Mercury said …" names no planet.

use super::cue_words::{self, PLANET, SPACE};
use super::*;

// The planets (Mercury … Neptune, and Pluto, which news still names among them) and the
// words that put a sentence in space (moon, orbit, spacecraft, probe, rover, telescope, Nasa …;
// not "launch" or "space": firms launch products and rent office space) are listed in
// `cue_words`' table as PLANET and SPACE.

/// In a sentence with a planet and a word of space (`cue_union`, the union of its words'
/// [`Cues`]), a planet standing alone ([`stands_alone`]) is LOC at [`WEIGHT_SURE`]: a one-word name
/// typed otherwise (below that weight) is retyped, and a planet no name covers is added. Other
/// sentences (nearly all) read no word.
pub(super) fn planets(text: &dyn Text, cl: &[Classes], cue_union: Cues, out: &mut Vec<Named>) {
    if cue_union & (PLANET | SPACE) != PLANET | SPACE {
        return;
    }
    let mut added = false;
    for i in 0..cl.len() {
        if class(cl, i) & (CAPITALISED | HAS_LOWER) != CAPITALISED | HAS_LOWER
            || cue_words::listed(text.word(i).as_bytes()) & PLANET == 0
            || !stands_alone(cl, i)
        {
            continue;
        }
        match covering(out, i) {
            Some(k) => {
                let m = &mut out[k];
                if m.end == m.start + 1 && m.kind != LOC && m.weight < WEIGHT_SURE {
                    m.kind = LOC;
                    m.weight = WEIGHT_SURE;
                }
            }
            None => {
                out.push(Named::word(i, LOC, WEIGHT_SURE));
                added = true;
            }
        }
    }
    if added {
        normalise(out);
    }
}
