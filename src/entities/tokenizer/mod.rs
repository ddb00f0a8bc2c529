//! Splits text into word tokens and sentences, keeping byte spans into the source.
//!
//! Words are whitespace-separated chunks with punctuation peeled off both ends, close to the
//! CoNLL-2003 tokenisation the model was trained on: `"Sunak’s` → `"`, `Sunak`, `’s`;
//! `U.S.` and `Corp.` keep their full stop; `1,335` and `German-born` stay whole. Runs in one
//! pass over the text; no regex.

#[cfg(target_arch = "x86_64")]
mod masks;
mod peel;

use peel::split_chunk;
#[cfg(test)]
use peel::*;
use std::ops::Range;

/// One sentence: the byte spans of its tokens.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Sentence {
    pub tokens: Vec<Range<usize>>,
}

/// All tokens of a text in one list, with the sentence boundaries: sentence `k` is tokens
/// `ends[k - 1]..ends[k]` (from 0 for the first). A span is kept in six bytes, its `u32` start
/// and a `u16` length (not 16: a text of millions of one-letter lines is mostly this list), so
/// a text is tokenized up to its first [`MAX_TEXT`] bytes; a token of [`LONG`] bytes or more
/// (rare: a chunk with no space in it) keeps its end in a short list of its own.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Tokens {
    spans: Blocks<Span>,
    ends: Blocks<u32>,
    /// (start, end) of each token of [`LONG`] bytes or more, in text order.
    long: Vec<(u32, u32)>,
    /// Tokens since the last sentence end.
    open: u32,
}

/// Consecutive tokens' spans in one block ([`Tokens::spans_in_block`]).
#[derive(Clone, Copy)]
pub struct BlockSpans<'a> {
    tokens: &'a Tokens,
    spans: &'a [Span],
}

impl BlockSpans<'_> {
    /// The byte span of the `i`-th token of them (`None` past the last), as
    /// [`Tokens::span`] gives it.
    #[inline(always)]
    pub fn range(&self, i: usize) -> Option<Range<usize>> {
        self.spans.get(i).map(|&span| self.tokens.range(span))
    }
}

/// A token's span: its start's low and high halves, and its length ([`LONG`]: in
/// [`Tokens::long`]). Three `u16`s, so a list of them packs six bytes a token.
type Span = [u16; 3];

/// The length field of a token of this many bytes or more.
const LONG: u16 = u16::MAX;

/// A list kept in blocks of a fixed size: it grows without copying what it holds, so a list of
/// millions of tokens never needs twice its size while it grows. The block being filled is a
/// list of its own (`open`), so that a push is one test and a `Vec` push: reaching it through
/// the list of blocks cost ~6 instructions a token more.
#[derive(Debug, Clone, PartialEq)]
struct Blocks<T> {
    /// The full blocks, of [`BLOCK`] items each.
    full: Vec<Vec<T>>,
    /// The block being filled (fewer than [`BLOCK`] items once a push returns): it grows as a
    /// list does, by doubling, up to exactly `BLOCK` (a power of two: short texts stay small).
    open: Vec<T>,
}

/// Items per block of [`Blocks`] (a power of two). A full block of spans is 192 KiB and one of
/// sentence ends 128 KiB: at or over glibc's mmap threshold (which the `gloss` command keeps at
/// 128 KiB), so each is its own mapping, handed back to the system when the pass frees it. With
/// 96 KiB blocks of spans they were carved from the heap and stayed resident under the
/// statistics layer's lists (10 MB of percentages: 163 → 169 MB at the peak).
const BLOCK: usize = 1 << 15;

impl<T> Default for Blocks<T> {
    fn default() -> Self {
        Blocks {
            full: Vec::new(),
            open: Vec::new(),
        }
    }
}

impl<T: Copy> Blocks<T> {
    // (Always inlined natively: the tokenizer pushes from more than one place.)
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    #[cfg_attr(target_arch = "wasm32", inline)]
    fn push(&mut self, x: T) {
        if self.open.len() >= BLOCK {
            self.close_block();
        }
        self.open.push(x);
    }

