//! Named cases for the lead's rule of the forty-third session (made-up text), seen in the GUM
//! cross-validation's errors (`make gum-cv`): a language named alone typed a place, a body or a
//! person (`languages.rs`).

use super::*;
use super::{check_repairs, RepairCase};

const N: CaseMode = CaseMode::Normal;

const CASES: &[RepairCase] = &[
    (
        "a language after a verb of speaking typed a place",
        &["She", "spoke", "Swahili", "at", "home", "."],
        N,
        &[(2, 3, LOC)],
        &[(2, 3, MISC)],
    ),
    (
        "languages after from and into typed a body and a person",
        &[
            "translated",
            "from",
            "Sanskrit",
            "into",
            "Urdu",
            "and",
            "Tagalog",
        ],
        N,
        &[(2, 3, ORG), (4, 5, PER), (6, 7, LOC)],
        &[(2, 3, MISC), (4, 5, MISC), (6, 7, MISC)],
    ),
    (
        "a language opening a sentence",
        &["Esperanto", "was", "published", "in", "1887", "."],
        N,
        &[(0, 1, ORG)],
        &[(0, 1, MISC)],
    ),
    (
        "a people's word the tagger typed NORP keeps it",
        &["the", "Georgian", "and", "Hindi", "editions"],
        N,
        &[(1, 2, NORP), (3, 4, NORP)],
        &[(1, 2, NORP), (3, 4, NORP)],
    ),
    (
        "a language word inside a longer name is part of it",
        &["the", "Swahili", "Institute", "said"],
        N,
        &[(1, 3, ORG)],
        &[(1, 3, ORG)],
    ),
    (
        "a place or a given name is not read as a language",
        &["moved", "to", "Samoa", "with", "Georgia", "."],
        N,
        &[(2, 3, LOC), (4, 5, PER)],
        &[(2, 3, LOC), (4, 5, PER)],
    ),
    (
        "a language in capitals (an acronym's shape) is left",
        &["the", "URDU", "desk"],
        N,
        &[(1, 2, ORG)],
        &[(1, 2, ORG)],
    ),
];

#[test]
fn lead43_cases() {
    check_repairs(CASES);
}
