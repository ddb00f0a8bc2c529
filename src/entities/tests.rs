//! Tests of the entity pass as a whole: the fast tagger and name search against the reference
//! ones, the shipped model, names in made-up news, linking, chunking, odd input.

use super::*;
use features::{CaseMode, TokenInfo};
use tags::Tag;

/// A tagger over a whole document's prepared sentences.
type DocumentTagger = fn(&Model, bool, &[(Vec<TokenInfo>, CaseMode)]) -> Vec<Vec<Tag>>;

/// One tagged sentence: its token ranges, words and tags.
type Tagged<'t> = (Vec<Range<usize>>, Vec<&'t str>, Vec<Tag>);

/// Tags `text` as one document with `tag`, sentence by sentence.
/// With `reference`, the token infos are the reference ones too (no per-word cache).
fn tag_whole(text: &str, tag: DocumentTagger, reference: bool) -> Vec<Tagged<'_>> {
    let tokens = tokenizer::tokenize_flat(text);
    let sentences: Vec<Vec<Range<usize>>> = tokens.sentences().collect();
    let words: Vec<Vec<&str>> = sentences
        .iter()
        .map(|s| s.iter().map(|r| &text[r.clone()]).collect())
        .collect();
    let model = model().expect("model loads");
    let prepared: Vec<(Vec<TokenInfo>, CaseMode)> = if reference {
        words
            .iter()
            .map(|w| {
                (
                    features::reference_sentence_infos(lexicon::get(), w),
                    features::case_mode(w),
                )
            })
            .collect()
    } else {
        tagger::prepare(lexicon::get(), &words)
    };
    let tags = tag(model, model.two_pass, &prepared);
    sentences
        .into_iter()
        .zip(words)
        .zip(tags)
        .map(|((s, w), t)| (s, w, t))
        .collect()
}

/// The names the reference tagger finds in `text` (whole document, every feature built
/// afresh), linked as [`find`] links them.
fn reference_find(text: &str) -> Vec<Found> {
    let (mut spans, mut mentions) = (Vec::new(), Vec::new());
    for (sentence, words, tags) in tag_whole(text, tagger::reference_tag_document, true) {
        let decoded = tags::decode(&tags);
        let mode = features::case_mode(&words);
        let named = rules::repair(lexicon::get(), &words, &sentence, mode, &decoded);
        for m in named {
            spans.push(sentence[m.start].start..sentence[m.end - 1].end);
            mentions.push(Mention {
                tokens: words[m.start..m.end].to_vec().into(),
                kind: m.kind,
                weight: m.weight,
            });
        }
    }
    linked(text, spans, &mentions)
}

#[test]
fn fast_path_tags_like_the_reference_tagger() {
    let varied = "Dana Okafor, the finance minister, spoke in Nairobi on Tuesday.\n\
        OKAFOR WINS VOTE IN NAIROBI\n\
        Okafor said the Halvorsen Group would open an office in Lisbon; \
        the Portuguese economy minister, Rui Tavares-Lobo, welcomed it.\n\
        Later, Okafor met Ada Marlowe of the Nairobi Times and Zoë Ağca of Türk Telekom \
        in São Paulo. “He has faced criticism over his handling of the crisis,” \
        said Marlowe, who joined the U.N. in 2019 after 12 years at Barclays Plc.\n\
        Brexit Talks Resume In Brussels As EU Leaders Meet\n\
        the prime minister of north macedonia met officials from the World Health \
        Organization (WHO) and the Organisation for Economic Co-operation and Development.\n";
    let cases = [
        ("varied made-up text", varied.repeat(3)),
        ("news generator, 60 KB", news_text::news(60_000)),
        ("news generator, 300 KB", news_text::news(300_000)),
    ];
    for (name, text) in cases {
        let want = reference_find(&text);
        assert!(want.len() > 10, "{name}: too few names to compare");
        let got = find(&text);
        let first_difference = got.iter().zip(&want).position(|(g, w)| g != w);
        if let Some(k) = first_difference {
            panic!(
                "{name}: name {k} differs: fast {:?} ({:?}), reference {:?} ({:?})",
                got[k],
                text.get(got[k].span.clone()),
                want[k],
                text.get(want[k].span.clone())
            );
        }
        assert_eq!(got.len(), want.len(), "{name}");
        // Nothing kept between the passes, and the first-pass scores of only some tokens.
        for keep_scores in [(0, 0), (usize::MAX, 1000)] {
            let again = find_chunked(&text, CHUNK_TOKENS, 0, keep_scores);
            assert!(again == got, "{name}: {keep_scores:?} kept");
        }
    }
}

