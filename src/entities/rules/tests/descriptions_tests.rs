//! Named cases for `descriptions.rs`: companies the text describes, whose staff or shares it
//! names, and named storms, with look-alikes that must not change. The tagger's spans are given.

use super::*;
use super::{check_repairs, RepairCase};

const CASES: &[RepairCase] = &[
    (
        "a name typed PER described as a company",
        &[
            "a", "test", "made", "by", "Quorvel", ",", "a", "Nevada", "company", ",", "found",
            "cancers", ".",
        ],
        CaseMode::Normal,
        &[(4, 5, PER), (7, 8, LOC)],
        &[(4, 5, ORG), (7, 8, LOC)],
    ),
    (
        "a name left out at the start, described with a possessive",
        &[
            "Zentrix", ",", "the", "world", "'s", "largest", "crypto", "exchange", ",", "agreed",
            "to", "pay", ".",
        ],
        CaseMode::Normal,
        &[],
        &[(0, 1, ORG)],
    ),
    (
        "a name typed LOC described as a record label",
        &[
            "she",
            "signed",
            "with",
            "Marvoy",
            ",",
            "an",
            "independent",
            "label",
            ",",
            "in",
            "May",
            ".",
        ],
        CaseMode::Normal,
        &[(3, 4, LOC)],
        &[(3, 4, ORG)],
    ),
    (
        "a person described by a job is left alone",
        &[
            "Vellacott",
            ",",
            "a",
            "company",
            "director",
            ",",
            "said",
            "so",
            ".",
        ],
        CaseMode::Normal,
        &[(0, 1, PER)],
        &[(0, 1, PER)],
    ),
    (
        "a person who heads a firm is left alone",
        &[
            "Vellacott",
            ",",
            "the",
            "head",
            "of",
            "the",
            "firm",
            ",",
            "said",
            "so",
            ".",
        ],
        CaseMode::Normal,
        &[(0, 1, PER)],
        &[(0, 1, PER)],
    ),
    (
        "a person who works at a bank is left alone",
        &[
            "Vellacott",
            ",",
            "a",
            "clerk",
            "at",
            "the",
            "bank",
            ",",
            "said",
            "so",
            ".",
        ],
        CaseMode::Normal,
        &[(0, 1, PER)],
        &[(0, 1, PER)],
    ),
    (
        "a listed first name is left alone",
        &["Maria", ",", "a", "charity", ",", "said", "so", "."],
        CaseMode::Normal,
        &[],
        &[],
    ),
    (
        "a product stays MISC",
        &[
            "Zorbly", ",", "the", "firm", "'s", "newest", "startup", ",", "sold", "well", ".",
        ],
        CaseMode::Normal,
        &[(0, 1, MISC)],
        &[(0, 1, MISC)],
    ),
    (
        "the last word of a longer name is left to the tagger",
        &[
            "Zenvoria", "Holdings", ",", "a", "mining", "company", ",", "fell", ".",
        ],
        CaseMode::Normal,
        &[],
        &[],
    ),
    (
        "a headline is left alone",
        &["Zentrix", ",", "A", "Crypto", "Exchange", ",", "Falls"],
        CaseMode::Title,
        &[],
        &[],
    ),
    (
        "a name typed LOC after analysts at",
        &[
            "analysts", "at", "Brenwick", "said", "demand", "was", "weak", ".",
        ],
        CaseMode::Normal,
        &[(2, 3, LOC)],
        &[(2, 3, ORG)],
    ),
    (
        "a name typed PER after economists at",
        &["economists", "at", "Holtzberg", "expect", "a", "cut", "."],
        CaseMode::Normal,
        &[(2, 3, PER)],
        &[(2, 3, ORG)],
    ),
    (
        "a name typed LOC after shares in",
        &["shares", "in", "Kurova", "rose", "2", "%", "."],
        CaseMode::Normal,
        &[(2, 3, LOC)],
        &[(2, 3, ORG)],
    ),
    (
        "a listed place after shares in stays a place",
        &["shares", "in", "Tokyo", "rose", "."],
        CaseMode::Normal,
        &[(2, 3, LOC)],
        &[(2, 3, LOC)],
    ),
    (
        "a place after other people at stays a place",
        &["tourists", "at", "Brenwick", "were", "stranded", "."],
        CaseMode::Normal,
        &[(2, 3, LOC)],
        &[(2, 3, LOC)],
    ),
    (
        "a first name after analysts at stays a person",
        &["analysts", "at", "Maria", "'s", "desk", "."],
        CaseMode::Normal,
        &[(2, 3, PER)],
        &[(2, 3, PER)],
    ),
    (
        "a storm typed PER",
        &["Storm", "Elvrin", "brought", "winds", "of", "90mph", "."],
        CaseMode::Normal,
        &[(0, 2, PER)],
        &[(0, 2, MISC)],
    ),
    (
        "a hurricane typed LOC",
        &["after", "Hurricane", "Delmora", "hit", "the", "coast", "."],
        CaseMode::Normal,
        &[(1, 3, LOC)],
        &[(1, 3, MISC)],
    ),
    (
        "a storm word alone is left",
        &["the", "Storm", "won", "again", "."],
        CaseMode::Normal,
        &[(1, 2, ORG)],
        &[(1, 2, ORG)],
    ),
];

#[test]
fn names_described_by_their_context() {
    check_repairs(CASES);
}
