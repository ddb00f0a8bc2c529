//! Scores the entities layer on GUM documents (`../shared/data/gum-dev/docs.jsonl`): raw text
//! through `gloss::annotate`, gold PER/ORG/LOC/NORP spans over that text; a name counts only if
//! span and type match exactly. GUM marks no MISC, so our MISC names are not scored (neither
//! right nor wrong). `--part tuned|held|all` picks documents by the fixed split.
//!
//! GUM's NORP is partial by its own README (`../shared/data/SOURCES.md`): only a person mention
//! whose head is a plural proper noun ("Americans", "Thais") is NORP, and "nationality
//! adjectives are never tagged". So a NORP we find where GUM marks no name at all ("American"
//! in "the American president") is not scored; one that overlaps a gold name of another type or
//! a different span still counts as wrong, and every gold NORP still counts when missed.
//! `--strict-norp` scores every NORP we find, as before the twenty-first session.

use gloss::entities::datasets::parse_gum;

use crate::entities::{read_data_with, score, type_index, Doc};

const DEFAULT_FILE: &str = "../shared/data/gum-dev/docs.jsonl";
const TYPES: [&str; 4] = ["PER", "ORG", "LOC", "NORP"];

pub fn run(args: &[String]) -> Result<bool, String> {
    let mut strict_norp = false;
    let (args, file, text) = read_data_with(args, DEFAULT_FILE, |flag, _| {
        let known = flag == "--strict-norp";
        strict_norp |= known;
        Ok(known)
    })?;
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
    let partial = if strict_norp {
        None
    } else {
        type_index(&TYPES, "NORP")
    };
    Ok(score("gum", &file, &args, &TYPES, &[], partial, docs))
}
