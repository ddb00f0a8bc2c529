//! The static features split by what they read, for the fast tagger's misses (native builds):
//! a word seen for the first time, or a pair of words met for the first time, is scored from a
//! row kept for what it shares with others plus the few features of its own.
//!
//! - [`intrinsic_features`] = [`intrinsic_class_features`] (the word's shape, length, frequency
//!   class, case, marks, the document's sightings of it: kept per [`intrinsic_class_key`], which
//!   many words share) + [`intrinsic_word_features`] (its word, lower-case form and affixes).
//! - [`side_features`] = [`side_neighbour_features`] (the neighbour's word and marks with the
//!   token's short shape: kept per [`side_neighbour_key`]) + [`side_pair_feature`] (the two
//!   lower-case forms together, which the model knows for few pairs).
//!
//! - [`history_features`] = [`history_tag_features`] (the tags with the token's short shape: kept
//!   per [`history_tags_key`]) + [`history_word_feature`] (the tag before with the lower-case form).
//!
//! The weights are integers: the parts' rows summed are the whole's row. Tested against the
//! whole lists (`features::tests::split_features_make_the_whole`).

use super::*;

/// The [`intrinsic_features`] of `t` that do not name its word: its shapes, length, frequency
/// class, case, marks and the document's sightings of its lower-case form. The same for every
/// word of the same [`intrinsic_class_key`].
pub fn intrinsic_class_features(
    t: &TokenInfo,
    first_token: bool,
    mode: CaseMode,
    doc: &DocContext,
    out: &mut Vec<u32>,
) {
    let m = mode as u64;
    let short = t.spelling.short_shape;
    out.push(feat(BIAS, 0, 0));
    out.push(feat(LENGTH_SHAPE, t.spelling.len.min(12) as u64, short));
    out.push(feat(SHAPE, t.spelling.shape, m));
    out.push(feat(SHORT_SHAPE, short, 0));
    out.push(feat(FIRST_SHAPE, first_token as u64, short));
    out.push(feat(MODE_SHAPE, m, short));
    out.push(feat(FREQ_SHAPE, t.freq as u64, short));
    out.push(feat(
        MODE_FREQ_CAP,
        m << 16 | (t.freq as u64) << 8 | (t.spelling.capitalised as u64) << 1 | first_token as u64,
        0,
    ));
    push_marks(out, GAZ, t.gaz, short);
    if t.gaz != 0 {
        out.push(feat(GAZ_MODE, t.gaz as u64, m));
    }
    let (lower_seen, cap_seen) = doc_sightings(t, doc);
    let first = (first_token || mode != CaseMode::Normal) as u64;
    out.push(feat(
        DOC_LOWER_SEEN,
        (lower_seen as u64) << 8 | t.spelling.capitalised as u64,
        first,
    ));
    out.push(feat(
        DOC_CAP_SEEN,
        (cap_seen as u64) << 8 | t.spelling.capitalised as u64,
        first,
    ));
}

/// Whether the document has `t`'s lower-case form in lower case, and capitalised.
fn doc_sightings(t: &TokenInfo, doc: &DocContext) -> (bool, bool) {
    (
        doc.lower_seen.contains(&t.lower),
        doc.capitalised_seen.contains(&t.lower),
    )
}

/// Everything [`intrinsic_class_features`] reads, as one key.
pub fn intrinsic_class_key(
    t: &TokenInfo,
    first_token: bool,
    mode: CaseMode,
    doc: &DocContext,
) -> u64 {
    let (lower_seen, cap_seen) = doc_sightings(t, doc);
    let small = u64::from(t.spelling.len.min(12))
        | u64::from(t.freq) << 4
        | (t.spelling.capitalised as u64) << 12
        | (first_token as u64) << 13
        | (mode as u64) << 14
        | (lower_seen as u64) << 16
        | (cap_seen as u64) << 17
        | u64::from(t.gaz) << 24;
    fmix(t.spelling.shape ^ pair_part(t.spelling.short_shape ^ spread(small)))
}

/// The [`intrinsic_features`] of `t` that name its word: the word (normally cased sentences),
/// its lower-case form and its affixes.
pub fn intrinsic_word_features(t: &TokenInfo, mode: CaseMode, out: &mut Vec<u32>) {
    if mode == CaseMode::Normal {
        out.push(feat(WORD, t.spelling.word, 0));
    }
    out.push(feat(LOWER, t.lower, 0));
    out.extend_from_slice(&t.spelling.affixes);
}

