//! Named cases for branch ent35's repairs (made-up text): facilities named with the place they
//! stand in (`facilities_in.rs`), companies named by a trade (`trade_heads.rs`), clubs in a
//! result's sentence (`club_names.rs`), a name's first word opening the sentence
//! (`opening_words.rs`); each with look-alikes that must not change. The tagger's spans are
//! given.

use super::trade_heads::is_trade_head;
use super::*;
use super::{check_repairs, RepairCase};

const N: CaseMode = CaseMode::Normal;

const FACILITIES: &[RepairCase] = &[
    (
        "a hospital and the district it stands in, read as one body",
        &[
            "at", "the", "Kelmarsh", "General", "Hospital", "in", "Ashbrook", "today",
        ],
        N,
        &[(2, 7, ORG)],
        &[(2, 5, LOC), (6, 7, LOC)],
    ),
    (
        "a stadium and a two-word town",
        &[
            "fans", "left", "Harrow", "Lane", "Stadium", "in", "East", "Dunmere", ".",
        ],
        N,
        &[(2, 8, ORG)],
        &[(2, 5, LOC), (6, 8, LOC)],
    ),
    (
        "a medical centre after a possessive and its city",
        &[
            "the",
            "Queen",
            "'s",
            "Medical",
            "Centre",
            "in",
            "Nottingham",
            "said",
        ],
        N,
        &[(1, 7, ORG)],
        &[(1, 5, LOC), (6, 7, LOC)],
    ),
    (
        "an airport and its city typed as a place",
        &[
            "flights",
            "to",
            "Tolvan",
            "International",
            "Airport",
            "in",
            "Marlow",
            ".",
        ],
        N,
        &[(2, 7, LOC)],
        &[(2, 5, LOC), (6, 7, LOC)],
    ),
    (
        "a body with 'in' and no facility's head stays whole",
        &["the", "Society", "of", "Friends", "in", "Marlow", "said"],
        N,
        &[(1, 6, ORG)],
        &[(1, 6, ORG)],
    ),
    (
        "a facility's head inside a longer body before 'in' stays whole",
        &[
            "the", "Hospital", "Workers", "Union", "in", "Marlow", "said",
        ],
        N,
        &[(1, 6, ORG)],
        &[(1, 6, ORG)],
    ),
    (
        "a name of three words is never cut",
        &["the", "Hospital", "in", "Marlow", "said"],
        N,
        &[(1, 4, ORG)],
        &[(1, 4, ORG)],
    ),
];

const TRADES: &[RepairCase] = &[
    (
        "a region's adjective and Water typed as a person",
        &["Kelvish", "Water", "said", "bills", "would", "rise"],
        N,
        &[(0, 2, PER)],
        &[(0, 2, ORG)],
    ),
    (
        "a brand and Cars typed as a person",
        &["shares", "in", "Tolvo", "Cars", "fell"],
        N,
        &[(2, 4, PER)],
        &[(2, 4, ORG)],
    ),
    (
        "a city and Air typed as a person",
        &["the", "new", "airline", "Dunmere", "Air", "will", "fly"],
        N,
        &[(3, 5, PER)],
        &[(3, 5, ORG)],
    ),
    (
        "a three-word utility typed as a place",
        &["customers", "of", "Ash", "Valley", "Water", "were", "told"],
        N,
        &[(2, 5, LOC)],
        &[(2, 5, ORG)],
    ),
    (
        "an energy firm typed MISC",
        &["Brightmoor", "Energy", "has", "bought", "a", "rival"],
        N,
        &[(0, 2, MISC)],
        &[(0, 2, ORG)],
    ),
    (
        "a region typed as a place before a free Water opening the sentence",
        &["South", "East", "Water", "has", "been", "fined"],
        N,
        &[(0, 2, LOC)],
        &[(0, 3, ORG)],
    ),
    (
        "a place before a trade head that opens a longer name is left",
        &["Marlow", "Water", "Sports", "Club", "opened"],
        N,
        &[(0, 1, LOC)],
        &[(0, 1, LOC)],
    ),
    (
        "a lake after 'on' stays a place",
        &["boats", "on", "Kelder", "Water", "were", "moored"],
        N,
        &[(2, 4, LOC)],
        &[(2, 4, LOC)],
    ),
    (
        "a title before a two-word name ending in Power stays a person",
        &["Dr", "Tolvo", "Power", "said", "no"],
        N,
        &[(1, 3, PER)],
        &[(1, 3, PER)],
    ),
    (
        "a given name before Steel stays a person",
        &["Samantha", "Steel", "said", "no"],
        N,
        &[(0, 2, PER)],
        &[(0, 2, PER)],
    ),
    (
        "a three-word utility whose first words are listed given names",
        &[
            "Regulators",
            "fined",
            "Lowry",
            "Dunmere",
            "Water",
            "on",
            "Tuesday",
        ],
        N,
        &[(2, 5, PER)],
        &[(2, 5, ORG)],
    ),
    (
        "a place typed ORG before a free Water takes it in",
        &["Dunmere", "Water", "was", "fined"],
        N,
        &[(0, 1, ORG)],
        &[(0, 2, ORG)],
    ),
    (
        "an ORG before Air and a capitalised word is left (a force, a show)",
        &["the", "Dunmere", "Air", "Force", "said"],
        N,
        &[(1, 2, ORG)],
        &[(1, 2, ORG)],
    ),
    (
        "a lower-case trade word is no head",
        &["Tolvo", "water", "was", "cold"],
        N,
        &[(0, 1, PER)],
        &[(0, 1, PER)],
    ),
];

