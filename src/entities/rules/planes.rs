//! The words that the walking rules look for, as bit sets of a sentence (bit `i` for word `i`)
//! made in one pass over its classes: [`companies_before_report_verbs`],
//! [`names_before_articles`] and [`lower_first_names`] each walked every sentence with a name
//! ([`next_with`], ~70–90 instructions a call, ~16,000 calls on 300 KB of news), the first once
//! for every capitalised word. With the sets, a rule takes its candidates with a few `AND`s of
//! the sets (the word before and after tested as well) and the words one by one by their bits.

use super::*;

/// What each bit set holds: the words whose classes masked by the first are the second.
pub(super) const TESTS: [(Classes, Classes); 8] = [
    // A possible subject of a verb of saying ([`companies_before_report_verbs`]).
    (SUBJECT_MASK, SUBJECT_CLASSES),
    // A word in lower case, not capitalised (the word after a possible subject).
    (HAS_LOWER | CAPITALISED, HAS_LOWER),
    // A capitalised word.
    (CAPITALISED, CAPITALISED),
    // An article in lower case ([`names_before_articles`]).
    (LOWER_ARTICLE, ARTICLE | HAS_LOWER),
    // A word that may be named before an article.
    (
        CAPITALISED | HAS_ALPHA | NEVER_BEFORE_ARTICLE,
        CAPITALISED | HAS_ALPHA,
    ),
    // A word of a name that starts in lower case ([`lower_first_names`]).
    (LOWER_FIRST_MASK, LOWER_FIRST_CLASSES),
    // A word in lower case that no title-case headline has ([`headline_like`]).
    (CAPITALISED | HAS_LOWER | HEADLINE_MINOR, HAS_LOWER),
    // A score-shaped word ("2-1": [`clubs`]' gate in [`repair_into`]).
    (SCORE_MASK, SCORE_SHAPE),
];

/// Most words a sentence's bit sets hold.
const MAX_WORDS: usize = 64;

/// A sentence's bit sets (each [`TESTS`]' words) and the union of its words' classes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Planes {
    sets: [u64; TESTS.len()],
    pub(super) union: Classes,
}

impl Planes {
    /// The sets of a sentence of at most 64 words, made four words at a time with AVX2 (native
    /// builds on a CPU that has it); `None` elsewhere, where the rules walk as before (the
    /// WASM's walks are its own: [`next_with`]).
    pub(super) fn of(cl: &[Classes]) -> Option<Planes> {
        #[cfg(target_arch = "x86_64")]
        if cl.len() <= MAX_WORDS && std::arch::is_x86_feature_detected!("avx2") {
            // SAFETY: the CPU has AVX2 (checked just above; the check is cached by std).
            return Some(unsafe { planes_avx2(cl) });
        }
        let _ = cl;
        None
    }

    /// The plain form of [`Planes::of`] (any sentence of at most 64 words): the reference of
    /// the tests.
    #[cfg(test)]
    pub(super) fn plain(cl: &[Classes]) -> Option<Planes> {
        if cl.len() > MAX_WORDS {
            return None;
        }
        let mut sets = [0; TESTS.len()];
        for (i, &c) in cl.iter().enumerate() {
            for (set, &(mask, value)) in sets.iter_mut().zip(&TESTS) {
                *set |= u64::from(c & mask == value) << i;
            }
        }
        let union = cl.iter().fold(0, |all, &c| all | c);
        Some(Planes { sets, union })
    }

    /// The words that may be a company's name before a verb of saying: [`SUBJECT_MASK`]'s
    /// words followed by a word in lower case and after no capitalised word (what
    /// [`companies_before_report_verbs`] asks before it reads a word).
    pub(super) fn subjects(&self) -> u64 {
        let [subject, lower, capitalised, ..] = self.sets;
        subject & (lower >> 1) & !(capitalised << 1)
    }

    /// The articles in lower case after the first two words whose word before may be a name
    /// ([`names_before_articles`]).
    pub(super) fn articles_after_names(&self) -> u64 {
        let [_, _, _, article, before, ..] = self.sets;
        article & (before << 1) & !0b11
    }

    /// The words of [`LOWER_FIRST_MASK`]'s classes ([`lower_first_names`]).
    pub(super) fn lower_first(&self) -> u64 {
        self.sets[5]
    }

