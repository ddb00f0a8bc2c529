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

/// Tags one sentence greedily, given each token's scores from the features that do not depend
/// on tags (`base`); adds the history features as it goes.
pub fn decode_sentence<M: Scorer>(model: &M, infos: &[TokenInfo], base: &[Scores]) -> Vec<Tag> {
    let mut out = Vec::with_capacity(infos.len());
    let (mut prev, mut prev2) = (START, START);
    for (i, info) in infos.iter().enumerate() {
        let mut scores = base.get(i).copied().unwrap_or([0.0; N_TAGS]);
        model.add(&features::history_features(info, prev, prev2), &mut scores);
        let t = best_allowed(&scores, prev, i + 1 == infos.len());
        out.push(t);
        prev2 = prev;
        prev = t;
    }
    out
}

/// Per-token scores of flattened features (`offsets` as from [`features::sentence_features`]).
fn token_scores<M: Scorer>(model: &M, feats: &[u32], offsets: &[usize], into: &mut Vec<Scores>) {
    into.clear();
    for w in offsets.windows(2) {
        let mut s = [0.0; N_TAGS];
        model.add(feats.get(w[0]..w[1]).unwrap_or(&[]), &mut s);
        into.push(s);
    }
}

/// Tags every sentence of a document; with `two_pass`, a second pass uses the first's labels.
/// The scores of the tag-independent features are computed once and reused by the second pass.
pub fn tag_document<M: Scorer>(
    model: &M,
    two_pass: bool,
    sentences: &[(Vec<TokenInfo>, CaseMode)],
) -> Vec<Vec<Tag>> {
    let mut doc = DocContext::new(sentences);
    let (mut feats, mut offsets) = (Vec::new(), Vec::new());
    let mut base: Vec<Vec<Scores>> = Vec::with_capacity(sentences.len());
    let mut first = Vec::with_capacity(sentences.len());
    for (infos, mode) in sentences {
        features::sentence_features(infos, *mode, &doc, &mut feats, &mut offsets);
        let mut scores = Vec::new();
        token_scores(model, &feats, &offsets, &mut scores);
        first.push(decode_sentence(model, infos, &scores));
        base.push(scores);
    }
    if !two_pass {
        return first;
    }
    doc.set_first_pass(sentences, &first);
    let mut extra = Vec::new();
    sentences
        .iter()
        .zip(&mut base)
        .map(|((infos, mode), scores)| {
            features::consistency_features(infos, *mode, &doc, &mut feats, &mut offsets);
            token_scores(model, &feats, &offsets, &mut extra);
            for (s, e) in scores.iter_mut().zip(&extra) {
                for (a, b) in s.iter_mut().zip(e) {
                    *a += b;
                }
            }
            decode_sentence(model, infos, scores)
        })
        .collect()
}
