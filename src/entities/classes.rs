//! Named tables of made-up cases, one per error class of the entity layer (issue 13, items 1–7):
//! every name, company and place in them is invented or generic. Each case says which names
//! must be found with which type, which strings must not be (or be inside) a name, and which
//! mentions must link to which canonical name.

use std::collections::HashSet;

use super::{annotate, find};

struct Case {
    name: &'static str,
    text: &'static str,
    /// (exact name text, type) that must be found.
    has: &'static [(&'static str, &'static str)],
    /// Strings no name may be or contain.
    not: &'static [&'static str],
    /// (mention text, canonical name) links that must hold for every such mention.
    links: &'static [(&'static str, &'static str)],
}

const TITLES: &[Case] = &[
    Case {
        name: "us-style mr linked to full name",
        text: "John Tarrow, the finance chief, resigned. Mr. Tarrow said he was proud.",
        has: &[("John Tarrow", "PER"), ("Tarrow", "PER")],
        not: &["Mr."],
        links: &[("Tarrow", "John Tarrow")],
    },
    Case {
        name: "uk-style ms linked to full name",
        text: "Harriet Vale won the seat in May. Ms Vale thanked her volunteers.",
        has: &[("Harriet Vale", "PER"), ("Vale", "PER")],
        not: &["Ms"],
        links: &[("Vale", "Harriet Vale")],
    },
    Case {
        name: "honorific before an unknown surname",
        text: "The inquiry heard from Dr Okonjo-Brandt and Mrs Pellew on Tuesday.",
        has: &[("Okonjo-Brandt", "PER"), ("Pellew", "PER")],
        not: &["Dr", "Mrs"],
        links: &[],
    },
    Case {
        name: "political titles stay outside the span",
        text: "Prime Minister Ilse Varga met Sen. Corwin Dale and Gov. Abel Frost in the capital.",
        has: &[
            ("Ilse Varga", "PER"),
            ("Corwin Dale", "PER"),
            ("Abel Frost", "PER"),
        ],
        not: &["Prime", "Minister", "Sen.", "Gov."],
        links: &[],
    },
    Case {
        name: "sir and lord",
        text: "Sir Edwin Harrowgate spoke after Lord Pemberley. Harrowgate later left.",
        has: &[("Edwin Harrowgate", "PER"), ("Pemberley", "PER")],
        not: &["Sir", "Lord"],
        links: &[("Harrowgate", "Edwin Harrowgate")],
    },
    Case {
        name: "a title alone is never a name",
        text: "The President said the Minister would answer questions from the Senator.",
        has: &[],
        not: &["President", "Minister", "Senator"],
        links: &[],
    },
];

const NON_NAMES: &[Case] = &[
    Case {
        name: "sentence adverbs and connectives",
        text: "Moreover, the talks stalled. However, officials stayed. Meanwhile, prices rose.",
        has: &[],
        not: &["Moreover", "However", "Meanwhile"],
        links: &[],
    },
    Case {
        name: "plural common nouns at sentence start",
        text: "Traders sold the bonds. Analysts expected a cut. Investors waited.",
        has: &[],
        not: &["Traders", "Analysts", "Investors"],
        links: &[],
    },
    Case {
        name: "page labels",
        text:
            "Graphic: how the vote split\nPhoto: crowds in the square\nFactbox: what happens next",
        has: &[],
        not: &["Graphic", "Photo", "Factbox"],
        links: &[],
    },
    Case {
        name: "page actions",
        text: "Sign up for the Morning Brief\nSubscribe to our newsletter\nShare this story",
        has: &[],
        not: &["Sign", "Subscribe", "Share"],
        links: &[],
    },
    Case {
        name: "abbreviated months and dates",
        text: "The vote is on Nov. 3 and the count ends in Sept. after a Dec. 12 hearing.",
        has: &[],
        not: &["Nov.", "Sept.", "Dec."],
        links: &[],
    },
    Case {
        name: "counted stages",
        text: "The trial entered Stage 3 after Phase 2 ended early.",
        has: &[],
        not: &["Stage", "Phase"],
        links: &[],
    },
];