/// A text of more distinct words than the per-word cache holds keeps no entries from the
/// document scan: the repairs then class each sentence's listed words, as the reference
/// does; the names are the same.
#[test]
fn names_without_kept_entries_match_the_reference() {
    let news = news_text::news(40_000);
    let many: Vec<String> = (0..features::WORD_CACHE + 10)
        .map(|i| format!("q{i}"))
        .collect();
    let text = format!("{news}\n{}\n{news}", many.join(" "));
    let want = reference_find(&text);
    assert!(want.len() > 10);
    assert!(find(&text) == want);
}

/// (text, name, type) for every name found.
fn names(text: &str) -> Vec<(String, &'static str)> {
    annotate(text)
        .iter()
        .map(|a| (a.text(text).to_string(), a.kind))
        .collect()
}

#[test]
fn shipped_model_loads() {
    let m = model().expect("generated/entities/model.bin loads");
    assert!(m.n_features() > 1000);
}

#[test]
fn finds_names_in_made_up_news() {
    // Made-up sentences; each must yield at least these names with these types.
    type Case = (
        &'static str,
        &'static str,
        &'static [(&'static str, &'static str)],
    );
    let cases: &[Case] = &[
        (
            "person and place",
            "Prime Minister Ada Marlowe flew to Lisbon on Monday for talks.",
            &[("Ada Marlowe", "PER"), ("Lisbon", "LOC")],
        ),
        (
            "nationality",
            "Portuguese officials said the deal would be signed in Berlin.",
            &[("Portuguese", "NORP"), ("Berlin", "LOC")],
        ),
        (
            "all-caps headline",
            "FRANCE BEAT BRAZIL IN PARIS",
            &[("FRANCE", "LOC"), ("PARIS", "LOC")],
        ),
        (
            "possessive with a curly apostrophe marks the name only",
            "Marlowe’s government in Britain faces a vote.",
            &[("Britain", "LOC")],
        ),
    ];
    for (name, text, want) in cases {
        let got = names(text);
        for (w, t) in *want {
            assert!(
                got.iter().any(|(g, k)| g == w && k == t),
                "{name}: expected {w} as {t}, got {got:?}"
            );
        }
    }
}

#[test]
fn possessive_is_not_part_of_the_name() {
    let text =
        "Officials met Dana Okafor on Friday. Okafor’s office in Nairobi declined to comment.";
    let got = names(text);
    assert!(got.iter().all(|(g, _)| !g.contains('’')), "{got:?}");
}

#[test]
fn links_surname_to_full_name_in_text() {
    let text = "Dana Okafor, the finance minister, spoke in Nairobi on Tuesday. \
                Later, Okafor said the budget would pass.";
    let found = find(text);
    let full = found
        .iter()
        .find(|f| text.get(f.span.clone()) == Some("Dana Okafor"));
    let short = found
        .iter()
        .find(|f| text.get(f.span.clone()) == Some("Okafor"));
    let (Some(full), Some(short)) = (full, short) else {
        panic!("names not found: {found:?}");
    };
    assert_eq!(full.link.entity, short.link.entity);
    assert_eq!(&*short.link.canonical, "Dana Okafor");
}

