//! Scores the entities layer on made-up news passages (`tests/fixtures/news-entities.txt`):
//! text with its names marked inline as `[TYPE words]` (PER, ORG, LOC, NORP), passages apart by
//! a line `===`, lines starting with `#` left out. Scored as GUM is: span and type must match,
//! our MISC names are not scored. Passage N's id is `news-N` (the fixed split by its FNV-1a).

use crate::entities::{read_data, score, type_index, Doc, Names};

const DEFAULT_FILE: &str = "tests/fixtures/news-entities.txt";
const TYPES: [&str; 4] = ["PER", "ORG", "LOC", "NORP"];

pub fn run(args: &[String]) -> Result<bool, String> {
    let (args, file, text) = read_data(args, DEFAULT_FILE)?;
    let docs = parse(&text).map_err(|e| format!("{}: {e}", file.display()))?;
    Ok(score("news", &file, &args, &TYPES, &[], None, docs))
}

/// The passages of a marked-up file, each with its names as byte spans of its plain text.
fn parse(marked: &str) -> Result<Vec<Doc>, String> {
    let mut docs = Vec::new();
    for passage in passages(marked) {
        let (input, gold) = unmark(&passage)?;
        docs.push(Doc {
            id: format!("news-{}", docs.len()),
            input,
            gold,
        });
    }
    Ok(docs)
}

/// The passages of a marked-up file as written, in order: apart by a line `===`, lines
/// starting with `#` left out, blank passages skipped (also read by `news-figures`).
pub fn passages(marked: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut passage = String::new();
    let lines = marked.lines().filter(|l| !l.starts_with('#'));
    for line in lines.chain(["==="]) {
        if line.trim() != "===" {
            passage.push_str(line);
            passage.push('\n');
            continue;
        }
        if !passage.trim().is_empty() {
            out.push(std::mem::take(&mut passage));
        }
        passage.clear();
    }
    out
}

/// Plain text and names of one passage: `[ORG Harbour Gazette]` → `Harbour Gazette`, an ORG.
fn unmark(marked: &str) -> Result<(String, Names), String> {
    let mut text = String::with_capacity(marked.len());
    let mut gold = Names::new();
    let mut rest = marked;
    while let Some(open) = rest.find('[') {
        text.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let close = after
            .find(']')
            .ok_or_else(|| format!("an unclosed name in {:?}", first_line(marked)))?;
        let inner = &after[..close];
        let (kind, words) = inner
            .split_once(' ')
            .ok_or_else(|| format!("a name without a type: [{inner}]"))?;
        let kind = type_index(&TYPES, kind).ok_or_else(|| format!("unknown type in [{inner}]"))?;
        gold.insert((text.len(), text.len() + words.len(), kind));
        text.push_str(words);
        rest = &after[close + 1..];
    }
    text.push_str(rest);
    Ok((text, gold))
}

fn first_line(s: &str) -> &str {
    s.lines().next().unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_marked_passages() {
        let docs = parse("# a comment\nSeen in [LOC Leeds] by\n===\n[PER Ada Quill] said.\n")
            .expect("well formed");
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].input, "Seen in Leeds by\n");
        assert!(docs[0].gold.contains(&(8, 13, 2)));
        assert_eq!(docs[1].input, "Ada Quill said.\n");
        assert!(docs[1].gold.contains(&(0, 9, 0)));
    }

    #[test]
    fn refuses_unknown_types_and_open_names() {
        assert!(parse("[XYZ Leeds]").is_err());
        assert!(parse("[LOC Leeds").is_err());
    }
}
