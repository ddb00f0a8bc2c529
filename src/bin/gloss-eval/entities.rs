//! Scores the entities layer on a CoNLL-2003 file through the public API.
//!
//! Each `-DOCSTART-` document becomes one input text: tokens joined by single spaces, sentences
//! by newlines. It is annotated by `gloss::annotate` with only the entity layer on, so our own
//! tokenisation counts; a name counts as found only if span and type match exactly. Our NORP is
//! scored as CoNLL's MISC. `--part tuned|held|all` picks the documents (see
//! `gloss::entities::datasets` for the fixed held-out split).

use std::collections::HashSet;

use gloss::entities::conll;
use gloss::entities::datasets::{conll_doc_id, Part};
use gloss::{annotate, Layer, Options};

use crate::scores::{print_table, Counts};

const DEFAULT_FILE: &str = "../shared/data/conll2003/dev.txt";
const TYPES: [&str; 4] = ["PER", "ORG", "LOC", "MISC"];

/// Options shared by the three entity evaluations.
pub struct Args {
    pub min: Option<f64>,
    pub file: Option<String>,
    pub show_errors: bool,
    pub part: Part,
}

pub fn parse_args(args: &[String]) -> Result<Args, String> {
    let mut out = Args {
        min: None,
        file: None,
        show_errors: false,
        part: Part::All,
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--min" => out.min = Some(crate::scores::fraction(a, &mut it)?),
            "--part" => out.part = Part::parse(it.next().ok_or("--part needs a value")?)?,
            "--errors" => out.show_errors = true,
            s if s.starts_with('-') => return Err(format!("unknown option {s}")),
            s => out.file = Some(s.to_string()),
        }
    }
    Ok(out)
}

/// Entity layer only.
pub fn entity_options() -> Options {
    Options {
        boilerplate: false,
        entities: true,
        statistics: false,
        html: None,
    }
}

/// Adds one text's exact-match counts; prints its errors when asked.
pub fn tally(
    input: &str,
    gold: &HashSet<(usize, usize, usize)>,
    found: &HashSet<(usize, usize, usize)>,
    names: &[&str],
    counts: &mut [Counts],
    show_errors: bool,
) {
    for g in gold {
        if found.contains(g) {
            counts[g.2].tp += 1.0;
        } else {
            counts[g.2].fn_ += 1.0;
            if show_errors {
                println!(
                    "missed {} {:?}",
                    names[g.2],
                    input.get(g.0..g.1).unwrap_or("")
                );
            }
        }
    }
    for f in found.iter().filter(|f| !gold.contains(f)) {
        counts[f.2].fp += 1.0;
        if show_errors {
            println!(
                "wrong  {} {:?}",
                names[f.2],
                input.get(f.0..f.1).unwrap_or("")
            );
        }
    }
}

/// Prints the per-type table and the micro row; true when the micro F1 clears `min`.
pub fn report(title: &str, names: &[&str], counts: &[Counts], min: Option<f64>) -> bool {
    let mut micro = Counts::default();
    let mut rows: Vec<(String, Counts)> = Vec::new();
    for (t, c) in names.iter().zip(counts) {
        micro.add(*c);
        rows.push((t.to_string(), *c));
    }
    rows.push(("micro".to_string(), micro));
    println!("{title}");
    print_table(&rows);
    min.is_none_or(|m| micro.f1() >= m)
}

pub fn run(args: &[String]) -> Result<bool, String> {
    let args = parse_args(args)?;
    let file = args.file.unwrap_or_else(|| DEFAULT_FILE.to_string());
    let text = std::fs::read_to_string(&file).map_err(|e| format!("{file}: {e}"))?;
    let docs = conll::parse(&text);
    if docs.is_empty() {
        return Err(format!("{file}: no documents"));
    }
    let options = entity_options();
    let mut counts = [Counts::default(); 4];
    let mut n = 0;
    for (i, doc) in docs.iter().enumerate() {
        if !args.part.keeps(&conll_doc_id(i)) {
            continue;
        }
        n += 1;
        let (input, gold) = render(doc);
        let found: HashSet<(usize, usize, usize)> = annotate(&input, &options)
            .into_iter()
            .filter(|a| a.layer() == Layer::Entity)
            .map(|a| (a.span.start, a.span.end, conll_type(a.kind)))
            .collect();
        tally(&input, &gold, &found, &TYPES, &mut counts, args.show_errors);
    }
    let title = format!(
        "entities: {n} documents ({} part) from {file}",
        args.part.name()
    );
    Ok(report(&title, &TYPES, &counts, args.min))
}

/// Our types as CoNLL's: NORP is part of MISC.
fn conll_type(kind: &str) -> usize {
    match kind {
        "PER" => 0,
        "ORG" => 1,
        "LOC" => 2,
        _ => 3,
    }
}

/// The document as one text, and its names as `(start, end, type)` byte spans.
pub fn render(doc: &conll::Document) -> (String, HashSet<(usize, usize, usize)>) {
    let mut text = String::new();
    let mut gold = HashSet::new();
    for (si, s) in doc.sentences.iter().enumerate() {
        if si > 0 {
            text.push('\n');
        }
        let mut starts = Vec::with_capacity(s.words.len());
        let mut ends = Vec::with_capacity(s.words.len());
        for (wi, w) in s.words.iter().enumerate() {
            if wi > 0 {
                text.push(' ');
            }
            starts.push(text.len());
            text.push_str(w);
            ends.push(text.len());
        }
        for &(a, b, k) in &s.spans {
            if let (Some(&start), Some(&end)) = (starts.get(a), ends.get(b.wrapping_sub(1))) {
                // CoNLL's types are PER ORG LOC MISC; the reader maps them to our indices.
                let name = gloss::entities::tags::TYPES
                    .get(k)
                    .copied()
                    .unwrap_or("MISC");
                gold.insert((start, end, conll_type(name)));
            }
        }
    }
    (text, gold)
}
