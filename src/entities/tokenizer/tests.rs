use super::*;

/// The peel as first written (punctuation collected in a list, right to left).
fn reference_peel(text: &str, span: Range<usize>, out: &mut Tokens) {
    let (mut start, mut end) = (span.start, span.end);
    // Most words start and end with an ASCII letter or digit and are no possessive: nothing
    // to peel (the loops below would stop at once).
    let b = text.as_bytes();
    if let (Some(&first), Some(&last)) = (b.get(start), end.checked_sub(1).and_then(|e| b.get(e))) {
        let possessive = matches!(last, b's' | b'S')
            && end - start >= 2
            && matches!(b.get(end - 2), Some(b'\'' | 0x99));
        if start < end
            && first.is_ascii_alphanumeric()
            && last.is_ascii_alphanumeric()
            && !possessive
        {
            out.push(text, span);
            return;
        }
    }
    let word = |s: usize, e: usize| text.get(s..e).unwrap_or("");
    while let Some(c) = word(start, end).chars().next() {
        if !is_opening(c) || start + c.len_utf8() > end {
            break;
        }
        out.push(text, start..start + c.len_utf8());
        start += c.len_utf8();
    }
    // Trailing punctuation, collected right to left, pushed after the word.
    let mut trailing = Vec::new();
    loop {
        let w = word(start, end);
        let Some(c) = w.chars().next_back() else {
            break;
        };
        let at = end - c.len_utf8();
        if is_closing(c) && at > start {
            trailing.push(at..end);
            end = at;
        } else if c == '.' && at > start {
            let stem = word(start, at);
            if !stem.ends_with('.') && keeps_full_stop_by_chars(stem) {
                break;
            }
            trailing.push(at..end);
            end = at;
        } else {
            break;
        }
    }
    let pos = possessive_len(word(start, end));
    if pos > 0 {
        out.push(text, start..end - pos);
        out.push(text, end - pos..end);
    } else {
        out.push(text, start..end);
        if trailing.is_empty() && word(start, end).ends_with('.') {
            end_after_legal_suffix(word(start, end - 1), text.as_bytes(), end, out);
        }
    }
    for t in trailing.drain(..).rev() {
        out.push(text, t);
    }
}

/// The peel gives the tokens of the first one on every chunk made of a few openings, a
/// word, a possessive and trailing marks.
#[test]
fn peel_matches_the_first_one() {
    let heads = ["", "(", "\"", "'", "*#", "([", "\"'", "“", "«¿"];
    let words = [
        "",
        "a",
        "J",
        "Okafor",
        "U.S",
        "U.S.",
        "Corp",
        "mr",
        "No",
        "x.y",
        "1,335",
        "'",
        "s",
        "Dunmore's",
        "Acme’s",
        "Zoë",
        "São",
        "it's",
        "'s",
        "S",
        "..",
        "A.",
        "etc",
        "said",
        "1990s",
        "B2",
        "Inc",
        "x's",
    ];
    let tails = [
        "", ".", ",", ".)", ")", "!?", "...", "'", "'s", "'S", ".\"", ":", ";*", "}.", "s", "’s",
        "”", ".”", "…", "’", "»,", "]", "}", "?", "*", "\"", "'s.", "’s,", "’S",
    ];
    let mut n = 0;
    for h in heads {
        for w in words {
            for t in tails {
                let chunk = format!("{h}{w}{t}");
                let (mut a, mut b) = (Tokens::default(), Tokens::default());
                reference_peel(&chunk, 0..chunk.len(), &mut a);
                peel(&chunk, 0..chunk.len(), &mut b);
                assert_eq!(
                    a.spans().collect::<Vec<_>>(),
                    b.spans().collect::<Vec<_>>(),
                    "{chunk:?}"
                );
                n += 1;
            }
        }
    }
    assert!(n > 1000);
}

