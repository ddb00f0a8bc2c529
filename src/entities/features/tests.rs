use super::*;

#[test]
fn case_modes() {
    let cases: &[(&str, &[&str], CaseMode)] = &[
        (
            "body text",
            &["The", "minister", "said", "it", "rained"],
            CaseMode::Normal,
        ),
        (
            "all caps headline",
            &["FLOODS", "HIT", "LISBON", "."],
            CaseMode::AllCaps,
        ),
        (
            "title case headline",
            &["Minister", "Signs", "Deal", "With", "Lisbon"],
            CaseMode::Title,
        ),
        ("single caps word", &["LISBON"], CaseMode::Normal),
        ("empty", &[], CaseMode::Normal),
    ];
    for (name, words, want) in cases {
        assert_eq!(case_mode(words), *want, "{name}");
    }
}

#[test]
fn shapes_of_words() {
    let cases = [
        ("title", "Sunak", "Xxxxx", "Xx"),
        ("acronym", "ECHR", "XXXX", "X"),
        ("number", "1,335", "d,ddd", "d,d"),
        ("abbreviation", "U.S.", "X.X.", "X.X."),
        ("cjk", "東京", "oo", "o"),
    ];
    for (name, word, long, short) in cases {
        assert_eq!(shapes(word), (hash_str(long), hash_str(short)), "{name}");
    }
}

#[test]
fn intrinsic_and_context_features_make_the_token_features() {
    let lex = super::super::lexicon::get();
    let cases: &[(&str, &[&str])] = &[
        (
            "body text",
            &[
                "Ada",
                "Marlow",
                "told",
                "Lisbon",
                "officials",
                "she",
                "agreed",
                ".",
            ],
        ),
        ("headline", &["FLOODS", "HIT", "NORTH", "MACEDONIA"]),
        ("one word", &["Lisbon"]),
    ];
    for (name, words) in cases {
        let infos = sentence_infos(lex, words);
        let mode = case_mode(words);
        let doc = DocContext::new(&[(infos.clone(), mode)]);
        for i in 0..infos.len() {
            let mut whole = Vec::new();
            token_features(&infos, i, mode, &doc, &mut whole);
            let mut parts = Vec::new();
            intrinsic_features(&infos[i], i == 0, mode, &doc, &mut parts);
            context_features(&infos, i, mode, &mut parts);
            whole.sort_unstable();
            parts.sort_unstable();
            assert_eq!(whole, parts, "{name}: token {i}");
        }
    }
}

#[test]
fn features_are_deterministic_and_case_insensitive_in_caps_mode() {
    let lex = super::super::lexicon::Lexicon::new("", "");
    let run = |words: &[&str]| {
        let infos = sentence_infos(&lex, words);
        let mode = case_mode(words);
        let doc = DocContext::new(&[(infos.clone(), mode)]);
        let (mut out, mut off) = (Vec::new(), Vec::new());
        sentence_features(&infos, mode, &doc, &mut out, &mut off);
        (out, off)
    };
    let a = run(&["Floods", "hit", "Lisbon"]);
    assert_eq!(a, run(&["Floods", "hit", "Lisbon"]));
    assert_eq!(a.1.len(), 4);
    let caps = run(&["FLOODS", "HIT", "LISBON"]);
    // The lower-cased word feature is shared between the two casings.
    assert!(caps.0.contains(&feat(LOWER, hash_str("lisbon"), 0)));
    assert!(a.0.contains(&feat(LOWER, hash_str("lisbon"), 0)));
}
