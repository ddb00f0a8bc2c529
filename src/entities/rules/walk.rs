//! The walk of a rule through a sentence's word classes to the next word of a rare kind, a
//! vector of words at a time where the target has one.

use super::classes::Classes;
#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
use super::walk_wasm;

/// The first word from `from` on whose classes masked by `mask` are `value`: the walk of a rule
/// that looks for a rare kind of word in every sentence. Four words' classes tested at once with
/// AVX2 (native builds on a CPU that has it; ~15,000 walks on 300 KB of news, ~100 instructions
/// each through the words eight at a time, where a compare of 64-bit numbers has no vector
/// form in SSE2), else [`next_with_scalar`].
pub(super) fn next_with(
    cl: &[Classes],
    from: usize,
    mask: Classes,
    value: Classes,
) -> Option<usize> {
    let rest = cl.get(from..)?;
    #[cfg(target_arch = "x86_64")]
    if rest.len() >= 4 && std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the CPU has AVX2 (checked just above; the check is cached by std).
        return unsafe { next_with_avx2(rest, mask, value) }.map(|k| from + k);
    }
    #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
    let scan = walk_wasm::next_with_simd128;
    #[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
    let scan = next_with_scalar;
    scan(rest, mask, value).map(|k| from + k)
}

/// The first of `cl` whose classes masked by `mask` are `value`, eight words tested at a time
/// without a branch a word (a word at a time cost ~9 instructions a word of news).
pub(super) fn next_with_scalar(cl: &[Classes], mask: Classes, value: Classes) -> Option<usize> {
    let is = |c: &Classes| c & mask == value;
    let mut chunks = cl.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        if chunk.iter().fold(false, |any, c| any | is(c)) {
            return chunk.iter().position(is).map(|k| at + k);
        }
        at += 8;
    }
    chunks.remainder().iter().position(is).map(|k| at + k)
}

/// [`next_with_scalar`] four words at a time: the classes ANDed with the mask and compared with
/// the value in one vector each.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn next_with_avx2(cl: &[Classes], mask: Classes, value: Classes) -> Option<usize> {
    use std::arch::x86_64::*;
    let (m, v) = (
        _mm256_set1_epi64x(mask as i64),
        _mm256_set1_epi64x(value as i64),
    );
    let mut fours = cl.chunks_exact(4);
    let mut at = 0;
    for four in &mut fours {
        // SAFETY (of the load): `four` is four classes, 32 bytes.
        let x = _mm256_loadu_si256(four.as_ptr().cast::<__m256i>());
        let hit = _mm256_cmpeq_epi64(_mm256_and_si256(x, m), v);
        let bits = _mm256_movemask_pd(_mm256_castsi256_pd(hit));
        if bits != 0 {
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
