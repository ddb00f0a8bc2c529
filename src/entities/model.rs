//! The trained weights: a compact binary format, loading, and scoring.
//!
//! Format (version 1), all integers little-endian:
//!
//! ```text
//! magic "GLOSSNER"  u16 version  u16 n_tags  u32 n_features  f32 scale  u8 flags
//! then per feature, in ascending id order:
//!     varint(id - previous id)  u8 n_weights  n_weights × (u8 tag, zigzag-varint weight)
//! ```
//!
//! Weights are quantised to integers (`real = stored * scale`); zero weights are not stored.
//! Flag bit 0: the model was trained for a second, document-consistency pass.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::tagger::Scorer;
use super::tags::N_TAGS;

pub const MAGIC: &[u8; 8] = b"GLOSSNER";
pub const VERSION: u16 = 1;
pub const FLAG_TWO_PASS: u8 = 1;

/// Feature ids are already hashes: use them as they are.
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

pub type IdMap<V> = HashMap<u32, V, BuildHasherDefault<IdHasher>>;

/// Scores for every tag.
pub type Scores = [f32; N_TAGS];

/// Weights per tag, padded to a multiple of 8 lanes so adding a row vectorises.
const ROW: usize = N_TAGS.div_ceil(8) * 8;
type Row = [i16; ROW];

pub struct Model {
    /// Open addressing with linear probing over `(feature id, row index)`; id 0 = empty; the
    /// length is a power of two. Kept apart from the rows: a feature the model does not know
    /// (most lookups of rare words) touches only this small table.
    index: Vec<(u32, u32)>,
    rows: Vec<Row>,
    shift: u32,
    n_features: usize,
    pub two_pass: bool,
}

impl Model {
    #[inline]
    fn home(&self, id: u32) -> usize {
        ((id as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    /// Points `id` at row `row` (a repeated id keeps its last row, as files never have).
    fn insert(&mut self, id: u32, row: u32) {
        let mask = self.index.len() - 1;
        let mut i = self.home(id);
        loop {
            let Some(slot) = self.index.get_mut(i) else {
                return;
            };
            if slot.0 == id || slot.0 == 0 {
                *slot = (id, row);
                return;
            }
            i = (i + 1) & mask;
        }
    }

    #[inline]
    fn get(&self, id: u32) -> Option<&Row> {
        let mask = self.index.len().wrapping_sub(1);
        let mut i = self.home(id);
        loop {
            let &(slot_id, row) = self.index.get(i)?;
            if slot_id == id {
                return self.rows.get(row as usize);
            }
            if slot_id == 0 {
                return None;
            }
            i = (i + 1) & mask;
        }
    }
}

impl Model {
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, String> {
        let mut r = Reader { bytes, pos: 0 };
        if r.take(8)? != MAGIC {
            return Err("not a Gloss entity model".into());
        }
        let version = u16::from_le_bytes(r.array()?);
        if version != VERSION {
            return Err(format!(
                "model format version {version}, expected {VERSION}"
            ));
        }
        let n_tags = u16::from_le_bytes(r.array()?) as usize;
        if n_tags != N_TAGS {
            return Err(format!("model has {n_tags} tags, expected {N_TAGS}"));
        }
        let n = u32::from_le_bytes(r.array()?) as usize;
        let _scale = f32::from_le_bytes(r.array()?);
        let flags = r.take(1)?[0];
        if n > bytes.len() {
            return Err("model header is damaged".into());
        }
        // Load factor at most ~0.7 keeps probes short and the table small enough to stay in cache.
        let capacity = (n + n / 2).next_power_of_two().max(16);
        let mut model = Model {
            index: vec![(0, 0); capacity],
            // Zeroed rows, filled in place as the file is read.
            rows: vec![[0; ROW]; n],
            shift: 64 - capacity.trailing_zeros(),
            n_features: n,
            two_pass: flags & FLAG_TWO_PASS != 0,
        };
        let mut id: u32 = 0;
        for k in 0..n {
            id = id.wrapping_add(r.varint()? as u32);
            let count = r.take(1)?[0];
            let row = model.rows.get_mut(k).ok_or("model header is damaged")?;
            for _ in 0..count {
                let tag = r.take(1)?[0] as usize;
                let w = unzigzag(r.varint()?);
                let slot = row
                    .get_mut(tag)
                    .filter(|_| tag < N_TAGS)
                    .ok_or("tag out of range")?;
                *slot = w.clamp(i16::MIN as i64, i16::MAX as i64) as i16;
            }
            if id == 0 {
                return Err("feature id 0 in model".into());
            }
            model.insert(id, k as u32);
        }
        if r.pos != bytes.len() {
            return Err("trailing bytes after the model".into());
        }
        Ok(model)
    }

    pub fn n_features(&self) -> usize {
        self.n_features
    }
}

impl Scorer for Model {
    /// Adds the weights of `features` to `scores`. Summed as integers (the weights are
    /// integers, so the result is exactly what adding them one by one as floats gives).
    #[inline]
    fn add(&self, features: &[u32], scores: &mut Scores) {
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("avx2") {
            // SAFETY: the CPU has AVX2 (checked just above; the check is cached by std).
            unsafe { self.add_avx2(features, scores) };
            return;
        }
        self.add_plain(features, scores);
    }
}

impl Model {
    /// [`Scorer::add`] compiled for AVX2: a row's 24 lanes widen and add in three
    /// instructions pairs instead of a dozen SSE2 shuffles (native builds on a CPU that has it;
    /// the sums are the same integers).
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    unsafe fn add_avx2(&self, features: &[u32], scores: &mut Scores) {
        self.add_plain(features, scores);
    }

    #[inline(always)]
    fn add_plain(&self, features: &[u32], scores: &mut Scores) {
        let mut sum = [0i32; ROW];
        for &f in features {
            if let Some(w) = self.get(f) {
                for (s, &x) in sum.iter_mut().zip(w) {
                    *s += x as i32;
                }
            }
        }
        for (s, &x) in scores.iter_mut().zip(&sum) {
            *s += x as f32;
        }
    }
}

/// Serialises quantised weights (`rows`: feature id → weights per tag) in the format above.
pub fn to_bytes(rows: &[(u32, [i16; N_TAGS])], scale: f32, two_pass: bool) -> Vec<u8> {
    let mut rows: Vec<&(u32, [i16; N_TAGS])> = rows
        .iter()
        .filter(|(_, w)| w.iter().any(|&x| x != 0))
        .collect();
    rows.sort_by_key(|(id, _)| *id);
    let mut out = Vec::new();
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&VERSION.to_le_bytes());
    out.extend_from_slice(&(N_TAGS as u16).to_le_bytes());
    out.extend_from_slice(&(rows.len() as u32).to_le_bytes());
    out.extend_from_slice(&scale.to_le_bytes());
    out.push(if two_pass { FLAG_TWO_PASS } else { 0 });
    let mut prev = 0u32;
    for (id, w) in rows {
        put_varint(&mut out, id.wrapping_sub(prev) as u64);
        prev = *id;
        out.push(w.iter().filter(|&&x| x != 0).count() as u8);
        for (tag, &x) in w.iter().enumerate() {
            if x != 0 {
                out.push(tag as u8);
                put_varint(&mut out, zigzag(x as i64));
            }
        }
    }
    out
}

fn zigzag(x: i64) -> u64 {
    ((x << 1) ^ (x >> 63)) as u64
}

fn unzigzag(x: u64) -> i64 {
    ((x >> 1) as i64) ^ -((x & 1) as i64)
}

fn put_varint(out: &mut Vec<u8>, mut x: u64) {
    while x >= 0x80 {
        out.push((x as u8) | 0x80);
        x >>= 7;
    }
    out.push(x as u8);
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    #[inline]
    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.bytes.len());
        let end = end.ok_or("model file is truncated")?;
        let s = self.bytes.get(self.pos..end).unwrap_or(&[]);
        self.pos = end;
        Ok(s)
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], String> {
        let mut a = [0u8; N];
        a.copy_from_slice(self.take(N)?);
        Ok(a)
    }

