//! Scores tagged spans against gold ones: exact-span counts per type and their micro F1.

use super::NORP;
use crate::entities::conll::Document;
use crate::entities::lexicon::Lexicon;
use crate::entities::tagger::{self, Scorer};
use crate::entities::tags;
/// Exact-span counts per type (NORP counted as MISC, as CoNLL has it): (tp, fp, fn).
pub type TypeCounts = [(u32, u32, u32); 4];

pub fn score_spans(
    gold: &[(usize, usize, usize)],
    guess: &[(usize, usize, usize)],
    out: &mut TypeCounts,
) {
    let conll = |k: usize| if k == NORP { 3 } else { k.min(3) };
    let norm = |s: &[(usize, usize, usize)]| -> Vec<(usize, usize, usize)> {
        s.iter().map(|&(a, b, k)| (a, b, conll(k))).collect()
    };
    let (g, p) = (norm(gold), norm(guess));
    for x in &p {
        if g.contains(x) {
            out[x.2].0 += 1;
        } else {
            out[x.2].1 += 1;
        }
    }
    for x in &g {
        if !p.contains(x) {
            out[x.2].2 += 1;
        }
    }
}

pub(super) fn per_type(c: &TypeCounts) -> String {
    let names = ["PER", "ORG", "LOC", "MISC"];
    let f = |(tp, fp, fn_): (u32, u32, u32)| 2.0 * tp as f64 / (2 * tp + fp + fn_).max(1) as f64;
    names
        .iter()
        .zip(c)
        .map(|(n, x)| format!("{n} {:.3}", f(*x)))
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn micro_f1(c: &TypeCounts) -> f64 {
    let (tp, fp, fn_) = c
        .iter()
        .fold((0, 0, 0), |a, x| (a.0 + x.0, a.1 + x.1, a.2 + x.2));
    if tp == 0 {
        return 0.0;
    }
    let (p, r) = (tp as f64 / (tp + fp) as f64, tp as f64 / (tp + fn_) as f64);
    2.0 * p * r / (p + r)
}

/// Tags gold-tokenised documents and scores them.
pub fn evaluate<M: Scorer>(
    model: &M,
    two_pass: bool,
    lex: &Lexicon,
    docs: &[Document],
) -> TypeCounts {
    let mut counts = TypeCounts::default();
    for doc in docs {
        let words: Vec<&Vec<String>> = doc.sentences.iter().map(|s| &s.words).collect();
        let words: Vec<Vec<&str>> = words
            .iter()
            .map(|w| w.iter().map(String::as_str).collect())
            .collect();
        let prepared = tagger::prepare(lex, &words);
        let tags = tagger::tag_document(model, two_pass, &prepared);
        for (s, t) in doc.sentences.iter().zip(&tags) {
            score_spans(&s.spans, &tags::decode(t), &mut counts);
        }
    }
    counts
}
