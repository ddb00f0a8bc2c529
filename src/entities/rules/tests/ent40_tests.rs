//! Named cases for branch ent40 (made-up text): titles no list had, taken into a person's name
//! (`words.rs`: "Tánaiste", school heads, police ranks), parties before the plural of their
//! members' seats and names of common words typed people
//! (`member_bodies.rs`), a company described by a place's possessive (`descriptions.rs`), one
//! word and a name of two joined in an organisation's span (`joined_pairs.rs`), a listed
//! company that is a first name before a modal verb and "its" (`listed_companies.rs`).

use super::*;
use super::{check_repairs, RepairCase};

const N: CaseMode = CaseMode::Normal;

const CASES: &[RepairCase] = &[
    (
        "the Irish deputy prime minister's title is no part of the name",
        &[
            "Tánaiste",
            "Orla",
            "Keaveney",
            "said",
            "the",
            "plan",
            "was",
            "fair",
        ],
        N,
        &[(0, 3, PER)],
        &[(1, 3, PER)],
    ),
    (
        "a school head's title is no part of the name",
        &[
            "Headmistress",
            "Clara",
            "Dunleavy",
            "welcomed",
            "the",
            "report",
        ],
        N,
        &[(0, 3, PER)],
        &[(1, 3, PER)],
    ),
    (
        "a police rank is no part of the name",
        &[
            "Superintendent",
            "Gareth",
            "Olowe",
            "said",
            "two",
            "men",
            "were",
            "held",
        ],
        N,
        &[(0, 3, PER)],
        &[(1, 3, PER)],
    ),
    (
        "a party that took its members' plural into the name",
        &["Cumann", "Nua", "TDs", "voted", "against", "the", "bill"],
        N,
        &[(0, 3, PER)],
        &[(0, 2, ORG)],
    ),
    (
        "a one-word party typed a person before its lawmakers",
        &["Veritas", "lawmakers", "walked", "out", "on", "Tuesday"],
        N,
        &[(0, 1, PER)],
        &[(0, 1, ORG)],
    ),
    (
        "a place before its lawmakers stays a place",
        &["Ohio", "lawmakers", "passed", "the", "bill"],
        N,
        &[(0, 1, LOC)],
        &[(0, 1, LOC)],
    ),
    (
        "one group word before MPs is no party",
        &["Tory", "MPs", "voted", "against", "it"],
        N,
        &[(0, 1, MISC)],
        &[(0, 1, NORP)],
    ),
    (
        "a name of common words typed a person is a body",
        &[
            "Public", "Money", "said", "the", "rules", "were", "too", "weak",
        ],
        N,
        &[(0, 2, PER)],
        &[(0, 2, ORG)],
    ),
    (
        "a name of common words after a title stays a person",
        &["said", "Judge", "Amber", "Stone", "on", "Friday"],
        N,
        &[(2, 4, PER)],
        &[(2, 4, PER)],
    ),
    (
        "a company described after a comma by a listed place's possessive and its kind",
        &[
            "The",
            "apps",
            "were",
            "removed",
            "by",
            "Gosvyazmon",
            ",",
            "Russia",
            "'s",
            "regulator",
            ",",
            "on",
            "Friday",
        ],
        N,
        &[(5, 6, LOC), (7, 8, LOC)],
        &[(5, 6, ORG), (7, 8, LOC)],
    ),
    (
        "a person described by a place's possessive and a role stays",
        &[
            "Halvard", "Moe", ",", "Norway", "'s", "envoy", ",", "said", "no",
        ],
        N,
        &[(0, 2, PER), (3, 4, LOC)],
        &[(0, 2, PER), (3, 4, LOC)],
    ),
    (
        "one brand and a brand of two words joined in one span",
        &[
            "Corvane", "and", "Bellamy", "Travers", "both", "lost", "ground",
        ],
        N,
        &[(0, 4, ORG)],
        &[(0, 1, ORG), (2, 4, ORG)],
    ),
    (
        "one word and two ending in a head word the first lacks stay one company",
        &["Tarrant", "and", "Lisle", "Sugar", "Group", "said", "no"],
        N,
        &[(0, 5, ORG)],
        &[(0, 5, ORG)],
    ),
    (
        "a place and two words joined in a company's name stay one company",
        &["Leeds", "and", "North", "Dales", "Water", "said", "no"],
        N,
        &[(0, 5, ORG)],
        &[(0, 5, ORG)],
    ),
    (
        "a listed company that is a first name, before a modal verb and its",
        &["Next", "week", "Shell", "will", "report", "its", "results"],
        N,
        &[(2, 3, PER)],
        &[(2, 3, ORG)],
    ),
    (
        "a listed company that is a first name, before a modal verb and her",
        &["Next", "week", "Shell", "will", "present", "her", "novel"],
        N,
        &[(2, 3, PER)],
        &[(2, 3, PER)],
    ),
];

#[test]
fn ent40_cases() {
    check_repairs(CASES);
}
