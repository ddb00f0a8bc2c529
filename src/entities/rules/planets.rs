//! The Sun's planets named in a sentence about space ("Jupiter's moon Europa", "a flyby of
//! Mars after leaving Earth orbit") are places, as GUM marks "Earth" and as OntoNotes marks
//! planets. The tagger, trained on 1990s news where they are rare, reads most of them as
//! people (they are also Roman gods, and a singer is called Mars). Only a one-word name is
//! read, and only beside a word of space travel or astronomy: "Bruno Mars", "the Mercury
//! Prize" and "Venus Williams" are two words, and "Mercury said …" names no planet.

use super::cue_words::{self, PLANET, SPACE};
use super::*;

/// The planets of the solar system, as written in running text (Pluto kept: news still names
/// it among them). Their cue ([`PLANET`]) is in [`super::cue_words`]'s table.
pub(super) const PLANETS: &[&str] = &[
    "Mercury", "Venus", "Earth", "Mars", "Jupiter", "Saturn", "Uranus", "Neptune", "Pluto",
];

/// Words that put a sentence in space, as written: bodies, orbits, craft and those who study
/// them ([`SPACE`] in [`super::cue_words`]'s table). "launch" and "space" are left out: firms
/// launch products and rent office space.
pub(super) const SPACE_WORDS: &[&str] = &[
    "moon",
    "moons",
    "Moon",
    "planet",
    "planets",
    "orbit",
    "orbits",
    "orbiting",
    "orbiter",
    "spacecraft",
    "probe",
    "rover",
    "lander",
    "flyby",
    "telescope",
    "astronomer",
    "astronomers",
    "astronaut",
    "astronauts",
    "asteroid",
    "comet",
    "solar",
    "Nasa",
    "NASA",
    "Esa",
    "ESA",
    "satellite",
    "satellites",
    "mission",
    "crater",
    "atmosphere",
];

/// Whether word `i` stands alone: no capitalised word right after it, and none right before
/// it but a frequent one ("The", "On").
fn alone(cl: &[Classes], i: usize) -> bool {
    !has(cl, i + 1, CAPITALISED)
        && (i == 0 || !has(cl, i - 1, CAPITALISED) || has(cl, i - 1, TOP_WORD))
}

/// In a sentence with a planet and a word of space (`cue_union`, the union of its words'
/// [`Cues`]), a planet standing alone ([`alone`]) is LOC at [`WEIGHT_SURE`]: a one-word name
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
            || !alone(cl, i)
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
                out.push(Named {
                    start: i,
                    end: i + 1,
                    kind: LOC,
                    weight: WEIGHT_SURE,
                });
                added = true;
            }
        }
    }
    if added {
        normalise(out);
    }
}
