//! Read-only access to the tokens of one text, with the small tests every grammar needs.

use super::lexicon::Word;
use super::lower::LowerToken;
use super::tokens::{Gap, Kind, Tok, Words, LONG};

/// The token tests that run at nearly every token (`s`, `is`, `is_any`, `punct`) are marked
/// inline for native builds only: natively they were inlined anyway until a token's end came to
/// be computed (+25 % instructions in the layer when they stopped), while in the WASM build,
/// optimised for size, the marks added 30 KB gzipped.
pub struct Cx<'t> {
    pub text: &'t str,
    pub toks: &'t [Tok],
    words: &'t Words,
    /// The last few number readings: the grammars ask for the number at the same token
    /// several times while trying readings.
    pub(super) numbers: std::cell::RefCell<super::numbers::NumberCache>,
    /// The reader's region, when the caller gave one.
    pub locale: Option<super::locale::Locale>,
    /// The text has no capital letter: its case says nothing about names ("palm sunday").
    pub caseless: bool,
}

impl<'t> Cx<'t> {
    pub fn new(text: &'t str, toks: &'t [Tok], words: &'t Words) -> Cx<'t> {
        Cx {
            text,
            toks,
            words,
            numbers: std::cell::RefCell::new(super::numbers::NumberCache::EMPTY),
            locale: None,
            caseless: false,
        }
    }

    /// What "$" alone means to the reader: USD unless the locale says otherwise.
    pub fn symbol_dollar(&self) -> &'static str {
        self.locale.map_or("USD", |l| l.symbol_dollar())
    }

    /// What "dollars", "bucks" and the coins mean to the reader.
    pub fn dollar(&self) -> &'static str {
        self.locale.map_or("USD", |l| l.dollar())
    }

    /// What "grand" counts thousands of when the text names no currency.
    pub fn home_currency(&self) -> &'static str {
        self.locale.map_or("USD", |l| l.currency())
    }

    /// Whether a numeric date that reads either way puts the day first (`None`: no locale).
    pub fn day_first(&self) -> Option<bool> {
        self.locale.map(|l| l.day_first())
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    pub fn tok(&self, i: usize) -> Option<&Tok> {
        self.toks.get(i)
    }

    /// The token's text ("" past the end).
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn s(&self, i: usize) -> &'t str {
        self.toks
            .get(i)
            .and_then(|t| self.text.get(t.start()..self.words.end(t)))
            .unwrap_or("")
    }

    /// The first byte of token `i` (`None` past the end): a token is never empty, so this is
    /// the first byte of [`Cx::s`] without finding the token's end.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn first_byte(&self, i: usize) -> Option<u8> {
        let t = self.toks.get(i)?;
        self.text.as_bytes().get(t.start()).copied()
    }

    /// Whether one of the three tokens after `i` is a digit run (one bounds check for the
    /// three, away from the text's end).
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn digits_within_three(&self, i: usize) -> bool {
        let digits = |t: &Tok| t.kind() == Kind::Digits;
        match self.toks.get(i + 1..) {
            Some([a, b, c, ..]) => digits(a) || digits(b) || digits(c),
            Some(rest) => rest.iter().any(digits),
            None => false,
        }
    }

    pub fn word(&self, i: usize) -> Option<&'static Word> {
        self.toks.get(i).and_then(|t| self.words.of(t))
    }

    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.toks.get(i).map(|t| t.kind())
    }

    pub fn is_digits(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Digits)
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Word)
    }

    /// The token's bytes (empty past the end): comparing bytes skips the char-boundary checks
    /// of slicing a `str`, and these tests run at nearly every token.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    fn bytes(&self, t: &Tok) -> &'t [u8] {
        self.text
            .as_bytes()
            .get(t.start()..self.words.end(t))
            .unwrap_or(&[])
    }

    /// Token `i` is the word `w` (ASCII case-insensitive).
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn is(&self, i: usize, w: &str) -> bool {
        match self.toks.get(i) {
            // A token's short length is its length when under `LONG`, which every keyword is.
            Some(t) if w.len() < usize::from(LONG) => {
                t.kind() != Kind::Digits
                    && t.short_len() == w.len()
                    && self
                        .text
                        .as_bytes()
                        .get(t.start()..t.start() + w.len())
                        .is_some_and(|b| b.eq_ignore_ascii_case(w.as_bytes()))
            }
            Some(t) => self.is_long_word(t, w),
            None => w.is_empty(),
        }
    }

    /// [`Cx::is`] for a word of [`LONG`] bytes or more (none is asked): out of line, so that
    /// the common path saves no registers.
    #[cold]
    #[inline(never)]
    fn is_long_word(&self, t: &Tok, w: &str) -> bool {
        t.kind() != Kind::Digits
            && self.words.end(t) - t.start() == w.len()
            && self.bytes(t).eq_ignore_ascii_case(w.as_bytes())
    }

    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn is_any(&self, i: usize, ws: &[&str]) -> bool {
        // No keyword list holds a digit run; most tokens fail on length.
        let Some(t) = self.toks.get(i).filter(|t| t.kind() != Kind::Digits) else {
            return false;
        };
        let s = self.bytes(t);
        ws.iter()
            .any(|w| w.len() == s.len() && s.eq_ignore_ascii_case(w.as_bytes()))
    }

    /// The byte of token `i` when it is a one-byte (ASCII) punctuation mark.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn punct(&self, i: usize) -> Option<u8> {
        let t = self.toks.get(i).filter(|t| t.kind() == Kind::Punct)?;
        match self.bytes(t) {
            [b] => Some(*b),
            _ => None,
        }
    }

    pub fn gap(&self, i: usize) -> Gap {
        self.toks.get(i).map(|t| t.gap()).unwrap_or(Gap::Paragraph)
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
        let start = self.toks.get(a).map(|t| t.start()).unwrap_or(0);
        let end = b
            .checked_sub(1)
            .and_then(|l| self.toks.get(l))
            .map(|t| self.words.end(t))
            .unwrap_or(start);
        start..end.max(start)
    }

    /// The number of bytes of whitespace between token `i - 1` and token `i`.
    pub fn gap_bytes(&self, i: usize) -> usize {
        match (
            i.checked_sub(1).and_then(|p| self.toks.get(p)),
            self.toks.get(i),
        ) {
            (Some(p), Some(t)) => t.start().saturating_sub(self.words.end(p)),
            _ => usize::MAX,
        }
    }

    /// Token `i` is capitalised ("May", not "may").
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn capitalised(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        // A token is never empty: an ASCII first byte is its first character.
        match self.text.as_bytes().get(t.start()) {
            Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
            _ => self.s(i).chars().next().is_some_and(|c| c.is_uppercase()),
        }
    }

    /// Token `i` starts a sentence (first token, or after . ! ? or a line break).
    pub fn sentence_start(&self, i: usize) -> bool {
        if i == 0 || self.gap(i) >= Gap::Line {
            return true;
        }
        // The token before read once (`punct`'s one byte, then `is`'s "“"; no digit run is
        // either): asked at each step of the walks back to a sentence's start.
        match self.toks.get(i - 1) {
            Some(t) if t.kind() != Kind::Digits => match self.bytes(t) {
                [b] => t.kind() == Kind::Punct && matches!(b, b'.' | b'!' | b'?' | b'"' | b':'),
                b => b == "“".as_bytes(),
            },
            _ => false,
        }
    }
}

