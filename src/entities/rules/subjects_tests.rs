//! Named cases for `subjects.rs`: a one-word name typed PER that its pronoun shows to be a
//! thing, with look-alikes that must not change. The tagger's spans are given.

use super::tests::{check_repairs, RepairCase};
use super::*;

const CASES: &[RepairCase] = &[
    (
        "a name whose pronoun after a verb of saying is its",
        &[
            "Zellora", "said", "on", "Tuesday", "it", "had", "cut", "its", "losses", ".",
        ],
        CaseMode::Normal,
        &[(0, 1, PER)],
        &[(0, 1, ORG)],
    ),
    (
        "a name before which",
        &[
            "shares",
            "in",
            "Brightwell",
            ",",
            "which",
            "runs",
            "warehouses",
            ",",
            "fell",
            ".",
        ],
        CaseMode::Normal,
        &[(2, 3, PER)],
        &[(2, 3, ORG)],
    ),
    (
        "a person's pronoun comes first",
        &[
            "Vellacott",
            "said",
            "he",
            "had",
            "seen",
            "its",
            "report",
            ".",
        ],
        CaseMode::Normal,
        &[(0, 1, PER)],
        &[(0, 1, PER)],
    ),
    (
        "a name before who stays a person",
        &[
            "Vellacott",
            ",",
            "who",
            "runs",
            "its",
            "board",
            ",",
            "left",
            ".",
        ],
        CaseMode::Normal,
        &[(0, 1, PER)],
        &[(0, 1, PER)],
    ),
    (
        "a listed first name stays a person",
        &["Priyanka", "said", "its", "roof", "leaked", "."],
        CaseMode::Normal,
        &[(0, 1, PER)],
        &[(0, 1, PER)],
    ),
    (
        "a name of two words stays a person",
        &["Oren", "Vellacott", "said", "its", "roof", "leaked", "."],
        CaseMode::Normal,
        &[(0, 2, PER)],
        &[(0, 2, PER)],
    ),
    (
        "its far after the verb is not the subject's",
        &[
            "Vellacott",
            "said",
            "that",
            "the",
            "new",
            "council",
            "plan",
            "for",
            "the",
            "town",
            "and",
            "its",
            "roads",
            "failed",
            ".",
        ],
        CaseMode::Normal,
        &[(0, 1, PER)],
        &[(0, 1, PER)],
    ),
    (
        "a name after a title stays a person",
        &["Mr", "Vellacott", "said", "its", "roof", "leaked", "."],
        CaseMode::Normal,
        &[(1, 2, PER)],
        &[(1, 2, PER)],
    ),
    (
        "a company the tagger left out before said and its",
        &["Revoluma", "said", "its", "losses", "narrowed", "."],
        CaseMode::Normal,
        &[],
        &[(0, 1, ORG)],
    ),
    (
        "a company left out after a lower-case word",
        &[
            "shares", "rose", "after", "Zenvoria", "reported", "its", "results", ".",
        ],
        CaseMode::Normal,
        &[],
        &[(3, 4, ORG)],
    ),
    (
        "a company named by a common word",
        &[
            "shares", "fell", "after", "Apple", "said", "on", "Tuesday", "its", "sales", "slowed",
            ".",
        ],
        CaseMode::Normal,
        &[],
        &[(3, 4, ORG)],
    ),
    (
        "a listed first name left out stays out",
        &["Priyanka", "said", "its", "roof", "leaked", "."],
        CaseMode::Normal,
        &[],
        &[],
    ),
    (
        "a frequent plural before said and its",
        &["Officials", "said", "its", "roof", "leaked", "."],
        CaseMode::Normal,
        &[],
        &[],
    ),
    (
        "a place before said and its",
        &["France", "said", "its", "troops", "would", "stay", "."],
        CaseMode::Normal,
        &[],
        &[],
    ),
    (
        "a person's pronoun before its",
        &[
            "Vellacott",
            "said",
            "she",
            "had",
            "read",
            "its",
            "report",
            ".",
        ],
        CaseMode::Normal,
        &[],
        &[],
    ),
    (
        "the last word of a longer name is left to the tagger",
        &[
            "Zenvoria", "Holdings", "said", "its", "losses", "narrowed", ".",
        ],
        CaseMode::Normal,
        &[],
        &[],
    ),
    (
        "it alone is no sign of a company",
        &["Vellacott", "said", "it", "would", "rain", "."],
        CaseMode::Normal,
        &[],
        &[],
    ),
    (
        "a headline is left alone",
        &["Revoluma", "Said", "Its", "Losses", "Narrowed"],
        CaseMode::Title,
        &[],
        &[],
    ),
];

#[test]
fn things_named_as_people_by_their_pronoun() {
    check_repairs(CASES);
}
