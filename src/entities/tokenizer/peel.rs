//! Splitting a chunk (a run with no white space) into word tokens: dashes and slashes first,
//! then opening and closing punctuation and a possessive peeled off each piece; abbreviations
//! keep their full stop.

use super::Tokens;
use std::ops::Range;

/// Leading characters that are tokens of their own.
pub(super) fn is_opening(c: char) -> bool {
    matches!(
        c,
        '(' | '[' | '{' | '"' | '\'' | '“' | '‘' | '«' | '¿' | '¡' | '*' | '#'
    )
}

/// Trailing characters that are tokens of their own (the full stop is handled apart).
pub(super) fn is_closing(c: char) -> bool {
    matches!(
        c,
        ')' | ']' | '}' | '"' | '\'' | '”' | '’' | '»' | ',' | ';' | ':' | '!' | '?' | '…' | '*'
    )
}

/// Characters that split a chunk wherever they appear (dashes glued to words in modern text);
/// [`split_chunk`] finds them by their bytes, the tests by this list.
#[cfg(test)]
pub(super) fn is_splitting(c: char) -> bool {
    matches!(c, '—' | '–' | '/' | '|')
}

/// A short word's bytes lower-cased (ASCII letters) into `N` bytes, for one `match` over a
/// closed list; a longer word is none of the list's.
struct Lowered<const N: usize> {
    buf: [u8; N],
    len: usize,
}

impl<const N: usize> Lowered<N> {
    fn of(w: &[u8]) -> Option<Self> {
        if w.len() > N {
            return None;
        }
        let mut buf = [0u8; N];
        for (slot, &c) in buf.iter_mut().zip(w) {
            *slot = c.to_ascii_lowercase();
        }
        Some(Lowered { buf, len: w.len() })
    }

    fn bytes(&self) -> &[u8] {
        self.buf.get(..self.len).unwrap_or(&[])
    }
}

/// Words whose final full stop belongs to them, in any case (ASCII letters: a word of other
/// bytes, or longer than the longest, is none; compared as lower-cased bytes in one `match`).
pub(super) fn is_abbreviation(word: &str) -> bool {
    let Some(buf) = Lowered::<6>::of(word.as_bytes()) else {
        return false;
    };
    matches!(
        buf.bytes(),
        b"mr"
            | b"mrs"
            | b"ms"
            | b"dr"
            | b"st"
            | b"jr"
            | b"sr"
            | b"inc"
            | b"corp"
            | b"ltd"
            | b"co"
            | b"bros"
            | b"gen"
            | b"col"
            | b"sgt"
            | b"lt"
            | b"capt"
            | b"gov"
            | b"sen"
            | b"rep"
            | b"prof"
            | b"rev"
            | b"no"
            | b"vs"
            | b"etc"
            | b"jan"
            | b"feb"
            | b"mar"
            | b"apr"
            | b"aug"
            | b"sep"
            | b"sept"
            | b"oct"
            | b"nov"
            | b"dec"
            | b"mt"
            | b"ft"
            | b"ave"
            | b"plc"
            | b"cie"
            | b"messrs"
            | b"maj"
            | b"adm"
            | b"cmdr"
            | b"supt"
            | b"insp"
            | b"det"
            | b"pc"
            | b"hon"
            | b"ald"
    )
}

/// Ends the sentence after a legal suffix that kept its full stop (`stem` without it, the
/// chunk ending at `at`) when a word that opens a sentence follows.
pub(super) fn end_after_legal_suffix(stem: &str, b: &[u8], at: usize, out: &mut Tokens) {
    if is_legal_suffix(stem) && sentence_opens_at(b, at) {
        out.end_sentence();
    }
}

/// Whether `word` is a company's legal suffix that keeps its full stop ("Ltd", "Inc"): the
/// abbreviations that often end a sentence ("… sold to Acme Ltd. The firm said …").
fn is_legal_suffix(word: &str) -> bool {
    let Some(buf) = Lowered::<4>::of(word.as_bytes()) else {
        return false;
    };
    matches!(
        buf.bytes(),
        b"inc" | b"corp" | b"ltd" | b"co" | b"plc" | b"bros" | b"cie"
    )
}

/// Whether the word after the white space at `at` (on the same line) is a capitalised function
/// word, which opens a sentence rather than going on a name: "The", "It", "All", "But". A
/// capitalised word of another kind may still be part of the name or the title after it
/// ("Acme Inc. Chief Executive Jane Doe said"), so only these end the sentence.
fn sentence_opens_at(b: &[u8], at: usize) -> bool {
    let rest = b.get(at..).unwrap_or(&[]);
    let spaces = rest
        .iter()
        .take_while(|&&c| c == b' ' || c == b'\t')
        .count();
    if spaces == 0 {
        return false;
    }
    let rest = rest.get(spaces..).unwrap_or(&[]);
    let len = rest.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    let word = rest.get(..len).unwrap_or(&[]);
    if !word.first().is_some_and(u8::is_ascii_uppercase) {
        return false;
    }
    let Some(buf) = Lowered::<7>::of(word) else {
        return false;
    };
    matches!(
        buf.bytes(),
        b"the"
            | b"a"
            | b"an"
            | b"all"
            | b"this"
            | b"that"
            | b"these"
            | b"those"
            | b"it"
            | b"its"
            | b"he"
            | b"she"
            | b"his"
            | b"her"
            | b"they"
            | b"their"
            | b"we"
            | b"our"
            | b"i"
            | b"but"
            | b"and"
            | b"or"
            | b"so"
            | b"yet"
            | b"in"
            | b"on"
            | b"at"
            | b"for"
            | b"after"
            | b"before"
            | b"while"
            | b"when"
            | b"if"
            | b"as"
            | b"there"
            | b"some"
            | b"many"
            | b"most"
            | b"no"
            | b"both"
    )
}

