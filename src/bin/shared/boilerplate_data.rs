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

/// Every page of a JSON Lines file, or of a line-labelled text fixture when the name ends in
/// `.txt` (see [`parse_labelled_text`]).
pub fn read_pages(path: &str) -> Result<Vec<LabelledPage>, String> {
    if path.ends_with(".txt") {
        let data = fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
        return parse_labelled_text(&data).map_err(|e| format!("{path}:{e}"));
    }
    read_jsonl(path)
}

/// Pages written by hand (e.g. `tests/fixtures/pages-40.txt`): a page opens with `=== <id>`;
/// each other line is a label, one space and the pasted line (`A` article; `H` headline, `S`
/// standfirst and `C` clutter, all three `boilerplate` as in the labelled data); an empty line
/// is an empty line of the paste. Lines starting with `#` outside a page are comments. Empty
/// lines at a page's end are dropped; every page's text ends without a line break.
pub fn parse_labelled_text(data: &str) -> Result<Vec<LabelledPage>, String> {
    let mut pages: Vec<LabelledPage> = Vec::new();
    for (n, raw) in data.lines().enumerate() {
        if let Some(id) = raw.strip_prefix("===") {
            pages.push(LabelledPage {
                id: id.trim().to_string(),
                url: String::new(),
                text: String::new(),
                lines: Vec::new(),
            });
            continue;
        }
        let Some(page) = pages.last_mut() else {
            if raw.trim().is_empty() || raw.starts_with('#') {
                continue;
            }
            return Err(format!("{}: a line before the first page", n + 1));
        };
        if raw.is_empty() {
            page.text.push('\n');
            continue;
        }
        let (label, line) = raw.split_at(raw.find(' ').unwrap_or(raw.len()));
        let label = match label {
            "A" => "content",
            "C" | "H" | "S" => "boilerplate",
            other => return Err(format!("{}: unknown label '{other}'", n + 1)),
        };
        let line = line.strip_prefix(' ').unwrap_or(line);
        let start = page.text.len();
        page.text.push_str(line);
        let end = page.text.len();
        page.text.push('\n');
        if !line.trim().is_empty() {
            page.lines.push(GoldLine {
                start,
                end,
                label: label.to_string(),
            });
        }
    }
    for page in &mut pages {
        let kept = page.text.trim_end_matches('\n').len();
        page.text.truncate(kept);
    }
    Ok(pages)
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
