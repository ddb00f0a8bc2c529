//! The hashes of words and phrases, and a hasher for keys that are already hashes. Kept apart
//! (it uses nothing else of the crate) so that the build script can compile the lexicon with it
//! (see `build.rs`).

use std::hash::Hasher;

/// Hashes a string (FxHash-style over 8-byte chunks, then a finaliser).
pub fn hash_str(s: &str) -> u64 {
    hash_bytes(s.as_bytes())
}

pub fn hash_bytes(bytes: &[u8]) -> u64 {
    fmix(hash_unmixed(bytes))
}

/// [`hash_bytes`] before its finaliser, which is one-to-one: two byte strings have the same
/// unmixed hash exactly when they have the same hash. Its top bits are well spread (the last step
/// is a multiplication), its low bits are not. The per-word cache looks words up by it, so that a
/// word seen before costs no finaliser.
#[inline(always)]
pub fn hash_unmixed(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let mut buf = [0u8; 8];
        buf.copy_from_slice(c);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(buf)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
    let tail = tail_le(chunks.remainder());
    (h.rotate_left(5) ^ tail ^ (bytes.len() as u64) << 56).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// [`hash_bytes`] of the `len` (below 8) bytes whose little-endian number is `le` (the bytes
/// past `len` zero): what the loop of [`hash_unmixed`] leaves for such a short string.
#[inline(always)]
pub fn hash_short(le: u64, len: usize) -> u64 {
    let h: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    fmix((h.rotate_left(5) ^ le ^ (len as u64) << 56).wrapping_mul(0x9E37_79B9_7F4A_7C15))
}

/// The last 0–7 bytes of a word as a little-endian number (what `from_le_bytes` of them padded
/// with zeros gives), from two loads that may overlap (an overlapping byte is ORed with
/// itself), not a loop over the bytes: every token's word is hashed.
#[inline(always)]
fn tail_le(r: &[u8]) -> u64 {
    let n = r.len();
    if n >= 4 {
        let lo = r.first_chunk::<4>().map_or(0, |c| u32::from_le_bytes(*c));
        let hi = r.last_chunk::<4>().map_or(0, |c| u32::from_le_bytes(*c));
        lo as u64 | (hi as u64) << (8 * (n - 4))
    } else if n >= 2 {
        let lo = r.first_chunk::<2>().map_or(0, |c| u16::from_le_bytes(*c));
        let hi = r.last_chunk::<2>().map_or(0, |c| u16::from_le_bytes(*c));
        lo as u64 | (hi as u64) << (8 * (n - 2))
    } else {
        r.first().map_or(0, |&c| c as u64)
    }
}

pub fn fmix(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// Feature ids and word hashes are already hashes: use them as they are.
#[derive(Default)]
pub struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | b as u64;
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
    fn write_u32(&mut self, n: u32) {
        // Spread the bits hashbrown uses for its control bytes (the top 7) and buckets.
        self.0 = (n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// A fast hasher for keys that are already hashes.
pub type HashBuild = std::hash::BuildHasherDefault<IdHasher>;
