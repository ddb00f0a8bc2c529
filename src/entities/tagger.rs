//! Greedy left-to-right BILOU decoding over a document, in one or two passes.
//!
//! The second pass sees, for each word, the types the first pass gave it elsewhere in the
//! document, so a later "Sunak" can follow an earlier, clearer "Rishi Sunak".

use std::collections::HashMap;

use super::features::{self, CaseMode, DocContext, HashBuild, TokenInfo};
use super::lexicon::Lexicon;
use super::model::Scores;
use super::tags::{self, Tag, N_TAGS, O};

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
    let prev = (prev != START).then_some(prev);
    let mut best = (O, f32::NEG_INFINITY);
    for (t, &s) in scores.iter().enumerate() {
        let t = t as Tag;
        if s > best.1 && tags::allowed(prev, t) && (!last || tags::can_end(t)) {
            best = (t, s);
        }
    }
    best.0
}

/// Tags one sentence greedily. `base(i)` gives the scores of token `i`'s tag-independent
/// features (called at most once per token); `extra(i)` adds the second pass's consistency
/// scores (zero in the first pass). A token with no capital letter or digit that follows no
/// open name is O without scoring: in normally cased text such tokens do not start names, and
/// skipping them makes the pass several times faster.
pub fn decode_sentence<M: Scorer>(
    model: &M,
    infos: &[TokenInfo],
    mut extra: impl FnMut(usize, &mut Scores),
    mut base: impl FnMut(usize) -> Scores,
    out: &mut Vec<Tag>,
) {
    out.clear();
    let (mut prev, mut prev2) = (START, START);
    for (i, info) in infos.iter().enumerate() {
        let closed = prev == START || tags::can_end(prev);
        let t = if closed && !info.name_like() {
            O
        } else {
            let mut scores = base(i);
            extra(i, &mut scores);
            model.add(&features::history_features(info, prev, prev2), &mut scores);
            best_allowed(&scores, prev, i + 1 == infos.len())
        };
        out.push(t);
        prev2 = prev;
        prev = t;
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
    let mut statics = StaticScores {
        model,
        intrinsic: HashMap::default(),
        feats: Vec::new(),
    };
    // One score cache for the whole document: sentence `k`'s tokens start at `starts[k]`.
    let mut starts = Vec::with_capacity(sentences.len() + 1);
    let mut total = 0;
    for (infos, _) in sentences {
        starts.push(total);
        total += infos.len();
    }
    let mut base: Vec<Option<Scores>> = vec![None; total];
    let mut first = Vec::with_capacity(sentences.len());
    let no_extra = |_: usize, _: &mut Scores| {};
    for ((infos, mode), &start) in sentences.iter().zip(&starts) {
        let cache = base.get_mut(start..start + infos.len()).unwrap_or(&mut []);
        let mut tags = Vec::with_capacity(infos.len());
        decode_sentence(
            model,
            infos,
            no_extra,
            |i| cached(cache, i, || statics.get(infos, i, *mode, &doc)),
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
        let extra = |i: usize, scores: &mut Scores| {
            cfeats.clear();
            features::token_consistency_features(infos, i, *mode, &doc, &mut cfeats);
            model.add(&cfeats, scores);
        };
        decode_sentence(
            model,
            infos,
            extra,
            |i| cached(cache, i, || statics.get(infos, i, *mode, &doc)),
            tags,
        );
    }
    first
}

/// [`tag_document`] for a document too big to hold every token's infos at once (they take
/// ~150 bytes a token): the document is split into chunks of sentences, and `prepare(k)`
/// builds chunk `k`'s infos afresh whenever a pass needs them, so only one chunk's are alive.
/// Up to `keep_tokens` tokens' infos are kept from the first pass for the second.
/// `doc` must already hold the whole document's word evidence ([`features::InfoScratch::add_to_doc`]).
/// `emit(k, sentences, tags)` receives each chunk's final tags, in order. The tags are the ones
/// [`tag_document`] gives: each pass sees the same document context, and the second pass
/// recomputes the cached scores (they depend only on the word evidence) instead of keeping them.
pub fn tag_chunked<M: Scorer>(
    model: &M,
    two_pass: bool,
    mut doc: DocContext,
    n_chunks: usize,
    keep_tokens: usize,
    mut prepare: impl FnMut(usize) -> Vec<(Vec<TokenInfo>, CaseMode)>,
    mut emit: impl FnMut(usize, Vec<Vec<Tag>>),
) {
    let mut statics = StaticScores {
        model,
        intrinsic: HashMap::default(),
        feats: Vec::new(),
    };
    // The first chunks' infos, kept for the second pass up to a small budget: a typical
    // article is then prepared once, and only big documents pay for preparing twice.
    let mut kept = Vec::new();
    let mut kept_tokens = 0;
    let no_extra = |_: usize, _: &mut Scores| {};
    for k in 0..n_chunks {
        let sentences = prepare(k);
        let mut first = Vec::with_capacity(sentences.len());
        for (infos, mode) in &sentences {
            let mut tags = Vec::with_capacity(infos.len());
            decode_sentence(
                model,
                infos,
                no_extra,
                |i| statics.get(infos, i, *mode, &doc),
                &mut tags,
            );
            first.push(tags);
        }
        if two_pass {
            doc.add_first_pass(&sentences, &first);
            let n: usize = sentences.iter().map(|(infos, _)| infos.len()).sum();
            if kept_tokens + n <= keep_tokens {
                kept_tokens += n;
                kept.push(Some(sentences));
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
    let mut cfeats = Vec::new();
    for k in 0..n_chunks {
        let sentences = kept
            .get_mut(k)
            .and_then(Option::take)
            .unwrap_or_else(|| prepare(k));
        let mut second = Vec::with_capacity(sentences.len());
        for (infos, mode) in &sentences {
            let extra = |i: usize, scores: &mut Scores| {
                cfeats.clear();
                features::token_consistency_features(infos, i, *mode, &doc, &mut cfeats);
                model.add(&cfeats, scores);
            };
            let mut tags = Vec::with_capacity(infos.len());
            decode_sentence(
                model,
                infos,
                extra,
                |i| statics.get(infos, i, *mode, &doc),
                &mut tags,
            );
            second.push(tags);
        }
        emit(k, second);
    }
}

/// `cache[i]`, computed by `compute` on first need (zero scores when `i` is out of range).
fn cached(cache: &mut [Option<Scores>], i: usize, compute: impl FnOnce() -> Scores) -> Scores {
    cache
        .get_mut(i)
        .map_or([0.0; N_TAGS], |b| *b.get_or_insert_with(compute))
}

/// Scores of a token's tag-independent features: the part that depends only on the word
/// (with its marks, the case mode and sentence position) is cached per document, since names
/// and common capitalised words recur; the neighbours' part is added each time. The weights
/// are integers, so splitting the sum changes nothing.
struct StaticScores<'m, M> {
    model: &'m M,
    intrinsic: HashMap<u64, Scores, HashBuild>,
    feats: Vec<u32>,
}

impl<M: Scorer> StaticScores<'_, M> {
    fn get(&mut self, infos: &[TokenInfo], i: usize, mode: CaseMode, doc: &DocContext) -> Scores {
        let Some(t) = infos.get(i) else {
            return [0.0; N_TAGS];
        };
        let (model, feats) = (self.model, &mut self.feats);
        let mut s = *self
            .intrinsic
            .entry(features::intrinsic_key(t, i == 0, mode))
            .or_insert_with(|| {
                feats.clear();
                features::intrinsic_features(t, i == 0, mode, doc, feats);
                let mut s = [0.0; N_TAGS];
                model.add(feats, &mut s);
                s
            });
        feats.clear();
        features::context_features(infos, i, mode, feats);
        model.add(feats, &mut s);
        s
    }
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
