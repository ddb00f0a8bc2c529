//! Greedy left-to-right BILOU decoding over a document, in one or two passes.
//!
//! The second pass sees, for each word, the types the first pass gave it elsewhere in the
//! document, so a later "Sunak" can follow an earlier, clearer "Rishi Sunak".

use super::features::{self, CaseMode, DocContext, TokenInfo};
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
    sentences
        .iter()
        .map(|words| {
            (
                features::sentence_infos(lex, words),
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

/// Tags one sentence greedily. `base[i]` caches the scores of token `i`'s tag-independent
/// features, computed by `compute(i)` on first need; `extra` (possibly empty) adds the
/// second pass's consistency scores. A token with no capital letter or digit that follows no
/// open name is O without scoring: in normally cased text such tokens do not start names, and
/// skipping them makes the pass several times faster.
pub fn decode_sentence<M: Scorer>(
    model: &M,
    infos: &[TokenInfo],
    base: &mut [Option<Scores>],
    extra: &[Scores],
    mut compute: impl FnMut(usize) -> Scores,
) -> Vec<Tag> {
    let mut out = Vec::with_capacity(infos.len());
    let (mut prev, mut prev2) = (START, START);
    for (i, info) in infos.iter().enumerate() {
        let closed = prev == START || tags::can_end(prev);
        let t = if closed && !info.name_like() {
            O
        } else {
            let cached = base
                .get_mut(i)
                .map(|b| *b.get_or_insert_with(|| compute(i)));
            let mut scores = cached.unwrap_or([0.0; N_TAGS]);
            if let Some(e) = extra.get(i) {
                for (a, b) in scores.iter_mut().zip(e) {
                    *a += b;
                }
            }
            model.add(&features::history_features(info, prev, prev2), &mut scores);
            best_allowed(&scores, prev, i + 1 == infos.len())
        };
        out.push(t);
        prev2 = prev;
        prev = t;
    }
    out
}

fn scores_of<M: Scorer>(model: &M, feats: &[u32], offsets: &[usize], i: usize) -> Scores {
    let mut s = [0.0; N_TAGS];
    let range = offsets.get(i).copied().unwrap_or(0)..offsets.get(i + 1).copied().unwrap_or(0);
    model.add(feats.get(range).unwrap_or(&[]), &mut s);
    s
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
    let mut feats = Vec::new();
    let mut base: Vec<Vec<Option<Scores>>> = Vec::with_capacity(sentences.len());
    let mut first = Vec::with_capacity(sentences.len());
    for (infos, mode) in sentences {
        let mut cache = vec![None; infos.len()];
        let tags = decode_sentence(model, infos, &mut cache, &[], |i| {
            static_scores(model, infos, i, *mode, &doc, &mut feats)
        });
        first.push(tags);
        base.push(cache);
    }
    if !two_pass {
        return first;
    }
    doc.set_first_pass(sentences, &first);
    let (mut cfeats, mut coffsets) = (Vec::new(), Vec::new());
    sentences
        .iter()
        .zip(&mut base)
        .map(|((infos, mode), cache)| {
            features::consistency_features(infos, *mode, &doc, &mut cfeats, &mut coffsets);
            let extra: Vec<Scores> = (0..infos.len())
                .map(|i| scores_of(model, &cfeats, &coffsets, i))
                .collect();
            decode_sentence(model, infos, cache, &extra, |i| {
                static_scores(model, infos, i, *mode, &doc, &mut feats)
            })
        })
        .collect()
}

fn static_scores<M: Scorer>(
    model: &M,
    infos: &[TokenInfo],
    i: usize,
    mode: CaseMode,
    doc: &DocContext,
    feats: &mut Vec<u32>,
) -> Scores {
    feats.clear();
    features::token_features(infos, i, mode, doc, feats);
    let mut s = [0.0; N_TAGS];
    model.add(feats, &mut s);
    s
}
