//! Named cases for `given_names.rs` (made-up text): two given names the tagger closed before a
//! "Mc"/"Mac"/"O'" surname; look-alikes that must not change. The tagger's spans are given.

use super::*;
use super::{check_repairs, RepairCase};

const N: CaseMode = CaseMode::Normal;

const GIVEN_NAMES_BEFORE_SURNAMES: &[RepairCase] = &[
    (
        "two given names before a Mc surname that is also a brand",
        &["Mary", "Lou", "McDonald", "said", "on", "Monday"],
        N,
        &[(0, 2, PER)],
        &[(0, 3, PER)],
    ),
    (
        "another pair of given names before the same surname",
        &["Mary", "Ann", "McDonald", "spoke", "in", "Dublin"],
        N,
        &[(0, 2, PER), (5, 6, LOC)],
        &[(0, 3, PER), (5, 6, LOC)],
    ),
    (
        "two given names before a Mc surname that is also a given name",
        &["Mary", "Lou", "McKenna", "went", "home"],
        N,
        &[(0, 2, PER)],
        &[(0, 3, PER)],
    ),
    (
        "two given names inside a sentence before a Mac surname",
        &[
            "according",
            "to",
            "Mary",
            "Ann",
            "MacLeod",
            ",",
            "a",
            "nurse",
        ],
        N,
        &[(2, 4, PER)],
        &[(2, 5, PER)],
    ),
    (
        "two given names before an O' surname",
        &["said", "Anna", "Maria", "O'Brien", "."],
        N,
        &[(1, 3, PER)],
        &[(1, 4, PER)],
    ),
    (
        "one given name and a Mc surname stay as they are",
        &["John", "McDonald", "said", "it"],
        N,
        &[(0, 2, PER)],
        &[(0, 2, PER)],
    ),
    (
        "a one-word given name before a Mc surname is not two given names",
        &["asked", "Lou", "McDonald", "."],
        N,
        &[(1, 2, PER)],
        &[(1, 2, PER)],
    ),
    (
        "two given names and a plain surname whole already",
        &["Mary", "Lou", "Williams", "said", "it"],
        N,
        &[(0, 3, PER)],
        &[(0, 3, PER)],
    ),
    (
        "a word of Mac and lower case is no surname",
        &["Mary", "Ann", "Machinery", "Ltd"],
        N,
        &[(0, 2, PER)],
        &[(0, 2, PER)],
    ),
    (
        "a surname the tagger gave its own span is left to it",
        &["Mary", "Lou", "McDonald", "opened"],
        N,
        &[(0, 2, PER), (2, 3, ORG)],
        &[(0, 2, PER), (2, 3, ORG)],
    ),
    (
        "an organisation of given names is no person",
        &["the", "Mary", "Ann", "McGregor", "trust"],
        N,
        &[(1, 3, ORG)],
        &[(1, 3, ORG)],
    ),
    (
        "in an all-capitals line nothing joins",
        &["MARY", "LOU", "McDONALD", "SAID"],
        CaseMode::AllCaps,
        &[(0, 2, PER)],
        &[(0, 2, PER)],
    ),
];

#[test]
fn given_names_before_prefixed_surnames() {
    check_repairs(GIVEN_NAMES_BEFORE_SURNAMES);
}

#[test]
fn prefixed_surname_shapes() {
    for w in [
        "McDonald",
        "MacLeod",
        "O'Brien",
        "O\u{2019}Neill",
        "McKenna",
    ] {
        assert!(is_prefixed_surname(w), "{w}");
    }
    for w in [
        "Machinery",
        "Mcdonald",
        "Mac",
        "O'",
        "Oxford",
        "MCDONALD",
        "Mc",
    ] {
        assert!(!is_prefixed_surname(w), "{w}");
    }
}
