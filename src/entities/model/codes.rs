//! The bit codes of the packed model ([`super::packed`]): bits most significant first, Rice
//! codes (the feature ids' gaps) and a canonical Huffman code of a number's bit length with its
//! bits below the top one written plainly (the tag-set ranks). Static codes read a bit or a few
//! at a time: cheap at first use, where an adaptive range coder cost ~240 M instructions.

/// The longest Huffman code [`huffman_lengths`] gives; longer ones make all codes one length.
pub const MAX_CODE: u32 = 24;

/// Bits appended most significant first.
#[derive(Default)]
pub struct BitWriter {
    bytes: Vec<u8>,
    acc: u8,
    used: u32,
}

impl BitWriter {
    pub fn bit(&mut self, one: bool) {
        self.acc = self.acc << 1 | u8::from(one);
        self.used += 1;
        if self.used == 8 {
            self.bytes.push(self.acc);
            self.acc = 0;
            self.used = 0;
        }
    }

    /// The low `n` bits of `value` (`n` ≤ 32), the highest first.
    pub fn bits(&mut self, value: u32, n: u32) {
        for i in (0..n).rev() {
            self.bit(value >> i & 1 == 1);
        }
    }

    /// `q` zeros and a one.
    pub fn unary(&mut self, q: u32) {
        for _ in 0..q {
            self.bit(false);
        }
        self.bit(true);
    }

    /// The bytes, the last one filled with zeros.
    pub fn finish(mut self) -> Vec<u8> {
        if self.used > 0 {
            self.bytes.push(self.acc << (8 - self.used));
        }
        self.bytes
    }
}

/// Reads what [`BitWriter`] wrote.
pub struct BitReader<'a> {
    bytes: &'a [u8],
    /// The next bit's position.
    at: usize,
}

impl<'a> BitReader<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        Self { bytes, at: 0 }
    }

    pub fn bit(&mut self) -> Option<u32> {
        let byte = self.bytes.get(self.at >> 3)?;
        let b = u32::from(byte >> (7 - (self.at & 7)) & 1);
        self.at += 1;
        Some(b)
    }

    /// The next `n` bits (`n` ≤ 32) as a number, read through one 64-bit window.
    pub fn bits(&mut self, n: u32) -> Option<u32> {
        if n == 0 {
            return Some(0);
        }
        let end = self.at.checked_add(n as usize)?;
        if end > self.bytes.len().checked_mul(8)? {
            return None;
        }
        let mut window = [0u8; 8];
        let rest = self.bytes.get(self.at >> 3..)?;
        let take = rest.len().min(8);
        window.get_mut(..take)?.copy_from_slice(rest.get(..take)?);
        let x = u64::from_be_bytes(window) << (self.at & 7);
        self.at = end;
        u32::try_from(x >> (64 - n)).ok()
    }

    /// The number of zeros before the next one (the one read too).
    pub fn unary(&mut self) -> Option<u32> {
        let mut q = 0u32;
        while self.bit()? == 0 {
            q = q.checked_add(1)?;
        }
        Some(q)
    }

    /// Whether every bit is read but the zeros that fill the last byte.
    pub fn at_end(&self) -> bool {
        let byte = self.at.div_ceil(8);
        let tail_zero = match self.bytes.get(self.at >> 3) {
            Some(&b) if self.at & 7 != 0 => b << (self.at & 7) == 0,
            _ => true,
        };
        byte == self.bytes.len() && tail_zero
    }
}

/// Huffman code lengths (0 for an unused symbol) of symbols counted `counts`: the usual
/// merging of the two lightest trees, or, were a code to pass [`MAX_CODE`] bits, the same
/// length for every used symbol.
pub fn huffman_lengths(counts: &[u64]) -> Vec<u8> {
    let mut lengths = vec![0u8; counts.len()];
    // Trees as (weight, their symbols).
    let mut trees: Vec<(u64, Vec<usize>)> = counts
        .iter()
        .enumerate()
        .filter(|&(_, &c)| c > 0)
        .map(|(s, &c)| (c, vec![s]))
        .collect();
    if trees.len() == 1 {
        for &s in &trees[0].1 {
            lengths[s] = 1;
        }
        return lengths;
    }
    while trees.len() > 1 {
        // The two lightest, the later one first out (ties broken by position, which is fixed).
        let pick = |trees: &mut Vec<(u64, Vec<usize>)>| {
            let i = (0..trees.len()).min_by_key(|&i| trees[i].0).unwrap_or(0);
            trees.swap_remove(i)
        };
        let (wa, a) = pick(&mut trees);
        let (wb, b) = pick(&mut trees);
        for &s in a.iter().chain(&b) {
            lengths[s] = lengths[s].saturating_add(1);
        }
        trees.push((wa + wb, [a, b].concat()));
    }
    if lengths.iter().any(|&l| u32::from(l) > MAX_CODE) {
        let used = counts.iter().filter(|&&c| c > 0).count();
        let flat = used.next_power_of_two().trailing_zeros().max(1) as u8;
        for (l, &c) in lengths.iter_mut().zip(counts) {
            *l = if c > 0 { flat } else { 0 };
        }
    }
    lengths
}

/// The canonical code of each symbol (by length, then symbol), from its length.
pub fn canonical_codes(lengths: &[u8]) -> Vec<u32> {
    let mut codes = vec![0u32; lengths.len()];
    let mut code = 0u32;
    for len in 1..=MAX_CODE as u8 {
        for (s, &l) in lengths.iter().enumerate() {
            if l == len {
                codes[s] = code;
                code += 1;
            }
        }
        code <<= 1;
    }
    codes
}

/// Decodes a canonical code read a bit at a time.
pub struct Decoder {
    /// The number of codes of each length, 1 to [`MAX_CODE`].
    counts: [u32; MAX_CODE as usize + 1],
    /// The symbols by length, then symbol.
    symbols: Vec<u8>,
}

impl Decoder {
    /// `None` for lengths over [`MAX_CODE`] or more codes than the lengths have room for.
    pub fn new(lengths: &[u8]) -> Option<Self> {
        let mut counts = [0u32; MAX_CODE as usize + 1];
        let mut symbols = Vec::new();
        for len in 1..=MAX_CODE as u8 {
            for (s, &l) in lengths.iter().enumerate() {
                if l == len {
                    *counts.get_mut(usize::from(len))? += 1;
                    symbols.push(u8::try_from(s).ok()?);
                }
            }
        }
        if lengths.iter().any(|&l| u32::from(l) > MAX_CODE) {
            return None;
        }
        // Kraft: the codes fit.
        let room: u64 = (1..=MAX_CODE)
            .map(|len| u64::from(counts[len as usize]) << (MAX_CODE - len))
            .sum();
        (room <= 1 << MAX_CODE).then_some(Self { counts, symbols })
    }

    pub fn read(&self, r: &mut BitReader) -> Option<u8> {
        let (mut code, mut first, mut index) = (0u32, 0u32, 0usize);
        for &count in self.counts.iter().skip(1) {
            code |= r.bit()?;
            if code.wrapping_sub(first) < count {
                return self.symbols.get(index + (code - first) as usize).copied();
            }
            index += count as usize;
            first = (first + count) << 1;
            code <<= 1;
        }
        None
    }
}

#[cfg(test)]
#[path = "codes_tests.rs"]
mod tests;
