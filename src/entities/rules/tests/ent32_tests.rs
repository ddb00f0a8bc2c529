//! Named cases for branch ent32's repairs (made-up text): companies named like people
//! (`company_people.rs`), trade nouns before a company (`org_shapes.rs`) and after its name
//! (`head_words.rs`), places in pairs and
//! lists (`place_pairs.rs`), bodies named after a nation (`bodies.rs`), Korean and Arabic
//! names (`name_shapes.rs`); each with look-alikes
//! that must not change. The tagger's spans are given.

use super::*;
use super::{check_repairs, RepairCase};

const N: CaseMode = CaseMode::Normal;

const COMPANIES: &[RepairCase] = &[
    (
        "a company named like a person before its possessive and chief executive",
        &[
            "Calder",
            "Forge",
            "'s",
            "chief",
            "executive",
            ",",
            "Morwenna",
            "Tite",
            ",",
            "said",
        ],
        N,
        &[(0, 2, PER), (6, 8, PER)],
        &[(0, 2, ORG), (6, 8, PER)],
    ),
    (
        "a company named like a person before its chief executive",
        &[
            "Brenlow",
            "Vane",
            "chief",
            "executive",
            "Tomas",
            "Reed",
            "said",
            "so",
        ],
        N,
        &[(0, 2, PER), (4, 6, PER)],
        &[(0, 2, ORG), (4, 6, PER)],
    ),
    (
        "a company named like a person before its possessive and board",
        &["Harwick", "Mead", "'s", "board", "met", "on", "Monday"],
        N,
        &[(0, 2, PER)],
        &[(0, 2, ORG)],
    ),
    (
        "a company named like a person before its founder",
        &["the", "Ostrava", "Kell", "founder", "Anaïs", "Ruiz", "said"],
        N,
        &[(1, 3, PER), (4, 6, PER)],
        &[(1, 3, ORG), (4, 6, PER)],
    ),
    (
        "a company of three words typed a place before its profits",
        &["Vell", "Carrow", "Brook", "'s", "profits", "fell"],
        N,
        &[(0, 3, LOC)],
        &[(0, 3, ORG)],
    ),
    (
        "a person's name with a listed first name before a possessive stays a person's",
        &["Ruth", "Kelly", "'s", "board", "game", "sold", "well"],
        N,
        &[(0, 2, PER)],
        &[(0, 2, PER)],
    ),
    (
        "a person who is chief executive of another company stays a person",
        &[
            "Halden",
            "Brisk",
            "chief",
            "executive",
            "of",
            "Orvane",
            "said",
            "so",
        ],
        N,
        &[(0, 2, PER), (5, 6, ORG)],
        &[(0, 2, PER), (5, 6, ORG)],
    ),
    (
        "a name after a title stays a person's before a possessive",
        &["Mr", "Calder", "Forge", "'s", "board", "game"],
        N,
        &[(1, 3, PER)],
        &[(1, 3, PER)],
    ),
    (
        "a person's name before a lower-case word that is no role stays a person's",
        &["Calder", "Forge", "said", "the", "board", "met"],
        N,
        &[(0, 2, PER)],
        &[(0, 2, PER)],
    ),
    (
        "a company named like a person after a trade noun opening the sentence",
        &[
            "Steelmaker",
            "Calder",
            "Forge",
            "will",
            "cut",
            "400",
            "jobs",
        ],
        N,
        &[(1, 3, PER)],
        &[(1, 3, ORG)],
    ),
    (
        "a company named like a person after a trade noun",
        &["the", "drugmaker", "Wrenfield", "Hale", "said", "so"],
        N,
        &[(2, 4, PER)],
        &[(2, 4, ORG)],
    ),
    (
        "a company typed a place after a compound trade noun",
        &["the", "sandwich", "maker", "Grenmore", "said", "so"],
        N,
        &[(3, 4, LOC)],
        &[(3, 4, ORG)],
    ),
    (
        "a person who set up a charity after it stays a person",
        &["the", "charity", "Calder", "Forge", "set", "up", "helps"],
        N,
        &[(2, 4, PER)],
        &[(2, 4, PER)],
    ),
    (
        "a person with a listed first name after a maker stays a person",
        &["policy", "maker", "Rachel", "Reeves", "said", "so"],
        N,
        &[(2, 4, PER)],
        &[(2, 4, PER)],
    ),
    (
        "a trade noun inside the sentence capitalised is a name's word, not a kind",
        &[
            "the",
            "firm",
            "and",
            "Steelmaker",
            "Calder",
            "Forge",
            "said",
        ],
        N,
        &[(4, 6, PER)],
        &[(4, 6, PER)],
    ),
];

