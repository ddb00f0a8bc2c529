//! The table of the word lists' words that [`bare_lists`](super::bare_lists) reads (native
//! builds), made when compiling (no cost at start-up): one look-up by a word's bare form where
//! the ~20 lists' `matches!` cost ~390 instructions a word.

use super::super::text::Bare;
use super::*;

/// Slots of the table (a power of two, about three times the lists' ~700 words).
const SLOTS: usize = 2048;

/// A word's key ([`Bare::key`]: its bytes as two numbers, its length) and the classes of
/// the lists holding it; an empty slot has length 0.
#[derive(Clone, Copy)]
struct Slot {
    lo: u64,
    hi: u64,
    len: usize,
    classes: Classes,
}

/// The first slot a key is looked for in (then the ones after it).
const fn home(lo: u64, hi: u64, len: usize) -> usize {
    let mixed = (lo ^ hi.rotate_left(29) ^ len as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    (mixed >> (64 - SLOTS.trailing_zeros())) as usize
}

/// Each list's words and the classes a word of it has. A list that takes in another
/// (`is_non_name` the months, `is_org_head` the business heads, `is_any_month` the months)
/// is written out here as well; [`OPENS_ORG`] (a test of [`ORG_HEAD`]'s words) and
/// [`BARE_NUMBER`] are asked at the look-up. `table_matches_the_lists` checks every
/// listed word.
const LISTS: [(&[&[u8]], Classes); 20] = [
    (HONORIFIC_WORDS, HONORIFIC),
    (TITLE_MODIFIER_WORDS, TITLE_MODIFIER),
    (PLAIN_HONORIFIC_WORDS, PLAIN_HONORIFIC),
    (ORG_HEAD_WORDS, ORG_HEAD),
    (BUSINESS_HEAD_WORDS, ORG_HEAD),
    (FACILITY_HEAD_WORDS, FACILITY_HEAD),
    (GEO_HEAD_WORDS, GEO_HEAD),
    (COMPETITION_HEAD_WORDS, COMPETITION_HEAD),
    (NON_NAME_WORDS, NON_NAME),
    (MONTH_WORDS, NON_NAME | MONTH | ANY_MONTH),
    (ANY_MONTH_WORDS, ANY_MONTH),
    (COUNTED_NOUN_WORDS, COUNTED_NOUN),
    (WEEKDAY_WORDS, WEEKDAY),
    (HEADER_WORDS, HEADER_WORD),
    (HEADLINE_MINOR_WORDS, HEADLINE_MINOR),
    (EVENT_HEAD_WORDS, EVENT_HEAD),
    (NEWSPAPER_HEAD_WORDS, NEWSPAPER_HEAD),
    (GOVERNMENT_HEAD_WORDS, GOVERNMENT_HEAD),
    (HEADLINE_VERB_WORDS, HEADLINE_VERB),
    (ORG_KIND_WORDS, ORG_KIND),
];

/// The key of a listed word that some bare form may equal (1 to 16 bytes, ASCII, no
/// capital: [`bare`] lower-cases), else `None`.
const fn key_of(w: &[u8]) -> Option<(u64, u64)> {
    if w.is_empty() || w.len() > 16 {
        return None;
    }
    let mut bytes = [0u8; 16];
    let mut i = 0;
    while i < w.len() {
        if w[i] >= 0x80 || w[i].is_ascii_uppercase() {
            return None;
        }
        bytes[i] = w[i];
        i += 1;
    }
    let (mut lo, mut hi) = (0u64, 0u64);
    let mut k = 0;
    while k < 8 {
        lo |= (bytes[k] as u64) << (8 * k);
        hi |= (bytes[k + 8] as u64) << (8 * k);
        k += 1;
    }
    Some((lo, hi))
}

/// The table.
static TABLE: [Slot; SLOTS] = {
    let mut slots = [Slot {
        lo: 0,
        hi: 0,
        len: 0,
        classes: 0,
    }; SLOTS];
    let mut l = 0;
    while l < LISTS.len() {
        let (words, classes) = LISTS[l];
        let mut k = 0;
        while k < words.len() {
            let w = words[k];
            if let Some((lo, hi)) = key_of(w) {
                let len = w.len();
                let mut at = home(lo, hi, len);
                loop {
                    let slot = &mut slots[at];
                    if slot.len == 0 {
                        *slot = Slot {
                            lo,
                            hi,
                            len,
                            classes,
                        };
                        break;
                    }
                    if slot.lo == lo && slot.hi == hi && slot.len == len {
                        slot.classes |= classes;
                        break;
                    }
                    at = (at + 1) % SLOTS;
                }
            }
            k += 1;
        }
        l += 1;
    }
    slots
};

/// [`bare_lists`] of `b` (non-empty) from the table: a word no list holds has a number's
/// class at most.
pub(in crate::entities::rules) fn of(b: Bare) -> Classes {
    let (lo, hi, len) = b.key();
    let mut at = home(lo, hi, len);
    let mut c = 0;
    while let Some(slot) = TABLE.get(at) {
        if slot.len == 0 {
            break;
        }
        if (slot.lo, slot.hi, slot.len) == (lo, hi, len) {
            c = slot.classes;
            if c & ORG_HEAD != 0 && opens_org_name(b) {
                c |= OPENS_ORG;
            }
            break;
        }
        at = (at + 1) % SLOTS;
    }
    if is_number(b) {
        c |= BARE_NUMBER;
    }
    c
}

/// Every listed word (for the tests).
#[cfg(test)]
pub(in crate::entities::rules) fn listed_words() -> Vec<&'static [u8]> {
    LISTS
        .iter()
        .flat_map(|(words, _)| words.iter().copied())
        .collect()
}
