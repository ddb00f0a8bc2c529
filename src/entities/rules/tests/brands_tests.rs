//! Named cases for `brands.rs` (made-up text): names whose form ends in "'s", a possessive
//! before a college, companies told by their roles, rivals, owners and "its", places joined by
//! "upon" or "-on-", "and" inside an organisation; each with look-alikes that must not change.
//! The tagger's spans are given.

use super::*;
use super::{check_repairs, RepairCase};

const N: CaseMode = CaseMode::Normal;

const CASES: &[RepairCase] = &[
    (
        "what is owned is no person",
        &[
            "Fernhill", "Air", ",", "owned", "by", "Vantor", ",", "said", "no", ".",
        ],
        N,
        &[(0, 2, PER), (5, 6, ORG)],
        &[(0, 2, ORG), (5, 6, ORG)],
    ),
    (
        "what was acquired is no work of art",
        &[
            "Kelvo", ",", "acquired", "by", "Vantor", "in", "2019", ",", "grew",
        ],
        N,
        &[(0, 1, MISC), (4, 5, ORG)],
        &[(0, 1, ORG), (4, 5, ORG)],
    ),
    (
        "a flight operated by a company is left",
        &[
            "Skyways", "Flight", "12", ",", "operated", "by", "Vantor", ",", "landed",
        ],
        N,
        &[(0, 3, MISC), (6, 7, ORG)],
        &[(0, 3, MISC), (6, 7, ORG)],
    ),
    (
        "a place owned by a company stays a place",
        &[
            "Fernhill", "Airport", ",", "owned", "by", "Vantor", ",", "shut",
        ],
        N,
        &[(0, 2, LOC), (5, 6, ORG)],
        &[(0, 2, LOC), (5, 6, ORG)],
    ),
    (
        "a company named after its owner and a comma (ent31)",
        &[
            "Its", "owner", ",", "Vantor", ",", "is", "cutting", "jobs", ".",
        ],
        N,
        &[(3, 4, PER)],
        &[(3, 4, ORG)],
    ),
    (
        "a company named after its owner (ent31)",
        &[
            "the", "brand", "and", "its", "owner", "Vantor", "said", "so",
        ],
        N,
        &[(5, 6, LOC)],
        &[(5, 6, ORG)],
    ),
    (
        "a club's owner is a person (ent31)",
        &["the", "club", "'s", "owner", "Tarrow", "said", "so"],
        N,
        &[(4, 5, PER)],
        &[(4, 5, PER)],
    ),
    (
        "a company's arm named after it (ent31)",
        &["its", "software", "arm", "Kelvo", "serves", "homes"],
        N,
        &[(3, 4, PER)],
        &[(3, 4, ORG)],
    ),
    (
        "a rival the tagger typed as a group (ent31)",
        &["while", "rival", "Tapestrel", "fell", "2%"],
        N,
        &[(2, 3, NORP)],
        &[(2, 3, ORG)],
    ),
    (
        "a company named like a person before a business verb and its (ent31)",
        &["Harwick", "Lane", "cut", "its", "forecast", "on", "Tuesday"],
        N,
        &[(0, 2, PER)],
        &[(0, 2, ORG)],
    ),
    (
        "a person who said its stays a person (ent31)",
        &["Ada", "Marlow", "said", "its", "roof", "leaked"],
        N,
        &[(0, 2, PER)],
        &[(0, 2, PER)],
    ),
    (
        "a person inside the sentence before a verb and its stays a person (ent31)",
        &[
            "the", "air", "force", "under", "Hermann", "Vogt", "began", "its", "campaign",
        ],
        N,
        &[(4, 6, PER)],
        &[(4, 6, PER)],
    ),
    (
        "Rival tagged alone before a company left out (ent31)",
        &["Rival", "Zellmart", "said", "trading", "was", "tough"],
        N,
        &[(0, 1, LOC)],
        &[(1, 2, ORG)],
    ),
    (
        "Rival tagged alone before a company tagged apart (ent31)",
        &["Rival", "Zellmart", "said", "trading", "was", "tough"],
        N,
        &[(0, 1, LOC), (1, 2, PER)],
        &[(1, 2, ORG)],
    ),
    (
        "a group word after rival stays a group (ent31)",
        &["while", "rival", "British", "firms", "fell"],
        N,
        &[(2, 3, NORP)],
        &[(2, 3, NORP)],
    ),
    (
        "a name ending in 's before a verb",
        &[
            "Zellmart", "'s", "said", "on", "Friday", "it", "would", "close", ".",
        ],
        N,
        &[(0, 1, PER)],
        &[(0, 2, ORG)],
    ),
    (
        "a name ending in 's before a full stop",
        &["shoppers", "left", "Vellmore", "and", "Quarby", "'s", "."],
        N,
        &[(2, 3, LOC), (4, 5, PER)],
        &[(2, 3, LOC), (4, 6, ORG)],
    ),
    (
        "a name ending in 's left out before a comma",
        &[
            "Quarby", "'s", ",", "which", "sells", "shoes", ",", "fell", ".",
        ],
        N,
        &[],
        &[(0, 2, ORG)],
    ),
    (
        "a possessive before a noun stays a possessive",
        &["Quarby", "'s", "shares", "fell", "."],
        N,
        &[(0, 1, ORG)],
        &[(0, 1, ORG)],
    ),
    (
        "a place's possessive before a full stop stays a place",
        &["the", "mood", "in", "Britain", "'s", "."],
        N,
        &[(3, 4, LOC)],
        &[(3, 4, LOC)],
    ),
    (
        "a first name's possessive stays a person",
        &["the", "bag", "was", "Sarah", "'s", "."],
        N,
        &[(3, 4, PER)],
        &[(3, 4, PER)],
    ),
    (
        "a first name's form ending in 's before a verb is a company",
        &[
            "Macy", "'s", "said", "on", "Friday", "it", "would", "close", ".",
        ],
        N,
        &[(0, 1, PER)],
        &[(0, 2, ORG)],
    ),
    (
        "a possessor of two words stays apart from a college",
        &["at", "St", "John", "'s", "College", "Oxford", "said", "."],
        N,
        &[(1, 3, PER), (4, 6, ORG)],
        &[(1, 3, PER), (4, 6, ORG)],
    ),
    (
        "a possessive opens a college's name",
        &[
            "researchers",
            "at",
            "Kelling",
            "'s",
            "College",
            "Norwich",
            "said",
            ".",
        ],
        N,
        &[(2, 3, PER), (4, 6, ORG)],
        &[(2, 6, ORG)],
    ),
    (
        "a place's possessive before a council stays apart",
        &["Britain", "'s", "Council", "of", "Ministers", "met", "."],
        N,
        &[(0, 1, LOC), (2, 5, ORG)],
        &[(0, 1, LOC), (2, 5, ORG)],
    ),
    (
        "a founder after a name makes it a company",
        &[
            "Zellora", "founder", "Ama", "Quist", "said", "it", "grew", ".",
        ],
        N,
        &[(0, 1, PER), (2, 4, PER)],
        &[(0, 1, ORG), (2, 4, PER)],
    ),
    (
        "a chief executive after a name typed a place",
        &["Zellora", "chief", "executive", "Ama", "Quist", "said", "."],
        N,
        &[(0, 1, LOC), (3, 5, PER)],
        &[(0, 1, ORG), (3, 5, PER)],
    ),
    (
        "a place's customers stay a place",
        &["Tokyo", "customers", "complained", "."],
        N,
        &[(0, 1, LOC)],
        &[(0, 1, LOC)],
    ),
    (
        "a chief of staff is no company's role",
        &[
            "aides",
            "to",
            "Vellacott",
            "chief",
            "of",
            "staff",
            "left",
            ".",
        ],
        N,
        &[(2, 3, PER)],
        &[(2, 3, PER)],
    ),
    (
        "Rival glued to a name is cut off",
        &[
            "Rival", "Quarnet", "said", "it", "had", "seen", "no", "change", ".",
        ],
        N,
        &[(0, 2, PER)],
        &[(1, 2, ORG)],
    ),
    (
        "a rival typed as a person",
        &["Rival", "Quarnet", "did", "not", "comment", "."],
        N,
        &[(1, 2, PER)],
        &[(1, 2, ORG)],
    ),
    (
        "his rival is a person",
        &["he", "beat", "his", "rival", "Tarrow", "easily", "."],
        N,
        &[(4, 5, PER)],
        &[(4, 5, PER)],
    ),
    (
        "owned by a company",
        &["which", "is", "owned", "by", "Zellora", ",", "grew", "."],
        N,
        &[(4, 5, LOC)],
        &[(4, 5, ORG)],
    ),
    (
        "owned by a person of two words stays a person",
        &[
            "which", "is", "owned", "by", "Ama", "Quist", ",", "grew", ".",
        ],
        N,
        &[(4, 6, PER)],
        &[(4, 6, PER)],
    ),
    (
        "a subject's verb then its",
        &["Zellora", "plans", "its", "own", "service", "."],
        N,
        &[(0, 1, LOC)],
        &[(0, 1, ORG)],
    ),
    (
        "a subject's auxiliary and verb then its",
        &["Zellora", "will", "launch", "its", "app", "in", "May", "."],
        N,
        &[(0, 1, PER)],
        &[(0, 1, ORG)],
    ),
    (
        "a country before its verb and its stays a place",
        &["Portugal", "won", "its", "first", "game", "."],
        N,
        &[(0, 1, LOC)],
        &[(0, 1, LOC)],
    ),
    (
        "a person before a verb and his stays a person",
        &["Vellacott", "lost", "his", "seat", "."],
        N,
        &[(0, 1, PER)],
        &[(0, 1, PER)],
    ),
    (
        "two names joined by upon are one place",
        &[
            "homes", "in", "Burwick", "upon", "Tarn", "were", "flooded", ".",
        ],
        N,
        &[(2, 3, LOC), (4, 5, PER)],
        &[(2, 5, LOC)],
    ),
    (
        "a name joined by -upon- typed a person is a place",
        &["the", "mayor", "of", "Stratford-upon-Avon", "resigned", "."],
        N,
        &[(3, 4, PER)],
        &[(3, 4, LOC)],
    ),
    (
        "a name joined by -on- typed an organisation is a place",
        &["a", "shop", "in", "Kelby-on-Sea", "closed", "."],
        N,
        &[(3, 4, ORG)],
        &[(3, 4, LOC)],
    ),
    (
        "once upon a time is no place",
        &["Once", "upon", "a", "time", "."],
        N,
        &[],
        &[],
    ),
    (
        "a hyphenated surname stays a person",
        &["Ama", "Quist-Tarrow", "said", "."],
        N,
        &[(0, 2, PER)],
        &[(0, 2, PER)],
    ),
    (
        "a council named after a joined place keeps its head's type",
        &["Stratford-on-Avon", "District", "Council", "said", "."],
        N,
        &[(0, 3, ORG)],
        &[(0, 3, ORG)],
    ),
    (
        "and between common words inside an organisation",
        &[
            "Kelby", "Fire", "and", "Rescue", "Service", "rescued", "14", ".",
        ],
        N,
        &[(0, 2, ORG), (3, 5, ORG)],
        &[(0, 5, ORG)],
    ),
    (
        "and after a company's own name stays between two names",
        &["Zellora", "and", "Rescue", "Service", "met", "."],
        N,
        &[(0, 1, ORG), (2, 4, ORG)],
        &[(0, 1, ORG), (2, 4, ORG)],
    ),
    (
        "two places joined by and stay two",
        &["Portugal", "and", "Morocco", "met", "."],
        N,
        &[(0, 1, LOC), (2, 3, LOC)],
        &[(0, 1, LOC), (2, 3, LOC)],
    ),
    (
        "a company in camel case typed as a place",
        &[
            "force",
            "QuillDance",
            ",",
            "the",
            "owner",
            ",",
            "to",
            "sell",
            ".",
        ],
        N,
        &[(1, 2, LOC)],
        &[(1, 2, ORG)],
    ),
    (
        "a company in camel case typed a person",
        &["users", "of", "PayQuill", "grew", "."],
        N,
        &[(2, 3, PER)],
        &[(2, 3, ORG)],
    ),
    (
        "a surname with a prefix in camel case stays a person",
        &["coach", "Ian", "McCall", "and", "DeSantis", "met", "."],
        N,
        &[(1, 3, PER), (4, 5, PER)],
        &[(1, 3, PER), (4, 5, PER)],
    ),
    (
        "a hashtag's words in camel case are no company",
        &["loving", "it", "ShareTheLove", "with", "Ama", "Quist"],
        N,
        &[(2, 3, MISC), (4, 6, PER)],
        &[(2, 3, MISC), (4, 6, PER)],
    ),
    (
        "a company in camel case ending in AI",
        &[
            "rivals", "such", "as", "QuillAI", "and", "Zellora", "grew", ".",
        ],
        N,
        &[(3, 4, MISC), (5, 6, ORG)],
        &[(3, 4, ORG), (5, 6, ORG)],
    ),
];

#[test]
fn brands_repairs() {
    check_repairs(CASES);
}
