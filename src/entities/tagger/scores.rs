//! The score caches of the fast tagger: each keeps the summed weights of a group of features by a
//! key of everything the group reads, so that a recurring word, pair of words or history is
//! scored once. What a cache holds never changes a result.

use super::super::features::{self, CaseMode, DocContext, Side, TokenInfo};
use super::super::model::Scores;
use super::super::tags::{Tag, N_TAGS, TYPES};
use super::cache::RowCache;
use super::Scorer;

/// Scores of a token's [`features::token_consistency_features`] in the second pass: a
/// neighbour's part is one of a few rows (one per side and type), made once; the token's own
/// part is kept per lower-case form, shape and sentence position
/// ([`features::own_consistency_key`]; the first pass's types do not change during the second).
pub(super) struct ConsistencyScores<'m, M> {
    model: &'m M,
    /// The scores of [`features::neighbour_type_feature`], by side and type.
    neighbours: [[Scores; TYPES.len()]; 2],
    own: RowCache,
    feats: Vec<u32>,
}

impl<'m, M: Scorer> ConsistencyScores<'m, M> {
    pub(super) fn new(model: &'m M) -> Self {
        let mut neighbours = [[[0.0; N_TAGS]; TYPES.len()]; 2];
        for (side, rows) in neighbours.iter_mut().enumerate() {
            for (best, row) in rows.iter_mut().enumerate() {
                model.add(&[features::neighbour_type_feature(side, best)], row);
            }
        }
        ConsistencyScores {
            model,
            neighbours,
            own: RowCache::new(OWN_CONSISTENCY_BITS),
            feats: Vec::new(),
        }
    }

    /// Adds token `i`'s consistency scores to `scores` (the same integers as adding its
    /// features' rows at once).
    pub(super) fn add(
        &mut self,
        infos: &[TokenInfo],
        i: usize,
        mode: CaseMode,
        doc: &DocContext,
        scores: &mut Scores,
    ) {
        let Some(t) = infos.get(i) else {
            return;
        };
        if !doc.has_first_pass() {
            return;
        }
        for (side, j) in [i.checked_sub(1), i.checked_add(1)].into_iter().enumerate() {
            if let Some(best) = doc.majority(features::neighbour_lower(infos, j)) {
                if let Some(row) = self.neighbours.get(side).and_then(|rows| rows.get(best)) {
                    add_scores(scores, row);
                }
            }
        }
        // A word the first pass never typed has no features of its own here: nothing to add.
        if !doc.may_be_typed(t.lower_hash()) {
            return;
        }
        let first = i == 0 || mode != CaseMode::Normal;
        let (model, feats) = (self.model, &mut self.feats);
        let row = self
            .own
            .get_or_make(features::own_consistency_key(t, first), || {
                feats.clear();
                features::own_consistency_features(t, first, doc, feats);
                let mut s = [0.0; N_TAGS];
                model.add(feats, &mut s);
                s
            });
        add_scores(scores, &row);
    }
}

/// Words (with their shape and position) whose own consistency scores [`ConsistencyScores`]
/// keeps: `2 << OWN_CONSISTENCY_BITS` (as [`SIDES_BITS`]).
const OWN_CONSISTENCY_BITS: u32 = 10;

/// Scores of a token's tag-independent features: the part that depends only on the word
/// (with its marks, the case mode and sentence position) is cached per document, since names
/// and common capitalised words recur; the neighbours' parts are cached per pair of words (each
/// side) and per pair of words two away (the centre). The weights
/// are integers, so splitting the sum changes nothing.
pub(super) struct StaticScores<'m, M> {
    model: &'m M,
    intrinsic: RowCache,
    /// Scores of the [`features::intrinsic_features`] and the left [`features::side_features`]
    /// of a token, summed, by [`features::intrinsic_left_key`].
    intrinsic_left: RowCache,
    /// Scores of the right [`features::side_features`] of a token, by [`features::side_key`].
    sides: RowCache,
    /// Scores of the [`features::centre_features`] of a token, by [`features::centre_key`].
    centre: RowCache,
    /// The intrinsic, left-side and history scores of a token after two tags, summed, by
    /// [`features::after_tags_key`].
    after_tags: RowCache,
    /// The rows a miss above is made from (native builds): see [`Parts`].
    parts: Parts,
    feats: Vec<u32>,
}

