//! A word's shapes ([`shapes`]), made once per distinct word.

use super::hash_bytes;

/// Shape of a word: `Sunak` → `Xxxxx`, short shape `Xx`; digits `d`, other letters `o`. Built in
/// stack buffers (every shape character is ASCII): this runs for every token.
pub(super) fn shapes(word: &str) -> (u64, u64) {
    let (mut long, mut long_len) = ([0u8; 12], 0);
    let (mut short, mut short_len) = ([0u8; 24], 0);
    let mut put = |s: u8| {
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
    };
    if word.is_ascii() {
        // An ASCII character is upper- or lower-case, a digit or alphabetic exactly when it
        // is so in ASCII: the classes below by byte, without decoding characters.
        for &b in word.as_bytes() {
            put(match b {
                b'A'..=b'Z' => b'X',
                b'a'..=b'z' => b'x',
                b'0'..=b'9' => b'd',
                _ => b,
            });
        }
    } else {
        for c in word.chars() {
            put(shape_of_char(c));
        }
    }
    (
        hash_bytes(long.get(..long_len).unwrap_or(&[])),
        hash_bytes(short.get(..short_len).unwrap_or(&[])),
    )
}

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
