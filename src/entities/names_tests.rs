//! Tests of [`super`]: names found again by propagation, and their words.

use super::*;

/// The set of names keyed from the scan's kept word hashes finds the same names as keyed
/// from the words' text (no hash kept, or a list that does not cover the text).
#[test]
fn propagation_with_kept_hashes_matches_the_one_from_the_text() {
    let text = "Quillmere Holdings Inc said so. Ada Obi met Quillmere Holdings in Oslo. \
                Later Ada Obi and Quillmere Holdings Inc spoke; Ada Obi left.";
    let tokens = tokenizer::tokenize_flat(text);
    let word = |t: usize| text.get(tokens.span(t)).unwrap_or("");
    let find = |w: &[&str]| {
        (0..tokens.len())
            .find(|&t| w.iter().enumerate().all(|(k, x)| word(t + k) == *x))
            .expect("the name is in the text")
    };
    let named = |w: &[&str], kind: usize| {
        let t = find(w);
        (
            tokens.span(t).start..tokens.span(t + w.len() - 1).end,
            Pending::new(t..t + w.len(), kind, 1),
        )
    };
    let (a, b) = (
        named(&["Quillmere", "Holdings", "Inc"], 1),
        named(&["Ada", "Obi"], 0),
    );
    let run = |kept: Option<KeptHashes<'_>>| {
        let (mut spans, mut pending) = (
            vec![a.0.clone(), b.0.clone()],
            vec![a.1.clone(), b.1.clone()],
        );
        let mut names = Vec::new();
        words_of_names(text, &tokens, &pending, &mut names);
        let added = propagate(text, &tokens, kept, &mut spans, &mut pending, &names);
        let pending: Vec<_> = pending.iter().map(|p| (p.tokens(), p.kind)).collect();
        (added, spans, pending)
    };
    let plain = run(None);
    assert!(plain.0 && plain.1.len() > 3, "{plain:?}");
    // Each distinct word an entry, in order of first use (as the scan numbers them).
    let mut numbers = std::collections::HashMap::new();
    let mut hashes = Vec::new();
    let entries: Vec<u16> = (0..tokens.len())
        .map(|t| {
            *numbers.entry(word(t)).or_insert_with(|| {
                hashes.push(features::hash_str(word(t)));
                (hashes.len() - 1) as u16
            })
        })
        .collect();
    assert!(hashes.len() < tokens.len(), "some words repeat");
    let kept = KeptHashes {
        entries: &entries,
        hashes: &hashes,
    };
    assert_eq!(run(Some(kept)), plain);
    // Entries that do not cover the tokens are not used.
    let short = KeptHashes {
        entries: entries.get(..3).unwrap_or(&[]),
        hashes: &[],
    };
    assert_eq!(run(Some(short)), plain);
}

/// After [`propagate`] adds names, moving the old names' words and reading only the new
/// ones gives the list read whole again: names found before, between and after the old
/// ones, hyphened adjectives cut, and old names out of text order (read whole then).
#[test]
fn words_moved_after_propagation_match_the_words_read_again() {
    let text = "Quillmere Holdings said. Ada Obi met Quillmere Holdings in Oslo-based \
                Nerwick. Quillmere Holdings Inc spoke; Ada Obi left. Later Quillmere \
                Holdings and Ada Obi met the London-based Quillmere Holdings.";
    let tokens = tokenizer::tokenize_flat(text);
    let word = |t: usize| text.get(tokens.span(t)).unwrap_or("");
    let at = |w: &[&str], nth: usize| {
        (0..tokens.len())
            .filter(|&t| w.iter().enumerate().all(|(k, x)| word(t + k) == *x))
            .nth(nth)
            .expect("the name is in the text")
    };
    let named = |w: &[&str], nth: usize, kind: usize, hyphened: bool| {
        let t = at(w, nth);
        (
            tokens.span(t).start..tokens.span(t + w.len() - 1).end,
            Pending::with_last(t..t + w.len(), kind, 1, hyphened),
        )
    };
    let names = [
        named(&["Ada", "Obi"], 0, 0, false),
        named(&["Oslo-based"], 0, 2, true),
        named(&["Quillmere", "Holdings", "Inc"], 0, 1, false),
        named(&["Ada", "Obi"], 2, 0, false),
        named(&["London-based"], 0, 2, true),
    ];
    for reversed in [false, true] {
        let mut list = names.to_vec();
        if reversed {
            list.swap(0, 3);
        }
        let (mut spans, mut pending): (Vec<_>, Vec<_>) = list.into_iter().unzip();
        let mut words = Vec::new();
        words_of_names(text, &tokens, &pending, &mut words);
        let sorted = spans.is_sorted_by_key(|r| r.start);
        assert_eq!(sorted, !reversed);
        assert!(propagate(
            text,
            &tokens,
            None,
            &mut spans,
            &mut pending,
            &words
        ));
        assert!(pending.iter().filter(|p| p.found_again).count() >= 3);
        words_after_propagate(text, &tokens, &pending, sorted, &mut words);
        let mut again = Vec::new();
        words_of_names(text, &tokens, &pending, &mut again);
        assert_eq!(words, again);
        assert!(
            words.contains(&"Oslo") && words.contains(&"London"),
            "{words:?}"
        );
    }
}
