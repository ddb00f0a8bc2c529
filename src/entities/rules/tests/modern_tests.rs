//! Named cases for the modern-news repairs (branch `entgen22`): events typed MISC, a leading
//! "The" left out, a dateline's weekday cut, an organisation split from the person after it,
//! a body after a nationality, a headline's verb, a year in brackets, the acronyms of terms;
//! each with look-alikes that must not change. The tagger's spans are given, so each repair is
//! checked whatever the model tags.

use super::*;
use super::{check_repairs, repair_words, RepairCase};

const CASES: &[RepairCase] = &[
    (
        "a festival typed as an organisation is an event",
        &["at", "the", "Dunmore", "Festival", "in", "June", "."],
        CaseMode::Normal,
        &[(2, 4, ORG)],
        &[(2, 4, MISC)],
    ),
    (
        "a medal and a revolution are events, whatever the tagger typed",
        &[
            "won",
            "the",
            "Royal",
            "Gold",
            "Medal",
            "and",
            "studied",
            "the",
            "Ruritanian",
            "Revolution",
            ".",
        ],
        CaseMode::Normal,
        &[(2, 5, ORG), (8, 10, PER)],
        &[(2, 5, MISC), (8, 10, MISC)],
    ),
    (
        "an organisation ending in an office is no event",
        &["the", "War", "Office", "replied", "."],
        CaseMode::Normal,
        &[(1, 3, ORG)],
        &[(1, 3, ORG)],
    ),
    (
        "an event head alone keeps the tagger's type",
        &["Festival", "organisers", "met", "."],
        CaseMode::Normal,
        &[(0, 1, ORG)],
        &[(0, 1, ORG)],
    ),
    (
        "a leading The is no part of a name of three words",
        &["writers", "at", "The", "Harbour", "Paper", "said", "."],
        CaseMode::Normal,
        &[(2, 5, ORG)],
        &[(3, 5, ORG)],
    ),
    (
        "a newspaper keeps its The",
        &["The", "Wexford", "Post", "reported", "."],
        CaseMode::Normal,
        &[(0, 3, ORG)],
        &[(0, 3, ORG)],
    ),
    (
        "a name of two words keeps its The",
        &["rain", "at", "The", "Oval", "."],
        CaseMode::Normal,
        &[(2, 4, LOC)],
        &[(2, 4, LOC)],
    ),
    (
        "a lower-case the is left as the tagger put it",
        &["at", "the", "Harbour", "Paper", "."],
        CaseMode::Normal,
        &[(2, 4, ORG)],
        &[(2, 4, ORG)],
    ),
    (
        "a dateline's weekday before a month is cut",
        &[
            "interviews",
            "the",
            "Guild",
            "of",
            "Conjurors",
            "Wednesday",
            ",",
            "October",
            "9",
        ],
        CaseMode::Normal,
        &[(2, 6, ORG)],
        &[(2, 5, ORG)],
    ),
    (
        "a dateline's weekday right before a month is cut",
        &["the", "Tarrow", "Trust", "Monday", "March", "4"],
        CaseMode::Normal,
        &[(1, 4, ORG)],
        &[(1, 3, ORG)],
    ),
    (
        "a club named with a weekday keeps it before a score",
        &["Sheffield", "Wednesday", "2", "Dunmore", "1"],
        CaseMode::Normal,
        &[(0, 2, ORG), (3, 4, ORG)],
        &[(0, 2, ORG), (3, 4, ORG)],
    ),
    (
        "an organisation run into a person's name is split",
        &[
            "psychology",
            "at",
            "Marlow",
            "State",
            "University",
            "Simon",
            "Tarrant",
            "about",
        ],
        CaseMode::Normal,
        &[(2, 7, ORG)],
        &[(2, 5, ORG), (5, 7, PER)],
    ),
    (
        "a first name before a facility head is part of the facility",
        &["at", "Marlow", "University", "Grace", "Hospital", "today"],
        CaseMode::Normal,
        &[(1, 5, ORG)],
        &[(1, 5, LOC)],
    ),
    (
        "a first name not after a head is not split off",
        &["the", "Marlow", "Simon", "Tarrant", "Trust", "said"],
        CaseMode::Normal,
        &[(1, 5, ORG)],
        &[(1, 5, ORG)],
    ),
    (
        "a nationality and a capitalised government are one organisation",
        &["the", "Scottish", "Government", "said", "."],
        CaseMode::Normal,
        &[(1, 2, NORP)],
        &[(1, 3, ORG)],
    ),
    (
        "a place and a capitalised parliament are one organisation",
        &["Ruritania", "Parliament", "voted", "."],
        CaseMode::Normal,
        &[(0, 1, LOC)],
        &[(0, 2, ORG)],
    ),
    (
        "a lower-case government stays out",
        &["the", "Scottish", "government", "said", "."],
        CaseMode::Normal,
        &[(1, 2, NORP)],
        &[(1, 2, NORP)],
    ),
    (
        "an organisation before a capitalised government stays as it is",
        &["the", "Marlow", "Trust", "Government", "grant", "."],
        CaseMode::Normal,
        &[(1, 3, ORG)],
        &[(1, 3, ORG)],
    ),
    (
        "a headline's verb ends the name before it",
        &["Harbour", "Council", "Sues", "Water", "Firm"],
        CaseMode::Title,
        &[(0, 3, ORG)],
        &[(0, 2, ORG)],
    ),
    (
        // (The place keeps the word after it: "Town" starts a listed phrase, so it is no cut.)
        "a headline's verb ends a place's name",
        &["Texas", "Town", "Recovers", "After", "Floods"],
        CaseMode::Title,
        &[(0, 3, LOC)],
        &[(0, 2, LOC)],
    ),
    (
        "a verb-like word in running text stays in the name",
        &["shares", "in", "Marlow", "Wins", "Ltd", "rose", "."],
        CaseMode::Normal,
        &[(2, 5, ORG)],
        &[(2, 5, ORG)],
    ),
    (
        "a year in brackets is no part of a name",
        &["in", "Jules", "et", "Jim", "(", "1962", ")", "."],
        CaseMode::Normal,
        &[(1, 7, PER)],
        &[(1, 4, PER)],
    ),
    (
        "a citation keeps its name and type",
        &["as", "Quilis", "(", "1984", ")", "argues", "."],
        CaseMode::Normal,
        &[(1, 2, PER)],
        &[(1, 2, PER)],
    ),
    (
        "a number in brackets that is no year stays",
        &["at", "Gate", "Terminal", "(", "10", ")", "."],
        CaseMode::Normal,
        &[(1, 6, LOC)],
        &[(1, 6, LOC)],
    ),
];

