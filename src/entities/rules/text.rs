//! The repairs' view of a word: lower-cased without its full stop ([`bare`]) or lower-cased
//! for one comparison ([`with_lower`]), in stack buffers, so that looking at the words around
//! every name allocates nothing.

use crate::entities::features::lower;

/// A token without a trailing full stop, lower-cased ("Mr." → "mr").
pub(super) fn bare(word: &str) -> Bare {
    let w = word.strip_suffix('.').unwrap_or(word).as_bytes();
    let mut b = Bare {
        buf: [0; BARE_MAX],
        len: 0,
    };
    // Every listed word is short ASCII: a longer or non-ASCII word matches none, so it is "".
    if w.len() <= BARE_MAX {
        let mut ascii = true;
        for (slot, &c) in b.buf.iter_mut().zip(w) {
            ascii &= c.is_ascii();
            *slot = c.to_ascii_lowercase();
        }
        b.len = if ascii { w.len() } else { 0 };
    }
    b
}

/// Longest word in the lists [`bare`] is compared with.
pub(super) const BARE_MAX: usize = 16;

/// A token lower-cased without its full stop, in a stack buffer (no allocation per token); the
/// word lists compare its bytes.
#[derive(Clone, Copy)]
pub(super) struct Bare {
    buf: [u8; BARE_MAX],
    len: usize,
}

impl Bare {
    /// The bytes (ASCII): compared without checking them as UTF-8 again.
    pub(super) fn bytes(&self) -> &[u8] {
        self.buf.get(..self.len).unwrap_or(&[])
    }

    pub(super) fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub(super) fn as_str(&self) -> &str {
        self.buf
            .get(..self.len)
            .and_then(|b| std::str::from_utf8(b).ok())
            .unwrap_or("")
    }
}

impl AsRef<[u8]> for Bare {
    fn as_ref(&self) -> &[u8] {
        self.buf.get(..self.len).unwrap_or(&[])
    }
}

impl std::ops::Deref for Bare {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

/// `f` of `w` lower-cased exactly as [`lower`] lower-cases it, without allocating for a short
/// ASCII word (the repairs look at the words around every name).
pub(super) fn with_lower<R>(w: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 32];
    let mut owned = String::new();
    f(lower_in(w, &mut buf, &mut owned))
}

/// [`lower`] of `w`: `w` itself when it has no ASCII capital, else a copy in `buf` when it is
/// short ASCII, else in `owned` (one body for every caller of [`with_lower`]).
fn lower_in<'a>(w: &'a str, buf: &'a mut [u8; 32], owned: &'a mut String) -> &'a str {
    let b = w.as_bytes();
    if !b.iter().any(u8::is_ascii_uppercase) {
        return w;
    }
    if b.len() <= buf.len() && b.is_ascii() {
        for (s, c) in buf.iter_mut().zip(b) {
            *s = c.to_ascii_lowercase();
        }
        if let Some(l) = buf.get(..b.len()).and_then(|l| std::str::from_utf8(l).ok()) {
            return l;
        }
    }
    *owned = lower(w);
    owned
}
