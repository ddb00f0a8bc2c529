//! The words of [`is_rule_cue`](super::is_rule_cue)'s plain lists as written, in one table made
//! when compiling (native builds; no cost at start-up): one look-up where the lists' `matches!`
//! cost ~236 instructions a word of CoNLL, most of whose distinct words are in none.

use super::super::*;
use super::OTHER_CUE_WORDS;

/// Slots of the table (a power of two, about four times the lists' ~170 words).
const SLOTS: usize = 1024;

/// The longest word the table holds (the lists' are at most 12 bytes).
const LONGEST: usize = 16;

/// A word's key (its bytes as two little-endian numbers, the bytes past it zeros) and its
/// length; an empty slot has length 0.
#[derive(Clone, Copy)]
struct Slot {
    lo: u64,
    hi: u64,
    len: usize,
}

/// The lists whose words are cues as written (`table_matches_the_cue_lists` checks each word
/// and words near them against [`super::is_rule_cue_by_lists`]); the state codes below.
const LISTS: [&[&[u8]]; 12] = [
    STORM_WORDS,
    BUILDING_CUE_WORDS,
    OTHER_CUE_WORDS,
    SITE_NOUN_WORDS,
    WORK_NOUN_WORDS,
    VEHICLE_NOUN_WORDS,
    SKY_BODY_NOUN_WORDS,
    STRONG_SUFFIX_WORDS,
    WEAK_SUFFIX_WORDS,
    FORCE_WORDS,
    FOREIGN_PREPOSITION_WORDS,
    VIETNAMESE_FAMILY_WORDS,
];

/// The first slot a key is looked for in (then the ones after it).
const fn home(lo: u64, hi: u64, len: usize) -> usize {
    let mixed = (lo ^ hi.rotate_left(29) ^ len as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    (mixed >> (64 - SLOTS.trailing_zeros())) as usize
}

/// The key of `w` (1 to [`LONGEST`] bytes), else `None`.
const fn key_of(w: &[u8]) -> Option<(u64, u64)> {
    if w.is_empty() || w.len() > LONGEST {
        return None;
    }
    let (mut lo, mut hi) = (0u64, 0u64);
    let mut i = 0;
    while i < w.len() {
        if i < 8 {
            lo |= (w[i] as u64) << (8 * i);
        } else {
            hi |= (w[i] as u64) << (8 * (i - 8));
        }
        i += 1;
    }
    Some((lo, hi))
}

/// `slots` with `w` added (a word there already is left).
const fn add(mut slots: [Slot; SLOTS], w: &[u8]) -> [Slot; SLOTS] {
    let Some((lo, hi)) = key_of(w) else {
        panic!("a listed cue of 1 to 16 bytes");
    };
    let len = w.len();
    let mut at = home(lo, hi, len);
    loop {
        let slot = slots[at];
        if slot.len == 0 {
            slots[at] = Slot { lo, hi, len };
            return slots;
        }
        if slot.lo == lo && slot.hi == hi && slot.len == len {
            return slots;
        }
        at = (at + 1) % SLOTS;
    }
}

/// The table.
static TABLE: [Slot; SLOTS] = {
    let mut slots = [Slot {
        lo: 0,
        hi: 0,
        len: 0,
    }; SLOTS];
    let mut l = 0;
    while l < LISTS.len() {
        let words = LISTS[l];
        let mut k = 0;
        while k < words.len() {
            slots = add(slots, words[k]);
            k += 1;
        }
        l += 1;
    }
    let mut k = 0;
    while k < STATE_CODES.len() {
        slots = add(slots, STATE_CODES[k]);
        k += 1;
    }
    slots
};

/// Whether `w` (at most [`LONGEST`] bytes; a longer word is in no list) is a listed cue.
pub(in crate::entities::rules) fn listed(w: &[u8]) -> bool {
    if w.is_empty() || w.len() > LONGEST {
        return false;
    }
    let mut buf = [0u8; LONGEST];
    if let Some(to) = buf.get_mut(..w.len()) {
        to.copy_from_slice(w);
    }
    let (a, b) = buf.split_at(8);
    let word = |half: &[u8]| {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(half);
        u64::from_le_bytes(eight)
    };
    let (lo, hi, len) = (word(a), word(b), w.len());
    let mut at = home(lo, hi, len);
    while let Some(slot) = TABLE.get(at) {
        if slot.len == 0 {
            return false;
        }
        if (slot.lo, slot.hi, slot.len) == (lo, hi, len) {
            return true;
        }
        at = (at + 1) % SLOTS;
    }
    false
}

/// Every listed word (for the tests).
#[cfg(test)]
pub(in crate::entities::rules) fn listed_words() -> Vec<&'static [u8]> {
    LISTS
        .iter()
        .flat_map(|words| words.iter().copied())
        .chain(STATE_CODES.iter().map(|c| &c[..]))
        .collect()
}
