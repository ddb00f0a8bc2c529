//! Named cases for the lead's probe of the fortieth session (made-up text): menu separators
//! (`separators.rs`), acronyms of common things (`common_acronyms.rs`), a one-word company
//! that is also a given name described as a company (`descriptions.rs`), bodies of members
//! as kinds of organisation (`modern_words.rs`), names with a particle (`persons.rs`), given
//! names written with accents (`lexicon/fold.rs`).

use super::*;
use super::{check_repairs, repair_words, RepairCase};

const N: CaseMode = CaseMode::Normal;

const CASES: &[RepairCase] = &[
    (
        "a menu line's items are cut at the separators and common words dropped",
        &["Home", "|", "Culture", "|", "Lisbon", "|", "Money"],
        N,
        &[(0, 3, ORG), (4, 7, MISC)],
        &[(4, 5, MISC)],
    ),
    (
        "an acronym beside a separator stays a name",
        &["NRK", "|", "Nyheter"],
        N,
        &[(0, 3, ORG)],
        &[(0, 1, ORG), (2, 3, ORG)],
    ),
    (
        "a company named like a person and described as a retailer",
        &[
            "Mango", ",", "the", "clothing", "retailer", ",", "said", "sales", "rose", ".",
        ],
        N,
        &[(0, 1, PER)],
        &[(0, 1, ORG)],
    ),
    (
        "a one-word name described as a federation",
        &[
            "Kovo",
            ",",
            "the",
            "country's",
            "biggest",
            "union",
            "federation",
            ",",
            "objected",
            ".",
        ],
        N,
        &[(0, 1, LOC)],
        &[(0, 1, ORG)],
    ),
    (
        "a given name, a lower-case particle and a surname typed an organisation",
        &["Annelies", "van", "Brakel", "chairs", "the", "board", "."],
        N,
        &[(0, 3, ORG)],
        &[(0, 3, PER)],
    ),
    (
        "a capitalised particle opening the sentence joins the surname after it",
        &["Van", "Brakel", "said", "nothing", "."],
        N,
        &[(1, 2, MISC)],
        &[(0, 2, MISC)],
    ),
];

#[test]
fn lead40_cases() {
    check_repairs(CASES);
}

/// An acronym of a common thing or job the tagger typed a name is kept only for linking to
/// confirm ([`WEIGHT_UNCONFIRMED`]): alone in a text it is no name.
#[test]
fn a_common_acronym_alone_is_unconfirmed() {
    for (name, words, at) in [
        (
            "a thing's acronym before a noun",
            &["Spending", "on", "AI", "servers", "doubled", "."][..],
            2,
        ),
        (
            "a job's acronym",
            &["The", "bank", "hired", "a", "CFO", "last", "year", "."][..],
            4,
        ),
    ] {
        let got = repair_words(words, N, &[(at, at + 1, MISC)]);
        let found = got.iter().find(|m| m.start == at && m.end == at + 1);
        assert_eq!(
            found.map(|m| m.weight),
            Some(WEIGHT_UNCONFIRMED),
            "{name}: {got:?}"
        );
    }
}

#[test]
fn an_accented_given_name_is_listed_as_its_plain_form() {
    let lex = lexicon::get();
    for (accented, plain) in [("Tomás", "Tomas"), ("José", "Jose"), ("Søren", "Soren")] {
        let (a, p) = (classes::of(lex, accented), classes::of(lex, plain));
        assert_ne!(p & FIRST_NAME, 0, "{plain} is listed");
        assert_ne!(a & FIRST_NAME, 0, "{accented} is read as {plain}");
    }
}