const ONE_TYPE: &[Case] = &[
    Case {
        name: "person typed by the full name, not by initial mentions",
        text: "Teodor Wexley founded the firm in 1990.\nWexley sold it in 2004.\nWexley later taught.\n\
               Wexley declined to comment. The Wexley Foundation gives grants.",
        has: &[("Teodor Wexley", "PER"), ("Wexley Foundation", "ORG")],
        not: &[],
        links: &[("Wexley", "Teodor Wexley")],
    },
    Case {
        name: "a title fixes the type of all mentions",
        text: "Brannock spoke first. Brannock then left. Mr Brannock returned at noon.",
        has: &[("Brannock", "PER")],
        not: &[],
        links: &[],
    },
    Case {
        name: "a company suffix fixes the type",
        text: "Quillmere Inc said profits rose. Quillmere shares fell. Quillmere hired staff.",
        has: &[("Quillmere Inc", "ORG")],
        not: &[],
        links: &[("Quillmere", "Quillmere Inc")],
    },
];

const PLACES_AND_FACILITIES: &[Case] = &[
    Case {
        name: "facility head words are places",
        text: "Flights left Dunmore Airport for the new Kestrel Stadium near Ashby Bridge.",
        has: &[
            ("Dunmore Airport", "LOC"),
            ("Kestrel Stadium", "LOC"),
            ("Ashby Bridge", "LOC"),
        ],
        not: &[],
        links: &[],
    },
    Case {
        name: "institution head words are organisations",
        text: "She studied at Harlow University and worked for the Fenwick Foundation.",
        has: &[("Harlow University", "ORG"), ("Fenwick Foundation", "ORG")],
        not: &[],
        links: &[],
    },
    Case {
        name: "a place name whose shares trade is a company",
        text: "Dunmore shares fell 4 per cent after Kestrel's stock rose in Lisbon.",
        has: &[("Dunmore", "ORG"), ("Kestrel", "ORG"), ("Lisbon", "LOC")],
        not: &[],
        links: &[],
    },
    Case {
        name: "a city's club in a result is an organisation",
        text: "Ulmbridge 2 Carrow 1",
        has: &[("Ulmbridge", "ORG"), ("Carrow", "ORG")],
        not: &[],
        links: &[],
    },
    Case {
        name: "a country as a place",
        text: "Exports from Portugal rose while Germany cut its imports.",
        has: &[("Portugal", "LOC"), ("Germany", "LOC")],
        not: &[],
        links: &[],
    },
    Case {
        name: "an organisation head followed by of opens an organisation",
        text: "Officials at the Bureau of Coastal Surveys said the tide was late.",
        has: &[("Bureau of Coastal Surveys", "ORG")],
        not: &[],
        links: &[],
    },
    Case {
        name: "a force named after a people is an organisation",
        text: "Officers of the Vantorian National Police arrested two men on Friday.",
        has: &[("Vantorian National Police", "ORG")],
        not: &[],
        links: &[],
    },
    Case {
        name: "natural places by their head word",
        text: "Ferries crossed the Marlish Channel before the storm reached the Gulf of Oranto.",
        has: &[("Marlish Channel", "LOC"), ("Gulf of Oranto", "LOC")],
        not: &[],
        links: &[],
    },
];

/// Given names from many countries, found through the wider first-name list (surnames made up).
const GIVEN_NAMES: &[Case] = &[
    Case {
        name: "south asian given names",
        text: "Rishi Pellham said on Monday that Priyanka Vellacott would lead the review.",
        has: &[("Rishi Pellham", "PER"), ("Priyanka Vellacott", "PER")],
        not: &[],
        links: &[],
    },
    Case {
        name: "west african given name at the start of a sentence",
        text: "Oluwaseun Tarrance won the seat. Tarrance thanked the voters.",
        has: &[("Oluwaseun Tarrance", "PER"), ("Tarrance", "PER")],
        not: &[],
        links: &[("Tarrance", "Oluwaseun Tarrance")],
    },
];

