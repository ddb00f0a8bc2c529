//! Trains the tagger: an averaged perceptron over the features in [`super::features`], with greedy
//! decoding (the same [`tagger`] code the shipped model runs) and, for the two-pass model,
//! first-pass labels from 2-fold jackknifing so the second pass learns from realistic, imperfect
//! first passes. Only compiled for the command-line tools.

use super::conll::{Document, Sentence};
use super::features::{self, DocContext};
use super::lexicon::{Lexicon, Marks, COUNTRY_CLASS, NORP_CLASS};
use super::model::{IdMap, Model, Scores};
use super::model_file;
use super::tagger::{self, Scorer, START};
use super::tags::{self, Tag, N_TAGS};

mod scoring;
use scoring::per_type;
pub use scoring::{evaluate, micro_f1, score_spans, TypeCounts};

#[derive(Debug, Clone)]
pub struct Options {
    pub epochs: usize,
    pub two_pass: bool,
    /// Share of training sentences also seen in ALL CAPS, and in Title Case, each epoch.
    pub caps_share: f64,
    pub title_share: f64,
    /// Share of training tokens whose gazetteer marks are hidden each epoch.
    pub gazetteer_dropout: f64,
    /// Pruning thresholds tried for the shipped weights, smallest first: weights below the
    /// threshold are dropped; the first result within the size budget wins.
    pub prune: Vec<f32>,
    pub seed: u64,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            epochs: 12,
            two_pass: true,
            caps_share: 0.05,
            title_share: 0.03,
            gazetteer_dropout: 0.08,
            prune: vec![0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 4.0],
            seed: 7,
        }
    }
}

const ORG: usize = 1;
const LOC: usize = 2;
const NORP: usize = 3;
const MISC: usize = 4;

/// Whether the gazetteer lists the words `a..b` as one phrase of `class` (part bits: 0 first,
/// 2 last, 3 the whole phrase in one token).
fn whole_phrase(marks: &[Marks], a: usize, b: usize, class: usize) -> bool {
    let bit = |i: usize, part: usize| {
        marks
            .get(i)
            .is_some_and(|m| m & (1 << (4 * class + part)) != 0)
    };
    if b == a + 1 {
        bit(a, 3)
    } else {
        b > a + 1 && bit(a, 0) && bit(b - 1, 2)
    }
}

/// Relabels the spans of `docs` that are exactly a gazetteer phrase of `class` from type
/// `from` to type `to`.
fn relabel_listed(lex: &Lexicon, docs: &mut [Document], class: usize, from: usize, to: usize) {
    for s in docs.iter_mut().flat_map(|d| d.sentences.iter_mut()) {
        if !s.spans.iter().any(|&(_, _, k)| k == from) {
            continue;
        }
        let lowers: Vec<String> = s.words.iter().map(|w| features::lower(w)).collect();
        let marks = lex.marks(&lowers);
        for span in &mut s.spans {
            let (a, b, k) = *span;
            if k == from && whole_phrase(&marks, a, b, class) {
                span.2 = to;
            }
        }
    }
}

/// CoNLL has no NORP: a MISC name that is exactly a nationality or group word from the
/// gazetteer ("Turkish", "Germans") becomes NORP.
pub fn relabel_norp(lex: &Lexicon, docs: &mut [Document]) {
    relabel_listed(lex, docs, NORP_CLASS, MISC, NORP);
}

/// GUM types a country standing for its national team or its government as ORG; Gloss follows
/// CoNLL there (LOC, see the entity DESIGN.md), so before GUM documents are trained on, an ORG
/// name that is exactly a listed country becomes LOC. (Buildings and facilities are LOC in both
/// GUM and Gloss; clubs and schools named after a city stay ORG in both.)
pub fn gum_to_gloss_conventions(lex: &Lexicon, docs: &mut [Document]) {
    relabel_listed(lex, docs, COUNTRY_CLASS, ORG, LOC);
}

