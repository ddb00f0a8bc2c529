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
    /// Bit `i % 64` of `ascii[i / 64]`: the bytes from `i * STRIDE` to the next checkpoint are
    /// all ASCII (there an offset is the checkpoint plus the bytes after it: most of news).
    ascii: Vec<u64>,
    /// The last offset counted in a block with other characters: (char boundary, its offset).
    /// Offsets are asked in text order (an annotation's start, then its end, then the next
    /// one's), so the next one in the same block counts on from here, not from the checkpoint.
    last: std::cell::Cell<(usize, usize)>,
}

impl<'t> OffsetConverter<'t> {
    pub fn new(text: &'t str, unit: Unit) -> Self {
        let mut checkpoints = Vec::with_capacity(text.len() / STRIDE + 1);
        let mut ascii = Vec::new();
        if unit != Unit::Utf8 {
            let bytes = text.as_bytes();
            ascii.resize(text.len() / STRIDE / 64 + 1, 0u64);
            // The units of the characters that start before the block: a block's own are
            // counted over its words at once (`block_units`), not from one checkpoint to the
            // next by byte slices (~175 instructions a block of news with curly quotes).
            let mut before = 0;
            let mut blocks = bytes.chunks_exact(STRIDE);
            for block in 0..=text.len() / STRIDE {
                let start = block * STRIDE;
                // A checkpoint inside a char counts from its start, as `convert` does: the
                // char counted in `before` (its first byte is before `start`) is taken off.
                let at = floor_char_boundary(text, start);
                let inside = match bytes.get(at) {
                    Some(&first) if at < start => units(&[first], unit),
                    _ => 0,
                };
                checkpoints.push(before - inside);
                let plain = match blocks.next() {
                    Some(whole) => {
                        let (n, plain) = block_units(whole, unit);
                        before += n;
                        plain
                    }
                    // The last block, shorter than a stride, counts for no checkpoint.
                    None => bytes.get(start..).is_some_and(<[u8]>::is_ascii),
                };
                if plain && at == start {
                    if let Some(word) = ascii.get_mut(block / 64) {
                        *word |= 1 << (block % 64);
                    }
                }
            }
        }
        OffsetConverter {
            text,
            unit,
            checkpoints,
            ascii,
            last: std::cell::Cell::new((usize::MAX, 0)),
        }
    }

    /// The unit this converter counts in.
    pub fn unit(&self) -> Unit {
        self.unit
    }

    /// The offset of `byte` in this converter's unit. A byte offset inside a character counts
    /// as the start of that character; one past the end counts as the end.
    pub fn convert(&self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        if self.unit == Unit::Utf8 {
            return byte;
        }
        let block = byte / STRIDE;
        let count = self.checkpoints.get(block).copied().unwrap_or(0);
        if self
            .ascii
            .get(block / 64)
            .is_some_and(|word| word >> (block % 64) & 1 == 1)
        {
            return count + byte % STRIDE;
        }
        // Both stepped back to a char boundary: the checkpoint counts from there, and a char
        // that `byte` is inside of is not counted.
        let base = floor_char_boundary(self.text, block * STRIDE);
        let end = floor_char_boundary(self.text, byte);
        // A boundary counted before, at or after the checkpoint's and at or before `end`: the
        // units from there to `end` are added to its offset (the units of `base..end` are
        // those of `base..from` and `from..end`, both split at char boundaries).
        let (from, count) = match self.last.get() {
            (at, n) if at >= base && at <= end => (at, n),
            _ => (base, count),
        };
        let count = count + units(&self.text.as_bytes()[from..end], self.unit);
        self.last.set((end, count));
        count
    }
}

/// The last char boundary at or before `at` (`at` at most the text's length).
fn floor_char_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The length in `unit` (code points or UTF-16) of whole characters' UTF-8: a byte counts one
/// unless it continues a character (`10xxxxxx`); a four-byte character's first byte (`11110xxx`)
/// counts one more in UTF-16 (a surrogate pair). A loop over bytes, which the compiler
/// vectorises, instead of decoding each char.
fn units(utf8: &[u8], unit: Unit) -> usize {
    let starts = utf8.iter().filter(|&&b| (b as i8) >= -0x40).count();
    match unit {
        Unit::Utf16 => starts + utf8.iter().filter(|&&b| b >= 0xf0).count(),
        Unit::Utf8 => utf8.len(),
        Unit::CodePoint => starts,
    }
}

