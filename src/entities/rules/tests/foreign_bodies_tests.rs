//! Named cases for `foreign_bodies.rs` (made-up text): bodies named in another language or
//! winning seats that the tagger typed as people; look-alikes that must not change. The
//! tagger's spans are given.

use super::*;
use super::{check_repairs, RepairCase};

const N: CaseMode = CaseMode::Normal;

const FOREIGN_BODIES: &[RepairCase] = &[
    (
        "a French charity's name with a preposition inside",
        &[
            "Médecins",
            "Sans",
            "Frontières",
            "said",
            "it",
            "would",
            "help",
        ],
        N,
        &[(0, 3, PER)],
        &[(0, 3, ORG)],
    ),
    (
        "a Spanish charity's name inside a sentence",
        &["staff", "of", "Médicos", "Sin", "Fronteras", "left"],
        N,
        &[(2, 5, PER)],
        &[(2, 5, ORG)],
    ),
    (
        "a name of four words with a preposition and an article",
        &["Acción", "Contra", "el", "Hambre", "warned"],
        N,
        &[(0, 4, PER)],
        &[(0, 4, ORG)],
    ),
    (
        "a party's second word typed a person before won seats takes its first",
        &["Sinn", "Féin", "won", "39", "seats", "."],
        N,
        &[(1, 2, PER)],
        &[(0, 2, ORG)],
    ),
    (
        "a party of two words typed a person before took seats",
        &["Fianna", "Fáil", "took", "38", "seats"],
        N,
        &[(0, 2, PER)],
        &[(0, 2, ORG)],
    ),
    (
        "a one-word party inside a sentence that lost seats",
        &["but", "Vastra", "lost", "12", "seats"],
        N,
        &[(1, 2, PER)],
        &[(1, 2, ORG)],
    ),
    (
        "a Spanish person's name with y stays a person",
        &["José", "Ortega", "y", "Gasset", "wrote"],
        N,
        &[(0, 4, PER)],
        &[(0, 4, PER)],
    ),
    (
        "a person's name with de la stays a person",
        &["Anouk", "de", "la", "Tallis", "said"],
        N,
        &[(0, 4, PER)],
        &[(0, 4, PER)],
    ),
    (
        "a preposition opening a two-word name is left alone",
        &["Sans", "Frontières", "said"],
        N,
        &[(0, 2, PER)],
        &[(0, 2, PER)],
    ),
    (
        "a person who won a share of the vote stays a person",
        &["Mary", "Lou", "McDonald", "won", "39", "percent"],
        N,
        &[(0, 3, PER)],
        &[(0, 3, PER)],
    ),
    (
        "a person who won a seat stays a person",
        &["Ciara", "Tolland", "won", "a", "seat"],
        N,
        &[(0, 2, PER)],
        &[(0, 2, PER)],
    ),
    (
        "a listed first name before a party is not taken in",
        &["Anna", "Féin", "won", "2", "seats"],
        N,
        &[(1, 2, PER)],
        &[(1, 2, ORG)],
    ),
];

#[test]
fn foreign_bodies_typed_people() {
    check_repairs(FOREIGN_BODIES);
}
