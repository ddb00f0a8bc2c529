//! Greedy left-to-right BILOU decoding over a document, in one or two passes.
//!
//! The second pass sees, for each word, the types the first pass gave it elsewhere in the
//! document, so a later "Sunak" can follow an earlier, clearer "Rishi Sunak".

use super::features::{self, CaseMode, DocContext, TokenInfo};
use super::lexicon::Lexicon;
use super::model::Scores;
#[cfg(test)]
use super::tags;
use super::tags::{Tag, N_TAGS, O};

/// Anything that can score features: the shipped quantised model, or weights being trained.
pub trait Scorer {
    fn add(&self, features: &[u32], scores: &mut Scores);
}

/// Marks "no tag yet" in history features (the start of a sentence).
pub const START: Tag = N_TAGS as Tag;

/// One sentence ready for tagging.
pub struct Prepared {
    pub infos: Vec<TokenInfo>,
    pub mode: CaseMode,
}

pub fn prepare<S: AsRef<str>>(
    lex: &Lexicon,
    sentences: &[Vec<S>],
) -> Vec<(Vec<TokenInfo>, CaseMode)> {
    let mut scratch = features::InfoScratch::default();
    sentences
        .iter()
        .map(|words| {
            (
                features::sentence_infos_with(lex, words, &mut scratch),
                features::case_mode(words),
            )
        })
        .collect()
}

/// The best tag that may follow `prev` (and end the sentence when `last`).
pub fn best_allowed(scores: &Scores, prev: Tag, last: bool) -> Tag {
    // Inside a name (after its B or I) only its I and L may follow, only L at the sentence's
    // end: the scan of one or two bits costs less than the vector path's call (~57).
    #[cfg(target_arch = "x86_64")]
    if !closes(prev) {
        let mut mask = ALLOWED.get(prev as usize).copied().unwrap_or(0);
        if last {
            mask &= CAN_END;
        }
        return best_allowed_scan(scores, mask);
    }
    #[cfg(target_arch = "x86_64")]
    if let Some(t) = best::first_best_after(scores, prev, last) {
        return t;
    }
    let mut mask = ALLOWED.get(prev as usize).copied().unwrap_or(0);
    if last {
        mask &= CAN_END;
    }
    #[cfg(not(target_arch = "x86_64"))]
    if let Some(t) = best::first_best(scores, mask) {
        return t;
    }
    best_allowed_scan(scores, mask)
}

/// [`best_allowed`] by a scan of the tags in `mask` (the WASM's path, and the reference the
/// vector path is tested against).
fn best_allowed_scan(scores: &Scores, mut mask: u32) -> Tag {
    // The allowed tags in ascending order (the first of equal scores wins, as in a plain scan).
    let mut best = (O, f32::NEG_INFINITY);
    while mask != 0 {
        let t = mask.trailing_zeros() as usize;
        mask &= mask - 1;
        if let Some(&s) = scores.get(t) {
            if s > best.1 {
                best = (t as Tag, s);
            }
        }
    }
    best.0
}

/// [`tags::allowed`] as bit masks: bit `t` of `ALLOWED[prev]` is set when tag `t` may follow
/// `prev` (`START` for the start of a sentence), so the decoder tests no tag parts per token.
const ALLOWED: [u32; N_TAGS + 1] = {
    let mut table = [0u32; N_TAGS + 1];
    let mut prev = 0;
    while prev <= N_TAGS {
        // The type of the name `prev` leaves open (B or I), if any.
        let open = if prev != O as usize && prev < N_TAGS && (prev - 1) % 4 <= 1 {
            Some((prev - 1) / 4)
        } else {
            None
        };
        let mut next = 0;
        while next < N_TAGS {
            let continues = next != O as usize && matches!((next - 1) % 4, 1 | 2);
            let ok = match open {
                Some(k) => continues && (next - 1) / 4 == k,
                None => !continues,
            };
            if ok {
                table[prev] |= 1 << next;
            }
            next += 1;
        }
        prev += 1;
    }
    table
};

/// Bit `t` set when a sentence may end with tag `t` ([`tags::can_end`]).
const CAN_END: u32 = {
    let mut mask = 0u32;
    let mut t = 0;
    while t < N_TAGS {
        if t == O as usize || !matches!((t - 1) % 4, 0 | 1) {
            mask |= 1 << t;
        }
        t += 1;
    }
    mask
};

/// Bit `t` set when no name is open after tag `t`: `START` or a tag a sentence may end with.
const CLOSED: u32 = CAN_END | 1 << START;

