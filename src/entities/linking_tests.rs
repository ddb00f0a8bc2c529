//! The linking tests: made-up mentions, and the links with and without remembered words.

use super::*;
use crate::test_rng::XorShift;

fn m<'a>(text: &'a str, kind: &str) -> Mention<'a> {
    Mention {
        tokens: text.split(' ').collect::<Vec<_>>().into(),
        kind: TYPES.iter().position(|t| *t == kind).unwrap_or(0),
        weight: 1,
    }
}

#[test]
fn minor_words_match_the_lower_casing_test() {
    let plain = |w: &str| {
        matches!(
            w.to_lowercase().as_str(),
            "of" | "the"
                | "and"
                | "for"
                | "on"
                | "in"
                | "de"
                | "du"
                | "des"
                | "la"
                | "le"
                | "&"
                | "to"
        )
    };
    let words = [
        "of", "OF", "Of", "the", "THE", "tHe", "and", "And", "for", "on", "On", "in", "IN", "de",
        "De", "du", "des", "DES", "la", "La", "le", "&", "to", "To", "off", "o", "", "then",
        "ands", "th", "\u{212a}", "İn", "ın", "Ön", "ﬁ", "\u{130}n", "thé", "Bank", "England",
        "&&", "d", "tó",
    ];
    for w in words {
        assert_eq!(is_minor(w), plain(w), "{w:?}");
    }
}

#[test]
fn an_entity_only_unconfirmed_mentions_name_is_not_confirmed() {
    let weighed = |text: &'static str, weight: u32| Mention {
        weight,
        ..m(text, "ORG")
    };
    let links = link(&[
        weighed("Supreme Court", 0),
        weighed("Police Chief", 0),
        weighed("Supreme Court", 4),
    ]);
    let got: Vec<(u32, bool)> = links.iter().map(|l| (l.entity, l.confirmed)).collect();
    // The confirmed entity is numbered first; the other is numbered by no one.
    assert_eq!(got, [(1, true), (0, false), (1, true)]);
}

#[test]
fn a_mention_that_is_no_name_vetoes_its_entity() {
    let weighed = |text: &'static str, weight: u32| Mention {
        weight,
        ..m(text, "ORG")
    };
    let links = link(&[
        weighed("GDP", 4),
        weighed("GDP", crate::entities::rules::WEIGHT_NOT_A_NAME),
        weighed("Ofwat", 2),
        weighed("GDP", 12),
    ]);
    let got: Vec<(u32, bool)> = links.iter().map(|l| (l.entity, l.confirmed)).collect();
    // Every mention of the vetoed entity goes, before or after the veto; the other stays.
    assert_eq!(got, [(0, false), (0, false), (1, true), (0, false)]);
}

/// A mention written as an earlier one takes the entity its key would give: the links with
/// and without the words remembered are the same, on random mentions made of names, their
/// parts, case variants, a leading "the", acronyms and company suffixes, of every type and
/// weight, many repeated.
#[test]
fn remembered_words_link_as_their_keys_do() {
    let pool = [
        "Ada Marlow",
        "Marlow",
        "MARLOW",
        "Ada",
        "the Harbour Office",
        "Harbour Office",
        "HARBOUR OFFICE",
        "HO",
        "Trinova Minerals",
        "Trinova",
        "Trinova Minerals Inc",
        "Quillmere Inc",
        "Quillmere",
        "International Court of Justice",
        "ICJ",
        "I.C.J.",
        "Leeds United",
        "Leeds",
        "The Clarion",
        "the Clarion",
        "Ben Okafor",
        "Okafor",
        "Café Zürich",
        "CAFÉ ZÜRICH",
        "GDP",
        "Bank",
        "Northgate Bank",
    ];
    let mut rng = XorShift::new(0x2545_F491_4F6C_DD1D);
    let mut next = move || rng.next_u64();
    let weights = [0, 1, 2, 4, 12, crate::entities::rules::WEIGHT_NOT_A_NAME];
    for round in 0..400 {
        let n = (next() % 40) as usize + round % 3;
        let mentions: Vec<Mention> = (0..n)
            .map(|_| {
                let text = pool[(next() % pool.len() as u64) as usize];
                Mention {
                    weight: weights[(next() % weights.len() as u64) as usize],
                    ..m(text, TYPES[(next() % TYPES.len() as u64) as usize])
                }
            })
            .collect();
        assert_eq!(
            link_with(&mentions, true, ""),
            link_with(&mentions, false, ""),
            "{mentions:?}"
        );
    }
}