const TABLES: &[Case] = &[
    Case {
        name: "all-caps game line",
        text: "BASEBALL - RESULTS\nBOSTON AT TORONTO\nDETROIT 4 CLEVELAND 2",
        has: &[("TORONTO", "ORG"), ("DETROIT", "ORG")],
        not: &["RESULTS", "AT", "BASEBALL"],
        links: &[],
    },
    Case {
        name: "standings headers",
        text: "EASTERN CONFERENCE\nW L PCT GB\nNew York 40 20 .667 -",
        has: &[],
        not: &["EASTERN", "CONFERENCE", "PCT"],
        links: &[],
    },
    Case {
        name: "all-caps headline keeps names",
        text: "MARLOW WINS IN LISBON AS RIVALS FALTER",
        has: &[("LISBON", "LOC")],
        not: &["WINS", "RIVALS"],
        links: &[],
    },
];

const SOCIAL: &[Case] = &[
    Case {
        name: "retweet marker and handle",
        text: "RT @danvale: so proud of the team today",
        has: &[],
        not: &["RT", "@danvale", "danvale"],
        links: &[],
    },
    Case {
        name: "hashtags are not names",
        text: "watching the final tonight #Lisbon #goals",
        has: &[],
        not: &["Lisbon", "#"],
        links: &[],
    },
    Case {
        name: "a name in a post is still found",
        text: "just met Ada Marlow at the station in Leeds !!",
        has: &[("Ada Marlow", "PER"), ("Leeds", "LOC")],
        not: &[],
        links: &[],
    },
];

const MULTI_PART: &[Case] = &[
    Case {
        name: "hyphenated first names",
        text: "Jean-Pierre Morel met Lee Kuan-yew in the capital.",
        has: &[("Jean-Pierre Morel", "PER"), ("Lee Kuan-yew", "PER")],
        not: &[],
        links: &[],
    },
    Case {
        name: "name particles",
        text: "Khalid bin Rashed met Anouk van der Berg and Tomas da Cunha on Monday.",
        has: &[
            ("Khalid bin Rashed", "PER"),
            ("Anouk van der Berg", "PER"),
            ("Tomas da Cunha", "PER"),
        ],
        not: &[],
        links: &[],
    },
    Case {
        name: "organisation names with of, for and and",
        text: "The Office for Budget and Planning and the Department of Water Resources met.",
        has: &[
            ("Office for Budget and Planning", "ORG"),
            ("Department of Water Resources", "ORG"),
        ],
        not: &[],
        links: &[],
    },
    Case {
        name: "two names joined by and stay two",
        text: "Talks between Portugal and Morocco resumed.",
        has: &[("Portugal", "LOC"), ("Morocco", "LOC")],
        not: &["Portugal and Morocco"],
        links: &[],
    },
    Case {
        name: "a span does not run on into a verb",
        text: "Omar arrived late. Omar Haddad said so.",
        has: &[("Omar Haddad", "PER")],
        not: &["Omar arrived"],
        links: &[],
    },
    Case {
        name: "possessives stay outside names",
        text: "Brackley Systems said Acme’s profits fell. Acme's rivals gained.",
        has: &[],
        not: &["’s", "'s", "Acme’", "Acme '"],
        links: &[],
    },
];

/// Nationalities and groups as nouns (GUM's NORP) and before a title (branch `entgen21`).
const GROUPS: &[Case] = &[
    Case {
        name: "plural nationality nouns no country lists",
        text: "Hundreds of Turks, Scots and Britons joined the march on Sunday.",
        has: &[("Turks", "NORP"), ("Scots", "NORP"), ("Britons", "NORP")],
        not: &[],
        links: &[],
    },
    Case {
        name: "plurals of demonyms ending in i",
        text: "Talks between Israelis and Yemenis resumed, and Iraqis were invited.",
        has: &[
            ("Israelis", "NORP"),
            ("Yemenis", "NORP"),
            ("Iraqis", "NORP"),
        ],
        not: &[],
        links: &[],
    },
    Case {
        name: "people of a place",
        text: "Londoners queued for hours, while Texans and New Yorkers stayed home.",
        has: &[
            ("Londoners", "NORP"),
            ("Texans", "NORP"),
            ("New Yorkers", "NORP"),
        ],
        not: &[],
        links: &[],
    },
    Case {
        name: "religious and political groups",
        text: "The vote split Libertarians from Methodists and Brexiteers.",
        has: &[
            ("Libertarians", "NORP"),
            ("Methodists", "NORP"),
            ("Brexiteers", "NORP"),
        ],
        not: &[],
        links: &[],
    },
    Case {
        name: "a place's people look-alikes stay common words",
        text: "The stall sold hamburgers to bathers near the harbour in Hamburg.",
        has: &[("Hamburg", "LOC")],
        not: &["hamburgers", "bathers"],
        links: &[],
    },
    Case {
        name: "a nationality before a title is cut off the person",
        text: "Welsh First Minister Eluned Caradog opened the bridge on Monday.",
        has: &[("Welsh", "NORP"), ("Eluned Caradog", "PER")],
        not: &["Minister"],
        links: &[],
    },
    Case {
        name: "a place before a title is cut off the person",
        text: "Quebec Premier Sylvain Bergeron-Lafleur said the plan would go ahead.",
        has: &[("Quebec", "LOC"), ("Sylvain Bergeron-Lafleur", "PER")],
        not: &["Premier"],
        links: &[],
    },
];

