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
/// counted in `unit`, as owned values (for tests and evaluation; to write JSON, [`rendered`]
/// converts as it serialises and needs no second copy of the annotations).
pub fn render<'t>(text: &'t str, annotations: &[Annotation], unit: Unit) -> Output<'t> {
    let list = rendered(text, annotations, unit);
    Output {
        annotations: annotations.iter().map(|a| list.convert(a)).collect(),
    }
}

/// Annotations of one text that serialise as the JSON list of [`AnnotationOut`], converting each
/// one's offsets to the list's unit as it is written.
pub struct Rendered<'t, 'a> {
    text: &'t str,
    annotations: &'a [Annotation],
    converter: OffsetConverter<'t>,
}

/// The result for one text, `{"annotations": [...]}`, converted as it is serialised.
#[derive(Serialize)]
pub struct Document<'t, 'a> {
    pub annotations: Rendered<'t, 'a>,
}

/// The annotations of `text` as a list to serialise, offsets in `unit`.
pub fn rendered<'t, 'a>(
    text: &'t str,
    annotations: &'a [Annotation],
    unit: Unit,
) -> Rendered<'t, 'a> {
    Rendered {
        text,
        annotations,
        converter: OffsetConverter::new(text, unit),
    }
}

impl<'t> Rendered<'t, '_> {
    fn convert(&self, a: &Annotation) -> AnnotationOut<'t> {
        let convert = |byte: usize| self.converter.convert(byte);
        AnnotationOut {
            layer: a.layer(),
            kind: a.kind,
            start: convert(a.span.start),
            end: convert(a.span.end),
            text: a.text(self.text),
            detail: a.detail.map_offsets(&convert),
        }
    }
}

impl Serialize for Rendered<'_, '_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.annotations.iter().map(|a| self.convert(a)))
    }
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
