//! Read-only access to the tokens of one text, with the small tests every grammar needs.

use super::lexicon::Word;
use super::tokens::{Gap, Kind, Tok};

pub struct Cx<'t> {
    pub text: &'t str,
    pub toks: &'t [Tok],
}

impl<'t> Cx<'t> {
    pub fn len(&self) -> usize {
        self.toks.len()
    }

    pub fn tok(&self, i: usize) -> Option<&Tok> {
        self.toks.get(i)
    }

    /// The token's text ("" past the end).
    pub fn s(&self, i: usize) -> &'t str {
        self.toks
            .get(i)
            .and_then(|t| self.text.get(t.start..t.end))
            .unwrap_or("")
    }

    pub fn word(&self, i: usize) -> Option<&'static Word> {
        self.toks.get(i).and_then(|t| t.word)
    }

    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.toks.get(i).map(|t| t.kind)
    }

    pub fn is_digits(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Digits)
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Word)
    }

    /// Token `i` is the word `w` (ASCII case-insensitive).
    pub fn is(&self, i: usize, w: &str) -> bool {
        self.s(i).eq_ignore_ascii_case(w) && self.kind(i) != Some(Kind::Digits)
    }

    pub fn is_any(&self, i: usize, ws: &[&str]) -> bool {
        let s = self.s(i);
        !s.is_empty() && ws.iter().any(|w| s.eq_ignore_ascii_case(w))
    }

    pub fn gap(&self, i: usize) -> Gap {
        self.toks.get(i).map(|t| t.gap).unwrap_or(Gap::Paragraph)
    }

    /// Token `i` is written right after token `i - 1`.
    pub fn attached(&self, i: usize) -> bool {
        i > 0 && self.gap(i) == Gap::None
    }

    /// Token `i` follows token `i - 1` on the same line (attached or after spaces).
    pub fn near(&self, i: usize) -> bool {
        i > 0 && i < self.toks.len() && self.gap(i) <= Gap::Space
    }

    /// Byte span of tokens `a..b` (b exclusive, b > a).
    pub fn span(&self, a: usize, b: usize) -> std::ops::Range<usize> {
        let start = self.toks.get(a).map(|t| t.start).unwrap_or(0);
        let end = b
            .checked_sub(1)
            .and_then(|l| self.toks.get(l))
            .map(|t| t.end)
            .unwrap_or(start);
        start..end.max(start)
    }

    /// The number of bytes of whitespace between token `i - 1` and token `i`.
    pub fn gap_bytes(&self, i: usize) -> usize {
        match (
            i.checked_sub(1).and_then(|p| self.toks.get(p)),
            self.toks.get(i),
        ) {
            (Some(p), Some(t)) => t.start.saturating_sub(p.end),
            _ => usize::MAX,
        }
    }

    /// Token `i` is capitalised ("May", not "may").
    pub fn capitalised(&self, i: usize) -> bool {
        self.s(i).chars().next().is_some_and(|c| c.is_uppercase())
    }

    /// Token `i` starts a sentence (first token, or after . ! ? or a line break).
    pub fn sentence_start(&self, i: usize) -> bool {
        i == 0 || self.gap(i) >= Gap::Line || self.is_any(i - 1, &[".", "!", "?", "“", "\"", ":"])
    }
}