#[test]
fn links_mentions() {
    // (case name, mentions, expected (entity, canonical, type) per mention)
    type Case<'a> = (&'a str, Vec<Mention<'a>>, Vec<(u32, &'a str, &'a str)>);
    let cases: Vec<Case> = vec![
        (
            "surname after full name",
            vec![
                m("Ada Marlow", "PER"),
                m("Lisbon", "LOC"),
                m("Marlow", "PER"),
            ],
            vec![
                (1, "Ada Marlow", "PER"),
                (2, "Lisbon", "LOC"),
                (1, "Ada Marlow", "PER"),
            ],
        ),
        (
            "surname before full name, tagged as ORG",
            vec![m("Marlow", "ORG"), m("Ada Marlow", "PER")],
            vec![(1, "Ada Marlow", "PER"), (1, "Ada Marlow", "PER")],
        ),
        (
            "acronym after expansion",
            vec![m("International Court of Justice", "ORG"), m("ICJ", "ORG")],
            vec![
                (1, "International Court of Justice", "ORG"),
                (1, "International Court of Justice", "ORG"),
            ],
        ),
        (
            "acronym first, dotted",
            vec![
                m("I.C.J.", "ORG"),
                m("International Court of Justice", "ORG"),
            ],
            vec![
                (1, "International Court of Justice", "ORG"),
                (1, "International Court of Justice", "ORG"),
            ],
        ),
        (
            "leading the and letter case",
            vec![m("the Treasury Office", "ORG"), m("TREASURY OFFICE", "ORG")],
            vec![(1, "Treasury Office", "ORG"), (1, "Treasury Office", "ORG")],
        ),
        (
            "the in a title stays when it is capitalised",
            vec![m("The Clarion", "ORG")],
            vec![(1, "The Clarion", "ORG")],
        ),
        (
            "different people with different surnames stay apart",
            vec![
                m("Ada Marlow", "PER"),
                m("Ben Okafor", "PER"),
                m("Okafor", "PER"),
            ],
            vec![
                (1, "Ada Marlow", "PER"),
                (2, "Ben Okafor", "PER"),
                (2, "Ben Okafor", "PER"),
            ],
        ),
        (
            "person surname pulls a full name tagged ORG to PER",
            vec![m("Ada Marlow", "ORG"), m("Marlow", "PER")],
            vec![(1, "Ada Marlow", "PER"), (1, "Ada Marlow", "PER")],
        ),
        (
            "a surname used alone outvotes two full mentions tagged ORG",
            vec![
                m("Ada Marlow", "ORG"),
                m("Ada Marlow", "ORG"),
                m("Marlow", "PER"),
            ],
            vec![
                (1, "Ada Marlow", "PER"),
                (1, "Ada Marlow", "PER"),
                (1, "Ada Marlow", "PER"),
            ],
        ),
        (
            "an ORG's last word tagged ORG alone does not make it a person",
            vec![m("Northgate Bank", "ORG"), m("Bank", "ORG")],
            vec![(1, "Northgate Bank", "ORG"), (2, "Bank", "ORG")],
        ),
        (
            "majority type wins across mentions",
            vec![
                m("Harbour Office", "ORG"),
                m("Harbour Office", "PER"),
                m("the Harbour Office", "ORG"),
            ],
            vec![
                (1, "Harbour Office", "ORG"),
                (1, "Harbour Office", "ORG"),
                (1, "Harbour Office", "ORG"),
            ],
        ),
        (
            "a one-word ORG mention is not taken as a surname of an ORG name",
            vec![m("Harbour Office", "ORG"), m("Office", "ORG")],
            vec![(1, "Harbour Office", "ORG"), (2, "Office", "ORG")],
        ),
        (
            "an organisation's first word alone is the organisation",
            vec![m("Trinova Minerals", "ORG"), m("Trinova", "PER")],
            vec![
                (1, "Trinova Minerals", "ORG"),
                (1, "Trinova Minerals", "ORG"),
            ],
        ),
        (
            "a place's name is not taken for an organisation named after it",
            vec![m("Leeds United", "ORG"), m("Leeds", "LOC")],
            vec![(1, "Leeds United", "ORG"), (2, "Leeds", "LOC")],
        ),
        ("nothing", vec![], vec![]),
    ];
    for (name, mentions, want) in cases {
        let got: Vec<(u32, String, &str)> = link(&mentions)
            .into_iter()
            .map(|l| (l.entity, l.canonical.to_string(), type_name(l.kind)))
            .collect();
        let want: Vec<(u32, String, &str)> = want
            .into_iter()
            .map(|(e, c, t)| (e, c.to_string(), t))
            .collect();
        assert_eq!(got, want, "{name}");
    }
}

