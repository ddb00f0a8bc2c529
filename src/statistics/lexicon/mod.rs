//! The words the statistics layer knows, merged into one table looked up once per word token.
//!
//! A word may play several roles ("second" is an ordinal and a time unit, "may" a month), so
//! each entry carries every role it has; the grammars pick the one the context calls for.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use super::units::{measure_units, CURRENCY_WORDS};

mod lists;
mod short;

use lists::{
    FRACTION_WORDS, MONTHS, ORDINALS, SCALES, SIGNALS, STARTERS, STRONG, TENS, TIME_UNITS, UNITS,
    WEEKDAYS,
};
pub use lists::{MAGNITUDE_SUFFIXES, SET_ADVERBS};

/// A unit of time, for durations and relative dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeUnit {
    Second,
    Minute,
    Hour,
    Day,
    Night,
    Week,
    Weekend,
    Fortnight,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
    Millennium,
}

/// Everything one (lower-cased) word can be.
#[derive(Debug, Clone, Copy, Default)]
pub struct Word {
    /// zero..nineteen (and "nought"): the value.
    pub unit: Option<u8>,
    /// twenty..ninety.
    pub ten: Option<u8>,
    /// hundred, thousand, million, …, dozen: the multiplier.
    pub scale: Option<f64>,
    /// first, second, …, hundredth: the rank.
    pub ordinal: Option<u64>,
    /// thirds, fifths, halves, quarters: the denominator of a plural fraction word.
    pub plural_fraction: Option<u64>,
    /// january..december: 1..=12.
    pub month: Option<u8>,
    /// monday..sunday: 1..=7 (ISO); `weekday_plural` for "mondays".
    pub weekday: Option<u8>,
    pub weekday_plural: bool,
    pub time_unit: Option<TimeUnit>,
    pub time_unit_plural: bool,
    /// Index into the generated unit table (`units::measure_units`).
    pub measure: Option<u16>,
    /// Index into `CURRENCY_WORDS`.
    pub currency: Option<u16>,
    /// A word that may begin a statistic even with no other role ("between", "since", "a").
    pub starter: bool,
    /// A word that is a figure or a date by itself (a number word, a month, "today"): a
    /// statistic is only looked for near one of these or near digits.
    pub strong: bool,
    /// A strong word or one that signals a statistic nearby ("years", "morning").
    pub signal: bool,
    /// The first word of a holiday's name in the generated lexicon ("waitangi", "yom").
    pub holiday: bool,
}

/// FxHash: word keys are short and not attacker-chosen in a way that matters here.
#[derive(Default)]
pub struct FxHasher(u64);

impl FxHasher {
    fn add(&mut self, x: u64) {
        self.0 = (self.0.rotate_left(5) ^ x).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        // Eight bytes at a time: the keys are words, a few chunks at most.
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            for (d, &b) in word.iter_mut().zip(chunk) {
                *d = b;
            }
            self.add(u64::from_le_bytes(word));
        }
    }
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }
    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// The words keyed by their bytes, so a lookup needs no UTF-8 check (built so directly: a map
/// keyed by `&str` converted after cost a second hashing of every word).
type ByteMap = HashMap<&'static [u8], Word, BuildHasherDefault<FxHasher>>;

/// The top bit of each byte of `x` that is an ASCII letter (either case); the other bits 0.
/// Eight bytes at once: per byte, the low seven bits case-folded are at least "a" and not past
/// "z", and the top bit is clear; no sum carries into the next byte (0x7F + 0x1F < 0x100).
#[inline(always)]
pub(super) fn ascii_letter_bytes(x: u64) -> u64 {
    const LOW: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let folded = (x | 0x2020_2020_2020_2020) & LOW;
    let at_least_a = folded + 0x1F1F_1F1F_1F1F_1F1F;
    let past_z = folded + 0x0505_0505_0505_0505;
    at_least_a & !past_z & !x & HIGH
}

