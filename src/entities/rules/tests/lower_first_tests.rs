//! Named cases for `lower_first.rs`: names that start with a lower-case letter, with
//! look-alikes that must not change. Made-up names; the tagger's spans are given.

use super::*;
use super::{check_repairs, RepairCase};

const CASES: &[RepairCase] = &[
    (
        "a company that starts in lower case",
        &["flights", "on", "skyBrella", "were", "cut", "."],
        CaseMode::Normal,
        &[],
        &[(2, 3, ORG)],
    ),
    (
        "a company of one letter and a capital before a short word",
        &["the", "auction", "site", "eVonk", "said", "."],
        CaseMode::Normal,
        &[],
        &[(3, 4, ORG)],
    ),
    (
        "a product after the prefix i",
        &["he", "bought", "an", "iBrella", "yesterday", "."],
        CaseMode::Normal,
        &[],
        &[(3, 4, MISC)],
    ),
    (
        "a company at a sentence's start, beside another name",
        &["zapCart", "and", "Dunmore", "merged", "."],
        CaseMode::Normal,
        &[(2, 3, ORG)],
        &[(0, 1, ORG), (2, 3, ORG)],
    ),
    (
        "a word the tagger tagged is left alone",
        &["flights", "on", "skyBrella", "were", "cut", "."],
        CaseMode::Normal,
        &[(2, 3, LOC)],
        &[(2, 3, LOC)],
    ),
    // Look-alikes that must not change.
    (
        "units and molecules are no names",
        &["the", "mRNA", "used", "5", "kWh", "at", "pH", "7", "."],
        CaseMode::Normal,
        &[],
        &[],
    ),
    (
        "an ordinal and a system's name in capitals",
        &["the", "3rd", "update", "of", "iOS", "."],
        CaseMode::Normal,
        &[],
        &[],
    ),
    (
        "a page's labels with a possessive or new before a common noun",
        &[
            "read",
            "ourNewsletter",
            "or",
            "myAccount",
            "and",
            "newSpaper",
            ".",
        ],
        CaseMode::Normal,
        &[],
        &[],
    ),
    (
        "an electronic version of a common noun",
        &["subscribe", "to", "the", "eNewspaper", "and", "ePaper", "."],
        CaseMode::Normal,
        &[],
        &[],
    ),
    (
        "a word with a capital after a long prefix",
        &["the", "longprefixWord", "is", "code", "."],
        CaseMode::Normal,
        &[],
        &[],
    ),
    (
        "a headline is left alone",
        &["SkyBrella", "Cuts", "Flights", "On", "eLotta"],
        CaseMode::Title,
        &[],
        &[],
    ),
];

#[test]
fn names_that_start_in_lower_case() {
    check_repairs(CASES);
}