    /// Whether a word in lower case is no short word of a title-case headline: then, in
    /// normally cased text, the sentence is no headline ([`headline_like`]).
    pub(super) fn no_headline_in_normal_case(&self) -> bool {
        self.sets[6] != 0
    }

    /// Whether a word has the shape of a score ([`SCORE_MASK`], [`SCORE_SHAPE`]).
    pub(super) fn score_shaped(&self) -> bool {
        self.sets[7] != 0
    }
}

/// [`Planes::of`] with AVX2: each word's classes loaded once a four, ANDed with each test's
/// mask, compared with its value, the four answers' top bits gathered (`movemask`).
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn planes_avx2(cl: &[Classes]) -> Planes {
    use std::arch::x86_64::*;
    let tests = TESTS.map(|(mask, value)| {
        (
            _mm256_set1_epi64x(mask as i64),
            _mm256_set1_epi64x(value as i64),
        )
    });
    let mut sets = [0u64; TESTS.len()];
    let mut any = _mm256_setzero_si256();
    let mut fours = cl.chunks_exact(4);
    let mut at = 0;
    for four in &mut fours {
        // SAFETY (of the load): `four` is four classes, 32 bytes.
        let x = _mm256_loadu_si256(four.as_ptr().cast::<__m256i>());
        any = _mm256_or_si256(any, x);
        for (set, (m, v)) in sets.iter_mut().zip(&tests) {
            let hit = _mm256_cmpeq_epi64(_mm256_and_si256(x, *m), *v);
            *set |= u64::from(_mm256_movemask_pd(_mm256_castsi256_pd(hit)) as u32) << at;
        }
        at += 4;
    }
    // The last one to three words as a four padded with zeros (which add nothing to the
    // union), the padding's answers masked off: a word at a time cost ~6 instructions a test.
    let rest = fours.remainder();
    if !rest.is_empty() {
        let mut padded = [0u64; 4];
        for (slot, &c) in padded.iter_mut().zip(rest) {
            *slot = c;
        }
        let valid = (1u32 << rest.len()) - 1;
        // SAFETY (of the load): `padded` is four classes, 32 bytes.
        let x = _mm256_loadu_si256(padded.as_ptr().cast::<__m256i>());
        any = _mm256_or_si256(any, x);
        for (set, (m, v)) in sets.iter_mut().zip(&tests) {
            let hit = _mm256_cmpeq_epi64(_mm256_and_si256(x, *m), *v);
            let bits = _mm256_movemask_pd(_mm256_castsi256_pd(hit)) as u32 & valid;
            *set |= u64::from(bits) << at;
        }
    }
    let mut lanes = [0u64; 4];
    // SAFETY (of the store): `lanes` is 32 bytes.
    _mm256_storeu_si256(lanes.as_mut_ptr().cast::<__m256i>(), any);
    let union = lanes.iter().fold(0, |all, &l| all | l);
    Planes { sets, union }
}

/// The words a rule looks at in turn: a sentence's bits ([`Planes`]) or, without them, the
/// words [`next_with`] finds one after the other (of classes masked by `mask` equal to
/// `value`; a rule tests the rest of what the bits tell on each word it is given).
pub(super) enum Walk<'a> {
    Bits(u64),
    Scan {
        cl: &'a [Classes],
        from: usize,
        mask: Classes,
        value: Classes,
    },
}

impl<'a> Walk<'a> {
    /// The walk of `bits` when there are planes, else of [`next_with`] from `from`.
    pub(super) fn new(
        planes: Option<&Planes>,
        bits: fn(&Planes) -> u64,
        cl: &'a [Classes],
        from: usize,
        mask: Classes,
        value: Classes,
    ) -> Walk<'a> {
        match planes {
            Some(p) => Walk::Bits(bits(p)),
            None => Walk::Scan {
                cl,
                from,
                mask,
                value,
            },
        }
    }
}

impl Iterator for Walk<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        match self {
            Walk::Bits(bits) => {
                if *bits == 0 {
                    return None;
                }
                let i = bits.trailing_zeros() as usize;
                *bits &= *bits - 1;
                Some(i)
            }
            Walk::Scan {
                cl,
                from,
                mask,
                value,
            } => {
                let i = next_with(cl, *from, *mask, *value)?;
                *from = i + 1;
                Some(i)
            }
        }
    }
}
