//! The generated holiday lexicon: English names of the holidays the `holidays` package keeps for
//! English-speaking and other countries, with the day of a fixed holiday or the dates of a
//! movable one by year, read from `generated/statistics/holidays.tsv` (made by
//! `scripts/lexicons/holiday_dates.py`; see `generated/README.md`).

use std::collections::HashMap;
use std::sync::OnceLock;

use super::lexicon::FxHasher;

/// `generated/statistics/holidays.tsv` with its dates packed by the build script
/// ([`super::holiday_dates`]: each year's day as its difference from the year before).
pub(super) const DATA: &str = include_str!(concat!(env!("OUT_DIR"), "/holidays.packed"));
/// The spellings transliteration gives the names ("eid ul - adha", "rosh hashana"), made from
/// `DATA` by the rules of `holiday_spellings.rs` (`gloss-holiday-spellings`), one line for each
/// word a spelling starts with.
const SPELLINGS: &str = include_str!("../../generated/statistics/holiday_spellings.tsv");

/// One holiday: its name as tokens ("saint", "patrick", "'", "s", "day"), its fixed (month, day)
/// if it has one, and otherwise its dates from a first year on ("2019:0421,0412,,0404,…": an
/// empty day where the countries that keep it disagree); for a season of several days (Ramadan,
/// Hanukkah), its last day by year ("2024:2024-04-09,…") in a field after them.
#[derive(Clone, Debug, PartialEq)]
pub struct Holiday {
    pub words: Vec<&'static str>,
    pub fixed: Option<(u8, u8)>,
    /// The dates by year and the last days of a season, as the file writes them (split only
    /// when a holiday is found: most of the file's bytes are dates).
    days: &'static str,
    /// The line of the file it is read from (a spelling: its name's), which orders names of
    /// one length.
    line: u16,
}

impl Holiday {
    /// The holiday's (month, day) in `year`: the fixed day, or the listed date of that year.
    pub fn on(&self, year: Option<i32>) -> Option<(u8, u8)> {
        if self.fixed.is_some() {
            return self.fixed;
        }
        let dates = self.days.split('\t').next()?;
        let (first, days) = dates.split_once(':')?;
        let index = usize::try_from(year? - first.parse::<i32>().ok()?).ok()?;
        super::holiday_dates::nth_day(days, index)
    }

    /// The last day (year, month, day) of the season that starts in `year`, for a holiday that
    /// lasts several days.
    pub fn until(&self, year: i32) -> Option<(i32, u8, u8)> {
        let key = format!("{year}:");
        let day = self
            .days
            .split('\t')
            .nth(1)?
            .split(',')
            .find_map(|d| d.strip_prefix(key.as_str()))?;
        let (y, md) = day.split_once('-')?;
        let (m, d) = month_day(md)?;
        Some((y.parse().ok()?, m, d))
    }
}

fn month_day(s: &str) -> Option<(u8, u8)> {
    let (m, d) = s.split_once('-')?;
    Some((m.parse().ok()?, d.parse().ok()?))
}

/// The lines of a generated file, comments left out. The files are long (a quarter of a
/// megabyte together): `str::lines` cost about four instructions a byte of start-up, `memchr`
/// a fraction of one.
fn lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    let mut start = 0;
    memchr::memchr_iter(b'\n', text.as_bytes())
        .chain(std::iter::once(text.len()))
        .filter_map(move |end| {
            let line = text.get(start..end);
            start = end + 1;
            line
        })
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The field before the first tab of `line` and the rest after it.
fn cut(line: &'static str) -> Option<(&'static str, &'static str)> {
    let tab = memchr::memchr(b'\t', line.as_bytes())?;
    Some((line.get(..tab)?, line.get(tab + 1..)?))
}

