//! The lexicon's words of one to eight ASCII letters (nearly every word looked up), keyed by
//! their packed lower-case bytes in an open-addressed table: a multiply, a shift and most often
//! one compare, where the general map's lookup cost ~100 instructions a word.

use super::Word;

/// Fibonacci hashing's multiplier (2^64 / the golden ratio).
const SPREAD: u64 = 0x9E37_79B9_7F4A_7C15;

pub(super) struct ShortTable {
    /// Packed key (never 0: a key holds at least one letter) and index into `words`; a slot
    /// of key 0 is empty. Its length is a power of two, at least twice the words, so a probe
    /// always meets an empty slot.
    slots: Vec<(u64, u32)>,
    words: Vec<Word>,
    /// 64 − log2 of the slots: the hash is the product's top bits.
    shift: u32,
}

impl ShortTable {
    pub(super) fn new(entries: impl ExactSizeIterator<Item = (u64, Word)>) -> ShortTable {
        let size = (2 * entries.len()).next_power_of_two().max(2);
        let mut table = ShortTable {
            slots: vec![(0, 0); size],
            words: Vec::with_capacity(entries.len()),
            shift: 64 - size.trailing_zeros(),
        };
        let mask = size - 1;
        for (key, word) in entries {
            let Ok(index) = u32::try_from(table.words.len()) else {
                break;
            };
            let mut at = table.home(key);
            while let Some(slot) = table.slots.get_mut(at) {
                if slot.0 == 0 || slot.0 == key {
                    // A key listed twice keeps its last word, as a map's insert does.
                    *slot = (key, index);
                    table.words.push(word);
                    break;
                }
                at = (at + 1) & mask;
            }
        }
        table
    }

    #[inline(always)]
    fn home(&self, key: u64) -> usize {
        (key.wrapping_mul(SPREAD) >> self.shift) as usize
    }

    /// The word of packed key `key`.
    #[inline]
    pub(super) fn get(&self, key: u64) -> Option<&Word> {
        let mask = self.slots.len() - 1;
        let mut at = self.home(key);
        loop {
            let &(k, index) = self.slots.get(at)?;
            if k == key {
                return self.words.get(index as usize);
            }
            if k == 0 {
                return None;
            }
            at = (at + 1) & mask;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_is_found_and_no_other() {
        // Keys of many lengths that crowd the table's slots (consecutive packed values), and
        // the lexicon's own words.
        let keys: Vec<u64> = (1..2000u64).map(|k| (k * 0x0101 + k % 7) << 40).collect();
        let word = |k: u64| Word {
            ordinal: Some(k),
            ..Word::default()
        };
        let table = ShortTable::new(keys.iter().map(|&k| (k, word(k))));
        for &k in &keys {
            assert_eq!(table.get(k).and_then(|w| w.ordinal), Some(k), "{k}");
        }
        for k in (1..2000u64).map(|k| (k * 0x0101 + 3 + k % 7) << 40) {
            if !keys.contains(&k) {
                assert!(table.get(k).is_none(), "{k}");
            }
        }
        let lexicon = super::super::table();
        // Only keys in lower case are kept short (a lookup lower-cases the word).
        for w in lexicon
            .words()
            .filter(|w| !w.bytes().any(|b| b.is_ascii_uppercase()))
        {
            let Some(key) = super::super::pack(w.as_bytes()) else {
                continue;
            };
            let by_map = lexicon.map.get(w.as_bytes()).map(|w| format!("{w:?}"));
            let by_short = lexicon.short.get(key).map(|w| format!("{w:?}"));
            assert_eq!(by_short, by_map, "{w}");
        }
    }
}
