//! Scores the entities layer on WNUT-17 posts (`../shared/data/wnut17/dev.conll`), entity level:
//! each post is one input text (tokens joined by spaces) through `gloss::annotate`; gold types
//! mapped person → PER, location → LOC, corporation|group → ORG, product|creative-work → MISC.
//! WNUT marks no nationalities, so our NORP names are not scored. `--part tuned|held|all` picks
//! blocks of posts by the fixed split.

use gloss::entities::datasets::{parse_wnut, wnut_block_id};

use crate::entities::{join_words, read_data, score, type_index, word_span, Doc};

const DEFAULT_FILE: &str = "../shared/data/wnut17/dev.conll";
const TYPES: [&str; 4] = ["PER", "ORG", "LOC", "MISC"];

pub fn run(args: &[String]) -> Result<bool, String> {
    let (args, file, text) = read_data(args, DEFAULT_FILE)?;
    let posts = parse_wnut(&text);
    let docs = posts.iter().enumerate().map(|(i, post)| {
        let mut input = String::new();
        let (starts, ends) = join_words(&mut input, &post.words);
        let gold = post
            .spans
            .iter()
            .filter_map(|&(a, b, k)| {
                let name = gloss::entities::tags::TYPES.get(k)?;
                let (start, end) = word_span(&starts, &ends, a, b)?;
                Some((start, end, type_index(&TYPES, name)?))
            })
            .collect();
        Doc {
            id: wnut_block_id(i),
            input,
            gold,
        }
    });
    Ok(score("wnut", &file, &args, &TYPES, &[], None, docs))
}
