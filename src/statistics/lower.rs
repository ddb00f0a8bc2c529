//! ASCII lower-casing without allocating, for matching words against keyword lists.

/// A word in ASCII lower case: the word itself when it has no capitals (the common case),
/// otherwise a copy on the stack. Words longer than the buffer become "" and match no keyword.
#[derive(Clone, Copy)]
pub enum Lower<'s> {
    Same(&'s str),
    Copy([u8; BUFFER], u8),
}

/// The longest word [`lower`] copies.
pub const BUFFER: usize = 24;

pub fn lower(s: &str) -> Lower<'_> {
    let bytes = s.as_bytes();
    if !bytes.iter().any(u8::is_ascii_uppercase) {
        return Lower::Same(s);
    }
    let mut buf = [0u8; BUFFER];
    if bytes.len() > buf.len() {
        return Lower::Same("");
    }
    for (d, b) in buf.iter_mut().zip(bytes) {
        *d = b.to_ascii_lowercase();
    }
    Lower::Copy(buf, bytes.len() as u8)
}

impl Lower<'_> {
    pub fn as_str(&self) -> &str {
        match self {
            Lower::Same(s) => s,
            // Lower-casing ASCII bytes keeps valid UTF-8 valid.
            Lower::Copy(buf, len) => {
                std::str::from_utf8(buf.get(..usize::from(*len)).unwrap_or(&[])).unwrap_or("")
            }
        }
    }
}

impl std::ops::Deref for Lower<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq<&str> for Lower<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<Lower<'_>> for &str {
    fn eq(&self, other: &Lower<'_>) -> bool {
        *self == other.as_str()
    }
}

/// A token in ASCII lower case as [`super::cursor::Cx::lower`] gives it: always a slice of the
/// text or of its lower-case copy (what [`lower`] gives for a token, never a copy on the
/// stack), so it is passed as a bare `&str` rather than as a [`Lower`] of 32 bytes.
#[derive(Clone, Copy, Debug)]
pub struct LowerToken<'s>(pub &'s str);

impl<'s> LowerToken<'s> {
    pub fn as_str(&self) -> &'s str {
        self.0
    }
}

impl std::ops::Deref for LowerToken<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        self.0
    }
}

impl PartialEq<&str> for LowerToken<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl PartialEq<LowerToken<'_>> for &str {
    fn eq(&self, other: &LowerToken<'_>) -> bool {
        *self == other.0
    }
}
