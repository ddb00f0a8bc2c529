//! Named cases for `place_adjectives.rs` (made-up text): names inside hyphened adjectives
//! ("Dunmore-based", "Hong Kong-based", "Hungarian-born"), and the other places ent31 reads
//! (a river named "River X" typed as a person, listed places typed ORG after "between" or
//! "in X and"), with look-alikes that must not change. The tagger's spans are given; the
//! text's offsets are tested through `find`.

use super::*;
use super::{check_repairs, RepairCase};

const N: CaseMode = CaseMode::Normal;

const CASES: &[RepairCase] = &[
    (
        "a town before based that no span covers",
        &["The", "Walsall-based", "chain", "will", "close", "."],
        N,
        &[],
        &[(1, 2, LOC)],
    ),
    (
        "an unlisted town before based is a place too",
        &["the", "Quorlinghamton-based", "maker", "said", "so"],
        N,
        &[],
        &[(1, 2, LOC)],
    ),
    (
        "the article the tagger wrapped in is cut off",
        &[
            "The",
            "Leicester-based",
            "group",
            "said",
            "sales",
            "rose",
            ".",
        ],
        N,
        &[(0, 2, ORG)],
        &[(1, 2, LOC)],
    ),
    (
        "a listed place of two words joins before the adjective",
        &["the", "New", "York-based", "bank", "and", "its", "rivals"],
        N,
        &[],
        &[(1, 3, LOC)],
    ),
    (
        "a tagged place's first word stays in the name",
        &["the", "Hong", "Kong-based", "lender", "said"],
        N,
        &[(1, 3, MISC)],
        &[(1, 3, LOC)],
    ),
    (
        "a group word before born is a group",
        &["the", "Kenyan-born", "runner", "won", "."],
        N,
        &[],
        &[(1, 2, NORP)],
    ),
    (
        "a listed country before listed is a place",
        &["the", "UK-listed", "miner", "fell", "4%"],
        N,
        &[(1, 2, MISC)],
        &[(1, 2, LOC)],
    ),
    (
        "what follows the adjective in a span stays a name of its own",
        &["the", "Bristol-based", "Harwick", "Foods", "said"],
        N,
        &[(1, 4, ORG)],
        &[(1, 2, LOC), (2, 4, ORG)],
    ),
    (
        "a frequent word before based is no place",
        &["Cloud-based", "tools", "are", "cheaper", "."],
        N,
        &[],
        &[],
    ),
    (
        "an unlisted name before backed is left to the tagger",
        &["the", "Vorkan-backed", "militia", "attacked"],
        N,
        &[],
        &[],
    ),
    (
        "a lower-case adjective is no name",
        &["a", "locally-based", "charity", "said"],
        N,
        &[],
        &[],
    ),
    (
        "a hyphened place stays a joined place",
        &["trains", "to", "Henley-on-Thames", "stopped"],
        N,
        &[],
        &[(2, 3, LOC)],
    ),
    (
        "a river named first by River is a place",
        &["the", "River", "Tawlen", "burst", "its", "banks"],
        N,
        &[(1, 3, PER)],
        &[(1, 3, LOC)],
    ),
    (
        "a shop named River and a word the tagger typed ORG stays",
        &["the", "River", "Tawlen", "chain", "said"],
        N,
        &[(1, 3, ORG)],
        &[(1, 3, ORG)],
    ),
    (
        "listed places typed ORG between and after and",
        &[
            "Trains",
            "between",
            "Leicester",
            "and",
            "Sheffield",
            "were",
            "cancelled",
        ],
        N,
        &[(2, 3, ORG), (4, 5, ORG)],
        &[(2, 3, LOC), (4, 5, LOC)],
    ),
    (
        "a listed place typed ORG after in and a place",
        &["floods", "in", "Leicester", "and", "Sheffield", "."],
        N,
        &[(2, 3, LOC), (4, 5, ORG)],
        &[(2, 3, LOC), (4, 5, LOC)],
    ),
    (
        "a club after and a team stays a club",
        &[
            "a",
            "game",
            "between",
            "Harwick",
            "and",
            "Sheffield",
            "United",
        ],
        N,
        &[(3, 4, ORG), (5, 7, ORG)],
        &[(3, 4, ORG), (5, 7, ORG)],
    ),
];

#[test]
fn place_adjective_cases() {
    check_repairs(CASES);
}

#[test]
fn place_adjective_stems() {
    for (w, stem, where_) in [
        ("London-based", 6, true),
        ("Clara-based", 5, true),
        ("Hungarian-born", 9, true),
        ("US-based", 2, true),
        ("UK-listed", 2, false),
        ("Kremlin-backed", 7, false),
        ("Stoke-on-Trent-based", 14, true),
        ("Zürich-headquartered", 7, true),
    ] {
        assert_eq!(place_adjective_stem(w), Some((stem, where_)), "{w}");
    }
    for w in [
        "locally-based",
        "London",
        "Jean-Pierre",
        "Henley-on-Thames",
        "1990s-born",
        "ABCDEFG-based",
        "-based",
        "London-",
        "Rolls-Royce",
        "well-made",
    ] {
        assert_eq!(place_adjective_stem(w), None, "{w}");
    }
}

/// The text's offsets and the name's words end before the adjective's hyphen, so the place
/// links with its other mentions.
#[test]
fn names_in_adjectives_end_at_the_hyphen() {
    let text =
        "Harwick Foods, the Dunmore-based baker, said on Tuesday that sales in Dunmore rose.";
    let found = crate::entities::find(text);
    let names: Vec<&str> = found
        .iter()
        .filter_map(|f| text.get(f.span.clone()))
        .collect();
    assert!(names.contains(&"Dunmore"), "{names:?}");
    assert!(!names.iter().any(|n| n.contains("based")), "{names:?}");
    let dunmores: Vec<_> = found
        .iter()
        .filter(|f| text.get(f.span.clone()) == Some("Dunmore"))
        .collect();
    assert_eq!(dunmores.len(), 2, "{names:?}");
    assert!(dunmores
        .iter()
        .all(|f| f.kind == dunmores[0].kind && f.link.entity == dunmores[0].link.entity));
}