#[test]
fn chunking_does_not_change_the_output() {
    // Made-up text where a name's later mentions rely on the first pass's labels elsewhere.
    let text = "Dana Okafor, the finance minister, spoke in Nairobi on Tuesday.\n\
                Okafor said the Halvorsen Group would open an office in Lisbon. \
                Later, Okafor met Ada Marlowe of the Nairobi Times.\n"
        .repeat(8);
    let whole = find_chunked(&text, usize::MAX, usize::MAX, (usize::MAX, usize::MAX));
    assert!(!whole.is_empty());
    // The same names as tagging the whole document at once with `tag_document`.
    let mut want = Vec::new();
    for (sentence, words, tags) in tag_whole(&text, tagger::tag_document, false) {
        let mode = features::case_mode(&words);
        let decoded = tags::decode(&tags);
        for m in rules::repair(lexicon::get(), &words, &sentence, mode, &decoded) {
            want.push(sentence[m.start].start..sentence[m.end - 1].end);
        }
    }
    let got: Vec<_> = whole.iter().map(|f| f.span.clone()).collect();
    assert_eq!(got, want);
    let cases = [
        ("one sentence a chunk, none kept", 1, 0, (0, 0)),
        ("small chunks, some kept", 20, 60, (usize::MAX, 25)),
        ("scores of the first chunks kept", 40, 0, (usize::MAX, 60)),
        ("default sizes", CHUNK_TOKENS, KEEP_TOKENS, KEEP_SCORES),
    ];
    for (name, chunk, keep, scores) in cases {
        assert_eq!(find_chunked(&text, chunk, keep, scores), whole, "{name}");
    }
}

#[test]
fn a_text_found_in_parts_keeps_its_offsets_and_ids_apart() {
    // Parts of at most 120 bytes, cut after a line end (or at a character boundary in a
    // line longer than that): each part's names as `find_chunked` finds them, shifted.
    let line = "Dana Okafor spoke in Nairobi on Tuesday.\n";
    let text = format!(
        "{}{}",
        line.repeat(5),
        "Zoë Ağca visited São Paulo ".repeat(8)
    );
    let parts = find_in_parts(&text, 120);
    let mut want = Vec::new();
    let (mut start, mut ids) = (0, 0);
    for part in [&text[..82], &text[82..164], &text[164..205]] {
        assert!(part.len() <= 120 && part.ends_with('\n'), "{part:?}");
        let found = find_chunked(part, CHUNK_TOKENS, KEEP_TOKENS, KEEP_SCORES);
        let next = found.iter().map(|f| f.link.entity + 1).max().unwrap_or(0);
        for f in found {
            want.push((
                f.span.start + start,
                f.span.end + start,
                f.link.entity + ids,
            ));
        }
        start += part.len();
        ids += next;
    }
    let got: Vec<_> = parts
        .iter()
        .filter(|f| f.span.end <= 205)
        .map(|f| (f.span.start, f.span.end, f.link.entity))
        .collect();
    assert_eq!(got, want);
    assert!(got.len() >= 5, "{got:?}");
    for f in &parts {
        let name = text
            .get(f.span.clone())
            .expect("a span on character boundaries");
        assert!(!name.is_empty() && !name.contains('\n'), "{name:?}");
    }
    // Ids of different parts never collide: one id per (part, entity).
    let last_part_ids: Vec<u32> = parts
        .iter()
        .filter(|f| f.span.start >= 205)
        .map(|f| f.link.entity)
        .collect();
    assert!(last_part_ids.iter().all(|&e| e >= ids), "{last_part_ids:?}");
}

#[test]
fn odd_input_never_panics_and_spans_are_char_boundaries() {
    let cases = [
        ("empty", String::new()),
        ("emoji", "🎉🎉 Lisbon 🎉 said 👍🏽 Ada".to_string()),
        (
            "cjk",
            "東京で会議が開かれた。 Tokyo hosted talks.".to_string(),
        ),
        ("only punctuation", "(( ’’ .. ,, ))".to_string()),
        ("crlf", "Lisbon\r\nBerlin\r\n".to_string()),
        ("long line", "Lisbon Berlin ".repeat(5000)),
        ("combining marks", "Zoë Ağca met José in Bogotá".to_string()),
    ];
    for (name, text) in cases {
        for a in annotate(&text) {
            assert!(
                text.get(a.span.clone()).is_some(),
                "{name}: bad span {:?}",
                a.span
            );
            assert!(!a.span.is_empty(), "{name}");
        }
    }
}