/// The [`side_features`] of token `i` but [`side_pair_feature`]: what the neighbour on `side`
/// is, with the token's short shape.
pub fn side_neighbour_features(
    infos: &[TokenInfo],
    i: usize,
    side: Side,
    mode: CaseMode,
    out: &mut Vec<u32>,
) {
    let Some(t) = infos.get(i) else {
        return;
    };
    let (j, right) = match side {
        Side::Left => (i.checked_sub(1), 0u8),
        Side::Right => (i.checked_add(1), 1u8),
    };
    let n = j.and_then(|j| infos.get(j));
    let lower = n.map_or(BOUNDARY, |x| x.lower);
    let shape = n.map_or(BOUNDARY, |x| x.spelling.short_shape);
    if mode == CaseMode::Normal {
        if let Some(n) = n {
            out.push(feat(WORD_AT + right, n.spelling.word, 0));
        }
    }
    let short = t.spelling.short_shape;
    match side {
        Side::Left => {
            out.push(feat(LOWER_PREV_SHAPE, lower, short));
            out.push(feat(LOWER_AT + 1, lower, 0));
            out.push(feat(SHAPE_AT, shape, 0));
            out.push(feat(SHAPE_PAIR_LEFT, shape, short));
        }
        Side::Right => {
            out.push(feat(LOWER_NEXT_SHAPE, lower, short));
            out.push(feat(LOWER_AT + 2, lower, 0));
            out.push(feat(SHAPE_AT + 1, shape, 0));
            out.push(feat(SHAPE_PAIR_RIGHT, short, shape));
        }
    }
    if let Some(n) = n {
        let template = match side {
            Side::Left => GAZ_LEFT,
            Side::Right => GAZ_RIGHT,
        };
        push_marks(out, template, n.gaz, 0);
    }
}

/// Everything [`side_neighbour_features`] reads, as one key: the neighbour's word and marks (or
/// none), the token's short shape, the side and whether the sentence is normally cased.
pub fn side_neighbour_key(infos: &[TokenInfo], i: usize, side: Side, mode: CaseMode) -> u64 {
    let Some(t) = infos.get(i) else {
        return 0;
    };
    let j = match side {
        Side::Left => i.checked_sub(1),
        Side::Right => i.checked_add(1),
    };
    let n = j.and_then(|j| infos.get(j));
    let (word, gaz, present) = n.map_or((BOUNDARY, 0, 0), |n| (n.spelling.word, n.gaz, 1));
    let normal = (mode == CaseMode::Normal) as u64;
    fmix(
        word ^ pair_part(
            t.spelling.short_shape
                ^ spread((gaz as u64) << 8 | present << 2 | normal << 1 | side as u64),
        ),
    )
}

/// The feature of [`side_features`] that reads both words: the token's lower-case form with its
/// neighbour's on `side` (none when there is no token `i`).
pub fn side_pair_feature(infos: &[TokenInfo], i: usize, side: Side) -> Option<u32> {
    let t = infos.get(i)?;
    let j = match side {
        Side::Left => i.checked_sub(1),
        Side::Right => i.checked_add(1),
    };
    let lower = j.and_then(|j| infos.get(j)).map_or(BOUNDARY, |x| x.lower);
    Some(match side {
        Side::Left => feat(LOWER_PAIR_LEFT, lower, t.lower),
        Side::Right => feat(LOWER_PAIR_RIGHT, t.lower, lower),
    })
}

/// The [`history_features`] of `t` after `prev` and `prev2` that do not name its word.
pub fn history_tag_features(t: &TokenInfo, prev: Tag, prev2: Tag) -> [u32; 3] {
    let p = prev as u64;
    [
        feat(PREV_TAG, p, 0),
        feat(PREV_TWO_TAGS, p, prev2 as u64),
        feat(PREV_TAG_SHAPE, p, t.spelling.short_shape),
    ]
}

/// Everything [`history_tag_features`] reads, as one key.
pub fn history_tags_key(t: &TokenInfo, prev: Tag, prev2: Tag) -> u64 {
    fmix(t.spelling.short_shape ^ pair_part(spread((prev as u64) << 8 | prev2 as u64 | 1 << 16)))
}

