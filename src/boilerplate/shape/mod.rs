//! What a line looks like: words, stopwords, case, digits and punctuation, counted in one pass.

mod stopwords;

pub use stopwords::is_stopword;
use stopwords::{is_short_stopword, pack, LONG_STOPWORD, SHORT};

/// Counts over one line's text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Shape {
    /// Characters that are not whitespace.
    pub chars: usize,
    pub words: usize,
    pub stopwords: usize,
    /// Words that start with an uppercase letter.
    pub capitalised: usize,
    pub letters: usize,
    pub uppercase: usize,
    pub digits: usize,
    pub commas: usize,
    /// Sentence ends inside the line (`.`, `!`, `?` followed by a space).
    pub sentence_breaks: usize,
    /// Separators typical of menus and bylines: `|`, `•`, `·`, `»`, `›`, `/`.
    pub separators: usize,
    /// Letters outside Latin script (CJK, Cyrillic, …); stopword figures mean little for them.
    pub non_latin: usize,
    /// The line ends like a sentence: `.`, `!`, `?`, `…`, optionally followed by a quote/bracket.
    pub terminal: bool,
    pub ends_colon: bool,
    /// The first visible character is an opening quote.
    pub starts_quote: bool,
    pub starts_lower: bool,
    /// `http`, `www.` or an e-mail address appears.
    pub url_like: bool,
}

impl Shape {
    pub fn stop_density(&self) -> f32 {
        ratio(self.stopwords, self.words)
    }
    pub fn upper_ratio(&self) -> f32 {
        ratio(self.uppercase, self.letters)
    }
    pub fn digit_ratio(&self) -> f32 {
        ratio(self.digits, self.chars)
    }
    pub fn capital_ratio(&self) -> f32 {
        ratio(self.capitalised, self.words)
    }
    pub fn avg_word_len(&self) -> f32 {
        ratio(self.letters + self.digits, self.words)
    }
    pub fn non_latin_ratio(&self) -> f32 {
        ratio(self.non_latin, self.letters)
    }
}

pub fn ratio(a: usize, b: usize) -> f32 {
    if b == 0 {
        0.0
    } else {
        a as f32 / b as f32
    }
}

/// Measures one line (already trimmed).
pub fn measure(line: &str) -> Shape {
    let url = contains_ascii_ci(line, "http") || contains_ascii_ci(line, "www.");
    measure_line(line, url).shape
}

/// A line's [`Shape`] plus what else the same pass finds out about it.
#[derive(Debug, Clone)]
pub struct Measured {
    pub shape: Shape,
    /// A hash of the line's letters and digits, lowercased (so `Share` and `SHARE:` repeat).
    pub key: u64,
    /// The line may hold a date or time stamp: it has an ASCII digit or the word `ago` or
    /// `yesterday` (without one, [`super::stamps::scan`] finds nothing).
    pub may_have_stamp: bool,
}

// Classes of ASCII bytes, so the common case costs one table look-up per byte.
const WS: u16 = 1;
const ALNUM: u16 = 1 << 1;
const ALPHA: u16 = 1 << 2;
const UPPER: u16 = 1 << 3;
const DIGIT: u16 = 1 << 4;
const COMMA: u16 = 1 << 5;
const SEP: u16 = 1 << 6;
const APOSTROPHE: u16 = 1 << 7;
const SENTENCE_END: u16 = 1 << 8;
const AT: u16 = 1 << 9;

const ASCII_CLASS: [u16; 128] = {
    let mut t = [0u16; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_uppercase() {
            ALNUM | ALPHA | UPPER
        } else if c.is_ascii_lowercase() {
            ALNUM | ALPHA
        } else if c.is_ascii_digit() {
            DIGIT | ALNUM
        } else {
            match c {
                // `char::is_whitespace` in ASCII: tab, LF, VT, FF, CR, space.
                b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ' => WS,
                b',' => COMMA,
                b'|' | b'/' => SEP,
                b'\'' => APOSTROPHE,
                b'.' | b'!' | b'?' => SENTENCE_END,
                b'@' => AT,
                _ => 0,
            }
        };
        b += 1;
    }
    t
};

