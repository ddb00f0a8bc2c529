//! The tokenizer's walk over the text by 64-byte windows (x86-64): each window's white space,
//! line ends, non-ASCII bytes and '/' or '|' as four bit masks made with SSE2 (part of every
//! x86-64 CPU), so the white space between words is passed and an ASCII chunk's end found by a
//! trailing-zero count, where the byte loop tested and decoded byte by byte (it took ~165
//! instructions a token on the example article repeated). An ASCII chunk running past its window
//! into the next is cut by the next window's masks; a chunk that meets a non-ASCII byte or runs
//! on further goes to the byte loop ([`super::byte_step`]), so both give the same tokens
//! (`tokenizer::tests::tokenize_matches_the_first_one`).

use super::{byte_step, peel::peel, split_chunk, Tokens};

/// The window's bytes of each kind, bit `k` for byte `k`.
#[derive(Clone, Copy, Default, PartialEq, Debug)]
pub(super) struct Masks {
    /// ASCII white space (' ', '\t', '\n', '\x0b', '\x0c', '\r').
    pub(super) space: u64,
    /// '\n'.
    pub(super) line_end: u64,
    /// Bytes of non-ASCII characters.
    pub(super) high: u64,
    /// '/' and '|' (a chunk with one is split).
    pub(super) split: u64,
}

/// Bytes a window holds.
const WINDOW: usize = 64;

/// The masks of the 64 bytes of `window`.
#[inline(always)]
pub(super) fn masks_of(window: &[u8; WINDOW]) -> Masks {
    use std::arch::x86_64::*;
    let mut m = Masks::default();
    for (k, part) in window.chunks_exact(16).enumerate() {
        // SAFETY: SSE2 is part of the x86-64 baseline (every such CPU has it, and the target
        // enables it); the unaligned load reads the 16 bytes of `part`.
        let [space, line_end, high, split] = unsafe {
            let v = _mm_loadu_si128(part.as_ptr().cast::<__m128i>());
            // '\t'..='\r' (9..=13) by two signed compares: the non-ASCII bytes are negative.
            let control = _mm_and_si128(
                _mm_cmpgt_epi8(v, _mm_set1_epi8(8)),
                _mm_cmplt_epi8(v, _mm_set1_epi8(14)),
            );
            let space = _mm_or_si128(control, _mm_cmpeq_epi8(v, _mm_set1_epi8(b' ' as i8)));
            let line_end = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'\n' as i8));
            let split = _mm_or_si128(
                _mm_cmpeq_epi8(v, _mm_set1_epi8(b'/' as i8)),
                _mm_cmpeq_epi8(v, _mm_set1_epi8(b'|' as i8)),
            );
            [space, line_end, v, split].map(|x| _mm_movemask_epi8(x) as u16)
        };
        let bits = |x: u16| u64::from(x) << (16 * k);
        m.space |= bits(space);
        m.line_end |= bits(line_end);
        m.high |= bits(high);
        m.split |= bits(split);
    }
    m
}

/// The masks of the window of `bytes` starting at `at`; past the text's end, spaces.
#[inline(always)]
fn masks_at(bytes: &[u8], at: usize) -> Masks {
    if let Some(window) = bytes.get(at..).and_then(|r| r.first_chunk::<WINDOW>()) {
        return masks_of(window);
    }
    let mut window = [b' '; WINDOW];
    let rest = bytes.get(at..).unwrap_or(&[]);
    let n = rest.len().min(WINDOW);
    window[..n].copy_from_slice(&rest[..n]);
    masks_of(&window)
}

/// [`super::tokenize_flat`] walking the text by windows.
pub(super) fn tokenize_by_masks(text: &str) -> Tokens {
    let mut out = Tokens::default();
    let bytes = text.as_bytes();
    let n = bytes.len();
    // The next byte to look at.
    let mut i = 0;
    // The masks of the window a chunk running past its window ended in, and where it starts.
    let mut carried: Option<(usize, Masks)> = None;
    while i < n {
        // The window holding byte `i` starts at `w` (a multiple of WINDOW); `from` is `i` in it.
        let w = i - i % WINDOW;
        let mut from = i % WINDOW;
        let m = match carried.take() {
            Some((at, m)) if at == w => m,
            _ => masks_at(bytes, w),
        };
        // Offsets in the window from here on (`from` < WINDOW while the loop runs).
        i = loop {
            let ahead = u64::MAX << from;
            // The white space from `from` on: passed, a sentence ended if a line end is among
            // it. (Past the text's end the window is spaces: a word bit is a byte of the text.)
            let word = !m.space & ahead;
            if word == 0 {
                if m.line_end & ahead != 0 {
                    out.end_sentence();
                }
                break w + WINDOW;
            }
            let at = word.trailing_zeros() as usize;
            if m.line_end != 0 && m.line_end & ahead & !(u64::MAX << at) != 0 {
                out.end_sentence();
            }
            // The first white space or non-ASCII byte from the word on. White space: the chunk
            // is ASCII and ends in the window, so it is cut here. (A non-ASCII byte at `at` is
            // that first byte.)
            let stops = (m.space | m.high) & (u64::MAX << at);
            let first = stops & stops.wrapping_neg();
            if first & m.space != 0 {
                let end = first.trailing_zeros() as usize;
                let span = w + at..w + end;
                if m.split & (first - 1) & (u64::MAX << at) == 0 {
                    // (Peeled here, inlined: `split_chunk` is called from the byte loop too,
                    // so it is not inlined, and a call a word cost ~7 instructions more.)
                    peel(text, span, &mut out);
                } else {
                    split_chunk(text, span, false, &mut out);
                }
                from = end;
                continue;
            }
            // An ASCII chunk running past the window that ends at white space in the next one
            // (most chunks that cross a window's end): cut there, by the next window's masks,
            // which the walk then goes on with. (`first` is 0: no white space or non-ASCII
            // byte from the chunk's start to the window's end.)
            if first == 0 {
                let next_w = w + WINDOW;
                let m2 = masks_at(bytes, next_w);
                let stops2 = m2.space | m2.high;
                let first2 = stops2 & stops2.wrapping_neg();
                if first2 & m2.space != 0 {
                    let end = next_w + first2.trailing_zeros() as usize;
                    let span = w + at..end;
                    if m.split & (u64::MAX << at) == 0 && m2.split & (first2 - 1) == 0 {
                        peel(text, span, &mut out);
                    } else {
                        split_chunk(text, span, false, &mut out);
                    }
                    carried = Some((next_w, m2));
                    break end;
                }
            }
            // A non-ASCII character, or a chunk with one or running past the window.
            let next = byte_step(text, w + at, &mut out);
            if next >= w + WINDOW {
                break next;
            }
            from = next - w;
        };
    }
    out.end_sentence();
    out
}