#[test]
fn modern_news_repairs() {
    check_repairs(CASES);
}

/// The acronyms of terms: (case name, words, tagger's spans, the acronym's expected weight
/// where a name covers it (`None`: no name there)).
#[test]
fn acronyms_of_lower_case_terms_are_no_names() {
    type Case = (
        &'static str,
        &'static [&'static str],
        &'static [(usize, usize, usize)],
        usize,
        Option<u32>,
    );
    let cases: &[Case] = &[
        (
            "a tagged acronym of lower-case words",
            &[
                "growth", "in", "gross", "domestic", "product", "(", "GDP", ")", "slowed",
            ],
            &[(6, 7, ORG)],
            6,
            Some(WEIGHT_NOT_A_NAME),
        ),
        (
            "an untagged one is added, to veto its other mentions",
            &[
                "the",
                "sea",
                "surface",
                "temperature",
                "(",
                "SST",
                ")",
                "rose",
            ],
            &[],
            5,
            Some(WEIGHT_NOT_A_NAME),
        ),
        (
            "a plural acronym of hyphenated words, the sentence's capitalised first word",
            &[
                "Non-governmental",
                "organisations",
                "(",
                "NGOs",
                ")",
                "protested",
            ],
            &[(3, 4, ORG)],
            3,
            Some(WEIGHT_NOT_A_NAME),
        ),
        (
            "connectives may be skipped",
            &["a", "ministry", "of", "defence", "(", "MD", ")", "report"],
            &[(5, 6, ORG)],
            5,
            Some(WEIGHT_NOT_A_NAME),
        ),
        (
            "an organisation's capitalised name defines a name",
            &[
                "the",
                "World",
                "Health",
                "Organization",
                "(",
                "WHO",
                ")",
                "said",
            ],
            &[(1, 4, ORG), (5, 6, ORG)],
            5,
            Some(WEIGHT_SINGLE),
        ),
        (
            "words that do not spell it",
            &["the", "football", "body", "(", "FIFA", ")", "ruled"],
            &[(4, 5, ORG)],
            4,
            Some(WEIGHT_SINGLE),
        ),
        (
            "a bracketed name no words spell is not added",
            &["rain", "(", "AP", ")", "fell"],
            &[],
            2,
            None,
        ),
    ];
    let mut errors = Vec::new();
    for &(name, words, spans, at, want) in cases {
        let got = repair_words(words, CaseMode::Normal, spans)
            .iter()
            .find(|m| m.start == at && m.end == at + 1)
            .map(|m| m.weight);
        if got != want {
            errors.push(format!("{name}: expected {want:?}, got {got:?}"));
        }
    }
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}
