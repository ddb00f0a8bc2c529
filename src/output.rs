//! The serialised shape of a result, shared by the CLI (code points) and the page (UTF-16).

use serde::Serialize;

use crate::annotation::{Annotation, Detail, Layer};
use crate::offsets::{OffsetConverter, Unit};

/// One annotation as JSON: `layer`, `type`, `start`, `end`, `text`, then the layer's own fields.
#[derive(Debug, Serialize)]
pub struct AnnotationOut<'t> {
    pub layer: Layer,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub start: usize,
    pub end: usize,
    pub text: &'t str,
    #[serde(flatten)]
    pub detail: Detail,
}

/// The whole result for one text.
#[derive(Debug, Serialize)]
pub struct Output<'t> {
    pub annotations: Vec<AnnotationOut<'t>>,
}

/// Renders annotations of `text` with every offset (including those inside a layer's detail)
/// counted in `unit`.
pub fn render<'t>(text: &'t str, annotations: &[Annotation], unit: Unit) -> Output<'t> {
    let conv = OffsetConverter::new(text, unit);
    let convert = |byte: usize| conv.convert(byte);
    let annotations = annotations
        .iter()
        .map(|a| AnnotationOut {
            layer: a.layer(),
            kind: a.kind,
            start: conv.convert(a.span.start),
            end: conv.convert(a.span.end),
            text: a.text(text),
            detail: a.detail.map_offsets(&convert),
        })
        .collect();
    Output { annotations }
}

impl Detail {
    /// The same detail with any offsets it carries (e.g. a statistic's baseline span) mapped.
    pub fn map_offsets(&self, f: &dyn Fn(usize) -> usize) -> Detail {
        match self {
            Detail::Statistic(d) => Detail::Statistic(d.map_offsets(f)),
            other => other.clone(),
        }
    }
}