/// Whether `word` keeps a full stop that follows it: an initial ("J"), letters separated by
/// full stops ("U.S"), or an abbreviation ("Corp"). An ASCII word is read byte by byte in one
/// loop (it was two walks over its characters and a `memchr` for the '.', ~95 instructions a
/// call on a word of a few bytes); other words by [`keeps_full_stop_by_chars`].
pub(super) fn keeps_full_stop(word: &str) -> bool {
    let (mut dots, mut letters_and_dots) = (false, true);
    for &c in word.as_bytes() {
        if !c.is_ascii() {
            return keeps_full_stop_by_chars(word);
        }
        dots |= c == b'.';
        letters_and_dots &= c.is_ascii_alphabetic() || c == b'.';
    }
    match word.len() {
        0 => false,
        // Initials: "J." (an ASCII character is alphabetic exactly when it is an ASCII letter).
        1 => letters_and_dots && !dots,
        _ => dots && letters_and_dots || is_abbreviation(word),
    }
}

/// [`keeps_full_stop`] by characters (any word; the reference the byte loop is tested against).
pub(super) fn keeps_full_stop_by_chars(word: &str) -> bool {
    let mut chars = word.chars();
    match (chars.next(), chars.next()) {
        (None, _) => false,
        // Initials: "J."
        (Some(c), None) => c.is_alphabetic(),
        _ => {
            // "U.S." style: letters separated by full stops.
            word.contains('.') && word.chars().all(|c| c.is_alphabetic() || c == '.')
                || is_abbreviation(word)
        }
    }
}

/// Length in bytes of a possessive ending (`'s`, `’s`, `'`, `’` after s) on `word`, if any.
pub(super) fn possessive_len(word: &str) -> usize {
    for ending in ["'s", "’s", "'S", "’S"] {
        if word.len() > ending.len() && word.ends_with(ending) {
            return ending.len();
        }
    }
    0
}

/// 1 for an ASCII letter or digit, else 0 (the ends of a word [`peel`] takes whole).
const ASCII_ALNUM: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric() as u8;
        b += 1;
    }
    table
};

/// Splits a chunk (no white space) into tokens; `plain`: it is ASCII with no '/' or '|'.
pub(super) fn split_chunk(text: &str, span: Range<usize>, plain: bool, out: &mut Tokens) {
    if plain {
        peel(text, span, out);
        return;
    }
    let chunk = text.get(span.clone()).unwrap_or("").as_bytes();
    // Split on dashes and slashes first; each piece is then peeled. The splitting characters
    // found by their bytes ('/', '|', and the dashes' E2 80 93/94): no character decoded.
    let mut piece_start = span.start;
    for (i, &b) in chunk.iter().enumerate() {
        let len = match b {
            b'/' | b'|' => 1,
            0xe2 if matches!(chunk.get(i + 1..i + 3), Some([0x80, 0x93 | 0x94])) => 3,
            _ => continue,
        };
        let at = span.start + i;
        peel(text, piece_start..at, out);
        out.push(text, at..at + len);
        piece_start = at + len;
    }
    peel(text, piece_start..span.end, out);
}

/// Peels opening and closing punctuation and a possessive off a piece of a chunk. The closing
/// marks are the characters between the word and the piece's end, pushed in a row after it.
/// Most words start and end with an ASCII letter or digit and are no possessive: nothing to
/// peel, which is tested here (inlined where the chunks are cut, natively: a call per word
/// saved), the rest in [`peel_marks`].
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
pub(super) fn peel(text: &str, span: Range<usize>, out: &mut Tokens) {
    let (start, end) = (span.start, span.end);
    let b = text.as_bytes();
    if let (Some(&first), Some(&last)) = (b.get(start), end.checked_sub(1).and_then(|e| b.get(e))) {
        let possessive = matches!(last, b's' | b'S')
            && end - start >= 2
            && matches!(b.get(end - 2), Some(b'\'' | 0x99));
        if start < end
            && ASCII_ALNUM[first as usize] & ASCII_ALNUM[last as usize] != 0
            && !possessive
        {
            // (A word of a letter or digit at both ends is no ".", "!" or "?".)
            out.push_word(span);
            return;
        }
        if start + 2 <= end
            && first.is_ascii_alphanumeric()
            && peel_one_mark(text, span.clone(), out)
        {
            return;
        }
    }
    peel_marks(text, span, out);
}

