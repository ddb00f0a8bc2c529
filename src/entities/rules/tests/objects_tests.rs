//! Named cases for a name before a verb's second object ([`super::objects`]), "The" before an
//! acronym and the trade nouns that end a company's name, each with look-alikes that must not
//! change. The tagger's spans are given, so each repair is checked whatever the model tags.

use super::*;
use super::{check_repairs, repair_words, RepairCase};

const CASES: &[RepairCase] = &[
    (
        "an untagged acronym before the",
        &[
            "He", "told", "the", "BBC", "the", "airport", "was", "full", ".",
        ],
        CaseMode::Normal,
        &[],
        &[(3, 4, ORG)],
    ),
    (
        "an untagged acronym right after the verb",
        &["He", "told", "ITV", "the", "airport", "was", "full", "."],
        CaseMode::Normal,
        &[],
        &[(2, 3, ORG)],
    ),
    (
        "an untagged acronym before a",
        &["She", "gave", "the", "QRX", "a", "warning", "."],
        CaseMode::Normal,
        &[],
        &[(3, 4, ORG)],
    ),
    (
        "a tagged acronym keeps its span and type",
        &["He", "told", "the", "BBC", "the", "truth", "."],
        CaseMode::Normal,
        &[(3, 4, LOC)],
        &[(3, 4, LOC)],
    ),
    (
        "another capitalised word is kept for linking to confirm",
        &["He", "gave", "Tarrow", "the", "keys", "."],
        CaseMode::Normal,
        &[],
        &[(2, 3, ORG)],
    ),
    (
        "a weekday before the is no name",
        &["He", "said", "Monday", "the", "deal", "was", "off", "."],
        CaseMode::Normal,
        &[],
        &[],
    ),
    (
        "a month before the is no name",
        &["They", "met", "in", "March", "the", "year", "before", "."],
        CaseMode::Normal,
        &[],
        &[],
    ),
    (
        "a title before the is no name",
        &["He", "became", "President", "the", "next", "year", "."],
        CaseMode::Normal,
        &[],
        &[],
    ),
    (
        "a frequent acronym is kept for linking to confirm",
        &["He", "watched", "TV", "the", "whole", "evening", "."],
        CaseMode::Normal,
        &[],
        &[(2, 3, LOC)],
    ),
    (
        "an acronym after a time is no name",
        &["By", "9am", "GMT", "the", "queue", "had", "grown", "."],
        CaseMode::Normal,
        &[],
        &[],
    ),
    (
        "the second word of an untagged name is left alone",
        &["He", "told", "Sarah", "Tarrow", "the", "truth", "."],
        CaseMode::Normal,
        &[],
        &[],
    ),
    (
        "a capitalised word before a capitalised The is left alone",
        &["He", "told", "QRX", "The", "Times", "said", "so", "."],
        CaseMode::Normal,
        &[],
        &[],
    ),
    (
        "an all-caps line is left alone",
        &["HE", "TOLD", "THE", "BBC", "THE", "TRUTH"],
        CaseMode::AllCaps,
        &[],
        &[],
    ),
    (
        "a leading The leaves an acronym",
        &["The", "BBC", "said", "it", "."],
        CaseMode::Normal,
        &[(0, 2, ORG)],
        &[(1, 2, ORG)],
    ),
    (
        "a leading The stays in a two-word name of another shape",
        &["at", "The", "Oval", "."],
        CaseMode::Normal,
        &[(1, 3, LOC)],
        &[(1, 3, LOC)],
    ),
    (
        "a capitalised THE is no article to leave",
        &["THE", "BBC", "said", "it", "."],
        CaseMode::Normal,
        &[(0, 2, ORG)],
        &[(0, 2, ORG)],
    ),
    (
        "a company named by a trade noun, typed as a place",
        &["a", "photograph", "(", "Corvane", "Images", ")", "."],
        CaseMode::Normal,
        &[(3, 5, LOC)],
        &[(3, 5, ORG)],
    ),
    (
        "a company named by a trade noun, typed as a person",
        &[
            "owned", "by", "Brindle", "Media", ",", "which", "said", "so", ".",
        ],
        CaseMode::Normal,
        &[(2, 4, PER)],
        &[(2, 4, ORG)],
    ),
    (
        "a news channel is an organisation",
        &["told", "Halden", "News", "on", "Monday", "."],
        CaseMode::Normal,
        &[(1, 3, PER)],
        &[(1, 3, ORG)],
    ),
    (
        "a trade noun opens no organisation with of",
        &["sang", "Pictures", "of", "Lily", "."],
        CaseMode::Normal,
        &[(1, 4, MISC)],
        &[(1, 4, MISC)],
    ),
];

#[test]
fn names_before_second_objects_and_company_heads() {
    check_repairs(CASES);
}

/// An acronym counts as a name of its own; another word only once linking confirms it.
#[test]
fn names_before_articles_weights() {
    let cases: &[(&str, &[&str], usize, u32)] = &[
        (
            "an acronym",
            &["He", "told", "the", "QRX", "the", "truth", "."],
            3,
            WEIGHT_SINGLE,
        ),
        (
            "a frequent acronym",
            &["He", "watched", "TV", "the", "whole", "evening", "."],
            2,
            WEIGHT_UNCONFIRMED,
        ),
        (
            "a capitalised word",
            &["He", "gave", "Tarrow", "the", "keys", "."],
            2,
            WEIGHT_UNCONFIRMED,
        ),
        (
            "a frequent acronym after the",
            &[
                "He", "told", "the", "BBC", "the", "airport", "was", "full", ".",
            ],
            3,
            WEIGHT_SINGLE,
        ),
        (
            "another frequent acronym after the",
            &["She", "told", "the", "FBI", "a", "story", "."],
            3,
            WEIGHT_SINGLE,
        ),
        (
            "a job's acronym after the",
            &["He", "told", "the", "CEO", "the", "truth", "."],
            3,
            WEIGHT_UNCONFIRMED,
        ),
        (
            "a thing's acronym after the",
            &["She", "gave", "the", "DNA", "a", "second", "look", "."],
            3,
            WEIGHT_UNCONFIRMED,
        ),
    ];
    for &(name, words, at, weight) in cases {
        let got = repair_words(words, CaseMode::Normal, &[]);
        let found = got.iter().find(|m| m.start == at && m.end == at + 1);
        assert_eq!(found.map(|m| m.weight), Some(weight), "{name}: {got:?}");
    }
}
