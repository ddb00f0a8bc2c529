//! The layer's compact records: a statistic found at token places ([`Found`]) and one of the
//! result at byte offsets ([`Figure`]), with the type in one byte ([`StatKind`]).

use super::Detail;
use crate::annotation::{self, Annotation};

/// A statistic found at tokens `start..end` (end exclusive).
///
/// 32 bytes, the size of a [`Figure`]: a text of dense figures holds one `Found` a figure next
/// to its tokens, and the layer turns the list into its result in place (a list of figures
/// built beside it would hold both). Token places are `u32` (a piece of text read at once has
/// at most [`super::tokens::MAX_TEXT`] bytes, so fewer tokens). A date's parsed phrase is kept beside
/// the list, not in it (see [`super::scan`]).
#[derive(Debug, Clone)]
pub(crate) struct Found {
    first: u32,
    past: u32,
    pub kind: StatKind,
    /// Read by the date grammar ([`super::date_found`]), resolved or not: in the record's padding.
    pub dated: bool,
    /// The figure's sentence, numbered by the consistency hints ([`super::hints`]); in what would be
    /// the record's padding.
    pub sentence: u32,
    pub detail: Detail,
}

/// A token place as stored in a [`Found`]. Places past `u32::MAX` cannot occur (see
/// [`Found`]); they would read as the last one.
fn place(token: usize) -> u32 {
    u32::try_from(token).unwrap_or(u32::MAX)
}

impl Found {
    /// `kind` is one of [`KINDS`] (the grammars pass literals; see [`StatKind::of`]).
    pub fn new(start: usize, end: usize, kind: &'static str, detail: Detail) -> Found {
        Found {
            first: place(start),
            past: place(end),
            kind: StatKind::of(kind),
            detail,
            dated: false,
            sentence: 0,
        }
    }

    /// The figure's first token.
    #[inline]
    pub fn start(&self) -> usize {
        self.first as usize
    }

    /// The token after the figure's last.
    #[inline]
    pub fn end(&self) -> usize {
        self.past as usize
    }

    pub fn set_start(&mut self, start: usize) {
        self.first = place(start);
    }

    pub fn set_end(&mut self, end: usize) {
        self.past = place(end);
    }
}

/// One statistic of the layer's result: its byte span in the text, its type and what it says.
/// 32 bytes, under half an [`Annotation`]: a text of dense figures is a list of these, which
/// the pipeline merges with the other layers' annotations as it hands them on
/// ([`crate::pipeline::Annotated`]); [`Figure::annotation`] makes the full annotation. The
/// span's offsets are kept in five bytes each (texts up to 1 TiB; see [`Figure::new`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    start: u32,
    end: u32,
    pub detail: Detail,
    pub(super) kind: StatKind,
    /// The offsets' fifth bytes.
    start_high: u8,
    end_high: u8,
}

impl Figure {
    /// A figure at bytes `span` of the text. Offsets of 1 TiB and more (a text no reader
    /// holds) would be cut to their low five bytes.
    pub(super) fn new(span: std::ops::Range<usize>, kind: StatKind, detail: Detail) -> Figure {
        let (start, start_high) = split_offset(span.start);
        let (end, end_high) = split_offset(span.end);
        Figure {
            start,
            end,
            detail,
            kind,
            start_high,
            end_high,
        }
    }

    /// The byte span in the text.
    #[inline]
    pub fn span(&self) -> std::ops::Range<usize> {
        join_offset(self.start, self.start_high)..join_offset(self.end, self.end_high)
    }

    /// The type: `PERCENT`, `MONEY`, ….
    pub fn kind(&self) -> &'static str {
        self.kind.as_str()
    }

    /// The same figure as an annotation.
    pub fn annotation(&self) -> Annotation {
        Annotation {
            span: self.span(),
            kind: self.kind(),
            detail: annotation::Detail::Statistic(self.detail.clone()),
        }
    }
}

/// A byte offset as its low four bytes and its fifth.
fn split_offset(byte: usize) -> (u32, u8) {
    let wide = byte as u64;
    (wide as u32, (wide >> 32) as u8)
}

fn join_offset(low: u32, high: u8) -> usize {
    ((u64::from(high) << 32) | u64::from(low)) as usize
}

/// Every type a statistic can have, as serialised.
pub(super) const KINDS: [&str; 8] = [
    "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY", "DATE", "TIME", "DURATION",
];

/// A statistic's type in one byte: its place in [`KINDS`]. Compares equal to the type's name.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) struct StatKind(u8);

impl StatKind {
    /// The type named `kind`. A name outside [`KINDS`] is a bug in a grammar: debug builds
    /// stop on it (`kinds_are_one_byte_each` covers every name), release builds read it as a
    /// cardinal.
    pub fn of(kind: &str) -> StatKind {
        let place = KINDS.iter().position(|k| *k == kind);
        debug_assert!(place.is_some(), "unknown statistic type {kind}");
        StatKind(place.and_then(|p| u8::try_from(p).ok()).unwrap_or(0))
    }

    pub fn as_str(self) -> &'static str {
        KINDS.get(usize::from(self.0)).copied().unwrap_or(KINDS[0])
    }
}

impl PartialEq<&str> for StatKind {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl std::fmt::Debug for StatKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
