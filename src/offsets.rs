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

/// The bytes a checkpoint stands for: one bit of a block's mask each.
const STRIDE: usize = 64;

/// Converts byte offsets of one text into another unit in a few instructions per lookup after
/// an O(n) set-up, using 1/4 of the text's size in memory for code points (3/8 for UTF-16: a
/// 5 MB text needs ~1.3 MB or ~1.9 MB).
pub struct OffsetConverter<'t> {
    text: &'t str,
    unit: Unit,
    /// `checkpoints[i]` = the units of the characters that start before byte `i * STRIDE`.
    checkpoints: Vec<usize>,
    /// Bit `j` of `starts[i]`: byte `i * STRIDE + j` starts a character (is not `10xxxxxx`).
    starts: Vec<u64>,
    /// Bit `j` of `fours[i]`: byte `i * STRIDE + j` starts a four-byte character, two UTF-16
    /// units (`11110xxx`); empty unless the unit is UTF-16.
    fours: Vec<u64>,
}

impl<'t> OffsetConverter<'t> {
    pub fn new(text: &'t str, unit: Unit) -> Self {
        let mut checkpoints = Vec::new();
        let mut starts = Vec::new();
        let mut fours = Vec::new();
        if unit != Unit::Utf8 {
            // One block more than the whole ones: the bytes after the last whole block, or
            // none (an offset at the text's end stands in it).
            let blocks = text.len() / STRIDE + 1;
            checkpoints.reserve_exact(blocks);
            starts.reserve_exact(blocks);
            if unit == Unit::Utf16 {
                fours.reserve_exact(blocks);
            }
            let mut before = 0;
            for block in text
                .as_bytes()
                .chunks(STRIDE)
                .chain(std::iter::once(&[][..]))
            {
                if checkpoints.len() == blocks {
                    break;
                }
                let (s, f) = block_masks(block, unit == Unit::Utf16);
                checkpoints.push(before);
                starts.push(s);
                before += s.count_ones() as usize;
                if unit == Unit::Utf16 {
                    fours.push(f);
                    before += f.count_ones() as usize;
                }
            }
        }
        OffsetConverter {
            text,
            unit,
            checkpoints,
            starts,
            fours,
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
        let checkpoint = self.checkpoints.get(block).copied().unwrap_or(0);
        // A whole block where every byte starts a character (ASCII, most of news; a character
        // of several bytes only at its last byte, continued in the next block): a unit a byte
        // before `byte`, which is no character's inside.
        if self.starts.get(block) == Some(&u64::MAX) {
            return checkpoint + byte % STRIDE;
        }
        // The bytes of the block before `byte` (`byte % STRIDE` is below 64).
        let below = (1u64 << (byte % STRIDE)) - 1;
        let count = |masks: &[u64]| {
            masks
                .get(block)
                .map_or(0, |m| (m & below).count_ones() as usize)
        };
        // The units of the characters that start before `byte`.
        let mut n = checkpoint + count(&self.starts);
        if self.unit == Unit::Utf16 {
            n += count(&self.fours);
        }
        // Inside a character: that character, counted above, is not before its start.
        let bytes = self.text.as_bytes();
        if bytes.get(byte).is_some_and(|&b| (b as i8) < -0x40) {
            let first = bytes
                .get(floor_char_boundary(self.text, byte))
                .copied()
                .unwrap_or(0);
            n -= 1 + usize::from(self.unit == Unit::Utf16 && first >= 0xf0);
        }
        n
    }
}

/// The last char boundary at or before `at` (`at` at most the text's length).
fn floor_char_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// A block's (at most [`STRIDE`] bytes) masks: bit `j` of the first is set when byte `j` starts
/// a character (its top bits are not `10`), of the second when it starts a four-byte one (its
/// top bits are `1111`; asked only when `fours`, else none). A block of ASCII (most of news)
/// starts a character at every byte; another eight bytes at a time: each byte's answer is found
/// in its top bit and the eight top bits gathered into one byte by a multiplication (each lands
/// on its own bit: no carries). Bytes past the block's end are neither.
fn block_masks(block: &[u8], fours: bool) -> (u64, u64) {
    const TOP: u64 = 0x8080_8080_8080_8080;
    // Bit 8k (byte k's top bit moved down) to bit 56 + k.
    const GATHER: u64 = 0x0102_0408_1020_4080;
    let whole = |bytes: &[u8]| {
        bytes
            .first_chunk::<8>()
            .map_or(0, |b| u64::from_le_bytes(*b))
    };
    let words = block.chunks_exact(8);
    let rest = words.remainder();
    // The bytes after the last whole word, zeros after them (no zero byte is counted: the
    // masks are cut to the block's length at the end).
    let last = {
        let mut w = [0u8; 8];
        for (to, from) in w.iter_mut().zip(rest) {
            *to = *from;
        }
        u64::from_le_bytes(w)
    };
    let in_block = if block.len() >= STRIDE {
        u64::MAX
    } else {
        (1u64 << block.len()) - 1
    };
    if words.clone().fold(last, |high, w| high | whole(w)) & TOP == 0 {
        return (in_block, 0);
    }
    let gather = |top_bits: u64| (top_bits >> 7).wrapping_mul(GATHER) >> 56;
    let (mut starts, mut four, mut shift) = (0u64, 0u64, 0);
    let mut add = |w: u64, shift: u32| {
        // A continuing byte: top bit set, the next one clear.
        let continuing = w & !(w << 1) & TOP;
        starts |= gather(!continuing & TOP) << shift;
        if fours {
            four |= gather(w & w << 1 & w << 2 & w << 3 & TOP) << shift;
        }
    };
    for w in words {
        add(whole(w), shift);
        shift += 8;
    }
    if !rest.is_empty() {
        add(last, shift);
    }
    (starts & in_block, four)
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

    /// Each block's masks as its bytes give them one by one, on blocks of every mix of one- to
    /// four-byte characters, cut anywhere (continuation bytes at either end) and of every
    /// length up to a stride.
    #[test]
    fn block_masks_match_the_bytes() {
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
            for len in [STRIDE, STRIDE - 1, 9, 8, 7, 1, 0, from % STRIDE] {
                let block = &bytes[from..from + len];
                let (mut starts, mut fours) = (0u64, 0u64);
                for (j, &b) in block.iter().enumerate() {
                    starts |= u64::from((b as i8) >= -0x40) << j;
                    fours |= u64::from(b >= 0xf0) << j;
                }
                assert_eq!(
                    block_masks(block, true),
                    (starts, fours),
                    "from {from}, {len}"
                );
                assert_eq!(block_masks(block, false), (starts, 0), "from {from}, {len}");
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