/// The rows the misses of [`StaticScores`]' caches are made from in native builds: a new
/// word's intrinsic row from its class's ([`features::intrinsic_class_key`]: shape, length,
/// frequency, case, marks; many words share one) plus its own few features; a new pair's side
/// row from the neighbour's ([`features::side_neighbour_key`]) plus the pair's one feature.
/// (The WASM builds the whole lists on a miss, as before: no code added to the download.)
#[cfg(not(target_arch = "wasm32"))]
struct Parts {
    classes: RowCache,
    neighbours: RowCache,
}

#[cfg(not(target_arch = "wasm32"))]
impl Parts {
    fn new() -> Parts {
        Parts {
            classes: RowCache::new(CLASS_BITS),
            neighbours: RowCache::new(NEIGHBOUR_BITS),
        }
    }
}

/// (No parts in the WASM.)
#[cfg(target_arch = "wasm32")]
struct Parts;

#[cfg(target_arch = "wasm32")]
impl Parts {
    fn new() -> Parts {
        Parts
    }
}

impl<'m, M: Scorer> StaticScores<'m, M> {
    pub(super) fn new(model: &'m M) -> Self {
        StaticScores {
            model,
            intrinsic: RowCache::new(INTRINSIC_BITS),
            intrinsic_left: RowCache::new(INTRINSIC_LEFT_BITS),
            sides: RowCache::new(SIDES_BITS),
            centre: RowCache::new(CENTRE_BITS),
            after_tags: RowCache::new(AFTER_TAGS_BITS),
            parts: Parts::new(),
            feats: Vec::new(),
        }
    }

    /// Frees the rows a miss is made from ([`Parts`]), after the first pass of a big text
    /// (whose heap's peak is in the second pass: the room goes to [`NEIGHBOUR_BITS`]); the
    /// second pass's misses are mostly rows the other caches hold whole. A part is made again
    /// at need: no score changes.
    pub(super) fn free_parts(&mut self) {
        self.parts = Parts::new();
    }

    pub(super) fn get(
        &mut self,
        infos: &[TokenInfo],
        i: usize,
        mode: CaseMode,
        doc: &DocContext,
    ) -> Scores {
        let Some(t) = infos.get(i) else {
            return [0.0; N_TAGS];
        };
        let StaticScores {
            model,
            intrinsic,
            intrinsic_left,
            sides,
            centre,
            parts,
            feats,
            ..
        } = self;
        let mut s = intrinsic_left_row(
            *model,
            intrinsic,
            intrinsic_left,
            parts,
            feats,
            infos,
            t,
            i,
            mode,
            doc,
        );
        add_context(*model, sides, centre, parts, feats, infos, i, mode, &mut s);
        s
    }

    /// [`StaticScores::get`] plus `history`'s scores of token `i` after `prev` and `prev2`: the
    /// token's own, left-side and history scores summed and kept by one key
    /// ([`features::after_tags_key`]; most tokens follow the same tags after the same word).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn get_after(
        &mut self,
        infos: &[TokenInfo],
        i: usize,
        mode: CaseMode,
        doc: &DocContext,
        prev: Tag,
        prev2: Tag,
        history: &mut HistoryScores<'m, M>,
    ) -> Scores {
        let Some(t) = infos.get(i) else {
            return [0.0; N_TAGS];
        };
        let StaticScores {
            model,
            intrinsic,
            intrinsic_left,
            sides,
            centre,
            after_tags,
            parts,
            feats,
        } = self;
        let model = *model;
        let key = features::after_tags_key(infos, i, mode, prev, prev2);
        let mut s = after_tags.get_or_make(key, || {
            let mut s = intrinsic_left_row(
                model,
                intrinsic,
                intrinsic_left,
                parts,
                feats,
                infos,
                t,
                i,
                mode,
                doc,
            );
            history.add(infos, i, prev, prev2, &mut s);
            s
        });
        add_context(model, sides, centre, parts, feats, infos, i, mode, &mut s);
        s
    }
}

