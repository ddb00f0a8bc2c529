//! Named cases for branch ent41 (made-up text): chairs and sheriffs as titles and a title's
//! modifier after it ("Secretary General": `words/titles.rs`, `persons.rs`), one-word companies
//! typed people before a verb whose subject's pronoun is "it" (`it_subjects.rs`), clubs named
//! by a town and a club's head outside a result's sentence and counties after "in"
//! (`sport_clubs.rs`), a group word after a sentence's opening "The" before a body
//! (`national_prefixes.rs`).

use super::*;
use super::{check_repairs, RepairCase};

const N: CaseMode = CaseMode::Normal;

const CASES: &[RepairCase] = &[
    (
        "a chair's title is no part of the name",
        &["Chair", "Odile", "Brennart", "thanked", "the", "staff"],
        N,
        &[(0, 3, PER)],
        &[(1, 3, PER)],
    ),
    (
        "a sheriff's title is no part of the name, nor an organisation",
        &[
            "Sheriff", "Wade", "Tolliver", "said", "the", "road", "was", "shut",
        ],
        N,
        &[(0, 3, ORG)],
        &[(1, 3, PER)],
    ),
    (
        "a title's modifier after it is no part of the name",
        &[
            "Secretary",
            "General",
            "Farouk",
            "al-Dabbagh",
            "said",
            "talks",
            "would",
            "resume",
        ],
        N,
        &[(1, 4, PER)],
        &[(2, 4, PER)],
    ),
    (
        "a one-word company typed a person before a verb of saying and it",
        &["Korvalt", "said", "it", "would", "close", "two", "plants"],
        N,
        &[(0, 1, PER)],
        &[(0, 1, ORG)],
    ),
    (
        "a one-word company typed a person before a modal verb and it",
        &[
            "Brindleco",
            "will",
            "cut",
            "prices",
            "after",
            "it",
            "lost",
            "customers",
        ],
        N,
        &[(0, 1, PER)],
        &[(0, 1, ORG)],
    ),
    (
        "a surname before a verb of saying and he stays a person",
        &["Korvalt", "said", "he", "would", "close", "two", "plants"],
        N,
        &[(0, 1, PER)],
        &[(0, 1, PER)],
    ),
    (
        "a town and a club's head typed a place, in a sentence of sport",
        &[
            "after", "losing", "to", "Marlbury", "City", "in", "the", "cup",
        ],
        N,
        &[(3, 5, LOC)],
        &[(3, 5, ORG)],
    ),
    (
        "a town and a club's head typed a person, a player signed",
        &[
            "Carrow",
            "City",
            "have",
            "signed",
            "midfielder",
            "Eoin",
            "Brady",
        ],
        N,
        &[(0, 2, PER), (5, 7, PER)],
        &[(0, 2, ORG), (5, 7, PER)],
    ),
    (
        "a city's name without a word of sport stays a place",
        &["Flights", "to", "Marlbury", "City", "were", "cancelled"],
        N,
        &[(2, 4, LOC)],
        &[(2, 4, LOC)],
    ),
    (
        "a head only clubs have makes a club without a word of sport",
        &["Dunmore", "Rovers", "were", "sold", "on", "Friday"],
        N,
        &[(0, 2, LOC)],
        &[(0, 2, ORG)],
    ),
    (
        "a county typed an organisation after in is the place",
        &[
            "a", "jury", "in", "Kessler", "County", "cleared", "two", "deputies",
        ],
        N,
        &[(3, 5, ORG)],
        &[(3, 5, LOC)],
    ),
    (
        "a group word after a sentence's opening The, before a body holding and",
        &[
            "The",
            "Ruritanian",
            "Fair",
            "Trading",
            "and",
            "Markets",
            "Commission",
            "warned",
            "airlines",
        ],
        N,
        &[(1, 2, NORP), (2, 7, ORG)],
        &[(1, 7, ORG)],
    ),
];

#[test]
fn ent41_cases() {
    check_repairs(CASES);
}
