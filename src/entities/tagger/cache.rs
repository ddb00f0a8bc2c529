//! A fixed table of score rows by a 64-bit key, for the caches of [`super::scores`]: each key is a
//! hash of everything its row depends on, so a row found under its key is the row (what the table
//! keeps never changes a result). Two slots per set, the newer first: a look-up reads one or two
//! keys where a hash map's probe cost ~40 instructions, and a full set forgets its older row
//! instead of the whole table being emptied when full.

use super::super::model::Scores;
use super::super::tags::N_TAGS;

/// The key of a slot that holds no row. A row whose key is this is made every time.
const EMPTY: u64 = 0;

pub(super) struct RowCache {
    /// `2 << bits` slots, allocated (zeroed, so untouched pages cost nothing) at the first
    /// look-up: a short text or a pass that never looks needs none.
    slots: Vec<(u64, Scores)>,
    /// log2 of the number of sets.
    bits: u32,
}

impl RowCache {
    /// A table of `1 << bits` sets of two rows (`bits` in 1..=24).
    pub(super) fn new(bits: u32) -> RowCache {
        RowCache {
            slots: Vec::new(),
            bits: bits.clamp(1, 24),
        }
    }

    /// The row of `key`, made by `make` if the table does not hold it.
    #[inline]
    pub(super) fn get_or_make(&mut self, key: u64, make: impl FnOnce() -> Scores) -> Scores {
        if self.slots.is_empty() {
            self.slots = vec![(EMPTY, [0.0; N_TAGS]); 2 << self.bits];
        }
        // The keys are mixed hashes: their top bits pick the set.
        let set = ((key >> (64 - self.bits)) as usize) * 2;
        match self.slots.get(set..set + 2) {
            Some([(k, row), _]) if *k == key && key != EMPTY => return *row,
            Some([_, (k, row)]) if *k == key && key != EMPTY => return *row,
            _ => {}
        }
        let row = make();
        if key != EMPTY {
            if let Some(pair) = self.slots.get_mut(set..set + 2) {
                // The newer row first, the older one kept second.
                pair[1] = pair[0];
                pair[0] = (key, row);
            }
        }
        row
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A row for `key` that tells which key it was made for.
    fn row(key: u64) -> Scores {
        let mut r = [0.0; N_TAGS];
        r[0] = (key % 1000) as f32;
        r[N_TAGS - 1] = (key >> 60) as f32;
        r
    }

    #[test]
    fn gives_the_row_of_each_key_and_makes_it_again_only_when_forgotten() {
        let mut cache = RowCache::new(2);
        let mut made = 0;
        // Keys sharing a set (same top bits) and keys of other sets, the empty key among them.
        let keys: Vec<u64> = (0..40u64)
            .map(|i| ((i % 5) << 62) | (i * 7919))
            .chain([EMPTY, u64::MAX, 1 << 63])
            .collect();
        for round in 0..3 {
            for &k in &keys {
                let got = cache.get_or_make(k, || {
                    made += 1;
                    row(k)
                });
                assert_eq!(got, row(k), "round {round}, key {k:#x}");
            }
        }
        assert!(made >= keys.len(), "every key made at least once");
        // Two keys of one set stay; a third pushes out the older.
        let mut cache = RowCache::new(3);
        let (a, b, c) = ((1u64 << 61) | 1, (1u64 << 61) | 2, (1u64 << 61) | 3);
        let count = |cache: &mut RowCache, k: u64| {
            let mut n = 0;
            cache.get_or_make(k, || {
                n += 1;
                row(k)
            });
            n
        };
        assert_eq!(count(&mut cache, a) + count(&mut cache, b), 2);
        assert_eq!(count(&mut cache, a) + count(&mut cache, b), 0, "both kept");
        assert_eq!(count(&mut cache, c), 1);
        assert_eq!(count(&mut cache, b), 0, "the newer of the two kept");
        assert_eq!(count(&mut cache, a), 1, "the older forgotten");
        assert_eq!(count(&mut cache, EMPTY) + count(&mut cache, EMPTY), 2);
    }
}
