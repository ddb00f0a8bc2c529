//! Named cases for `org_shapes.rs` (branch `entgen24`): organisations cut before their head
//! word, companies' legal suffixes and drawn-out chat words, each with look-alikes that must
//! not change. The tagger's spans are given, so each repair is checked whatever the model tags.

use super::*;
use super::{check_repairs, RepairCase};

const CASES: &[RepairCase] = &[
    (
        "an uncommon word before an organisation's head joins it",
        &["for", "Kettering", "Borough", "Council", "said", "."],
        CaseMode::Normal,
        &[(2, 4, ORG)],
        &[(1, 4, ORG)],
    ),
    (
        "a common capitalised word mid-sentence before a head joins it",
        &[
            "the",
            "Electrical",
            "Engineering",
            "Department",
            "at",
            "Harlow",
            ".",
        ],
        CaseMode::Normal,
        &[(2, 4, ORG), (5, 6, LOC)],
        &[(1, 4, ORG), (5, 6, LOC)],
    ),
    (
        "two capitalised words before a head join it",
        &["by", "the", "West", "Mercia", "Police", "."],
        CaseMode::Normal,
        &[(3, 5, ORG)],
        &[(2, 5, ORG)],
    ),
    (
        "a sentence's first common word stays out",
        &[
            "Computing",
            "Research",
            "Association",
            "members",
            "voted",
            ".",
        ],
        CaseMode::Normal,
        &[(1, 3, ORG)],
        &[(1, 3, ORG)],
    ),
    (
        "a sentence's first word stays out",
        &["Key", "Security", "Council", "powers", "met", "."],
        CaseMode::Normal,
        &[(1, 3, ORG)],
        &[(1, 3, ORG)],
    ),
    (
        "a group word before the words taken back joins too",
        &["the", "Swedish", "Prosecution", "Authority", "said", "."],
        CaseMode::Normal,
        &[(1, 2, NORP), (3, 4, ORG)],
        &[(1, 4, ORG)],
    ),
    (
        "an article, a weekday or a title before the name stays out",
        &[
            "On", "Monday", "The", "Harbour", "Trust", "and", "Mayor", "Trust", "met", ".",
        ],
        CaseMode::Normal,
        &[(3, 5, ORG), (7, 8, ORG)],
        &[(3, 5, ORG), (7, 8, ORG)],
    ),
    (
        "a group word before an organisation joins it",
        &["the", "Australian", "Paralympic", "Committee", "said", "."],
        CaseMode::Normal,
        &[(1, 2, NORP), (2, 4, ORG)],
        &[(1, 4, ORG)],
    ),
    (
        "a group word apart from the organisation stays",
        &[
            "the",
            "Australian",
            "said",
            "the",
            "Paralympic",
            "Committee",
            ".",
        ],
        CaseMode::Normal,
        &[(1, 2, NORP), (4, 6, ORG)],
        &[(1, 2, NORP), (4, 6, ORG)],
    ),
    (
        "a person before an organisation stays a person",
        &["Ravi", "Menon", "Trust", "chairman", "said", "."],
        CaseMode::Normal,
        &[(0, 2, PER), (2, 3, ORG)],
        &[(0, 2, PER), (2, 3, ORG)],
    ),
    (
        "a name not ending in an organisation's head is left",
        &["the", "Harbour", "Gazette", "Tribune", "said", "."],
        CaseMode::Normal,
        &[(2, 4, ORG)],
        &[(2, 4, ORG)],
    ),
    (
        "a competition's head is left",
        &["the", "Kettering", "Rugby", "Union", "said", "."],
        CaseMode::Normal,
        &[(2, 4, ORG)],
        &[(2, 4, ORG)],
    ),
    (
        "in a title-case line the words before stay out",
        &["Campaigners", "Urge", "Borough", "Council", "to", "Act"],
        CaseMode::Title,
        &[(2, 4, ORG)],
        &[(2, 4, ORG)],
    ),
    (
        "common words joined by and before a head are one name",
        &[
            "the",
            "Competition",
            "and",
            "Markets",
            "Authority",
            "said",
            ".",
        ],
        CaseMode::Normal,
        &[(3, 5, ORG)],
        &[(1, 5, ORG)],
    ),
    (
        "a company and an organisation joined by and stay two",
        &["Tesco", "and", "Cooperative", "Bank", "fell", "."],
        CaseMode::Normal,
        &[(0, 1, ORG), (2, 4, ORG)],
        &[(0, 1, ORG), (2, 4, ORG)],
    ),
    (
        "an uncommon word after and keeps the names apart",
        &["the", "Fire", "and", "Kettering", "Borough", "Council", "."],
        CaseMode::Normal,
        &[(4, 6, ORG)],
        &[(3, 6, ORG)],
    ),
    (
        "a lower-case plc joins the company",
        &["shares", "in", "Dunmere", "plc", "fell", "."],
        CaseMode::Normal,
        &[(2, 3, ORG)],
        &[(2, 4, ORG)],
    ),
    (
        "a legal suffix makes a name typed as a person a company",
        &["Barnett", "Banks", "Inc.", "said", "."],
        CaseMode::Normal,
        &[(0, 2, PER)],
        &[(0, 3, ORG)],
    ),
    (
        "a suffix typed alone takes the capitalised words before it",
        &["©", "2031", "Quill", "Media", "Ltd."],
        CaseMode::Normal,
        &[(4, 5, MISC)],
        &[(2, 5, ORG)],
    ),
    (
        "a suffix typed alone keeps a frequent first word out",
        &["Copyright", "Quill", "Media", "Ltd."],
        CaseMode::Normal,
        &[(3, 4, MISC)],
        &[(1, 4, ORG)],
    ),
    (
        "a suffix typed alone after a lower-case word is left",
        &["the", "new", "Ltd."],
        CaseMode::Normal,
        &[(2, 3, MISC)],
        &[(2, 3, MISC)],
    ),
    (
        "AG after a company joins it",
        &["Kassler", "AG", "walked", "away", "."],
        CaseMode::Normal,
        &[(0, 1, ORG)],
        &[(0, 2, ORG)],
    ),
    (
        "SA after a place is a state, not a suffix",
        &["in", "Adelaide", "SA", "on", "Monday", "."],
        CaseMode::Normal,
        &[(1, 2, LOC)],
        &[(1, 2, LOC)],
    ),
    (
        "a place before Inc stays a place",
        &["part", "of", "Future", "US", "Inc", "."],
        CaseMode::Normal,
        &[(3, 4, LOC)],
        &[(3, 4, LOC)],
    ),
    (
        "a nationality before Ltd stays a nationality",
        &["a", "British", "Ltd", "company", "."],
        CaseMode::Normal,
        &[(1, 2, NORP)],
        &[(1, 2, NORP)],
    ),
    (
        "a drawn-out word is no name",
        &[
            "Loooool", "that", "was", "GWOOOOD", "SHIIIIT", "!", "AAA", "titles",
        ],
        CaseMode::Normal,
        &[(0, 1, ORG), (3, 5, ORG), (6, 7, ORG)],
        &[(6, 7, ORG)],
    ),
    (
        "roman numerals and doubled letters stay names",
        &[
            "Henry", "VIII", "met", "Anna", "Bell", "at", "Title", "III", ".",
        ],
        CaseMode::Normal,
        &[(0, 2, PER), (3, 5, PER), (6, 8, MISC)],
        &[(0, 2, PER), (3, 5, PER), (6, 8, MISC)],
    ),
    (
        "a name after a kind of organisation is one",
        &[
            "media",
            "regulator",
            "Ofcom",
            "and",
            "the",
            "airline",
            "Flybe",
            "said",
            ".",
        ],
        CaseMode::Normal,
        &[(2, 3, PER), (6, 7, LOC)],
        &[(2, 3, ORG), (6, 7, ORG)],
    ),
    (
        "a listed first name after a kind of organisation stays a person",
        &[
            "the", "charity", "Mary", "set", "up", "and", "the", "firm", "'s", "Ravi", "Menon", ".",
        ],
        CaseMode::Normal,
        &[(2, 3, PER), (9, 11, PER)],
        &[(2, 3, PER), (9, 11, PER)],
    ),
    (
        "a word the tagger left out after a kind of organisation is one",
        &[
            "payments",
            "startup",
            "Zellipay",
            ",",
            "and",
            "the",
            "airline",
            "Skyvane",
            "cancelled",
            "flights",
            ".",
        ],
        CaseMode::Normal,
        &[],
        &[(2, 3, ORG), (7, 8, ORG)],
    ),
    (
        "frequent words, weekdays and titles after a kind of organisation are left",
        &[
            "the",
            "bank",
            "Holiday",
            "rush",
            ",",
            "the",
            "company",
            "Monday",
            "and",
            "the",
            "firm",
            "President",
            "spoke",
            ".",
        ],
        CaseMode::Normal,
        &[],
        &[],
    ),
    (
        "a run of capitalised words after a kind of organisation is left to the tagger",
        &["the", "carmaker", "Velmora", "Dynamics", "said", "so", "."],
        CaseMode::Normal,
        &[],
        &[],
    ),
    (
        "a word after a kind of organisation in a title-case line is left",
        &["Airline", "Skyvane", "Cancels", "Flights"],
        CaseMode::Title,
        &[],
        &[],
    ),
    (
        "a capitalised kind word and a group word are left",
        &[
            "the", "Bank", "Rossiter", "and", "the", "union", "Welsh", "members", ".",
        ],
        CaseMode::Normal,
        &[(1, 3, ORG), (6, 7, NORP)],
        &[(1, 3, ORG), (6, 7, NORP)],
    ),
];

