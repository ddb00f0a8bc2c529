//! A word's exact-word cues by one hashed look-up (native builds; entspeed44): the words of
//! [`WORDS`](super::WORDS), the gates' listed words ([`GATE_LISTS`]) and the listed languages'
//! names ([`LANGUAGE`]). [`super::of`] asked each list in turn of every distinct word: the
//! first byte's group of [`WORDS`](super::WORDS), four `matches!` chains, the languages' search
//! (CoNLL dev: ~420 instructions a word, 4.2 M). The table is made by const evaluation (nothing
//! at start-up); the lists and their functions stay as written for the rules and the WASM, and
//! a test holds the table to them (`speed44_tests`).

use super::*;

/// The gates' lists of exact words and their cues, each list written once (`word_list!` or a
/// constant beside the rule that reads it): the seats' plurals, the clubs' heads, "Broker"
/// (`openers`' broker rule) and the opening roles, the wire rules' cue words, offices and
/// regions' kinds.
pub(in crate::entities::rules) const GATE_LISTS: &[(&[&[u8]], Cues)] = &[
    (super::super::member_bodies::MEMBER_PLURALS, MEMBER_PLURAL),
    (super::super::club_names::CLUB_HEADS, CLUB_HEAD),
    (&[b"Broker"], OPENER),
    (super::super::openers::OPENING_ROLES, OPENER),
    (super::super::wire_names::CUE_WORDS, WIRE),
    (super::super::wire_names::OFFICES, WIRE),
    (super::super::wire_names::REGION_KINDS, WIRE),
];

/// The languages' names, one a line ([`super::super::languages`]).
const LANGUAGES: &[u8] = super::super::languages::LANGUAGES.as_bytes();

/// How many words the table holds at most.
const MOST: usize = 1024;

/// log2 of the number of slots (four for each word at most: short probes).
const SLOT_BITS: u32 = 12;

/// The hash of a word (FNV-1a, 64 bits), when compiling and at a look-up.
#[inline(always)]
const fn hash(w: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < w.len() {
        h ^= w[i] as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
        i += 1;
    }
    h
}

/// A hash's first slot.
#[inline(always)]
const fn slot_of(h: u64) -> usize {
    (h.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - SLOT_BITS)) as usize
}

/// Whether two words are the same bytes (when compiling).
const fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// The table: each word once with all its cues, and the slots (a word's index + 1, 0 when
/// empty; a probe goes on to the next slot) with the word's hash's top 32 bits beside.
struct Table {
    words: [(&'static [u8], Cues); MOST],
    slots: [(u32, u16); 1 << SLOT_BITS],
}

/// Adds `cue` to `w`'s entry, which it makes when `w` has none.
const fn add(t: &mut Table, n: &mut usize, w: &'static [u8], cue: Cues) {
    let h = hash(w);
    let mut at = slot_of(h);
    loop {
        let (top, k) = t.slots[at];
        if k == 0 {
            assert!(*n < MOST);
            t.words[*n] = (w, cue);
            *n += 1;
            t.slots[at] = ((h >> 32) as u32, *n as u16);
            return;
        }
        if top == (h >> 32) as u32 && same(t.words[k as usize - 1].0, w) {
            t.words[k as usize - 1].1 |= cue;
            return;
        }
        at = (at + 1) % (1 << SLOT_BITS);
    }
}

/// [`Table`], made when compiling.
static TABLE: Table = {
    let mut t = Table {
        words: [(b"".as_slice(), 0); MOST],
        slots: [(0, 0); 1 << SLOT_BITS],
    };
    let mut n = 0;
    let mut k = 0;
    while k < WORDS.len() {
        add(&mut t, &mut n, WORDS[k].0, WORDS[k].1);
        k += 1;
    }
    k = 0;
    while k < GATE_LISTS.len() {
        let (list, cue) = GATE_LISTS[k];
        let mut j = 0;
        while j < list.len() {
            add(&mut t, &mut n, list[j], cue);
            j += 1;
        }
        k += 1;
    }
    // The languages' lines: each of the shape `languages::is_language` asks for (four bytes or
    // more, a capital, then a lower-case letter), so that being listed is being one.
    let mut start = 0;
    let mut i = 0;
    while i <= LANGUAGES.len() {
        if i == LANGUAGES.len() || LANGUAGES[i] == b'\n' {
            if i > start {
                let (_, rest) = LANGUAGES.split_at(start);
                let (name, _) = rest.split_at(i - start);
                assert!(name.len() >= 4 && name.len() <= super::super::languages::LONGEST);
                assert!(name[0].is_ascii_uppercase() && name[1].is_ascii_lowercase());
                add(&mut t, &mut n, name, LANGUAGE);
            }
            start = i + 1;
        }
        i += 1;
    }
    t
};

/// The cues of `w` that [`listed`](super::listed), the gates' lists and the languages' give
/// (0 for a word none lists).
#[inline]
pub(in crate::entities::rules) fn listed(w: &[u8]) -> Cues {
    let h = hash(w);
    let top = (h >> 32) as u32;
    let mut at = slot_of(h);
    loop {
        let Some(&(t, k)) = TABLE.slots.get(at) else {
            return 0;
        };
        if k == 0 {
            return 0;
        }
        if t == top {
            if let Some(&(x, c)) = TABLE.words.get(usize::from(k) - 1) {
                if x == w {
                    return c;
                }
            }
        }
        at = (at + 1) & ((1 << SLOT_BITS) - 1);
    }
}
