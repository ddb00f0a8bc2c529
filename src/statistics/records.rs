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
    /// What the windows of the layer ([`super::windows`]) know of the record: [`OWNED`],
    /// [`ADDED`], [`FACTOR_HINT`]; in the record's padding.
    pub marks: u8,
    /// The figure's sentence, numbered by the consistency hints ([`super::hints`]); in what would be
    /// the record's padding.
    pub sentence: u32,
    pub detail: Detail,
}

/// [`Found::marks`]: the record is the window's own (not context carried or read past the cut).
pub(crate) const OWNED: u8 = 1;
/// [`Found::marks`]: added by the conversions after the hints (not in a sentence's shares).
pub(crate) const ADDED: u8 = 2;
/// [`Found::marks`]: given a hint by a factor the figures contradict (it replaces a share hint).
pub(crate) const FACTOR_HINT: u8 = 4;

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
            marks: 0,
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
/// 24 bytes, under a third of an [`Annotation`]: a text of dense figures is a list of these,
/// which the pipeline merges with the other layers' annotations as it hands them on
/// ([`crate::pipeline::Annotated`]); [`Figure::annotation`] makes the full annotation. The
/// start is kept in five bytes (texts up to 1 TiB), the length in two: a figure of
/// [`LONG_FIGURE`] bytes or more (a rare run of digits or a long range) keeps its end in its
/// detail's extra record ([`Extra::long_end`](super::Extra)).
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    detail: Detail,
    start: u32,
    /// The start's fifth byte.
    start_high: u8,
    pub(super) kind: StatKind,
    /// The length in bytes, [`LONG_FIGURE`] for "the end is in the detail".
    len: u16,
}

/// The length of a figure of this many bytes or more: its end is in its detail.
pub(super) const LONG_FIGURE: u16 = u16::MAX;

impl Figure {
    /// A figure at bytes `span` of the text. Offsets of 1 TiB and more (a text no reader
    /// holds) would be cut to their low five bytes.
    pub(super) fn new(span: std::ops::Range<usize>, kind: StatKind, mut detail: Detail) -> Figure {
        let (start, start_high) = split_offset(span.start);
        let len = u16::try_from(span.end.saturating_sub(span.start))
            .ok()
            .filter(|&l| l < LONG_FIGURE);
        let long_end = len.is_none().then_some(span.end);
        if detail.extra().long_end != long_end {
            detail.extra_mut().long_end = long_end;
        }
        Figure {
            detail,
            start,
            start_high,
            kind,
            len: len.unwrap_or(LONG_FIGURE),
        }
    }

    /// The byte span in the text.
    #[inline]
    pub fn span(&self) -> std::ops::Range<usize> {
        let start = join_offset(self.start, self.start_high);
        let end = if self.len == LONG_FIGURE {
            self.long_end()
        } else {
            start + usize::from(self.len)
        };
        start..end
    }

    /// The end of a long figure (kept out of line: most figures are short).
    #[cold]
    #[inline(never)]
    fn long_end(&self) -> usize {
        let start = join_offset(self.start, self.start_high);
        self.detail.extra().long_end.unwrap_or(start)
    }

    /// The type: `PERCENT`, `MONEY`, ….
    pub fn kind(&self) -> &'static str {
        self.kind.as_str()
    }

    /// What the figure says.
    pub fn detail(&self) -> &Detail {
        &self.detail
    }

    /// The same, to set (the dates and the shares' hints are set once the whole text is read).
    pub(super) fn detail_mut(&mut self) -> &mut Detail {
        &mut self.detail
    }

    /// The same figure as an annotation.
    pub fn annotation(&self) -> Annotation {
        Annotation {
            span: self.span(),
            kind: self.kind(),
            detail: annotation::Detail::Statistic(self.public_detail()),
        }
    }

    /// The detail without the end of a long figure (the annotation has its span).
    fn public_detail(&self) -> Detail {
        self.detail.without_long_end()
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
