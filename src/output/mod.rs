//! The serialised shape of a result, shared by the CLI (code points) and the page (UTF-16).

use std::io;

use serde::Serialize;
use serde_json::ser::{CompactFormatter, Formatter, PrettyFormatter};

use crate::annotation::{Annotation, Detail, Layer};
use crate::offsets::{OffsetConverter, Unit};
use crate::pipeline::{merged, Annotated, AnnotationRef};
use crate::statistics::Figure;

#[cfg(not(target_arch = "wasm32"))]
mod halves;
mod writer;
#[cfg(not(target_arch = "wasm32"))]
pub use halves::write_document_in_halves;
pub use writer::{write_document, write_record};

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
    /// A statistic whose value does not fit a double (a figure of 310 digits or more): its
    /// `value` is omitted and this gives the figure as written. Absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_text: Option<&'t str>,
}

/// Annotations of one text that serialise as the JSON list of [`AnnotationOut`], converting each
/// one's offsets to the list's unit as it is written.
pub struct Rendered<'t, 'a> {
    text: &'t str,
    annotations: Source<'a>,
    converter: OffsetConverter<'t>,
}

/// What [`rendered`] writes: a list of annotations, or the layers' lists ([`Annotated`]) merged
/// as they are written.
#[derive(Clone, Copy)]
pub struct Source<'a> {
    others: &'a [Annotation],
    figures: &'a [Figure],
}

impl<'a> Source<'a> {
    pub fn len(&self) -> usize {
        self.others.len() + self.figures.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The annotations in the order they are written.
    fn refs(self) -> impl Iterator<Item = AnnotationRef<'a>> + 'a {
        merged(self.others, self.figures)
    }

    /// The first `n` annotations in the order they are written, and the rest: writing one and
    /// then the other writes them all in that order (the merge only looks at the next of each
    /// list).
    pub fn split_at(self, n: usize) -> (Source<'a>, Source<'a>) {
        let (mut i, mut k) = (0, 0);
        for a in self.refs().take(n) {
            match a {
                AnnotationRef::Other(_) => i += 1,
                AnnotationRef::Figure(_) => k += 1,
            }
        }
        let (others_head, others_tail) = self.others.split_at(i);
        let (figures_head, figures_tail) = self.figures.split_at(k);
        (
            Source {
                others: others_head,
                figures: figures_head,
            },
            Source {
                others: others_tail,
                figures: figures_tail,
            },
        )
    }
}

impl<'a> From<&'a [Annotation]> for Source<'a> {
    fn from(others: &'a [Annotation]) -> Self {
        Source {
            others,
            figures: &[],
        }
    }
}

impl<'a> From<&'a Vec<Annotation>> for Source<'a> {
    fn from(list: &'a Vec<Annotation>) -> Self {
        Source::from(&list[..])
    }
}

impl<'a> From<&'a Annotated> for Source<'a> {
    fn from(annotated: &'a Annotated) -> Self {
        let (others, figures) = annotated.lists();
        Source { others, figures }
    }
}

/// The result for one text, `{"annotations": [...]}`, converted as it is serialised.
#[derive(Serialize)]
pub struct Document<'t, 'a> {
    pub annotations: Rendered<'t, 'a>,
}

/// The annotations of `text` as a list to serialise, offsets in `unit`.
pub fn rendered<'t, 'a>(
    text: &'t str,
    annotations: impl Into<Source<'a>>,
    unit: Unit,
) -> Rendered<'t, 'a> {
    Rendered {
        text,
        annotations: annotations.into(),
        converter: OffsetConverter::new(text, unit),
    }
}

impl<'t> Rendered<'t, '_> {
    /// Each annotation as it is written, offsets converted (for tests and evaluation, which read
    /// the fields rather than the JSON).
    pub fn items(&self) -> impl Iterator<Item = AnnotationOut<'t>> + '_ {
        self.refs().map(|a| self.convert(a))
    }

    /// The annotations in the order they are written, unconverted.
    fn refs(&self) -> impl Iterator<Item = AnnotationRef<'_>> + '_ {
        self.annotations.refs()
    }

    fn convert(&self, a: AnnotationRef) -> AnnotationOut<'t> {
        let convert = |byte: usize| self.converter.convert(byte);
        let span = a.span();
        let text = self.text.get(span.clone()).unwrap_or("");
        let mut detail = match a {
            AnnotationRef::Other(a) => a.detail.map_offsets(&convert),
            AnnotationRef::Figure(f) => Detail::Statistic(f.detail().map_offsets(&convert)),
        };
        let mut value_text = None;
        if let Detail::Statistic(d) = &mut detail {
            // JSON has no infinity: serde_json would write `null` where a number is promised.
            if d.value_of().is_some_and(|v| !v.is_finite()) {
                d.set_value(None);
                value_text = Some(text);
            }
            let infinite = |v: Option<f64>| v.is_some_and(|v| !v.is_finite());
            let extra = d.extra();
            let magnitude = extra.change.as_ref().and_then(|c| c.magnitude);
            if infinite(extra.min) || infinite(extra.max) || infinite(magnitude) {
                let extra = d.extra_mut();
                extra.min = extra.min.filter(|v| v.is_finite());
                extra.max = extra.max.filter(|v| v.is_finite());
                if let Some(change) = extra.change.as_mut() {
                    change.magnitude = change.magnitude.filter(|v| v.is_finite());
                }
            }
        }
        AnnotationOut {
            layer: a.layer(),
            kind: a.kind(),
            start: convert(span.start),
            end: convert(span.end),
            text,
            detail,
            value_text,
        }
    }
}

