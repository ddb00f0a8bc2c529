//! The words the statistics layer knows, merged into one table looked up once per word token.
//!
//! A word may play several roles ("second" is an ordinal and a time unit, "may" a month), so
//! each entry carries every role it has; the grammars pick the one the context calls for.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use super::units::{measure_units, CURRENCY_WORDS};

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

/// Words that are statistics by themselves, besides number, month and weekday words.
const STRONG: &[&str] = &[
    "today",
    "tomorrow",
    "yesterday",
    "tonight",
    "tonite",
    "noon",
    "noonish",
    "midnight",
    "midday",
    "doubled",
    "doubling",
    "halved",
    "halving",
    "tripled",
    "trebled",
    "quadrupled",
    "double",
    "triple",
    "twice",
    "christmas",
    "xmas",
    "easter",
    "halloween",
    "thanksgiving",
    "half",
    "quarter",
    "percent",
    "dozen",
    "q",
    "h",
    "week",
    // A dime is money by itself (`money::a_coin`).
    "dime",
    // The end or beginning of a period as business writing abbreviates it ("by EOD", "BOM").
    "eod",
    "eow",
    "eom",
    "eoq",
    "eoy",
    "bom",
    "boq",
];

/// Adverbs that are a set (recurrence) on their own: "weekly", "daily". Each is a statistic by
/// itself and opens a date phrase.
pub const SET_ADVERBS: &[&str] = &[
    "weekly",
    "everyday",
    "monthly",
    "annually",
    "quarterly",
    "fortnightly",
    "biweekly",
    "yearly",
    "daily",
    "hourly",
];

/// Words that signal a statistic nearby without opening one themselves.
const SIGNALS: &[&str] = &[
    "summer",
    "winter",
    "spring",
    "autumn",
    "morning",
    "afternoon",
    "evening",
    "night",
    "now",
    "date",
    "weekend",
    "decade",
    "century",
    "fortnight",
    "year",
    "month",
    "day",
    "hour",
    "hours",
    "minutes",
    "days",
    "weeks",
    "months",
    "years",
    "percent",
    "cent",
    // "a nickel", "a dime": one coin (`money::a_coin`).
    "nickel",
    "dime",
    // "last season", "next yr", "this qtr".
    "season",
    "yr",
    "wk",
    "qtr",
];

/// Words that can open a statistic or a date phrase, besides the number, date and unit words.
const STARTERS: &[&str] = &[
    // "AD 79": the era before a year.
    "ad",
    "a",
    "through",
    "once",
    "thrice",
    "minus",
    "negative",
    "academic",
    "calendar",
    "financial",
    "fiscal",
    "school",
    "tax",
    "an",
    "all",
    "after",
    "age",
    "aged",
    "around",
    "as",
    "at",
    "before",
    "beginning",
    "between",
    "black",
    "boxing",
    "c",
    "christmas",
    "circa",
    "coming",
    "couple",
    "current",
    "day",
    "double",
    "doubled",
    "doubling",
    "each",
    "earlier",
    "early",
    "easter",
    "end",
    "every",
    "few",
    "final",
    "following",
    "from",
    "h",
    "half",
    "halved",
    "halving",
    "halloween",
    "hk",
    "in",
    "independence",
    "labor",
    "labour",
    "last",
    "late",
    "later",
    "memorial",
    "mex",
    "mid",
    "middle",
    "minus",
    "negative",
    "new",
    "next",
    "no",
    "noon",
    "noonish",
    "not",
    "past",
    "per",
    "percent",
    "percentage",
    "previous",
    "prior",
    "q",
    "quadrupled",
    "quarter",
    "right",
    "same",
    "semi",
    "bi",
    "several",
    "since",
    "some",
    "start",
    "starting",
    "thanksgiving",
    "the",
    "this",
    "till",
    "today",
    "tomorrow",
    "tonight",
    "tonite",
    "trebled",
    "triple",
    "tripled",
    "twice",
    "until",
    "upcoming",
    "us",
    "valentine",
    "within",
    "yesterday",
    "midday",
    "midnight",
    "year",
    "to",
    "more",
    "less",
    "nearly",
    "almost",
    "roughly",
    "nz",
    "au",
    "can",
    "mx",
    "mxn",
    "cad",
    "aud",
    "hkd",
    "nzd",
    "sgd",
];