/// Head words learned from the training names: a word that ends at least `MIN_HEAD` multi-word
/// names of one type, and does so in at least half of its capitalised uses ("Office" → ORG,
/// "Sea" → LOC). Returns gazetteer lines (`ORGHEAD<TAB>office`), sorted; only single words,
/// never whole names, so no training text is kept.
pub fn learn_heads(docs: &[Document]) -> String {
    use std::collections::{BTreeSet, HashMap};
    const MIN_HEAD: u32 = 3;
    let mut as_head: HashMap<(String, usize), u32> = HashMap::new();
    let mut capitalised: HashMap<String, u32> = HashMap::new();
    for s in docs.iter().flat_map(|d| &d.sentences) {
        for w in &s.words {
            if w.chars().next().is_some_and(char::is_uppercase) {
                *capitalised.entry(features::lower(w)).or_default() += 1;
            }
        }
        for &(a, b, k) in &s.spans {
            if let (true, Some(w)) = (b >= a + 2, s.words.get(b.wrapping_sub(1))) {
                if w.chars().all(char::is_alphabetic)
                    && w.chars().next().is_some_and(char::is_uppercase)
                {
                    *as_head.entry((features::lower(w), k)).or_default() += 1;
                }
            }
        }
    }
    let class = |k: usize| match k {
        MISC => Some("MISCHEAD"),
        LOC => Some("LOCHEAD"),
        ORG => Some("ORGHEAD"),
        _ => None,
    };
    let lines: BTreeSet<String> = as_head
        .iter()
        .filter(|(_, &n)| n >= MIN_HEAD)
        .filter(|((w, _), &n)| 2 * n >= capitalised.get(w).copied().unwrap_or(0))
        .filter_map(|((w, k), _)| class(*k).map(|c| format!("{c}\t{w}\n")))
        .collect();
    lines.into_iter().collect()
}

/// Averaged-perceptron weights while training.
#[derive(Default)]
struct Perceptron {
    index: IdMap<u32>,
    w: Vec<[f32; N_TAGS]>,
    total: Vec<[f32; N_TAGS]>,
    stamp: Vec<[u32; N_TAGS]>,
    step: u32,
}

impl Scorer for Perceptron {
    fn add(&self, features: &[u32], scores: &mut Scores) {
        for f in features {
            if let Some(&r) = self.index.get(f) {
                for (s, x) in scores.iter_mut().zip(&self.w[r as usize]) {
                    *s += x;
                }
            }
        }
    }
}

impl Perceptron {
    fn update(&mut self, features: &[u32], tag: Tag, delta: f32) {
        let t = tag as usize;
        for f in features {
            let r = *self.index.entry(*f).or_insert_with(|| {
                self.w.push([0.0; N_TAGS]);
                self.total.push([0.0; N_TAGS]);
                self.stamp.push([0; N_TAGS]);
                (self.w.len() - 1) as u32
            }) as usize;
            self.total[r][t] += (self.step - self.stamp[r][t]) as f32 * self.w[r][t];
            self.stamp[r][t] = self.step;
            self.w[r][t] += delta;
        }
    }

    fn averaged(&self) -> Vec<(u32, [f32; N_TAGS])> {
        let step = self.step.max(1) as f32;
        self.index
            .iter()
            .map(|(&id, &r)| {
                let r = r as usize;
                let mut avg = [0.0; N_TAGS];
                for (t, a) in avg.iter_mut().enumerate() {
                    let total =
                        self.total[r][t] + (self.step - self.stamp[r][t]) as f32 * self.w[r][t];
                    *a = total / step;
                }
                (id, avg)
            })
            .collect()
    }
}

/// Float weights, for scoring epochs before quantisation.
struct FloatWeights(IdMap<[f32; N_TAGS]>);

impl Scorer for FloatWeights {
    fn add(&self, features: &[u32], scores: &mut Scores) {
        for f in features {
            if let Some(w) = self.0.get(f) {
                for (s, x) in scores.iter_mut().zip(w) {
                    *s += x;
                }
            }
        }
    }
}

/// Step of the quantised weights (they are stored as multiples of it).
pub const QUANTUM: f32 = 0.25;

/// Drops weights smaller than `prune`, quantises the rest and packs them.
pub fn pack(weights: &[(u32, [f32; N_TAGS])], prune: f32, two_pass: bool) -> Vec<u8> {
    let quantum = QUANTUM;
    let rows: Vec<(u32, [i16; N_TAGS])> = weights
        .iter()
        .map(|(id, w)| {
            let mut q = [0i16; N_TAGS];
            for (q, &x) in q.iter_mut().zip(w) {
                if x.abs() >= prune {
                    *q = (x / quantum)
                        .round()
                        .clamp(i16::MIN as f32, i16::MAX as f32) as i16;
                }
            }
            (*id, q)
        })
        .collect();
    model_file::to_bytes(&rows, quantum, two_pass)
}

/// A tiny deterministic RNG (xorshift64*), so training needs no extra crate.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Small words Title Case leaves alone.
fn title_minor(w: &str) -> bool {
    matches!(
        w,
        "a" | "an"
            | "the"
            | "of"
            | "in"
            | "on"
            | "at"
            | "to"
            | "for"
            | "and"
            | "or"
            | "by"
            | "with"
    )
}

