//! Named cases for branch ent33's repairs (made-up text): buildings named by a kind of building
//! or after a possessive and mountains (`buildings.rs`), a head word alone opening a sentence
//! (`opening_heads.rs`), Vietnamese family names (`vietnamese.rs`), rail and biotech
//! heads and alliances (`head_words.rs`, `words.rs`), companies after
//! "made by" and the like (`brands.rs`); each with look-alikes that must not change. The
//! tagger's spans are given.

use super::*;
use super::{check_repairs, RepairCase};

const N: CaseMode = CaseMode::Normal;

const BUILDINGS: &[RepairCase] = &[
    (
        "a town's crown court typed as a body is a building",
        &["jailed", "at", "Mold", "Crown", "Court", "on", "Friday"],
        N,
        &[(2, 5, ORG)],
        &[(2, 5, LOC)],
    ),
    (
        "a town typed apart from its crown court joins it",
        &["at", "Harlow", "Crown", "Court", "yesterday"],
        N,
        &[(1, 2, PER), (2, 4, ORG)],
        &[(1, 4, LOC)],
    ),
    (
        "a town before a crown court the tagger left out takes it in",
        &["sentenced", "at", "Lewes", "Crown", "Court", "."],
        N,
        &[(2, 3, LOC)],
        &[(2, 5, LOC)],
    ),
    (
        "a magistrates' court with its apostrophe apart",
        &[
            "before",
            "Bromley",
            "Magistrates",
            "'",
            "Court",
            "on",
            "Monday",
        ],
        N,
        &[(1, 2, PER)],
        &[(1, 5, LOC)],
    ),
    (
        "a sheriff court is a building",
        &["appeared", "at", "Paisley", "Sheriff", "Court", "."],
        N,
        &[(2, 5, ORG)],
        &[(2, 5, LOC)],
    ),
    (
        "a leisure centre after a name typed a person",
        &["the", "Hollins", "Leisure", "Centre", "will", "close"],
        N,
        &[(1, 2, PER)],
        &[(1, 4, LOC)],
    ),
    (
        "a hospital named after a person with a possessive",
        &["at", "Addenbrooke", "'s", "Hospital", "in", "Cambridge"],
        N,
        &[(1, 2, ORG), (5, 6, LOC)],
        &[(1, 4, LOC), (5, 6, LOC)],
    ),
    (
        "a medical centre after a possessive",
        &[
            "at",
            "Kellan",
            "'s",
            "Medical",
            "Centre",
            "in",
            "Nottingham",
        ],
        N,
        &[(1, 2, PER), (6, 7, LOC)],
        &[(1, 5, LOC), (6, 7, LOC)],
    ),
    (
        "a hospice after a possessive and a tagged head",
        &["at", "Wenna", "'s", "Hospice", "near", "Truro"],
        N,
        &[(1, 2, PER), (3, 4, ORG), (5, 6, LOC)],
        &[(1, 4, LOC), (5, 6, LOC)],
    ),
    (
        "an infirmary is a building",
        &[
            "taken",
            "to",
            "Calderbank",
            "Royal",
            "Infirmary",
            "by",
            "ambulance",
        ],
        N,
        &[(2, 5, ORG)],
        &[(2, 5, LOC)],
    ),
    (
        "a mountain whose mount the tagger left out",
        &["Mount", "Ruang", "erupted", "five", "times"],
        N,
        &[(1, 2, PER)],
        &[(0, 2, LOC)],
    ),
    (
        "a mountain written Mt",
        &["climbers", "on", "Mt", "Tavrel", "were", "safe"],
        N,
        &[(3, 4, PER)],
        &[(2, 4, LOC)],
    ),
];

