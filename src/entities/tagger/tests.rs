//! Tests of the greedy decoder: the vector best tag against the scan, the skip of tokens that
//! cannot open a name against the plain loop, and the tag masks against the BILOU rules.

use super::*;
use crate::test_rng::XorShift;

/// The vector path picks the tag the scan picks: for every previous tag and sentence end,
/// on scores with many ties (few distinct values), spread values, negative zeros, and
/// scores that are not numbers or infinite.
#[test]
fn best_allowed_matches_the_scan() {
    let mut rng = XorShift::new(0x2545_F491_4F6C_DD1D);
    let mut next = || rng.next_u64();
    for round in 0..20_000 {
        let scores = best::made_up_scores(round, &mut next);
        for prev in 0..=N_TAGS as Tag + 1 {
            for last in [false, true] {
                let mut mask = ALLOWED.get(prev as usize).copied().unwrap_or(0);
                if last {
                    mask &= CAN_END;
                }
                assert_eq!(
                    best_allowed(&scores, prev, last),
                    best_allowed_scan(&scores, mask),
                    "{scores:?} after {prev}, last {last}"
                );
                // (Finite scores take the vector path where there is one.)
                #[cfg(target_arch = "x86_64")]
                if round % 4 != 3 && mask != 0 && std::arch::is_x86_feature_detected!("avx2") {
                    assert!(best::first_best_after(&scores, prev, last).is_some());
                }
            }
        }
    }
}

/// The decoder asks for the scores of the tokens, after the tags, that a plain loop over
/// every token (skipping a token that is not name-like after a closed tag) asks for, and
/// gives the same tags: on sentences of name-like and other words, with scores that open
/// and close names of every kind.
#[test]
fn decoder_skips_as_the_plain_loop_does() {
    let mut rng = XorShift::new(0x9E37_79B9_7F4A_7C15);
    let mut next = move || rng.next_u64();
    for _ in 0..2_000 {
        let n = (next() % 12) as usize;
        let infos: Vec<TokenInfo> = (0..n)
            .map(|_| {
                let w = if next() % 3 == 0 { "Ab" } else { "ab" };
                TokenInfo::new(w, "ab", 1, 0, 0)
            })
            .collect();
        let seed = next();
        let score = |i: usize, prev: Tag, prev2: Tag| -> Scores {
            let mut s = [0.0; N_TAGS];
            let mut h = seed ^ (i as u64) << 16 ^ u64::from(prev) << 8 ^ u64::from(prev2);
            for v in s.iter_mut() {
                h = h.wrapping_mul(0x2545_F491_4F6C_DD1D).rotate_left(23);
                *v = (h % 9) as f32;
            }
            s
        };
        let mut asked = Vec::new();
        let mut tags = Vec::new();
        decode_sentence(
            &infos,
            |i, p, p2| {
                asked.push((i, p, p2));
                score(i, p, p2)
            },
            &mut tags,
        );
        let (mut want_asked, mut want) = (Vec::new(), Vec::new());
        let (mut prev, mut prev2) = (START, START);
        for (i, info) in infos.iter().enumerate() {
            let t = if closes(prev) && !info.name_like() {
                O
            } else {
                want_asked.push((i, prev, prev2));
                best_allowed(&score(i, prev, prev2), prev, i + 1 == n)
            };
            want.push(t);
            prev2 = prev;
            prev = t;
        }
        assert_eq!(asked, want_asked);
        assert_eq!(tags, want);
    }
}

/// The decoder's masks say what [`tags::allowed`] and [`tags::can_end`] say, for every pair.
#[test]
fn tag_masks_match_the_bilou_rules() {
    for prev in 0..=N_TAGS as Tag {
        let p = (prev != START).then_some(prev);
        for next in 0..N_TAGS as Tag {
            let bit = (ALLOWED[prev as usize] >> next) & 1 != 0;
            assert_eq!(bit, tags::allowed(p, next), "{prev} → {next}");
        }
    }
    for t in 0..N_TAGS as Tag {
        assert_eq!((CAN_END >> t) & 1 != 0, tags::can_end(t), "{t}");
    }
    for prev in 0..=u8::MAX {
        let want = prev == START || (prev < N_TAGS as Tag && tags::can_end(prev));
        assert_eq!(closes(prev), want, "{prev}");
    }
}