/// The sum of token `i`'s intrinsic and left-side scores, by [`features::intrinsic_left_key`];
/// on a miss, the word's own (cached on their own: a word recurs more often than a pair) plus
/// the left side's features added from the model (the weights are integers: any order sums
/// the same).
#[allow(clippy::too_many_arguments)]
#[inline(always)]
fn intrinsic_left_row<M: Scorer>(
    model: &M,
    intrinsic: &mut RowCache,
    intrinsic_left: &mut RowCache,
    parts: &mut Parts,
    feats: &mut Vec<u32>,
    infos: &[TokenInfo],
    t: &TokenInfo,
    i: usize,
    mode: CaseMode,
    doc: &DocContext,
) -> Scores {
    intrinsic_left.get_or_make(features::intrinsic_left_key(infos, i, mode), || {
        let mut s = intrinsic.get_or_make(features::intrinsic_key(t, i == 0, mode), || {
            intrinsic_row(model, parts, feats, t, i == 0, mode, doc)
        });
        add_side(model, parts, feats, infos, i, Side::Left, mode, &mut s);
        s
    })
}

/// The scores of `t`'s [`features::intrinsic_features`]: its class's row (kept) plus its word's
/// own features.
#[cfg(not(target_arch = "wasm32"))]
#[inline(always)]
fn intrinsic_row<M: Scorer>(
    model: &M,
    parts: &mut Parts,
    feats: &mut Vec<u32>,
    t: &TokenInfo,
    first: bool,
    mode: CaseMode,
    doc: &DocContext,
) -> Scores {
    let key = features::intrinsic_class_key(t, first, mode, doc);
    let mut s = parts.classes.get_or_make(key, || {
        feats.clear();
        features::intrinsic_class_features(t, first, mode, doc, feats);
        let mut s = [0.0; N_TAGS];
        model.add(feats, &mut s);
        s
    });
    feats.clear();
    features::intrinsic_word_features(t, mode, feats);
    model.add(feats, &mut s);
    s
}

/// The scores of `t`'s [`features::intrinsic_features`], from the whole list.
#[cfg(target_arch = "wasm32")]
#[inline(always)]
fn intrinsic_row<M: Scorer>(
    model: &M,
    _parts: &mut Parts,
    feats: &mut Vec<u32>,
    t: &TokenInfo,
    first: bool,
    mode: CaseMode,
    doc: &DocContext,
) -> Scores {
    feats.clear();
    features::intrinsic_features(t, first, mode, doc, feats);
    let mut s = [0.0; N_TAGS];
    model.add(feats, &mut s);
    s
}

/// Adds the scores of token `i`'s [`features::side_features`] on `side` to `s`: its neighbour's
/// row (kept) plus the pair's feature.
#[cfg(not(target_arch = "wasm32"))]
#[allow(clippy::too_many_arguments)]
#[inline(always)]
fn add_side<M: Scorer>(
    model: &M,
    parts: &mut Parts,
    feats: &mut Vec<u32>,
    infos: &[TokenInfo],
    i: usize,
    side: Side,
    mode: CaseMode,
    s: &mut Scores,
) {
    let key = features::side_neighbour_key(infos, i, side, mode);
    let row = parts.neighbours.get_or_make(key, || {
        feats.clear();
        features::side_neighbour_features(infos, i, side, mode, feats);
        let mut s = [0.0; N_TAGS];
        model.add(feats, &mut s);
        s
    });
    add_scores(s, &row);
    if let Some(pair) = features::side_pair_feature(infos, i, side) {
        model.add(&[pair], s);
    }
}

