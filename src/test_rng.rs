//! The tests' deterministic random numbers (xorshift64, shifts 13, 7, 17): one generator for
//! the tests that compare a fast path with a plain one on made-up input, so that each does not
//! write the three shifts again.

/// A xorshift64 generator; a seed of 0 would stay 0, so the tests pass odd constants.
pub struct XorShift(u64);

impl XorShift {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    /// The next number (the state after one step).
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// The next number modulo `n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
}
