//! The trained weights: a compact binary format, loading, and scoring.
//!
//! The file format is in [`super::model_file`]; native builds read the shipped model's rows and
//! index in place, laid out by the build script ([`frozen`]).

#[cfg(all(not(target_arch = "wasm32"), target_endian = "little"))]
use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use super::tagger::Scorer;
use super::tags::N_TAGS;

pub mod codes;
#[cfg(all(not(target_arch = "wasm32"), target_endian = "little"))]
pub mod frozen;
pub mod layout;
pub mod packed;

use layout::{home, lay_out, shift_of, Row, Slot, ROW};

pub use super::features::IdHasher;

/// The rows or the index: borrowed from the binary natively ([`frozen`]), else decoded.
#[cfg(all(not(target_arch = "wasm32"), target_endian = "little"))]
type Data<T> = Cow<'static, [T]>;
/// (The WASM always decodes: a plain list, no borrowed case to test at each look-up.)
#[cfg(not(all(not(target_arch = "wasm32"), target_endian = "little")))]
type Data<T> = Vec<T>;

#[cfg(all(not(target_arch = "wasm32"), target_endian = "little"))]
fn owned<T: Clone>(v: Vec<T>) -> Data<T> {
    Cow::Owned(v)
}
#[cfg(not(all(not(target_arch = "wasm32"), target_endian = "little")))]
fn owned<T>(v: Vec<T>) -> Data<T> {
    v
}

pub type IdMap<V> = HashMap<u32, V, BuildHasherDefault<IdHasher>>;

/// Scores for every tag.
pub type Scores = [f32; N_TAGS];

pub struct Model {
    /// Open addressing with linear probing over `(feature id, row index)`; id 0 = empty; the
    /// length is a power of two. Kept apart from the rows: a feature the model does not know
    /// (most lookups of rare words) touches only this small table.
    index: Data<Slot>,
    rows: Data<Row>,
    shift: u32,
    n_features: usize,
    pub two_pass: bool,
}

impl Model {
    #[inline]
    fn get(&self, id: u32) -> Option<&Row> {
        let mask = self.index.len().wrapping_sub(1);
        let mut i = home(id, self.shift);
        loop {
            let &[slot_id, row] = self.index.get(i)?;
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
        let (rows, index, two_pass) = lay_out(bytes)?;
        Ok(Model {
            shift: shift_of(index.len()),
            n_features: rows.len(),
            index: owned(index),
            rows: owned(rows),
            two_pass,
        })
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::model_file::to_bytes;
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
