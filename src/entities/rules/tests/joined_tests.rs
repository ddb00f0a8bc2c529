//! Named cases for `joined.rs` and the rules ent30 widened (made-up text): hyphened places no
//! span covers, names joined by "&", a place before an organisation's name, bodies after a
//! country ("US Navy", "US Space Force"), what only a company owns after a possessive; each with
//! look-alikes that must not change. The tagger's spans are given.

use super::*;
use super::{check_repairs, RepairCase};

const N: CaseMode = CaseMode::Normal;

const CASES: &[RepairCase] = &[
    (
        "a hyphened place with upon no span covers",
        &[
            "Trains",
            "to",
            "Berwick-upon-Tweed",
            "were",
            "cancelled",
            ".",
        ],
        N,
        &[],
        &[(2, 3, LOC)],
    ),
    (
        "a hyphened place with on the beside a tagged one",
        &[
            "Residents",
            "of",
            "Walton-on-the-Naze",
            "and",
            "Frinton-on-Sea",
            "complained",
            ".",
        ],
        N,
        &[(4, 5, LOC)],
        &[(2, 3, LOC), (4, 5, LOC)],
    ),
    (
        "a hyphened place with in and one with le",
        &[
            "from",
            "Barrow-in-Furness",
            "to",
            "Chester-le-Street",
            "by",
            "bus",
        ],
        N,
        &[],
        &[(1, 2, LOC), (3, 4, LOC)],
    ),
    (
        "a hyphened place with a capitalised part inside",
        &["a", "hotel", "in", "Saint-Jean-de-Luz", "closed", "."],
        N,
        &[],
        &[(3, 4, LOC)],
    ),
    (
        "a hyphened place the tagger typed PER is a place",
        &["flooding", "in", "Henley-on-Thames", "closed", "roads"],
        N,
        &[(2, 3, PER)],
        &[(2, 3, LOC)],
    ),
    (
        "a longer name holding a hyphened place keeps its type",
        &["Henley-on-Thames", "Town", "Council", "said", "no"],
        N,
        &[(0, 3, ORG)],
        &[(0, 3, ORG)],
    ),
    (
        "doubled words joined by in or by are no place",
        &[
            "a",
            "Hand-in-Hand",
            "walk",
            "and",
            "a",
            "Side-by-Side",
            "test",
        ],
        N,
        &[],
        &[],
    ),
    (
        "a family word and a prize joined by of are no place",
        &[
            "his",
            "Mother-in-Law",
            "won",
            "the",
            "Man-of-the-Match",
            "award",
        ],
        N,
        &[],
        &[],
    ),
    (
        "a hyphened name without a joiner is left to the tagger",
        &["Tallulah", "Price-Adeyemi", "said", "Jean-Pierre", "agreed"],
        N,
        &[(0, 2, PER)],
        &[(0, 2, PER)],
    ),
    (
        "a hyphened place in capitals is not read",
        &["STOKE-ON-TRENT", "was", "quiet"],
        N,
        &[],
        &[],
    ),
    (
        "two names typed PER joined by & are one company",
        &["Quarnby", "&", "Quarnby", "will", "pay", "$", "700m", "."],
        N,
        &[(0, 1, PER), (2, 3, PER)],
        &[(0, 3, ORG)],
    ),
    (
        "two names joined by & inside a sentence",
        &["shares", "in", "Dolvane", "&", "Gabrielli", "rose", "."],
        N,
        &[(2, 3, PER), (4, 5, LOC)],
        &[(2, 5, ORG)],
    ),
    (
        "a right side the tagger left out after &",
        &["Tarbeck", "&", "Lyle", "sold", "its", "plant", "."],
        N,
        &[(0, 1, PER)],
        &[(0, 3, ORG)],
    ),
    (
        "a left side the tagger left out before &",
        &["shoppers", "at", "Hollis", "&", "Barrow", "stores"],
        N,
        &[(4, 5, PER)],
        &[(2, 5, ORG)],
    ),
    (
        "a company's own 's after & before a verb",
        &[
            "Bexley", "&", "Quarn", "'s", "said", "it", "would", "grow", ".",
        ],
        N,
        &[(0, 1, PER), (2, 3, PER)],
        &[(0, 4, ORG)],
    ),
    (
        "a possessive after & before a noun stays apart",
        &["Bexley", "&", "Quarn", "'s", "profits", "fell", "."],
        N,
        &[(0, 1, PER), (2, 3, PER)],
        &[(0, 3, ORG)],
    ),
    (
        "a company with & Co",
        &["Tarbeck", "&", "Co", "said", "no", "."],
        N,
        &[(0, 1, PER)],
        &[(0, 3, ORG)],
    ),
    (
        "two places joined by & stay two",
        &["Britain", "&", "Ireland", "will", "host", "it", "."],
        N,
        &[(0, 1, LOC), (2, 3, LOC)],
        &[(0, 1, LOC), (2, 3, LOC)],
    ),
    (
        "two people joined by and stay two",
        &[
            "Vellacott",
            "and",
            "Tarrow",
            "said",
            "the",
            "deal",
            "was",
            "fair",
            ".",
        ],
        N,
        &[(0, 1, PER), (2, 3, PER)],
        &[(0, 1, PER), (2, 3, PER)],
    ),
    (
        "a name before & and a lower-case word stays",
        &["Quarnby", "&", "the", "others", "left", "."],
        N,
        &[(0, 1, PER)],
        &[(0, 1, PER)],
    ),
    (
        "authors cited with a year stay two",
        &["as", "Carrano", "&", "Biewener", "1999", "showed", "."],
        N,
        &[(1, 2, PER), (3, 4, PER)],
        &[(1, 2, PER), (3, 4, PER)],
    ),
    (
        "authors cited with a comma and a year stay two",
        &["(", "Carrano", "&", "Biewener", ",", "1999", ")"],
        N,
        &[(1, 2, PER), (3, 4, PER)],
        &[(1, 2, PER), (3, 4, PER)],
    ),
    (
        "authors cited with a number in brackets stay two",
        &["inspired", "by", "Carrano", "&", "Biewener", "[", "7", "]"],
        N,
        &[(2, 3, PER), (4, 5, PER)],
        &[(2, 3, PER), (4, 5, PER)],
    ),
    (
        "a title after & is no side",
        &["starring", "Kermie", "Worm", "&", "Mr.", "Tarrow", "."],
        N,
        &[(1, 3, PER), (5, 6, PER)],
        &[(1, 3, PER), (5, 6, PER)],
    ),
    (
        "a country before words the tagger left out that end in a court",
        &[
            "The", "US", "Supreme", "Court", "agreed", "to", "hear", "it", ".",
        ],
        N,
        &[(1, 2, LOC)],
        &[(1, 4, ORG)],
    ),
    (
        "a district before a crown court the tagger left out is the building (ent33)",
        &["heard", "at", "Southwark", "Crown", "Court", "today", "."],
        N,
        &[(2, 3, LOC)],
        &[(2, 5, LOC)],
    ),
    (
        "a country before a court the tagger cut is one body",
        &[
            "The", "US", "Supreme", "Court", "ruled", "on", "Friday", ".",
        ],
        N,
        &[(1, 2, LOC), (3, 4, ORG)],
        &[(1, 4, ORG)],
    ),
    (
        "a city before its council is one body",
        &[
            "Leeds", "City", "Council", "said", "bins", "would", "go", ".",
        ],
        N,
        &[(0, 1, LOC), (1, 3, ORG)],
        &[(0, 3, ORG)],
    ),
    (
        "a country before an acronym stays apart",
        &["India", "RBI", "chief", "sees", "a", "cut"],
        N,
        &[(0, 1, LOC), (1, 2, ORG)],
        &[(0, 1, LOC), (1, 2, ORG)],
    ),
    (
        "a country before a title and a person stays apart",
        &["US", "President", "Dana", "Brook", "said", "no", "."],
        N,
        &[(0, 1, LOC), (2, 4, PER)],
        &[(0, 1, LOC), (2, 4, PER)],
    ),
    (
        "a country before a body after a comma stays apart",
        &["in", "Kenya", ",", "Equity", "Bank", "said", "no", "."],
        N,
        &[(1, 2, LOC), (3, 5, ORG)],
        &[(1, 2, LOC), (3, 5, ORG)],
    ),
    (
        "a word not listed as a place before a body stays apart",
        &["at", "Quarnby", "Supreme", "Court", "today"],
        N,
        &[(1, 2, LOC), (3, 4, ORG)],
        &[(1, 2, LOC), (3, 4, ORG)],
    ),
    (
        "a country's treasury and navy the tagger left out",
        &[
            "The", "US", "Navy", "and", "the", "UK", "Treasury", "agreed", ".",
        ],
        N,
        &[(1, 2, LOC), (5, 6, LOC)],
        &[(1, 3, ORG), (5, 7, ORG)],
    ),
    (
        "a nationality's senate",
        &["the", "French", "Senate", "rejected", "the", "plan", "."],
        N,
        &[(1, 2, NORP)],
        &[(1, 3, ORG)],
    ),
    (
        "a country's force of two words",
        &[
            "she", "joined", "the", "US", "Space", "Force", "in", "2021", ".",
        ],
        N,
        &[(3, 4, LOC)],
        &[(3, 6, ORG)],
    ),
    (
        "a country before two capitalised words that are no force",
        &["a", "US", "Air", "Quality", "report", "came", "out", "."],
        N,
        &[(1, 2, LOC)],
        &[(1, 2, LOC)],
    ),
    (
        "a company's board after a possessive the tagger left out",
        &["Zellmart", "'s", "board", "approved", "the", "plan", "."],
        N,
        &[],
        &[(0, 1, ORG)],
    ),
    (
        "a company's board after a possessive typed PER",
        &[
            "shares", "rose", "after", "Vantrix", "'s", "board", "met", ".",
        ],
        N,
        &[(3, 4, PER)],
        &[(3, 4, ORG)],
    ),
    (
        "a company's chief executive after a possessive",
        &["Quarby", "'s", "chief", "executive", "quit", "."],
        N,
        &[(0, 1, PER)],
        &[(0, 1, ORG)],
    ),
    (
        "a person's staff after a possessive stay a person's",
        &["Vellacott", "'s", "staff", "left", "."],
        N,
        &[(0, 1, PER)],
        &[(0, 1, PER)],
    ),
    (
        "a titled person's board game stays a person's",
        &["Mr", "Vellacott", "'s", "board", "game", "sold", "."],
        N,
        &[(1, 2, PER)],
        &[(1, 2, PER)],
    ),
    (
        "a first name's profits and a place's sales stay",
        &[
            "Sarah", "'s", "profits", "and", "Britain", "'s", "sales", "rose",
        ],
        N,
        &[(0, 1, PER), (4, 5, LOC)],
        &[(0, 1, PER), (4, 5, LOC)],
    ),
];

#[test]
fn joined_repairs() {
    check_repairs(CASES);
}

/// The hyphened places' shape: places with each joiner, and the look-alikes.
#[test]
fn joined_place_shapes() {
    for w in [
        "Stoke-on-Trent",
        "Southend-on-Sea",
        "Weston-super-Mare",
        "Newcastle-under-Lyme",
        "Walton-on-the-Naze",
        "Barrow-in-Furness",
        "Chester-le-Street",
        "Ashby-de-la-Zouch",
        "Boulogne-sur-Mer",
        "Frankfurt-am-Main",
        "Wells-next-the-Sea",
        "Saint-Jean-de-Luz",
        "Bishop's-on-Wye",
    ] {
        assert!(joined::is_joined_place(w), "{w}");
    }
    for w in [
        "Stoke",
        "Rolls-Royce",
        "Jean-Pierre",
        "Price-Adeyemi",
        "Hand-in-Hand",
        "Year-on-Year",
        "Mother-in-Law",
        "Man-of-the-Match",
        "Face-to-Face",
        "STOKE-ON-TRENT",
        "Stoke-On-Trent",
        "on-the-go",
        "Walton-on-",
    ] {
        assert!(!joined::is_joined_place(w), "{w}");
    }
}
