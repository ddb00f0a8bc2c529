//! Splits text into words, digit runs and single punctuation marks, remembering how each token
//! is separated from the one before it. One linear pass; the grammars work on these tokens.

use super::lexicon::{self, Word};

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

#[derive(Debug, Clone, Copy)]
pub struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    pub gap: Gap,
    /// The word's entry in the lexicon, for known words.
    pub word: Option<&'static Word>,
}

/// Tokenises `text` into `out` (cleared first), so a caller can reuse the buffer.
pub fn tokenize(text: &str, out: &mut Vec<Tok>) {
    out.clear();
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut gap = Gap::Paragraph;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\n' {
            gap = if gap >= Gap::Line {
                Gap::Paragraph
            } else {
                Gap::Line
            };
            i += 1;
            continue;
        }
        if b == b' ' || b == b'\t' || b == b'\r' {
            if gap == Gap::None {
                gap = Gap::Space;
            }
            i += 1;
            continue;
        }
        if b.is_ascii_digit() {
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            push(out, start, i, Kind::Digits, gap, None);
            gap = Gap::None;
            continue;
        }
        if b.is_ascii_alphabetic() || b >= 0x80 {
            // Decode one char to see whether it is a letter or a space.
            let Some(c) = text.get(i..).and_then(|s| s.chars().next()) else {
                break;
            };
            if c.is_alphabetic() {
                let start = i;
                i = word_end(text, i + c.len_utf8());
                let word = text.get(start..i).and_then(lexicon::lookup);
                push(out, start, i, Kind::Word, gap, word);
                gap = Gap::None;
                continue;
            }
            if c.is_whitespace() {
                if gap == Gap::None {
                    gap = Gap::Space;
                }
                i += c.len_utf8();
                continue;
            }
            push(out, i, i + c.len_utf8(), Kind::Punct, gap, None);
            gap = Gap::None;
            i += c.len_utf8();
            continue;
        }
        push(out, i, i + 1, Kind::Punct, gap, None);
        gap = Gap::None;
        i += 1;
    }
}

/// The end of the word whose letters continue at byte `from`: ASCII letters a byte at a time
/// (the common case), other letters by decoding them.
fn word_end(text: &str, from: usize) -> usize {
    let bytes = text.as_bytes();
    let mut end = from;
    loop {
        while bytes.get(end).is_some_and(u8::is_ascii_alphabetic) {
            end += 1;
        }
        if bytes.get(end).is_none_or(|&b| b < 0x80) {
            return end;
        }
        match text.get(end..).and_then(|s| s.chars().next()) {
            Some(ch) if ch.is_alphabetic() => end += ch.len_utf8(),
            _ => return end,
        }
    }
}

fn push(
    out: &mut Vec<Tok>,
    start: usize,
    end: usize,
    kind: Kind,
    gap: Gap,
    word: Option<&'static Word>,
) {
    out.push(Tok {
        start,
        end,
        kind,
        gap,
        word,
    });
}

#[cfg(test)]
#[allow(clippy::type_complexity)]
mod tests {
    use super::*;

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
            tokenize(text, &mut toks);
            let got: Vec<(&str, Gap)> = toks
                .iter()
                .map(|t| (&text[t.start..t.end], t.gap))
                .collect();
            assert_eq!(&got, want, "{name}");
        }
    }
}
