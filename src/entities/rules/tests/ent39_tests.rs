//! Named cases for branch ent39 (made-up text): listed companies opening a sentence before a
//! verb of saying (`listed_companies.rs`), two names joined by "and" in one span
//! (`joined_pairs.rs`), churches as bodies (`churches.rs`), a party named after its country
//! (`party_plurals.rs`), companies typed people ending in a frequent plural
//! (`plural_companies.rs`).

use super::*;
use super::{check_repairs, RepairCase};

const N: CaseMode = CaseMode::Normal;

const CASES: &[RepairCase] = &[
    (
        "a common-word listed company opening a sentence before a verb of saying",
        &[
            "Microsoft",
            "said",
            "on",
            "Tuesday",
            "that",
            "prices",
            "would",
            "rise",
        ],
        N,
        &[],
        &[(0, 1, ORG)],
    ),
    (
        "a listed first name that is a company, saying what it will do",
        &["Aviva", "said", "it", "would", "pay", "all", "claims"],
        N,
        &[(0, 1, PER)],
        &[(0, 1, ORG)],
    ),
    (
        "a listed first name saying what he will do stays a person",
        &["Aviva", "said", "he", "would", "pay", "the", "bill"],
        N,
        &[(0, 1, PER)],
        &[(0, 1, PER)],
    ),
    (
        "a listed first name without a verb of saying stays a person",
        &["Later", ",", "Aviva", "walked", "home", "alone"],
        N,
        &[(2, 3, PER)],
        &[(2, 3, PER)],
    ),
    (
        "a common-word company opening a sentence with no verb of saying is left",
        &["Apple", "trees", "said", "to", "be", "old"],
        N,
        &[],
        &[],
    ),
    (
        "two parties of two words in one span are two",
        &["Clann", "Óir", "and", "Fine", "Dorcha", "began", "talks"],
        N,
        &[(0, 5, ORG)],
        &[(0, 2, ORG), (3, 5, ORG)],
    ),
    (
        "a body's name with of and and stays whole",
        &[
            "the", "Office", "of", "Trade", "and", "Farm", "Policy", "said",
        ],
        N,
        &[(1, 7, ORG)],
        &[(1, 7, ORG)],
    ),
    (
        "a body's name with frequent words beside its and stays whole",
        &[
            "the",
            "Ruritanian",
            "Food",
            "and",
            "Drug",
            "Administration",
            "said",
        ],
        N,
        &[(1, 6, ORG)],
        &[(1, 6, ORG)],
    ),
    (
        "two one-word names joined by and are left to the tagger",
        &["Marlow", "and", "Tuck", "opened", "a", "shop"],
        N,
        &[(0, 3, ORG)],
        &[(0, 3, ORG)],
    ),
    (
        "a denomination the tagger typed a building",
        &["The", "Lutheran", "Church", "said", "it", "would", "help"],
        N,
        &[(1, 3, LOC)],
        &[(1, 3, ORG)],
    ),
    (
        "a national church the tagger cut to its place",
        &["The", "Church", "of", "Norway", "voted", "on", "Friday"],
        N,
        &[(3, 4, LOC)],
        &[(1, 4, ORG)],
    ),
    (
        "a longer church name stays a building",
        &[
            "They", "met", "at", "St", "Brendan", "Catholic", "Church", "today",
        ],
        N,
        &[(3, 7, LOC)],
        &[(3, 7, LOC)],
    ),
    (
        "a party named after its country",
        &["The", "Finland", "Democrats", "voted", "against"],
        N,
        &[(1, 2, LOC)],
        &[(1, 3, ORG)],
    ),
    (
        "a company typed a person, its last word a frequent plural",
        &["Brenmoor", "Freight", "Systems", "cut", "200", "jobs"],
        N,
        &[(0, 3, PER)],
        &[(0, 3, ORG)],
    ),
    (
        "two words ending in a frequent plural are left to the tagger",
        &["Vexley", "Woods", "won", "the", "title"],
        N,
        &[(0, 2, PER)],
        &[(0, 2, PER)],
    ),
    (
        "an initial in the name shows a person",
        &["R.", "Dunmore", "Hills", "won", "again"],
        N,
        &[(0, 3, PER)],
        &[(0, 3, PER)],
    ),
    (
        "a person whose surname is a frequent plural, with a given name",
        &["Gordon", "Banks", "saved", "it"],
        N,
        &[(0, 2, PER)],
        &[(0, 2, PER)],
    ),
];

#[test]
fn ent39_cases() {
    check_repairs(CASES);
}
