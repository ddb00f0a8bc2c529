use super::*;

fn small() -> Lexicon {
    Lexicon::new(
        "COUNTRY\tNorth Macedonia\nCITY\tSan Marino\nCOUNTRY\tSan Marino\nNORP\tMacedonian\nFIRST\tRosa\nbad line\n",
        "the\nof\nmarino\n",
    )
}

#[test]
fn marks_whole_token_phrases_only() {
    let lex = small();
    type Case = (&'static str, &'static [&'static str], &'static [Marks]);
    let cases: &[Case] = &[
        (
            "two-token country",
            &["in", "north", "macedonia", "."],
            &[0, 1 << 0, 1 << 2, 0],
        ),
        (
            "two classes at once",
            &["san", "marino"],
            &[1 << 0 | 1 << 8, 1 << 2 | 1 << 10],
        ),
        ("unit", &["rosa"], &[1 << 19]),
        ("part of a longer word is no match", &["rosalind"], &[0]),
        ("empty sentence", &[], &[]),
    ];
    for (name, words, want) in cases {
        assert_eq!(lex.marks(words), want.to_vec(), "{name}");
    }
}

#[test]
fn marks_only_name_like_runs() {
    let lex = small();
    let words = ["Rosa", "met", "rosa", "in", "North", "Macedonia"];
    let lowered = Lowered::new(&words);
    let hashes: Vec<u64> = (0..words.len()).map(|i| hash_str(lowered.get(i))).collect();
    let name_like: Vec<bool> = words
        .iter()
        .map(|w| w.starts_with(char::is_uppercase))
        .collect();
    let mut m = Vec::new();
    lex.marks_in_names(&name_like, &lowered, &hashes, &mut m);
    assert_eq!(m, vec![1 << 19, 0, 0, 0, 1 << 0, 1 << 2]);
}

#[test]
fn fast_normalisation_matches_the_tokenizer() {
    let cases = [
        ("plain", "North Macedonia", true),
        ("one word", "Lisbon", true),
        ("accent", "A Coruña", false),
        ("hyphen", "Abomey-Calavi", false),
        ("double space", "San  Marino", false),
        ("trailing space", "Oslo ", false),
        ("full stop", "St. Louis", false),
        ("empty", "", false),
    ];
    for (name, phrase, plain) in cases {
        assert_eq!(is_plain_phrase(phrase), plain, "{name}");
        assert_eq!(
            normalise_phrase(phrase),
            normalise_phrase_tokenized(phrase),
            "{name}"
        );
    }
    for line in GAZETTEERS.lines().chain(HEADS.lines()) {
        let phrase = line.split_once('\t').map_or(line, |(_, p)| p);
        assert_eq!(
            normalise_phrase(phrase),
            normalise_phrase_tokenized(phrase),
            "{line}"
        );
    }
}

#[test]
fn lines_split_as_str_lines() {
    let cases = [
        ("empty", ""),
        ("one", "a"),
        ("trailing newline", "a\nb\n"),
        ("blank lines", "\n\na\n\n"),
        ("crlf", "a\r\nb\r\n"),
        ("lone cr", "a\rb\r"),
    ];
    for (name, text) in cases {
        assert_eq!(
            text_lines(text).collect::<Vec<_>>(),
            text.lines().collect::<Vec<_>>(),
            "{name}"
        );
    }
}

#[test]
fn frequency_classes() {
    let lex = small();
    assert_eq!(lex.freq_class("the"), 0);
    assert_eq!(lex.freq_class("zyzzyva"), FREQ_CLASSES - 1);
}

#[test]
fn shipped_lexicon_loads() {
    let lex = get();
    let m = lex.marks(&["turkish", "police"]);
    assert!(m[0] & (1 << (4 * NORP_CLASS + 3)) != 0);
    assert!(lex.freq_class("police") < FREQ_CLASSES - 1);
}

#[test]
fn sections_read_as_classed_lines() {
    let words = [
        "oslo", "sofia", "sofia", "van", "der", "berg", "turkish", "police",
    ];
    let sectioned = Lexicon::from_parts(
        &["CITY\t\nOslo\nSofia\nFIRST\t\nSofia\nAnouk van der Berg\nNORP\t\nTurkish\n"],
        "",
    );
    let classed = Lexicon::from_parts(
        &["CITY\tOslo\nCITY\tSofia\nFIRST\tSofia\nFIRST\tAnouk van der Berg\nNORP\tTurkish\n"],
        "",
    );
    assert_eq!(sectioned.marks(&words), classed.marks(&words));
    assert!(
        sectioned.marks(&["oslo"])[0] != 0,
        "a phrase in a section is marked"
    );
    // A line before any section, or under a class that is not known, marks nothing.
    let stray = Lexicon::from_parts(&["Oslo\nNOSUCH\t\nSofia\n"], "");
    assert_eq!(stray.marks(&["oslo", "sofia"]), vec![0, 0]);
}

/// The native lexicon is the build script's frozen file: it must hold exactly the maps that
/// reading the shipped texts gives (the WASM's lexicon), key for key.
#[test]
#[cfg(not(target_arch = "wasm32"))]
fn frozen_lexicon_is_the_lexicon_of_the_texts() {
    let frozen = Lexicon::frozen(FROZEN).expect("the build script wrote a frozen lexicon");
    let read = with_heads(HEADS);
    assert!(read.sizes().iter().all(|&n| n > 1000), "{:?}", read.sizes());
    assert_eq!(frozen.sizes(), read.sizes());
    for (f, r) in [
        (&frozen.words, &read.words),
        (&frozen.phrases, &read.phrases),
        (&frozen.freq, &read.freq),
    ] {
        let entries = r.entries();
        assert_eq!(f.entries(), entries);
        for (key, value) in entries {
            assert_eq!(f.get(key), Some(value), "{key:#x}");
        }
        // Keys that are not there (a neighbour of each key) are not found.
        for (key, _) in r.entries().into_iter().take(2000) {
            let other = key.wrapping_add(1);
            assert_eq!(f.get(other), r.get(other));
        }
    }
    assert!(get().sizes() == read.sizes());
}

#[test]
#[cfg(not(target_arch = "wasm32"))]
fn frozen_tables_round_trip() {
    use std::collections::HashMap;
    let mut maps: [HashMap<u64, u16, crate::entities::features::HashBuild>; 3] = Default::default();
    // Key 0, keys that share their first slot, the top key, an empty map.
    maps[0].extend([
        (0, 7),
        (1, 1),
        (2, 2),
        (u64::MAX, 9),
        (1 << 63, 3),
        ((1 << 63) + 1, 4),
    ]);
    maps[1].extend((1..=1000u64).map(|k| (k.wrapping_mul(0x9E37_79B9_7F4A_7C15), k as u16)));
    let bytes: &'static [u8] = table::freeze_all([&maps[0], &maps[1], &maps[2]]).leak();
    let tables = table::thaw(bytes).expect("thaws");
    for (t, m) in tables.iter().zip(&maps) {
        assert_eq!(t.n_keys(), m.len());
        for (&k, &v) in m {
            assert_eq!(t.get(k), Some(v));
        }
        assert_eq!(t.get(12345), m.get(&12345).copied());
    }
    assert!(
        table::thaw(&bytes[..bytes.len() - 1]).is_none(),
        "truncated"
    );
    assert!(table::thaw(b"GLOSSNER").is_none(), "not a lexicon");
}

/// The committed lists, one entry a line, as `scripts/gazetteers/build.py` writes them.
const GAZETTEERS: &str = include_str!("../../../generated/entities/gazetteers.tsv");
const WORDFREQ: &str = include_str!("../../../generated/entities/wordfreq.txt");

/// The packed lists the library ships give the maps of the committed lists, key for key.
#[test]
fn packed_lists_give_the_maps_of_the_plain_lists() {
    let plain = maps(&[GAZETTEERS, HEADS], WORDFREQ);
    let packed = packed_maps(PACKED_GAZETTEERS, &[HEADS], PACKED_WORDFREQ);
    assert!(plain.words.len() > 50_000 && plain.freq.len() == 30_000);
    assert!(plain.words == packed.words, "words");
    assert!(plain.phrases == packed.phrases, "phrases");
    assert!(plain.freq == packed.freq, "frequency classes");
    assert!(PACKED_GAZETTEERS.len() * 10 < GAZETTEERS.len() * 7);
}

#[test]
fn packing_round_trips() {
    // Sections out of order, an inline line, a repeat, shared prefixes longer than nine bytes,
    // a prefix ending inside a character, a phrase starting with a digit, a CRLF line.
    let gazetteers = "REGION\t\nÎle-de-France\nÎlha\nCITY\t\nSan Sebastián de los Reyes\n\
                      San Sebastián\nSan Sebastián\n6th of October City\r\nFIRST\tSofia\n";
    let words = (0..20_000)
        .map(|i| format!("w{i}"))
        .collect::<Vec<_>>()
        .join("\n");
    let plain = maps(&[gazetteers], &words);
    let packed = packed_maps(
        &packed::pack_gazetteers(gazetteers),
        &[],
        &packed::pack_wordfreq(&words),
    );
    assert!(plain.words == packed.words && plain.phrases == packed.phrases);
    assert!(plain.freq == packed.freq);
    let mut entries = Vec::new();
    packed::for_each_entry(&packed::pack_gazetteers(gazetteers), |h, e| {
        entries.push(format!("{h}{e}"))
    });
    assert_eq!(
        entries,
        [
            "CITY\t6th of October City",
            "CITY\tSan Sebastián",
            "CITY\tSan Sebastián de los Reyes",
            "FIRST\tSofia",
            "REGION\tÎle-de-France",
            "REGION\tÎlha",
        ]
    );
}

#[test]
fn damaged_packed_lines_are_skipped() {
    let mut entries = Vec::new();
    // Claims more than the entry before has; splits "é"; no header; not a digit.
    packed::for_each_entry("0abc\n9x\n0é\n1y\nCITY\t\n0Oslo\n2sz", |h, e| {
        entries.push(format!("{h}|{e}"))
    });
    assert_eq!(entries, ["|abc", "|é", "CITY\t|Oslo", "CITY\t|Ossz"]);
}

/// [`name_runs`] as it was first written: each token's eligibility tested in turn.
fn name_runs_plain(name_like: &[bool], n: usize) -> Vec<Range<usize>> {
    let like = |i: usize| name_like.get(i).copied().unwrap_or(false);
    let eligible = |i: usize| like(i) || (i > 0 && like(i - 1) && like(i + 1));
    let (mut out, mut i) = (Vec::new(), 0);
    loop {
        while i < n && !eligible(i) {
            i += 1;
        }
        if i >= n {
            return out;
        }
        let start = i;
        while i < n && eligible(i) {
            i += 1;
        }
        out.push(start..i);
    }
}

#[test]
fn name_runs_match_the_plain_scan() {
    // Random flags (sparse and dense), with `n` below, at and beyond their length; and every
    // pattern of eight flags.
    let mut rng = crate::test_rng::XorShift::new(0x9E37_79B9_7F4A_7C15);
    let mut next = |m: u64| rng.next_u64() % m;
    for round in 0..20_000 {
        let len = (round % 37) as usize;
        let share = next(10);
        let like: Vec<bool> = (0..len).map(|_| next(10) < share).collect();
        let n = match round % 3 {
            0 => len,
            1 => len.saturating_sub(next(4) as usize),
            _ => len + next(3) as usize,
        };
        let got: Vec<_> = name_runs(&like, n).collect();
        assert_eq!(got, name_runs_plain(&like, n), "{like:?} n={n}");
    }
    for bits in 0..256u32 {
        let like: Vec<bool> = (0..8).map(|k| bits >> k & 1 == 1).collect();
        let got: Vec<_> = name_runs(&like, 8).collect();
        assert_eq!(got, name_runs_plain(&like, 8), "{like:?}");
    }
}

/// [`first_true`] finds what a walk a `bool` at a time finds: every length up to 40 (the
/// chunks of eight and their remainder), with the `true`s anywhere or nowhere.
#[test]
fn first_true_matches_the_plain_walk() {
    for n in 0..41usize {
        for seed in 0..64usize {
            let bools: Vec<bool> = (0..n)
                .map(|i| (i * 7 + seed * 13 + i * i * seed) % (seed % 9 + 2) == 0 && seed % 5 != 0)
                .collect();
            for from in 0..=n {
                let rest = &bools[from..];
                assert_eq!(
                    first_true(rest),
                    rest.iter().position(|&b| b),
                    "{bools:?} {from}"
                );
            }
        }
    }
}