impl<'t> Cx<'t> {
    /// Token `i`, lower-cased: a slice of the lower-case copy [`super::tokens::tokenize`] made
    /// of this text (the text itself when it has no capital), the same as [`lower`] of the
    /// token; a word longer than [`lower`]'s buffer keeps that function's answer ("" when it
    /// has a capital).
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn lower(&self, i: usize) -> LowerToken<'t> {
        let Some(t) = self.toks.get(i) else {
            return LowerToken("");
        };
        // Nearly every token fits `lower`'s buffer (a long token's short length, `LONG`, does
        // not): a slice at its short length. The rest is kept out of line, so that this path
        // saves no registers (it was a fifth of the function's ~46 instructions a call).
        let start = t.start();
        if t.short_len() <= super::lower::BUFFER {
            return LowerToken(self.words.lower(self.text, start, start + t.short_len()));
        }
        self.long_lower(i, t)
    }

    /// [`Cx::lower`] of a token longer than `lower`'s buffer.
    #[cold]
    #[inline(never)]
    fn long_lower(&self, i: usize, t: &Tok) -> LowerToken<'t> {
        let (start, end) = (t.start(), self.words.end(t));
        if end - start > super::lower::BUFFER {
            // `lower`'s answer for a word over its buffer: the word itself, or "" when it has
            // a capital (`long_tokens_lower_as_lower_does`).
            let s = self.s(i);
            return LowerToken(if s.bytes().any(|b| b.is_ascii_uppercase()) {
                ""
            } else {
                s
            });
        }
        LowerToken(self.words.lower(self.text, start, end))
    }
}

#[cfg(test)]
mod lower_tests {
    use super::super::lower::lower;
    use super::super::tokens::{tokenize, Words};
    use super::*;

    /// `Cx::lower` gives what `lower` gives for every token: short and long words, with and
    /// without capitals, beyond ASCII, digits and marks.
    #[test]
    fn long_tokens_lower_as_lower_does() {
        let long = "abcdefghijklmnopqrstuvwxyz";
        let texts = [
            "The Office for National Statistics said 1,245 firms closed.".to_string(),
            format!("{long} {} {}", long.to_uppercase(), &long[..24]),
            format!("x{long}Y {long}é É{long} {}", &long[..23].to_uppercase()),
            "naïve ÖKONOM’s café 3,5 £2.7bn — 😀".to_string(),
            "A".repeat(70_000),
            "a".repeat(70_000) + " B",
        ];
        for text in &texts {
            let mut toks = Vec::new();
            let mut words = Words::default();
            tokenize(text, &mut toks, &mut words);
            let cx = Cx::new(text, &toks, &words);
            for i in 0..=toks.len() {
                assert_eq!(cx.lower(i).as_str(), lower(cx.s(i)).as_str(), "token {i}");
            }
        }
    }
}
