//! The best allowed tag of a scored token, chosen over the 21 scores at once with AVX2 (native
//! builds on a CPU that has it): the scan over the allowed tags' bits took ~120 instructions a
//! scored token in each pass (eleven tags may follow O), this ~75 with its call and the check
//! of the CPU (the score loop of both passes: 1.7 M instructions less on 300 KB of news).

use super::super::model::Scores;
use super::super::tags::Tag;
#[cfg(target_arch = "x86_64")]
use super::super::tags::N_TAGS;

/// The first allowed tag after `prev` (and ending the sentence when `last`) whose score is the
/// highest of the allowed ones', as the plain scan over the mask of [`best_allowed`]
/// (super::best_allowed) gives it (the first of equal scores); `None` when a score is not a
/// number or the highest is minus infinity (never, as the scores are sums of integer weights:
/// the caller then scans, so the two paths agree on any scores).
#[cfg(target_arch = "x86_64")]
#[inline]
pub(super) fn first_best_after(scores: &Scores, prev: Tag, last: bool) -> Option<Tag> {
    let bias = BIASES.get(usize::from(prev) * 2 + usize::from(last))?;
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the CPU has AVX2 (checked just above; the check is cached by std).
        return unsafe { first_best_avx2(scores, bias) };
    }
    None
}

/// (No vector path elsewhere: the caller scans.)
#[cfg(not(any(
    target_arch = "x86_64",
    all(target_arch = "wasm32", target_feature = "simd128")
)))]
#[inline(always)]
pub(super) fn first_best(_scores: &Scores, _mask: u32) -> Option<Tag> {
    None
}

/// The three groups of eight lanes read: tags 0–7, 8–15 and 13–20 (the last overlaps the
/// second, so no load reads past the 21 scores; a tag in both lanes counts once in the bits).
#[cfg(target_arch = "x86_64")]
const STARTS: [usize; 3] = [0, 8, N_TAGS - 8];

/// What [`first_best_avx2`] adds to the three groups of scores after each previous tag (`2 *
/// prev`, `+ 1` when the tag ends the sentence): 0 for an allowed tag, minus infinity for
/// another, so that one add a group masks the scores (a masked score that is plus infinity
/// becomes not a number, and the caller scans).
#[cfg(target_arch = "x86_64")]
static BIASES: [[[f32; 8]; 3]; 2 * (N_TAGS + 1)] = {
    let mut table = [[[0.0f32; 8]; 3]; 2 * (N_TAGS + 1)];
    let mut k = 0;
    while k < table.len() {
        let mut mask = super::ALLOWED[k / 2];
        if k % 2 == 1 {
            mask &= super::CAN_END;
        }
        let mut g = 0;
        while g < 3 {
            let mut lane = 0;
            while lane < 8 {
                if mask >> (STARTS[g] + lane) & 1 == 0 {
                    table[k][g][lane] = f32::NEG_INFINITY;
                }
                lane += 1;
            }
            g += 1;
        }
        k += 1;
    }
    table
};

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn first_best_avx2(scores: &Scores, bias: &[[f32; 8]; 3]) -> Option<Tag> {
    use std::arch::x86_64::*;
    // Each group's scores, the tags not allowed made minus infinity (or not a number).
    let group = |g: usize| -> __m256 {
        // SAFETY (of the loads): `STARTS[g] + 8 <= N_TAGS` for every group, and a bias group
        // is eight lanes.
        let v = _mm256_loadu_ps(scores.as_ptr().add(STARTS[g]));
        _mm256_add_ps(v, _mm256_loadu_ps(bias[g].as_ptr()))
    };
    let [a, b, c] = [0, 1, 2].map(group);
    let nan = _mm256_or_ps(
        _mm256_cmp_ps(a, b, _CMP_UNORD_Q),
        _mm256_cmp_ps(c, c, _CMP_UNORD_Q),
    );
    // The highest score, in every lane.
    let m = _mm256_max_ps(_mm256_max_ps(a, b), c);
    let m = _mm256_max_ps(m, _mm256_permute2f128_ps(m, m, 1));
    let m = _mm256_max_ps(m, _mm256_shuffle_ps(m, m, 0b0100_1110));
    let m = _mm256_max_ps(m, _mm256_shuffle_ps(m, m, 0b1011_0001));
    // The tags whose score is it (allowed ones only: the others are minus infinity, below
    // the highest when it is usable); the lowest wins.
    let hit = |v: __m256, start: usize| -> u32 {
        (_mm256_movemask_ps(_mm256_cmp_ps(v, m, _CMP_EQ_OQ)) as u32) << start
    };
    let found = hit(a, STARTS[0]) | hit(b, STARTS[1]) | hit(c, STARTS[2]);
    let usable = _mm256_movemask_ps(nan) == 0 && _mm256_cvtss_f32(m) > f32::NEG_INFINITY;
    (usable && found != 0).then(|| found.trailing_zeros() as Tag)
}