/// `prev == START || tags::can_end(prev)`, one bit test (per token of both passes).
#[inline(always)]
fn closes(prev: Tag) -> bool {
    CLOSED.checked_shr(u32::from(prev)).unwrap_or(0) & 1 != 0
}

/// Tags one sentence greedily. `score(i, prev, prev2)` gives every score of token `i` after
/// the tags `prev` and `prev2` (its static features', the second pass's consistency features'
/// and the tag history's), called once per scored token. A token with no capital letter or digit
/// that follows no open name is O without scoring: in normally cased text such tokens do not
/// start names, and skipping them makes the pass several times faster.
pub fn decode_sentence(
    infos: &[TokenInfo],
    mut score: impl FnMut(usize, Tag, Tag) -> Scores,
    out: &mut Vec<Tag>,
) {
    // Sized at once and written in place (no `push` checking its room per token).
    out.clear();
    out.resize(infos.len(), O);
    let (mut prev, mut prev2) = (START, START);
    let mut i = 0;
    while let Some(info) = infos.get(i) {
        if closes(prev) && !info.name_like() {
            // This token and the next ones up to a name-like one stay O, unscored: skipped in
            // one tight loop (most tokens are such), the tags before the next one set as the
            // plain token-by-token loop leaves them.
            let rest = infos.get(i + 1..).unwrap_or(&[]);
            let skip = 1 + rest
                .iter()
                .position(TokenInfo::name_like)
                .unwrap_or(rest.len());
            prev2 = if skip >= 2 { O } else { prev };
            prev = O;
            i += skip;
            continue;
        }
        let scores = score(i, prev, prev2);
        let t = best_allowed(&scores, prev, i + 1 == infos.len());
        if let Some(slot) = out.get_mut(i) {
            *slot = t;
        }
        prev2 = prev;
        prev = t;
        i += 1;
    }
}

/// Tags every sentence of a document; with `two_pass`, a second pass uses the first's labels.
/// Features are built only for tokens that need scoring, and the scores of the
/// tag-independent ones are computed once and reused by the second pass.
pub fn tag_document<M: Scorer>(
    model: &M,
    two_pass: bool,
    sentences: &[(Vec<TokenInfo>, CaseMode)],
) -> Vec<Vec<Tag>> {
    let mut doc = DocContext::new(sentences);
    let mut history = HistoryScores::new(model);
    let mut statics = StaticScores::new(model);
    // One score cache for the whole document: sentence `k`'s tokens start at `starts[k]`.
    let mut starts = Vec::with_capacity(sentences.len() + 1);
    let mut total = 0;
    for (infos, _) in sentences {
        starts.push(total);
        total += infos.len();
    }
    let mut base: Vec<Option<Scores>> = vec![None; total];
    let mut first = Vec::with_capacity(sentences.len());
    for ((infos, mode), &start) in sentences.iter().zip(&starts) {
        let cache = base.get_mut(start..start + infos.len()).unwrap_or(&mut []);
        let mut tags = Vec::with_capacity(infos.len());
        decode_sentence(
            infos,
            |i, prev, prev2| {
                let mut s = cached(cache, i, || statics.get(infos, i, *mode, &doc));
                history.add(infos, i, prev, prev2, &mut s);
                s
            },
            &mut tags,
        );
        first.push(tags);
    }
    if !two_pass {
        return first;
    }
    doc.set_first_pass(sentences, &first);
    let mut cfeats = Vec::new();
    for (((infos, mode), &start), tags) in sentences.iter().zip(&starts).zip(&mut first) {
        let cache = base.get_mut(start..start + infos.len()).unwrap_or(&mut []);
        decode_sentence(
            infos,
            |i, prev, prev2| {
                let mut s = cached(cache, i, || statics.get(infos, i, *mode, &doc));
                cfeats.clear();
                features::token_consistency_features(infos, i, *mode, &doc, &mut cfeats);
                model.add(&cfeats, &mut s);
                history.add(infos, i, prev, prev2, &mut s);
                s
            },
            tags,
        );
    }
    first
}

/// A chunk's sentences ready for tagging: all their token infos in one list (one allocation a
/// kept chunk, where a list per sentence cost a `malloc` and a `free` a sentence), and each
/// sentence's end in it with its case mode.
#[derive(Default)]
pub struct Chunk {
    pub infos: Vec<TokenInfo>,
    pub ends: Vec<(usize, CaseMode)>,
}

impl Chunk {
    /// Empties the chunk, keeping its memory.
    pub fn clear(&mut self) {
        self.infos.clear();
        self.ends.clear();
    }

