//! Splits text into words, digit runs and single punctuation marks, remembering how each token
//! is separated from the one before it. One linear pass; the grammars work on these tokens.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use super::lexicon::{self, FxHasher, Word};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A run of letters.
    Word,
    /// A run of ASCII digits.
    Digits,
    /// Any other single non-space character.
    Punct,
}

/// What lies between a token and the one before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Gap {
    /// Nothing: "10" "km" in "10km".
    None,
    /// Spaces or tabs on the same line.
    Space,
    /// One line break.
    Line,
    /// A blank line: a new paragraph.
    Paragraph,
}

/// One token: 8 bytes, as a text of dense figures holds a token for every one to three bytes
/// (three for each percentage of a list `5%, 5%, …`). The offset is `u32`: [`tokenize`] reads at
/// most [`MAX_TEXT`] bytes (the layer annotates a longer text a piece at a time). The length is
/// a `u16` (a token of [`LONG`] bytes or more, a rare digit run or word, keeps its end in
/// [`Words`]); the word's place, the kind and the gap share another.
#[derive(Debug, Clone, Copy)]
pub struct Tok {
    start: u32,
    /// The length in bytes, [`LONG`] for "kept in [`Words`]".
    len: u16,
    /// From the top: the word's place in the text's [`Words`] (or [`NO_WORD`]), two bits of
    /// kind, two of gap.
    bits: u16,
}

/// Bits of [`Tok::bits`] under the word's place: two for the kind, two for the gap.
const KIND_GAP_BITS: u32 = 4;

/// The length of a token of this many bytes or more: its end is in [`Words::long_ends`].
pub const LONG: u16 = u16::MAX;

/// No entry in [`Words`]: the largest place that fits above the kind and the gap. The lexicon
/// holds far fewer words (`places_fit_above_the_kind_and_gap` checks it).
const NO_WORD: u32 = (u16::MAX >> KIND_GAP_BITS) as u32;

/// A kind's two bits index this table; the fourth entry, which `tokenize` never writes, is
/// there so that the index needs no reduction modulo three (a multiply and a shift at every
/// kind read) and reads as `% 3` did.
const KINDS: [Kind; 4] = [Kind::Word, Kind::Digits, Kind::Punct, Kind::Word];
const GAPS: [Gap; 4] = [Gap::None, Gap::Space, Gap::Line, Gap::Paragraph];

/// The lexicon entries a text's tokens name, each once, so that a token keeps a short place
/// in this list rather than an 8-byte reference. At most one entry per lexicon word. Also the
/// ends of the text's long tokens.
#[derive(Default)]
pub struct Words {
    entries: Vec<&'static Word>,
    /// Entry (by address) → its place in `entries`.
    places: HashMap<usize, u32, BuildHasherDefault<FxHasher>>,
    /// (start, end) of each token of [`LONG`] bytes or more, in text order.
    long_ends: Vec<(u32, u32)>,
    /// The text in ASCII lower case (same bytes, same offsets): a token's lower-case form is a
    /// slice of it, made once per text instead of once per question a grammar asks. `None`
    /// when the text has no ASCII capital (a text of figures: no copy to hold), where the text
    /// is its own lower case.
    lower: Option<String>,
}

impl Words {
    /// The entry's place, added on first sight.
    fn place(&mut self, word: &'static Word) -> u32 {
        let entries = &mut self.entries;
        *self
            .places
            .entry(word as *const Word as usize)
            .or_insert_with(|| {
                entries.push(word);
                u32::try_from(entries.len() - 1).map_or(NO_WORD, |p| p.min(NO_WORD))
            })
    }

    /// The lexicon entry of token `t`, if it is a known word.
    pub fn of(&self, t: &Tok) -> Option<&'static Word> {
        self.entries.get(t.word() as usize).copied()
    }

    /// Bytes `start..end` of `text` (the text tokenised), in ASCII lower case.
    #[inline(always)]
    pub fn lower<'a>(&'a self, text: &'a str, start: usize, end: usize) -> &'a str {
        self.lower
            .as_deref()
            .unwrap_or(text)
            .get(start..end)
            .unwrap_or("")
    }

    /// Byte offset after token `t`'s last byte.
    #[inline(always)]
    pub fn end(&self, t: &Tok) -> usize {
        if t.len != LONG {
            return t.start as usize + usize::from(t.len);
        }
        self.long_end(t.start)
    }

    /// The end of the long token starting at byte `start` (kept out of line: the tests on
    /// tokens that call [`Words::end`] at nearly every token stay small enough to inline).
    #[cold]
    #[inline(never)]
    fn long_end(&self, start: u32) -> usize {
        let at = self.long_ends.partition_point(|&(s, _)| s < start);
        self.long_ends
            .get(at)
            .filter(|&&(s, _)| s == start)
            .map_or(start as usize, |&(_, e)| e as usize)
    }
}

