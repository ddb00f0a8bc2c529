//! Scores the entities layer on a CoNLL-2003 file through the public API.
//!
//! Each `-DOCSTART-` document becomes one input text: tokens joined by single spaces, sentences
//! by newlines. It is annotated by `gloss::annotate` with only the entity layer on, so our own
//! tokenisation counts; a name counts as found only if span and type match exactly. Our NORP is
//! scored as CoNLL's MISC. `--part tuned|held|all` picks the documents (see
//! `gloss::entities::datasets` for the fixed held-out split).

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use gloss::entities::conll;
use gloss::entities::datasets::conll_doc_id;
use gloss::{annotate, Layer, Options};

use crate::args::{self, Common};
use crate::scores::{held_out, print_table, Counts};

const DEFAULT_FILE: &str = "../shared/data/conll2003/dev.txt";
const TYPES: [&str; 4] = ["PER", "ORG", "LOC", "MISC"];

/// Names as `(start, end, type index)`, in bytes of the input text.
pub type Names = HashSet<(usize, usize, usize)>;

/// One input text of an entity data set with its gold names; `id` picks its part of the split.
pub struct Doc {
    pub id: String,
    pub input: String,
    pub gold: Names,
}

/// Entity layer only.
pub fn entity_options() -> Options {
    Options {
        boilerplate: false,
        entities: true,
        statistics: false,
        html: None,
        locale: None,
    }
}

/// Scores the documents of `args.part` of `file` against what Gloss finds and prints the table;
/// true when the micro F1 clears the floor. A found name's type is looked up in `types` after
/// `merged` renames it (CoNLL scores our NORP as MISC); a type not in `types` is not scored.
/// `partial` is a type the data marks only in part (GUM's NORP: plural group nouns, never the
/// adjectives): a found name of it that overlaps no gold name is not scored, neither right nor
/// wrong. Errors are listed for the tuned part only.
pub fn score(
    what: &str,
    file: &Path,
    args: &Common,
    types: &[&str; 4],
    merged: &[(&str, &str)],
    partial: Option<usize>,
    docs: impl IntoIterator<Item = Doc>,
) -> bool {
    let type_of = |kind: &str| {
        let kind = merged.iter().find(|m| m.0 == kind).map_or(kind, |m| m.1);
        type_index(types, kind)
    };
    let options = entity_options();
    let mut counts = [Counts::default(); 4];
    let mut n = 0;
    for doc in docs.into_iter().filter(|d| args.part.keeps(&d.id)) {
        n += 1;
        let found: Names = annotate(&doc.input, &options)
            .into_iter()
            .filter(|a| a.layer() == Layer::Entity)
            .filter_map(|a| Some((a.span.start, a.span.end, type_of(a.kind)?)))
            .filter(|f| Some(f.2) != partial || doc.gold.iter().any(|g| g.0 < f.1 && f.0 < g.1))
            .collect();
        let show = args.verbose && !held_out(&doc.id);
        if show {
            println!("== {}", doc.id);
        }
        tally(&doc.input, &doc.gold, &found, types, &mut counts, show);
    }
    let title = format!(
        "{what} ({}): {n} texts ({} part)",
        file.display(),
        args.part.name()
    );
    report(&title, types, &counts, args.min)
}

/// Reads a scorer's command line and its data file (`default` unless one is given).
pub fn read_data(args: &[String], default: &str) -> Result<(Common, PathBuf, String), String> {
    read_data_with(args, default, |_, _| Ok(false))
}

/// [`read_data`] with the scorer's own options read by `own` (as [`args::parse`]).
pub fn read_data_with<'a>(
    args: &'a [String],
    default: &str,
    own: impl FnMut(&str, &mut std::slice::Iter<'a, String>) -> Result<bool, String>,
) -> Result<(Common, PathBuf, String), String> {
    let args = args::parse(args, own)?;
    let file = args.path_or(default);
    let text = std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
    Ok((args, file, text))
}

/// The index of the type `kind` in `types`.
pub fn type_index(types: &[&str], kind: &str) -> Option<usize> {
    types.iter().position(|t| *t == kind)
}

/// Joins words with single spaces onto `text`; returns each word's start and end.
pub fn join_words(text: &mut String, words: &[String]) -> (Vec<usize>, Vec<usize>) {
    let (mut starts, mut ends) = (
        Vec::with_capacity(words.len()),
        Vec::with_capacity(words.len()),
    );
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            text.push(' ');
        }
        starts.push(text.len());
        text.push_str(w);
        ends.push(text.len());
    }
    (starts, ends)
}

/// The byte span of the words `a..b` (end exclusive), given their starts and ends.
pub fn word_span(starts: &[usize], ends: &[usize], a: usize, b: usize) -> Option<(usize, usize)> {
    Some((*starts.get(a)?, *ends.get(b.checked_sub(1)?)?))
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
    let (args, file, text) = read_data(args, DEFAULT_FILE)?;
    let docs = conll::parse(&text);
    if docs.is_empty() {
        return Err(format!("{}: no documents", file.display()));
    }
    let docs = docs.iter().enumerate().map(|(i, doc)| {
        let (input, gold) = render(doc);
        Doc {
            id: conll_doc_id(i),
            input,
            gold,
        }
    });
    Ok(score(
        "entities",
        &file,
        &args,
        &TYPES,
        &[("NORP", "MISC")],
        None,
        docs,
    ))
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
pub fn render(doc: &conll::Document) -> (String, Names) {
    let mut text = String::new();
    let mut gold = Names::new();
    for (si, s) in doc.sentences.iter().enumerate() {
        if si > 0 {
            text.push('\n');
        }
        let (starts, ends) = join_words(&mut text, &s.words);
        for &(a, b, k) in &s.spans {
            if let Some((start, end)) = word_span(&starts, &ends, a, b) {
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