/// The buffer-reusing paths give what the plain ones give: [`insert_lower`] keys as
/// `to_lowercase` does (a final sigma too) and keeps the first entity; [`acronym_form`]'s early
/// "fewer than two capitals" answer agrees with the full test.
#[test]
fn reused_buffers_match_the_plain_forms() {
    let words = [
        "Marlow",
        "MARLOW",
        "ΟΔΥΣΣΕΥΣ",
        "Straße",
        "İstanbul",
        "ICJ",
        "I.C.J.",
        "A&B",
        "Ab",
        "aB",
        "A.b",
        "NATO",
        "É.U.",
        "x",
        "",
    ];
    let mut map = NameMap::default();
    let mut plain: HashMap<String, usize> = HashMap::new();
    let mut buf = String::new();
    for (e, w) in words.iter().enumerate() {
        insert_lower(&mut map, w, e, &mut buf);
        insert_lower(&mut map, w, e + 100, &mut buf);
        plain.entry(w.to_lowercase()).or_insert(e);
        plain.entry(w.to_lowercase()).or_insert(e + 100);
    }
    for w in words
        .iter()
        .flat_map(|w| [w.to_string(), w.to_lowercase(), format!("{w}x")])
    {
        assert_eq!(map.get(&w), plain.get(&w).copied(), "{w:?}");
    }
    let full = |w: &str| {
        let letters: String = w.chars().filter(|c| *c != '.' && *c != '&').collect();
        let upper = letters.chars().filter(|c| c.is_uppercase()).count();
        let n = letters.chars().count();
        ((2..=8).contains(&n)
            && upper >= 2
            && upper * 10 >= n * 7
            && letters.chars().all(char::is_alphabetic))
        .then(|| letters.to_uppercase())
    };
    for w in words {
        assert_eq!(acronym_form(&[w]), full(w), "{w:?}");
    }
}

/// The name hasher's last bytes gathered one by one give the word a copy into eight zeroed
/// bytes gave (the hashes, and so the maps' contents, as before), for keys of 0 to 40 bytes.
#[test]
fn name_hasher_reads_the_last_bytes_as_a_zeroed_copy() {
    fn copied(bytes: &[u8]) -> u64 {
        let mut h = NameHasher::default();
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut buf = [0u8; 8];
            buf.copy_from_slice(c);
            h.add(u64::from_le_bytes(buf));
        }
        let mut buf = [0u8; 8];
        let rest = chunks.remainder();
        buf[..rest.len()].copy_from_slice(rest);
        h.add(u64::from_le_bytes(buf) ^ (rest.len() as u64) << 59);
        h.finish()
    }
    let mut rng = XorShift::new(0x9e37_79b9_7f4a_7c15);
    for len in 0..=40 {
        for _ in 0..20 {
            let bytes: Vec<u8> = (0..len).map(|_| rng.next_u64() as u8).collect();
            let mut h = NameHasher::default();
            h.write(&bytes);
            assert_eq!(h.finish(), copied(&bytes), "{bytes:?}");
        }
    }
}

