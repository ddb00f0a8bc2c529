//! The model's rows and feature index as they lie in memory, and how both are made from a model
//! file. Uses only the file format and the tag count, so that the build script compiles this
//! same file to lay the shipped model out for native builds (`build.rs`, [`super::frozen`]).

use crate::entities::model_file::parse;
use crate::entities::tags::N_TAGS;

/// Weights per tag, padded to a multiple of 8 lanes so adding a row vectorises.
pub const ROW: usize = N_TAGS.div_ceil(8) * 8;
pub type Row = [i16; ROW];

/// An index slot: a feature id (0 = empty) and its row.
pub type Slot = [u32; 2];

/// Where `id`'s probe starts in an index of `64 - shift` bits.
#[inline]
pub fn home(id: u32, shift: u32) -> usize {
    ((id as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> shift) as usize
}

/// The shift of an index of `len` slots (a power of two).
pub fn shift_of(len: usize) -> u32 {
    64 - len.trailing_zeros()
}

/// A model file's rows (in ascending id order), its index (open addressing with linear
/// probing, at most ~0.7 full, so probes stay short and the table small enough to stay in
/// cache) and whether it was trained for two passes.
pub fn lay_out(bytes: &[u8]) -> Result<(Vec<Row>, Vec<Slot>, bool), String> {
    let (header, body) = parse(bytes)?;
    let n = header.n_features;
    // Zeroed rows, filled in place as the file is read.
    let mut rows = vec![[0; ROW]; n];
    let mut ids = Vec::with_capacity(n);
    body.fill(&mut rows, |id| ids.push(id))?;
    let capacity = (n + n / 2).next_power_of_two().max(16);
    let shift = shift_of(capacity);
    let mut index = vec![[0, 0]; capacity];
    let mask = capacity - 1;
    for (k, id) in ids.into_iter().enumerate() {
        // A repeated id keeps its last row, as files never have.
        let mut i = home(id, shift);
        while let Some(slot) = index.get_mut(i) {
            if slot[0] == id || slot[0] == 0 {
                *slot = [id, k as u32];
                break;
            }
            i = (i + 1) & mask;
        }
    }
    Ok((rows, index, header.two_pass))
}

/// The bytes of `items` as they lie in memory on a little-endian machine (what the native
/// build reads in place).
pub fn le_bytes<const K: usize, T: Copy + IntoLe>(items: &[[T; K]]) -> Vec<u8> {
    let mut out = Vec::with_capacity(items.len() * K * std::mem::size_of::<T>());
    for item in items {
        for &x in item {
            x.put_le(&mut out);
        }
    }
    out
}

pub trait IntoLe {
    fn put_le(self, out: &mut Vec<u8>);
}

impl IntoLe for i16 {
    fn put_le(self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.to_le_bytes());
    }
}

impl IntoLe for u32 {
    fn put_le(self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.to_le_bytes());
    }
}
