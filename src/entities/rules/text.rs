//! The repairs' view of a word: lower-cased without its full stop ([`bare`]) or lower-cased
//! for one comparison ([`with_lower`]), in stack buffers, so that looking at the words around
//! every name allocates nothing.

use crate::entities::features::lower;

/// A token without a trailing full stop, lower-cased ("Mr." → "mr").
pub(super) fn bare(word: &str) -> Bare {
    let w = word.strip_suffix('.').unwrap_or(word).as_bytes();
    let mut b = Bare {
        buf: [0; BARE_MAX],
        len: 0,
    };
    // Every listed word is short ASCII: a longer or non-ASCII word matches none, so it is "".
    if let Some(slots) = b.buf.get_mut(..w.len()) {
        slots.copy_from_slice(w);
        // Both halves of the buffer told ASCII and lower-cased eight bytes at a time (a byte at
        // a time cost ~8 instructions a byte, made for every distinct word).
        let mut ascii = true;
        for half in b.buf.chunks_exact_mut(8) {
            let mut eight = [0u8; 8];
            eight.copy_from_slice(half);
            let x = u64::from_le_bytes(eight);
            ascii &= x & HIGH_BITS == 0;
            half.copy_from_slice(&ascii_lower_eight(x).to_le_bytes());
        }
        b.len = if ascii { w.len() } else { 0 };
    }
    b
}

/// The top bit of each of eight bytes.
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// Eight bytes with `to_ascii_lowercase` applied to each, for bytes below 0x80 (no sum below
/// carries into the next byte then): a byte from 'A' to 'Z' has 0x20 added.
fn ascii_lower_eight(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    // The top bit of `x + 0x80 - c` is set in each byte that is at least `c`.
    let from_a = x.wrapping_add(ONES * (0x80 - u64::from(b'A')));
    let past_z = x.wrapping_add(ONES * (0x80 - u64::from(b'Z') - 1));
    let upper = from_a & !past_z & HIGH_BITS;
    x | (upper >> 2)
}

/// Longest word in the lists [`bare`] is compared with.
pub(super) const BARE_MAX: usize = 16;

/// A token lower-cased without its full stop, in a stack buffer (no allocation per token); the
/// word lists compare its bytes.
#[derive(Clone, Copy)]
pub(super) struct Bare {
    buf: [u8; BARE_MAX],
    len: usize,
}

impl Bare {
    /// The bytes (ASCII): compared without checking them as UTF-8 again.
    pub(super) fn bytes(&self) -> &[u8] {
        self.buf.get(..self.len).unwrap_or(&[])
    }

    pub(super) fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The buffer as two little-endian numbers (the bytes past the word are zeros) and the
    /// word's length: a key of the word with no slice made.
    pub(super) fn key(&self) -> (u64, u64, usize) {
        let (lo, hi) = self.buf.split_at(8);
        let word = |half: &[u8]| {
            let mut eight = [0u8; 8];
            eight.copy_from_slice(half);
            u64::from_le_bytes(eight)
        };
        (word(lo), word(hi), self.len)
    }

    pub(super) fn as_str(&self) -> &str {
        self.buf
            .get(..self.len)
            .and_then(|b| std::str::from_utf8(b).ok())
            .unwrap_or("")
    }
}

impl AsRef<[u8]> for Bare {
    fn as_ref(&self) -> &[u8] {
        self.buf.get(..self.len).unwrap_or(&[])
    }
}

impl std::ops::Deref for Bare {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

/// `f` of `w` lower-cased exactly as [`lower`] lower-cases it, without allocating for a short
/// ASCII word (the repairs look at the words around every name).
pub(super) fn with_lower<R>(w: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 32];
    let mut owned = String::new();
    f(lower_in(w, &mut buf, &mut owned))
}

/// [`lower`] of `w`: `w` itself when it has no ASCII capital, else a copy in `buf` when it is
/// short ASCII, else in `owned` (one body for every caller of [`with_lower`]).
fn lower_in<'a>(w: &'a str, buf: &'a mut [u8; 32], owned: &'a mut String) -> &'a str {
    let b = w.as_bytes();
    if !b.iter().any(u8::is_ascii_uppercase) {
        return w;
    }
    if b.len() <= buf.len() && b.is_ascii() {
        for (s, c) in buf.iter_mut().zip(b) {
            *s = c.to_ascii_lowercase();
        }
        if let Some(l) = buf.get(..b.len()).and_then(|l| std::str::from_utf8(l).ok()) {
            return l;
        }
    }
    *owned = lower(w);
    owned
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`bare`] by the plain byte loop it replaced (the reference of the eight-byte path).
    fn bare_by_bytes(word: &str) -> Vec<u8> {
        let w = word.strip_suffix('.').unwrap_or(word).as_bytes();
        if w.len() > BARE_MAX || !w.is_ascii() {
            return Vec::new();
        }
        w.iter().map(u8::to_ascii_lowercase).collect()
    }

    /// Every word of one or two bytes, and words around the buffer's length, lower-cased and
    /// told ASCII as the byte loop does.
    #[test]
    fn eight_byte_bare_matches_the_byte_loop() {
        let mut words: Vec<String> = Vec::new();
        for x in 0..128u8 {
            for y in 0..128u8 {
                words.push(String::from_utf8(vec![x, y]).unwrap_or_default());
            }
            words.push(String::from_utf8(vec![x]).unwrap_or_default());
        }
        for n in 14..=18 {
            words.push("AZaz@[`{".repeat(3)[..n].to_string());
            words.push(format!("{}.", "Q".repeat(n)));
        }
        words.extend(["Mr.", "Straße", "ÉTAT", "Zürich", "US.", ".", ""].map(String::from));
        for w in &words {
            assert_eq!(bare(w).bytes(), bare_by_bytes(w).as_slice(), "{w:?}");
        }
    }
}
