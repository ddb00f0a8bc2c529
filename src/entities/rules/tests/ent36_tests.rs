//! Named cases for branch ent36's repairs (made-up text): names someone owns
//! (`owned_names.rs`), names before a role and a person (`role_names.rs`), places listed with
//! "The" (`the_places.rs`), institutions named after a person (`named_after_people.rs`), a
//! company named by a listed first name after its kind (`org_shapes.rs`), technology trades
//! (`trade_heads.rs`); each with look-alikes that must not change. The tagger's spans are
//! given.

use super::role_names::is_team_role;
use super::*;
use super::{check_repairs, RepairCase};

const N: CaseMode = CaseMode::Normal;

const OWNED: &[RepairCase] = &[
    (
        "a name after 'his' is a team's or a maker's",
        &[
            "he", "crashed", "his", "Veltra", "Castell", "on", "lap", "3",
        ],
        N,
        &[(3, 5, PER)],
        &[(3, 5, ORG)],
    ),
    (
        "a name after 'their'",
        &["their", "Morvane", "colleagues", "left", "early"],
        N,
        &[(1, 2, PER)],
        &[(1, 2, ORG)],
    ),
    (
        "a name after 'its'",
        &["the", "group", "sold", "its", "Tarvell", "unit"],
        N,
        &[(4, 5, PER)],
        &[(4, 5, ORG)],
    ),
    (
        "a name after a person's possessive",
        &["polls", "show", "Tamas", "Orvath", "'s", "Kelvar", "behind"],
        N,
        &[(2, 4, PER), (5, 6, PER)],
        &[(2, 4, PER), (5, 6, ORG)],
    ),
    (
        "one word before a possessive and a person's full name",
        &["Brindel", "'s", "Nico", "Harstad", "scored", "twice"],
        N,
        &[(0, 1, PER), (2, 4, PER)],
        &[(0, 1, ORG), (2, 4, PER)],
    ),
    (
        "a word between the determiner and the name: a person",
        &["his", "wife", "Marta", "Kells", "said"],
        N,
        &[(2, 4, PER)],
        &[(2, 4, PER)],
    ),
    (
        "a place's possessive before a person: both stay",
        &["Britain", "'s", "Tomas", "Harlow", "won"],
        N,
        &[(0, 1, LOC), (2, 4, PER)],
        &[(0, 1, LOC), (2, 4, PER)],
    ),
    (
        "a listed first name before a possessive stays a person",
        &["Maria", "'s", "Tomas", "Harlow", "won"],
        N,
        &[(0, 1, PER), (2, 4, PER)],
        &[(0, 1, PER), (2, 4, ORG)],
    ),
    (
        "a capitalised 'His' opening a title is no determiner here",
        &["His", "Veltra", "Castell", "won"],
        N,
        &[(1, 3, PER)],
        &[(1, 3, PER)],
    ),
];

const ROLES: &[RepairCase] = &[
    (
        "a name typed a person before 'driver' and a person",
        &["Verrano", "driver", "Tomas", "Keller", "was", "third"],
        N,
        &[(0, 1, PER), (2, 4, PER)],
        &[(0, 1, ORG), (2, 4, PER)],
    ),
    (
        "an untagged word before 'driver' and a person",
        &["Verrano", "driver", "Tomas", "Keller", "was", "third"],
        N,
        &[(2, 4, PER)],
        &[(0, 1, ORG), (2, 4, PER)],
    ),
    (
        "a party's name before 'leader'",
        &["said", "Corrin", "Vael", "leader", "Marta", "Kells", "."],
        N,
        &[(1, 3, PER), (4, 6, PER)],
        &[(1, 3, ORG), (4, 6, PER)],
    ),
    (
        "an unlisted place before 'party'",
        &["the", "Kelvar", "party", "of", "Tamas", "Orvath"],
        N,
        &[(1, 2, LOC), (4, 6, PER)],
        &[(1, 2, ORG), (4, 6, PER)],
    ),
    (
        "a listed country before 'captain' stays a place",
        &["England", "captain", "Harry", "Stone", "scored"],
        N,
        &[(0, 1, LOC), (2, 4, PER)],
        &[(0, 1, LOC), (2, 4, PER)],
    ),
    (
        "a role's modifier opening the sentence is no team",
        &["Former", "coach", "Tomas", "Keller", "said"],
        N,
        &[(2, 4, PER)],
        &[(2, 4, PER)],
    ),
    (
        "'Head coach'",
        &["Head", "coach", "Tomas", "Keller", "said"],
        N,
        &[(2, 4, PER)],
        &[(2, 4, PER)],
    ),
    (
        "a group word before a role",
        &["Dutch", "coach", "Tomas", "Keller", "said"],
        N,
        &[(0, 1, NORP), (2, 4, PER)],
        &[(0, 1, NORP), (2, 4, PER)],
    ),
    (
        "a role with no person after it",
        &["Verrano", "driver", "was", "third"],
        N,
        &[(0, 1, PER)],
        &[(0, 1, PER)],
    ),
    (
        "a role that is no team's ('adviser')",
        &["Tamas", "Orvath", "adviser", "Marta", "Kells", "said"],
        N,
        &[(0, 2, PER), (3, 5, PER)],
        &[(0, 2, PER), (3, 5, PER)],
    ),
];

