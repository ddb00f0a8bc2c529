//! Named cases for the places of `roads.rs` (branch `entgen23`): numbered roads and streets,
//! compass words before places and compass regions after "the", each with look-alikes that must
//! not change. The tagger's spans are given, so each repair is checked whatever the model tags.

use super::*;
use super::{check_repairs, RepairCase};

const CASES: &[RepairCase] = &[
    (
        "an interstate in one word is left as the tagger has it",
        &["take", "I-35", "north", "."],
        CaseMode::Normal,
        &[(1, 2, MISC)],
        &[(1, 2, MISC)],
    ),
    (
        "a numbered avenue is left as the tagger has it",
        &["shops", "on", "5th", "Avenue", "closed", "."],
        CaseMode::Normal,
        &[(3, 4, LOC)],
        &[(3, 4, LOC)],
    ),
    (
        "a route inside a longer name leaves it",
        &["the", "Route", "66", "Diner", "Company", "said", "."],
        CaseMode::Normal,
        &[(1, 5, ORG)],
        &[(1, 5, ORG)],
    ),
    (
        "a road with its opening words is one place",
        &["on", "Historic", "Route", "66", "in", "Tulsa", "."],
        CaseMode::Normal,
        &[(5, 6, LOC)],
        &[(1, 4, LOC), (5, 6, LOC)],
    ),
    (
        "a route before a full stop is a place",
        &["came", "in", "on", "Route", "66", "."],
        CaseMode::Normal,
        &[],
        &[(3, 5, LOC)],
    ),
    (
        "a highway in short is a place",
        &["east", "on", "Hwy", "51", "."],
        CaseMode::Normal,
        &[(2, 3, PER)],
        &[(2, 4, LOC)],
    ),
    (
        "a numbered route the tagger missed is a place",
        &["drive", "along", "Route", "66", "to", "Tulsa", "."],
        CaseMode::Normal,
        &[(5, 6, LOC)],
        &[(2, 4, LOC), (5, 6, LOC)],
    ),
    (
        "a state route takes its State",
        &["closed", "State", "Route", "9", "on", "Monday", "."],
        CaseMode::Normal,
        &[(1, 2, ORG)],
        &[(1, 4, LOC)],
    ),
    (
        "a highway typed as an organisation is a place with its number",
        &["crash", "on", "Highway", "1", "near", "Gorlan", "."],
        CaseMode::Normal,
        &[(2, 3, ORG), (5, 6, LOC)],
        &[(2, 4, LOC), (5, 6, LOC)],
    ),
    (
        "US and a road number before punctuation is a road",
        &["follow", "US", "169", ",", "then", "turn", "."],
        CaseMode::Normal,
        &[(1, 2, LOC)],
        &[(1, 3, LOC)],
    ),
    (
        "US and a number in a score is no road",
        &["US", "2", "Mexico", "1"],
        CaseMode::Normal,
        &[(0, 1, LOC), (2, 3, LOC)],
        &[(0, 1, LOC), (2, 3, LOC)],
    ),
    (
        "US and a number of years is no road",
        &["in", "the", "US", "10", "years", "ago", "."],
        CaseMode::Normal,
        &[(2, 3, LOC)],
        &[(2, 3, LOC)],
    ),
    (
        "a route before another number is a figure",
        &["Route", "66", "200", "miles", "long"],
        CaseMode::Normal,
        &[],
        &[],
    ),
    (
        "a lower-case route is no name",
        &["the", "route", "66", "bus", "."],
        CaseMode::Normal,
        &[],
        &[],
    ),
    (
        "a counted stage stays no name",
        &["won", "Stage", "3", "."],
        CaseMode::Normal,
        &[],
        &[],
    ),
    (
        "an airport terminal is a place",
        &["from", "Terminal", "2", "at", "Dunmore", "Airport", "."],
        CaseMode::Normal,
        &[(4, 6, LOC)],
        &[(1, 3, LOC), (4, 6, LOC)],
    ),
    (
        "a compass word joins the place after it",
        &["rain", "across", "Northern", "England", "today", "."],
        CaseMode::Normal,
        &[(3, 4, LOC)],
        &[(2, 4, LOC)],
    ),
    (
        "East before a continent is one place",
        &["drought", "in", "East", "Africa", "."],
        CaseMode::Normal,
        &[(3, 4, LOC)],
        &[(2, 4, LOC)],
    ),
    (
        "a compass word before an organisation stays out",
        &["West", "Ham", "beat", "Fulham", "."],
        CaseMode::Normal,
        &[(1, 2, ORG), (3, 4, ORG)],
        &[(1, 2, ORG), (3, 4, ORG)],
    ),
    (
        "a compass word already inside a name is left",
        &["visited", "North", "Dakota", "."],
        CaseMode::Normal,
        &[(1, 3, LOC)],
        &[(1, 3, LOC)],
    ),
    (
        "a lower-case compass word stays out",
        &["farms", "in", "northern", "England", "."],
        CaseMode::Normal,
        &[(3, 4, LOC)],
        &[(3, 4, LOC)],
    ),
    (
        "a compass word ending another name stays with it",
        &["Griqualand", "West", "Durban", "."],
        CaseMode::Normal,
        &[(0, 2, LOC), (2, 3, LOC)],
        &[(0, 2, LOC), (2, 3, LOC)],
    ),
    (
        "the Midwest is a place",
        &["storms", "across", "the", "Midwest", "on", "Sunday", "."],
        CaseMode::Normal,
        &[],
        &[(3, 4, LOC)],
    ),
    (
        "the South after the is a place",
        &["voters", "in", "the", "South", "."],
        CaseMode::Normal,
        &[],
        &[(3, 4, LOC)],
    ),
    (
        "a compass word opening a longer name is left to the tagger",
        &["the", "Southwest", "Airlines", "pilots", "."],
        CaseMode::Normal,
        &[(1, 3, ORG)],
        &[(1, 3, ORG)],
    ),
    (
        "a lower-case compass region is no name",
        &["the", "south", "of", "the", "country", "."],
        CaseMode::Normal,
        &[],
        &[],
    ),
];

#[test]
fn roads_and_compass_places() {
    check_repairs(CASES);
}
