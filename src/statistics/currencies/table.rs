//! The currency table read from `generated/statistics/currencies.tsv`: by the build script for
//! native builds (which lays it out as static data, `frozen.rs`), at first use in WASM.

use std::collections::HashMap;

use super::frozen::{lay_out_slots, Frozen, KeyHasher, NameWords, StaticMap};

const DATA: &str = include_str!("../../../generated/statistics/currencies.tsv");

pub(super) type Map<V> = HashMap<&'static str, V, std::hash::BuildHasherDefault<KeyHasher>>;

pub struct Currencies {
    /// "KWD" → ("KWD", false, true): the codes, upper case, whether the code is also a common
    /// English word ("ALL", "TOP"), read as a code only when attached to the number, and
    /// whether the currency is current.
    pub(super) codes: Map<(&'static str, bool, bool)>,
    /// "RM" → "MYR": symbols written with letters or marks, case as written.
    pub(super) symbols: Map<&'static str>,
    /// "ringgit" → "MYR": name words that name one current currency.
    pub(super) words: Map<&'static str>,
    /// First word of a name → (the name's words, code), longest names first.
    pub(super) names: Map<Vec<(NameWords, &'static str, bool)>>,
    /// "rs" → INR LKR MUR PKR: symbols several currencies write (lower case, no dots).
    pub(super) shared_symbols: Map<Vec<&'static str>>,
    /// "rials" → IRR OMR YER: name words several currencies end with.
    pub(super) shared_words: Map<Vec<&'static str>>,
    /// "R" → ZAR, "K" → MMK PGK ZMW: capital letters that are current currencies' local
    /// symbols, read only where the text names a country of one of them.
    pub(super) letters: Map<Vec<&'static str>>,
    /// First word of a country cue → (the cue's words, the code it picks).
    pub(super) cues: Map<Vec<(Vec<&'static str>, &'static str)>>,
    /// "NL" → NLG: the shared currencies a region uses or used, for the reader's locale.
    pub(super) regions: Map<Vec<&'static str>>,
    /// The codes of the currencies named a dollar ("AUD", "TTD"): their hundredths are cents.
    pub(super) dollars: Map<()>,
    /// Code → the last word of its English name, singular ("USD" → "dollar").
    pub(super) singular: Map<&'static str>,
    /// Code → the first word of its English name of several words ("ILS" → "israeli").
    pub(super) first: Map<&'static str>,
    /// Currencies written without hundredths ("IDR", "VND").
    pub(super) whole: Map<()>,
    /// Currencies whose minor unit is a thousandth ("KWD", "OMR": ISO 4217's three digits).
    pub(super) thousandths: Map<()>,
    /// "₴" → UAH: one-character marks of one currency, beyond the core's own table.
    pub(super) marks: Vec<(char, &'static str)>,
    /// "NT$" → TWD, "CN¥" → CNY: letters and a mark, as written.
    pub(super) prefixed: Map<&'static str>,
    /// "saudiriyal" → SAR: a name of several words written as one ("egyptianpounds").
    /// The spellings are pieces of one string kept for the whole table.
    pub(super) joined: Map<&'static str>,
}

fn sized<V>(capacity: usize) -> Map<V> {
    Map::with_capacity_and_hasher(capacity, Default::default())
}

/// A name of several words read from the file, before the table's list of words is kept.
struct PendingName {
    start: usize,
    end: usize,
    code: &'static str,
    plural_s: bool,
    /// A name of the currency's own line: skipped when its first word lists it already.
    dedupe: bool,
}

impl PendingName {
    fn new(start: usize, end: usize, code: &'static str, plural_s: bool, dedupe: bool) -> Self {
        Self {
            start,
            end,
            code,
            plural_s,
            dedupe,
        }
    }
}

/// The table read from the file (its lists and names are kept for the process).
#[cfg_attr(not(any(test, target_arch = "wasm32")), allow(dead_code))]
pub(super) fn build() -> Currencies {
    // Sized for the generated file (307 codes, 381 first words of names, 876 joined
    // names, …) to the buckets growing would end with: growing rehashes every key.
    let mut t = Currencies {
        codes: sized(320),
        symbols: sized(96),
        words: sized(200),
        names: sized(400),
        shared_symbols: sized(4),
        shared_words: sized(48),
        letters: sized(16),
        cues: sized(192),
        regions: sized(112),
        dollars: sized(48),
        singular: sized(320),
        first: sized(320),
        whole: sized(48),
        thousandths: sized(8),
        marks: Vec::new(),
        prefixed: sized(40),
        joined: sized(880),
    };
    // The names of several words, in the order the file gives them, as pieces of
    // `name_words` (start, end), and whether one already listed under the same first word
    // is skipped. Sized for the file: 1,116 words in 486 names.
    let mut name_words: Vec<&'static str> = Vec::with_capacity(1200);
    let mut pending: Vec<PendingName> = Vec::with_capacity(500);
    for line in DATA.lines().filter(|l| !l.starts_with('#')) {
        // The fields on the stack: a line has at most seven (more match no arm below).
        let mut fields = [""; 8];
        let mut count = 0;
        for (slot, field) in fields.iter_mut().zip(line.split('\t')) {
            *slot = field;
            count += 1;
        }
        let f = fields.get(..count).unwrap_or_default();
        match f {
            ["C", code, digits, current, word, name, plural] => {
                t.codes.insert(code, (code, *word == "1", *current == "1"));
                if *digits == "3" {
                    t.thousandths.insert(code, ());
                }
                if name.ends_with(" dollar") {
                    t.dollars.insert(code, ());
                }
                if let Some(last) = name.split_whitespace().last() {
                    t.singular.insert(code, last);
                }
                if let Some((first, _)) = name.split_once(' ') {
                    t.first.insert(code, first);
                }
                // "+s": the plural is the name and an "s" ("kuwaiti dinars").
                let plural_s = *plural == "+s";
                for n in [*name, *plural] {
                    let start = name_words.len();
                    name_words.extend(n.split_whitespace());
                    if name_words.len() - start < 2 {
                        name_words.truncate(start);
                        continue;
                    }
                    pending.push(PendingName::new(
                        start,
                        name_words.len(),
                        code,
                        plural_s,
                        true,
                    ));
                }
            }
            ["S", symbol, code] => {
                t.symbols.insert(symbol, code);
            }
            ["M", mark, code] => {
                let mut chars = mark.chars();
                if let (Some(c), None) = (chars.next(), chars.next()) {
                    t.marks.push((c, code));
                }
            }
            ["P", prefixed, code] => {
                t.prefixed.insert(prefixed, code);
            }
            ["Z", code] => {
                t.whole.insert(code, ());
            }
            ["T", territory, code] => {
                // "malaysia ringgit", "india rupees": the country and the currency's word.
                if let Some(&last) = t.singular.get(code) {
                    let start = name_words.len();
                    name_words.extend(territory.split_whitespace());
                    name_words.push(last);
                    pending.push(PendingName::new(start, name_words.len(), code, true, false));
                }
            }
            ["W", word, code] => {
                t.words.insert(word, code);
            }
            ["N", name, code] => {
                // A name of one word is a name word ("deutschmarks").
                let start = name_words.len();
                name_words.extend(name.split_whitespace());
                match name_words.len() - start {
                    0 => {}
                    1 => {
                        name_words.truncate(start);
                        t.words.insert(name, code);
                    }
                    _ => pending.push(PendingName::new(
                        start,
                        name_words.len(),
                        code,
                        false,
                        false,
                    )),
                }
            }
            ["A", symbol, codes] => {
                t.shared_symbols.insert(symbol, codes.split(' ').collect());
            }
            ["V", word, codes] => {
                t.shared_words.insert(word, codes.split(' ').collect());
            }
            ["L", letter, codes] => {
                t.letters.insert(letter, codes.split(' ').collect());
            }
            ["K", cue, code] => {
                let words: Vec<&'static str> = cue.split_whitespace().collect();
                if let Some(&first) = words.first() {
                    t.cues.entry(first).or_default().push((words, code));
                }
            }
            ["R", region, codes] => {
                t.regions.insert(region, codes.split(' ').collect());
            }
            _ => {}
        }
    }
    // Kept for the process, as the table is.
    let name_words: &'static [&'static str] = name_words.leak();
    for p in pending {
        let Some(name) = name_words.get(p.start..p.end).filter(|w| !w.is_empty()) else {
            continue;
        };
        let list = t.names.entry(name[0]).or_default();
        if !(p.dedupe && list.iter().any(|(w, _, _)| *w == name)) {
            list.push((name, p.code, p.plural_s));
        }
    }
    for list in t.names.values_mut() {
        crate::sorting::sort_by_key(list, |(w, _, _)| std::cmp::Reverse(w.len()));
    }
    // "Saudiriyal", "egyptianpounds": names of several words run together (never English
    // words), singular and plural, written one after another into one string (14,334
    // bytes for the file's names).
    let mut spellings = String::with_capacity(16_000);
    let mut spans: Vec<(usize, usize, &'static str)> = Vec::with_capacity(1000);
    for list in t.names.values() {
        for &(name, code, plural_s) in list {
            if plural_s {
                let start = spellings.len();
                name.iter().for_each(|w| spellings.push_str(w));
                spellings.push('s');
                spans.push((start, spellings.len(), code));
            }
            let start = spellings.len();
            name.iter().for_each(|w| spellings.push_str(w));
            spans.push((start, spellings.len(), code));
        }
    }
    let spellings: &'static str = spellings.leak();
    for (start, end, code) in spans {
        if let Some(one) = spellings.get(start..end) {
            t.joined.insert(one, code);
        }
    }
    t
}

/// A map laid out in slices, its values made `'static` by `value` (the lists leaked: they are
/// kept for the process, or for the build script's run).
fn freeze_map<V, W>(map: Map<V>, value: impl Fn(V) -> W) -> StaticMap<W> {
    let entries: Vec<(&'static str, W)> = map.into_iter().map(|(k, v)| (k, value(v))).collect();
    let (shift, slots) = lay_out_slots(entries.iter().map(|(k, _)| *k));
    StaticMap {
        shift,
        slots: slots.leak(),
        entries: entries.leak(),
    }
}

/// The table as the lookups read it.
#[cfg_attr(not(any(test, target_arch = "wasm32")), allow(dead_code))]
pub(super) fn freeze(t: Currencies) -> Frozen {
    // Every field named: a new one must be frozen too.
    let Currencies {
        codes,
        symbols,
        words,
        names,
        shared_symbols,
        shared_words,
        letters,
        cues,
        regions,
        dollars,
        singular,
        first,
        whole,
        thousandths,
        marks,
        prefixed,
        joined,
    } = t;
    let list = |v: Vec<&'static str>| -> &'static [&'static str] { v.leak() };
    let after_keys = after_keys(
        &names.keys().copied().collect::<Vec<_>>(),
        &[
            &words.keys().copied().collect::<Vec<_>>(),
            &joined.keys().copied().collect::<Vec<_>>(),
            &codes.keys().copied().collect::<Vec<_>>(),
            &symbols.keys().copied().collect::<Vec<_>>(),
            &shared_symbols.keys().copied().collect::<Vec<_>>(),
            &shared_words.keys().copied().collect::<Vec<_>>(),
        ],
    );
    Frozen {
        codes: freeze_map(codes, std::convert::identity),
        symbols: freeze_map(symbols, std::convert::identity),
        words: freeze_map(words, std::convert::identity),
        names: freeze_map(names, |v| -> &'static [_] { v.leak() }),
        shared_symbols: freeze_map(shared_symbols, list),
        shared_words: freeze_map(shared_words, list),
        letters: freeze_map(letters, list),
        cues: freeze_map(cues, |v| -> &'static [_] {
            let cues: Vec<(NameWords, &'static str)> =
                v.into_iter().map(|(w, code)| (list(w), code)).collect();
            cues.leak()
        }),
        regions: freeze_map(regions, list),
        dollars: freeze_map(dollars, std::convert::identity),
        singular: freeze_map(singular, std::convert::identity),
        first: freeze_map(first, std::convert::identity),
        whole: freeze_map(whole, std::convert::identity),
        thousandths: freeze_map(thousandths, std::convert::identity),
        marks: marks.leak(),
        prefixed: freeze_map(prefixed, std::convert::identity),
        joined: freeze_map(joined, std::convert::identity),
        after_keys: freeze_map(after_keys, std::convert::identity),
    }
}

/// The ASCII keys of `names` and `maps` in lower case, once each, each with whether it is
/// only a name's first word (the order the maps list them in is the same from build to build:
/// `KeyHasher`).
#[cfg_attr(not(any(test, target_arch = "wasm32")), allow(dead_code))]
fn after_keys(names: &[&'static str], maps: &[&[&'static str]]) -> Map<bool> {
    let mut keys = sized(names.len() + maps.iter().map(|m| m.len()).sum::<usize>());
    let lower = |key: &'static str| -> &'static str {
        if key.bytes().any(|b| b.is_ascii_uppercase()) {
            key.to_ascii_lowercase().leak()
        } else {
            key
        }
    };
    for key in maps.iter().flat_map(|m| m.iter()).filter(|k| k.is_ascii()) {
        keys.insert(lower(key), false);
    }
    for key in names.iter().filter(|k| k.is_ascii()) {
        keys.entry(lower(key)).or_insert(true);
    }
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `joined` is filled by walking `names`, whose order depends on its capacity: that order
    /// can only matter if two names run together into one spelling of different currencies.
    #[test]
    fn joined_names_spell_one_currency_each() {
        let mut seen: HashMap<String, &str> = HashMap::new();
        let t = build();
        for list in t.names.values() {
            for (words, code, plural_s) in list {
                let one = words.concat();
                let spellings = [Some(format!("{one}s")).filter(|_| *plural_s), Some(one)];
                for spelling in spellings.into_iter().flatten() {
                    let first = *seen.entry(spelling.clone()).or_insert(code);
                    assert_eq!(first, *code, "{spelling}");
                }
            }
        }
        assert_eq!(seen.len(), t.joined.len());
    }

    /// `after_number` compares only the words after a name's first: the first is its key.
    #[test]
    fn names_open_with_their_key() {
        let t = build();
        assert!(t.names.len() > 100);
        for (key, list) in &t.names {
            for (words, _, _) in list {
                assert_eq!(words.first(), Some(key), "{words:?}");
            }
        }
    }

    /// Every key of each map read from the file has the same value in the table laid out by
    /// the build script (native) and in the one frozen at run time (WASM), and no other key
    /// is found there.
    #[test]
    fn the_laid_out_tables_hold_what_the_file_gives() {
        fn same<V, W>(
            name: &str,
            built: &Map<V>,
            frozen: &StaticMap<W>,
            eq: impl Fn(&V, &W) -> bool,
        ) {
            assert_eq!(built.len(), frozen.entries().len(), "{name}");
            for (key, value) in built {
                let found = frozen.get(key);
                assert!(found.is_some_and(|f| eq(value, f)), "{name}: {key}");
            }
            for absent in ["", "x", "dollarz", "usd", "Kuwaiti", "saudiriyalss", "€€"] {
                if !built.contains_key(absent) {
                    assert!(frozen.get(absent).is_none(), "{name}: {absent}");
                }
            }
        }
        fn all_same(t: &Currencies, f: &Frozen) {
            let eq = |a: &&str, b: &&str| a == b;
            let set = |_: &(), _: &()| true;
            let list = |a: &Vec<&str>, b: &&[&str]| a.as_slice() == *b;
            same("codes", &t.codes, &f.codes, |a, b| a == b);
            same("symbols", &t.symbols, &f.symbols, eq);
            same("words", &t.words, &f.words, eq);
            same("names", &t.names, &f.names, |a, b| a.as_slice() == *b);
            same("shared_symbols", &t.shared_symbols, &f.shared_symbols, list);
            same("shared_words", &t.shared_words, &f.shared_words, list);
            same("letters", &t.letters, &f.letters, list);
            same("cues", &t.cues, &f.cues, |a, b| {
                a.len() == b.len()
                    && a.iter()
                        .zip(b.iter())
                        .all(|(x, y)| x.0 == y.0 && x.1 == y.1)
            });
            same("regions", &t.regions, &f.regions, list);
            same("dollars", &t.dollars, &f.dollars, set);
            same("singular", &t.singular, &f.singular, eq);
            same("first", &t.first, &f.first, eq);
            same("whole", &t.whole, &f.whole, set);
            same("thousandths", &t.thousandths, &f.thousandths, set);
            same("prefixed", &t.prefixed, &f.prefixed, eq);
            same("joined", &t.joined, &f.joined, eq);
            assert_eq!(t.marks.as_slice(), f.marks);
        }
        let built = build();
        assert!(
            built.codes.len() > 300 && built.joined.len() > 800,
            "the file is read"
        );
        all_same(&built, &super::super::FROZEN);
        all_same(&built, &freeze(build()));
        // `after_keys`, made from the maps, alike in both; every ASCII key of the maps there
        // in lower case, "new" only as a name's first word, a code not.
        let (laid_out, frozen) = (
            &super::super::FROZEN.after_keys,
            &freeze(build()).after_keys,
        );
        assert_eq!(laid_out.entries().len(), frozen.entries().len());
        for (key, only_name) in frozen.entries() {
            assert_eq!(laid_out.get(key), Some(only_name), "after_keys: {key}");
        }
        let keys = built
            .words
            .keys()
            .chain(built.joined.keys())
            .chain(built.codes.keys())
            .chain(built.symbols.keys())
            .chain(built.shared_symbols.keys())
            .chain(built.shared_words.keys())
            .chain(built.names.keys());
        for key in keys.filter(|k| k.is_ascii()) {
            assert!(
                frozen.get(&key.to_ascii_lowercase()).is_some(),
                "after_keys: {key}"
            );
        }
        assert_eq!(frozen.get("new"), Some(&true));
        assert_eq!(frozen.get("kwd"), Some(&false));
    }
}
