//! `gloss-train`: trains the entity tagger on CoNLL-2003 and writes generated/entities/model.bin.
//!
//! Usage: gloss-train TRAIN --dev DEV --out DIR [--gum FILE [--gum-part P]] [--wnut FILE] [--epochs N] [--one-pass]

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use gloss::entities::datasets::{self, conll_doc_id, Part};
use gloss::entities::{conll, lexicon, tags, train};

const HELP: &str = "\
gloss-train — train the entity tagger

USAGE:
    gloss-train TRAIN --dev DEV --out DIR [--gum FILE [--gum-leave-out K/N] [--gum-copies N]]
                [--wnut FILE] [--epochs N] [--one-pass]
                [--caps-share F] [--title-share F] [--gazetteer-dropout F]
                [--prune W,W,...] [--budget BYTES]

TRAIN and DEV are CoNLL-2003 files (only DEV's tuned part is read: the held-out documents of
the fixed split are never seen); --gum adds the tuned part of GUM's documents (raw text and
spans, in our own tokenisation; MISC and NORP not penalised where GUM marks nothing; with
--gum-leave-out K/N, without fold K of N of it, which `gloss-eval gum --part fold:K/N` then
scores: scripts/gum-cv.sh; --gum-copies N trains on each of its documents N times, default 1)
and --wnut a WNUT-17 training file (types mapped to ours; NORP not penalised) to the training
data; writes DIR/heads.tsv (head words of names, learned from TRAIN) and DIR/model.bin: the
best epoch on DEV, quantised with the first threshold in --prune (weights below it are
dropped) whose gzipped size fits --budget
(default 600000 bytes). Deterministic: the same data gives the same bytes.
";

/// Default ceiling on the model's gzipped size. The issue allows 2 MB for model + gazetteers,
/// but the whole WASM download should stay near 1.5 MB gzipped, so the model gets ~0.6 MB.
const MODEL_BUDGET_GZ: usize = 600_000;

fn gzipped_len(bytes: &[u8]) -> usize {
    use flate2::{write::GzEncoder, Compression};
    let mut e = GzEncoder::new(Vec::new(), Compression::best());
    let _ = e.write_all(bytes);
    e.finish().map(|v| v.len()).unwrap_or(usize::MAX)
}