fn recase(words: &[String], rng: &mut Rng, opts: &Options) -> Vec<String> {
    let r = rng.unit();
    if r < opts.caps_share {
        words.iter().map(|w| w.to_uppercase()).collect()
    } else if r < opts.caps_share + opts.title_share {
        words
            .iter()
            .enumerate()
            .map(|(i, w)| {
                if i > 0 && title_minor(w) {
                    w.clone()
                } else {
                    let mut c = w.chars();
                    c.next()
                        .map(|f| f.to_uppercase().chain(c).collect())
                        .unwrap_or_default()
                }
            })
            .collect()
    } else {
        words.to_vec()
    }
}

fn gold_tags(s: &Sentence) -> Vec<Tag> {
    tags::encode(s.words.len(), &s.spans)
}

/// One epoch over `docs` (in the order given). `first_pass[d]`: jackknifed first-pass tags of
/// document `d`, used for half the documents when training a two-pass model.
fn epoch(
    p: &mut Perceptron,
    lex: &Lexicon,
    docs: &[&Document],
    first_pass: Option<&[Vec<Vec<Tag>>]>,
    order: &[usize],
    rng: &mut Rng,
    opts: &Options,
) {
    let (mut feats, mut offsets) = (Vec::new(), Vec::new());
    let mut all = Vec::new();
    for &d in order {
        let doc = docs[d];
        let words: Vec<Vec<String>> = doc
            .sentences
            .iter()
            .map(|s| recase(&s.words, rng, opts))
            .collect();
        let mut prepared = tagger::prepare(lex, &words);
        // Gazetteer dropout: some tokens lose their gazetteer marks, so the model also learns
        // to recognise names no list covers (a first name from outside the lists).
        for info in prepared.iter_mut().flat_map(|(infos, _)| infos.iter_mut()) {
            if rng.unit() < opts.gazetteer_dropout {
                info.drop_gazetteer_marks();
            }
        }
        let mut ctx = DocContext::new(&prepared);
        if let Some(fp) = first_pass.and_then(|f| f.get(d)) {
            if rng.unit() < 0.5 {
                ctx.set_first_pass(&prepared, fp);
            }
        }
        for ((infos, mode), s) in prepared.iter().zip(&doc.sentences) {
            features::sentence_features(infos, *mode, &ctx, &mut feats, &mut offsets);
            let gold = gold_tags(s);
            let (mut prev, mut prev2) = (START, START);
            for (i, info) in infos.iter().enumerate() {
                all.clear();
                all.extend_from_slice(&feats[offsets[i]..offsets[i + 1]]);
                all.extend_from_slice(&features::history_features(info, prev, prev2));
                let mut scores = [0.0; N_TAGS];
                p.add(&all, &mut scores);
                let guess = tagger::best_allowed(&scores, prev, i + 1 == infos.len());
                p.step += 1;
                let g = gold[i];
                let unmarked =
                    g == tags::O && tags::kind(guess).is_some_and(|k| doc.unmarked & (1 << k) != 0);
                if guess != g && !unmarked {
                    p.update(&all, g, 1.0);
                    p.update(&all, guess, -1.0);
                }
                prev2 = prev;
                prev = guess;
            }
        }
    }
}

/// Trains one model on `docs`, returning its averaged float weights (best epoch on `dev`).
fn train_weights(
    lex: &Lexicon,
    docs: &[&Document],
    first_pass: Option<&[Vec<Vec<Tag>>]>,
    dev: &[Document],
    opts: &Options,
    log: &mut dyn FnMut(String),
) -> Vec<(u32, [f32; N_TAGS])> {
    let mut p = Perceptron::default();
    let mut rng = Rng(opts.seed.max(1));
    let mut order: Vec<usize> = (0..docs.len()).collect();
    let mut best: (f64, Vec<(u32, [f32; N_TAGS])>) = (-1.0, Vec::new());
    let two_pass = first_pass.is_some();
    for e in 0..opts.epochs {
        for i in (1..order.len()).rev() {
            order.swap(i, (rng.next() % (i as u64 + 1)) as usize);
        }
        epoch(&mut p, lex, docs, first_pass, &order, &mut rng, opts);
        let avg = p.averaged();
        if dev.is_empty() {
            best = (0.0, avg);
            continue;
        }
        let model = FloatWeights(avg.iter().copied().collect());
        let f1 = micro_f1(&evaluate(&model, two_pass, lex, dev));
        log(format!(
            "  epoch {}: {} features, dev F1 {:.4}",
            e + 1,
            avg.len(),
            f1
        ));
        if f1 > best.0 {
            best = (f1, avg);
        }
    }
    best.1
}

