//! Named cases for `bodies.rs` and the person-typed place after "in" (branch `entgen23`):
//! public bodies of common words and a nation, numbered channels; each with look-alikes that
//! must not change. The tagger's spans are given, so each repair is checked whatever the
//! model tags.

use super::*;
use super::{check_repairs, RepairCase};

const CASES: &[RepairCase] = &[
    (
        "a common word before a nation the tagger left out makes a body",
        &[
            "advice", "from", "Natural", "England", "was", "ignored", ".",
        ],
        CaseMode::Normal,
        &[(3, 4, LOC)],
        &[(2, 4, ORG)],
    ),
    (
        "a body the tagger typed as a place of two words",
        &["a", "grant", "from", "Historic", "Scotland", "."],
        CaseMode::Normal,
        &[(3, 5, LOC)],
        &[(3, 5, ORG)],
    ),
    (
        "a body the tagger typed as a work",
        &["a", "grant", "from", "Historic", "England", "."],
        CaseMode::Normal,
        &[(3, 5, MISC)],
        &[(3, 5, ORG)],
    ),
    (
        "a nation of the world after a common word is no body",
        &["art", "of", "Classical", "Greece", "."],
        CaseMode::Normal,
        &[(3, 4, LOC)],
        &[(3, 4, LOC)],
    ),
    (
        "two common words before a nation make one body",
        &["said", "Public", "Health", "Wales", "."],
        CaseMode::Normal,
        &[(3, 4, LOC)],
        &[(1, 4, ORG)],
    ),
    (
        "a compass word before a nation is a place",
        &["rain", "in", "Northern", "England", "."],
        CaseMode::Normal,
        &[(3, 4, LOC)],
        &[(2, 4, LOC)],
    ),
    (
        "an adjective of times before a nation is no body",
        &["life", "in", "Medieval", "England", "."],
        CaseMode::Normal,
        &[(3, 4, LOC)],
        &[(3, 4, LOC)],
    ),
    (
        "a whole listed place stays a place",
        &["towns", "of", "New", "England", "."],
        CaseMode::Normal,
        &[(2, 4, LOC)],
        &[(2, 4, LOC)],
    ),
    (
        "the sentence's first word before a nation is no body",
        &["Today", "England", "play", "Wales", "."],
        CaseMode::Normal,
        &[(1, 2, LOC), (3, 4, LOC)],
        &[(1, 2, LOC), (3, 4, LOC)],
    ),
    (
        "a common word before a city is no body",
        &["the", "Central", "Leeds", "branch", "."],
        CaseMode::Normal,
        &[(2, 3, LOC)],
        &[(1, 3, LOC)],
    ),
    (
        "a headline's body is left to the headline rules",
        &["Natural", "England", "Warns", "Of", "Floods"],
        CaseMode::Title,
        &[(0, 2, LOC)],
        &[(1, 2, LOC)],
    ),
    (
        "a numbered channel is a broadcaster",
        &["shown", "on", "Channel", "Five", "tonight", "."],
        CaseMode::Normal,
        &[(2, 4, PER)],
        &[(2, 4, ORG)],
    ),
    (
        "a channel in digits the tagger missed is a broadcaster",
        &["told", "Channel", "4", "that", "it", "would", "."],
        CaseMode::Normal,
        &[],
        &[(1, 3, ORG)],
    ),
    (
        "a channel before a full stop is a broadcaster",
        &["aired", "on", "Channel", "4", "."],
        CaseMode::Normal,
        &[(2, 3, PER)],
        &[(2, 4, ORG)],
    ),
    (
        "a channel before a figure is no broadcaster",
        &["Channel", "4", "200", "viewers"],
        CaseMode::Normal,
        &[],
        &[],
    ),
    (
        "a channel's news programme is left to the tagger",
        &["on", "Channel", "4", "News", "."],
        CaseMode::Normal,
        &[(1, 4, ORG)],
        &[(1, 4, ORG)],
    ),
    (
        "the English Channel is no broadcaster",
        &["across", "the", "English", "Channel", "."],
        CaseMode::Normal,
        &[(2, 4, LOC)],
        &[(2, 4, LOC)],
    ),
    (
        "a word no first-name list has, after in, is a place",
        &["flooding", "in", "Agbado", "."],
        CaseMode::Normal,
        &[(2, 3, PER)],
        &[(2, 3, LOC)],
    ),
    (
        "a first name after in stays a person",
        &["confidence", "in", "Priyanka", "."],
        CaseMode::Normal,
        &[(2, 3, PER)],
        &[(2, 3, PER)],
    ),
    (
        "a person's full name after in stays a person",
        &["a", "stake", "in", "Halvard", "Quenby", "."],
        CaseMode::Normal,
        &[(3, 5, PER)],
        &[(3, 5, PER)],
    ),
];

#[test]
fn bodies_channels_and_places_after_in() {
    check_repairs(CASES);
}