const PLACES: &[RepairCase] = &[
    (
        "a listed town typed a person between it and a place",
        &[
            "trains", "between", "Carlisle", "and", "Glasgow", "were", "cut",
        ],
        N,
        &[(2, 3, PER), (4, 5, LOC)],
        &[(2, 3, LOC), (4, 5, LOC)],
    ),
    (
        "a listed town typed an organisation from it to a place",
        &["the", "line", "from", "Glasgow", "to", "Carlisle", "shut"],
        N,
        &[(3, 4, LOC), (5, 6, ORG)],
        &[(3, 4, LOC), (5, 6, LOC)],
    ),
    (
        "a person between a person and a country stays a person (Trump)",
        &["talks", "between", "Trump", "and", "China", "failed"],
        N,
        &[(2, 3, PER), (4, 5, LOC)],
        &[(2, 3, PER), (4, 5, LOC)],
    ),
    (
        "two parties between which a vote is split stay parties",
        &["a", "race", "between", "Labour", "and", "Reform", "."],
        N,
        &[(3, 4, ORG), (5, 6, ORG)],
        &[(3, 4, ORG), (5, 6, ORG)],
    ),
    (
        "an unlisted town typed a person after in a place and",
        &[
            "homes",
            "in",
            "Harpenden",
            "and",
            "Stevenage",
            "were",
            "flooded",
        ],
        N,
        &[(2, 3, LOC), (4, 5, PER)],
        &[(2, 3, LOC), (4, 5, LOC)],
    ),
    (
        "towns listed with commas and and after in",
        &[
            "shops",
            "in",
            "Kettering",
            ",",
            "Corby",
            "and",
            "Rushden",
            "will",
            "close",
        ],
        N,
        &[(2, 3, LOC), (4, 5, PER), (6, 7, ORG)],
        &[(2, 3, LOC), (4, 5, LOC), (6, 7, LOC)],
    ),
    (
        "an unlisted town typed an organisation after in a place and",
        &["firms", "in", "Newry", "and", "Strabane", "got", "grants"],
        N,
        &[(2, 3, LOC), (4, 5, ORG)],
        &[(2, 3, LOC), (4, 5, LOC)],
    ),
    (
        "a company after a comma and a place stays a company",
        &["in", "London", ",", "Barclays", "said", "so"],
        N,
        &[(1, 2, LOC), (3, 4, ORG)],
        &[(1, 2, LOC), (3, 4, ORG)],
    ),
    (
        "a town typed an organisation before a company's plant",
        &["the", "firm", "'s", "Geoje", "yard", "will", "build", "it"],
        N,
        &[(3, 4, ORG)],
        &[(3, 4, LOC)],
    ),
    (
        "a town typed a person before its factory",
        &["and", "its", "Calder", "factory", "closed"],
        N,
        &[(2, 3, PER)],
        &[(2, 3, LOC)],
    ),
    (
        "an acronym before a company's site stays",
        &["its", "BMW", "plant", "closed"],
        N,
        &[(1, 2, ORG)],
        &[(1, 2, ORG)],
    ),
    (
        "a company before a plant after a verb stays a company",
        &["shut", "Vexco", "plant", "sales"],
        N,
        &[(1, 2, ORG)],
        &[(1, 2, ORG)],
    ),
    (
        "a person between a person and a country stays a person",
        &["a", "rift", "between", "Macron", "and", "Germany", "grew"],
        N,
        &[(3, 4, PER), (5, 6, LOC)],
        &[(3, 4, PER), (5, 6, LOC)],
    ),
    (
        "a listed first name after in a place and stays a person",
        &["in", "Leeds", "and", "Priya", "met", "them"],
        N,
        &[(1, 2, LOC), (3, 4, PER)],
        &[(1, 2, LOC), (3, 4, PER)],
    ),
    (
        "an acronym after in a place and stays an organisation",
        &["in", "Leeds", "and", "HSBC", "staff", "left"],
        N,
        &[(1, 2, LOC), (3, 4, ORG)],
        &[(1, 2, LOC), (3, 4, ORG)],
    ),
    (
        "a name before a possessive after in a place and stays",
        &["in", "Leeds", "and", "Stevenage", "'s", "win"],
        N,
        &[(1, 2, LOC), (3, 4, PER)],
        &[(1, 2, LOC), (3, 4, PER)],
    ),
];