/// [`first_best`] in the WASM build (128-bit SIMD): six groups of four lanes, tags 0–3, 4–7,
/// 8–11, 12–15, 16–19 and 17–20 (the last overlaps, so no load reads past the 21 scores).
#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
#[inline]
pub(super) fn first_best(scores: &Scores, mask: u32) -> Option<Tag> {
    use core::arch::wasm32::*;
    const STARTS4: [usize; 6] = [0, 4, 8, 12, 16, super::super::tags::N_TAGS - 4];
    let lane_bits = u32x4(1, 2, 4, 8);
    let low = f32x4_splat(f32::NEG_INFINITY);
    // Each group's scores, the tags outside `mask` set to minus infinity.
    let group = |start: usize| -> v128 {
        // SAFETY (of the load): `start + 4 <= N_TAGS` for every start of STARTS4; an unaligned
        // load is allowed.
        let v = unsafe { v128_load(scores.as_ptr().add(start).cast::<v128>()) };
        let bits = u32x4_splat(mask >> start);
        let on = i32x4_eq(v128_and(bits, lane_bits), lane_bits);
        v128_bitselect(v, low, on)
    };
    let g = STARTS4.map(group);
    let nan = g
        .iter()
        .fold(f32x4_splat(0.0), |any, &v| v128_or(any, f32x4_ne(v, v)));
    // The highest score, in every lane.
    let m = g.iter().fold(low, |m, &v| f32x4_max(m, v));
    let m = f32x4_max(m, i32x4_shuffle::<2, 3, 0, 1>(m, m));
    let m = f32x4_max(m, i32x4_shuffle::<1, 0, 3, 2>(m, m));
    // The tags whose (allowed) score is it; the lowest wins.
    let found = g.iter().zip(STARTS4).fold(0, |bits, (&v, start)| {
        bits | u32::from(i32x4_bitmask(f32x4_eq(v, m))) << start
    }) & mask;
    let usable = !v128_any_true(nan) && f32x4_extract_lane::<0>(m) > f32::NEG_INFINITY;
    (usable && found != 0).then(|| found.trailing_zeros() as Tag)
}

/// Made-up scores for the checks that the best-tag paths agree, one set a round: many ties
/// (round 0 of every 4), spread values (1), zeros of both signs (2), and some scores that are not
/// numbers or infinite (3).
#[cfg(any(test, all(target_arch = "wasm32", target_feature = "simd128")))]
pub(super) fn made_up_scores(
    round: usize,
    mut next: impl FnMut() -> u64,
) -> [f32; super::super::tags::N_TAGS] {
    let specials = [f32::NAN, f32::INFINITY, f32::NEG_INFINITY, -0.0, 0.0];
    let mut scores = [0.0f32; super::super::tags::N_TAGS];
    for s in scores.iter_mut() {
        let r = next();
        *s = match round % 4 {
            0 => (r % 4) as f32 - 2.0,
            1 => (r % 100_000) as f32 - 50_000.0,
            2 => [-0.0, 0.0, 1.0][(r % 3) as usize],
            _ if r % 5 == 0 => specials[(r >> 8) as usize % specials.len()],
            _ => (r % 7) as f32,
        };
    }
    scores
}

/// The first disagreement of the vector [`first_best`] with [`best_allowed_scan`](super::best_allowed_scan) (where
/// the vector path answers) or of [`best_allowed`](super::best_allowed) with the scan, if any: for every previous tag
/// and sentence end, on scores with many ties, spread values, zeros of both signs, and scores
/// that are not numbers or infinite; `tests/wasm.rs` runs it in the WASM build (the native
/// build's own test is `best_allowed_matches_the_scan`).
#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
pub(crate) fn vector_best_disagreement(mut seed: u64) -> Option<String> {
    use super::super::tags::N_TAGS;
    use super::{best_allowed, best_allowed_scan, ALLOWED, CAN_END};
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for round in 0..5_000 {
        let scores = made_up_scores(round, &mut next);
        for prev in 0..=N_TAGS as Tag + 1 {
            for last in [false, true] {
                let mut mask = ALLOWED.get(prev as usize).copied().unwrap_or(0);
                if last {
                    mask &= CAN_END;
                }
                let scan = best_allowed_scan(&scores, mask);
                let vector = first_best(&scores, mask);
                // Finite scores take the vector path.
                let finite = round % 4 != 3 && mask != 0;
                if best_allowed(&scores, prev, last) != scan
                    || vector.is_some_and(|t| t != scan)
                    || finite && vector.is_none()
                {
                    return Some(format!(
                        "{scores:?} after {prev}, last {last}: {vector:?}, {scan}"
                    ));
                }
            }
        }
    }
    None
}
