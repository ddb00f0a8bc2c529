//! Named cases for branch ent42 (made-up text): kinship words as titles (`words/titles.rs`),
//! bodies whose names join common words by "and" (`and_heads.rs`), brands named alone
//! (`listed_companies.rs`, simple-icons in `companies.txt`), a place's people opening a sentence
//! (`place_people.rs`, `may_find_alone`), places opened by a foreign street's or a hotel's word
//! (`foreign_places.rs`), a transcript's speaker before a colon
//! (`speaker_turns.rs`), a member's seat (`seats.rs`).

use super::*;
use super::{check_repairs, RepairCase};

const N: CaseMode = CaseMode::Normal;

const CASES: &[RepairCase] = &[
    (
        "a kinship word is no part of the name",
        &["Grandpa", "Ezekiel", "mended", "the", "fence"],
        N,
        &[(0, 2, PER)],
        &[(1, 2, PER)],
    ),
    (
        "an aunt's title is no part of the name",
        &["They", "stayed", "with", "Aunt", "Marisol", "in", "June"],
        N,
        &[(3, 5, PER)],
        &[(4, 5, PER)],
    ),
    (
        "a body's name joins common words by and before its head",
        &[
            "She",
            "joined",
            "the",
            "Food",
            "Quality",
            "and",
            "Safety",
            "Authority",
            "in",
            "2004",
        ],
        N,
        &[(6, 8, ORG)],
        &[(3, 8, ORG)],
    ),
    (
        "a nationality opens a body's name across and",
        &[
            "The",
            "Brazilian",
            "Teachers",
            "and",
            "Librarians",
            "Union",
            "called",
            "a",
            "strike",
        ],
        N,
        &[(1, 2, NORP), (4, 6, ORG)],
        &[(1, 6, ORG)],
    ),
    (
        "two bodies joined by and stay two",
        &[
            "The", "Home", "Office", "and", "Housing", "Council", "met", "today",
        ],
        N,
        &[(1, 3, ORG), (4, 6, ORG)],
        &[(1, 3, ORG), (4, 6, ORG)],
    ),
    (
        "a person before and is no part of a body",
        &["Greta", "and", "Pension", "Board", "members", "met"],
        N,
        &[(0, 1, PER), (2, 4, ORG)],
        &[(0, 1, PER), (2, 4, ORG)],
    ),
    (
        "a brand named alone is an organisation",
        &["I", "flew", "with", "Ryanair", "and", "the", "bags", "came"],
        N,
        &[(3, 4, PER)],
        &[(3, 4, ORG)],
    ),
    (
        "a place's people open a sentence",
        &["Tasmanians", "queued", "for", "tickets", "."],
        N,
        &[],
        &[(0, 1, NORP)],
    ),
    (
        "a street named in Portuguese is a place",
        &["We", "walked", "down", "Rua", "do", "Carmo", "at", "noon"],
        N,
        &[(3, 6, PER)],
        &[(3, 6, LOC)],
    ),
    (
        "a hotel's first word is taken into its name",
        &["We", "stayed", "at", "the", "Hotel", "Verdana", "in", "May"],
        N,
        &[(5, 6, ORG)],
        &[(4, 6, LOC)],
    ),
    (
        "a speaker's colon ends the name and the turn's first word is none",
        &["Hester", ":", "Right", ",", "let", "us", "begin", "."],
        N,
        &[(0, 3, PER)],
        &[(0, 1, PER)],
    ),
    (
        "a name after a speaker's colon is kept",
        &["Ravi", ":", "Lagos", "was", "hot", "."],
        N,
        &[(0, 3, PER)],
        &[(0, 1, PER), (2, 3, PER)],
    ),
    (
        "a member's seat is a place",
        &[
            "Nadia", "Sorel", ",", "the", "MP", "for", "Wexcombe", ",", "spoke",
        ],
        N,
        &[(0, 2, PER), (6, 7, PER)],
        &[(0, 2, PER), (6, 7, LOC)],
    ),
    (
        "a number of no letter after a colon is no name",
        &["REF", ":", "40/77", "was", "filed"],
        N,
        &[(0, 3, ORG)],
        &[(0, 1, ORG)],
    ),
];

#[test]
fn ent42_cases() {
    check_repairs(CASES);
}

/// A sentence the tagger found no name in is read when it opens with a place's people.
#[test]
fn opening_people_open_the_gate() {
    let words = ["Aucklanders", "queued", "for", "hours", "."];
    let mut cl = Vec::new();
    classes::of_words(lexicon::get(), &words, &mut cl);
    let mut ranges = Vec::new();
    let mut at = 0;
    for w in words {
        ranges.push(at..at + w.len());
        at += w.len() + 1;
    }
    let text = Lists {
        words: &words,
        ranges: &ranges,
    };
    assert!(may_find_alone(&text, &cl));
}