/// [`units`] of a block of [`STRIDE`] bytes and whether they are all ASCII, eight bytes at a
/// time: a byte continues a character when its top bits are `10`, and starts a four-byte one
/// (two UTF-16 units) when they are `1111`; each such byte's top bit is added into its own lane
/// of a word (at most eight a lane) and the lanes summed at the end by one multiplication.
fn block_units(block: &[u8], unit: Unit) -> (usize, bool) {
    const TOP: u64 = 0x8080_8080_8080_8080;
    const LANES: u64 = 0x0101_0101_0101_0101;
    let (mut any_high, mut continuing, mut four) = (0u64, 0u64, 0u64);
    for word in block.chunks_exact(8) {
        let w = word
            .first_chunk::<8>()
            .map_or(0, |b| u64::from_le_bytes(*b));
        any_high |= w;
        continuing += (w & !(w << 1) & TOP) >> 7;
        four += (w & w << 1 & w << 2 & w << 3 & TOP) >> 7;
    }
    let sum = |lanes: u64| (lanes.wrapping_mul(LANES) >> 56) as usize;
    let starts = block.len() - sum(continuing);
    let n = match unit {
        Unit::Utf8 => block.len(),
        Unit::CodePoint => starts,
        Unit::Utf16 => starts + sum(four),
    };
    (n, any_high & TOP == 0)
}

#[cfg(test)]
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
        (
            "ascii blocks with a character across their edge",
            "abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz0é😀 and 127 more ASCII \
             bytes so that whole blocks of plain text follow the characters that span an edge..",
        ),
    ];

    #[test]
    fn matches_naive_count_at_every_boundary() {
        for (name, base) in TEXTS {
            // Repeat so that checkpoints fall inside multi-byte chars.
            let text = base.repeat(9);
            for unit in [Unit::Utf8, Unit::Utf16, Unit::CodePoint] {
                let conv = OffsetConverter::new(&text, unit);
                for byte in 0..=text.len() + 2 {
                    // Inside a char counts as its start, past the end as the end.
                    let mut at = byte.min(text.len());
                    while !text.is_char_boundary(at) {
                        at -= 1;
                    }
                    let expected = match unit {
                        // Bytes are passed through, only cut at the end.
                        Unit::Utf8 => byte.min(text.len()),
                        _ => naive(&text, at, unit),
                    };
                    assert_eq!(
                        conv.convert(byte),
                        expected,
                        "{name} {unit:?} at byte {byte}"
                    );
                }
            }
        }
    }

    /// Each block's units and ASCII mark as the byte count gives them, on blocks of every mix
    /// of one- to four-byte characters, cut anywhere (continuation bytes at either end).
    #[test]
    fn block_units_match_the_byte_count() {
        let chars = ['a', 'é', '€', '😀', '\n', 'ß', '東'];
        let mut text = String::new();
        for i in 0..600usize {
            text.push(chars[(i * 7 + i / 5) % chars.len()]);
            if i % 11 == 0 {
                text.push_str("plain ascii run ");
            }
        }
        let bytes = text.as_bytes();
        for from in 0..bytes.len().saturating_sub(STRIDE) {
            let block = &bytes[from..from + STRIDE];
            for unit in [Unit::Utf8, Unit::Utf16, Unit::CodePoint] {
                assert_eq!(
                    block_units(block, unit),
                    (units(block, unit), block.is_ascii()),
                    "{unit:?} from byte {from}"
                );
            }
        }
    }

    /// Offsets asked out of order (the forward count from the last one must not be used
    /// backwards nor across a checkpoint).
    #[test]
    fn matches_naive_count_in_any_order() {
        for (name, base) in TEXTS {
            let text = base.repeat(9);
            for unit in [Unit::Utf16, Unit::CodePoint] {
                let conv = OffsetConverter::new(&text, unit);
                // A fixed shuffle: forwards and backwards by steps of several sizes.
                let n = text.len() + 1;
                for step in [1, 7, 61, 64, 65, 130] {
                    for k in 0..n {
                        let byte = (k * step + k / 3) % n;
                        let back = n - 1 - byte;
                        for b in [byte, back] {
                            let mut at = b;
                            while !text.is_char_boundary(at) {
                                at -= 1;
                            }
                            assert_eq!(
                                conv.convert(b),
                                naive(&text, at, unit),
                                "{name} {unit:?} at byte {b}"
                            );
                        }
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
    crate::sorting::sort_by_key(&mut order, |i| utf16.get(*i).copied().unwrap_or(0));
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
