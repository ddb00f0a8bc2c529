//! Named cases for branch ent44 (made-up text): one-word places a text types as people, shown
//! by the words around a mention (`place_votes.rs`), and the vote that makes such a name a
//! place (`linking.rs`).

use super::*;
use super::{check_repairs, RepairCase};
use crate::entities::linking::{link_in, Mention};

const N: CaseMode = CaseMode::Normal;

const CASES: &[RepairCase] = &[
    (
        "a one-word name after a place's people and of is a place",
        &["The", "population", "of", "Varnok", "doubled", "."],
        N,
        &[(3, 4, PER)],
        &[(3, 4, LOC)],
    ),
    (
        "a one-word name defined as a town is a place",
        &[
            "Quellin", "is", "the", "region's", "oldest", "town", "and", "its", "port", ".",
        ],
        N,
        &[(0, 1, PER)],
        &[(0, 1, LOC)],
    ),
    (
        "a town used as a modifier defines no place",
        &["Quellin", "is", "a", "town", "councillor", "."],
        N,
        &[(0, 1, PER)],
        &[(0, 1, PER)],
    ),
    (
        "a one-word name before a comma and a listed place is a place",
        &[
            "They", "sailed", "past", "Marvoa", ",", "Greece", ",", "at", "dawn", ".",
        ],
        N,
        &[(3, 4, PER), (5, 6, LOC)],
        &[(3, 4, LOC), (5, 6, LOC)],
    ),
    (
        "a company after the centre of stays a company",
        &["It", "is", "the", "centre", "of", "Zentrix", "plans", "."],
        N,
        &[(5, 6, ORG)],
        &[(5, 6, ORG)],
    ),
];

#[test]
fn ent44_cases() {
    check_repairs(CASES);
}

/// The mentions shown a place vote at the place's weight; a plain mention keeps its own.
#[test]
fn place_cues_carry_their_weight() {
    let got = repair_words(
        &[
            "The", "streets", "of", "Varnok", "and", "Varnok", "itself", ".",
        ],
        N,
        &[(3, 4, PER), (5, 6, PER)],
    );
    let weights: Vec<(usize, u32)> = got.iter().map(|m| (m.kind, m.weight)).collect();
    assert_eq!(weights, vec![(LOC, WEIGHT_PLACE_CUE), (PER, WEIGHT_SINGLE)]);
}

fn mention(word: &'static str, kind: usize, weight: u32) -> Mention<'static> {
    Mention {
        tokens: vec![word].into(),
        kind,
        weight,
    }
}

/// Two mentions shown a place make a one-word name a place whatever its plain mentions say;
/// one does not, nor two when a title makes it a person.
#[test]
fn two_place_cues_outvote_plain_mentions() {
    let kinds = |ms: &[Mention]| -> Vec<usize> { link_in("", ms).iter().map(|l| l.kind).collect() };
    let mut ms = vec![mention("Varnok", PER, WEIGHT_SINGLE); 8];
    ms.push(mention("Varnok", LOC, WEIGHT_PLACE_CUE));
    assert!(kinds(&ms).iter().all(|&k| k == PER));
    ms.push(mention("Varnok", LOC, WEIGHT_PLACE_CUE));
    assert!(kinds(&ms).iter().all(|&k| k == LOC));
    ms.push(mention("Varnok", PER, WEIGHT_SURE));
    assert!(kinds(&ms).iter().all(|&k| k == PER));
}

/// A surname after "in" and before "and" another is an author, not a place's vote.
#[test]
fn authors_after_in_cast_no_place_vote() {
    let got = repair_words(
        &["as", "in", "Varnok", "and", "Ellery", "'s", "study", "."],
        N,
        &[(2, 3, PER), (4, 5, PER)],
    );
    assert!(got.iter().all(|m| m.weight < WEIGHT_PLACE_CUE), "{got:?}");
}
