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

/// The counts of [`CaseCounts`], one addition a word, judge a sentence as counting the words
/// one by one does (the rule as first written), on sentences of words of every case.
#[test]
fn case_counts_judge_as_the_plain_count() {
    fn plain(words: &[&str]) -> CaseMode {
        let (mut letters_words, mut upper_words, mut title_words) = (0u32, 0u32, 0u32);
        let mut has_lower = false;
        for w in words {
            if w.chars().filter(|c| c.is_alphabetic()).count() < 2 {
                continue;
            }
            letters_words += 1;
            if w.chars().any(char::is_lowercase) {
                has_lower = true;
            } else {
                upper_words += 1;
            }
            if w.chars().next().is_some_and(char::is_uppercase) {
                title_words += 1;
            }
        }
        if letters_words >= 2 && !has_lower && upper_words == letters_words {
            CaseMode::AllCaps
        } else if letters_words >= 4 && title_words * 10 >= letters_words * 8 {
            CaseMode::Title
        } else {
            CaseMode::Normal
        }
    }
    let pool: Vec<&str> =
        "The THE the a A I x1 X1 1,335 U.S. São SÃO são Zoë ΑΘΗΝΑ Αθήνα 東京 — . McDonald iPhone NEW York AB"
            .split(' ')
            .collect();
    let mut rng = crate::test_rng::XorShift::new(0x2545_F491_4F6C_DD1D);
    let mut seen = [0usize; 3];
    for _ in 0..20_000 {
        let x = rng.next_u64();
        let n = (x % 9) as usize;
        let words: Vec<&str> = (0..n)
            .map(|k| pool[((x >> (6 * k + 8)) % pool.len() as u64) as usize])
            .collect();
        let want = plain(&words);
        assert_eq!(case_mode(&words), want, "{words:?}");
        seen[want as usize] += 1;
    }
    assert!(seen.iter().all(|&n| n > 100), "every mode met: {seen:?}");
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
        assert_eq!(
            shapes(word, word.is_ascii()),
            (hash_str(long), hash_str(short)),
            "{name}"
        );
    }
}

