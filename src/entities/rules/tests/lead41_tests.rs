//! Named cases for the lead's probe of the forty-first session (made-up text): a place's people
//! named after it (`place_people.rs`); a treasurer's and a speaker's titles (`words/titles.rs`).

use super::*;
use super::{check_repairs, RepairCase};

const N: CaseMode = CaseMode::Normal;

const CASES: &[RepairCase] = &[
    (
        "a city's people typed an organisation",
        &["Aucklanders", "queued", "for", "hours", "."],
        N,
        &[(0, 1, ORG)],
        &[(0, 1, NORP)],
    ),
    (
        "a state's people left out",
        &["Many", "Queenslanders", "voted", "early", "."],
        N,
        &[],
        &[(1, 2, NORP)],
    ),
    (
        "a people on a place ending in a",
        &["Tasmanians", "paid", "more", "."],
        N,
        &[(0, 1, PER)],
        &[(0, 1, NORP)],
    ),
    (
        "a two-word place's people",
        &["New", "Yorkers", "paid", "more", "."],
        N,
        &[(0, 2, ORG)],
        &[(0, 2, NORP)],
    ),
    (
        "a team's plural is no people",
        &["The", "Rangers", "won", "again", "."],
        N,
        &[(1, 2, ORG)],
        &[(1, 2, ORG)],
    ),
    (
        "a span that runs on past the word keeps its type",
        &["Berliners", "Bank", "grew", "."],
        N,
        &[(0, 2, ORG)],
        &[(0, 2, ORG)],
    ),
    (
        "a treasurer's title before a name",
        &[
            "Treasurer",
            "Jim",
            "Chalmers",
            "delivered",
            "the",
            "budget",
            ".",
        ],
        N,
        &[(0, 3, PER)],
        &[(1, 3, PER)],
    ),
    (
        "a speaker's title before a name",
        &["Speaker", "Lindsay", "Hoyle", "called", "order", "."],
        N,
        &[(0, 3, ORG)],
        &[(1, 3, PER)],
    ),
];

#[test]
fn lead41_cases() {
    check_repairs(CASES);
}