    /// Moves the full open block to the full ones; later blocks are full-size at once.
    #[cold]
    #[inline(never)]
    fn close_block(&mut self) {
        let next = Vec::with_capacity(BLOCK);
        self.full.push(std::mem::replace(&mut self.open, next));
    }

    /// Block `b` (the open one after the full ones).
    #[inline(always)]
    fn block(&self, b: usize) -> Option<&[T]> {
        match self.full.get(b) {
            Some(block) => Some(block),
            None => (b == self.full.len()).then_some(self.open.as_slice()),
        }
    }

    fn get(&self, i: usize) -> Option<T> {
        self.block(i / BLOCK)?.get(i % BLOCK).copied()
    }

    fn len(&self) -> usize {
        self.full.len() * BLOCK + self.open.len()
    }

    fn iter(&self) -> impl Iterator<Item = T> + '_ {
        self.full.iter().chain([&self.open]).flatten().copied()
    }
}

/// [`Tokens::sentence_ranges`]: a plain walk over the spans of the block being read, the next
/// block looked at only when it is done (the document scan reads every token's span: a
/// `flat_map` over the blocks cost ~15 instructions a token more).
pub struct SentenceRanges<'a> {
    tokens: &'a Tokens,
    /// The spans of the current block still to give.
    spans: std::slice::Iter<'a, Span>,
    /// The block read after the current one.
    next_block: usize,
    /// The token after the sentence's last.
    end: usize,
}

impl Iterator for SentenceRanges<'_> {
    type Item = Range<usize>;

    #[inline]
    fn next(&mut self) -> Option<Range<usize>> {
        let span = self.next_span()?;
        Some(self.tokens.range(span))
    }
}

/// [`Tokens::sentence_bytes`]: the bytes of each token of a sentence, as
/// [`SentenceRanges`] gives its spans.
pub struct SentenceBytes<'a, 't> {
    ranges: SentenceRanges<'a>,
    text: &'t [u8],
}

impl<'t> Iterator for SentenceBytes<'_, 't> {
    type Item = &'t [u8];

    #[inline]
    fn next(&mut self) -> Option<&'t [u8]> {
        let span = self.ranges.next_span()?;
        Some(self.ranges.tokens.bytes(self.text, span))
    }
}

impl SentenceRanges<'_> {
    /// The next token's kept span.
    #[inline(always)]
    fn next_span(&mut self) -> Option<Span> {
        loop {
            if let Some(span) = self.spans.next() {
                return Some(*span);
            }
            // (A sentence longer than a block's rest, rare: go on in the next block.)
            let b = self.next_block;
            if b.checked_mul(BLOCK)? >= self.end {
                return None;
            }
            let block = self.tokens.spans.block(b)?;
            let to = self.end.min((b + 1) * BLOCK) - b * BLOCK;
            self.spans = block.get(..to).unwrap_or(&[]).iter();
            self.next_block = b + 1;
        }
    }
}

/// The longest text [`tokenize_flat`] reads (offsets are `u32`).
pub const MAX_TEXT: usize = u32::MAX as usize;

/// A "sentence" (no full stop or line end) longer than this many tokens is cut into sentences
/// of this many: what the tagger holds per sentence then stays bounded on any input, and no
/// prose sentence comes near it.
pub const MAX_SENTENCE_TOKENS: usize = 4096;