/// A word of one to eight ASCII letters as a u64 of its lower-case bytes (the first byte
/// lowest): loaded whole and tested eight bytes at once, where a byte at a time cost ~8
/// instructions a letter at every word the lexicon's filter lets through.
#[inline]
fn pack(word: &[u8]) -> Option<u64> {
    let len = word.len();
    let x = match word {
        [] => return None,
        [a] => u64::from(*a),
        [a, b] => u64::from(u16::from_le_bytes([*a, *b])),
        [a, b, c] => u64::from(u16::from_le_bytes([*a, *b])) | (u64::from(*c) << 16),
        _ if len <= 8 => {
            // Two four-byte loads, overlapping when the word is under eight bytes: a byte read
            // twice lands on itself, so OR-ing them keeps it.
            let first = word.first_chunk::<4>()?;
            let last = word.last_chunk::<4>()?;
            u64::from(u32::from_le_bytes(*first))
                | (u64::from(u32::from_le_bytes(*last)) << (8 * (len - 4)))
        }
        _ => return None,
    };
    // The word's bytes: the rest of the u64 is zeros.
    let used = u64::MAX >> (8 * (8 - len));
    let high = 0x8080_8080_8080_8080 & used;
    (ascii_letter_bytes(x) & high == high).then_some((x | 0x2020_2020_2020_2020) & used)
}

/// The words, and a 32768-bit filter over them that turns away most other words (nearly all
/// the prose of an article) before they are hashed and looked up.
pub struct Table {
    map: ByteMap,
    /// The words of at most eight ASCII letters (nearly every word looked up), by [`pack`].
    short: short::ShortTable,
    filter: [u64; 512],
}

/// The filter bit of a word, from its length and a few of its bytes, each with its 0x20 bit
/// set: a letter's two cases read alike (a lookup lower-cases the word), and any other byte is
/// read the same in the word and the key, which is all the filter needs.
#[inline]
fn filter_bit(word: &[u8]) -> usize {
    let (first, second, last) = match word {
        [] => (0, 0, 0),
        [a] => (*a, 0, *a),
        [a, b, ..] => (*a, *b, word.last().copied().unwrap_or(0)),
    };
    let at = |b: u8| u32::from(b | 0x20);
    let x = ((word.len() as u32) << 24) | (at(first) << 16) | (at(second) << 8) | at(last);
    (x.wrapping_mul(0x9E37_79B1) >> 17) as usize & 32767
}

/// The word table, built on first use. The tokenizer fetches it once per text.
pub fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let map = build();
        let mut filter = [0u64; 512];
        // Only keys in lower case can match: a lookup lower-cases the word.
        let short_word = |k: &[u8]| !k.iter().any(u8::is_ascii_uppercase) && pack(k).is_some();
        let short_words: Vec<(u64, Word)> = map
            .iter()
            .filter(|(k, _)| short_word(k))
            .filter_map(|(k, w)| Some((pack(k)?, *w)))
            .collect();
        let short = short::ShortTable::new(short_words.into_iter());
        for k in map.keys() {
            let bit = filter_bit(k);
            if let Some(w) = filter.get_mut(bit / 64) {
                *w |= 1 << (bit % 64);
            }
        }
        Table { map, short, filter }
    })
}

