//! The one place where UTF-8 byte offsets become the offsets others expect.
//!
//! The core works in UTF-8 bytes; the page (JavaScript strings) needs UTF-16 code units; JSON
//! output uses Unicode code points, as the W3C Web Annotation model does.

/// The unit an offset is counted in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Utf8,
    Utf16,
    CodePoint,
}

/// How often the converter stores a checkpoint. A lookup scans at most this many bytes.
const STRIDE: usize = 64;

/// Converts byte offsets of one text into another unit in O(STRIDE) per lookup after an O(n)
/// set-up, using 1/STRIDE of the text's size in memory (a 5 MB text needs ~640 KB).
pub struct OffsetConverter<'t> {
    text: &'t str,
    unit: Unit,
    /// `checkpoints[i]` = offset in `unit` of byte `i * STRIDE` (or of the char boundary just
    /// before it).
    checkpoints: Vec<usize>,
}

impl<'t> OffsetConverter<'t> {
    pub fn new(text: &'t str, unit: Unit) -> Self {
        let mut checkpoints = Vec::with_capacity(text.len() / STRIDE + 1);
        if unit != Unit::Utf8 {
            let mut count = 0usize;
            let mut next = 0usize;
            for (i, c) in text.char_indices() {
                // A checkpoint inside this char counts from its start, as `convert` does.
                while next < i + c.len_utf8() {
                    checkpoints.push(count);
                    next += STRIDE;
                }
                count += width(c, unit);
            }
            while next <= text.len() {
                checkpoints.push(count);
                next += STRIDE;
            }
        }
        OffsetConverter {
            text,
            unit,
            checkpoints,
        }
    }

    /// The offset of `byte` in this converter's unit. A byte offset inside a character counts
    /// as the start of that character; one past the end counts as the end.
    pub fn convert(&self, byte: usize) -> usize {
        if self.unit == Unit::Utf8 {
            return byte.min(self.text.len());
        }
        let byte = byte.min(self.text.len());
        let block = byte / STRIDE;
        let mut base = block * STRIDE;
        // Step back to a char boundary; the checkpoint counts from there.
        while !self.text.is_char_boundary(base) {
            base -= 1;
        }
        let mut count = self.checkpoints.get(block).copied().unwrap_or(0);
        let tail = self.text.get(base..).unwrap_or("");
        for (i, c) in tail.char_indices() {
            if base + i >= byte {
                break;
            }
            // A char that starts before `byte` but ends after it: `byte` is inside it.
            if base + i + c.len_utf8() > byte {
                break;
            }
            count += width(c, self.unit);
        }
        count
    }
}

fn width(c: char, unit: Unit) -> usize {
    match unit {
        Unit::Utf8 => c.len_utf8(),
        Unit::Utf16 => c.len_utf16(),
        Unit::CodePoint => 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Brute force: the offset of every char boundary, counted from scratch.
    fn naive(text: &str, byte: usize, unit: Unit) -> usize {
        text[..byte].chars().map(|c| width(c, unit)).sum()
    }

    const TEXTS: &[(&str, &str)] = &[
        ("empty", ""),
        ("ascii", "Rishi Sunak said 13 per cent."),
        ("accents", "Café owners in Zürich paid €40 — née Müller."),
        ("emoji", "📈 up 13% 👍🏽 since 🇬🇧 last year"),
        ("cjk", "東京都の人口は1400万人です。Tokyo"),
        ("crlf", "line one\r\nline two\r\n\r\nthird 3,000"),
    ];

    #[test]
    fn matches_naive_count_at_every_boundary() {
        for (name, base) in TEXTS {
            // Repeat so that checkpoints fall inside multi-byte chars.
            let text = base.repeat(9);
            for unit in [Unit::Utf8, Unit::Utf16, Unit::CodePoint] {
                let conv = OffsetConverter::new(&text, unit);
                for byte in 0..=text.len() {
                    if text.is_char_boundary(byte) {
                        assert_eq!(
                            conv.convert(byte),
                            naive(&text, byte, unit),
                            "{name} {unit:?} at byte {byte}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn inside_a_char_counts_as_its_start_and_past_end_as_end() {
        let text = "a€b";
        let conv = OffsetConverter::new(text, Unit::CodePoint);
        assert_eq!(conv.convert(2), 1);
        assert_eq!(conv.convert(99), 3);
        let conv = OffsetConverter::new("👍", Unit::Utf16);
        assert_eq!(conv.convert(4), 2);
    }
}

/// Byte offsets of UTF-16 offsets into `text` (the page's offsets back to the core's). An offset
/// inside a surrogate pair counts as the start of its character; one past the end as the end.
/// Used by the WASM binding's `clean_text` (the page's spans back into the core).
#[cfg(any(target_arch = "wasm32", test))]
pub fn bytes_from_utf16(text: &str, utf16: &[usize]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..utf16.len()).collect();
    order.sort_by_key(|i| utf16.get(*i).copied().unwrap_or(0));
    let mut out = vec![text.len(); utf16.len()];
    let mut chars = text.char_indices().peekable();
    let mut units = 0usize;
    for i in order {
        let want = utf16.get(i).copied().unwrap_or(0);
        while let Some(&(_, c)) = chars.peek() {
            if units + c.len_utf16() > want {
                break;
            }
            units += c.len_utf16();
            chars.next();
        }
        if let Some(slot) = out.get_mut(i) {
            *slot = chars.peek().map_or(text.len(), |(b, _)| *b);
        }
    }
    out
}

#[cfg(test)]
mod back_tests {
    use super::*;

    #[test]
    fn utf16_offsets_back_to_bytes() {
        let text = "a€😀b";
        // UTF-16: a=0, €=1, 😀=2..4, b=4, end=5; bytes: a=0, €=1, 😀=4, b=8, end=9.
        assert_eq!(
            bytes_from_utf16(text, &[5, 0, 1, 2, 3, 4, 99]),
            vec![9, 0, 1, 4, 4, 8, 9]
        );
    }
}
