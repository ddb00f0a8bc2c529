//! Named cases for branch ent38's repairs (made-up text: `company_openers.rs`,
//! `party_plurals.rs`, `places_reached.rs`, `and_bodies.rs`): a rare word before a trade word
//! opening a sentence, a firm after a capitalised kind, a nationality before trade words,
//! parties named by an ideology, places after words of moving or "in the", bodies and "and";
//! each with look-alikes that must not change. The tagger's spans are given.

use super::*;
use super::{check_repairs, RepairCase};

const N: CaseMode = CaseMode::Normal;

const CASES: &[RepairCase] = &[
    (
        "a rare word before a trade word opening a sentence is the company",
        &["Velquor", "Electronics", "posted", "a", "profit"],
        N,
        &[(1, 2, MISC)],
        &[(0, 2, ORG)],
    ),
    (
        "a frequent word before a trade word names no company",
        &["Consumer", "Electronics", "sales", "fell"],
        N,
        &[(1, 2, MISC)],
        &[(1, 2, MISC)],
    ),
    (
        "a firm of two words after a capitalised broker",
        &["Broker", "Tamsworth", "Keale", "agreed", "a", "deal"],
        N,
        &[(1, 3, PER)],
        &[(1, 3, ORG)],
    ),
    (
        "a capitalised kind before a listed first name leaves the person",
        &["Broker", "Maria", "Tolvek", "said", "so"],
        N,
        &[(1, 3, PER)],
        &[(1, 3, PER)],
    ),
    (
        "a nationality before two trade words is a company",
        &["Ruritanian", "Electric", "Power", "said", "so"],
        N,
        &[(0, 1, NORP)],
        &[(0, 3, ORG)],
    ),
    (
        "a listed nationality before a trade word mid-sentence",
        &["flights", "on", "Turkish", "Airlines", "were", "cut"],
        N,
        &[(2, 3, NORP)],
        &[(2, 4, ORG)],
    ),
    (
        "a nationality before a lower-case trade stays a group",
        &["the", "Turkish", "airline", "said"],
        N,
        &[(1, 2, NORP)],
        &[(1, 2, NORP)],
    ),
    (
        "the plural of a -crat word after an adjective is a party",
        &["the", "Social", "Democrats", "won", "the", "vote"],
        N,
        &[(1, 3, MISC)],
        &[(1, 3, ORG)],
    ),
    (
        "a party named by a religion's adjective",
        &["the", "Christian", "Democrats", "lost", "seats"],
        N,
        &[(1, 3, NORP)],
        &[(1, 3, ORG)],
    ),
    (
        "a listed group before an -ists plural stays a group",
        &["the", "Scottish", "Nationalists", "gathered"],
        N,
        &[(1, 3, NORP)],
        &[(1, 3, NORP)],
    ),
    (
        "one -crat plural alone is made no party",
        &["the", "Democrats", "won"],
        N,
        &[(1, 2, MISC)],
        &[(1, 2, NORP)],
    ),
    (
        "a listed place after a verb of moving and 'to'",
        &["She", "moved", "to", "Leeds", "in", "2019"],
        N,
        &[(3, 4, ORG)],
        &[(3, 4, LOC)],
    ),
    (
        "a listed place after 'lost to' stays the club",
        &["They", "lost", "to", "Leeds", "on", "Sunday"],
        N,
        &[(3, 4, ORG)],
        &[(3, 4, ORG)],
    ),
    (
        "plural names after 'in the' and 'and the' are places",
        &[
            "Farmers", "in", "the", "Marshes", "and", "the", "Wolds", "lost", "crops",
        ],
        N,
        &[(3, 4, ORG), (6, 7, ORG)],
        &[(3, 4, LOC), (6, 7, LOC)],
    ),
    (
        "a plural name after 'of the' stays a body",
        &["the", "leader", "of", "the", "Greens", "said"],
        N,
        &[(4, 5, ORG)],
        &[(4, 5, ORG)],
    ),
    (
        "a sentence's 'The' before a head word is no part of the body",
        &["The", "Ministry", "of", "Fisheries", "said", "so"],
        N,
        &[(0, 4, ORG)],
        &[(1, 4, ORG)],
    ),
    (
        "two bodies joined by 'and' after a head word are cut apart",
        &[
            "the",
            "Welsh",
            "Government",
            "and",
            "Arts",
            "Council",
            "of",
            "Wales",
            "gave",
        ],
        N,
        &[(1, 8, ORG)],
        &[(1, 3, ORG), (4, 8, ORG)],
    ),
    (
        "'and' between common words after 'for' stays inside",
        &["the", "Office", "for", "Budget", "and", "Planning", "said"],
        N,
        &[(1, 6, ORG)],
        &[(1, 6, ORG)],
    ),
    (
        "a common word and 'and' before a body's head words",
        &["the", "Fire", "and", "Rescue", "Service", "said"],
        N,
        &[(3, 5, ORG)],
        &[(1, 5, ORG)],
    ),
    (
        "an unlisted rare word after 'and' keeps the common word out",
        &["the", "Maritime", "and", "Coastguard", "Agency", "said"],
        N,
        &[(3, 5, ORG)],
        &[(3, 5, ORG)],
    ),
    (
        "a listed place before 'and' is no part of the body",
        &["Britain", "and", "Coastguard", "Agency", "staff"],
        N,
        &[(0, 1, LOC), (2, 4, ORG)],
        &[(0, 1, LOC), (2, 4, ORG)],
    ),
];

#[test]
fn openers_parties_places_and_bodies() {
    check_repairs(CASES);
}