    /// Closes the sentence made of the infos added since the last one.
    pub fn end_sentence(&mut self, mode: CaseMode) {
        self.ends.push((self.infos.len(), mode));
    }

    /// The number of sentences.
    pub fn n_sentences(&self) -> usize {
        self.ends.len()
    }

    /// Each sentence's start in `infos`, its infos and its case mode, in order.
    pub fn sentences(&self) -> impl Iterator<Item = (usize, &[TokenInfo], CaseMode)> + '_ {
        let mut start = 0;
        self.ends.iter().map(move |&(end, mode)| {
            let from = start;
            start = end;
            (from, self.infos.get(from..end).unwrap_or(&[]), mode)
        })
    }
}

/// [`tag_document`] for a document too big to hold every token's infos at once (they take
/// 80 bytes a token): the document is split into chunks of sentences, and `prepare(k)`
/// builds chunk `k`'s infos afresh whenever a pass needs them, so only one chunk's are alive.
/// Up to `keep_tokens` tokens' infos are kept from the first pass for the second.
/// `prepare(k, chunk)` fills `chunk` (emptied first; a reused buffer when not kept).
/// `doc` must already hold the whole document's word evidence ([`features::InfoScratch::add_to_doc`]).
/// `emit(k, sentences, tags)` receives each chunk's final tags, in order. The tags are the ones
/// [`tag_document`] gives: each pass sees the same document context. The static scores of up to
/// `keep_scores` tokens scored in the first pass are kept for the second (they depend only on
/// the word evidence, which the first pass does not change); the others are computed again.
#[allow(clippy::too_many_arguments)]
pub fn tag_chunked<M: Scorer>(
    model: &M,
    two_pass: bool,
    mut doc: DocContext,
    n_chunks: usize,
    keep_tokens: usize,
    keep_scores: usize,
    mut prepare: impl FnMut(usize, &mut Chunk),
    mut emit: impl FnMut(usize, &[Vec<Tag>]),
) {
    let mut history = HistoryScores::new(model);
    let mut statics = StaticScores::new(model);
    // The first chunks' infos, kept for the second pass up to a small budget: a typical
    // article is then prepared once, and only big documents pay for preparing twice.
    let mut kept = Vec::new();
    let mut kept_tokens = 0;
    // Each chunk's first-pass static and history scores, by the token's place in the chunk, with
    // the two tags before it, in order.
    // Reserved at once (a list grown by doubling copies itself over and over; the pages of a
    // reservation never written are not taken from the system); chunk `k`'s scores start at
    // `kept_from[k]`. Each score's place and tags in one list, the rows in another: a 92-byte
    // item pushed a scored token cost ~37 instructions, two pushes of plain items fewer.
    let reserve = if two_pass { keep_scores } else { 0 };
    let mut kept_places: Vec<Kept> = Vec::with_capacity(reserve);
    let mut kept_rows: Vec<Scores> = Vec::with_capacity(reserve);
    let mut kept_from = Vec::with_capacity(n_chunks + 1);
    let mut sentences = Chunk::default();
    // One tag list per sentence of a chunk, refilled chunk after chunk (as `sentences` is).
    let mut tag_lists: Vec<Vec<Tag>> = Vec::new();
    // (A new list has room for a usual sentence: grown from empty by `decode_sentence`, the
    // lists' allocations and copies cost ~1 instruction a byte of news.)
    let lists_for = |n: usize, lists: &mut Vec<Vec<Tag>>| {
        lists.truncate(n);
        lists.resize_with(n, || Vec::with_capacity(SENTENCE_TAGS));
    };
    for k in 0..n_chunks {
        prepare(k, &mut sentences);
        lists_for(sentences.n_sentences(), &mut tag_lists);
        kept_from.push(kept_places.len());
        for ((offset, infos, mode), tags) in sentences.sentences().zip(tag_lists.iter_mut()) {
            decode_sentence(
                infos,
                |i, prev, prev2| {
                    let s = statics.get_after(infos, i, mode, &doc, prev, prev2, &mut history);
                    if two_pass && kept_places.len() < keep_scores {
                        if let Ok(at) = u32::try_from(offset + i) {
                            kept_places.push((at, [prev, prev2]));
                            kept_rows.push(s);
                        }
                    }
                    s
                },
                tags,
            );
        }
        let first = &tag_lists;
        if two_pass {
            doc.add_first_pass(sentences.sentences().map(|(_, infos, _)| infos), first);
            let n = sentences.infos.len();
            if kept_tokens + n <= keep_tokens {
                kept_tokens += n;
                kept.push(Some(std::mem::take(&mut sentences)));
            } else {
                kept.push(None);
            }
        } else {
            emit(k, first);
        }
    }
    if !two_pass {
        return;
    }
    kept_from.push(kept_places.len());
    // A big text (no first-pass scores kept) has its heap's peak in this pass: the parts' room
    // is given back (a smaller one keeps them: the few tokens scored again miss less).
    if keep_scores == 0 {
        statics.free_parts();
    }
    let mut consistency = ConsistencyScores::new(model);
    for k in 0..n_chunks {
        match kept.get_mut(k).and_then(Option::take) {
            Some(kept) => sentences = kept,
            None => prepare(k, &mut sentences),
        }
        lists_for(sentences.n_sentences(), &mut tag_lists);
        // The kept scores are in token order, as the tokens are scored again: one cursor.
        let (from, to) = (kept_from.get(k).copied(), kept_from.get(k + 1).copied());
        let (places, rows) = from
            .zip(to)
            .and_then(|(a, b)| kept_places.get(a..b).zip(kept_rows.get(a..b)))
            .unwrap_or((&[], &[]));
        let mut next = 0;
        for ((offset, infos, mode), tags) in sentences.sentences().zip(tag_lists.iter_mut()) {
            decode_sentence(
                infos,
                |i, prev, prev2| {
                    let at = offset + i;
                    while places.get(next).is_some_and(|&(t, _)| (t as usize) < at) {
                        next += 1;
                    }
                    // The first pass's sum when the token follows the same tags (the sums are
                    // integers: adding the parts in another order gives the same scores).
                    let kept = match places.get(next) {
                        Some(&(t, tags)) if t as usize == at && tags == [prev, prev2] => {
                            rows.get(next)
                        }
                        _ => None,
                    };
                    let mut s = match kept {
                        Some(&s) => s,
                        None => statics.get_after(infos, i, mode, &doc, prev, prev2, &mut history),
                    };
                    consistency.add(infos, i, mode, &doc, &mut s);
                    s
                },
                tags,
            );
        }
        emit(k, &tag_lists);
    }
}

