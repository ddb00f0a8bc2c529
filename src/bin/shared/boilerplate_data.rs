//! The line-labelled pages of `../shared/data/boilerplate/` (see the README there), read by
//! `gloss-eval boilerplate` (scoring) and `gloss-train-boilerplate` (training).

use std::collections::HashMap;
use std::fs;

use serde::de::DeserializeOwned;
use serde::Deserialize;

/// One pasted page with a gold label per line.
#[derive(Deserialize)]
#[allow(dead_code)] // each tool reads the fields it needs
pub struct LabelledPage {
    pub id: String,
    #[serde(default)]
    pub url: String,
    pub text: String,
    pub lines: Vec<GoldLine>,
}

/// A line of the page (byte offsets into its text) and its label, `content` or `boilerplate`.
#[derive(Deserialize)]
pub struct GoldLine {
    pub start: usize,
    pub end: usize,
    pub label: String,
}

impl GoldLine {
    pub fn is_content(&self) -> bool {
        self.label == "content"
    }
}

#[derive(Deserialize)]
struct HtmlRecord {
    id: String,
    html: String,
}

/// Every page of a JSON Lines file.
pub fn read_pages(path: &str) -> Result<Vec<LabelledPage>, String> {
    read_jsonl(path)
}

/// The HTML each page was copied from, by page id.
pub fn read_html(path: &str) -> Result<HashMap<String, String>, String> {
    let records: Vec<HtmlRecord> = read_jsonl(path)?;
    Ok(records.into_iter().map(|r| (r.id, r.html)).collect())
}

fn read_jsonl<T: DeserializeOwned>(path: &str) -> Result<Vec<T>, String> {
    let data = fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    data.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(n, line)| serde_json::from_str(line).map_err(|e| format!("{path}:{}: {e}", n + 1)))
        .collect()
}