fn words(text: &str) -> Vec<Vec<&str>> {
    tokenize(text)
        .iter()
        .map(|s| s.tokens.iter().map(|r| &text[r.clone()]).collect())
        .collect()
}

#[test]
fn tokenizes_news_text() {
    type Case = (
        &'static str,
        &'static str,
        &'static [&'static [&'static str]],
    );
    let cases: &[Case] = &[
        ("empty", "", &[]),
        ("spaces only", "  \n\t ", &[]),
        (
            "possessive with curly apostrophe",
            "Marlow’s plan failed.",
            &[&["Marlow", "’s", "plan", "failed", "."]],
        ),
        (
            "quotes and comma",
            "\"We will act,\" said Dana Okafor.",
            &[&[
                "\"", "We", "will", "act", ",", "\"", "said", "Dana", "Okafor", ".",
            ]],
        ),
        (
            "abbreviations keep their stop",
            "Mr. Vance of Brightwater Corp. met U.S. officials",
            &[&[
                "Mr.",
                "Vance",
                "of",
                "Brightwater",
                "Corp.",
                "met",
                "U.S.",
                "officials",
            ]],
        ),
        (
            "numbers and hyphens stay whole",
            "German-born rose 1,335 in 2023-24",
            &[&["German-born", "rose", "1,335", "in", "2023-24"]],
        ),
        (
            "brackets around an acronym",
            "the Court of Appeal (CoA) ruled",
            &[&["the", "Court", "of", "Appeal", "(", "CoA", ")", "ruled"]],
        ),
        (
            "newline and full stop split sentences",
            "Rain fell. Wind rose\nHEADLINE HERE",
            &[
                &["Rain", "fell", "."],
                &["Wind", "rose"],
                &["HEADLINE", "HERE"],
            ],
        ),
        (
            "glued em dash",
            "Lisbon—the capital",
            &[&["Lisbon", "—", "the", "capital"]],
        ),
        ("emoji and CJK", "東京 🎉 ok", &[&["東京", "🎉", "ok"]]),
        (
            "non-ASCII white space; a paragraph separator ends a sentence",
            "Rain\u{a0}fell\u{2029}Wind\u{2003}rose",
            &[&["Rain", "fell"], &["Wind", "rose"]],
        ),
        (
            "slash and bar split, also next to a non-ASCII letter",
            "Lisbon/Porto Zoë|Ağca",
            &[&["Lisbon", "/", "Porto", "Zoë", "|", "Ağca"]],
        ),
        ("lone punctuation", "( ' . ’", &[&["(", "'", "."], &["’"]]),
    ];
    for (name, text, want) in cases {
        let want: Vec<Vec<&str>> = want.iter().map(|s| s.to_vec()).collect();
        assert_eq!(words(text), want, "{name}");
    }
}

#[test]
fn a_sentence_without_an_end_is_cut_into_bounded_pieces() {
    // Two tokens a repeat ("5%", ","): three sentences, the last one short.
    let text = "5%, ".repeat(MAX_SENTENCE_TOKENS + 10);
    let tokens = tokenize_flat(&text);
    assert_eq!(tokens.len(), 2 * MAX_SENTENCE_TOKENS + 20);
    let lengths: Vec<usize> = (0..tokens.n_sentences())
        .map(|k| tokens.sentence(k).len())
        .collect();
    assert_eq!(lengths, [MAX_SENTENCE_TOKENS, MAX_SENTENCE_TOKENS, 20]);
}

#[test]
fn long_tokens_keep_their_spans() {
    // Around the length field's limit, and far past it, between short tokens.
    for n in [65_534, 65_535, 65_536, 200_000] {
        let long = "x".repeat(n);
        let text = format!("Ann met {long} in Rome.\n{long}");
        let flat = tokenize_flat(&text);
        let got: Vec<&str> = flat.spans().map(|r| &text[r]).collect();
        assert_eq!(got, ["Ann", "met", &long, "in", "Rome", ".", &long], "{n}");
        assert_eq!(flat.span(2), 8..8 + n, "{n}");
    }
}

/// The abbreviations as first listed (compared ignoring ASCII case).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "inc", "corp", "ltd", "co", "bros", "gen", "col",
    "sgt", "lt", "capt", "gov", "sen", "rep", "prof", "rev", "no", "vs", "etc", "jan", "feb",
    "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "ave", "plc", "cie",
    "messrs", "maj", "adm", "cmdr", "supt", "insp", "det", "pc", "hon", "ald",
];