/// Adds the scores of token `i`'s [`features::side_features`] on `side` to `s`, from the whole
/// list.
#[cfg(target_arch = "wasm32")]
#[allow(clippy::too_many_arguments)]
#[inline(always)]
fn add_side<M: Scorer>(
    model: &M,
    _parts: &mut Parts,
    feats: &mut Vec<u32>,
    infos: &[TokenInfo],
    i: usize,
    side: Side,
    mode: CaseMode,
    s: &mut Scores,
) {
    feats.clear();
    features::side_features(infos, i, side, mode, feats);
    model.add(feats, s);
}

/// Adds token `i`'s right-side and centre scores to `s`, each by its key.
#[allow(clippy::too_many_arguments)]
#[inline(always)]
fn add_context<M: Scorer>(
    model: &M,
    sides: &mut RowCache,
    centre: &mut RowCache,
    parts: &mut Parts,
    feats: &mut Vec<u32>,
    infos: &[TokenInfo],
    i: usize,
    mode: CaseMode,
    s: &mut Scores,
) {
    let row = sides.get_or_make(features::side_key(infos, i, Side::Right, mode), || {
        let mut s = [0.0; N_TAGS];
        add_side(model, parts, feats, infos, i, Side::Right, mode, &mut s);
        s
    });
    add_scores(s, &row);
    let row = centre.get_or_make(features::centre_key(infos, i), || {
        feats.clear();
        features::centre_features(infos, i, feats);
        let mut s = [0.0; N_TAGS];
        model.add(feats, &mut s);
        s
    });
    add_scores(s, &row);
}

/// `scores += row`, lane by lane, from a copy of `row` (a row borrowed from a cache map is added
/// in scalar steps otherwise: the compiler cannot see that the two do not overlap).
#[inline(always)]
fn add_scores(scores: &mut Scores, row: &Scores) {
    let row = *row;
    for (s, x) in scores.iter_mut().zip(row) {
        *s += x;
    }
}

/// Words (with their marks, case mode and position) whose intrinsic scores [`StaticScores`]
/// keeps: `2 << INTRINSIC_BITS` (80 bytes each; a text's vocabulary grows without end, the
/// cache must not: a full set forgets its older row, which changes no result).
const INTRINSIC_BITS: u32 = 12;

/// Classes of words (shape, length, frequency, case, marks, sightings) whose intrinsic class
/// scores [`Parts`] keeps: `2 << CLASS_BITS` (as [`INTRINSIC_BITS`]).
#[cfg(not(target_arch = "wasm32"))]
const CLASS_BITS: u32 = 8;

/// Neighbours (word and marks, with the token's short shape, side and case) whose side scores
/// but the pair's [`Parts`] keeps: `2 << NEIGHBOUR_BITS` (as [`INTRINSIC_BITS`]; 11 bits, not
/// 9, scored CoNLL dev ~5 a byte better, news the same: their room is given back before a
/// big text's second pass, [`StaticScores::free_parts`], so `tests/memory.rs`' peak does not
/// grow).
#[cfg(not(target_arch = "wasm32"))]
const NEIGHBOUR_BITS: u32 = 11;

/// Words with their left neighbours whose summed intrinsic and left-side scores
/// [`StaticScores`] keeps: `2 << INTRINSIC_LEFT_BITS` (as [`INTRINSIC_BITS`]).
const INTRINSIC_LEFT_BITS: u32 = 12;

/// Words after their left neighbours and two tags whose summed intrinsic, left-side and
/// history scores [`StaticScores`] keeps: `2 << AFTER_TAGS_BITS` (as [`INTRINSIC_BITS`]; 11
/// bits scored 0.4 a byte better on news, none on art, for 0.2 MB more heap).
const AFTER_TAGS_BITS: u32 = 11;

