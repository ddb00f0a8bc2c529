//! The packed model's bit codes on random and edge inputs.

use super::*;
use crate::test_rng::XorShift;

/// Writes `values` as (value, bits) pairs and unary numbers, reads them back.
#[test]
fn bits_and_unary_numbers_come_back() {
    let mut rng = XorShift::new(0x9E37_79B9_7F4A_7C15);
    let mut items = Vec::new();
    for _ in 0..5000 {
        let n = rng.below(33) as u32;
        let v = (rng.next_u64() as u32) & if n == 32 { u32::MAX } else { (1 << n) - 1 };
        let q = rng.below(40) as u32;
        items.push((v, n, q));
    }
    items.extend([(u32::MAX, 32, 0), (0, 0, 0), (1, 1, 300), (0, 32, 1)]);
    let mut w = BitWriter::default();
    for &(v, n, q) in &items {
        w.bits(v, n);
        w.unary(q);
    }
    let bytes = w.finish();
    let mut r = BitReader::new(&bytes);
    for &(v, n, q) in &items {
        assert_eq!(r.bits(n), Some(v));
        assert_eq!(r.unary(), Some(q));
    }
    assert!(r.at_end());
}

#[test]
fn a_reader_stops_at_the_end_and_sees_stray_bits() {
    let mut w = BitWriter::default();
    w.bits(0b101, 3);
    let bytes = w.finish();
    assert_eq!(bytes, [0b1010_0000]);
    let mut r = BitReader::new(&bytes);
    assert_eq!(r.bits(3), Some(0b101));
    assert!(r.at_end());
    assert_eq!(r.bits(6), None, "past the last byte");
    assert_eq!(r.unary(), None, "zeros to the end");
    let mut r = BitReader::new(&[0b1010_0100]);
    assert_eq!(r.bits(3), Some(0b101));
    assert!(!r.at_end(), "a one after the last code");
    let r = BitReader::new(&[0, 0]);
    assert!(!r.at_end(), "bytes left unread");
}

/// Codes `symbols` with the Huffman code of their counts and decodes them.
fn huffman_round_trip(symbols: &[u8], alphabet: usize) -> usize {
    let mut counts = vec![0u64; alphabet];
    for &s in symbols {
        counts[usize::from(s)] += 1;
    }
    let lengths = huffman_lengths(&counts);
    let codes = canonical_codes(&lengths);
    let mut w = BitWriter::default();
    for &s in symbols {
        let s = usize::from(s);
        w.bits(codes[s], u32::from(lengths[s]));
    }
    let bytes = w.finish();
    let d = Decoder::new(&lengths).expect("a code");
    let mut r = BitReader::new(&bytes);
    for &s in symbols {
        assert_eq!(d.read(&mut r), Some(s));
    }
    assert!(r.at_end());
    bytes.len()
}

#[test]
fn huffman_codes_come_back() {
    let mut rng = XorShift::new(0x2545_F491_4F6C_DD1D);
    // Skewed like the ranks' bit lengths.
    let skewed: Vec<u8> = (0..20_000)
        .map(|_| (rng.next_u64() as u32).leading_zeros().min(32) as u8)
        .collect();
    let bytes = huffman_round_trip(&skewed, 33);
    // Two bits a symbol is the entropy of that source; Huffman reaches it.
    assert!(bytes < 20_000 * 2 / 8 + 100, "{bytes} bytes");
    let uniform: Vec<u8> = (0..5000).map(|_| rng.below(33) as u8).collect();
    huffman_round_trip(&uniform, 33);
    huffman_round_trip(&[7; 100], 33);
    huffman_round_trip(&[0, 32], 33);
    huffman_round_trip(&[], 33);
}

#[test]
fn codes_too_long_fall_back_to_one_length() {
    // Fibonacci counts make a Huffman tree as deep as the alphabet.
    let mut counts = vec![0u64; 33];
    let (mut a, mut b) = (1u64, 1u64);
    for c in counts.iter_mut() {
        *c = a;
        (a, b) = (b, a + b);
    }
    let lengths = huffman_lengths(&counts);
    assert!(lengths.iter().all(|&l| l == 6), "{lengths:?}");
    assert!(Decoder::new(&lengths).is_some());
}

#[test]
fn bad_lengths_are_refused() {
    assert!(Decoder::new(&[1, 1, 1]).is_none(), "three codes of one bit");
    assert!(Decoder::new(&[25]).is_none(), "longer than the longest");
    let d = Decoder::new(&[2, 2, 0]).expect("an incomplete code");
    let mut r = BitReader::new(&[0b1100_0000]);
    assert_eq!(d.read(&mut r), None, "a code no symbol has");
}