const TABLES_BY_CLASS: &[(&str, &[Case])] = &[
    ("titles", TITLES),
    ("non-names", NON_NAMES),
    ("one type", ONE_TYPE),
    ("places and facilities", PLACES_AND_FACILITIES),
    ("given names", GIVEN_NAMES),
    ("tables", TABLES),
    ("social", SOCIAL),
    ("multi-part", MULTI_PART),
    ("groups", GROUPS),
];

fn check(class: &str, case: &Case) -> Vec<String> {
    let text = case.text;
    let got: Vec<(String, &str)> = annotate(text)
        .iter()
        .map(|a| (a.text(text).to_string(), a.kind))
        .collect();
    let mut errors = Vec::new();
    let name = case.name;
    for (w, t) in case.has {
        if !got.iter().any(|(g, k)| g == w && k == t) {
            errors.push(format!(
                "{class} / {name}: expected {w} as {t}, got {got:?}"
            ));
        }
    }
    for w in case.not {
        if let Some((g, _)) = got.iter().find(|(g, _)| g.contains(w)) {
            errors.push(format!("{class} / {name}: {w:?} is inside the name {g:?}"));
        }
    }
    let found = find(text);
    for (mention, canonical) in case.links {
        let of: Vec<_> = found
            .iter()
            .filter(|f| text.get(f.span.clone()) == Some(*mention))
            .collect();
        if of.is_empty() || of.iter().any(|f| &*f.link.canonical != *canonical) {
            errors.push(format!(
                "{class} / {name}: {mention} should link to {canonical}, got {:?}",
                of.iter().map(|f| &f.link.canonical).collect::<Vec<_>>()
            ));
        }
    }
    errors
}

#[test]
fn error_classes_of_issue_13() {
    let errors: Vec<String> = TABLES_BY_CLASS
        .iter()
        .flat_map(|(class, cases)| cases.iter().flat_map(move |c| check(class, c)))
        .collect();
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

#[test]
fn case_names_are_unique_and_every_case_checks_something() {
    let mut seen = HashSet::new();
    for (_, cases) in TABLES_BY_CLASS {
        for c in *cases {
            assert!(seen.insert(c.name), "duplicate case name {}", c.name);
            assert!(
                !(c.has.is_empty() && c.not.is_empty() && c.links.is_empty()),
                "{} checks nothing",
                c.name
            );
        }
    }
}

#[test]
fn repairs_hold_on_long_lines_of_repeated_patterns() {
    // One sentence of thousands of names: each repair must still apply to every one (and the
    // repairs look names up by binary search, so this stays fast).
    let cases: [(&str, &str, &str, &str); 3] = [
        ("titles", "Mr Tarrow, ", "Tarrow", "PER"),
        ("particles", "Ada bin Vale, ", "Ada bin Vale", "PER"),
        (
            "organisation names",
            "the Office of Water Planning ",
            "Office of Water Planning",
            "ORG",
        ),
    ];
    for (name, unit, want, kind) in cases {
        let text = unit.repeat(2000);
        let got = annotate(&text);
        let hits = got
            .iter()
            .filter(|a| a.text(&text) == want && a.kind == kind)
            .count();
        assert!(hits >= 1900, "{name}: {hits} of 2000");
    }
}