const CLUBS: &[RepairCase] = &[
    (
        "a town and City typed as a place before beat and a score",
        &[
            "Dunmere", "City", "beat", "Ashbrook", "3-1", "on", "Tuesday",
        ],
        N,
        &[(0, 2, LOC), (3, 4, ORG)],
        &[(0, 2, ORG), (3, 4, ORG)],
    ),
    (
        "a town and United after a score and 'by'",
        &[
            "they", "were", "held", "2-2", "by", "Kelmarsh", "United", ".",
        ],
        N,
        &[(5, 7, LOC)],
        &[(5, 7, ORG)],
    ),
    (
        "an unlisted one-word club typed as a place before drew and a score",
        &["Zornabi", "drew", "with", "Kelmarsh", "0-0", "."],
        N,
        &[(0, 1, LOC), (3, 4, ORG)],
        &[(0, 1, ORG), (3, 4, ORG)],
    ),
    (
        "an unlisted one-word club beaten with the score before it",
        &["a", "2-0", "win", "over", "Zornabi", "."],
        N,
        &[(4, 5, LOC)],
        &[(4, 5, ORG)],
    ),
    (
        "a person with a set score stays a person",
        &["Kovalenko", "beat", "Marchetti", "6-3", "6-4", "."],
        N,
        &[(0, 1, PER), (2, 3, PER)],
        &[(0, 1, PER), (2, 3, PER)],
    ),
    (
        "a town and City without a score stays a place",
        &["Dunmere", "City", "beat", "the", "deadline"],
        N,
        &[(0, 2, LOC)],
        &[(0, 2, LOC)],
    ),
    (
        "a country with a score stays a place (its national team)",
        &["Peru", "beat", "Chile", "2-0", "."],
        N,
        &[(0, 1, LOC), (2, 3, LOC)],
        &[(0, 1, LOC), (2, 3, LOC)],
    ),
    (
        "a city outside a result's slot stays a place",
        &["fans", "in", "Zornabi", "saw", "a", "2-0", "win"],
        N,
        &[(2, 3, LOC)],
        &[(2, 3, LOC)],
    ),
];

const OPENINGS: &[RepairCase] = &[
    (
        "a rare first word before a company's other words",
        &[
            "Kelvoran",
            "Heavy",
            "Industries",
            "has",
            "won",
            "an",
            "order",
        ],
        N,
        &[(1, 3, ORG)],
        &[(0, 3, ORG)],
    ),
    (
        "a rare first word before a foreign body's other words",
        &["Zorvani", "Sans", "Frontieres", "said", "on", "Tuesday"],
        N,
        &[(1, 3, ORG)],
        &[(0, 3, ORG)],
    ),
    (
        "a rare first word before a foreign body typed as a person",
        &["Zorvani", "Sans", "Frontieres", "said", "no"],
        N,
        &[(1, 3, PER)],
        &[(0, 3, ORG)],
    ),
    (
        "a role opening the sentence before a person stays out",
        &["Campaigner", "Ada", "Kelvoran", "said", "no"],
        N,
        &[(1, 3, PER)],
        &[(1, 3, PER)],
    ),
    (
        "a rare first word before a district council",
        &["Kelvoran", "District", "Council", "said", "no"],
        N,
        &[(1, 3, ORG)],
        &[(0, 3, ORG)],
    ),
    (
        "a frequent word opening the sentence stays out",
        &["Meanwhile", "Heavy", "Industries", "said", "no"],
        N,
        &[(1, 3, ORG)],
        &[(1, 3, ORG)],
    ),
    (
        "a nationality opening the sentence stays out",
        &["Russian", "Gazprom", "Neft", "said", "no"],
        N,
        &[(1, 3, ORG)],
        &[(1, 3, ORG)],
    ),
    (
        "a title opening the sentence stays out",
        &["President", "Ada", "Kelvoran", "said", "no"],
        N,
        &[(1, 3, PER)],
        &[(1, 3, PER)],
    ),
    (
        "a one-word name at the second word is left alone",
        &["Kelvoran", "Tolvo", "said", "no"],
        N,
        &[(1, 2, ORG)],
        &[(1, 2, ORG)],
    ),
    (
        "a name already at the first word is left alone",
        &["Kelvoran", "Tolvo", "Group", "said", "no"],
        N,
        &[(0, 1, PER), (1, 3, ORG)],
        &[(0, 1, PER), (1, 3, ORG)],
    ),
];

#[test]
fn facilities_end_before_the_place_they_stand_in() {
    check_repairs(FACILITIES);
}

#[test]
fn companies_named_by_a_trade() {
    check_repairs(TRADES);
    assert!(is_trade_head("Water") && is_trade_head("Cars"));
    assert!(!is_trade_head("water") && !is_trade_head("Said"));
}

#[test]
fn clubs_in_a_result_sentence() {
    check_repairs(CLUBS);
}

#[test]
fn a_names_first_word_opening_the_sentence() {
    check_repairs(OPENINGS);
}