    #[inline]
    fn varint(&mut self) -> Result<u64, String> {
        // Most varints of a model are one byte.
        if let Some(&b) = self.bytes.get(self.pos) {
            if b & 0x80 == 0 {
                self.pos += 1;
                return Ok(b as u64);
            }
        }
        let mut x = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.take(1)?[0];
            x |= ((b & 0x7f) as u64) << shift;
            if b & 0x80 == 0 {
                return Ok(x);
            }
        }
        Err("bad varint in model file".into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::tagger::Scorer;

    #[test]
    fn round_trips_and_scores() {
        let mut a = [0i16; N_TAGS];
        a[0] = 5;
        a[3] = -300;
        let mut b = [0i16; N_TAGS];
        b[N_TAGS - 1] = 7;
        let bytes = to_bytes(&[(99, b), (7, a), (8, [0; N_TAGS])], 0.01, true);
        // Ids that collide in a small table still resolve.
        let m = Model::from_bytes(&bytes).expect("loads");
        assert_eq!(m.n_features(), 2, "the all-zero row is dropped");
        assert!(m.two_pass);
        let mut s = [0.0; N_TAGS];
        m.add(&[7, 99, 12345], &mut s);
        assert_eq!((s[0], s[3], s[N_TAGS - 1]), (5.0, -300.0, 7.0));
    }

    #[test]
    fn rejects_bad_files() {
        let good = to_bytes(&[(1, [1; N_TAGS])], 1.0, false);
        let cases: Vec<(&str, Vec<u8>)> = vec![
            ("empty", vec![]),
            ("wrong magic", b"NOTAMODEL...........".to_vec()),
            ("truncated", good[..good.len() - 1].to_vec()),
            ("trailing", [good.clone(), vec![0]].concat()),
            ("wrong version", {
                let mut g = good.clone();
                g[8] = 9;
                g
            }),
        ];
        for (name, bytes) in cases {
            assert!(Model::from_bytes(&bytes).is_err(), "{name}");
        }
        assert!(Model::from_bytes(&good).is_ok());
    }
}
