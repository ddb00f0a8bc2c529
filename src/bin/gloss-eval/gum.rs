//! Scores the entities layer on GUM documents (`../shared/data/gum-dev/docs.jsonl`): raw text
//! through `gloss::annotate`, gold PER/ORG/LOC/NORP spans over that text; a name counts only if
//! span and type match exactly. GUM marks no MISC, so our MISC names are not scored (neither
//! right nor wrong). `--part tuned|held|all` picks documents by the fixed split.

use gloss::entities::datasets::parse_gum;

use crate::entities::{read_data, score, type_index, Doc};

const DEFAULT_FILE: &str = "../shared/data/gum-dev/docs.jsonl";
const TYPES: [&str; 4] = ["PER", "ORG", "LOC", "NORP"];

pub fn run(args: &[String]) -> Result<bool, String> {
    let (args, file, text) = read_data(args, DEFAULT_FILE)?;
    let docs = parse_gum(&text).map_err(|e| format!("{}: {e}", file.display()))?;
    let docs = docs.into_iter().map(|doc| Doc {
        gold: doc
            .names
            .iter()
            .filter_map(|(r, k)| {
                let name = gloss::entities::tags::TYPES.get(*k)?;
                Some((r.start, r.end, type_index(&TYPES, name)?))
            })
            .collect(),
        id: doc.id,
        input: doc.text,
    });
    Ok(score("gum", &file, &args, &TYPES, &[], docs))
}
