//! A word's shapes ([`shapes`]), made once per distinct word.

use super::{hash_bytes, hash_short};

/// Shape of a word: `Sunak` → `Xxxxx`, short shape `Xx`; digits `d`, other letters `o`. Built in
/// stack buffers (every shape character is ASCII): this runs for every token.
/// `ascii`: whether `word` is ASCII (its caller tells it once for its other tests too).
#[inline(always)]
pub(super) fn shapes(word: &str, ascii: bool) -> (u64, u64) {
    if ascii {
        return ascii_shapes(word.as_bytes());
    }
    let (mut long, mut long_len) = ([0u8; 12], 0);
    let (mut short, mut short_len) = ([0u8; 24], 0);
    for c in word.chars() {
        let s = shape_of_char(c);
        if let Some(slot) = long.get_mut(long_len) {
            *slot = s;
            long_len += 1;
        }
        if short_len == 0 || short.get(short_len - 1) != Some(&s) {
            if let Some(slot) = short.get_mut(short_len) {
                *slot = s;
                short_len += 1;
            }
        }
    }
    (
        hash_bytes(long.get(..long_len).unwrap_or(&[])),
        hash_bytes(short.get(..short_len).unwrap_or(&[])),
    )
}

/// [`shapes`] of an ASCII word: an ASCII character is upper- or lower-case, a digit or
/// alphabetic exactly when it is so in ASCII, so each byte's shape is one look in
/// [`ASCII_SHAPE`]; the long shape is the first 12 of them, the short one each run's first
/// (up to 24), written to fixed buffers with no check of their room per byte.
fn ascii_shapes(b: &[u8]) -> (u64, u64) {
    let mut long = [0u8; 12];
    let long_len = b.len().min(12);
    for (slot, &c) in long.iter_mut().zip(b) {
        *slot = ASCII_SHAPE[c as usize & 0x7f];
    }
    // One slot more than kept: a write past the 24th is dropped by the cut below.
    let mut short = [0u8; 25];
    let mut short_len = 0;
    // (A shape byte is below 128: 256 is no byte's.)
    let mut last = 256u16;
    for &c in b {
        let s = ASCII_SHAPE[c as usize & 0x7f];
        if u16::from(s) != last {
            if let Some(slot) = short.get_mut(short_len) {
                *slot = s;
            }
            if short_len == 24 {
                break;
            }
            short_len += 1;
            last = u16::from(s);
        }
    }
    (
        hash_of_buffer(&long, long_len),
        hash_of_buffer(&short, short_len),
    )
}

/// [`hash_bytes`] of the first `len` bytes of `buf`, whose bytes past `len` are zero: a shape
/// under eight bytes (most short shapes, and the long shapes of short words) read as one
/// number and hashed by [`hash_short`] (no slice, no loop).
#[inline(always)]
fn hash_of_buffer(buf: &[u8], len: usize) -> u64 {
    match buf.first_chunk::<8>() {
        Some(head) if len < 8 => hash_short(u64::from_le_bytes(*head), len),
        _ => hash_bytes(buf.get(..len).unwrap_or(&[])),
    }
}

/// The shape byte of each ASCII character ([`shape_of_char`]).
const ASCII_SHAPE: [u8; 128] = {
    let mut table = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = match b as u8 {
            b'A'..=b'Z' => b'X',
            b'a'..=b'z' => b'x',
            b'0'..=b'9' => b'd',
            c => c,
        };
        b += 1;
    }
    table
};

/// A character's place in a word's shape ([`shapes`]).
pub(super) fn shape_of_char(c: char) -> u8 {
    if c.is_uppercase() {
        b'X'
    } else if c.is_lowercase() {
        b'x'
    } else if c.is_ascii_digit() {
        b'd'
    } else if c.is_alphabetic() {
        b'o'
    } else if c.is_ascii() {
        c as u8
    } else {
        b'*'
    }
}