const UNITS: &[(&str, u8)] = &[
    ("zero", 0),
    ("nought", 0),
    ("naught", 0),
    ("nil", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
];

const TENS: &[(&str, u8)] = &[
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fourty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

const SCALES: &[(&str, f64)] = &[
    ("hundred", 1e2),
    ("hundreds", 1e2),
    ("thousand", 1e3),
    ("thousands", 1e3),
    ("million", 1e6),
    ("millions", 1e6),
    ("billion", 1e9),
    ("billions", 1e9),
    ("trillion", 1e12),
    ("trillions", 1e12),
    ("lakh", 1e5),
    ("lakhs", 1e5),
    ("crore", 1e7),
    ("crores", 1e7),
    // Other spellings of the Indian scales: "3 lacs", "three hundred krores".
    ("lac", 1e5),
    ("lacs", 1e5),
    ("krore", 1e7),
    ("krores", 1e7),
    ("dozen", 12.0),
    ("dozens", 12.0),
    ("doz", 12.0),
    ("dozs", 12.0),
];

/// Abbreviated magnitudes written after a number ("1.5bn", "10 bln", "£3m"). Not in the word
/// table because "m" and "k" mean other things on their own.
pub const MAGNITUDE_SUFFIXES: &[(&str, f64)] = &[
    ("k", 1e3),
    ("thousand", 1e3),
    ("m", 1e6),
    ("mn", 1e6),
    ("mln", 1e6),
    ("mil", 1e6),
    ("mill", 1e6),
    ("million", 1e6),
    ("b", 1e9),
    ("bn", 1e9),
    ("bln", 1e9),
    ("billion", 1e9),
    ("g", 1e9),
    ("t", 1e12),
    ("tn", 1e12),
    ("tln", 1e12),
    ("trillion", 1e12),
    // "Rs 5,000 cr": crore, read after an amount only (see `scale_suffix`).
    ("cr", 1e7),
];

const ORDINALS: &[(&str, u64)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("sixteenth", 16),
    ("seventeenth", 17),
    ("eighteenth", 18),
    ("nineteenth", 19),
    ("twentieth", 20),
    ("thirtieth", 30),
    ("fortieth", 40),
    ("fiftieth", 50),
    ("sixtieth", 60),
    ("seventieth", 70),
    ("eightieth", 80),
    ("ninetieth", 90),
    ("hundredth", 100),
    ("thousandth", 1000),
    ("millionth", 1_000_000),
    ("billionth", 1_000_000_000),
    ("trillionth", 1_000_000_000_000),
];

/// Plural fraction words beyond the plural ordinals ("fifths" is derived from "fifth").
const FRACTION_WORDS: &[(&str, u64)] =
    &[("half", 2), ("halves", 2), ("quarter", 4), ("quarters", 4)];

const MONTHS: &[(&str, u8)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

const WEEKDAYS: &[(&str, u8, bool)] = &[
    ("monday", 1, false),
    ("mon", 1, false),
    ("mondays", 1, true),
    ("tuesday", 2, false),
    ("tue", 2, false),
    ("tues", 2, false),
    ("tuesdays", 2, true),
    ("wednesday", 3, false),
    ("wed", 3, false),
    ("wednesdays", 3, true),
    ("thursday", 4, false),
    ("thu", 4, false),
    ("thur", 4, false),
    ("thurs", 4, false),
    ("thursdays", 4, true),
    ("friday", 5, false),
    ("fri", 5, false),
    ("fridays", 5, true),
    ("saturday", 6, false),
    ("sat", 6, false),
    ("saturdays", 6, true),
    ("sunday", 7, false),
    ("sun", 7, false),
    ("sundays", 7, true),
];

const TIME_UNITS: &[(&str, TimeUnit, bool)] = &[
    ("second", TimeUnit::Second, false),
    ("seconds", TimeUnit::Second, true),
    ("sec", TimeUnit::Second, false),
    ("secs", TimeUnit::Second, true),
    ("minute", TimeUnit::Minute, false),
    ("minutes", TimeUnit::Minute, true),
    ("min", TimeUnit::Minute, false),
    ("mins", TimeUnit::Minute, true),
    ("hour", TimeUnit::Hour, false),
    ("hours", TimeUnit::Hour, true),
    ("hr", TimeUnit::Hour, false),
    ("hrs", TimeUnit::Hour, true),
    ("h", TimeUnit::Hour, false),
    ("day", TimeUnit::Day, false),
    ("days", TimeUnit::Day, true),
    ("night", TimeUnit::Night, false),
    ("nights", TimeUnit::Night, true),
    ("week", TimeUnit::Week, false),
    ("weeks", TimeUnit::Week, true),
    ("wk", TimeUnit::Week, false),
    ("wks", TimeUnit::Week, true),
    ("weekend", TimeUnit::Weekend, false),
    ("weekends", TimeUnit::Weekend, true),
    ("fortnight", TimeUnit::Fortnight, false),
    ("fortnights", TimeUnit::Fortnight, true),
    ("month", TimeUnit::Month, false),
    ("months", TimeUnit::Month, true),
    ("quarter", TimeUnit::Quarter, false),
    ("quarters", TimeUnit::Quarter, true),
    ("qtr", TimeUnit::Quarter, false),
    ("qtrs", TimeUnit::Quarter, true),
    ("year", TimeUnit::Year, false),
    ("years", TimeUnit::Year, true),
    ("yr", TimeUnit::Year, false),
    ("y", TimeUnit::Year, false),
    ("yrs", TimeUnit::Year, true),
    ("decade", TimeUnit::Decade, false),
    ("decades", TimeUnit::Decade, true),
    ("century", TimeUnit::Century, false),
    ("centuries", TimeUnit::Century, true),
];

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

type Map = HashMap<&'static str, Word, BuildHasherDefault<FxHasher>>;
/// The same words keyed by their bytes, so a lookup needs no UTF-8 check.
type ByteMap = HashMap<&'static [u8], Word, BuildHasherDefault<FxHasher>>;
/// The words of at most eight ASCII letters (nearly every word looked up), packed into a u64.
type ShortMap = HashMap<u64, Word, BuildHasherDefault<FxHasher>>;

/// A word of one to eight ASCII letters as a u64 of its lower-case bytes.
#[inline]
fn pack(word: &[u8]) -> Option<u64> {
    if word.is_empty() || word.len() > 8 {
        return None;
    }
    let mut key = 0u64;
    for (n, &b) in word.iter().enumerate() {
        if !b.is_ascii_alphabetic() {
            return None;
        }
        key |= u64::from(b | 0x20) << (8 * n);
    }
    Some(key)
}

/// The words, and a 32768-bit filter over them that turns away most other words (nearly all
/// the prose of an article) before they are hashed and looked up.
pub struct Table {
    map: ByteMap,
    short: ShortMap,
    filter: [u64; 512],
}

/// The filter bit of a word, from its length and a few of its letters (ASCII lower case).
#[inline]
fn filter_bit(word: &[u8]) -> usize {
    let at = |k: usize| u32::from(word.get(k).map_or(0, u8::to_ascii_lowercase));
    let last = word.len().checked_sub(1).map_or(0, at);
    let x = ((word.len() as u32) << 24) | (at(0) << 16) | (at(1) << 8) | last;
    (x.wrapping_mul(0x9E37_79B1) >> 17) as usize & 32767
}

/// The word table, built on first use. The tokenizer fetches it once per text.
pub fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let map = build();
        let mut filter = [0u64; 512];
        let map: ByteMap = map.into_iter().map(|(k, w)| (k.as_bytes(), w)).collect();
        // Only keys in lower case can match: a lookup lower-cases the word.
        let short: ShortMap = map
            .iter()
            .filter(|(k, _)| !k.iter().any(u8::is_ascii_uppercase))
            .filter_map(|(k, w)| Some((pack(k)?, *w)))
            .collect();
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
            return self.short.get(&key);
        }
        let mut buf = [0u8; 24];
        let lower = buf.get_mut(..word.len())?;
        for (d, &b) in lower.iter_mut().zip(word) {
            *d = b.to_ascii_lowercase();
        }
        self.map.get(&*lower)
    }
}