fn number<T: std::str::FromStr>(parser: &mut lexopt::Parser) -> Result<T, String> {
    let v = parser.value().map_err(|e| e.to_string())?;
    let v = v.to_string_lossy();
    v.parse().map_err(|_| format!("not a number: {v}"))
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("gloss-train: {e}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<(), String> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_env();
    let (mut train_path, mut dev_path, mut out): (
        Option<PathBuf>,
        Option<PathBuf>,
        Option<PathBuf>,
    ) = (None, None, None);
    let mut opts = train::Options::default();
    let mut budget = MODEL_BUDGET_GZ;
    let (mut gum, mut wnut): (Option<PathBuf>, Option<PathBuf>) = (None, None);
    let mut gum_left_out: Option<Part> = None;
    let mut gum_copies: usize = 1;
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long("dev") => dev_path = Some(parser.value().map_err(|e| e.to_string())?.into()),
            Long("gum") => gum = Some(parser.value().map_err(|e| e.to_string())?.into()),
            Long("gum-leave-out") => {
                let v = parser.value().map_err(|e| e.to_string())?;
                let fold = Part::parse(&format!("fold:{}", v.to_string_lossy()))
                    .map_err(|_| format!("--gum-leave-out takes K/N with K < N, not {v:?}"))?;
                gum_left_out = Some(fold);
            }
            Long("gum-copies") => gum_copies = number::<usize>(&mut parser)?.max(1),
            Long("wnut") => wnut = Some(parser.value().map_err(|e| e.to_string())?.into()),
            Long("out") => out = Some(parser.value().map_err(|e| e.to_string())?.into()),
            Long("epochs") => opts.epochs = number::<f64>(&mut parser)? as usize,
            Long("one-pass") => opts.two_pass = false,
            Long("budget") => budget = number(&mut parser)?,
            Long("prune") => {
                let v = parser.value().map_err(|e| e.to_string())?;
                opts.prune = v
                    .to_string_lossy()
                    .split(',')
                    .map(|q| q.parse().map_err(|_| format!("--prune: not a number: {q}")))
                    .collect::<Result<_, _>>()?;
            }
            Long("caps-share") => opts.caps_share = number(&mut parser)?,
            Long("title-share") => opts.title_share = number(&mut parser)?,
            Long("gazetteer-dropout") => opts.gazetteer_dropout = number(&mut parser)?,
            Short('h') | Long("help") => {
                print!("{HELP}");
                return Ok(());
            }
            Value(v) if train_path.is_none() => train_path = Some(v.into()),
            other => return Err(other.unexpected().to_string()),
        }
    }
    let (Some(train_path), Some(dev_path), Some(out)) = (train_path, dev_path, out) else {
        return Err(format!("missing arguments\n{HELP}"));
    };
    let read =
        |p: &PathBuf| std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()));
    let started = Instant::now();
    let mut train_docs = conll::parse(&read(&train_path)?);
    let mut dev_docs: Vec<conll::Document> = conll::parse(&read(&dev_path)?)
        .into_iter()
        .enumerate()
        .filter(|(i, _)| Part::Tuned.keeps(&conll_doc_id(*i)))
        .map(|(_, d)| d)
        .collect();
    let bit = |name: &str| tags::type_index(name).map_or(0, |k| 1u8 << k);
    let mut extra: Vec<conll::Document> = Vec::new();
    if let Some(p) = &gum {
        let docs = datasets::parse_gum(&read(p)?).map_err(|e| format!("{}: {e}", p.display()))?;
        let trained_on =
            |id: &str| Part::Tuned.keeps(id) && !gum_left_out.is_some_and(|f| f.keeps(id));
        for d in docs.iter().filter(|d| trained_on(&d.id)) {
            let mut doc = datasets::to_training(&d.text, &d.names);
            doc.unmarked = bit("MISC") | bit("NORP");
            extra.extend(std::iter::repeat_n(doc, gum_copies));
        }
        eprintln!(
            "{} GUM documents (tuned part, each {gum_copies}×)",
            extra.len()
        );
    }
    if let Some(p) = &wnut {
        let n = extra.len();
        for post in datasets::parse_wnut(&read(p)?) {
            extra.push(conll::Document {
                sentences: vec![post],
                unmarked: bit("NORP"),
            });
        }
        eprintln!("{} WNUT posts", extra.len() - n);
    }
    // Head words come from the training names; they are gazetteer features, so they are written
    // next to the model and compiled in with it.
    let heads = train::learn_heads(&train_docs);
    std::fs::create_dir_all(&out).map_err(|e| e.to_string())?;
    let heads_path = out.join("heads.tsv");
    std::fs::write(&heads_path, &heads).map_err(|e| format!("{}: {e}", heads_path.display()))?;
    eprintln!("{} head words", heads.lines().count());
    let lex = &lexicon::with_heads(&heads);
    train::relabel_norp(lex, &mut train_docs);
    train::relabel_norp(lex, &mut dev_docs);
    train::gum_to_gloss_conventions(lex, &mut extra);
    train_docs.extend(extra);
    eprintln!(
        "{} training documents, {} dev documents",
        train_docs.len(),
        dev_docs.len()
    );
    let fits = |b: &[u8]| gzipped_len(b) <= budget;
    let bytes = train::train(lex, &train_docs, &dev_docs, &opts, &fits, &mut |m| {
        eprintln!("{m}")
    });
    std::fs::create_dir_all(&out).map_err(|e| e.to_string())?;
    let path = out.join("model.bin");
    std::fs::write(&path, &bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    eprintln!(
        "wrote {} ({} bytes, {} gzipped) in {:.0} s",
        path.display(),
        bytes.len(),
        gzipped_len(&bytes),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