/// The byte loop of `keeps_full_stop` answers as the character walk does: every word of up to
/// four characters from letters (both cases), full stops, digits, other marks and non-ASCII
/// letters, the abbreviations in every case, and longer dotted words.
#[test]
fn keeps_full_stop_matches_the_character_walk() {
    let alphabet = ["a", "Z", ".", "1", "-", "'", "é", "’", "Ä"];
    let mut words: Vec<String> = vec![String::new()];
    let mut last: Vec<String> = vec![String::new()];
    for _ in 0..4 {
        let next: Vec<String> = last
            .iter()
            .flat_map(|w| alphabet.iter().map(move |c| format!("{w}{c}")))
            .collect();
        words.extend(next.iter().cloned());
        last = next;
    }
    for a in ABBREVIATIONS {
        words.extend([
            a.to_string(),
            a.to_uppercase(),
            format!("{a}."),
            format!("{a}é"),
        ]);
    }
    words.extend(
        [
            "U.S",
            "U.S.A",
            "e.g",
            "Ph.D",
            "U.K",
            "a.b.c.d.e.f.g",
            "A.1",
            "É.U",
            "Corp",
            "CORP",
        ]
        .map(String::from),
    );
    let (mut kept, mut not_kept) = (0, 0);
    for w in &words {
        let want = keeps_full_stop_by_chars(w);
        assert_eq!(keeps_full_stop(w), want, "{w:?}");
        if want {
            kept += 1;
        } else {
            not_kept += 1;
        }
    }
    assert!(kept > 100 && not_kept > 1000, "{kept} kept, {not_kept} not");
}

#[test]
fn abbreviations_match_the_first_list() {
    let mut words: Vec<String> = Vec::new();
    for a in ABBREVIATIONS {
        words.push(a.to_string());
        words.push(a.to_uppercase());
        words.push(format!("{a}x"));
        words.push(a[1..].to_string());
        words.push(format!("{}é", &a[..a.len() - 1]));
    }
    words.extend(["", "messrsx", "Mrs", "mR", "Ä", "mr\u{0}", "sept."].map(String::from));
    for w in &words {
        let plain = ABBREVIATIONS
            .iter()
            .any(|a| a.len() == w.len() && a.eq_ignore_ascii_case(w));
        assert_eq!(is_abbreviation(w), plain, "{w:?}");
    }
}

/// The tokenizer as first written: characters decoded one by one, chunks cut at white space,
/// split at [`is_splitting`] characters, each piece peeled by [`reference_peel`].
fn reference_tokenize(text: &str) -> Tokens {
    let mut out = Tokens::default();
    let mut chars = text.char_indices().peekable();
    while let Some(&(i, c)) = chars.peek() {
        if c.is_whitespace() {
            if c == '\n' || c == '\u{2029}' {
                out.end_sentence();
            }
            chars.next();
            continue;
        }
        let mut piece = i;
        let mut end = i;
        while let Some(&(j, c)) = chars.peek() {
            if c.is_whitespace() {
                break;
            }
            if is_splitting(c) {
                reference_peel(text, piece..j, &mut out);
                out.push(text, j..j + c.len_utf8());
                piece = j + c.len_utf8();
            }
            end = j + c.len_utf8();
            chars.next();
        }
        reference_peel(text, piece..end, &mut out);
    }
    out.end_sentence();
    out
}