impl Table {
    /// The number of words.
    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// Every word of the table.
    #[cfg(test)]
    pub fn words(&'static self) -> impl Iterator<Item = &'static str> {
        self.map.keys().filter_map(|k| std::str::from_utf8(k).ok())
    }

    /// Looks up a word (any case). Words longer than 24 bytes are never in the table. The
    /// filter test is inlined into the tokenizer's loop; only words that pass it are hashed.
    #[inline]
    pub fn lookup(&'static self, word: &[u8]) -> Option<&'static Word> {
        if word.len() > 24 {
            return None;
        }
        let bit = filter_bit(word);
        if self
            .filter
            .get(bit / 64)
            .is_none_or(|w| w & (1 << (bit % 64)) == 0)
        {
            return None;
        }
        self.find(word)
    }

    #[inline(never)]
    fn find(&'static self, word: &[u8]) -> Option<&'static Word> {
        if let Some(key) = pack(word) {
            return self.short.get(key);
        }
        let mut buf = [0u8; 24];
        let lower = buf.get_mut(..word.len())?;
        for (d, &b) in lower.iter_mut().zip(word) {
            *d = b.to_ascii_lowercase();
        }
        self.map.get(&*lower)
    }
}

fn build() -> ByteMap {
    // Sized for the words the lists hold today (1,061 with the holidays of before the
    // festivals; the buckets growing would end with) and every word a generated holiday name
    // or spelling opens with: growing rehashes every word.
    let holidays = super::holiday_names::first_word_count();
    let mut t = ByteMap::with_capacity_and_hasher(800 + holidays, Default::default());
    let mut plural_ordinals: Vec<(&'static str, u64)> = Vec::new();
    for &(w, v) in UNITS {
        t.entry(w.as_bytes()).or_default().unit = Some(v);
    }
    for &(w, v) in TENS {
        t.entry(w.as_bytes()).or_default().ten = Some(v);
    }
    for &(w, v) in SCALES {
        t.entry(w.as_bytes()).or_default().scale = Some(v);
    }
    for &(w, v) in ORDINALS {
        t.entry(w.as_bytes()).or_default().ordinal = Some(v);
        // "fifths", "hundredths": leaked once per process to get a 'static key.
        if v != 2 {
            plural_ordinals.push((Box::leak(format!("{w}s").into_boxed_str()), v));
        }
    }
    for (w, v) in plural_ordinals {
        t.entry(w.as_bytes()).or_default().plural_fraction = Some(v);
    }
    for &(w, v) in FRACTION_WORDS {
        t.entry(w.as_bytes()).or_default().plural_fraction = Some(v);
    }
    for &(w, v) in MONTHS {
        t.entry(w.as_bytes()).or_default().month = Some(v);
    }
    for &(w, v, plural) in WEEKDAYS {
        let e = t.entry(w.as_bytes()).or_default();
        e.weekday = Some(v);
        e.weekday_plural = plural;
    }
    for &(w, u, plural) in TIME_UNITS {
        let e = t.entry(w.as_bytes()).or_default();
        e.time_unit = Some(u);
        e.time_unit_plural = plural;
    }
    // The first unit to claim a spelling keeps it (the table lists the commoner reading first).
    for (i, u) in measure_units().iter().enumerate() {
        for &w in &u.words {
            t.entry(w.as_bytes())
                .or_default()
                .measure
                .get_or_insert(i as u16);
        }
    }
    for &w in STARTERS {
        t.entry(w.as_bytes()).or_default().starter = true;
    }
    for &w in SET_ADVERBS {
        let e = t.entry(w.as_bytes()).or_default();
        e.starter = true;
        e.strong = true;
    }
    // The generated holidays: a name's first word opens a date; a one-word name is one.
    for (w, alone) in super::holiday_names::first_words() {
        let e = t.entry(w.as_bytes()).or_default();
        e.starter = true;
        e.holiday = true;
        e.strong |= alone;
    }
    // "St Patrick's Day": "St" opens the names kept with "saint"; "Presidents Day" those kept
    // as "president ' s day".
    let possessives = super::holiday_names::possessive_first_words().iter();
    for w in std::iter::once("st").chain(possessives.map(|(plural, _)| *plural)) {
        let e = t.entry(w.as_bytes()).or_default();
        e.starter = true;
        e.holiday = true;
    }
    // The hand-written holidays whose first word is no date word ("Mother's Day").
    for &w in super::dates::HOLIDAY_OPENERS {
        let e = t.entry(w.as_bytes()).or_default();
        e.starter = true;
        e.holiday = true;
    }
    for &w in STRONG
        .iter()
        .chain(super::factors::FOLD_WORDS.iter().map(|(w, _)| w))
    {
        t.entry(w.as_bytes()).or_default().strong = true;
    }
    // "lunchtime", "at dawn": a time of day by itself, or after a preposition the grammar checks.
    for &w in super::dates::TIME_WORDS
        .iter()
        .chain(super::dates::TIMED_WORDS)
    {
        t.entry(w.as_bytes()).or_default().strong = true;
    }
    for &w in SIGNALS {
        t.entry(w.as_bytes()).or_default().signal = true;
    }
    for w in t.values_mut() {
        w.strong |= w.unit.is_some()
            || w.ten.is_some()
            || w.scale.is_some()
            || w.ordinal.is_some()
            || w.plural_fraction.is_some()
            || w.month.is_some()
            || w.weekday.is_some();
        w.signal |= w.strong;
        // A unit signals a figure nearby: "a kilogram", "half a litre"; so does a unit of
        // time, in every spelling ("within a minute of", "an hr ago", "for a few secs").
        w.signal |= w.measure.is_some() || w.time_unit.is_some();
    }
    for (i, c) in CURRENCY_WORDS.iter().enumerate() {
        for &w in c.words {
            let e = t.entry(w.as_bytes()).or_default();
            e.currency = Some(i as u16);
            // "a dollar": a currency's name signals an amount with no number written.
            e.signal = true;
        }
    }
    t
}

/// Looks up a word (any case).
#[cfg(test)]
pub fn lookup(word: &str) -> Option<&'static Word> {
    table().lookup(word.as_bytes())
}

/// The value of a plural/singular fraction denominator word used after a count ("two thirds",
/// "one eighth", "a half").
pub fn fraction_denominator(w: &Word) -> Option<u64> {
    w.plural_fraction.or(match w.ordinal {
        Some(n) if n > 2 => Some(n),
        _ => None,
    })
}

#[cfg(test)]
#[allow(clippy::type_complexity)]
mod tests {
    use super::*;

    #[test]
    fn pack_is_the_word_a_byte_at_a_time() {
        let by_byte = |word: &[u8]| -> Option<u64> {
            if word.is_empty() || word.len() > 8 || !word.iter().all(u8::is_ascii_alphabetic) {
                return None;
            }
            Some(
                word.iter()
                    .enumerate()
                    .fold(0, |key, (n, &b)| key | (u64::from(b | 0x20) << (8 * n))),
            )
        };
        // Every byte value at every place of words of zero to nine letters.
        for len in 0..10 {
            for at in 0..len {
                for b in 0..=255u8 {
                    let mut word: Vec<u8> = (0..len).map(|k| b"TiMeSzAq"[k % 8]).collect();
                    word[at] = b;
                    assert_eq!(pack(&word), by_byte(&word), "{word:?}");
                }
            }
            let word: Vec<u8> = (0..len).map(|k| b"foldZ"[k % 5]).collect();
            assert_eq!(pack(&word), by_byte(&word), "{word:?}");
        }
    }

    #[test]
    fn roles_are_merged_and_case_is_ignored() {
        let cases: &[(&str, fn(&Word) -> bool)] = &[
            ("Second is an ordinal", |w| w.ordinal == Some(2)),
            ("second is a time unit", |w| {
                w.time_unit == Some(TimeUnit::Second)
            }),
        ];
        for (name, check) in cases {
            let word = name.split(' ').next().unwrap_or("");
            let w = lookup(word).unwrap_or_else(|| panic!("{name}: missing"));
            assert!(check(w), "{name}");
        }
        assert_eq!(lookup("FIFTHS").and_then(|w| w.plural_fraction), Some(5));
        assert_eq!(lookup("May").and_then(|w| w.month), Some(5));
        assert!(lookup("elephant").is_none());
    }

    #[test]
    fn the_filter_lets_every_word_through() {
        for key in table().map.keys() {
            let key = std::str::from_utf8(key).unwrap_or_default();
            assert!(lookup(key).is_some(), "{key}");
            assert!(
                lookup(&key.to_ascii_uppercase()).is_some(),
                "{key} in capitals"
            );
        }
    }
}
