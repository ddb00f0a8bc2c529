//! The value types of the number grammar ([`super::numbers`]), apart so that the token cursor,
//! which caches number readings, need not depend on the grammar itself.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumKind {
    Cardinal,
    Ordinal,
}

/// A number found at tokens `start..end`.
#[derive(Debug, Clone, Copy)]
pub struct Num {
    pub value: f64,
    pub start: usize,
    pub end: usize,
    pub kind: NumKind,
    /// Written (at least partly) in words.
    pub words: bool,
    /// A plain run of digits with nothing else (candidates for years, times, ids).
    pub bare_digits: bool,
    /// Ends in a magnitude ("million", "bn"), so a following "m" is not a million again.
    pub scaled: bool,
}

/// How a number is read: money allows an attached "m" to mean million ("£3m").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    Plain,
    Money,
}
