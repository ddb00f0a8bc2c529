//! The best allowed tag of a scored token, chosen over the 21 scores at once with AVX2 (native
//! builds on a CPU that has it): the scan over the allowed tags' bits took ~120 instructions a
//! scored token in each pass (eleven tags may follow O), this ~75 with its call and the check
//! of the CPU (the score loop of both passes: 1.7 M instructions less on 300 KB of news).

use super::super::model::Scores;
use super::super::tags::Tag;

/// The first tag of `mask` (bit `t` for tag `t`) whose score is the highest of `mask`'s, as
/// the plain scan gives it (the first of equal scores); `None` when a score is not a number or
/// the highest is minus infinity (never, as the scores are sums of integer weights: the caller
/// then scans, so the two paths agree on any scores).
#[cfg(target_arch = "x86_64")]
#[inline]
pub(super) fn first_best(scores: &Scores, mask: u32) -> Option<Tag> {
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the CPU has AVX2 (checked just above; the check is cached by std).
        return unsafe { first_best_avx2(scores, mask) };
    }
    None
}

/// (No vector path elsewhere: the caller scans.)
#[cfg(not(target_arch = "x86_64"))]
#[inline(always)]
pub(super) fn first_best(_scores: &Scores, _mask: u32) -> Option<Tag> {
    None
}

/// The three groups of eight lanes read: tags 0–7, 8–15 and 13–20 (the last overlaps the
/// second, so no load reads past the 21 scores; a tag in both lanes counts once in the bits).
#[cfg(target_arch = "x86_64")]
const STARTS: [usize; 3] = [0, 8, super::super::tags::N_TAGS - 8];

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn first_best_avx2(scores: &Scores, mask: u32) -> Option<Tag> {
    use std::arch::x86_64::*;
    let lane_bits = _mm256_setr_epi32(1, 2, 4, 8, 16, 32, 64, 128);
    let low = _mm256_set1_ps(f32::NEG_INFINITY);
    // Each group's scores, the tags outside `mask` set to minus infinity.
    let group = |start: usize| -> __m256 {
        // SAFETY (of the load): `start + 8 <= N_TAGS` for every start of STARTS.
        let v = _mm256_loadu_ps(scores.as_ptr().add(start));
        let bits = _mm256_set1_epi32((mask >> start) as i32);
        let on = _mm256_cmpeq_epi32(_mm256_and_si256(bits, lane_bits), lane_bits);
        _mm256_blendv_ps(low, v, _mm256_castsi256_ps(on))
    };
    let [a, b, c] = STARTS.map(group);
    let nan = _mm256_or_ps(
        _mm256_cmp_ps(a, b, _CMP_UNORD_Q),
        _mm256_cmp_ps(c, c, _CMP_UNORD_Q),
    );
    // The highest score, in every lane.
    let m = _mm256_max_ps(_mm256_max_ps(a, b), c);
    let m = _mm256_max_ps(m, _mm256_permute2f128_ps(m, m, 1));
    let m = _mm256_max_ps(m, _mm256_shuffle_ps(m, m, 0b0100_1110));
    let m = _mm256_max_ps(m, _mm256_shuffle_ps(m, m, 0b1011_0001));
    // The tags whose (allowed) score is it; the lowest wins.
    let hit = |v: __m256, start: usize| -> u32 {
        (_mm256_movemask_ps(_mm256_cmp_ps(v, m, _CMP_EQ_OQ)) as u32) << start
    };
    let found = (hit(a, STARTS[0]) | hit(b, STARTS[1]) | hit(c, STARTS[2])) & mask;
    let usable = _mm256_movemask_ps(nan) == 0 && _mm256_cvtss_f32(m) > f32::NEG_INFINITY;
    (usable && found != 0).then(|| found.trailing_zeros() as Tag)
}