const BODIES: &[RepairCase] = &[
    (
        "a body named after a nation opening the sentence before a body's verb",
        &["Historic", "England", "has", "added", "the", "pier"],
        N,
        &[(1, 2, PER)],
        &[(0, 2, ORG)],
    ),
    (
        "a body named after a nation typed a person opening the sentence",
        &["Sport", "Wales", "said", "it", "would", "help"],
        N,
        &[(0, 2, PER)],
        &[(0, 2, ORG)],
    ),
    (
        "a body named after the UK",
        &["the", "trade", "body", "Water", "UK", "said", "so"],
        N,
        &[(4, 5, LOC)],
        &[(3, 5, ORG)],
    ),
    (
        "a body named after a nation typed a person inside the sentence",
        &["funding", "for", "Sport", "England", "rose"],
        N,
        &[(2, 4, PER)],
        &[(2, 4, ORG)],
    ),
    (
        "a nation after a common word opening the sentence before a modal stays a place",
        &["Independent", "Scotland", "would", "need", "a", "currency"],
        N,
        &[(1, 2, LOC)],
        &[(1, 2, LOC)],
    ),
    (
        "an era of a nation opening the sentence stays a place",
        &["Medieval", "England", "has", "been", "studied"],
        N,
        &[(1, 2, LOC)],
        &[(1, 2, LOC)],
    ),
    (
        "a person surnamed after a nation stays a person",
        &["the", "coach", "Grace", "England", "said", "so"],
        N,
        &[(2, 4, PER)],
        &[(2, 4, PER)],
    ),
];

const HEADS: &[RepairCase] = &[
    (
        "a company named after its trade typed a person",
        &["the", "start-up", "and", "Ostara", "Labs", "said", "so"],
        N,
        &[(3, 5, PER)],
        &[(3, 5, ORG)],
    ),
    (
        "an energy supplier typed a place",
        &["customers", "of", "Pellow", "Energy", "paid", "more"],
        N,
        &[(2, 4, LOC)],
        &[(2, 4, ORG)],
    ),
    (
        "an aerospace firm typed a person",
        &["rockets", "from", "Skeld", "Aerospace", "were", "late"],
        N,
        &[(2, 4, PER)],
        &[(2, 4, ORG)],
    ),
    (
        "a department of energy stays one organisation",
        &["the", "Department", "of", "Energy", "said", "so"],
        N,
        &[(1, 4, ORG)],
        &[(1, 4, ORG)],
    ),
];

const SHAPES: &[RepairCase] = &[
    (
        "a Korean name typed a thing",
        &[
            "its",
            "star",
            ",",
            "Lee",
            "Byung-hun",
            ",",
            "thanked",
            "him",
        ],
        N,
        &[(3, 5, MISC)],
        &[(3, 5, PER)],
    ),
    (
        "a Korean name cut after the family name",
        &["minister", "Ahn", "Duk-geun", "flew", "to", "Seoul"],
        N,
        &[(1, 2, PER), (5, 6, LOC)],
        &[(1, 3, PER), (5, 6, LOC)],
    ),
    (
        "a Korean name typed an organisation",
        &["and", "Kim", "Dong-kwan", "signed", "it"],
        N,
        &[(1, 3, ORG)],
        &[(1, 3, PER)],
    ),
    (
        "a place before an adjective made on a name stays a place",
        &["the", "Paris", "Kent-based", "firm"],
        N,
        &[(1, 3, LOC)],
        &[(1, 3, LOC)],
    ),
    (
        "a company and a hyphened word of common shape is no Korean name",
        &["the", "Acme", "co-op", "said"],
        N,
        &[(1, 2, ORG)],
        &[(1, 2, ORG)],
    ),
    (
        "an Arabic name goes on over its hyphened article",
        &["chief", "Abdel", "Fattah", "al-Burhan", "visited", "it"],
        N,
        &[(1, 3, PER)],
        &[(1, 4, PER)],
    ),
    (
        "an organisation stops before a hyphened article",
        &["the", "Vexa", "Group", "al-Nour", "unit"],
        N,
        &[(1, 3, ORG)],
        &[(1, 3, ORG)],
    ),
];

#[test]
fn names_of_other_languages() {
    check_repairs(SHAPES);
}

#[test]
fn companies_named_by_trade_heads() {
    check_repairs(HEADS);
}

#[test]
fn companies_named_like_people() {
    check_repairs(COMPANIES);
}

#[test]
fn places_in_pairs_and_lists() {
    check_repairs(PLACES);
}

#[test]
fn bodies_named_after_nations() {
    check_repairs(BODIES);
}