const THE_PLACES: &[RepairCase] = &[
    (
        "'The Hague' mid-sentence",
        &["judges", "in", "The", "Hague", "ruled"],
        N,
        &[(3, 4, LOC)],
        &[(2, 4, LOC)],
    ),
    (
        "'The Hague' opening the sentence",
        &["The", "Hague", "said", "no"],
        N,
        &[(1, 2, LOC)],
        &[(0, 2, LOC)],
    ),
    (
        "a place not listed with 'The'",
        &["The", "Netherlands", "said", "no"],
        N,
        &[(1, 2, LOC)],
        &[(1, 2, LOC)],
    ),
    (
        "a lower-case 'the' stays out",
        &["judges", "in", "the", "Hague", "ruled"],
        N,
        &[(3, 4, LOC)],
        &[(3, 4, LOC)],
    ),
];

const INSTITUTIONS: &[RepairCase] = &[
    (
        "an institute named after a person",
        &["at", "the", "Tomas", "Kelvin", "Institute", "in", "Leeds"],
        N,
        &[(2, 4, PER), (6, 7, LOC)],
        &[(2, 5, ORG), (6, 7, LOC)],
    ),
    (
        "a foundation named after a person, three words",
        &["the", "Marta", "Lou", "Kells", "Foundation", "said"],
        N,
        &[(1, 4, PER)],
        &[(1, 5, ORG)],
    ),
    (
        "a person's one-word name before a head stays",
        &["Kells", "University", "said"],
        N,
        &[(0, 1, PER)],
        &[(0, 1, PER)],
    ),
    (
        "a head before another capitalised word is left",
        &["the", "Tomas", "Kelvin", "School", "Board", "met"],
        N,
        &[(1, 3, PER)],
        &[(1, 3, PER)],
    ),
    (
        "a person before a head that is no institution's",
        &["the", "Tomas", "Kelvin", "Council", "met"],
        N,
        &[(1, 3, PER)],
        &[(1, 3, PER)],
    ),
];

const KINDS: &[RepairCase] = &[
    (
        "a listed first name alone after a kind, before a verb",
        &["shares", "in", "the", "chipmaker", "Marvell", "fell"],
        N,
        &[(4, 5, PER)],
        &[(4, 5, ORG)],
    ),
    (
        "a first name alone after a kind, before a clause about a person",
        &["the", "charity", "Maria", "founded", "in", "2010"],
        N,
        &[(2, 3, PER)],
        &[(2, 3, PER)],
    ),
    (
        "a name and a technology trade",
        &["the", "designer", "Ampere", "Computing", "rose"],
        N,
        &[(2, 4, PER)],
        &[(2, 4, ORG)],
    ),
    (
        "a name and a material's trade",
        &["a", "stake", "in", "Tianqi", "Lithium", "."],
        N,
        &[(3, 5, PER)],
        &[(3, 5, ORG)],
    ),
];

#[test]
fn institutions_named_after_people() {
    check_repairs(INSTITUTIONS);
}

#[test]
fn companies_after_their_kind_and_by_a_trade() {
    check_repairs(KINDS);
}

#[test]
fn names_someone_owns_are_no_people() {
    check_repairs(OWNED);
}

#[test]
fn names_before_a_role_and_a_person_are_teams() {
    check_repairs(ROLES);
    assert!(is_team_role("driver") && is_team_role("leader"));
    assert!(!is_team_role("adviser") && !is_team_role("Driver"));
}

#[test]
fn places_listed_with_the_take_it_in() {
    check_repairs(THE_PLACES);
}
