//! Named cases for `planets.rs` (made-up text): a planet typed a person or a company in a
//! sentence about space is a place; the same words as people, prizes or brands are left.

use super::*;
use super::{check_repairs, RepairCase};

const N: CaseMode = CaseMode::Normal;

const CASES: &[RepairCase] = &[
    (
        "a planet before a possessive moon",
        &["The", "probe", "passed", "Saturn", "'s", "largest", "moon"],
        N,
        &[(3, 4, PER)],
        &[(3, 4, LOC)],
    ),
    (
        "a planet a rover reached",
        &["The", "rover", "landed", "on", "Mars", "in", "February"],
        N,
        &[(4, 5, ORG)],
        &[(4, 5, LOC)],
    ),
    (
        "a planet in a sentence without space is left",
        &["Mercury", "said", "the", "deal", "was", "done"],
        N,
        &[(0, 1, ORG)],
        &[(0, 1, ORG)],
    ),
    (
        "a singer of two words is left",
        &["Bruno", "Mars", "sang", "about", "the", "moon"],
        N,
        &[(0, 2, PER)],
        &[(0, 2, PER)],
    ),
    (
        "a planet inside a longer capitalised run is left",
        &["The", "Venus", "Williams", "mission", "statement"],
        N,
        &[(1, 2, PER)],
        &[(1, 2, PER)],
    ),
    (
        "a planet no name covers is added in a sentence about space",
        &["Jupiter", "is", "the", "largest", "planet"],
        N,
        &[],
        &[(0, 1, LOC)],
    ),
    (
        "a planet no name covers is left in a sentence of business",
        &["Mars", "raised", "the", "price", "of", "chocolate"],
        N,
        &[],
        &[],
    ),
];

#[test]
fn planets_in_space_are_places() {
    check_repairs(CASES);
}

/// The gate: a planet and a word of space make the pair of cues the rule needs.
#[test]
fn a_planet_and_a_space_word_are_cues() {
    use super::cue_words::{of, PLANET, SPACE};
    assert_eq!(of("Jupiter"), PLANET);
    assert_eq!(of("orbiter"), SPACE);
    assert_eq!(of("jupiter") & PLANET, 0);
    assert_eq!(of("launch") & SPACE, 0);
}
