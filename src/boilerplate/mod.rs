//! Boilerplate layer: lines of a pasted page that are not the article, each with a reason.

use serde::Serialize;

use crate::annotation::Annotation;

/// Why a span is boilerplate, in words for a person (the type carries the reason code).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Detail {
    pub reason: &'static str,
}

/// Marks the boilerplate in `text`. `html`, when given, is the page the text was copied from.
pub fn annotate(_text: &str, _html: Option<&str>) -> Vec<Annotation> {
    Vec::new()
}
