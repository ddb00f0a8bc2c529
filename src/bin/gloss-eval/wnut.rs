//! Scores the entities layer on WNUT-17 posts (`../shared/data/wnut17/dev.conll`), entity level:
//! each post is one input text (tokens joined by spaces) through `gloss::annotate`; gold types
//! mapped person → PER, location → LOC, corporation|group → ORG, product|creative-work → MISC.
//! WNUT marks no nationalities, so our NORP names are not scored. `--part tuned|held|all` picks
//! blocks of posts by the fixed split.

use std::collections::HashSet;

use gloss::entities::datasets::{parse_wnut, wnut_block_id};
use gloss::{annotate, Layer};

use crate::entities::{entity_options, parse_args, report, tally};
use crate::scores::Counts;

const DEFAULT_FILE: &str = "../shared/data/wnut17/dev.conll";
const TYPES: [&str; 4] = ["PER", "ORG", "LOC", "MISC"];

fn type_of(kind: &str) -> Option<usize> {
    TYPES.iter().position(|t| *t == kind)
}

pub fn run(args: &[String]) -> Result<bool, String> {
    let args = parse_args(args)?;
    let file = args.file.unwrap_or_else(|| DEFAULT_FILE.to_string());
    let text = std::fs::read_to_string(&file).map_err(|e| format!("{file}: {e}"))?;
    let posts = parse_wnut(&text);
    let options = entity_options();
    let mut counts = [Counts::default(); 4];
    let mut n = 0;
    for (i, post) in posts.iter().enumerate() {
        if !args.part.keeps(&wnut_block_id(i)) {
            continue;
        }
        n += 1;
        let mut input = String::new();
        let (mut starts, mut ends) = (Vec::new(), Vec::new());
        for (wi, w) in post.words.iter().enumerate() {
            if wi > 0 {
                input.push(' ');
            }
            starts.push(input.len());
            input.push_str(w);
            ends.push(input.len());
        }
        let gold: HashSet<(usize, usize, usize)> = post
            .spans
            .iter()
            .filter_map(|&(a, b, k)| {
                let name = gloss::entities::tags::TYPES.get(k)?;
                Some((
                    *starts.get(a)?,
                    *ends.get(b.checked_sub(1)?)?,
                    type_of(name)?,
                ))
            })
            .collect();
        let found: HashSet<(usize, usize, usize)> = annotate(&input, &options)
            .into_iter()
            .filter(|a| a.layer() == Layer::Entity)
            .filter_map(|a| Some((a.span.start, a.span.end, type_of(a.kind)?)))
            .collect();
        tally(&input, &gold, &found, &TYPES, &mut counts, args.show_errors);
    }
    let title = format!("wnut: {n} posts ({} part) from {file}", args.part.name());
    Ok(report(&title, &TYPES, &counts, args.min))
}