/// Trains the model and returns the packed bytes to ship.
pub fn train(
    lex: &Lexicon,
    train_docs: &[Document],
    dev: &[Document],
    opts: &Options,
    max_bytes_gz: &dyn Fn(&[u8]) -> bool,
    log: &mut dyn FnMut(String),
) -> Vec<u8> {
    let all: Vec<&Document> = train_docs.iter().collect();
    let first_pass = if opts.two_pass {
        // 2-fold jackknife: each half tagged by a one-pass model trained on the other half.
        let mut fp: Vec<Vec<Vec<Tag>>> = vec![Vec::new(); all.len()];
        for fold in 0..2 {
            let (held, rest): (Vec<usize>, Vec<usize>) =
                (0..all.len()).partition(|i| i % 2 == fold);
            log(format!(
                "jackknife fold {}: training on {} documents",
                fold + 1,
                rest.len()
            ));
            let part: Vec<&Document> = rest.iter().map(|&i| all[i]).collect();
            let quick = Options {
                epochs: opts.epochs.min(5),
                ..opts.clone()
            };
            let w = train_weights(lex, &part, None, &[], &quick, log);
            let m = FloatWeights(w.iter().copied().collect());
            for &i in &held {
                let words: Vec<Vec<&str>> = all[i]
                    .sentences
                    .iter()
                    .map(|s| s.words.iter().map(String::as_str).collect())
                    .collect();
                fp[i] = tagger::tag_document(&m, false, &tagger::prepare(lex, &words));
            }
        }
        Some(fp)
    } else {
        None
    };
    log("final model".into());
    let w = train_weights(lex, &all, first_pass.as_deref(), dev, opts, log);
    let mut mags: Vec<f32> = w
        .iter()
        .flat_map(|(_, r)| r.iter().map(|x| x.abs()))
        .filter(|x| *x > 0.0)
        .collect();
    mags.sort_by(f32::total_cmp);
    let pct = |p: f64| {
        mags.get(((mags.len() as f64 - 1.0) * p) as usize)
            .copied()
            .unwrap_or(0.0)
    };
    log(format!(
        "weight magnitudes: median {:.4}, 90% {:.4}, 99% {:.4}, max {:.4}",
        pct(0.5),
        pct(0.9),
        pct(0.99),
        pct(1.0)
    ));
    let float = FloatWeights(w.iter().copied().collect());
    log(format!(
        "float weights: dev F1 {:.4}",
        micro_f1(&evaluate(&float, opts.two_pass, lex, dev))
    ));
    let mut chosen = Vec::new();
    for &q in &opts.prune {
        let bytes = pack(&w, q, opts.two_pass);
        let m = Model::from_bytes(&bytes).expect("own format");
        let c = evaluate(&m, opts.two_pass, lex, dev);
        let fits = max_bytes_gz(&bytes);
        log(format!(
            "prune below {q}: {} features, {} bytes{}, dev F1 {:.4} (gold tokens; {})",
            m.n_features(),
            bytes.len(),
            if fits { "" } else { " (over budget)" },
            micro_f1(&c),
            per_type(&c)
        ));
        if chosen.is_empty() || fits {
            chosen = bytes;
        }
        if fits {
            break;
        }
    }
    chosen
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(words: &[&str], spans: &[(usize, usize, usize)]) -> Document {
        Document {
            sentences: vec![Sentence {
                words: words.iter().map(|w| w.to_string()).collect(),
                spans: spans.to_vec(),
            }],
            unmarked: 0,
        }
    }

    #[test]
    fn gum_countries_typed_org_become_places_and_clubs_stay() {
        let lex = Lexicon::new(
            "COUNTRY\tPortugal\nCOUNTRY\tUnited States\nCITY\tUlmbridge\n",
            "",
        );
        let mut docs = vec![doc(
            &[
                "Portugal",
                "beat",
                "the",
                "United",
                "States",
                "and",
                "Ulmbridge",
                "lost",
            ],
            &[(0, 1, ORG), (3, 5, ORG), (6, 7, ORG)],
        )];
        gum_to_gloss_conventions(&lex, &mut docs);
        assert_eq!(
            docs[0].sentences[0].spans,
            vec![(0, 1, LOC), (3, 5, LOC), (6, 7, ORG)]
        );
    }

    #[test]
    fn misc_demonyms_become_norp_but_longer_names_do_not() {
        let lex = Lexicon::new("NORP\tTurkish\n", "");
        let mut docs = vec![doc(
            &["Turkish", "officials", "met", "Turkish", "Airlines"],
            &[(0, 1, MISC), (3, 5, MISC)],
        )];
        relabel_norp(&lex, &mut docs);
        assert_eq!(docs[0].sentences[0].spans, vec![(0, 1, NORP), (3, 5, MISC)]);
    }
}