impl Tokens {
    /// Number of sentences.
    pub fn n_sentences(&self) -> usize {
        self.ends.len()
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    pub fn is_empty(&self) -> bool {
        self.spans.len() == 0
    }

    /// The byte span of token `i` (empty out of range).
    pub fn span(&self, i: usize) -> Range<usize> {
        self.spans.get(i).map_or(0..0, |span| self.range(span))
    }

    /// The token indices of sentence `k` (empty out of range).
    pub fn sentence(&self, k: usize) -> Range<usize> {
        let end = self.ends.get(k).map_or(0, |e| e as usize);
        let start = k
            .checked_sub(1)
            .and_then(|j| self.ends.get(j))
            .map_or(0, |e| e as usize);
        start.min(end)..end
    }

    /// The byte range of a kept span.
    #[inline(always)]
    fn range(&self, [low, high, len]: Span) -> Range<usize> {
        let start = (u32::from(high) << 16 | u32::from(low)) as usize;
        if len != LONG {
            return start..start + usize::from(len);
        }
        self.long_range(start)
    }

    /// The bytes of `text` under a kept span ("" out of range). A short token's end is its
    /// start plus a byte-sized length, which cannot be before it: only the end is checked (a
    /// [`Tokens::range`] and then `get` checked both, ~11 instructions a token of the document
    /// scan).
    #[inline(always)]
    fn bytes<'t>(&self, text: &'t [u8], [low, high, len]: Span) -> &'t [u8] {
        let start = (u32::from(high) << 16 | u32::from(low)) as usize;
        if len != LONG {
            return text.get(start..start + usize::from(len)).unwrap_or(&[]);
        }
        text.get(self.long_range(start)).unwrap_or(&[])
    }

    /// The range of the long token starting at byte `start` (out of line: rare).
    #[cold]
    #[inline(never)]
    fn long_range(&self, start: usize) -> Range<usize> {
        let at = self.long.partition_point(|&(s, _)| (s as usize) < start);
        let end = self
            .long
            .get(at)
            .filter(|&&(s, _)| s as usize == start)
            .map_or(start, |&(_, e)| e as usize);
        start..end
    }

    /// Replaces `out` with the byte spans of sentence `k`'s tokens.
    pub fn sentence_spans(&self, k: usize, out: &mut Vec<Range<usize>>) {
        out.clear();
        out.extend(self.sentence(k).map(|i| self.span(i)));
    }

    /// Appends the text of sentence `k`'s tokens to `out`.
    pub fn sentence_words<'t>(&self, text: &'t str, k: usize, out: &mut Vec<&'t str>) {
        let tokens = self.sentence(k);
        let (first, last) = (tokens.start / BLOCK, tokens.end.saturating_sub(1) / BLOCK);
        for b in first..=last.max(first) {
            let Some(block) = self.spans.block(b) else {
                break;
            };
            let from = tokens.start.max(b * BLOCK) - b * BLOCK;
            let to = tokens.end.min((b + 1) * BLOCK).saturating_sub(b * BLOCK);
            let spans = block.get(from..to.max(from)).unwrap_or(&[]);
            out.extend(
                spans
                    .iter()
                    .map(|span| text.get(self.range(*span)).unwrap_or("")),
            );
        }
    }

    /// The spans of the tokens `of` when they lie in one block, as nearly every sentence's do
    /// (`None` else): token `i` of them is then read with one bounds check, not through the
    /// list of blocks ([`Tokens::span`]).
    pub fn spans_in_block(&self, of: Range<usize>) -> Option<BlockSpans<'_>> {
        let b = of.start / BLOCK;
        let first = b * BLOCK;
        let spans = self
            .spans
            .block(b)?
            .get(of.start - first..of.end.max(of.start) - first)?;
        Some(BlockSpans {
            tokens: self,
            spans,
        })
    }

    /// The byte spans of sentence `k`'s tokens, in order (read block by block).
    pub fn sentence_ranges(&self, k: usize) -> SentenceRanges<'_> {
        let tokens = self.sentence(k);
        let b = tokens.start / BLOCK;
        let block = self.spans.block(b).unwrap_or(&[]);
        let from = tokens.start - b * BLOCK;
        let to = tokens.end.min((b + 1) * BLOCK) - b * BLOCK;
        SentenceRanges {
            tokens: self,
            spans: block.get(from..to.max(from)).unwrap_or(&[]).iter(),
            next_block: b + 1,
            end: tokens.end,
        }
    }

    /// The bytes of sentence `k`'s tokens in `text` (the text tokenized), in order: what
    /// [`Tokens::sentence_ranges`] gives, read from `text`.
    pub fn sentence_bytes<'t>(&self, k: usize, text: &'t [u8]) -> SentenceBytes<'_, 't> {
        SentenceBytes {
            ranges: self.sentence_ranges(k),
            text,
        }
    }

    /// Every token's byte span, in order.
    pub fn spans(&self) -> impl Iterator<Item = Range<usize>> + '_ {
        self.spans.iter().map(|span| self.range(span))
    }

    /// The token spans of each sentence, in order.
    pub fn sentences(&self) -> impl Iterator<Item = Vec<Range<usize>>> + '_ {
        (0..self.n_sentences()).map(|k| self.sentence(k).map(|i| self.span(i)).collect())
    }

    fn end_sentence(&mut self) {
        if self.open > 0 {
            self.ends.push(self.spans.len() as u32);
            self.open = 0;
        }
    }

    // Inlined into `peel` natively (a call per token saved); the WASM keeps one body (smaller).
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    #[cfg_attr(target_arch = "wasm32", inline)]
    fn push(&mut self, text: &str, span: Range<usize>) {
        // A token ending past MAX_TEXT (only on a 64-bit target) is left out.
        let Ok(end) = u32::try_from(span.end) else {
            return;
        };
        if span.is_empty() {
            return;
        }
        // The token is ".", "!" or "?" (one byte).
        let stop =
            span.len() == 1 && matches!(text.as_bytes().get(span.start), Some(b'.' | b'!' | b'?'));
        self.push_checked(span.start as u32, end, stop);
    }

    /// [`Tokens::push`] of a token that is not ".", "!" or "?" (so ends no sentence by itself).
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    #[cfg_attr(target_arch = "wasm32", inline)]
    fn push_word(&mut self, span: Range<usize>) {
        let Ok(end) = u32::try_from(span.end) else {
            return;
        };
        if span.is_empty() {
            return;
        }
        self.push_checked(span.start as u32, end, false);
    }

    /// Keeps the token `start..end` (not empty), which ends the sentence when `stop`.
    #[inline(always)]
    fn push_checked(&mut self, start: u32, end: u32, stop: bool) {
        let len = u16::try_from(end - start).unwrap_or(LONG);
        if len == LONG {
            self.long.push((start, end));
        }
        self.spans.push([start as u16, (start >> 16) as u16, len]);
        self.open += 1;
        if stop || self.open as usize >= MAX_SENTENCE_TOKENS {
            self.end_sentence();
        }
    }
}