/// Pairs of neighbouring words whose right [`features::side_features`] scores [`StaticScores`]
/// keeps: `2 << SIDES_BITS` (as [`INTRINSIC_BITS`]; the left pairs are in the rows of
/// [`INTRINSIC_LEFT_BITS`], so 11 bits, not 12, do as well).
const SIDES_BITS: u32 = 12;

/// Pairs of words two away from a token whose [`features::centre_features`] scores
/// [`StaticScores`] keeps: `2 << CENTRE_BITS` (as [`SIDES_BITS`]; 12 bits scored no better on
/// art and news and took 0.6 MB more, which `tests/memory.rs` counts).
const CENTRE_BITS: u32 = 10;

/// Words after pairs of tags whose history scores [`HistoryScores`] keeps: `2 << HISTORY_BITS`
/// (as [`SIDES_BITS`]; looked at only on a miss of [`AFTER_TAGS_BITS`]' rows in the fast
/// tagger, so 10 bits, not 11, do as well).
const HISTORY_BITS: u32 = 10;

/// Tags with a short shape whose history scores but the word's [`HistoryScores`] keeps:
/// `2 << HISTORY_TAGS_BITS` (as [`SIDES_BITS`]).
#[cfg(not(target_arch = "wasm32"))]
const HISTORY_TAGS_BITS: u32 = 7;

/// Scores of a token's [`features::history_features`], kept per lower-case form, shape and the
/// two tags before it ([`features::history_key`]): the same word after the same tags scores the
/// same, and most tokens follow O.
pub struct HistoryScores<'m, M> {
    model: &'m M,
    cache: RowCache,
    /// The scores of [`features::history_tag_features`], by [`features::history_tags_key`]: a
    /// miss of `cache` adds the word's one feature to a row kept for the tags and the shape.
    #[cfg(not(target_arch = "wasm32"))]
    tags: RowCache,
}

impl<'m, M: Scorer> HistoryScores<'m, M> {
    pub fn new(model: &'m M) -> Self {
        HistoryScores {
            model,
            cache: RowCache::new(HISTORY_BITS),
            #[cfg(not(target_arch = "wasm32"))]
            tags: RowCache::new(HISTORY_TAGS_BITS),
        }
    }

    /// Adds the history features' scores of token `i` after `prev` and `prev2` to `scores`. (In the
    /// WASM build, where the cache's code costs 175 gzipped bytes of download, straight from
    /// the model.)
    #[cfg(target_arch = "wasm32")]
    pub(super) fn add(
        &mut self,
        infos: &[TokenInfo],
        i: usize,
        prev: Tag,
        prev2: Tag,
        scores: &mut Scores,
    ) {
        let _ = &self.cache;
        let Some(t) = infos.get(i) else {
            return;
        };
        self.model
            .add(&features::history_features(t, prev, prev2), scores);
    }

    /// Adds the history features' scores of token `i` after `prev` and `prev2` to `scores`.
    #[cfg(not(target_arch = "wasm32"))]
    pub(super) fn add(
        &mut self,
        infos: &[TokenInfo],
        i: usize,
        prev: Tag,
        prev2: Tag,
        scores: &mut Scores,
    ) {
        let Some(t) = infos.get(i) else {
            return;
        };
        let (model, tags) = (self.model, &mut self.tags);
        let row = self
            .cache
            .get_or_make(features::history_key(t, prev, prev2), || {
                let key = features::history_tags_key(t, prev, prev2);
                let mut s = tags.get_or_make(key, || {
                    let mut s = [0.0; N_TAGS];
                    model.add(&features::history_tag_features(t, prev, prev2), &mut s);
                    s
                });
                model.add(&[features::history_word_feature(t, prev)], &mut s);
                s
            });
        add_scores(scores, &row);
    }
}