const BUILDING_LOOK_ALIKES: &[RepairCase] = &[
    (
        "the high court stays a body",
        &["the", "High", "Court", "ruled", "on", "Friday"],
        N,
        &[(1, 3, ORG)],
        &[(1, 3, ORG)],
    ),
    (
        "the court of appeal stays a body",
        &["the", "Court", "of", "Appeal", "ruled"],
        N,
        &[(1, 4, ORG)],
        &[(1, 4, ORG)],
    ),
    (
        "a centre for something stays a body",
        &["the", "Centre", "for", "Cities", "said"],
        N,
        &[(1, 4, ORG)],
        &[(1, 4, ORG)],
    ),
    (
        "a body named on after a court is not cut to a building",
        &["the", "Leeds", "Crown", "Court", "Service", "said"],
        N,
        &[(1, 2, LOC)],
        &[(1, 2, LOC)],
    ),
    (
        "a family court is not taken for a building",
        &["at", "Bristol", "Family", "Court", "."],
        N,
        &[(1, 2, LOC)],
        &[(1, 2, LOC)],
    ),
    (
        "a listed place's possessive before a hospital stays the place",
        &["Leeds", "'s", "Hospital", "staff", "went", "on", "strike"],
        N,
        &[(0, 1, LOC)],
        &[(0, 1, LOC)],
    ),
    (
        "a person's possessive before a longer name stays a person",
        &["Tarrow", "'s", "Tower", "Bridge", "photo", "won"],
        N,
        &[(0, 1, PER)],
        &[(0, 1, PER)],
    ),
    (
        "a name of two words with mount inside stays as it is",
        &["the", "Mount", "Pleasant", "estate"],
        N,
        &[(1, 3, LOC)],
        &[(1, 3, LOC)],
    ),
    (
        "a name after a word that is not mount is left alone",
        &["Mountain", "Ruang", "erupted"],
        N,
        &[(1, 2, PER)],
        &[(1, 2, PER)],
    ),
];

const OPENING_HEADS: &[RepairCase] = &[
    (
        "council alone before a lower-case word is no name",
        &["Council", "leader", "Raymond", "Bremner", "said", "so"],
        N,
        &[(0, 1, ORG), (2, 4, PER)],
        &[(2, 4, PER)],
    ),
    (
        "a headline's council before to is no name",
        &["Council", "to", "charge", "tourists", "£2", "a", "night"],
        N,
        &[(0, 1, ORG)],
        &[],
    ),
    (
        "hotel alone before a lower-case word is no name",
        &["Hotel", "owners", "in", "Portree", "said", "no"],
        N,
        &[(0, 1, LOC), (3, 4, LOC)],
        &[(3, 4, LOC)],
    ),
    (
        "police alone before a verb is no name",
        &["Police", "said", "the", "man", "was", "arrested"],
        N,
        &[(0, 1, ORG)],
        &[],
    ),
    (
        "a council of a place stays a name",
        &["Council", "of", "Europe", "members", "met"],
        N,
        &[(0, 3, ORG)],
        &[(0, 3, ORG)],
    ),
    (
        "a one-word name that is no head word stays",
        &["Unison", "said", "talks", "would", "resume"],
        N,
        &[(0, 1, ORG)],
        &[(0, 1, ORG)],
    ),
    (
        "a head word before a capitalised word stays",
        &["Council", "Leader", "Bremner", "Quits"],
        N,
        &[(0, 1, ORG), (2, 3, PER)],
        &[(0, 1, ORG), (2, 3, PER)],
    ),
    (
        "a head word later in the sentence is left to the other rules",
        &["The", "new", "Council", "met"],
        N,
        &[(2, 3, ORG)],
        &[(2, 3, ORG)],
    ),
];

const TRADE_HEADS: &[RepairCase] = &[
    (
        "a biotech company typed a person",
        &["Bharat", "Biotech", "made", "the", "vaccine"],
        N,
        &[(0, 2, PER)],
        &[(0, 2, ORG)],
    ),
    (
        "a railway company typed a person",
        &["Tyneside", "Railways", "said", "trains", "would", "run"],
        N,
        &[(0, 2, PER)],
        &[(0, 2, ORG)],
    ),
    (
        "a region before water in lower case stays a place",
        &["Yorkshire", "water", "bills", "rose"],
        N,
        &[(0, 1, LOC)],
        &[(0, 1, LOC)],
    ),
    (
        "an alliance for something is one organisation",
        &[
            "the",
            "Alliance",
            "for",
            "International",
            "Medical",
            "Action",
            "sent",
            "doctors",
        ],
        N,
        &[(1, 2, ORG), (3, 6, ORG)],
        &[(1, 6, ORG)],
    ),
    (
        "a rail operator after a region",
        &["passengers", "of", "Chiltern", "Rail", "were", "delayed"],
        N,
        &[(2, 4, PER)],
        &[(2, 4, ORG)],
    ),
];