/// The chunk loop that looks at eight bytes at a time and the byte scan for splitting
/// characters give the tokens of the character-by-character tokenizer, on text with every
/// kind of byte at every place of an eight-byte group.
#[test]
fn tokenize_matches_the_first_one() {
    let pieces = [
        "word",
        "Okafor’s",
        "U.S.",
        "a/b",
        "x|y",
        "one—two",
        "three–four",
        "\u{0}",
        "\u{1f}",
        "\u{7f}",
        "é",
        "“Hi”",
        "\u{a0}",
        "\u{2029}",
        "\u{3000}",
        "\t",
        "\r\n",
        "\n",
        "(WHO),",
        "1,335.",
        "said.",
        "Mr.",
        "etc.",
        "—",
        "/",
        "|",
        "abcdefghijklmnop",
        "\u{e2}",
        "€",
        "‑",
        "!",
        "?",
        "'s",
        "’",
        "\u{b}",
        "\u{c}",
        "\u{85}",
    ];
    let mut text = String::new();
    let mut seed = 7u64;
    for _ in 0..6000 {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let p = pieces[(seed >> 33) as usize % pieces.len()];
        text.push_str(p);
        if (seed >> 20) % 3 == 0 {
            text.push(' ');
        }
    }
    text.push_str(&crate::entities::news_text::news(20_000));
    // Every place of a 64-byte window of the masks' walk (and of an eight-byte group).
    for cut in 0..70 {
        let t = &text[text.floor_char_boundary(cut)..];
        let want = reference_tokenize(t);
        for (how, got) in [("masks", tokenize_flat(t)), ("bytes", tokenize_by_bytes(t))] {
            assert_eq!(
                got.spans().collect::<Vec<_>>(),
                want.spans().collect::<Vec<_>>(),
                "cut {cut}, {how}"
            );
            assert_eq!(got, want, "cut {cut}, {how}: sentences");
            // The repairs rely on it (`rules::Text::no_empty_words`).
            assert!(
                got.spans().all(|r| !r.is_empty()),
                "cut {cut}, {how}: an empty token"
            );
        }
    }
    // Texts ending at every place of a window, and short ones.
    for len in (0..300).chain([4095, 4096, 4097]) {
        let t = &text[..text.floor_char_boundary(len)];
        assert_eq!(tokenize_flat(t), reference_tokenize(t), "length {len}");
    }
}

/// The SSE2 masks of a window are the bytes' kinds tested one by one, for every byte value at
/// every place.
#[cfg(target_arch = "x86_64")]
#[test]
fn window_masks_are_the_bytes_kinds() {
    for shift in 0..64 {
        let mut window = [0u8; 64];
        for (k, b) in window.iter_mut().enumerate() {
            *b = ((k * 4 + shift * 5) % 256) as u8;
        }
        for offset in 0..4 {
            let mut w = window;
            w.rotate_left(offset);
            let (mut want, got) = (masks::Masks::default(), masks::masks_of(&w));
            for (k, &b) in w.iter().enumerate() {
                let bit = 1u64 << k;
                if matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r') {
                    want.space |= bit;
                }
                if b == b'\n' {
                    want.line_end |= bit;
                }
                if b >= 0x80 {
                    want.high |= bit;
                }
                if b == b'/' || b == b'|' {
                    want.split |= bit;
                }
            }
            assert_eq!(got, want, "{w:?}");
        }
    }
}

