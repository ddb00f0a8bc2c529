//! Tests of [`super::cue_words`]: the table gives each listed word its cues and no other word
//! any, and the rules gated by a sentence's cues change what they changed before.

use super::cue_words::*;
use super::cue_words::{of, of_words};
use super::*;

/// The lists as the rules wrote them before the table (entwalk38), by cue.
const LISTS: &[(Cues, &[&str])] = &[
    (
        PLANET,
        &[
            "Mercury", "Venus", "Earth", "Mars", "Jupiter", "Saturn", "Uranus", "Neptune", "Pluto",
        ],
    ),
    (
        SPACE,
        &[
            "moon",
            "moons",
            "Moon",
            "planet",
            "planets",
            "orbit",
            "orbits",
            "orbiting",
            "orbiter",
            "spacecraft",
            "probe",
            "rover",
            "lander",
            "flyby",
            "telescope",
            "astronomer",
            "astronomers",
            "astronaut",
            "astronauts",
            "asteroid",
            "comet",
            "solar",
            "Nasa",
            "NASA",
            "Esa",
            "ESA",
            "satellite",
            "satellites",
            "mission",
            "crater",
            "atmosphere",
        ],
    ),
    (
        TRADE_HEAD,
        &[
            "Water",
            "Gas",
            "Energy",
            "Power",
            "Electric",
            "Electricity",
            "Air",
            "Airways",
            "Airlines",
            "Cars",
            "Motors",
            "Trucks",
            "Rail",
            "Railways",
            "Buses",
            "Foods",
            "Homes",
            "Telecom",
            "Pharma",
            "Steel",
            "Mining",
            "Shipping",
            "Brewery",
            "Computing",
            "Semiconductor",
            "Semiconductors",
            "Robotics",
            "Therapeutics",
            "Lithium",
            "Chemicals",
            "Cement",
        ],
    ),
    (ITS, &["its"]),
    (
        COMPANY_ROLE,
        &[
            "chief",
            "founder",
            "co-founder",
            "cofounder",
            "chairman",
            "chairwoman",
            "shareholders",
            "customers",
            "subscribers",
            "employees",
        ],
    ),
    (
        OWNED_THING,
        &[
            "board",
            "investors",
            "headquarters",
            "profits",
            "profit",
            "revenue",
            "revenues",
            "sales",
        ],
    ),
    (RIVAL, &["rival", "Rival"]),
    (
        OWNERSHIP_VERB,
        &[
            "owned",
            "acquired",
            "bought",
            "made",
            "manufactured",
            "operated",
        ],
    ),
    (OWNER, &["owner", "parent", "owners"]),
    (COMPANY_PART, &["arm", "subsidiary", "spin-off", "unit"]),
    (WHICH, &["which"]),
    (
        REPORT_VERB,
        &[
            "said",
            "says",
            "reported",
            "reports",
            "announced",
            "announces",
            "warned",
            "warns",
            "confirmed",
            "confirms",
            "added",
            "expects",
            "expected",
        ],
    ),
    (PLURAL_VERB, &["have", "are", "were"]),
    (COMMA, &[","]),
];

/// What [`LISTS`] gives `w`.
fn by_lists(w: &str) -> Cues {
    LISTS
        .iter()
        .filter(|(_, words)| words.contains(&w))
        .fold(0, |all, &(c, _)| all | c)
}

#[test]
fn the_table_gives_the_lists_cues() {
    let mut words: Vec<String> = Vec::new();
    for (_, list) in LISTS {
        for w in *list {
            // The word, its other cases, and near misses by a byte more or less.
            words.push(w.to_string());
            words.push(w.to_uppercase());
            words.push(w.to_lowercase());
            words.push(format!("{w}s"));
            words.push(format!("x{w}"));
            words.push(w[..w.len() - 1].to_string());
            words.push(w[1..].to_string());
        }
    }
    words.extend(
        [
            "",
            "é",
            "Über",
            "the",
            "a",
            "I",
            "Semiconductorss",
            "Zzzzzzzzzzzzzzzzzzzz",
            ";",
        ]
        .map(String::from),
    );
    for w in &words {
        assert_eq!(listed(w.as_bytes()), by_lists(w), "{w:?}");
        let camel = if brands::is_camel_name(w) { CAMEL } else { 0 };
        let company = if w.len() >= 2
            && w.as_bytes()[0].is_ascii_uppercase()
            && super::listed_companies::is_listed_company(w)
        {
            super::cue_words::LISTED_COMPANY
        } else {
            0
        };
        // The gates' cues (native builds: [`super::cue_words::lacks`]).
        let gate = |on: bool, cue: Cues| if on { cue } else { 0 };
        let gates = gate(
            super::place_people::has_people_ending(w),
            super::cue_words::PEOPLE_ENDING,
        ) | gate(
            super::member_bodies::is_member_plural(w),
            super::cue_words::MEMBER_PLURAL,
        ) | gate(
            super::club_names::is_club_head(w),
            super::cue_words::CLUB_HEAD,
        ) | gate(
            w == "Broker" || super::openers::is_opening_role(w),
            super::cue_words::OPENER,
        ) | gate(super::wire_names::is_wire_word(w), super::cue_words::WIRE);
        assert_eq!(of(w), by_lists(w) | camel | company | gates, "{w:?}");
    }
    assert_eq!(of("PayPal"), CAMEL | LISTED_COMPANY);
    assert_eq!(of("KwikFit"), CAMEL);
}

/// The look-up reads one first byte's group: each first byte's words are together.
#[test]
fn the_words_are_grouped_by_first_byte() {
    for (k, (w, _)) in WORDS.iter().enumerate() {
        if let Some((prev, _)) = k.checked_sub(1).and_then(|j| WORDS.get(j)) {
            assert!(prev[0] <= w[0], "{w:?}");
        }
        assert!(WORDS.iter().filter(|(x, _)| x == w).count() == 1, "{w:?}");
    }
}

/// A sentence's words' cues, one a word.
#[test]
fn the_words_cues_are_made_one_a_word() {
    let words = [
        "Brantley", "Water", "raised", "its", "prices", ",", "FoxHaven", "said",
    ];
    let mut cues = Vec::new();
    of_words(&words, &mut cues);
    assert_eq!(cues, [0, TRADE_HEAD, 0, ITS, 0, COMMA, CAMEL, REPORT_VERB]);
}