/// The longest text [`tokenize`] reads whole: token offsets are `u32`.
pub const MAX_TEXT: usize = u32::MAX as usize;

impl Tok {
    /// Byte offset of the token's first byte (its end: [`Words::end`]).
    pub fn start(&self) -> usize {
        self.start as usize
    }

    pub fn kind(&self) -> Kind {
        KINDS[((self.bits >> 2) & 3) as usize]
    }

    /// What lies between this token and the one before it.
    pub fn gap(&self) -> Gap {
        GAPS[(self.bits & 3) as usize]
    }

    /// The token's length in bytes when under [`LONG`]; [`LONG`] for a longer one.
    #[inline(always)]
    pub fn short_len(&self) -> usize {
        usize::from(self.len)
    }

    /// The token's place in [`Words`] ([`NO_WORD`] for none).
    fn word(&self) -> u32 {
        u32::from(self.bits) >> KIND_GAP_BITS
    }
}

/// Tokenises `text` into `out` (cleared first), so a caller can reuse the buffer, with the
/// lexicon entries the tokens name in `words`. Tokens end within the first [`MAX_TEXT`] bytes.
pub fn tokenize(text: &str, out: &mut Vec<Tok>, words: &mut Words) {
    out.clear();
    let bytes = text.as_bytes();
    words.lower = bytes
        .iter()
        .any(u8::is_ascii_uppercase)
        .then(|| text.to_ascii_lowercase());
    let lexicon = lexicon::table();
    let mut i = 0;
    let mut gap = Gap::Paragraph;
    while let Some(&b) = bytes.get(i) {
        let start = i;
        let (end, kind) = match b {
            b' ' | b'\t' | b'\r' => {
                if gap == Gap::None {
                    gap = Gap::Space;
                }
                i += 1;
                continue;
            }
            b'\n' => {
                gap = if gap >= Gap::Line {
                    Gap::Paragraph
                } else {
                    Gap::Line
                };
                i += 1;
                continue;
            }
            b'a'..=b'z' | b'A'..=b'Z' => (word_end(text, i + 1), Kind::Word),
            b'0'..=b'9' => {
                let mut e = i + 1;
                while bytes.get(e).is_some_and(u8::is_ascii_digit) {
                    e += 1;
                }
                (e, Kind::Digits)
            }
            0x80.. => {
                // Decode one char to see whether it is a letter or a space.
                let Some(c) = text.get(i..).and_then(|s| s.chars().next()) else {
                    break;
                };
                if letter(c) {
                    (word_end(text, i + c.len_utf8()), Kind::Word)
                } else if c.is_whitespace() {
                    if gap == Gap::None {
                        gap = Gap::Space;
                    }
                    i += c.len_utf8();
                    continue;
                } else {
                    (i + c.len_utf8(), Kind::Punct)
                }
            }
            _ => (i + 1, Kind::Punct),
        };
        let word = match kind {
            Kind::Word => bytes
                .get(start..end)
                .and_then(|w| lexicon.lookup(w))
                .map_or(NO_WORD, |w| words.place(w)),
            _ => NO_WORD,
        };
        let (Ok(start32), Ok(end32)) = (u32::try_from(start), u32::try_from(end)) else {
            break;
        };
        let len = u16::try_from(end32 - start32).unwrap_or(LONG);
        if len == LONG {
            words.long_ends.push((start32, end32));
        }
        out.push(Tok {
            start: start32,
            len,
            bits: (word << KIND_GAP_BITS | (kind as u32) << 2 | gap as u32) as u16,
        });
        gap = Gap::None;
        i = end;
    }
}

/// The end of the word whose letters continue at byte `from`: ASCII letters a byte at a time
/// (the common case), other letters by decoding them.
fn word_end(text: &str, from: usize) -> usize {
    let bytes = text.as_bytes();
    let mut end = from;
    loop {
        end = ascii_letters_end(bytes, end);
        if bytes.get(end).is_none_or(|&b| b < 0x80) {
            return end;
        }
        match text.get(end..).and_then(|s| s.chars().next()) {
            Some(ch) if letter(ch) => end += ch.len_utf8(),
            _ => return end,
        }
    }
}

/// `c.is_alphabetic()`, with the marks of news beyond ASCII ("“", "’", "—", "€") answered
/// before the Unicode tables are searched (~125 instructions a call): the General Punctuation
/// and Currency Symbols blocks hold no letter (`no_letter_among_punctuation_and_currency`).
#[inline(always)]
fn letter(c: char) -> bool {
    !matches!(c, '\u{2000}'..='\u{206F}' | '\u{20A0}'..='\u{20CF}') && c.is_alphabetic()
}

