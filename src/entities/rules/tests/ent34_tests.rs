//! Named cases for branch ent34's repairs (made-up text): towns paired on a route
//! (`town_pairs.rs`), clubs named like their towns (`clubs.rs`); each with look-alikes that must
//! not change. The tagger's spans are given.

use super::clubs::is_score;
use super::town_pairs::is_route_word;
use super::*;
use super::{check_repairs, RepairCase};

const N: CaseMode = CaseMode::Normal;

const TOWN_PAIRS: &[RepairCase] = &[
    (
        "two unlisted towns between which trains run",
        &[
            "Trains",
            "were",
            "cancelled",
            "between",
            "Ashbrook",
            "and",
            "Dunmere",
            ".",
        ],
        N,
        &[(4, 5, PER), (6, 7, ORG)],
        &[(4, 5, LOC), (6, 7, LOC)],
    ),
    (
        "a travel word opening the sentence is a cue",
        &[
            "Buses",
            "from",
            "Kelverton",
            "to",
            "Marlow",
            "stop",
            "today",
        ],
        N,
        &[(2, 3, PER), (4, 5, PER)],
        &[(2, 3, LOC), (4, 5, LOC)],
    ),
    (
        "two unlisted towns from one to the other by bus",
        &[
            "The",
            "bus",
            "from",
            "Kelverton",
            "to",
            "Marlow",
            "stops",
            "today",
        ],
        N,
        &[(3, 4, PER), (5, 6, PER)],
        &[(3, 4, LOC), (5, 6, LOC)],
    ),
    (
        "a town typed a place beside one typed a person, on a road",
        &[
            "the",
            "road",
            "between",
            "Ashbrook",
            "and",
            "Pellworth",
            "is",
            "shut",
        ],
        N,
        &[(3, 4, LOC), (5, 6, PER)],
        &[(3, 4, LOC), (5, 6, LOC)],
    ),
    (
        "a listed city makes the unlisted one beside it a town, both typed otherwise",
        &[
            "delays", "between", "Glasgow", "and", "Dunmere", "on", "Monday",
        ],
        N,
        &[(2, 3, ORG), (4, 5, PER)],
        &[(2, 3, LOC), (4, 5, LOC)],
    ),
    (
        "two people between whom talks were held stay people",
        &[
            "talks", "between", "Harwood", "and", "Pellmann", "ended", ".",
        ],
        N,
        &[(2, 3, PER), (4, 5, PER)],
        &[(2, 3, PER), (4, 5, PER)],
    ),
    (
        "two parties a vote moved between stay bodies",
        &[
            "voters", "moved", "from", "Labour", "to", "Reform", "in", "May",
        ],
        N,
        &[(3, 4, ORG), (5, 6, ORG)],
        &[(3, 4, ORG), (5, 6, ORG)],
    ),
    (
        "a name before a possessive is not paired",
        &[
            "trains", "between", "Ashbrook", "and", "Dunmere", "'s", "station",
        ],
        N,
        &[(2, 3, PER), (4, 5, PER)],
        &[(2, 3, PER), (4, 5, PER)],
    ),
    (
        "names not joined by between or from are left",
        &["trains", "for", "Ashbrook", "and", "Dunmere", "ran", "late"],
        N,
        &[(2, 3, PER), (4, 5, PER)],
        &[(2, 3, PER), (4, 5, PER)],
    ),
    (
        "an organisation's head word is no town",
        &[
            "flights", "between", "Ashbrook", "and", "Council", "offices",
        ],
        N,
        &[(2, 3, PER), (4, 5, ORG)],
        &[(2, 3, PER), (4, 5, ORG)],
    ),
    (
        "a capitalised travel word inside the sentence is no cue",
        &[
            "the", "Flights", "Union", "said", "between", "Harwood", "and", "Pellmann", "it",
        ],
        N,
        &[(1, 3, ORG), (5, 6, PER), (7, 8, PER)],
        &[(1, 3, ORG), (5, 6, PER), (7, 8, PER)],
    ),
];

#[test]
fn towns_paired_on_a_route() {
    check_repairs(TOWN_PAIRS);
}

#[test]
fn route_words() {
    for w in [
        "trains",
        "bus",
        "flights",
        "motorway",
        "passengers",
        "miles",
    ] {
        assert!(is_route_word(w), "{w}");
    }
    for w in ["Trains", "talks", "vote", "between", "", "service"] {
        assert!(!is_route_word(w), "{w}");
    }
}