/// Which bytes are ASCII letters or digits.
const ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = ASCII_CLASS[b] & ALNUM != 0;
        b += 1;
    }
    t
};

/// Where the run of ASCII letters and digits that starts at `at` ends: eight bytes at a time
/// while eight are left (each byte tested in its lane, the first byte outside the run found from
/// the mask), then a byte at a time.
#[inline(always)]
fn alnum_run_end(bytes: &[u8], mut at: usize) -> usize {
    const ONES: u64 = u64::from_le_bytes([0x01; 8]);
    const HIGH: u64 = ONES * 0x80;
    while let Some(eight) = bytes.get(at..at + 8) {
        let mut buf = [0u8; 8];
        buf.copy_from_slice(eight);
        let x = u64::from_le_bytes(buf);
        // Lane by lane, on the low seven bits (no carry crosses a lane): the high bit of
        // `v + (0x80 - lo)` is set when v >= lo, that of `v + (0x7F - hi)` when v > hi.
        let low = x & !HIGH;
        let folded = low | (ONES * 0x20);
        let letter = (folded + ONES * (0x80 - u64::from(b'a')))
            & !(folded + ONES * (0x7F - u64::from(b'z')));
        let digit =
            (low + ONES * (0x80 - u64::from(b'0'))) & !(low + ONES * (0x7F - u64::from(b'9')));
        // Bytes with the high bit set (not ASCII) are outside the run.
        let outside = !(letter | digit) | x;
        let outside = outside & HIGH;
        if outside != 0 {
            return at + (outside.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    while bytes.get(at).is_some_and(|&c| ASCII_ALNUM[c as usize]) {
        at += 1;
    }
    at
}

/// Per ASCII byte, what it adds to the counts, packed in fields of [`FIELD`] bits: non-space,
/// letter, uppercase, digit, comma, separator. Non-ASCII bytes add nothing here (their
/// characters are counted one by one).
const FIELD: u32 = 10;
const COUNT_TABLE: [u64; 256] = {
    let mut t = [0u64; 256];
    let mut b = 0;
    while b < 128 {
        let c = ASCII_CLASS[b];
        let mut v = 0u64;
        if c & WS == 0 {
            v |= 1;
        }
        if c & ALPHA != 0 {
            v |= 1 << FIELD;
        }
        if c & UPPER != 0 {
            v |= 1 << (2 * FIELD);
        }
        if c & DIGIT != 0 {
            v |= 1 << (3 * FIELD);
        }
        if c & COMMA != 0 {
            v |= 1 << (4 * FIELD);
        }
        if c & SEP != 0 {
            v |= 1 << (5 * FIELD);
        }
        t[b] = v;
        b += 1;
    }
    t
};

/// Adds the counts of the ASCII bytes of `bytes` to `s` (in chunks short enough that no field
/// overflows); returns the number of ASCII digits.
fn count_ascii(bytes: &[u8], s: &mut Shape) -> usize {
    let mask = (1u64 << FIELD) - 1;
    let mut digits = 0;
    for chunk in bytes.chunks((1 << FIELD) - 1) {
        let sum: u64 = chunk.iter().map(|&b| COUNT_TABLE[b as usize]).sum();
        let field = |k: u32| ((sum >> (k * FIELD)) & mask) as usize;
        s.chars += field(0);
        s.letters += field(1);
        s.uppercase += field(2);
        digits += field(3);
        s.commas += field(4);
        s.separators += field(5);
    }
    s.digits += digits;
    digits
}

/// Words of a line as they are read: the open word's start, capital and head (the part before
/// its first apostrophe), and the counts so far.
#[derive(Default)]
struct Words {
    open: bool,
    capitalised: bool,
    head_start: usize,
    /// Where the head ended (at an apostrophe), while the word goes on.
    head_end: Option<usize>,
    head_ascii: bool,
    count: usize,
    capitals: usize,
    stopwords: usize,
    /// Saw `ago` or `yesterday`.
    stamp_word: bool,
}

/// Bit 5 of every byte.
const LOWER_MASK: u64 = u64::from_le_bytes([0x20; 8]);
const AGO: u64 = pack(b"ago");

impl Words {
    fn start(&mut self, at: usize, capitalised: bool) {
        self.open = true;
        self.capitalised = capitalised;
        self.head_start = at;
        self.head_end = None;
        self.head_ascii = true;
    }

    /// Ends the open word (if any) at byte `at` of `bytes`.
    #[inline(always)]
    fn end(&mut self, bytes: &[u8], at: usize) {
        if self.open {
            self.end_open(bytes, at);
        }
    }

    #[inline(always)]
    fn end_open(&mut self, bytes: &[u8], at: usize) {
        self.open = false;
        self.count += 1;
        self.capitals += usize::from(self.capitalised);
        if !self.head_ascii {
            return;
        }
        let head_end = self.head_end.unwrap_or(at);
        let len = head_end - self.head_start;
        if len <= SHORT {
            // ASCII letters and digits: setting bit 5 lowercases the letters, keeps the digits.
            let key = match bytes.get(self.head_start..self.head_start + 8) {
                // Eight bytes from the head's start: one load, then the head's bytes kept.
                Some(eight) => {
                    let mut buf = [0u8; 8];
                    buf.copy_from_slice(eight);
                    let keep = (1u64 << (8 * len)) - 1;
                    (u64::from_le_bytes(buf) | LOWER_MASK) & keep
                }
                None => {
                    let head = bytes.get(self.head_start..head_end).unwrap_or(&[]);
                    pack(head) | (LOWER_MASK >> (8 * (8 - len)))
                }
            };
            self.stopwords += usize::from(is_short_stopword(key));
            self.stamp_word |= key == AGO;
        } else if len <= 10 {
            let head = bytes.get(self.head_start..head_end).unwrap_or(&[]);
            self.stopwords += usize::from(head.eq_ignore_ascii_case(LONG_STOPWORD));
            self.stamp_word |= head.eq_ignore_ascii_case(b"yesterday");
        }
    }
}

/// Measures one line (already trimmed); `url` says whether `http` or `www.` occurs in it (found
/// by the caller's scan of the whole text). ASCII is counted a table look-up per byte; words
/// are read run by run; other characters go through the full Unicode tests.
pub fn measure_line(line: &str, url: bool) -> Measured {
    let mut s = Shape::default();
    let bytes = line.as_bytes();
    let ascii_digits = count_ascii(bytes, &mut s);
    let mut key = KeyHasher::default();
    let mut words = Words::default();
    let mut has_at = false;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b < 0x80 {
            let class = ASCII_CLASS[b as usize];
            if class & ALNUM != 0 {
                if !words.open {
                    words.start(i, class & UPPER != 0);
                }
                // The run of ASCII letters and digits.
                let start = i;
                i = alnum_run_end(bytes, i);
                key.push_run(bytes, start, i);
                continue;
            }
            if class & APOSTROPHE != 0 && words.open {
                // An apostrophe inside a word keeps the word going (don't, O'Neill).
                words.head_end.get_or_insert(i);
            } else {
                words.end(bytes, i);
            }
            if b == b' ' && i > 0 {
                let prev = bytes.get(i - 1).copied().unwrap_or(0);
                s.sentence_breaks += usize::from(matches!(prev, b'.' | b'!' | b'?'));
            }
            has_at |= class & AT != 0;
            i += 1;
            continue;
        }
        let Some(c) = line.get(i..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        let len = c.len_utf8();
        // Quotes, dashes, `£`, `©`: skip the Unicode tables, which find nothing in them.
        let mark = is_plain_mark(c);
        if mark {
            s.chars += 1;
        } else {
            s.tally(c);
        }
        if !mark && c.is_alphanumeric() {
            if !words.open {
                words.start(i, c.is_uppercase());
            }
            if words.head_end.is_none() {
                words.head_ascii = false;
            }
            for l in c.to_lowercase() {
                key.push_char(l);
            }
        } else {
            if c == '’' && words.open {
                words.head_end.get_or_insert(i);
            } else {
                words.end(bytes, i);
            }
            if matches!(c, '•' | '·' | '»' | '›') {
                s.separators += 1;
            }
        }
        i += len;
    }
    words.end(bytes, bytes.len());
    s.words = words.count;
    s.capitalised = words.capitals;
    s.stopwords = words.stopwords;
    s.mark_ends(line);
    s.url_like = url || (has_at && has_email(line));
    Measured {
        shape: s,
        key: key.finish(),
        may_have_stamp: ascii_digits > 0 || words.stamp_word,
    }
}

/// Hashes a sequence of characters without allocating: ASCII characters are packed eight to a
/// word before mixing, other characters are mixed one by one (tagged, so no two sequences give
/// the same stream of mixed words).
#[derive(Default)]
struct KeyHasher {
    hash: u64,
    pack: u64,
    packed: u32,
}

impl KeyHasher {
    fn mix(&mut self, x: u64) {
        self.hash = (self.hash.rotate_left(23) ^ x).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }

    /// `b` is a non-zero ASCII byte.
    fn push_ascii(&mut self, b: u8) {
        self.pack = (self.pack << 8) | u64::from(b);
        self.packed += 1;
        if self.packed == 8 {
            self.flush();
        }
    }

    /// Pushes `bytes[start..end]`, a run of ASCII letters and digits, lowercased, up to eight
    /// bytes at a time (reading on past `end` where the slice allows, to load whole words).
    fn push_run(&mut self, bytes: &[u8], start: usize, end: usize) {
        // A run of one to eight bytes (most words) read with one load: the pack and the run
        // side by side, the first eight bytes mixed when they fill a pack.
        let len = end - start;
        if (1..=8).contains(&len) {
            if let Some(eight) = bytes.get(start..start + 8) {
                let mut buf = [0u8; 8];
                buf.copy_from_slice(eight);
                let run = (u64::from_be_bytes(buf) | LOWER_MASK) >> (8 * (8 - len));
                let joined = (u128::from(self.pack) << (8 * len)) | u128::from(run);
                let total = self.packed as usize + len;
                if total >= 8 {
                    let rest = total - 8;
                    self.mix((joined >> (8 * rest)) as u64);
                    self.pack = (joined as u64) & ((1u64 << (8 * rest)) - 1);
                    self.packed = rest as u32;
                } else {
                    self.pack = joined as u64;
                    self.packed = total as u32;
                }
                return;
            }
        }
        let mut at = start;
        while at < end {
            let take = (end - at).min(8 - self.packed as usize);
            let bits = match bytes.get(at..at + 8) {
                Some(eight) => {
                    let mut buf = [0u8; 8];
                    buf.copy_from_slice(eight);
                    u64::from_be_bytes(buf) >> (8 * (8 - take))
                }
                None => bytes
                    .get(at..at + take)
                    .unwrap_or(&[])
                    .iter()
                    .fold(0u64, |v, &b| (v << 8) | u64::from(b)),
            };
            let lowered = bits | (u64::from_le_bytes([0x20; 8]) >> (8 * (8 - take)));
            self.pack = if take == 8 {
                lowered
            } else {
                (self.pack << (8 * take)) | lowered
            };
            self.packed += take as u32;
            if self.packed == 8 {
                self.flush();
            }
            at += take;
        }
    }

    fn push_char(&mut self, c: char) {
        if c.is_ascii() && c != '\0' {
            self.push_ascii(c as u8);
        } else {
            self.flush();
            self.mix(u64::from(c) | 1 << 63);
        }
    }

    fn flush(&mut self) {
        if self.packed > 0 {
            self.mix(self.pack);
            self.pack = 0;
            self.packed = 0;
        }
    }

    fn finish(mut self) -> u64 {
        self.flush();
        // A final avalanche (murmur3's), so every bit of the key depends on every input bit.
        let mut h = self.hash;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^ (h >> 33)
    }
}

impl Shape {
    /// Notes how `line` starts and ends: a sentence end, a colon, a quote, a lower-case letter.
    pub(super) fn mark_ends(&mut self, line: &str) {
        // A line that opens and closes with ASCII bytes other than the closing marks trimmed
        // below (nearly every line): its ends are read from those two bytes.
        let bytes = line.as_bytes();
        if let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) {
            if first.is_ascii()
                && last.is_ascii()
                && !matches!(last, b'"' | b'\'' | b')' | b']' | b'*')
            {
                self.terminal = matches!(last, b'.' | b'!' | b'?');
                self.ends_colon = last == b':';
                self.starts_quote = matches!(first, b'"' | b'\'');
                self.starts_lower = first.is_ascii_lowercase();
                return;
            }
        }
        self.mark_ends_by_chars(line);
    }

    /// [`Shape::mark_ends`] character by character, for any line.
    fn mark_ends_by_chars(&mut self, line: &str) {
        let trimmed_end =
            without_citations(line).trim_end_matches(['"', '\'', '”', '’', ')', ']', '»', '*']);
        self.terminal = trimmed_end.ends_with(['.', '!', '?', '…', '。', '！', '？']);
        self.ends_colon = line.ends_with(':');
        let first = line.chars().next();
        self.starts_quote = matches!(first, Some('"' | '“' | '‘' | '\'' | '«'));
        self.starts_lower = first.is_some_and(|c| c.is_lowercase());
    }

    /// Counts one character of a line (non-blank, letter, upper-case, non-Latin, digit); shared
    /// with the reference scanner of the equivalence tests, which checks how lines are walked.
    #[inline]
    pub(super) fn tally(&mut self, c: char) {
        if !c.is_whitespace() {
            self.chars += 1;
        }
        if c.is_alphabetic() {
            self.letters += 1;
            if c.is_uppercase() {
                self.uppercase += 1;
            }
            if !is_latin(c) {
                self.non_latin += 1;
            }
        } else if c.is_alphanumeric() {
            self.digits += 1;
        }
    }
}

/// `line` without the citation marks closing it, as a wiki's sentences end: `….[7]`,
/// `….[4][5]`, `….[a]`, `….[citation needed]` (a mark of one to three digits or one letter, or
/// a note of words in lower case).
pub(super) fn without_citations(line: &str) -> &str {
    let mut rest = line;
    while let Some(body) = rest.strip_suffix(']') {
        let Some(open) = body.rfind('[') else {
            break;
        };
        let mark = body.get(open + 1..).unwrap_or("");
        let number = (1..=3).contains(&mark.len()) && mark.bytes().all(|b| b.is_ascii_digit());
        let letter = mark.len() == 1 && mark.bytes().all(|b| b.is_ascii_lowercase());
        let note = mark.len() <= 24
            && mark.contains(' ')
            && mark.bytes().all(|b| b.is_ascii_lowercase() || b == b' ');
        if open == 0 || !(number || letter || note) {
            break;
        }
        rest = body.get(..open).unwrap_or("");
    }
    rest
}

/// Non-ASCII characters that are neither letters, digits nor white space, known from their code
/// point alone: Latin-1's signs (`£ © « » °`) and General Punctuation's dashes, quotes, bullets
/// and primes (`plain_marks_are_neither_letters_digits_nor_space` checks every one).
fn is_plain_mark(c: char) -> bool {
    matches!(c,
        '\u{A1}'..='\u{A9}'
        | '\u{AB}'..='\u{B1}'
        | '\u{B4}'
        | '\u{B6}'..='\u{B8}'
        | '\u{BB}'
        | '\u{BF}'
        | '\u{D7}'
        | '\u{F7}'
        | '\u{2010}'..='\u{2027}'
        | '\u{2030}'..='\u{205E}')
}

fn is_latin(c: char) -> bool {
    c.is_ascii() || ('\u{00C0}'..='\u{024F}').contains(&c) || ('\u{1E00}'..='\u{1EFF}').contains(&c)
}

fn has_email(line: &str) -> bool {
    line.split_whitespace().any(|w| {
        let at = w.find('@');
        at.is_some_and(|p| p > 0 && w.get(p + 1..).is_some_and(|d| d.contains('.')))
    })
}

/// ASCII case-insensitive substring test without allocating.
pub fn contains_ascii_ci(hay: &str, needle: &str) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    !n.is_empty() && h.windows(n.len()).any(|w| w.eq_ignore_ascii_case(n))
}

#[cfg(test)]
mod tests;
