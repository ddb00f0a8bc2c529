//! Named cases for branch ent37's repairs (made-up text, `openers.rs`, `initial_common`): a
//! kind or a role glued to a name opening the sentence, a body of a common word and a country,
//! camel-case companies, one-word names across "and", a team after a possessive, a common
//! word typed a place at a sentence's start; each with look-alikes that must not change. The
//! tagger's spans are given, but for the whole-text cases.

use super::*;
use super::{check_repairs, RepairCase};

const N: CaseMode = CaseMode::Normal;

const OPENERS: &[RepairCase] = &[
    (
        "a trade opening the sentence glued to a company",
        &["Broker", "Tarnley", "Voss", "agreed", "a", "deal"],
        N,
        &[(0, 3, PER)],
        &[(1, 3, ORG)],
    ),
    (
        "an article and a kind glued to a company",
        &["The", "charity", "Fenwater", "asked", "for", "help"],
        N,
        &[(0, 3, ORG)],
        &[(2, 3, ORG)],
    ),
    (
        "a broker before a listed first name is a person",
        &["Broker", "Maria", "Tolvek", "said", "so"],
        N,
        &[(0, 3, ORG)],
        &[(1, 3, PER)],
    ),
    (
        "one word after 'the broker' is a firm",
        &["rates", "fell", ",", "the", "broker", "Ratewise", "said"],
        N,
        &[(5, 6, PER)],
        &[(5, 6, ORG)],
    ),
    (
        "a person after 'the broker' stays",
        &["the", "broker", "Maria", "Tolvek", "said"],
        N,
        &[(2, 4, PER)],
        &[(2, 4, PER)],
    ),
    (
        "a camel-case word after an article is left",
        &["she", "put", "the", "GoPro", "on", "the", "roof"],
        N,
        &[],
        &[],
    ),
    (
        "a kind's modifier and the kind glued to a company",
        &[
            "Investment",
            "platform",
            "Corlan",
            "Reeve",
            "agreed",
            "a",
            "sale",
        ],
        N,
        &[(0, 4, ORG)],
        &[(2, 4, ORG)],
    ),
    (
        "a role glued to a person keeps the person",
        &["Co-founder", "Ilse", "Marrow", "said", "so"],
        N,
        &[(0, 3, ORG)],
        &[(1, 3, PER)],
    ),
    (
        "a kind that opens names stays in the name",
        &["Union", "Harbell", "said", "on", "Monday"],
        N,
        &[(0, 2, ORG)],
        &[(0, 2, ORG)],
    ),
    (
        "a kind before 'of' is a name's head",
        &["Bank", "of", "Tarvia", "said", "so"],
        N,
        &[(0, 3, ORG)],
        &[(0, 3, ORG)],
    ),
    (
        "a common word before a body ending in a country",
        &["Cancer", "Research", "UK", "said", "on", "Monday"],
        N,
        &[(1, 3, ORG)],
        &[(0, 3, ORG)],
    ),
    (
        "a common word and a country before a verb",
        &["Reform", "UK", "came", "third"],
        N,
        &[(1, 2, LOC)],
        &[(0, 2, ORG)],
    ),
    (
        "a common word and a country's name before a verb stay apart",
        &["Medieval", "England", "came", "first"],
        N,
        &[(1, 2, LOC)],
        &[(1, 2, LOC)],
    ),
    (
        "a camel-case company no name covers",
        &["Fenwater", "and", "HopeWell", "said", "so"],
        N,
        &[(0, 1, ORG)],
        &[(0, 1, ORG), (2, 3, ORG)],
    ),
    (
        "a surname's camel case is no company",
        &["she", "met", "McAllister", "there"],
        N,
        &[],
        &[],
    ),
    (
        "a one-word person beside a camel-case company across 'and'",
        &["TarnAid", "and", "Dravix", "asked", "for", "help"],
        N,
        &[(2, 3, PER)],
        &[(0, 1, ORG), (2, 3, ORG)],
    ),
    (
        "a one-word person beside the tagger's organisation stays",
        &["Dravix", "and", "Tolvane", "were", "caught", "out"],
        N,
        &[(0, 1, PER), (2, 3, ORG)],
        &[(0, 1, PER), (2, 3, ORG)],
    ),
    (
        "a capitalised kind after 'The' is the name's",
        &["The", "Charity", "Commission", "said", "so"],
        N,
        &[(1, 3, ORG)],
        &[(1, 3, ORG)],
    ),
    (
        "a listed first name beside an organisation stays a person",
        &["TarnAid", "and", "Maria", "asked", "for", "help"],
        N,
        &[(2, 3, PER)],
        &[(0, 1, ORG), (2, 3, PER)],
    ),
    (
        "a team's name after a possessive",
        &["Tarrow", "'s", "Blue", "Falcon", "team", "struggled"],
        N,
        &[(0, 1, PER)],
        &[(0, 1, PER), (2, 4, ORG)],
    ),
    (
        "capitalised words after a possessive before another noun stay",
        &["Tarrow", "'s", "Blue", "Falcon", "car", "struggled"],
        N,
        &[(0, 1, PER)],
        &[(0, 1, PER)],
    ),
    (
        "a person's name before a stadium, with the title before it",
        &[
            "at", "the", "Prince", "Talal", "Omari", "Stadium", "on", "Friday",
        ],
        N,
        &[(3, 5, PER)],
        &[(2, 6, LOC)],
    ),
    (
        "a person's name before a surname-like head stays a person",
        &["said", "Alan", "Torvey", "Hall", "on", "Friday"],
        N,
        &[(1, 3, PER)],
        &[(1, 3, PER)],
    ),
    (
        "a creed before a party's head",
        &["the", "Democratic", "Alliance", "agreed"],
        N,
        &[(1, 2, NORP)],
        &[(1, 3, ORG)],
    ),
    (
        "a creed before another noun stays",
        &["the", "Democratic", "candidates", "agreed"],
        N,
        &[(1, 2, NORP)],
        &[(1, 2, NORP)],
    ),
    (
        "a job's acronym after an adjective and an article",
        &["Ilse", "Marrow", ",", "the", "local", "MP", ",", "called"],
        N,
        &[(0, 2, PER), (5, 6, LOC)],
        &[(0, 2, PER)],
    ),
];

#[test]
fn openers_glued_common_bodies_camel_and_teams() {
    check_repairs(OPENERS);
}

/// A common word typed a place opening a sentence inside the text needs another mention; a
/// listed place does not.
#[test]
fn a_common_word_opening_a_sentence_is_no_place() {
    let text = "Farmers were worried. Timber prices rose 4% on Monday in Leeds. \
                Timber prices fell later.";
    let found = crate::entities::find(text);
    let names: Vec<&str> = found
        .iter()
        .filter_map(|f| text.get(f.span.clone()))
        .collect();
    assert!(!names.contains(&"Timber"), "{names:?}");
    assert!(names.contains(&"Leeds"), "{names:?}");
}
