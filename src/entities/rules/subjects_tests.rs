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
];

#[test]
fn things_named_as_people_by_their_pronoun() {
    check_repairs(CASES);
}
