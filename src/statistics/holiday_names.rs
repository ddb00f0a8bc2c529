//! The generated holiday lexicon: English names of the holidays the `holidays` package keeps for
//! English-speaking and other countries, with the day of a fixed holiday or the dates of a
//! movable one by year, read from `generated/statistics/holidays.tsv` (made by
//! `scripts/lexicons/holiday_dates.py`; see `generated/README.md`).

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use super::holiday_spellings::spellings;
use super::lexicon::FxHasher;

const DATA: &str = include_str!("../../generated/statistics/holidays.tsv");

/// One holiday: its name as tokens ("saint", "patrick", "'", "s", "day"), its fixed (month, day)
/// if it has one, and otherwise its dates from a first year on ("2019:0421,0412,,0404,…": an
/// empty day where the countries that keep it disagree); for a season of several days (Ramadan,
/// Hanukkah), its last day by year ("2024:2024-04-09,…").
pub struct Holiday {
    pub words: Vec<&'static str>,
    pub fixed: Option<(u8, u8)>,
    dates: &'static str,
    until: &'static str,
}

impl Holiday {
    /// The holiday's (month, day) in `year`: the fixed day, or the listed date of that year.
    pub fn on(&self, year: Option<i32>) -> Option<(u8, u8)> {
        if self.fixed.is_some() {
            return self.fixed;
        }
        let (first, days) = self.dates.split_once(':')?;
        let index = usize::try_from(year? - first.parse::<i32>().ok()?).ok()?;
        let day = days.split(',').nth(index)?;
        let (m, d) = (day.get(..2)?, day.get(2..)?);
        Some((m.parse().ok()?, d.parse().ok()?))
    }
}

impl Holiday {
    /// The last day (year, month, day) of the season that starts in `year`, for a holiday that
    /// lasts several days.
    pub fn until(&self, year: i32) -> Option<(i32, u8, u8)> {
        let key = format!("{year}:");
        let day = self
            .until
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

/// A line's fixed day, dates by year and last days of a season.
type Days = (Option<(u8, u8)>, &'static str, &'static str);

type Map = HashMap<&'static str, Vec<Holiday>, std::hash::BuildHasherDefault<FxHasher>>;

fn table() -> &'static Map {
    static TABLE: OnceLock<Map> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = Map::with_capacity_and_hasher(1200, Default::default());
        // name -> (fixed, dates, until), for the lines that repeat another's ("=eid al - adha").
        let mut days: HashMap<&str, Days, std::hash::BuildHasherDefault<FxHasher>> =
            HashMap::with_capacity_and_hasher(700, Default::default());
        // The names as the file writes them (a spelling never takes another name's place).
        let mut named: HashSet<Vec<&'static str>> = HashSet::new();
        let mut lines: Vec<(Vec<&'static str>, Days)> = Vec::new();
        for line in DATA.lines().filter(|l| !l.starts_with('#')) {
            let mut f = line.split('\t');
            let (Some(name), Some(second)) = (f.next(), f.next()) else {
                continue;
            };
            let (fixed, dates, until) = match second.strip_prefix('=') {
                Some(other) => match days.get(other) {
                    Some(d) => *d,
                    None => continue,
                },
                None => (
                    month_day(second),
                    f.next().unwrap_or(""),
                    f.next().unwrap_or(""),
                ),
            };
            days.insert(name, (fixed, dates, until));
            let words: Vec<&'static str> = name.split(' ').filter(|w| !w.is_empty()).collect();
            named.insert(words.clone());
            lines.push((words, (fixed, dates, until)));
        }
        // Each name under its own words, then under each spelling transliteration gives it
        // ("eid ul - adha", "rosh hashana") that no other name has.
        let mut words_seen: HashSet<&'static str> = HashSet::new();
        for (words, (fixed, dates, until)) in lines {
            for spelling in spellings(&words) {
                let spelled: Vec<&'static str> = spelling
                    .into_iter()
                    .map(|w| match words_seen.get(w.as_str()) {
                        Some(seen) => *seen,
                        None => {
                            let w: &'static str = Box::leak(w.into_boxed_str());
                            words_seen.insert(w);
                            w
                        }
                    })
                    .collect();
                if spelled != words && !named.insert(spelled.clone()) {
                    continue;
                }
                let Some(first) = spelled.first().copied() else {
                    continue;
                };
                t.entry(first).or_default().push(Holiday {
                    words: spelled,
                    fixed,
                    dates,
                    until,
                });
            }
        }
        // Longest names first, so "eid al - fitr holiday" wins over "eid al - fitr".
        for list in t.values_mut() {
            list.sort_by_key(|h| std::cmp::Reverse(h.words.len()));
        }
        t
    })
}

/// The holidays whose name starts with `word` (lower case).
pub fn starting_with(word: &str) -> &'static [Holiday] {
    table().get(word).map(Vec::as_slice).unwrap_or(&[])
}

/// The first words of the possessive names written without their apostrophe ("presidents"
/// of "president ' s day"): each name's first word with an "s", once per process.
pub fn possessive_first_words() -> &'static [(&'static str, &'static str)] {
    static WORDS: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut out: Vec<(&'static str, &'static str)> = Vec::new();
        for (w, list) in table() {
            let possessive = list
                .iter()
                .any(|h| h.words.get(1) == Some(&"'") && h.words.get(2) == Some(&"s"));
            if possessive {
                let plural: &'static str = Box::leak(format!("{w}s").into_boxed_str());
                out.push((plural, w));
            }
        }
        out.sort_unstable();
        out
    })
}

/// Every name's first word, and whether the name is that one word ("diwali").
pub fn first_words() -> impl Iterator<Item = (&'static str, bool)> {
    table()
        .iter()
        .map(|(w, list)| (*w, list.iter().any(|h| h.words.len() == 1)))
}