/// A line's fixed day, and its dates by year and last days of a season.
type Days = (Option<(u8, u8)>, &'static str);

type Hasher = std::hash::BuildHasherDefault<FxHasher>;

/// The names that start with one word: those the file writes (longest first), and the line of
/// `holiday_spellings.tsv` that starts with the word, if one does, with the word's names and
/// those spellings in one list, made the first time the word is looked up; whether one name
/// or spelling is the word alone ("diwali"), and whether one is a possessive ("mother ' s").
#[derive(Default)]
struct Bucket {
    names: Vec<Holiday>,
    spelled: Option<(&'static str, OnceLock<Vec<Holiday>>)>,
    alone: bool,
    possessive: bool,
    /// Whether a name is this word and "day" ("groundhog day", "veterans day"), which news also
    /// writes with the word's plural or possessive ("Groundhogs Day", "Veteran's Day").
    before_day: bool,
}

struct Table {
    buckets: HashMap<&'static str, Bucket, Hasher>,
    /// name -> its days and line, for the spellings, which name the line they are read as.
    days: HashMap<&'static str, (Days, u16), Hasher>,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t: HashMap<&'static str, Bucket, Hasher> =
            HashMap::with_capacity_and_hasher(1200, Default::default());
        // name -> (fixed, days), for the lines that repeat another's ("=eid al - adha").
        let mut days: HashMap<&str, (Days, u16), Hasher> =
            HashMap::with_capacity_and_hasher(700, Default::default());
        for (line, text) in lines(DATA).enumerate() {
            let line = u16::try_from(line).unwrap_or(u16::MAX);
            let Some((name, rest)) = cut(text) else {
                continue;
            };
            let (second, rest) = cut(rest).unwrap_or((rest, ""));
            let (fixed, rest) = match second.strip_prefix('=') {
                Some(other) => match days.get(other) {
                    Some((d, _)) => *d,
                    None => continue,
                },
                None => (month_day(second), rest),
            };
            days.insert(name, ((fixed, rest), line));
            let words: Vec<&'static str> = name.split(' ').filter(|w| !w.is_empty()).collect();
            let Some(first) = words.first().copied() else {
                continue;
            };
            let bucket = t.entry(first).or_default();
            bucket.alone |= words.len() == 1;
            bucket.possessive |= words.get(1) == Some(&"'") && words.get(2) == Some(&"s");
            bucket.before_day |= words.len() == 2 && words.get(1) == Some(&"day");
            bucket.names.push(Holiday {
                words,
                fixed,
                days: rest,
                line,
            });
        }
        // Longest names first, so "eid al - fitr holiday" wins over "eid al - fitr".
        for bucket in t.values_mut() {
            crate::sorting::sort_by_key(&mut bucket.names, |h| std::cmp::Reverse(h.words.len()));
        }
        // The spellings are read only as far as their first word and flags here: the lexicon
        // needs every word a name may open with at once, a word's spellings only once it is met.
        for text in lines(SPELLINGS) {
            let Some((first, rest)) = cut(text) else {
                continue;
            };
            let flags = cut(rest).map_or(rest, |(flags, _)| flags);
            let bucket = t.entry(first).or_default();
            bucket.alone |= flags.contains('1');
            bucket.possessive |= flags.contains('s');
            bucket.spelled = Some((text, OnceLock::new()));
        }
        Table { buckets: t, days }
    })
}

/// A line of `holiday_spellings.tsv` ("eid<TAB>flags<TAB>ul - adha|el - adha<TAB>eid al - adha
/// <TAB>…": the first word, then the other words of a name's spellings and the name) with the
/// names that start with its word, in the order the spellings were made in: by the line of the
/// name each comes from, the name before its spellings, and longest first.
fn with_spellings(names: &[Holiday], line: &'static str, t: &Table) -> Vec<Holiday> {
    let mut out = names.to_vec();
    let mut f = line.split('\t');
    let (Some(first), Some(_flags)) = (f.next(), f.next()) else {
        return out;
    };
    while let (Some(spelled), Some(name)) = (f.next(), f.next()) {
        let Some(&((fixed, days), line)) = t.days.get(name) else {
            continue;
        };
        for rest in spelled.split('|') {
            let words = std::iter::once(first)
                .chain(rest.split(' ').filter(|w| !w.is_empty()))
                .collect();
            out.push(Holiday {
                words,
                fixed,
                days,
                line,
            });
        }
    }
    crate::sorting::sort_by_key(&mut out, |h| (std::cmp::Reverse(h.words.len()), h.line));
    out
}

/// The holidays whose name starts with `word` (lower case).
pub fn starting_with(word: &str) -> &'static [Holiday] {
    let t = table();
    let Some(bucket) = t.buckets.get(word) else {
        return &[];
    };
    match &bucket.spelled {
        None => &bucket.names,
        Some((line, list)) => list.get_or_init(|| with_spellings(&bucket.names, line, t)),
    }
}

/// Other forms of names' first words, with the word: the possessive names' first words written
/// without their apostrophe ("presidents" of "president ' s day"), and for a name of a word and
/// "day" the word's plural ("groundhogs" of "groundhog day") or, for a plural, its singular,
/// read before "'s" ("veteran" of "veterans day"); once per process.
pub fn possessive_first_words() -> &'static [(&'static str, &'static str)] {
    static WORDS: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut out: Vec<(&'static str, &'static str)> = Vec::new();
        let t = table();
        for (w, bucket) in &t.buckets {
            let form = if bucket.possessive {
                format!("{w}s")
            } else if !bucket.before_day || w.len() < 4 {
                // Not a short word's ("ve day": "ves" is a currency's code).
                continue;
            } else {
                let form = match w.strip_suffix('s').filter(|s| s.len() > 2) {
                    Some(stem) => stem.to_string(),
                    None => format!("{w}s"),
                };
                // A form that opens names of its own keeps to them.
                if t.buckets.contains_key(form.as_str()) {
                    continue;
                }
                form
            };
            out.push((Box::leak(form.into_boxed_str()), w));
        }
        crate::sorting::sort_plain(&mut out);
        out.dedup_by(|a, b| a.0 == b.0);
        out
    })
}

/// Every name's first word, and whether the name is that one word ("diwali").
pub fn first_words() -> impl Iterator<Item = (&'static str, bool)> {
    table().buckets.iter().map(|(w, bucket)| (*w, bucket.alone))
}

/// The number of words a name or spelling starts with (the lexicon is sized with them).
pub fn first_word_count() -> usize {
    table().buckets.len()
}
