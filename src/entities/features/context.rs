//! The features of a token that look at its neighbours, split so that the fast tagger can keep
//! the scores of each side per pair of words.

use super::*;

/// The part of [`token_features`] that looks at the neighbours (see [`intrinsic_features`]):
/// its two [`side_features`] and its [`centre_features`].
pub fn context_features(infos: &[TokenInfo], i: usize, mode: CaseMode, out: &mut Vec<u32>) {
    side_features(infos, i, Side::Left, mode, out);
    side_features(infos, i, Side::Right, mode, out);
    centre_features(infos, i, out);
}

/// The neighbour a [`side_features`] call looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Left = 0,
    Right = 1,
}

/// The context features of token `i` that read only the token and its neighbour on `side`
/// (the neighbour's word, lower-case form, shape and gazetteer marks, and their pairs with the
/// token's): the same wherever the same two words meet, so the fast tagger caches their scores
/// per pair ([`side_key`]).
pub fn side_features(
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
            out.push(feat(LOWER_PAIR_LEFT, lower, t.lower));
        }
        Side::Right => {
            out.push(feat(LOWER_NEXT_SHAPE, lower, short));
            out.push(feat(LOWER_AT + 2, lower, 0));
            out.push(feat(SHAPE_AT + 1, shape, 0));
            out.push(feat(SHAPE_PAIR_RIGHT, short, shape));
            out.push(feat(LOWER_PAIR_RIGHT, t.lower, lower));
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

/// Everything [`side_features`] reads, as one key: the token's word (which fixes its lower-case
/// form and shape), the neighbour's word and marks (or none), the side and whether the
/// sentence is normally cased.
pub fn side_key(infos: &[TokenInfo], i: usize, side: Side, mode: CaseMode) -> u64 {
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
        t.spelling.word
            ^ pair_part(
                word ^ spread((gaz as u64) << 8 | present << 2 | normal << 1 | side as u64),
            ),
    )
}

/// Everything [`intrinsic_features`] and the left [`side_features`] of token `i` read, as one
/// key: its [`intrinsic_key`] (the word fixes its lower-case form and shape; the key has its
/// marks, the case mode and whether the token opens the sentence, which says whether there is a
/// left neighbour) with the left neighbour's word and marks. The fast tagger keeps the sum of
/// the two groups' scores by this key: one probe and one row added a token instead of two.
pub fn intrinsic_left_key(infos: &[TokenInfo], i: usize, mode: CaseMode) -> u64 {
    let Some(t) = infos.get(i) else {
        return 0;
    };
    let n = i.checked_sub(1).and_then(|j| infos.get(j));
    let (word, gaz) = n.map_or((BOUNDARY, 0), |n| (n.spelling.word, n.gaz));
    fmix(intrinsic_key(t, i == 0, mode) ^ pair_part(word ^ spread((gaz as u64) << 8 | 1)))
}

/// Everything the intrinsic, the left side's and the [`history_features`] of token `i` after
/// `prev` and `prev2` read, as one key: what [`intrinsic_left_key`] reads with the two tags
/// ([`history_key`]'s lower-case form and shape are fixed by the word). Made with one `fmix`
/// (the small parts spread into the word's hash, the left word's turned in by [`pair_part`]),
/// not from [`intrinsic_left_key`]'s two: it is made for every scored token, that one only on a
/// miss.
pub fn after_tags_key(infos: &[TokenInfo], i: usize, mode: CaseMode, prev: Tag, prev2: Tag) -> u64 {
    let Some(t) = infos.get(i) else {
        return 0;
    };
    let n = i.checked_sub(1).and_then(|j| infos.get(j));
    let (word, gaz) = n.map_or((BOUNDARY, 0), |n| (n.spelling.word, n.gaz));
    let own = (t.gaz as u64) << 8
        | (mode as u64) << 2
        | (i == 0) as u64
        | (prev as u64) << 40
        | (prev2 as u64) << 48
        | 1 << 56;
    fmix(t.spelling.word ^ spread(own) ^ pair_part(word ^ spread((gaz as u64) << 8 | 1)))
}

/// The context features of token `i` that are not [`side_features`]: the lower-case words two
/// away, and a personal pronoun ahead.
pub fn centre_features(infos: &[TokenInfo], i: usize, out: &mut Vec<u32>) {
    let Some(t) = infos.get(i) else {
        return;
    };
    let lower_at = |j: Option<usize>| j.and_then(|j| infos.get(j)).map_or(BOUNDARY, |x| x.lower);
    out.push(feat(LOWER_AT, lower_at(i.checked_sub(2)), 0));
    out.push(feat(LOWER_AT + 3, lower_at(i.checked_add(2)), 0));
    if t.pronoun_ahead < PRONOUN_REACH {
        out.push(feat(
            PRONOUN_AHEAD,
            (t.pronoun_ahead > 3) as u64,
            t.spelling.short_shape,
        ));
    }
}

/// Everything [`centre_features`] reads, as one key: the lower-case words two away (or none)
/// and, when a pronoun is near, how near and the token's short shape. Recurring phrases meet
/// the same words two away, so the fast tagger caches the centre's scores by this key.
pub fn centre_key(infos: &[TokenInfo], i: usize) -> u64 {
    let Some(t) = infos.get(i) else {
        return 0;
    };
    let lower_at = |j: Option<usize>| j.and_then(|j| infos.get(j)).map_or(BOUNDARY, |x| x.lower);
    let pronoun = if t.pronoun_ahead < PRONOUN_REACH {
        fmix(t.spelling.short_shape ^ spread(2 + (t.pronoun_ahead > 3) as u64))
    } else {
        0
    };
    fmix(lower_at(i.checked_sub(2)) ^ pair_part(lower_at(i.checked_add(2)) ^ pronoun))
}