fn build() -> Map {
    let mut t = Map::default();
    let mut plural_ordinals: Vec<(&'static str, u64)> = Vec::new();
    for &(w, v) in UNITS {
        t.entry(w).or_default().unit = Some(v);
    }
    for &(w, v) in TENS {
        t.entry(w).or_default().ten = Some(v);
    }
    for &(w, v) in SCALES {
        t.entry(w).or_default().scale = Some(v);
    }
    for &(w, v) in ORDINALS {
        t.entry(w).or_default().ordinal = Some(v);
        // "fifths", "hundredths": leaked once per process to get a 'static key.
        if v != 2 {
            plural_ordinals.push((Box::leak(format!("{w}s").into_boxed_str()), v));
        }
    }
    for (w, v) in plural_ordinals {
        t.entry(w).or_default().plural_fraction = Some(v);
    }
    for &(w, v) in FRACTION_WORDS {
        t.entry(w).or_default().plural_fraction = Some(v);
    }
    for &(w, v) in MONTHS {
        t.entry(w).or_default().month = Some(v);
    }
    for &(w, v, plural) in WEEKDAYS {
        let e = t.entry(w).or_default();
        e.weekday = Some(v);
        e.weekday_plural = plural;
    }
    for &(w, u, plural) in TIME_UNITS {
        let e = t.entry(w).or_default();
        e.time_unit = Some(u);
        e.time_unit_plural = plural;
    }
    // The first unit to claim a spelling keeps it (the table lists the commoner reading first).
    for (i, u) in measure_units().iter().enumerate() {
        for &w in &u.words {
            t.entry(w).or_default().measure.get_or_insert(i as u16);
        }
    }
    for &w in STARTERS {
        t.entry(w).or_default().starter = true;
    }
    for &w in SET_ADVERBS {
        let e = t.entry(w).or_default();
        e.starter = true;
        e.strong = true;
    }
    // The generated holidays: a name's first word opens a date; a one-word name is one.
    for (w, alone) in super::holiday_names::first_words() {
        let e = t.entry(w).or_default();
        e.starter = true;
        e.holiday = true;
        e.strong |= alone;
    }
    // "St Patrick's Day": "St" opens the names kept with "saint"; "Presidents Day" those kept
    // as "president ' s day".
    let possessives = super::holiday_names::possessive_first_words().iter();
    for w in std::iter::once("st").chain(possessives.map(|(plural, _)| *plural)) {
        let e = t.entry(w).or_default();
        e.starter = true;
        e.holiday = true;
    }
    // The hand-written holidays whose first word is no date word ("Mother's Day").
    for &w in super::dates::HOLIDAY_OPENERS {
        let e = t.entry(w).or_default();
        e.starter = true;
        e.holiday = true;
    }
    for &w in STRONG {
        t.entry(w).or_default().strong = true;
    }
    for &w in SIGNALS {
        t.entry(w).or_default().signal = true;
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
        // A unit signals a figure nearby: "a kilogram", "half a litre".
        w.signal |= w.measure.is_some();
    }
    for (i, c) in CURRENCY_WORDS.iter().enumerate() {
        for &w in c.words {
            let e = t.entry(w).or_default();
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
