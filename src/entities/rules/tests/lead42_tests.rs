//! Named cases for the lead's probe of the forty-second session (made-up text): a time zone
//! after a clock time (`time_zones.rs`); a name opening with a listed company's word
//! (`listed_firsts.rs`); a town before a company's office or site typed a thing (`place_pairs.rs`).

use super::*;
use super::{check_repairs, RepairCase};

const N: CaseMode = CaseMode::Normal;

const CASES: &[RepairCase] = &[
    (
        "a zone after a clock time typed an organisation",
        &["It", "opens", "at", "9:30am", "EDT", "on", "Monday", "."],
        N,
        &[(4, 5, ORG)],
        &[(4, 5, MISC)],
    ),
    (
        "a zone in brackets after a clock time",
        &["Kick-off", "is", "at", "8pm", "(", "BST", ")", "."],
        N,
        &[(5, 6, ORG)],
        &[(5, 6, MISC)],
    ),
    (
        "a zone after a separate am",
        &["at", "11", "a.m.", "PST", "today"],
        N,
        &[(3, 4, PER)],
        &[(3, 4, MISC)],
    ),
    (
        "a zone in lower case keeps its type (only capitals are read)",
        &["at", "9pm", "gmt", "today"],
        N,
        &[(2, 3, ORG)],
        &[(2, 3, ORG)],
    ),
    (
        "capitals with no clock before them keep their type",
        &["The", "EST", "group", "said", "on", "Monday", "."],
        N,
        &[(1, 2, ORG)],
        &[(1, 2, ORG)],
    ),
    (
        "a listed company's service is no person",
        &[
            "servers", "run", "by", "Amazon", "Web", "Services", "and", "others",
        ],
        N,
        &[(3, 6, PER)],
        &[(3, 6, ORG)],
    ),
    (
        "a listed company's product is no person",
        &["customers", "of", "Microsoft", "Azure", "said", "."],
        N,
        &[(2, 4, PER)],
        &[(2, 4, ORG)],
    ),
    (
        "a listed company's word left out before a product typed a person",
        &["servers", "run", "by", "Microsoft", "Azure", "failed", "."],
        N,
        &[(4, 5, PER)],
        &[(3, 5, ORG)],
    ),
    (
        "a listed company's word inside another name is left",
        &["Apple", "Music", "and", "Microsoft", "Azure", "failed", "."],
        N,
        &[(0, 2, ORG), (3, 5, ORG)],
        &[(0, 2, ORG), (3, 5, ORG)],
    ),
    (
        "a person whose first word is no listed company stays one",
        &["customers", "of", "Dana", "Whitcombe", "said", "."],
        N,
        &[(2, 4, PER)],
        &[(2, 4, PER)],
    ),
    (
        "a town before a company's office, typed a thing",
        &[
            "staff",
            "at",
            "the",
            "firm",
            "'s",
            "Hillsboro",
            "plant",
            "said",
        ],
        N,
        &[(5, 6, MISC)],
        &[(5, 6, LOC)],
    ),
    (
        "a town before its office",
        &["it", "closed", "its", "Leeds", "office", "last", "year"],
        N,
        &[(3, 4, ORG)],
        &[(3, 4, LOC)],
    ),
];

#[test]
fn lead42_cases() {
    check_repairs(CASES);
}