/// The common pieces [`peel_marks`] would peel, peeled without its loops: a word starting with
/// an ASCII letter or digit (nothing opens it) followed by one ASCII mark (`Leeds,`, `said.`)
/// or by a possessive (`Sunak’s`, `Leeds's`). Whether it was one of them; if not, nothing is
/// pushed. `span` is at least two bytes. (Out of line: inlined into the chunk loop, it made
/// the loop itself slower.)
#[inline(never)]
pub(super) fn peel_one_mark(text: &str, span: Range<usize>, out: &mut Tokens) -> bool {
    let (start, end) = (span.start, span.end);
    let b = text.as_bytes();
    let (Some(&before), Some(&last)) = (b.get(end - 2), b.get(end - 1)) else {
        return false;
    };
    match last {
        // A closing mark after a letter or digit that ends no possessive: "Leeds,".
        b',' | b';' | b':' | b'!' | b'?' | b')' | b']' | b'}' | b'"' | b'*' | b'\''
            if before.is_ascii_alphanumeric() && !ends_possessive(b, start, end - 1) =>
        {
            out.push(text, start..end - 1);
            out.push(text, end - 1..end);
            true
        }
        // A full stop after a letter or digit, unless the word keeps it ("J.", "Corp.").
        b'.' if before.is_ascii_alphanumeric() && !ends_possessive(b, start, end - 1) => {
            let stem = text.get(start..end - 1).unwrap_or("");
            if keeps_full_stop(stem) {
                out.push(text, span);
                end_after_legal_suffix(stem, b, end, out);
            } else {
                out.push(text, start..end - 1);
                out.push(text, end - 1..end);
            }
            true
        }
        // A possessive after a word of more than the ending: "Acme's", "Acme’s".
        b's' | b'S' => {
            let len = match before {
                b'\'' => 2,
                0x99 if end >= start + 4 && b.get(end - 4..end - 2) == Some(&[0xe2, 0x80]) => 4,
                _ => return false,
            };
            if end - start <= len {
                return false;
            }
            out.push(text, start..end - len);
            out.push(text, end - len..end);
            true
        }
        _ => false,
    }
}

/// Whether `start..end` ends with a possessive ending ([`possessive_len`] > 0), read as bytes.
#[inline(always)]
pub(super) fn ends_possessive(b: &[u8], start: usize, end: usize) -> bool {
    if !matches!(end.checked_sub(1).and_then(|i| b.get(i)), Some(b's' | b'S')) {
        return false;
    }
    match end.checked_sub(2).and_then(|i| b.get(i)) {
        Some(b'\'') => end - start > 2,
        Some(0x99) => end - start > 4 && end >= 4 && b.get(end - 4..end - 2) == Some(&[0xe2, 0x80]),
        _ => false,
    }
}

/// [`peel`] of a piece that may have marks to peel.
#[cfg_attr(not(target_arch = "wasm32"), inline(never))]
pub(super) fn peel_marks(text: &str, span: Range<usize>, out: &mut Tokens) {
    let (mut start, mut end) = (span.start, span.end);
    let word = |s: usize, e: usize| text.get(s..e).unwrap_or("");
    let bytes = text.as_bytes();
    // The first and the last character of `s..e`: an ASCII byte read as it is, another
    // character decoded.
    let first = |s: usize, e: usize| match bytes.get(s) {
        Some(&b) if b < 0x80 && s < e => Some(b as char),
        _ => word(s, e).chars().next(),
    };
    let last = |s: usize, e: usize| match e.checked_sub(1).and_then(|i| bytes.get(i)) {
        Some(&b) if b < 0x80 && s < e => Some(b as char),
        _ => word(s, e).chars().next_back(),
    };
    while let Some(c) = first(start, end) {
        if !is_opening(c) {
            break;
        }
        out.push(text, start..start + c.len_utf8());
        start += c.len_utf8();
    }
    let full = end;
    while let Some(c) = last(start, end) {
        let at = end - c.len_utf8();
        if at <= start {
            break;
        }
        if c == '.' {
            let stem = word(start, at);
            if !stem.ends_with('.') && keeps_full_stop(stem) {
                break;
            }
        } else if !is_closing(c) {
            break;
        }
        end = at;
    }
    // Every possessive ending ends in 's' or 'S'.
    let pos = match end.checked_sub(1).and_then(|i| bytes.get(i)) {
        Some(b's' | b'S') => possessive_len(word(start, end)),
        _ => 0,
    };
    if pos > 0 {
        out.push(text, start..end - pos);
        out.push(text, end - pos..end);
    } else {
        out.push(text, start..end);
        if end == full && end > start + 1 && bytes.get(end - 1) == Some(&b'.') {
            end_after_legal_suffix(word(start, end - 1), bytes, end, out);
        }
    }
    let mut i = end;
    while let Some(c) = first(i, full) {
        out.push(text, i..i + c.len_utf8());
        i += c.len_utf8();
    }
}