impl Serialize for Rendered<'_, '_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.items())
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

/// Writes `value` as JSON (indented when `pretty`) with U+2028, U+2029 and U+0085 escaped as
/// `\u2028`, `\u2029` and `\u0085`: JSON allows them raw, but line-splitting readers (Python's
/// `str.splitlines`, JavaScript source) would cut a record in two. Everything else is written
/// exactly as `serde_json::to_writer` writes it.
pub fn write_json<W: io::Write, T: Serialize + ?Sized>(
    writer: W,
    value: &T,
    pretty: bool,
) -> serde_json::Result<()> {
    if pretty {
        let mut ser =
            serde_json::Serializer::with_formatter(writer, LineSafe(PrettyFormatter::new()));
        value.serialize(&mut ser)
    } else {
        let mut ser = serde_json::Serializer::with_formatter(writer, LineSafe(CompactFormatter));
        value.serialize(&mut ser)
    }
}

/// A JSON formatter that escapes the characters some readers take for line ends.
struct LineSafe<F>(F);

/// The UTF-8 of U+2028, U+2029 and U+0085, and how each is written instead.
const LINE_ENDS: [(&[u8], &[u8]); 3] = [
    (b"\xe2\x80\xa8", b"\\u2028"),
    (b"\xe2\x80\xa9", b"\\u2029"),
    (b"\xc2\x85", b"\\u0085"),
];

impl<F: Formatter> Formatter for LineSafe<F> {
    fn write_string_fragment<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let bytes = fragment.as_bytes();
        let mut written = 0;
        let mut from = 0;
        while let Some(i) = memchr::memchr2(0xe2, 0xc2, &bytes[from..]).map(|i| from + i) {
            let rest = &bytes[i..];
            match LINE_ENDS.iter().find(|(raw, _)| rest.starts_with(raw)) {
                Some((raw, escaped)) => {
                    writer.write_all(&bytes[written..i])?;
                    writer.write_all(escaped)?;
                    written = i + raw.len();
                    from = written;
                }
                None => from = i + 1,
            }
        }
        writer.write_all(&bytes[written..])
    }

    // The layout (indentation) is the wrapped formatter's.
    fn begin_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn end_object_key<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_key(w)
    }
    fn begin_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_value(w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_ends_are_escaped_and_nothing_else_changes() {
        let cases = [
            ("plain", "Rishi Sunak £2.7bn 13 per cent é ü 東京 👍🏽", None),
            ("line separator", "a\u{2028}b", Some("\"a\\u2028b\"")),
            ("paragraph separator", "\u{2029}", Some("\"\\u2029\"")),
            ("next line", "x\u{85}\u{85}y", Some("\"x\\u0085\\u0085y\"")),
            ("neighbours kept", "\u{2027}\u{202a}\u{84}\u{86}", None),
            (
                "with escapes",
                "\"q\"\n\u{2028}\t",
                Some("\"\\\"q\\\"\\n\\u2028\\t\""),
            ),
        ];
        let mut names = std::collections::HashSet::new();
        for (name, text, expected) in cases {
            assert!(names.insert(name), "case name {name} twice");
            for pretty in [false, true] {
                let mut out = Vec::new();
                write_json(&mut out, &serde_json::json!({"t": [text]}), pretty).unwrap();
                let plain = if pretty {
                    serde_json::to_vec_pretty(&serde_json::json!({"t": [text]})).unwrap()
                } else {
                    serde_json::to_vec(&serde_json::json!({"t": [text]})).unwrap()
                };
                let out = String::from_utf8(out).unwrap();
                match expected {
                    None => assert_eq!(out.as_bytes(), plain, "{name}"),
                    Some(string) => assert!(out.contains(string), "{name}: {out}"),
                }
                assert_eq!(
                    out.lines().count(),
                    String::from_utf8(plain).unwrap().lines().count()
                );
                let back: serde_json::Value = serde_json::from_str(&out).unwrap();
                assert_eq!(back["t"][0], text, "{name}");
            }
        }
    }
}