/// Tags a new list of [`tag_chunked`] has room for (most sentences have fewer tokens).
const SENTENCE_TAGS: usize = 64;

/// Where a first-pass score kept for the second pass belongs: the token's place in its chunk
/// and the two tags before it (the sum of its static and history scores is kept beside).
type Kept = (u32, [Tag; 2]);

/// `cache[i]`, computed by `compute` on first need (zero scores when `i` is out of range).
fn cached(cache: &mut [Option<Scores>], i: usize, compute: impl FnOnce() -> Scores) -> Scores {
    cache
        .get_mut(i)
        .map_or([0.0; N_TAGS], |b| *b.get_or_insert_with(compute))
}

/// The straightforward tagger the fast path must agree with: every feature of every scored
/// token built afresh ([`features::token_features`], not the cached intrinsic/context split),
/// the second pass's features, and the history, summed in one list per token. The same greedy
/// decoding and the same skip of tokens that cannot open a name.
#[cfg(test)]
pub fn reference_tag_document<M: Scorer>(
    model: &M,
    two_pass: bool,
    sentences: &[(Vec<TokenInfo>, CaseMode)],
) -> Vec<Vec<Tag>> {
    let mut doc = DocContext::new(sentences);
    let decode = |doc: &DocContext| -> Vec<Vec<Tag>> {
        sentences
            .iter()
            .map(|(infos, mode)| {
                let (mut prev, mut prev2) = (START, START);
                let mut out = Vec::new();
                for (i, info) in infos.iter().enumerate() {
                    let closed = prev == START || tags::can_end(prev);
                    let t = if closed && !info.name_like() {
                        O
                    } else {
                        let mut feats = Vec::new();
                        features::token_features(infos, i, *mode, doc, &mut feats);
                        features::token_consistency_features(infos, i, *mode, doc, &mut feats);
                        feats.extend(features::history_features(info, prev, prev2));
                        let mut scores = [0.0; N_TAGS];
                        model.add(&feats, &mut scores);
                        best_allowed(&scores, prev, i + 1 == infos.len())
                    };
                    out.push(t);
                    prev2 = prev;
                    prev = t;
                }
                out
            })
            .collect()
    };
    let first = decode(&doc);
    if !two_pass {
        return first;
    }
    doc.set_first_pass(sentences, &first);
    decode(&doc)
}

mod best;
#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
pub(crate) use best::vector_best_disagreement;
mod cache;
mod scores;
pub use scores::HistoryScores;
use scores::{ConsistencyScores, StaticScores};

#[cfg(test)]
mod tests;
