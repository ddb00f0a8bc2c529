//! Named cases for branch gum38's repairs (made-up text): a work's name before its year in
//! brackets (`modern.rs`, `bracketed_years`), monarchs' and regents' titles (`words.rs`,
//! `is_honorific`); each with look-alikes that must not change. The tagger's spans are given.

use super::*;
use super::{check_repairs, RepairCase};

const N: CaseMode = CaseMode::Normal;

const CASES: &[RepairCase] = &[
    (
        "films in a list, each before its year, typed a person and a place",
        &[
            "She", "starred", "in", "Copper", "Orchard", "(", "2011", ")", "and", "Quiet",
            "Hollows", "(", "2014", ")",
        ],
        N,
        &[(3, 5, PER), (9, 11, LOC)],
        &[(3, 5, MISC), (9, 11, MISC)],
    ),
    (
        "a novel after its author's possessive, typed an organisation",
        &[
            "Ruth", "Calder", "'s", "Winter", "Harbour", "(", "1998", ")", "sold", "well",
        ],
        N,
        &[(0, 2, PER), (3, 5, ORG)],
        &[(0, 2, PER), (3, 5, MISC)],
    ),
    (
        "two cited authors joined by and stay a person's name",
        &[
            "as", "shown", "by", "Tarrin", "and", "Belwood", "(", "2003", ")",
        ],
        N,
        &[(3, 6, PER)],
        &[(3, 6, PER)],
    ),
    (
        "a cited author with a listed first name stays a person",
        &["as", "Maria", "Tolvek", "(", "2019", ")", "argued"],
        N,
        &[(1, 3, PER)],
        &[(1, 3, PER)],
    ),
    (
        "a cited surname alone stays a person",
        &["as", "Tolvek", "(", "2019", ")", "argued"],
        N,
        &[(1, 2, PER)],
        &[(1, 2, PER)],
    ),
    (
        "an organisation cited with a year stays an organisation",
        &[
            "data",
            "from",
            "Wexley",
            "Institute",
            "(",
            "2015",
            ")",
            "show",
        ],
        N,
        &[(2, 4, ORG)],
        &[(2, 4, ORG)],
    ),
    (
        "a name with a range of years after it is no work",
        &["Ambrose", "Tarvell", "(", "1820", "–", "1891", ")", "wrote"],
        N,
        &[(0, 2, PER)],
        &[(0, 2, PER)],
    ),
    (
        "an empress's title stays outside her name",
        &["after", "Empress", "Orlane", "in", "1881"],
        N,
        &[(1, 2, ORG)],
        &[(2, 3, PER)],
    ),
    (
        "a regent's title alone is no name",
        &["and", "against", "the", "Regent", ",", "his", "aunt"],
        N,
        &[(3, 4, ORG)],
        &[],
    ),
    (
        "an emperor's title before his name",
        &["the", "Emperor", "Tavrek", "fled"],
        N,
        &[(1, 3, PER)],
        &[(2, 3, PER)],
    ),
];

#[test]
fn dated_works_and_monarchs_titles() {
    check_repairs(CASES);
}

const STREETS: &[RepairCase] = &[
    (
        "a street with an abbreviated head the tagger left out",
        &[
            "to", "Midvale", "(", "along", "Harlow", "Ave", ")", "by", "bus",
        ],
        N,
        &[(1, 2, LOC)],
        &[(1, 2, LOC), (4, 6, LOC)],
    ),
    (
        "two words before a boulevard",
        &["is", "divided", "by", "Old", "Tamsin", "Blvd", "."],
        N,
        &[],
        &[(3, 6, LOC)],
    ),
    (
        "a square after an article",
        &["walk", "to", "the", "Corbel", "Plaza", "at", "noon"],
        N,
        &[],
        &[(3, 5, LOC)],
    ),
    (
        "one word and a head opening the sentence stay out",
        &["Harbour", "Road", "reopened", "today"],
        N,
        &[],
        &[],
    ),
    (
        "an article and a head are no street",
        &["stories", "from", "The", "Street", "magazine"],
        N,
        &[],
        &[],
    ),
    (
        "the tagger's street is left as it is",
        &["shops", "on", "Fennick", "Street", "closed"],
        N,
        &[(2, 4, ORG)],
        &[(2, 4, LOC)],
    ),
    (
        "a head before a capitalised word is left",
        &["near", "Corbel", "Plaza", "North", "today"],
        N,
        &[],
        &[],
    ),
];

#[test]
fn streets_the_tagger_left_out() {
    check_repairs(STREETS);
}

const TRAVEL: &[RepairCase] = &[
    (
        "a person's type after moving to",
        &["The", "family", "moved", "to", "Tarbenz", "in", "1920"],
        N,
        &[(4, 5, PER)],
        &[(4, 5, LOC)],
    ),
    (
        "two words after flights to",
        &["flights", "to", "Ostrova", "Kelm", "leave", "daily"],
        N,
        &[(2, 4, PER)],
        &[(2, 4, LOC)],
    ),
    (
        "a letter to someone stays a person",
        &["a", "letter", "to", "Tarbenz", "arrived"],
        N,
        &[(3, 4, PER)],
        &[(3, 4, PER)],
    ),
    (
        "a title that went to someone stays a person",
        &["the", "title", "went", "to", "Varnek"],
        N,
        &[(4, 5, PER)],
        &[(4, 5, PER)],
    ),
    (
        "a listed first name after travel stays a person",
        &["she", "returned", "to", "Maria", "Tolvek", "later"],
        N,
        &[(3, 5, PER)],
        &[(3, 5, PER)],
    ),
    (
        "a person's side after travel stays a person",
        &["moved", "to", "Tarbenz", "'s", "side"],
        N,
        &[(2, 3, PER)],
        &[(2, 3, PER)],
    ),
];

#[test]
fn people_after_travel_to_are_places() {
    check_repairs(TRAVEL);
}
