//! The rules' walk to a word of some classes ([`super::next_with`]) in the WASM build, with
//! 128-bit SIMD, and the check that it answers as [`next_with_scalar`] (run by `tests/wasm.rs`).

use super::{next_with_scalar, Classes};

/// [`next_with_scalar`] in the WASM build (128-bit SIMD): four words a step, two in each vector,
/// ANDed with the mask and compared with the value as 64-bit lanes.
/// Not inlined: one copy for the rules that walk (inlined at each, it cost the download ~800
/// bytes gzipped).
#[inline(never)]
pub(super) fn next_with_simd128(cl: &[Classes], mask: Classes, value: Classes) -> Option<usize> {
    use core::arch::wasm32::*;
    let (m, v) = (u64x2_splat(mask), u64x2_splat(value));
    let mut fours = cl.chunks_exact(4);
    let mut at = 0;
    for four in &mut fours {
        // SAFETY (of the loads): `four` is four classes, 32 bytes; unaligned loads are allowed.
        let (x, y) = unsafe {
            let p = four.as_ptr().cast::<v128>();
            (v128_load(p), v128_load(p.add(1)))
        };
        let hit = |x: v128| i64x2_eq(v128_and(x, m), v);
        let (a, b) = (hit(x), hit(y));
        if v128_any_true(v128_or(a, b)) {
            let bits = u32::from(i64x2_bitmask(a)) | u32::from(i64x2_bitmask(b)) << 2;
            return Some(at + bits.trailing_zeros() as usize);
        }
        at += 4;
    }
    fours
        .remainder()
        .iter()
        .position(|c| c & mask == value)
        .map(|j| at + j)
}

/// The first disagreement of [`next_with_simd128`] with [`next_with_scalar`] on made-up
/// sentences (0–40 words of few distinct classes, every start, masks of one to three bits and
/// values in and outside them), if any: `tests/wasm.rs` runs it in the WASM build.
pub(crate) fn vector_walk_disagreement(mut seed: u64) -> Option<String> {
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for _ in 0..3_000 {
        let n = (next() % 41) as usize;
        let bit = |r: u64| 1u64 << (r % 64);
        let cl: Vec<Classes> = (0..n).map(|_| bit(next()) | bit(next()) & next()).collect();
        let mask = bit(next()) | bit(next()) | bit(next()) & next();
        let value = match next() % 3 {
            0 => mask,
            1 => bit(next()) & mask,
            _ => bit(next()),
        };
        for from in 0..=n {
            let rest = &cl[from..];
            let (a, b) = (
                next_with_simd128(rest, mask, value),
                next_with_scalar(rest, mask, value),
            );
            if a != b {
                return Some(format!(
                    "{cl:?} from {from}, mask {mask:x}, value {value:x}: {a:?}, {b:?}"
                ));
            }
        }
    }
    None
}