const MADE_BY: &[RepairCase] = &[
    (
        "a one-word maker typed a person after manufactured by",
        &[
            "the",
            "drones",
            ",",
            "manufactured",
            "by",
            "Skyvane",
            ",",
            "fly",
        ],
        N,
        &[(5, 6, PER)],
        &[(5, 6, ORG)],
    ),
    (
        "a one-word maker typed a person after made by",
        &["the", "vaccine", ",", "made", "by", "Zentiva", ",", "works"],
        N,
        &[(5, 6, PER)],
        &[(5, 6, ORG)],
    ),
    (
        "a one-word operator after operated by",
        &["a", "factory", "operated", "by", "Viettel", "in", "Hanoi"],
        N,
        &[(4, 5, PER), (6, 7, LOC)],
        &[(4, 5, ORG), (6, 7, LOC)],
    ),
    (
        "a listed first name after made by stays a person",
        &["the", "cake", "was", "made", "by", "Sarah", "today"],
        N,
        &[(5, 6, PER)],
        &[(5, 6, PER)],
    ),
    (
        "a book's one-word author after published by stays a person (the works rule)",
        &[
            "the",
            "book",
            ",",
            "published",
            "by",
            "Hachette",
            ",",
            "follows",
        ],
        N,
        &[(5, 6, PER)],
        &[(5, 6, PER)],
    ),
    (
        "a person's full name after published by stays a person",
        &[
            "a",
            "diary",
            "published",
            "by",
            "Tomas",
            "Vellacott",
            "in",
            "May",
        ],
        N,
        &[(4, 6, PER)],
        &[(4, 6, PER)],
    ),
];

const VIETNAMESE: &[RepairCase] = &[
    (
        "a Vietnamese family name read as a word joins the given name",
        &["chief", ",", "To", "Lam", ",", "met"],
        N,
        &[(3, 4, PER)],
        &[(2, 4, PER)],
    ),
    (
        "a Vietnamese family name before two given names",
        &["minister", "Le", "Minh", "Hung", "said"],
        N,
        &[(2, 4, PER)],
        &[(1, 4, PER)],
    ),
    (
        "a Vietnamese family name before three given names",
        &["president", "Vo", "Van", "Thi", "Thuong", "resigned"],
        N,
        &[(2, 5, PER)],
        &[(1, 5, PER)],
    ),
    (
        "to opening a sentence stays out",
        &["To", "Lam", ",", "it", "was", "news"],
        N,
        &[(1, 2, PER)],
        &[(1, 2, PER)],
    ),
    (
        "a title-case headline's to stays out",
        &["Talks", "Go", "To", "Lam", "Next"],
        CaseMode::Title,
        &[(3, 4, PER)],
        &[(3, 4, PER)],
    ),
    (
        "a long given name is no Vietnamese one",
        &["went", "Ho", "Washington", "said"],
        N,
        &[(2, 3, PER)],
        &[(2, 3, PER)],
    ),
    (
        "an organisation after such a word stays apart",
        &["said", "Le", "Monde", "reported"],
        N,
        &[(2, 3, ORG)],
        &[(2, 3, ORG)],
    ),
];

#[test]
fn vietnamese_family_names_read_as_words() {
    check_repairs(VIETNAMESE);
}

#[test]
fn buildings_and_mountains_are_places() {
    check_repairs(BUILDINGS);
}

#[test]
fn bodies_and_look_alikes_of_buildings_stay() {
    check_repairs(BUILDING_LOOK_ALIKES);
}

#[test]
fn head_words_alone_opening_a_sentence_are_no_names() {
    check_repairs(OPENING_HEADS);
}

#[test]
fn utilities_and_trades_are_organisations() {
    check_repairs(TRADE_HEADS);
}

#[test]
fn one_word_companies_after_made_or_published_by() {
    check_repairs(MADE_BY);
}