/// Splits `text` into sentences of tokens. Newlines always end a sentence; a standalone `.`,
/// `!` or `?` ends one too.
pub fn tokenize(text: &str) -> Vec<Sentence> {
    tokenize_flat(text)
        .sentences()
        .map(|tokens| Sentence { tokens })
        .collect()
}

/// [`tokenize`] into one flat list.
pub fn tokenize_flat(text: &str) -> Tokens {
    #[cfg(target_arch = "x86_64")]
    return masks::tokenize_by_masks(text);
    #[cfg(not(target_arch = "x86_64"))]
    tokenize_by_bytes(text)
}

/// [`tokenize_flat`] by [`byte_step`] alone (the WASM's: the same tokens as the masks give).
#[cfg_attr(target_arch = "x86_64", allow(dead_code))]
fn tokenize_by_bytes(text: &str) -> Tokens {
    let mut out = Tokens::default();
    let mut i = 0;
    while i < text.len() {
        i = byte_step(text, i, &mut out);
    }
    out.end_sentence();
    out
}

/// The character at `i`: whether it is white space, the character, and its length. ASCII bytes
/// are tested as bytes, other characters decoded (the same test).
#[inline(always)]
fn space_at(text: &str, i: usize) -> (bool, char, usize) {
    match text.as_bytes().get(i) {
        Some(&b) if b < 0x80 => (
            matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r'),
            b as char,
            1,
        ),
        _ => {
            let c = text.get(i..).and_then(|t| t.chars().next()).unwrap_or(' ');
            (c.is_whitespace(), c, c.len_utf8())
        }
    }
}