/// The name map keeps the first entity of each name, names of one hash chained; many names
/// answer as a `HashMap` with `entry(..).or_insert(..)`.
#[test]
fn name_map_is_a_map_of_first_entities() {
    let mut map = NameMap::default();
    map.insert_hashed(7, "alpha", 1);
    map.insert_hashed(7, "beta", 2);
    map.insert_hashed(7, "alpha", 3);
    map.insert_hashed(8, "alpha", 4);
    assert_eq!(map.find(7, "alpha"), Some(1));
    assert_eq!(map.find(7, "beta"), Some(2));
    assert_eq!(map.find(7, "gamma"), None);
    assert_eq!(map.find(8, "alpha"), Some(4));
    assert_eq!(map.find(9, "alpha"), None);
    let mut map = NameMap::default();
    let mut plain: HashMap<String, usize> = HashMap::new();
    let mut rng = XorShift::new(39);
    for e in 0..5000 {
        let name = format!("name {}", rng.next_u64() % 3000);
        map.insert_new(&name, e);
        plain.entry(name).or_insert(e);
    }
    for k in 0..3100 {
        let name = format!("name {k}");
        assert_eq!(map.get(&name), plain.get(&name).copied(), "{name}");
    }
    assert_eq!(map.get(""), None);
}

#[test]
fn a_surname_with_a_particle_links_to_the_person_in_either_case() {
    let mentions = vec![
        m("Annelies van Brakel", "PER"),
        m("Van Brakel", "MISC"),
        m("van Brakel", "PER"),
        m("Van Dyke", "PER"),
        m("Ali bin Hamad", "PER"),
        m("Bin Hamad", "ORG"),
    ];
    let links = link(&mentions);
    let got: Vec<(u32, &str)> = links.iter().map(|l| (l.entity, &*l.canonical)).collect();
    assert_eq!(
        got,
        vec![
            (1, "Annelies van Brakel"),
            (1, "Annelies van Brakel"),
            (1, "Annelies van Brakel"),
            (2, "Van Dyke"),
            (3, "Ali bin Hamad"),
            (3, "Ali bin Hamad"),
        ]
    );
    assert_eq!(type_name(links[1].kind), "PER");
}

#[test]
fn a_canonical_name_keeps_the_words_the_text_writes_together() {
    let text = "Staff of King's College London met Guy's and St Thomas' Trust.";
    // The tokenizer's words: slices of the text, "'s" apart from the word it follows.
    let words = |from: &str, lens: &[usize]| -> Vec<&str> {
        let mut at = text.find(from).unwrap_or(0);
        let mut out = Vec::new();
        for &len in lens {
            while text[at..].starts_with(' ') {
                at += 1;
            }
            out.push(&text[at..at + len]);
            at += len;
        }
        out
    };
    let mention = |tokens: Vec<&'static str>, kind| Mention {
        tokens: tokens.into(),
        kind,
        weight: 4,
    };
    let mentions = vec![
        mention(words("King", &[4, 2, 7, 6]), 1),
        mention(words("Guy", &[3, 2, 3, 2, 6, 1]), 1),
    ];
    assert_eq!(mentions[0].tokens.join("|"), "King|'s|College|London");
    let shown: Vec<String> = link_in(text, &mentions)
        .iter()
        .map(|l| l.canonical.to_string())
        .collect();
    assert_eq!(shown, ["King's College London", "Guy's and St Thomas'"]);
    // Without the text, words are joined by spaces, as before.
    assert_eq!(&*link(&mentions)[0].canonical, "King 's College London");
}
