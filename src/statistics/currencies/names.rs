//! A currency named right after or before a number: a name of several words, a name word, a
//! code or a local symbol ("42 Kuwaiti dinars", "MYR 42", "RM42"), and the keys a word after a
//! number may be one of.

use super::codes::{code, symbol};
use super::table;
use crate::statistics::cursor::Cx;
use crate::statistics::lower::LowerToken;

/// A currency named at token `j` after a number: a name of several words ("Kuwaiti dinar",
/// "Trinidad & Tobago dollars"), a name word ("ringgits"), a code or a local symbol.
/// Returns the code and the token after the name.
pub fn after_number(cx: &Cx, j: usize) -> Option<(&'static str, usize)> {
    let t = table();
    let lower = cx.lower(j);
    if let Some(list) = t.names.get(lower.as_str()) {
        // Every name of the list opens with its key, the word at `j`: the words after it are
        // compared, each token lower-cased once for the list, not once a name ("new" keys
        // several names: ~500 instructions at every "5 new …").
        let mut lowered: [Option<LowerToken<'_>>; 6] = [None; 6];
        for (words, iso, plural_s) in list.iter() {
            let last = words.len() - 1;
            let all = words.iter().enumerate().skip(1).all(|(k, w)| {
                if !cx.near(j + k) {
                    return false;
                }
                let l = match lowered.get_mut(k) {
                    Some(slot) => *slot.get_or_insert_with(|| cx.lower(j + k)),
                    None => cx.lower(j + k),
                };
                l == *w || *plural_s && k == last && l.strip_suffix('s') == Some(*w)
            });
            if all {
                return Some((iso, j + words.len()));
            }
        }
    }
    if let Some(iso) = t.words.get(lower.as_str()) {
        // "one drachma" weighed is the unit: a former currency's word that is also a unit of
        // measure is left to the unit grammar.
        let former = t.codes.get(iso).is_some_and(|(_, _, current)| !current);
        if !(former && unit_word(cx, j)) {
            return Some((iso, j + 1));
        }
    }
    if lower.len() > 8 {
        if let Some(iso) = t.joined.get(lower.as_str()) {
            return Some((iso, j + 1));
        }
    }
    let s = cx.s(j);
    code(s, cx.attached(j))
        .or_else(|| symbol(s).filter(|_| !unit_word(cx, j)))
        .map(|iso| (iso, j + 1))
}

/// Whether a currency's name may start with the lower-cased words `first` and `second` (a
/// name of one word, or a second word, perhaps with an "s": a superset of what
/// [`after_number`] reads there).
pub fn name_continues(first: &str, second: &str) -> bool {
    table().names.get(first).is_some_and(|list| {
        list.iter().any(|(words, _, _)| {
            words
                .get(1)
                .is_none_or(|w| *w == second || second.strip_suffix('s') == Some(*w))
        })
    })
}

/// Whether the lower-cased ASCII word `lower`, before the lower-cased token `next`, may be
/// read by [`after_number`] or by [`super::shared_word`] and [`super::shared_symbol`]: a key
/// of their maps (a name's first word, a name word, a joined name, a code, a symbol, a shared
/// word or symbol), and when it is only a name's first word ("new"), one whose name may go on
/// with `next` ([`name_continues`]). One look-up where a plain word after a number took six.
pub fn may_key_after(lower: &str, next: &str) -> bool {
    table()
        .after_keys
        .get(lower)
        .is_some_and(|&only_name| !only_name || name_continues(lower, next))
}

/// Every key of the maps [`may_key_after`] answers for, as the maps keep them, and every name
/// of several words in full ("new zealand dollar").
#[cfg(test)]
pub fn keys_after() -> Vec<String> {
    fn keys<V>(m: &super::frozen::StaticMap<V>) -> impl Iterator<Item = String> {
        m.entries().iter().map(|(k, _)| k.to_string())
    }
    let t = table();
    let names = t
        .names
        .entries()
        .iter()
        .flat_map(|(_, list)| list.iter().map(|(words, _, _)| words.join(" ")));
    keys(&t.names)
        .chain(keys(&t.words))
        .chain(keys(&t.joined))
        .chain(keys(&t.codes))
        .chain(keys(&t.symbols))
        .chain(keys(&t.shared_symbols))
        .chain(keys(&t.shared_words))
        .chain(names)
        .collect()
}

/// Whether a currency's name of several words may start with the lower-cased word `w`: the
/// other names [`after_number`] reads are one token long.
pub fn opens_name(w: &str) -> bool {
    table().names.contains_key(w)
}

/// A currency written before a number: a code ("MYR 42") or a local symbol ("RM42").
pub fn before_number(cx: &Cx, i: usize) -> Option<&'static str> {
    let s = cx.s(i);
    // "Ft 500": a symbol that also spells a unit ("ft") is the currency before the number when
    // written as the currency writes it, a capital then small letters; no unit is written
    // before its number ("KM 5" in capitals is a kilometre post as often as marks).
    // Asked only of a unit's word (this runs at every unknown word before digits).
    let as_written =
        || cx.capitalised(i) && s.len() > 1 && s.chars().skip(1).all(char::is_lowercase);
    if unit_word(cx, i) && !(as_written() && symbol(s).is_some()) {
        return None;
    }
    // "COP28": a code that is also a word, glued to a small number, is an acronym's label.
    if crate::statistics::named_numbers::code_glued_to_label(cx, i) {
        return None;
    }
    code(s, cx.attached(i + 1)).or_else(|| symbol(s))
}

/// Symbols that spell a unit of measure or time ("KM") are left to the unit grammar.
fn unit_word(cx: &Cx, j: usize) -> bool {
    cx.word(j)
        .is_some_and(|w| w.measure.is_some() || w.time_unit.is_some())
}