/// One step of the tokenizer at byte `i` (a character's first byte, before the text's end):
/// one white-space character passed (a line end ends the sentence), or the chunk that starts
/// there cut at the next white space and split into tokens. Where the next step starts.
#[inline(always)]
fn byte_step(text: &str, mut i: usize, out: &mut Tokens) -> usize {
    let bytes = text.as_bytes();
    let Some(&b) = bytes.get(i) else {
        return bytes.len();
    };
    // ASCII white space by one table look (most of it: one space between words).
    let class = BYTE_CLASS[b as usize];
    if class == SPACE {
        if b == b'\n' {
            out.end_sentence();
        }
        return i + 1;
    }
    if class == NON_ASCII {
        let (space, c, len) = space_at(text, i);
        if space {
            if c == '\u{2029}' {
                out.end_sentence();
            }
            return i + len;
        }
    }
    // A chunk runs to the next white space; `plain` while it is ASCII with no '/' or '|'
    // (nothing to split).
    let start = i;
    let mut plain = true;
    loop {
        // Eight bytes at a time up to the first that is not plain ASCII inside a chunk.
        if let Some(eight) = bytes.get(i..).and_then(|r| r.first_chunk::<8>()) {
            let special = special_bytes(u64::from_le_bytes(*eight));
            if special == 0 {
                i += 8;
                continue;
            }
            i += (special.trailing_zeros() / 8) as usize;
        }
        let Some(&b) = bytes.get(i) else {
            break;
        };
        // The byte found (or one of the last seven): one table look.
        let class = BYTE_CLASS[b as usize];
        if class == ORDINARY {
            i += 1;
        } else if class == SPACE {
            break;
        } else if class == SPLIT {
            plain = false;
            i += 1;
        } else {
            let (space, _, len) = space_at(text, i);
            if space {
                break;
            }
            plain = false;
            i += len;
        }
    }
    split_chunk(text, start..i, plain, out);
    i
}

/// The top bit of the first byte of `x` (little-endian) that is white space or another byte
/// below `!`, '/', '|' or not ASCII: what [`BYTE_CLASS`] tells apart (the other bytes below `!`
/// are control characters, looked at one by one). Bytes after the first such byte may be marked
/// wrongly (a borrow): only the lowest mark counts.
#[inline(always)]
fn special_bytes(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES << 7;
    let zero = |y: u64| y.wrapping_sub(ONES) & !y & HIGH;
    (x.wrapping_sub(ONES * 0x21) & !x & HIGH)
        | zero(x ^ (ONES * b'/' as u64))
        | zero(x ^ (ONES * b'|' as u64))
        | (x & HIGH)
}

/// [`BYTE_CLASS`] of an ASCII byte that neither ends nor splits a chunk.
const ORDINARY: u8 = 0;
/// ASCII white space (it ends a chunk).
const SPACE: u8 = 1;
/// '/' or '|' (the chunk is split).
const SPLIT: u8 = 2;
/// A byte of a non-ASCII character.
const NON_ASCII: u8 = 3;

/// The class of each byte for [`tokenize_flat`]'s chunk loop.
const BYTE_CLASS: [u8; 256] = {
    let mut table = [ORDINARY; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = if b >= 0x80 {
            NON_ASCII
        } else if matches!(b as u8, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r') {
            SPACE
        } else if b as u8 == b'/' || b as u8 == b'|' {
            SPLIT
        } else {
            ORDINARY
        };
        b += 1;
    }
    table
};

#[cfg(test)]
mod tests;
