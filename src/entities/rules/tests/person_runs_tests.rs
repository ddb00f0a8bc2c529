//! Named cases for `person_runs.rs`, `provisions.rs` and `state_codes.rs`: people's full names that the tagger
//! cut or wrapped in another name, numbered parts of laws, and look-alikes that must not change.
//! Made-up names; the tagger's spans are given.

use super::*;
use super::{check_repairs, RepairCase};

const CASES: &[RepairCase] = &[
    (
        "a person after a lower-case noun inside a MISC span",
        &[
            "the", "Nobel", "laureate", "Anouk", "Verhaege", "wrote", "it", ".",
        ],
        CaseMode::Normal,
        &[(1, 5, MISC)],
        &[(3, 5, PER)],
    ),
    (
        "a person after a closing bracket and a comma inside a MISC span",
        &[
            "(", "Under", "the", "Hill", ")", ",", "Marta", "Kolbeck", "(", "Ashes", ")",
        ],
        CaseMode::Normal,
        &[(3, 8, MISC)],
        &[(6, 8, PER)],
    ),
    (
        "a person after an opening bracket inside a MISC span",
        &[
            "his", "brother", "Dean", "(", "Jarek", "Tolland", ")", "drives", ".",
        ],
        CaseMode::Normal,
        &[(2, 6, MISC)],
        &[(4, 6, PER)],
    ),
    (
        "a first name ending a NORP span takes the surname after it",
        &[
            "his",
            "Brambleton",
            "co-star",
            "Genevieve",
            "Oskarsson",
            "said",
            ".",
        ],
        CaseMode::Normal,
        &[(1, 4, NORP)],
        &[(3, 5, PER)],
    ),
    (
        "a person after a lower-case title inside a MISC span",
        &[
            "married", "the", "colonel", "Marta", "Brandvik", ",", "then", "left",
        ],
        CaseMode::Normal,
        &[(2, 5, MISC)],
        &[(3, 5, PER)],
    ),
    (
        "a work of capitalised words that holds a first name stays",
        &["the", "novel", "Sweet", "Anna", "Marlowe", "sold", "well"],
        CaseMode::Normal,
        &[(2, 5, MISC)],
        &[(2, 5, MISC)],
    ),
    (
        "a MISC span with no first name stays",
        &["the", "Tour", "de", "Vendelle", "starts", "today"],
        CaseMode::Normal,
        &[(1, 4, MISC)],
        &[(1, 4, MISC)],
    ),
    (
        "a person after a lower-case noun without a listed first name",
        &[
            "by",
            "Nobel",
            "laureate",
            "Władysław",
            "Orzechowicz",
            ",",
            "depicts",
        ],
        CaseMode::Normal,
        &[(1, 5, MISC)],
        &[(3, 5, PER)],
    ),
    (
        "a work's title with of and the stays whole",
        &["read", "Lords", "of", "the", "Silver", "Vale", "again"],
        CaseMode::Normal,
        &[(1, 6, MISC)],
        &[(1, 6, MISC)],
    ),
    (
        "a title modifier before a person's name is not a first name",
        &["under", "General", "Marta", "Kolbeck", "."],
        CaseMode::Normal,
        &[(2, 4, PER)],
        &[(2, 4, PER)],
    ),
    (
        "a state's code after a place and a comma is a place",
        &[
            "near", "Vinora", ",", "OK", ",", "or", "Dellwick", ",", "KS", ".",
        ],
        CaseMode::Normal,
        &[(1, 2, LOC), (6, 7, LOC)],
        &[(1, 2, LOC), (3, 4, LOC), (6, 7, LOC), (8, 9, LOC)],
    ),
    (
        "a state's code the tagger typed otherwise is a place",
        &["from", "Vinora", ",", "VA", "and"],
        CaseMode::Normal,
        &[(1, 2, LOC), (3, 4, ORG)],
        &[(1, 2, LOC), (3, 4, LOC)],
    ),
    (
        "a state's code after a person is left alone",
        &["said", "Marta", "Kolbeck", ",", "OK", "then"],
        CaseMode::Normal,
        &[(1, 3, PER)],
        &[(1, 3, PER)],
    ),
    (
        "two capitals after a place that are no state's code are left alone",
        &["in", "Vinora", ",", "UK", "."],
        CaseMode::Normal,
        &[(1, 2, LOC)],
        &[(1, 2, LOC)],
    ),
    (
        "a person's name goes on into an untagged surname",
        &[
            "Clara",
            "Martínez",
            "Quesvedo",
            "teaches",
            "at",
            "the",
            "school",
            ".",
        ],
        CaseMode::Normal,
        &[(0, 2, PER)],
        &[(0, 3, PER)],
    ),
    (
        "a person's name cut in two is one",
        &[
            "recruited",
            "by",
            "Pierre",
            "Augustin",
            "Varenne",
            "de",
            "Molliac",
            "to",
            "serve",
        ],
        CaseMode::Normal,
        &[(2, 4, PER), (4, 7, PER)],
        &[(2, 7, PER)],
    ),
    (
        "a person's name does not run into a weekday",
        &["said", "Clara", "Quesvedo", "Tuesday", "."],
        CaseMode::Normal,
        &[(1, 3, PER)],
        &[(1, 3, PER)],
    ),
    (
        "a person's name does not run into a place",
        &["with", "Clara", "Quesvedo", "London", "based"],
        CaseMode::Normal,
        &[(1, 3, PER)],
        &[(1, 3, PER)],
    ),
    (
        "a person's name does not run into an organisation",
        &["driver", "Marta", "Kolbeck", "Ferrari", "second"],
        CaseMode::Normal,
        &[(1, 3, PER), (3, 4, ORG)],
        &[(1, 3, PER), (3, 4, ORG)],
    ),
    (
        "a name without a first name does not run on",
        &["the", "Kolbeck", "Varenne", "Osterby", "case"],
        CaseMode::Normal,
        &[(1, 3, PER)],
        &[(1, 3, PER)],
    ),
    (
        "a Title Case line's names do not run on",
        &["Clara", "Martínez", "Quesvedo", "Wins", "Prize"],
        CaseMode::Title,
        &[(0, 2, PER)],
        &[(0, 2, PER)],
    ),
    (
        "a first name left before a surname opens the name",
        &[
            "Amsterdam",
            ",",
            "and",
            "Lotte",
            "Verhaege",
            "of",
            "the",
            "library",
        ],
        CaseMode::Normal,
        &[(0, 1, LOC), (4, 5, PER)],
        &[(0, 1, LOC), (3, 5, PER)],
    ),
    (
        "a sentence's first word is not taken as a first name",
        &["Clara", "Verhaege", "wrote", "."],
        CaseMode::Normal,
        &[(1, 2, PER)],
        &[(1, 2, PER)],
    ),
    (
        "a law's title and a Roman numeral are MISC",
        &[
            "any",
            "Title",
            "IV",
            "provision",
            "and",
            "Article",
            "III",
            "standing",
        ],
        CaseMode::Normal,
        &[(1, 3, ORG), (5, 7, ORG)],
        &[(1, 3, MISC), (5, 7, MISC)],
    ),
    (
        "a rule or a tab and its number are MISC",
        &[
            "starting", "with", "Rule", "37", ",", "see", "Tab", "8", ".",
        ],
        CaseMode::Normal,
        &[(2, 3, ORG), (6, 8, LOC)],
        &[(2, 4, MISC), (6, 8, MISC)],
    ),
    (
        "a king and a Roman numeral stay a name",
        &["under", "King", "Osric", "IV", "of", "Vendelle"],
        CaseMode::Normal,
        &[(2, 4, PER), (5, 6, LOC)],
        &[(2, 4, PER), (5, 6, LOC)],
    ),
    (
        "a provision word before a name stays",
        &["the", "Title", "Brambleton", "Trust", "gave"],
        CaseMode::Normal,
        &[(1, 4, ORG)],
        &[(1, 4, ORG)],
    ),
];

#[test]
fn person_runs_provisions_and_state_codes() {
    check_repairs(CASES);
}
