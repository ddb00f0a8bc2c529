//! Named cases for `listed_companies.rs` (made-up text): a listed company standing alone is an
//! organisation; the same words as common words, at a sentence's start, in a Title Case line or
//! inside a longer name are left.

use super::*;
use super::{check_repairs, RepairCase};

const N: CaseMode = CaseMode::Normal;
const T: CaseMode = CaseMode::Title;

const CASES: &[RepairCase] = &[
    (
        "a listed company the tagger left out",
        &["She", "moved", "to", "Nvidia", "after", "six", "years"],
        N,
        &[],
        &[(3, 4, ORG)],
    ),
    (
        "an all-capitals company the tagger left out",
        &["They", "sold", "the", "unit", "to", "IBM", "last", "year"],
        N,
        &[],
        &[(5, 6, ORG)],
    ),
    (
        "a common-word company inside a sentence typed a person",
        &["Investors", "said", "Apple", "was", "cheap"],
        N,
        &[(2, 3, PER)],
        &[(2, 3, ORG)],
    ),
    (
        "a company opening a sentence, no common word",
        &["Unilever", "cut", "its", "forecast"],
        N,
        &[],
        &[(0, 1, ORG)],
    ),
    (
        "a common-word company opening a sentence is left",
        &["Apple", "pie", "was", "served", "cold"],
        N,
        &[],
        &[],
    ),
    (
        "next week at a start is left",
        &["Next", "week", "the", "vote", "opens"],
        N,
        &[],
        &[],
    ),
    (
        "shell out at a start is left",
        &["Shell", "out", "for", "a", "good", "coat"],
        N,
        &[],
        &[],
    ),
    (
        "a common-word company in a Title Case line is left",
        &["Why", "We", "Love", "the", "Target", "of", "Summer"],
        T,
        &[],
        &[],
    ),
    (
        "a company inside a longer capitalised run is left",
        &["He", "stayed", "at", "an", "Apple", "Hospitality", "hotel"],
        N,
        &[],
        &[],
    ),
];

#[test]
fn listed_companies_cases() {
    check_repairs(CASES);
}

#[test]
fn the_list_holds_short_names() {
    use super::listed_companies::is_listed_company;
    assert!(is_listed_company("Microsoft"));
    assert!(is_listed_company("Tesco"));
    assert!(!is_listed_company("Inc."));
    assert!(!is_listed_company("microsoft"));
    let names = super::listed_companies::names();
    assert!(
        names.windows(2).all(|p| p[0] < p[1]),
        "companies.txt is sorted, once a name"
    );
    assert!(names.iter().all(|n| n.is_ascii()));
}