/// The by-byte path of ASCII words gives the shapes, case and length the by-character one does.
#[test]
fn ascii_words_shape_as_their_characters_do() {
    let mut words: Vec<String> = (0u8..128).map(|b| format!("{}a", b as char)).collect();
    words.extend((0u8..128).map(|b| format!("Q{}9{}z", b as char, b as char)));
    let all: String = (0u8..128).map(char::from).collect();
    words.extend([all, String::new(), "x".repeat(300), "Ab1".repeat(20)]);
    // Every length up to 30 (shapes under eight bytes and longer ones), with runs of one shape
    // of every length.
    let mixed = "Ab1.-zZ9'xY";
    words.extend((0..=30).map(|n| mixed.chars().cycle().take(n).collect::<String>()));
    words.extend((0..=30).map(|n| format!("{}{}", "A".repeat(n), "b".repeat(30 - n))));
    for w in &words {
        assert!(w.is_ascii());
        let (mut long, mut short) = (Vec::new(), Vec::<u8>::new());
        for c in w.chars() {
            let s = shape_of_char(c);
            if long.len() < 12 {
                long.push(s);
            }
            if short.last() != Some(&s) && short.len() < 24 {
                short.push(s);
            }
        }
        assert_eq!(
            shapes(w, w.is_ascii()),
            (hash_bytes(&long), hash_bytes(&short)),
            "{w:?}"
        );
        let lower = w.to_lowercase();
        let info = WordInfo::new(w, &lower, hash_str(&lower));
        let upper = |c: char| c.is_uppercase();
        assert_eq!(
            info.capitalised,
            w.chars().next().is_some_and(upper),
            "{w:?}"
        );
        let like = w.chars().any(|c| upper(c) || c.is_ascii_digit());
        assert_eq!(info.name_like, like, "{w:?}");
        assert_eq!(usize::from(info.len), w.chars().count().min(255), "{w:?}");
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

#[test]
fn cached_infos_match_the_reference() {
    // Made-up sentences: gazetteer phrases of several words (also across a lower-case word),
    // pronouns, repeated words in other casings, non-ASCII, and a sentence that reuses every
    // word so that each comes from the cache.
    let lex = super::super::lexicon::get();
    let sentences: &[&[&str]] = &[
        &[
            "Dana", "Okafor", "flew", "to", "New", "York", "City", "and", "she", "said", "so",
        ],
        &["NEW", "YORK", "CITY", "HIT", "BY", "FLOODS"],
        &[
            "The", "Isle", "of", "Man", "and", "São", "Paulo", "met", "Zoë", "Ağca", ".",
        ],
        &[
            "new", "york", "Dana", "her", "himself", "he", "x", "1,335", "U.S.", "—",
        ],
        &["North", "Macedonia", "North", "Macedonia", "North"],
        &[],
    ];
    let mut scratch = InfoScratch::default();
    for round in 0..2 {
        for words in sentences {
            let want = reference_sentence_infos(lex, words);
            let got = sentence_infos_with(lex, words, &mut scratch);
            assert_eq!(got, want, "round {round}: {words:?}");
        }
    }
    let news = crate::entities::news_text::news(40_000);
    let tokens = crate::entities::tokenizer::tokenize_flat(&news);
    for sentence in tokens.sentences() {
        let words: Vec<&str> = sentence.iter().map(|r| &news[r.clone()]).collect();
        let want = reference_sentence_infos(lex, &words);
        assert_eq!(
            sentence_infos_with(lex, &words, &mut scratch),
            want,
            "{words:?}"
        );
    }
    // The entries and marks kept from the document scan give the same infos without reading
    // the words again.
    let mut scratch = InfoScratch::default();
    let mut doc = DocContext::default();
    let mut kept = Vec::new();
    let all: Vec<Vec<&str>> = tokens
        .sentences()
        .map(|s| s.iter().map(|r| &news[r.clone()]).collect())
        .chain(sentences.iter().map(|s| s.to_vec()))
        .collect();
    for words in &all {
        scratch.add_to_doc(lex, words, &mut doc);
        let entries: Vec<u16> = scratch
            .sentence_entries()
            .iter()
            .map(|&e| u16::try_from(e).expect("fewer entries than the cache holds"))
            .collect();
        kept.push((entries, scratch.sentence_marks().to_vec()));
    }
    assert_eq!(scratch.clears(), 0);
    assert!(kept.iter().any(|(_, m)| m.iter().any(|&m| m != 0)));
    for (words, (entries, marks)) in all.iter().zip(&kept) {
        let want = reference_sentence_infos(lex, words);
        let got = sentence_infos_from(entries, marks, &mut scratch);
        assert_eq!(got, want, "from entries: {words:?}");
    }
    // Appended one sentence after another into one list (a chunk's infos), each sentence's
    // part is its own infos: the pronoun sweep does not reach into the sentence before.
    let mut chunk = Vec::new();
    let mut want = Vec::new();
    for (words, (entries, marks)) in all.iter().zip(&kept) {
        sentence_infos_append(entries, marks, &mut scratch, &mut chunk);
        want.extend(reference_sentence_infos(lex, words));
        assert_eq!(chunk, want, "appended: {words:?}");
    }
    // An entry past the table (never made by the scan) gives no info, as the table-checked
    // loop gave none: the others' infos are the same, with the pronoun sweep over them.
    let n = scratch.n_words();
    for (words, (entries, marks)) in all.iter().zip(&kept).filter(|(w, _)| w.len() > 2) {
        let mut holed: Vec<u16> = entries.clone();
        holed.insert(1, u16::try_from(n).expect("fewer entries than u16 holds"));
        let mut holed_marks = marks.clone();
        holed_marks.insert(1, 0);
        let got = sentence_infos_from(&holed, &holed_marks, &mut scratch);
        let want = sentence_infos_from(entries, marks, &mut scratch);
        assert_eq!(got, want, "with an entry past the table: {words:?}");
    }
}

/// The hash as it was first written (the tail copied into a zeroed buffer): trained weights
/// refer to its values, so the faster tail must give the same ones for every length.
fn reference_hash(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let mut buf = [0u8; 8];
        buf.copy_from_slice(c);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(buf)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
    let mut buf = [0u8; 8];
    let rest = chunks.remainder();
    buf[..rest.len()].copy_from_slice(rest);
    h = (h.rotate_left(5) ^ u64::from_le_bytes(buf) ^ (bytes.len() as u64) << 56)
        .wrapping_mul(0x9E37_79B9_7F4A_7C15);
    fmix(h)
}

#[test]
fn hash_matches_the_first_definition() {
    let text = "Zoë Ağca met officials in São Paulo, 東京 and Lisbon: 1,335 ÿ\u{ff}\u{80}";
    for start in 0..12 {
        for end in start..text.len().min(start + 40) {
            let b = &text.as_bytes()[start..end];
            assert_eq!(hash_bytes(b), reference_hash(b), "{start}..{end}");
        }
    }
}

/// The neighbour features as one list, as they were written before the split into sides.
fn reference_context_features(infos: &[TokenInfo], i: usize, mode: CaseMode) -> Vec<u32> {
    let mut out = Vec::new();
    let t = &infos[i];
    let at = |d: isize| i.checked_add_signed(d).and_then(|j| infos.get(j));
    let lower_at = |d: isize| at(d).map_or(BOUNDARY, |x| x.lower);
    let shape_at = |d: isize| at(d).map_or(BOUNDARY, |x| x.spelling.short_shape);
    if mode == CaseMode::Normal {
        if let Some(p) = at(-1) {
            out.push(feat(WORD_AT, p.spelling.word, 0));
        }
        if let Some(n) = at(1) {
            out.push(feat(WORD_AT + 1, n.spelling.word, 0));
        }
    }
    out.push(feat(LOWER_PREV_SHAPE, lower_at(-1), t.spelling.short_shape));
    out.push(feat(LOWER_NEXT_SHAPE, lower_at(1), t.spelling.short_shape));
    for (k, d) in [-2isize, -1, 1, 2].into_iter().enumerate() {
        out.push(feat(LOWER_AT + k as u8, lower_at(d), 0));
    }
    let (s_prev, s_next) = (shape_at(-1), shape_at(1));
    out.push(feat(SHAPE_AT, s_prev, 0));
    out.push(feat(SHAPE_AT + 1, s_next, 0));
    out.push(feat(SHAPE_PAIR_LEFT, s_prev, t.spelling.short_shape));
    out.push(feat(SHAPE_PAIR_RIGHT, t.spelling.short_shape, s_next));
    out.push(feat(LOWER_PAIR_LEFT, lower_at(-1), t.lower));
    out.push(feat(LOWER_PAIR_RIGHT, t.lower, lower_at(1)));
    if t.pronoun_ahead < PRONOUN_REACH {
        out.push(feat(
            PRONOUN_AHEAD,
            (t.pronoun_ahead > 3) as u64,
            t.spelling.short_shape,
        ));
    }
    if let Some(p) = at(-1) {
        push_marks(&mut out, GAZ_LEFT, p.gaz, 0);
    }
    if let Some(n) = at(1) {
        push_marks(&mut out, GAZ_RIGHT, n.gaz, 0);
    }
    out
}

/// The sides and the centre give the features of the single list (in another order, which
/// the sums do not see), and two tokens with the same side key have the same side features,
/// so the fast tagger may cache a side's scores by its key (and the same for the centre and
/// the history, the intrinsic with the left side, and those two with the history).
#[test]
fn side_features_split_the_context_and_their_keys_tell_them_apart() {
    let lex = super::super::lexicon::get();
    let news = crate::entities::news_text::news(20_000);
    let tokens = crate::entities::tokenizer::tokenize_flat(&news);
    let mut extra: Vec<Vec<&str>> = vec![
        vec![
            "Dana", "Okafor", "flew", "to", "New", "York", "City", "and", "she", "said",
        ],
        vec![
            "NEW", "YORK", "CITY", "HIT", "BY", "FLOODS", "IN", "NEW", "YORK",
        ],
        vec!["Lisbon"],
    ];
    let mut all: Vec<Vec<&str>> = tokens
        .sentences()
        .map(|s| s.iter().map(|r| &news[r.clone()]).collect())
        .collect();
    all.append(&mut extra);
    let mut seen: HashMap<u64, Vec<u32>> = HashMap::new();
    let mut seen_history: HashMap<u64, [u32; 4]> = HashMap::new();
    let mut seen_centre: HashMap<u64, Vec<u32>> = HashMap::new();
    let mut seen_intrinsic_left: HashMap<u64, Vec<u32>> = HashMap::new();
    let mut seen_after_tags: HashMap<u64, Vec<u32>> = HashMap::new();
    let (mut checked, mut checked_centre, mut checked_intrinsic_left) = (0, 0, 0);
    let mut checked_after_tags = 0;
    // The document sets are fixed while the tagger scores (one document here).
    let prepared: Vec<(Vec<TokenInfo>, CaseMode)> = all
        .iter()
        .map(|words| (sentence_infos(lex, words), case_mode(words)))
        .collect();
    let doc = DocContext::new(&prepared);
    for words in &all {
        let infos = sentence_infos(lex, words);
        let mode = case_mode(words);
        for i in 0..infos.len() {
            // The intrinsic and the left side's features, by their one key.
            let mut f = Vec::new();
            intrinsic_features(&infos[i], i == 0, mode, &doc, &mut f);
            side_features(&infos, i, Side::Left, mode, &mut f);
            let key = intrinsic_left_key(&infos, i, mode);
            if let Some(before) = seen_intrinsic_left.insert(key, f.clone()) {
                assert_eq!(before, f, "{words:?} token {i} intrinsic and left");
                checked_intrinsic_left += 1;
            }
            // And with the history's features after two tags, by the key with the tags.
            for (prev, prev2) in [
                (0, 0),
                (1, 0),
                (0, 1),
                (4, 3),
                (crate::entities::tagger::START, 0),
            ] {
                let mut with = f.clone();
                with.extend(history_features(&infos[i], prev, prev2));
                let key = after_tags_key(&infos, i, mode, prev, prev2);
                if let Some(before) = seen_after_tags.insert(key, with.clone()) {
                    assert_eq!(before, with, "{words:?} token {i} after {prev}, {prev2}");
                    checked_after_tags += 1;
                }
            }
            let mut got = Vec::new();
            context_features(&infos, i, mode, &mut got);
            let mut want = reference_context_features(&infos, i, mode);
            got.sort_unstable();
            want.sort_unstable();
            assert_eq!(got, want, "{words:?} token {i}");
            for (prev, prev2) in [(0, 0), (1, 0), (4, 3), (crate::entities::tagger::START, 0)] {
                let f = history_features(&infos[i], prev, prev2);
                let key = history_key(&infos[i], prev, prev2);
                if let Some(before) = seen_history.insert(key, f) {
                    assert_eq!(before, f, "{words:?} token {i} after {prev}, {prev2}");
                }
            }
            let mut f = Vec::new();
            centre_features(&infos, i, &mut f);
            if let Some(before) = seen_centre.insert(centre_key(&infos, i), f.clone()) {
                assert_eq!(before, f, "{words:?} token {i} centre");
                checked_centre += 1;
            }
            for side in [Side::Left, Side::Right] {
                let mut f = Vec::new();
                side_features(&infos, i, side, mode, &mut f);
                let key = side_key(&infos, i, side, mode);
                if let Some(before) = seen.insert(key, f.clone()) {
                    assert_eq!(before, f, "{words:?} token {i} {side:?}");
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 1000, "too few repeated pairs: {checked}");
    assert!(
        checked_centre > 1000,
        "too few repeated centres: {checked_centre}"
    );
    assert!(
        checked_intrinsic_left > 1000,
        "too few repeated words after the same word: {checked_intrinsic_left}"
    );
    assert!(
        checked_after_tags > 1000,
        "too few repeated words after the same word and tags: {checked_after_tags}"
    );
}

/// The document scan read through the token spans ([`InfoScratch::add_sentence_to_doc`]) gives
/// the entries, marks, case modes and document sets of the scan of each sentence's list of
/// words, on generated news and on made-up sentences in every case mode.
#[test]
fn scan_of_spans_matches_the_scan_of_words() {
    let lex = crate::entities::lexicon::get();
    let text = format!(
        "{}\nTHE NEW YORK TIMES REPORTS ON LISBON\nBrexit Talks Resume In Brussels As EU \
         Leaders Meet\nthe isle of man and new york city met São Paulo’s mayor.\n",
        crate::entities::news_text::news(30_000)
    );
    let tokens = crate::entities::tokenizer::tokenize_flat(&text);
    let (mut a, mut b) = (InfoScratch::default(), InfoScratch::default());
    let (mut doc_a, mut doc_b) = (DocContext::default(), DocContext::default());
    let mut modes = [0usize; 3];
    for k in 0..tokens.n_sentences() {
        let words: Vec<&str> = tokens.sentence(k).map(|t| &text[tokens.span(t)]).collect();
        let want = a.add_to_doc(lex, &words, &mut doc_a);
        let got = b.add_sentence_to_doc(lex, &text, &tokens, k, &mut doc_b);
        assert_eq!(got, want, "{words:?}");
        assert_eq!(b.sentence_entries(), a.sentence_entries(), "{words:?}");
        assert_eq!(b.sentence_marks(), a.sentence_marks(), "{words:?}");
        // The entries appended as `u16`s (after what was there) are the entries.
        let mut index = vec![7u16];
        assert!(b.append_entries_u16(&mut index));
        let entries: Vec<u16> = [7]
            .into_iter()
            .chain(
                b.sentence_entries()
                    .iter()
                    .map(|&e| u16::try_from(e).unwrap_or(0)),
            )
            .collect();
        assert_eq!(index, entries, "{words:?}");
        modes[want as usize] += 1;
    }
    assert_eq!(doc_b.lower_seen, doc_a.lower_seen);
    assert_eq!(doc_b.capitalised_seen, doc_a.capitalised_seen);
    assert!(modes.iter().all(|&m| m > 0), "{modes:?}");
    // The sets as the reference builds them from every token's info.
    let prepared: Vec<(Vec<TokenInfo>, CaseMode)> = (0..tokens.n_sentences())
        .map(|k| {
            let words: Vec<&str> = tokens.sentence(k).map(|t| &text[tokens.span(t)]).collect();
            (reference_sentence_infos(lex, &words), case_mode(&words))
        })
        .collect();
    let reference = DocContext::new(&prepared);
    assert_eq!(doc_b.lower_seen, reference.lower_seen);
    assert_eq!(doc_b.capitalised_seen, reference.capitalised_seen);
    assert!(!reference.capitalised_seen.is_empty() && !reference.lower_seen.is_empty());
}

/// A token's info stays small: a document of up to `KEEP_TOKENS` tokens keeps them all
/// between the passes (the affixes are kept as their eight 32-bit features, not 64-bit hashes).
#[test]
fn token_info_is_eighty_bytes_at_most() {
    assert!(std::mem::size_of::<TokenInfo>() <= 80);
}

/// An ASCII word's affix hashes cut out of its first and last bytes are the hashes of its
/// prefixes and suffixes taken character by character (every length up to ten, every byte).
#[test]
fn ascii_affixes_match_the_character_path() {
    let mut words: Vec<String> = vec![String::new()];
    for len in 1..=10usize {
        for b in 0u8..128 {
            let w: String = (0..len)
                .map(|i| char::from((b as usize + i * 37) as u8 % 128))
                .collect();
            words.push(w);
        }
    }
    words.extend(
        [
            "a",
            "ab",
            "abc",
            "abcd",
            "abcde",
            "sunak's",
            "x".repeat(40).as_str(),
        ]
        .map(String::from),
    );
    for w in &words {
        assert!(w.is_ascii());
        let h = hash_str(w);
        assert_eq!(
            ascii_affix_hashes(w.as_bytes(), h),
            affix_hashes(w, h),
            "{w:?}"
        );
    }
    // And the short hash is the hash of its bytes, for every length below eight.
    for len in 0..8 {
        let bytes: Vec<u8> = (0..len as u8)
            .map(|i| i.wrapping_mul(73).wrapping_add(200))
            .collect();
        let le = bytes.iter().rev().fold(0u64, |v, &c| v << 8 | c as u64);
        assert_eq!(hash_short(le, len), hash_bytes(&bytes), "{len}");
    }
}

/// A word's per-word entry says it is its own lower-case form exactly when it has no ASCII
/// capital (the test it makes instead of comparing the two), and `lower_into` lowers an ASCII
/// word as `to_ascii_lowercase` does: ASCII words of every case, non-ASCII capitals with and
/// without an ASCII one, letters whose lower case is longer or ASCII ("İ", the Kelvin sign).
#[test]
fn a_word_is_its_lower_case_form_exactly_without_an_ascii_capital() {
    let words = [
        "",
        "a",
        "A",
        "word",
        "Word",
        "WORD",
        "x1",
        "X1",
        "état",
        "État",
        "ÉTAT",
        "Éa",
        "éA",
        "İstanbul",
        "istanbul",
        "\u{212A}",
        "\u{212A}m",
        "K\u{212A}",
        "ß",
        "SS",
        "Σίσυφος",
        "σίσυφος",
        "O'Neil",
        "o'neil",
        "e-Mail",
        "mcDonald",
        "😀",
        "😀A",
        "ǅ",
        "ǆ",
    ];
    for w in words {
        let l = lower(w);
        assert_eq!(
            l == w,
            !w.bytes().any(|b| b.is_ascii_uppercase()),
            "{w:?} -> {l:?}"
        );
        if w.is_ascii() {
            assert_eq!(l, w.to_ascii_lowercase(), "{w:?}");
        }
    }
}