const CLUBS: &[RepairCase] = &[
    (
        "a listed city after a result and 'at' is the club",
        &["a", "1-0", "win", "at", "Preston", "on", "Saturday"],
        N,
        &[(4, 5, LOC)],
        &[(4, 5, ORG)],
    ),
    (
        "a listed city after a score and 'by' is the club",
        &["who", "were", "held", "2-2", "by", "Coventry", ","],
        N,
        &[(5, 6, LOC)],
        &[(5, 6, ORG)],
    ),
    (
        "a listed city after a score and 'to' is the club",
        &["they", "lost", "3-1", "to", "Leeds", "at", "home"],
        N,
        &[(4, 5, LOC)],
        &[(4, 5, ORG)],
    ),
    (
        "a listed city before a result's verb in a scored sentence",
        &["Preston", "beat", "Ashbrook", "Rovers", "2-0", "."],
        N,
        &[(0, 1, LOC), (2, 4, ORG)],
        &[(0, 1, ORG), (2, 4, ORG)],
    ),
    (
        "a listed city after 'with' in a scored sentence, typed a person",
        &["Ashbrook", "drew", "1-1", "with", "Coventry", "."],
        N,
        &[(0, 1, ORG), (4, 5, PER)],
        &[(0, 1, ORG), (4, 5, ORG)],
    ),
    (
        "an en dash score counts",
        &["a", "2–1", "defeat", "at", "Leeds", "."],
        N,
        &[(4, 5, LOC)],
        &[(4, 5, ORG)],
    ),
    (
        "no score: a trip to a city stays a place",
        &["a", "win", "at", "Preston", "market", "for", "traders"],
        N,
        &[(3, 4, LOC)],
        &[(3, 4, LOC)],
    ),
    (
        "a score but the city after a plain 'at' stays a place",
        &["the", "2-1", "vote", "was", "held", "at", "Leeds", "."],
        N,
        &[(6, 7, LOC)],
        &[(6, 7, LOC)],
    ),
    (
        "a country is its national team, a place",
        &["a", "2-0", "win", "over", "France", "."],
        N,
        &[(4, 5, LOC)],
        &[(4, 5, LOC)],
    ),
    (
        "an unlisted ground after a score and 'at' stays a place",
        &["won", "2-0", "at", "Pellworth", "Park", "."],
        N,
        &[(3, 5, LOC)],
        &[(3, 5, LOC)],
    ),
    (
        "a player who is no listed city stays a person",
        &["Harwood", "beat", "Pellmann", "6-3", "."],
        N,
        &[(0, 1, PER), (2, 3, PER)],
        &[(0, 1, PER), (2, 3, PER)],
    ),
];

#[test]
fn clubs_named_like_their_towns() {
    check_repairs(CLUBS);
}

#[test]
fn score_shapes() {
    for w in ["1-0", "2-2", "10-3", "3–1", "0-12"] {
        assert!(is_score(w), "{w}");
    }
    for w in [
        "1-",
        "-1",
        "123-1",
        "1-0-0",
        "a-1",
        "1-b",
        "2021-22x",
        "",
        "-",
        "–",
        "1–",
        "German-born",
    ] {
        assert!(!is_score(w), "{w}");
    }
}

const BODIES: &[RepairCase] = &[
    (
        "a name between commas after a kind of company is the company",
        &[
            "the", "state", "oil", "company", ",", "Varnco", ",", "reported", "a", "loss",
        ],
        N,
        &[(5, 6, PER)],
        &[(5, 6, ORG)],
    ),
    (
        "a rival bank named between commas, typed a place",
        &[
            "its",
            "rival",
            "lender",
            ",",
            "Halvorsen",
            ",",
            "said",
            "no",
        ],
        N,
        &[(4, 5, LOC)],
        &[(4, 5, ORG)],
    ),
    (
        "a first name after a kind of company stays a person",
        &["the", "firm", ",", "Sarah", "Halvorsen", ",", "said", "no"],
        N,
        &[(3, 5, PER)],
        &[(3, 5, PER)],
    ),
    (
        "a listed place between commas after a company stays a place",
        &["the", "company", ",", "Glasgow", ",", "and", "Leeds"],
        N,
        &[(3, 4, LOC), (6, 7, LOC)],
        &[(3, 4, LOC), (6, 7, LOC)],
    ),
    (
        "a name after a capitalised kind is not read",
        &["the", "Company", ",", "Varnco", ",", "said"],
        N,
        &[(3, 4, PER)],
        &[(3, 4, PER)],
    ),
    (
        "a name after a kind with no comma after it is left",
        &["the", "company", ",", "Varnco", "said", "no"],
        N,
        &[(3, 4, PER)],
        &[(3, 4, PER)],
    ),
    (
        "a company described as a maker of things",
        &[
            "to", "buy", "Varnco", ",", "a", "Texas", "maker", "of", "optical", "gear", ",",
        ],
        N,
        &[(2, 3, LOC)],
        &[(2, 3, ORG)],
    ),
    (
        "a person described as the head of a firm stays a person",
        &[
            "met", "Harwood", ",", "the", "head", "of", "the", "firm", ",",
        ],
        N,
        &[(1, 2, PER)],
        &[(1, 2, PER)],
    ),
    (
        "two bodies with one head word joined by and are two",
        &[
            "Ashbrook", "Water", "and", "South", "Dunmere", "Water", "said", "so",
        ],
        N,
        &[(0, 6, ORG)],
        &[(0, 2, ORG), (3, 6, ORG)],
    ),
    (
        "two banks with one head word joined by and are two",
        &["both", "Varnco", "Bank", "and", "Halvorsen", "Bank", "fell"],
        N,
        &[(1, 6, ORG)],
        &[(1, 3, ORG), (4, 6, ORG)],
    ),
    (
        "a body whose words before and after 'and' differ stays one",
        &[
            "the",
            "Food",
            "Standards",
            "and",
            "Safety",
            "Agency",
            "said",
        ],
        N,
        &[(1, 6, ORG)],
        &[(1, 6, ORG)],
    ),
    (
        "a nation's adjective opening a body joined by and is in the name",
        &[
            "the",
            "Australian",
            "Competition",
            "and",
            "Consumer",
            "Commission",
            "sued",
        ],
        N,
        &[(1, 2, NORP), (2, 6, ORG)],
        &[(1, 6, ORG)],
    ),
    (
        "a nation's adjective before a body joined by of is in the name",
        &["the", "Danish", "Society", "of", "Authors", "said"],
        N,
        &[(1, 2, NORP), (2, 5, ORG)],
        &[(1, 5, ORG)],
    ),
    (
        "a nation's adjective before a ministry stays apart",
        &["the", "French", "Ministry", "of", "Culture", "said"],
        N,
        &[(1, 2, NORP), (2, 5, ORG)],
        &[(1, 2, NORP), (2, 5, ORG)],
    ),
];

#[test]
fn bodies_named_by_kind_head_and_nation() {
    check_repairs(BODIES);
}