#[test]
fn organisation_shapes() {
    check_repairs(CASES);
}

const ACRONYMS: &[RepairCase] = &[
    (
        "an acronym in brackets after its organisation is a name of the same type",
        &[
            "the",
            "National",
            "Health",
            "Service",
            "(",
            "NHS",
            ")",
            "is",
            "stretched",
            ".",
        ],
        CaseMode::Normal,
        &[(1, 4, ORG)],
        &[(1, 4, ORG), (5, 6, ORG)],
    ),
    (
        "connectives are no initials",
        &[
            "the",
            "Competition",
            "and",
            "Markets",
            "Authority",
            "(",
            "CMA",
            ")",
            "said",
            ".",
        ],
        CaseMode::Normal,
        &[(1, 5, ORG)],
        &[(1, 5, ORG), (6, 7, ORG)],
    ),
    (
        "an acronym of other letters is left",
        &[
            "the", "National", "Health", "Service", "(", "BBC", ")", "said", ".",
        ],
        CaseMode::Normal,
        &[(1, 4, ORG)],
        &[(1, 4, ORG)],
    ),
    (
        "a bracketed word that is no acronym is left",
        &[
            "the", "Harbour", "Trust", "(", "HT2", ")", "and", "Harbour", "Trust", "(", "Ht", ")",
            ".",
        ],
        CaseMode::Normal,
        &[(1, 3, ORG), (7, 9, ORG)],
        &[(1, 3, ORG), (7, 9, ORG)],
    ),
    (
        "a plural acronym names a kind of thing",
        &[
            "the",
            "Global",
            "Depositary",
            "Receipts",
            "(",
            "GDRs",
            ")",
            "rose",
            ".",
        ],
        CaseMode::Normal,
        &[(1, 4, ORG)],
        &[(1, 4, ORG)],
    ),
    (
        "an acronym after a name of another type is left",
        &[
            "the",
            "Intelligent",
            "Network",
            "(",
            "IN",
            ")",
            "software",
            ".",
        ],
        CaseMode::Normal,
        &[(1, 3, MISC)],
        &[(1, 3, MISC)],
    ),
    (
        "an acronym the tagger found keeps its span",
        &["the", "National", "Health", "Service", "(", "NHS", ")", "."],
        CaseMode::Normal,
        &[(1, 4, ORG), (5, 6, MISC)],
        &[(1, 4, ORG), (5, 6, MISC)],
    ),
];

