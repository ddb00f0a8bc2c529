//! Named cases for the repairs of titles inside a name (branch `entgen21`): the place or group
//! words before a title cut off, the person after it kept, a listed first name after a title
//! making a person whatever the tagger's type; a listed group phrase the tagger cut after its
//! first word made whole; with look-alikes that must not change.

use super::*;
use super::{check_repairs, RepairCase};

const CASES: &[RepairCase] = &[
    (
        "a place before a title inside an organisation's span",
        &[
            "Quebec",
            "Premier",
            "Sylvain",
            "Bergeron-Lafleur",
            "said",
            ".",
        ],
        CaseMode::Normal,
        &[(0, 4, ORG)],
        &[(0, 1, LOC), (2, 4, PER)],
    ),
    (
        "a nationality before a title of two words",
        &[
            "Welsh", "First", "Minister", "Eluned", "Caradog", "spoke", ".",
        ],
        CaseMode::Normal,
        &[(0, 5, MISC)],
        &[(0, 1, NORP), (3, 5, PER)],
    ),
    (
        "a nationality of two words before a title",
        &[
            "the",
            "South",
            "African",
            "President",
            "Thabo",
            "Nkosi",
            "left",
            ".",
        ],
        CaseMode::Normal,
        &[(1, 6, PER)],
        &[(1, 3, NORP), (4, 6, PER)],
    ),
    (
        "a place of two words before a title",
        &["New", "York", "Mayor", "Dara", "Quillan", "spoke", "."],
        CaseMode::Normal,
        &[(0, 5, ORG)],
        &[(0, 2, LOC), (3, 5, PER)],
    ),
    (
        "a competition after a place and a title word is not cut",
        &["the", "Queensland", "Premier", "League", "resumed", "."],
        CaseMode::Normal,
        &[(1, 4, MISC)],
        &[(1, 4, MISC)],
    ),
    (
        "an institution after a place and a title word is not cut",
        &[
            "the",
            "Ruritania",
            "Chief",
            "Justice",
            "Office",
            "said",
            ".",
        ],
        CaseMode::Normal,
        &[(1, 5, ORG)],
        &[(1, 5, ORG)],
    ),
    (
        "an unlisted word before a title is not cut off",
        &["Vexbridge", "Mayor", "Dara", "Quillan", "spoke", "."],
        CaseMode::Normal,
        &[(0, 4, ORG)],
        &[(0, 4, ORG)],
    ),
    (
        "a title then a listed first name is a person whatever the tagger typed",
        &["Prof", "Malcolm", "Tregothnan", "said", "."],
        CaseMode::Normal,
        &[(0, 3, LOC)],
        &[(1, 3, PER)],
    ),
    (
        "a title that starts a listed place keeps the place",
        &["King", "Edward", "Point", "is", "remote", "."],
        CaseMode::Normal,
        &[(0, 3, LOC)],
        &[(0, 3, LOC)],
    ),
    (
        "a title then a first name then a geographic head stays a place",
        &["King", "Edward", "Island", "is", "cold", "."],
        CaseMode::Normal,
        &[(0, 3, LOC)],
        &[(0, 3, LOC)],
    ),
    (
        "a listed group phrase cut after its first word is made whole",
        &["New", "Yorkers", "stayed", "home", "."],
        CaseMode::Normal,
        &[(1, 2, NORP)],
        &[(0, 2, NORP)],
    ),
    (
        "a capitalised word before a group word that makes no listed phrase stays out",
        &["New", "Kenyans", "arrived", "."],
        CaseMode::Normal,
        &[(1, 2, NORP)],
        &[(1, 2, NORP)],
    ),
    (
        "a listed group word typed MISC is NORP",
        &["Pakistanis", "and", "Thais", "voted", "."],
        CaseMode::Normal,
        &[(0, 1, MISC), (2, 3, MISC)],
        &[(0, 1, NORP), (2, 3, NORP)],
    ),
    (
        "a MISC name holding a group word and more stays MISC",
        &["the", "Saudi", "Pro", "League", "began", "."],
        CaseMode::Normal,
        &[(1, 4, MISC)],
        &[(1, 4, MISC)],
    ),
    (
        "a headline's verb after a title is no name",
        &["Health", "Minister", "Resigns", "Over", "Expenses"],
        CaseMode::Title,
        &[],
        &[],
    ),
    (
        "a headline's verb ends the name after a title",
        &["Minister", "Zorvik", "Tallis", "Resigns"],
        CaseMode::Title,
        &[(1, 2, PER)],
        &[(1, 3, PER)],
    ),
    (
        "a name after a title that is no headline verb is kept",
        &["he", "met", "Minister", "Zorvik", "Marks", "."],
        CaseMode::Normal,
        &[],
        &[(3, 5, PER)],
    ),
    (
        "an honorific before a title is an address, no name",
        &[
            "Mr.", "Chief", "Justice", ",", "may", "it", "please", "the", "Court",
        ],
        CaseMode::Normal,
        &[(1, 2, PER)],
        &[],
    ),
    (
        "an honorific before a title of two words",
        &["Thank", "you", ",", "Mr.", "Prime", "Minister", "."],
        CaseMode::Normal,
        &[(4, 5, PER)],
        &[],
    ),
    (
        "an honorific before a title and a name keeps the name",
        &["Mr.", "Chief", "Justice", "Harwell", "said", "."],
        CaseMode::Normal,
        &[(3, 4, PER)],
        &[(3, 4, PER)],
    ),
    (
        "an honorific before a modifier that is a surname",
        &["we", "met", "Mrs.", "Grand", "on", "Tuesday", "."],
        CaseMode::Normal,
        &[(3, 4, PER)],
        &[(3, 4, PER)],
    ),
];

#[test]
fn titles_inside_names() {
    check_repairs(CASES);
}
