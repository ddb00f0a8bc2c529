//! How a sentence is cased ([`CaseMode`]): headlines and ALL-CAPS lines make capitalisation
//! meaningless, so the features and the repairs read the mode.

use super::CaseMode;

/// How the sentence is cased, judged by its words of two or more letters.
pub fn case_mode<S: AsRef<str>>(words: &[S]) -> CaseMode {
    case_mode_of(words.iter().map(|w| CaseBits::of(w.as_ref())))
}

/// What [`case_mode`] looks at in one word.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct CaseBits {
    /// Two or more letters.
    letters: bool,
    /// A lower-case letter.
    lower: bool,
    /// Starts with an upper-case letter.
    title: bool,
}

impl CaseBits {
    /// One pass over the bytes of an ASCII word, the same tests on characters otherwise.
    pub(crate) fn of(w: &str) -> CaseBits {
        CaseBits::of_known(w, w.is_ascii())
    }

    /// [`CaseBits::of`] when whether `w` is ASCII is known (`ascii`).
    #[inline(always)]
    pub(crate) fn of_known(w: &str, ascii: bool) -> CaseBits {
        let b = w.as_bytes();
        if ascii {
            // (Told ASCII first, by words of eight bytes: the loop then has no exit and no
            // branch a byte. A byte ORed with 0x20 is a lower-case letter when it was a letter.)
            let (mut letters, mut lower) = (0u32, false);
            for &c in b {
                letters += ((c | 0x20).wrapping_sub(b'a') < 26) as u32;
                lower |= c.wrapping_sub(b'a') < 26;
            }
            CaseBits {
                letters: letters >= 2,
                lower,
                title: b.first().is_some_and(u8::is_ascii_uppercase),
            }
        } else {
            Self::of_chars(w)
        }
    }

    /// [`CaseBits::of`] by characters (any word; the reference the byte path is tested against).
    fn of_chars(w: &str) -> CaseBits {
        CaseBits {
            letters: w.chars().filter(|c| c.is_alphabetic()).nth(1).is_some(),
            lower: w.chars().any(char::is_lowercase),
            title: w.chars().next().is_some_and(char::is_uppercase),
        }
    }
}

/// [`case_mode`] of words described by their [`CaseBits`].
pub(crate) fn case_mode_of(words: impl Iterator<Item = CaseBits>) -> CaseMode {
    let mut counts = CaseCounts::default();
    for w in words {
        counts.add(w);
    }
    counts.mode()
}

/// What [`case_mode_of`] counts, added word by word (so a loop over a sentence's words for
/// another reason counts them on the way): the words of two or more letters, those of them
/// with no lower-case letter, and those starting with an upper-case one, in 32-bit lanes of
/// one number ([`CaseBits::counted`]), so that a word is counted by one addition (the scan
/// counts every token; a sentence has far fewer than 2³² words, so no lane carries).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct CaseCounts(u128);

impl CaseBits {
    /// What the word adds to [`CaseCounts`]: 1 in the lane of each count it is in.
    pub(crate) fn counted(self) -> u128 {
        if !self.letters {
            return 0;
        }
        1 | (!self.lower as u128) << 32 | (self.title as u128) << 64
    }
}

impl CaseCounts {
    pub(crate) fn add(&mut self, w: CaseBits) {
        self.add_counted(w.counted());
    }

    /// Adds a word by its [`CaseBits::counted`].
    #[inline(always)]
    pub(crate) fn add_counted(&mut self, counted: u128) {
        self.0 = self.0.wrapping_add(counted);
    }

    pub(crate) fn mode(&self) -> CaseMode {
        let letters_words = self.0 as u32;
        let upper_words = (self.0 >> 32) as u32;
        let title_words = (self.0 >> 64) as u32;
        // (A word of letters with a lower-case letter is not counted as upper-case: some
        // lower-case letter was seen exactly when the two counts differ.)
        let has_lower = upper_words != letters_words;
        if letters_words >= 2 && !has_lower && upper_words == letters_words {
            CaseMode::AllCaps
        } else if letters_words >= 4 && title_words * 10 >= letters_words * 8 {
            CaseMode::Title
        } else {
            CaseMode::Normal
        }
    }
}

#[cfg(test)]
mod tests {
    use super::CaseBits;

    /// The byte path gives what the character walk gives: every ASCII word of up to two bytes
    /// (all 128 values), and words of three to nine bytes of letters of both cases, digits, marks
    /// and the bytes next to the letters ('@', '[', '`', '{'), with non-ASCII words beside.
    #[test]
    fn ascii_case_bits_match_the_character_walk() {
        let same = |w: &str| {
            let (a, b) = (CaseBits::of(w), CaseBits::of_chars(w));
            assert_eq!(
                (a.letters, a.lower, a.title),
                (b.letters, b.lower, b.title),
                "{w:?}"
            );
        };
        same("");
        for x in 0..128u8 {
            same(&char::from(x).to_string());
            for y in 0..128u8 {
                same(&String::from_utf8(vec![x, y]).unwrap_or_default());
            }
        }
        let parts = [
            "a", "Z", "z", "A", "@", "[", "`", "{", "1", ".", "-", "'", "é", "É",
        ];
        let mut rng = crate::test_rng::XorShift::new(0x2545_F491_4F6C_DD1D);
        for _ in 0..20_000 {
            let x = rng.next_u64();
            let n = 3 + (x % 7) as usize;
            let w: String = (0..n)
                .map(|k| parts[((x >> (6 * k + 3)) % parts.len() as u64) as usize])
                .collect();
            same(&w);
        }
    }
}
