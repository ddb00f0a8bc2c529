//! Readers for the other labelled sets (GUM raw-text spans, WNUT-17 token lines) and the fixed
//! held-out split every evaluation and the trainer share. Only compiled for the command-line
//! tools.
//!
//! Held-out part: a case is held out when the FNV-1a hash of its id is 0 mod 5. Ids: a GUM
//! document's `doc` field; a CoNLL file's documents `conll-doc-N` (N = the `-DOCSTART-`
//! document's index in the file, from 0); WNUT posts in blocks of [`WNUT_BLOCK`] posts,
//! `wnut-block-N`. The held-out part is never trained on and its errors are never read while
//! tuning; figures are reported for both parts.

use std::ops::Range;

use super::conll::{Document, Sentence};
use super::tags::type_index;
use super::tokenizer;

pub use crate::heldout::{held_out, Part};

pub fn conll_doc_id(index: usize) -> String {
    format!("conll-doc-{index}")
}

/// Posts per WNUT block (the unit of the held-out split).
pub const WNUT_BLOCK: usize = 20;

pub fn wnut_block_id(post: usize) -> String {
    format!("wnut-block-{}", post / WNUT_BLOCK)
}

/// A WNUT-17 type as ours: person → PER, location → LOC, corporation and group → ORG, product
/// and creative-work → MISC.
pub fn wnut_type(name: &str) -> Option<usize> {
    match name {
        "person" => type_index("PER"),
        "location" => type_index("LOC"),
        "corporation" | "group" => type_index("ORG"),
        "product" | "creative-work" => type_index("MISC"),
        _ => None,
    }
}

/// Reads a WNUT-17 file (`token<TAB>tag` lines, BIO tags, a blank line after each post): one
/// sentence per post, types mapped by [`wnut_type`].
pub fn parse_wnut(text: &str) -> Vec<Sentence> {
    let mut posts = Vec::new();
    let mut s = Sentence::default();
    let mut open: Option<(usize, usize)> = None;
    let close = |s: &mut Sentence, open: &mut Option<(usize, usize)>| {
        if let Some((a, k)) = open.take() {
            s.spans.push((a, s.words.len(), k));
        }
    };
    for line in text.lines() {
        let line = line.trim_end_matches('\r');
        let mut cols = line.split('\t');
        let (Some(word), tag) = (
            cols.next().filter(|w| !w.trim().is_empty()),
            cols.next_back(),
        ) else {
            close(&mut s, &mut open);
            if !s.words.is_empty() {
                posts.push(std::mem::take(&mut s));
            }
            continue;
        };
        let tag = tag.unwrap_or("O");
        let (prefix, kind) = match tag.split_once('-') {
            Some((p, k)) => (p, wnut_type(k)),
            None => ("O", None),
        };
        match kind {
            None => close(&mut s, &mut open),
            Some(k) => {
                if !(prefix == "I" && open.is_some_and(|(_, ok)| ok == k)) {
                    close(&mut s, &mut open);
                    open = Some((s.words.len(), k));
                }
            }
        }
        s.words.push(word.to_string());
    }
    close(&mut s, &mut open);
    if !s.words.is_empty() {
        posts.push(s);
    }
    posts
}

/// One GUM document: raw text and its names as byte spans with our type index.
#[derive(Debug, Clone)]
pub struct GumDoc {
    pub id: String,
    pub text: String,
    pub names: Vec<(Range<usize>, usize)>,
}

/// Reads GUM JSON Lines (`doc`, `text`, `entities: [{start, end, type}]`, offsets in code
/// points). Types PER, ORG, LOC, NORP.
pub fn parse_gum(jsonl: &str) -> Result<Vec<GumDoc>, String> {
    let mut docs = Vec::new();
    for (n, line) in jsonl.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value =
            serde_json::from_str(line).map_err(|e| format!("line {}: {e}", n + 1))?;
        let text = v["text"]
            .as_str()
            .ok_or("a record has no text")?
            .to_string();
        let id = v["doc"].as_str().unwrap_or("").to_string();
        // Code point index → byte offset.
        let bytes: Vec<usize> = text
            .char_indices()
            .map(|(b, _)| b)
            .chain([text.len()])
            .collect();
        let mut names = Vec::new();
        for e in v["entities"].as_array().map(Vec::as_slice).unwrap_or(&[]) {
            let (Some(s), Some(t), Some(k)) = (
                e["start"].as_u64(),
                e["end"].as_u64(),
                e["type"].as_str().and_then(type_index),
            ) else {
                continue;
            };
            if let (Some(&a), Some(&b)) = (bytes.get(s as usize), bytes.get(t as usize)) {
                names.push((a..b, k));
            }
        }
        docs.push(GumDoc { id, text, names });
    }
    Ok(docs)
}

/// A raw-text document as training sentences in our own tokenisation: each name becomes the
/// tokens it covers exactly; a name whose ends fall inside a token is dropped (with its tokens
/// left unlabelled as O).
pub fn to_training(text: &str, names: &[(Range<usize>, usize)]) -> Document {
    let mut doc = Document::default();
    for sentence in tokenizer::tokenize(text) {
        let toks = &sentence.tokens;
        let mut s = Sentence {
            words: toks
                .iter()
                .map(|r| text.get(r.clone()).unwrap_or("").to_string())
                .collect(),
            spans: Vec::new(),
        };
        for (range, k) in names {
            let a = toks.iter().position(|t| t.start == range.start);
            let b = toks.iter().position(|t| t.end == range.end);
            if let (Some(a), Some(b)) = (a, b) {
                if a <= b {
                    s.spans.push((a, b + 1, *k));
                }
            }
        }
        s.spans.sort();
        if !s.words.is_empty() {
            doc.sentences.push(s);
        }
    }
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_wnut_posts_with_mapped_types() {
        let text = "RT\tO\n@someone\tO\nIvo\tB-person\nBrandt\tI-person\nat\tO\nQuillworks\tB-corporation\n\nnew\tO\nSkyline\tB-creative-work\nTour\tI-creative-work\n";
        let posts = parse_wnut(text);
        assert_eq!(posts.len(), 2);
        assert_eq!(posts[0].spans, vec![(2, 4, 0), (5, 6, 1)]);
        assert_eq!(posts[1].spans, vec![(1, 3, 4)]);
    }

    #[test]
    fn projects_raw_spans_onto_our_tokens() {
        let text = "Ada Marlow visited Lisbon’s port. Then Porto.";
        let names = vec![(0..10, 0), (19..25, 2), (41..46, 2), (2..5, 0)];
        let doc = to_training(text, &names);
        assert_eq!(doc.sentences.len(), 2);
        assert_eq!(doc.sentences[0].spans, vec![(0, 2, 0), (3, 4, 2)]);
        assert_eq!(doc.sentences[1].spans, vec![(1, 2, 2)]);
    }
}
