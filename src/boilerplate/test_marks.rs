//! What the boilerplate layer's test files share: a text's marks as (line, reason) pairs.

use super::annotate;

/// The boilerplate marks of `text`: each marked line's text and its reason.
pub(super) fn marks(text: &str) -> Vec<(String, &'static str)> {
    annotate(text, None)
        .iter()
        .map(|a| (a.text(text).to_string(), a.kind))
        .collect()
}

/// Whether `line` is one of the marked lines.
pub(super) fn marked(marks: &[(String, &'static str)], line: &str) -> bool {
    marks.iter().any(|(t, _)| t == line)
}
