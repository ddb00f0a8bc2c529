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
