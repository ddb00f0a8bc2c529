//! Named cases for `works.rs`: a name that the noun before it shows to be a work, a vehicle or a
//! celestial body, with look-alikes that must not change. Made-up names; the tagger's spans are
//! given.

use super::*;
use super::{check_repairs, RepairCase};

const CASES: &[RepairCase] = &[
    (
        "a series typed as a person",
        &[
            "He",
            "starred",
            "in",
            "the",
            "television",
            "series",
            "Brambleton",
            "Girls",
            ".",
        ],
        CaseMode::Normal,
        &[(6, 8, PER)],
        &[(6, 8, MISC)],
    ),
    (
        "a film typed as a place",
        &[
            "the",
            "superhero",
            "film",
            "Korvath",
            "Falls",
            "(",
            "2009",
            ")",
        ],
        CaseMode::Normal,
        &[(3, 5, LOC)],
        &[(3, 5, MISC)],
    ),
    (
        "an opera typed as an organisation",
        &[
            "the",
            "most",
            "successful",
            "is",
            "the",
            "opera",
            "Velunka",
            ".",
        ],
        CaseMode::Normal,
        &[(6, 7, ORG)],
        &[(6, 7, MISC)],
    ),
    (
        "a song in quotation marks",
        &["the", "song", "“", "Tarrow", "Lane", "”", "was", "a", "hit"],
        CaseMode::Normal,
        &[(3, 5, LOC)],
        &[(3, 5, MISC)],
    ),
    (
        "an album",
        &["her", "debut", "album", "Quillon", "sold", "well"],
        CaseMode::Normal,
        &[(3, 4, PER)],
        &[(3, 4, MISC)],
    ),
    (
        "a rover",
        &["the", "rover", "Zephrine", "landed", "in", "a", "crater"],
        CaseMode::Normal,
        &[(2, 3, PER)],
        &[(2, 3, MISC)],
    ),
    (
        "a rover before a verb in the past",
        &["the", "rover", "Zephrine", "landed", "."],
        CaseMode::Normal,
        &[(2, 3, ORG)],
        &[(2, 3, MISC)],
    ),
    (
        "a spacecraft",
        &[
            "the",
            "spacecraft",
            "Orvalis",
            "carried",
            "a",
            "dust",
            "detector",
        ],
        CaseMode::Normal,
        &[(2, 3, ORG)],
        &[(2, 3, MISC)],
    ),
    (
        "a moon before which",
        &[
            "Saturn",
            "'s",
            "moon",
            "Enceladus",
            ",",
            "which",
            "has",
            "an",
            "ocean",
        ],
        CaseMode::Normal,
        &[(0, 1, LOC), (3, 4, PER)],
        &[(0, 1, LOC), (3, 4, LOC)],
    ),
    (
        "a title-case headline keeps the rule",
        &["the", "film", "Korvath", "Falls", "Opens"],
        CaseMode::Title,
        &[(2, 4, LOC)],
        &[(2, 4, MISC)],
    ),
    (
        "a title the tagger cut short runs on through its capitalised words",
        &[
            "the", "films", "New", "York", "Minute", "and", "Velunka", ".",
        ],
        CaseMode::Normal,
        &[(2, 4, LOC), (6, 7, ORG)],
        &[(2, 5, MISC), (6, 7, ORG)],
    ),
    (
        "a title stops before the next name",
        &[
            "the", "drama", "Korvath", "Falls", "Brackley", "starred", "in",
        ],
        CaseMode::Normal,
        &[(2, 3, LOC), (3, 5, PER)],
        &[(2, 3, MISC), (3, 5, PER)],
    ),
    // Look-alikes that must not change.
    (
        "a person after a work's noun with a listed first name",
        &[
            "the", "film", "Steven", "Brackley", "directed", "in", "1993",
        ],
        CaseMode::Normal,
        &[(2, 4, PER)],
        &[(2, 4, PER)],
    ),
    (
        "a company that made the work",
        &[
            "the",
            "documentary",
            "Streamvale",
            "released",
            "on",
            "Friday",
        ],
        CaseMode::Normal,
        &[(2, 3, ORG)],
        &[(2, 3, ORG)],
    ),
    (
        "an acronym after a vehicle's noun",
        &["the", "telescope", "NASA", "will", "launch"],
        CaseMode::Normal,
        &[(2, 3, ORG)],
        &[(2, 3, ORG)],
    ),
    (
        "a verb that is no work's noun",
        &[
            "polls",
            "show",
            "Vellacott",
            "leading",
            "by",
            "ten",
            "points",
        ],
        CaseMode::Normal,
        &[(2, 3, PER)],
        &[(2, 3, PER)],
    ),
    (
        "a match is no work",
        &["the", "game", "Dunmore", "lost", "on", "Sunday"],
        CaseMode::Normal,
        &[(2, 3, ORG)],
        &[(2, 3, ORG)],
    ),
    (
        "a nationality after a work's noun",
        &["a", "novel", "Kenyan", "approach"],
        CaseMode::Normal,
        &[(2, 3, NORP)],
        &[(2, 3, NORP)],
    ),
    (
        "a capitalised noun is a name's first word",
        &["The", "Film", "Council", "said"],
        CaseMode::Normal,
        &[(1, 3, ORG)],
        &[(1, 3, ORG)],
    ),
    (
        "an all-caps line",
        &["THE", "FILM", "KORVATH", "FALLS"],
        CaseMode::AllCaps,
        &[(2, 4, LOC)],
        &[(2, 4, LOC)],
    ),
    (
        "a name after a comma after the noun",
        &["in", "the", "film", ",", "Tarrow", "plays", "a", "spy"],
        CaseMode::Normal,
        &[(4, 5, PER)],
        &[(4, 5, PER)],
    ),
    (
        "a work's own The joins it",
        &[
            "its", "drama", "The", "Velvet", "Quarry", ",", "filmed", "in", "spring",
        ],
        CaseMode::Normal,
        &[(3, 5, ORG)],
        &[(2, 5, MISC)],
    ),
    (
        "a name after The with no work's noun",
        &["said", "The", "Velmouth", "Courier", "on", "Monday"],
        CaseMode::Normal,
        &[(2, 4, ORG)],
        &[(2, 4, ORG)],
    ),
    (
        "a moon typed MISC is a place",
        &["pictures", "of", "the", "moon", "Tharnos", "."],
        CaseMode::Normal,
        &[(4, 5, MISC)],
        &[(4, 5, LOC)],
    ),
    (
        "a work typed MISC stays as it is",
        &["the", "album", "Quiet", "Harbours", "Rise", "sold"],
        CaseMode::Normal,
        &[(2, 4, MISC)],
        &[(2, 4, MISC)],
    ),
];

#[test]
fn works_and_things_cases() {
    check_repairs(CASES);
}