/// The [`history_features`] of `t` after `prev` that names its word (its lower-case form).
pub fn history_word_feature(t: &TokenInfo, prev: Tag) -> u32 {
    feat(PREV_TAG_LOWER, prev as u64, t.lower)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    /// `f` in ascending order (the parts give the whole's features in another order).
    fn sorted(mut f: Vec<u32>) -> Vec<u32> {
        f.sort_unstable();
        f
    }

    /// Each split part and its rest are the whole list (as multisets: the rows' sums do not
    /// depend on the order), and two tokens of the same part's key have the same part: on made-up
    /// news and sentences of names, places and headlines, in every case mode, at both places.
    #[test]
    fn split_features_make_the_whole() {
        let lex = crate::entities::lexicon::get();
        let news = crate::entities::news_text::news(20_000);
        let tokens = crate::entities::tokenizer::tokenize_flat(&news);
        let mut all: Vec<Vec<&str>> = tokens
            .sentences()
            .map(|s| s.iter().map(|r| &news[r.clone()]).collect())
            .collect();
        all.extend([
            vec![
                "Dana", "Okafor", "flew", "to", "New", "York", "City", "and", "she", "said",
            ],
            vec!["NEW", "YORK", "CITY", "HIT", "BY", "FLOODS", "IN", "LISBON"],
            vec!["Minister", "Signs", "Deal", "With", "São", "Paulo", "Firm"],
            vec!["Lisbon"],
            vec![
                "the", "2-1", "win", "over", "FC", "Porto", "(", "AFP", ")", "on", "9,733",
            ],
        ]);
        let prepared: Vec<(Vec<TokenInfo>, CaseMode)> = all
            .iter()
            .map(|words| (sentence_infos(lex, words), case_mode(words)))
            .collect();
        let doc = DocContext::new(&prepared);
        let mut classes: HashMap<u64, Vec<u32>> = HashMap::new();
        let mut neighbours: HashMap<u64, Vec<u32>> = HashMap::new();
        let mut histories: HashMap<u64, Vec<u32>> = HashMap::new();
        let mut checked = 0;
        for (infos, _) in &prepared {
            for (i, t) in infos.iter().enumerate() {
                for mode in [CaseMode::Normal, CaseMode::AllCaps, CaseMode::Title] {
                    for first in [false, true] {
                        let mut whole = Vec::new();
                        intrinsic_features(t, first, mode, &doc, &mut whole);
                        let mut class = Vec::new();
                        intrinsic_class_features(t, first, mode, &doc, &mut class);
                        let mut parts = class.clone();
                        intrinsic_word_features(t, mode, &mut parts);
                        assert_eq!(sorted(parts), sorted(whole), "token {i} of {infos:?}");
                        let key = intrinsic_class_key(t, first, mode, &doc);
                        let class = sorted(class);
                        assert_eq!(classes.entry(key).or_insert_with(|| class.clone()), &class);
                        checked += 1;
                    }
                    for side in [Side::Left, Side::Right] {
                        let mut whole = Vec::new();
                        side_features(infos, i, side, mode, &mut whole);
                        let mut neighbour = Vec::new();
                        side_neighbour_features(infos, i, side, mode, &mut neighbour);
                        let mut parts = neighbour.clone();
                        parts.extend(side_pair_feature(infos, i, side));
                        assert_eq!(sorted(parts), sorted(whole), "token {i} of {infos:?}");
                        let key = side_neighbour_key(infos, i, side, mode);
                        let neighbour = sorted(neighbour);
                        assert_eq!(
                            neighbours.entry(key).or_insert_with(|| neighbour.clone()),
                            &neighbour
                        );
                    }
                }
            }
            assert_eq!(side_pair_feature(infos, infos.len(), Side::Left), None);
            for (t, prev, prev2) in infos.iter().zip(0..).flat_map(|(t, k)| {
                let tags = crate::entities::tags::N_TAGS as Tag + 1;
                [(t, k % tags, (k / 3) % tags), (t, (k * 7) % tags, k % tags)]
            }) {
                let mut parts = history_tag_features(t, prev, prev2).to_vec();
                parts.push(history_word_feature(t, prev));
                assert_eq!(
                    sorted(parts),
                    sorted(history_features(t, prev, prev2).to_vec())
                );
                let tagged = sorted(history_tag_features(t, prev, prev2).to_vec());
                let key = history_tags_key(t, prev, prev2);
                assert_eq!(
                    histories.entry(key).or_insert_with(|| tagged.clone()),
                    &tagged
                );
            }
        }
        // The keys are shared: far fewer classes and neighbours than tokens.
        assert!(checked > 10_000, "{checked}");
        assert!(classes.len() * 10 < checked, "{} classes", classes.len());
        assert!(
            neighbours.len() * 4 < checked,
            "{} neighbours",
            neighbours.len()
        );
    }
}
