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
            if !stem.ends_with('.') && keeps_full_stop(stem) {
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
    ];
    let tails = [
        "", ".", ",", ".)", ")", "!?", "...", "'", "'s", "'S", ".\"", ":", ";*", "}.", "s", "’s",
        "”", ".”", "…", "’", "»,",
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