#[test]
fn acronyms_in_brackets() {
    check_repairs(ACRONYMS);
}

const HEADS_AFTER: &[RepairCase] = &[
    (
        "a council after a name typed a place",
        &[
            "the", "vote", "at", "Quarnby", "City", "Council", "on", "Tuesday",
        ],
        CaseMode::Normal,
        &[(3, 5, LOC)],
        &[(3, 6, ORG)],
    ),
    (
        "a city after a college",
        &["researchers", "at", "Velmont", "College", "London", "said"],
        CaseMode::Normal,
        &[(2, 4, ORG)],
        &[(2, 5, ORG)],
    ),
    (
        "a nation after an acronym",
        &["the", "QRX", "England", "board", "met"],
        CaseMode::Normal,
        &[(1, 2, ORG)],
        &[(1, 3, ORG)],
    ),
    (
        "a person's name before an institution's head is the institution's (ent36)",
        &["a", "gift", "from", "Ada", "Marlow", "Foundation", "staff"],
        CaseMode::Normal,
        &[(3, 5, PER)],
        &[(3, 6, ORG)],
    ),
    (
        "a competition's head stays out",
        &[
            "a", "game", "in", "the", "Quarnby", "League", "on", "Monday",
        ],
        CaseMode::Normal,
        &[(4, 5, LOC)],
        &[(4, 5, LOC)],
    ),
    (
        "a head before another capitalised word",
        &["at", "Quarnby", "Council", "House", "today"],
        CaseMode::Normal,
        &[(1, 2, LOC)],
        &[(1, 2, LOC)],
    ),
    (
        "a city after a name without a head",
        &["shares", "in", "Velmont", "London", "rose"],
        CaseMode::Normal,
        &[(2, 3, ORG)],
        &[(2, 3, ORG)],
    ),
];

#[test]
fn heads_after_names_cases() {
    check_repairs(HEADS_AFTER);
}
