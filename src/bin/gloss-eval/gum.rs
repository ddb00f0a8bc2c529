//! Scores the entities layer on GUM documents (`../shared/data/gum-dev/docs.jsonl`): raw text
//! through `gloss::annotate`, gold PER/ORG/LOC/NORP spans over that text; a name counts only if
//! span and type match exactly. GUM marks no MISC, so our MISC names are not scored (neither
//! right nor wrong). `--part tuned|held|all` picks documents by the fixed split.

use std::collections::HashSet;

use gloss::entities::datasets::parse_gum;
use gloss::{annotate, Layer};

use crate::entities::{entity_options, parse_args, report, tally};
use crate::scores::Counts;

const DEFAULT_FILE: &str = "../shared/data/gum-dev/docs.jsonl";
const TYPES: [&str; 4] = ["PER", "ORG", "LOC", "NORP"];

fn type_of(kind: &str) -> Option<usize> {
    TYPES.iter().position(|t| *t == kind)
}

pub fn run(args: &[String]) -> Result<bool, String> {
    let args = parse_args(args)?;
    let file = args.file.unwrap_or_else(|| DEFAULT_FILE.to_string());
    let text = std::fs::read_to_string(&file).map_err(|e| format!("{file}: {e}"))?;
    let docs = parse_gum(&text).map_err(|e| format!("{file}: {e}"))?;
    let options = entity_options();
    let mut counts = [Counts::default(); 4];
    let mut n = 0;
    for doc in docs.iter().filter(|d| args.part.keeps(&d.id)) {
        n += 1;
        let gold: HashSet<(usize, usize, usize)> = doc
            .names
            .iter()
            .filter_map(|(r, k)| {
                let name = gloss::entities::tags::TYPES.get(*k)?;
                Some((r.start, r.end, type_of(name)?))
            })
            .collect();
        let found: HashSet<(usize, usize, usize)> = annotate(&doc.text, &options)
            .into_iter()
            .filter(|a| a.layer() == Layer::Entity)
            .filter_map(|a| Some((a.span.start, a.span.end, type_of(a.kind)?)))
            .collect();
        if args.show_errors {
            println!("== {}", doc.id);
        }
        tally(
            &doc.text,
            &gold,
            &found,
            &TYPES,
            &mut counts,
            args.show_errors,
        );
    }
    let title = format!("gum: {n} documents ({} part) from {file}", args.part.name());
    Ok(report(&title, &TYPES, &counts, args.min))
}