/// The end of the run of ASCII letters at byte `from`: eight bytes at a time while they are
/// all letters (a word of prose is read in one or two steps, where a byte at a time cost four
/// or five instructions a letter), then a byte at a time.
#[inline(always)]
fn ascii_letters_end(bytes: &[u8], from: usize) -> usize {
    let mut end = from;
    while let Some(chunk) = bytes.get(end..end + 8) {
        let Ok(eight) = <[u8; 8]>::try_from(chunk) else {
            break;
        };
        let letters = lexicon::ascii_letter_bytes(u64::from_le_bytes(eight));
        let others = !letters & 0x8080_8080_8080_8080;
        if others != 0 {
            return end + (others.trailing_zeros() / 8) as usize;
        }
        end += 8;
    }
    end + bytes
        .get(end..)
        .unwrap_or_default()
        .iter()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(bytes.len().saturating_sub(end))
}

#[cfg(test)]
#[allow(clippy::type_complexity)]
mod tests {
    use super::*;

    #[test]
    fn no_letter_among_punctuation_and_currency() {
        for c in ('\u{2000}'..='\u{206F}').chain('\u{20A0}'..='\u{20CF}') {
            assert!(!c.is_alphabetic(), "{c:?}");
            assert!(!letter(c), "{c:?}");
        }
        for c in [
            'a', 'é', 'ß', 'Ж', 'µ', 'ª', '\u{2071}', '\u{20D0}', '£', '“', '—',
        ] {
            assert_eq!(letter(c), c.is_alphabetic(), "{c:?}");
        }
    }

    #[test]
    fn splits_and_records_gaps() {
        let cases: &[(&str, &str, &[(&str, Gap)])] = &[
            (
                "attached unit",
                "10km",
                &[("10", Gap::Paragraph), ("km", Gap::None)],
            ),
            (
                "separators",
                "1,335 up\r\nnext",
                &[
                    ("1", Gap::Paragraph),
                    (",", Gap::None),
                    ("335", Gap::None),
                    ("up", Gap::Space),
                    ("next", Gap::Line),
                ],
            ),
            (
                "accents and emoji",
                "café 📈3",
                &[
                    ("café", Gap::Paragraph),
                    ("📈", Gap::Space),
                    ("3", Gap::None),
                ],
            ),
            (
                "letters beyond ASCII inside and at the start of words",
                "naïve Ökonom’s",
                &[
                    ("naïve", Gap::Paragraph),
                    ("Ökonom", Gap::Space),
                    ("’", Gap::None),
                    ("s", Gap::None),
                ],
            ),
            (
                "narrow no-break space",
                "40\u{202f}000",
                &[("40", Gap::Paragraph), ("000", Gap::Space)],
            ),
            (
                "blank line",
                "a\n\nb",
                &[("a", Gap::Paragraph), ("b", Gap::Paragraph)],
            ),
        ];
        for (name, text, want) in cases {
            let mut toks = Vec::new();
            let mut words = Words::default();
            tokenize(text, &mut toks, &mut words);
            let got: Vec<(&str, Gap)> = toks
                .iter()
                .map(|t| (&text[t.start()..words.end(t)], t.gap()))
                .collect();
            assert_eq!(&got, want, "{name}");
        }
    }

    #[test]
    fn long_tokens_keep_their_ends() {
        // Around the length field's limit, and far past it.
        for n in [
            4094,
            4095,
            LONG as usize - 1,
            LONG as usize,
            LONG as usize + 1,
            200_000,
        ] {
            let digits = "7".repeat(n);
            let word = "x".repeat(n);
            let text = format!("a {digits} {word}, {digits}.");
            let mut toks = Vec::new();
            let mut words = Words::default();
            tokenize(&text, &mut toks, &mut words);
            let got: Vec<&str> = toks
                .iter()
                .map(|t| &text[t.start()..words.end(t)])
                .collect();
            assert_eq!(got, ["a", &digits, &word, ",", &digits, "."], "{n}");
        }
    }

    #[test]
    fn letters_end_where_a_byte_at_a_time_ends_them() {
        // Every byte value at every place of a run of letters, on both sides of the eight-byte
        // steps: the bytes next to the letters' ranges ("@", "[", "`", "{") and those with the
        // top bit set whose low bits are letters.
        let by_byte = |bytes: &[u8], from: usize| {
            from + bytes[from..]
                .iter()
                .position(|b| !b.is_ascii_alphabetic())
                .unwrap_or(bytes.len() - from)
        };
        for len in 0..20 {
            for at in 0..=len {
                for b in 0..=255u8 {
                    let mut bytes: Vec<u8> = (0..len).map(|k| b"aZkQzA"[k % 6]).collect();
                    if at < len {
                        bytes[at] = b;
                    }
                    for from in 0..=bytes.len() {
                        assert_eq!(
                            ascii_letters_end(&bytes, from),
                            by_byte(&bytes, from),
                            "{bytes:?} from {from}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn places_fit_above_the_kind_and_gap() {
        // Every entry of the table (its long-word and short-word maps hold one copy each) gets
        // a place below NO_WORD in any text.
        let t = lexicon::table();
        assert!(2 * t.len() < NO_WORD as usize, "{} words", t.len());
    }
}
