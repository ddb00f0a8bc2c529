//! The generated currency lexicon: every ISO 4217 code CLDR knows (historical ones included),
//! English names and plurals, local symbols and unambiguous name words, read from
//! `generated/statistics/currencies.tsv` (made by `scripts/lexicons/currencies.py`; see
//! `generated/README.md`). The hand-written table in [`super::units`] is tried first; this one
//! answers for the currencies it does not name ("42 KWD", "RM 42", "10 Qatari riyals").

use std::collections::HashMap;
use std::sync::OnceLock;

use super::cursor::Cx;
use super::lexicon::FxHasher;

const DATA: &str = include_str!("../../generated/statistics/currencies.tsv");

type Map<V> = HashMap<&'static str, V, std::hash::BuildHasherDefault<FxHasher>>;

pub struct Currencies {
    /// "KWD" → ("KWD", false): the codes, upper case, and whether the code is also a common
    /// English word ("ALL", "TOP"), read as a code only when attached to the number.
    codes: Map<(&'static str, bool)>,
    /// "RM" → "MYR": symbols written with letters or marks, case as written.
    symbols: Map<&'static str>,
    /// "ringgit" → "MYR": name words that name one current currency.
    words: Map<&'static str>,
    /// First word of a name → (the name's words, code), longest names first.
    names: Map<Vec<(Vec<&'static str>, &'static str)>>,
}

fn table() -> &'static Currencies {
    static TABLE: OnceLock<Currencies> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = Currencies {
            codes: Map::default(),
            symbols: Map::default(),
            words: Map::default(),
            names: Map::default(),
        };
        for line in DATA.lines().filter(|l| !l.starts_with('#')) {
            let f: Vec<&'static str> = line.split('\t').collect();
            match f.as_slice() {
                ["C", code, _digits, _current, word, name, plural] => {
                    t.codes.insert(code, (code, *word == "1"));
                    for n in [*name, *plural] {
                        let words: Vec<&'static str> = n.split_whitespace().collect();
                        if words.len() < 2 {
                            continue;
                        }
                        let list = t.names.entry(words[0]).or_default();
                        if !list.iter().any(|(w, _)| *w == words) {
                            list.push((words, code));
                        }
                    }
                }
                ["S", symbol, code] => {
                    t.symbols.insert(symbol, code);
                }
                ["W", word, code] => {
                    t.words.insert(word, code);
                }
                _ => {}
            }
        }
        for list in t.names.values_mut() {
            list.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        }
        t
    })
}

/// An ISO code written in capitals ("KWD"), or in any case when `attached` to the number
/// ("42myr"): lower-case codes are too often words ("all", "top", "cup").
pub fn code(s: &str, attached: bool) -> Option<&'static str> {
    if s.len() != 3 || !(attached || s.bytes().all(|b| b.is_ascii_uppercase())) {
        return None;
    }
    let upper = s.to_ascii_uppercase();
    let &(iso, word) = table().codes.get(upper.as_str())?;
    (attached || !word).then_some(iso)
}

/// A local symbol as written ("RM", "zł", "Kč").
pub fn symbol(s: &str) -> Option<&'static str> {
    table().symbols.get(s).copied()
}

/// A currency named at token `j` after a number: a name of several words ("Kuwaiti dinar",
/// "Trinidad & Tobago dollars"), a name word ("ringgits"), a code or a local symbol.
/// Returns the code and the token after the name.
pub fn after_number(cx: &Cx, j: usize) -> Option<(&'static str, usize)> {
    let t = table();
    let lower = cx.lower(j);
    if let Some(list) = t.names.get(lower.as_str()) {
        for (words, iso) in list {
            let all = words
                .iter()
                .enumerate()
                .all(|(k, w)| (k == 0 || cx.near(j + k)) && cx.lower(j + k) == *w);
            if all {
                return Some((iso, j + words.len()));
            }
        }
    }
    if let Some(iso) = t.words.get(lower.as_str()) {
        return Some((iso, j + 1));
    }
    let s = cx.s(j);
    code(s, cx.attached(j))
        .or_else(|| symbol(s).filter(|_| !unit_word(cx, j)))
        .map(|iso| (iso, j + 1))
}

/// A currency written before a number: a code ("MYR 42") or a local symbol ("RM42").
pub fn before_number(cx: &Cx, i: usize) -> Option<&'static str> {
    let s = cx.s(i);
    if unit_word(cx, i) {
        return None;
    }
    code(s, cx.attached(i + 1)).or_else(|| symbol(s))
}

/// Symbols that spell a unit of measure or time ("KM") are left to the unit grammar.
fn unit_word(cx: &Cx, j: usize) -> bool {
    cx.word(j)
        .is_some_and(|w| w.measure.is_some() || w.time_unit.is_some())
}