/// A sentence's spans read block by block are its tokens' spans, also for sentences across a
/// block's end, empty texts and the sentences past the last; so are their bytes
/// ([`Tokens::sentence_bytes`]), also of tokens too long for a length byte, and the spans of
/// a sentence in one block ([`Tokens::spans_in_block`]).
#[test]
fn sentence_ranges_match_the_spans_of_the_sentence() {
    let long = format!("a {} b. {} c", "y".repeat(300), "z".repeat(70_000));
    let mut text = String::new();
    for line in 0..9_000 {
        for w in 0..(line * 7 % 23) {
            text.push_str(if w % 5 == 0 { "Word, " } else { "x " });
        }
        text.push('\n');
    }
    for text in [text.as_str(), "", "one", "a. b", long.as_str()] {
        let tokens = tokenize_flat(text);
        assert!(
            text.len() < 1000 || text == long || tokens.len() > 2 * BLOCK,
            "crosses blocks"
        );
        for k in 0..tokens.n_sentences() + 2 {
            let want: Vec<_> = tokens.sentence(k).map(|i| tokens.span(i)).collect();
            assert_eq!(tokens.sentence_ranges(k).collect::<Vec<_>>(), want, "{k}");
            // A sentence's spans read in one block, where it lies in one, give the same
            // spans (and none past its end); one across blocks gets none.
            let of = tokens.sentence(k);
            let one_block = of.is_empty() || of.start / BLOCK == (of.end - 1) / BLOCK;
            match tokens.spans_in_block(of.clone()) {
                Some(spans) => {
                    assert!(one_block, "{k}");
                    let got: Vec<_> = (0..of.len()).map_while(|i| spans.range(i)).collect();
                    assert_eq!(got, want, "{k}");
                    assert_eq!(spans.range(of.len()), None, "{k}");
                }
                None => assert!(!one_block || of.start > tokens.len(), "{k}"),
            }
            let bytes: Vec<&[u8]> = want.iter().map(|r| &text.as_bytes()[r.clone()]).collect();
            let got: Vec<&[u8]> = tokens.sentence_bytes(k, text.as_bytes()).collect();
            assert_eq!(got, bytes, "{k}");
        }
    }
}

/// A legal suffix keeps its full stop, and ends the sentence where a capitalised function word
/// follows it; before a lower-case word or another capitalised word the sentence goes on.
#[test]
fn a_legal_suffix_ends_a_sentence_before_a_function_word() {
    let cases: &[(&str, &[&[&str]])] = &[
        (
            "It went to Harbour Pipes Ltd. The firm said yes.",
            &[
                &["It", "went", "to", "Harbour", "Pipes", "Ltd."],
                &["The", "firm", "said", "yes", "."],
            ],
        ),
        (
            "© 2031 Quill Media Ltd. All rights reserved.",
            &[
                &["©", "2031", "Quill", "Media", "Ltd."],
                &["All", "rights", "reserved", "."],
            ],
        ),
        (
            "(Brightwater Inc. It rose.)",
            &[&["(", "Brightwater", "Inc."], &["It", "rose", "."], &[")"]],
        ),
        (
            "Brightwater Inc. said it rose.",
            &[&["Brightwater", "Inc.", "said", "it", "rose", "."]],
        ),
        (
            "Brightwater Inc. Chief Executive Ada Lund spoke.",
            &[&[
                "Brightwater",
                "Inc.",
                "Chief",
                "Executive",
                "Ada",
                "Lund",
                "spoke",
                ".",
            ]],
        ),
        (
            "Mr. Lund and Dr. The spoke.",
            &[&["Mr.", "Lund", "and", "Dr.", "The", "spoke", "."]],
        ),
        (
            "Brightwater Inc.\tThe end",
            &[&["Brightwater", "Inc."], &["The", "end"]],
        ),
    ];
    for (text, want) in cases {
        let got = words(text);
        let want: Vec<Vec<&str>> = want.iter().map(|s| s.to_vec()).collect();
        assert_eq!(got, want, "{text}");
        assert_eq!(got, words_of(&reference_tokenize(text), text), "{text}");
    }
}

fn words_of<'t>(tokens: &Tokens, text: &'t str) -> Vec<Vec<&'t str>> {
    (0..tokens.n_sentences())
        .map(|k| tokens.sentence(k).map(|i| &text[tokens.span(i)]).collect())
        .collect()
}
