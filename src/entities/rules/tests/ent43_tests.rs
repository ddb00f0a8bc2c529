//! Named cases for branch ent43 (made-up text): names of international wire news
//! (`wire_names.rs`: products after "codenamed" / "sold as", companies whose last word ends in a
//! trade, unions of "… Workers of America", people described by an office after a comma, regions
//! before "province", "the Moon"), natural places' and regions'
//! heads typed ORG or PER (`organisations.rs`), a name run on into "on Friday"
//! (`non_names.rs`), and legislatures as heads (`words/heads.rs`).

use super::*;
use super::{check_repairs, RepairCase};

const N: CaseMode = CaseMode::Normal;

const CASES: &[RepairCase] = &[
    (
        "a name after codenamed is a product",
        &[
            "The",
            "tablet",
            ",",
            "codenamed",
            "Osprey",
            ",",
            "ships",
            "in",
            "May",
        ],
        N,
        &[(4, 5, PER)],
        &[(4, 5, MISC)],
    ),
    (
        "a name after sold as is a product",
        &["The", "pill", "is", "sold", "as", "Dormavel", "in", "Spain"],
        N,
        &[(5, 6, PER), (7, 8, LOC)],
        &[(5, 6, MISC), (7, 8, LOC)],
    ),
    (
        "a made-up word and a trade's plural glued to a prefix is a company",
        &["Shares", "of", "Quindle", "Nanodevices", "fell", "sharply"],
        N,
        &[(2, 4, PER)],
        &[(2, 4, ORG)],
    ),
    (
        "a person is no company by a word ending otherwise",
        &["Shares", "of", "Quindle", "Marsh", "fell", "sharply"],
        N,
        &[(2, 4, PER)],
        &[(2, 4, PER)],
    ),
    (
        "a union of workers of a country is one name",
        &[
            "The",
            "United",
            "Dock",
            "Workers",
            "of",
            "Ruritania",
            "voted",
            "to",
            "strike",
        ],
        N,
        &[(5, 6, LOC)],
        &[(1, 6, ORG)],
    ),
    (
        "a name before an office after a comma is a person",
        &[
            "Tendai",
            "Mukoko",
            ",",
            "spokesman",
            "of",
            "the",
            "party",
            ",",
            "said",
            "no",
        ],
        N,
        &[(0, 2, ORG)],
        &[(0, 2, PER)],
    ),
    (
        "names before a lower-case province are places",
        &[
            "Storms",
            "hit",
            "Bắc",
            "Giang",
            "and",
            "Lạng",
            "Sơn",
            "provinces",
            "today",
        ],
        N,
        &[(2, 4, PER), (5, 7, PER)],
        &[(2, 4, LOC), (5, 7, LOC)],
    ),
    (
        "the Moon is a place",
        &["The", "probe", "circled", "the", "Moon", "twice"],
        N,
        &[(4, 5, ORG)],
        &[(4, 5, LOC)],
    ),
    (
        "a river typed as a company is a place",
        &["The", "Kesra", "River", "burst", "its", "banks"],
        N,
        &[(1, 3, ORG)],
        &[(1, 3, LOC)],
    ),
    (
        "an oblast typed as a person is a place",
        &["Fires", "spread", "in", "Tvarsk", "Oblast", "overnight"],
        N,
        &[(3, 5, PER)],
        &[(3, 5, LOC)],
    ),
    (
        "a name does not run on into on and a weekday",
        &[
            "They", "reached", "the", "Orlan", "Ridge", "on", "Friday", ".",
        ],
        N,
        &[(3, 7, ORG)],
        &[(3, 5, ORG)],
    ),
    (
        "a parliament of a country is one body",
        &["The", "Parliament", "of", "Ruritania", "voted", "on", "it"],
        N,
        &[(3, 4, LOC)],
        &[(1, 4, ORG)],
    ),
];

#[test]
fn ent43_cases() {
    check_repairs(CASES);
}
