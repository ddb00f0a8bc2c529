//! The generated currency lexicon: every ISO 4217 code CLDR knows (historical ones included),
//! English names and plurals, local symbols and unambiguous name words, read from
//! `generated/statistics/currencies.tsv` (made by `scripts/lexicons/currencies.py`; see
//! `generated/README.md`). The hand-written table in [`super::units`] is tried first; this one
//! answers for the currencies it does not name ("42 KWD", "RM 42", "10 Qatari riyals").

use std::sync::Arc;

use super::cursor::Cx;
use super::lower::LowerToken;
use super::Found;

mod far_name;
mod frozen;
mod table;

use frozen::Frozen;

// `static FROZEN`, the table `build.rs` lays out from the file (`frozen.rs`).
#[cfg(not(target_arch = "wasm32"))]
include!(concat!(env!("OUT_DIR"), "/currencies.rs"));

/// The table: static data natively, read from the file at first use in WASM.
#[cfg(not(target_arch = "wasm32"))]
fn table() -> &'static Frozen {
    &FROZEN
}

#[cfg(target_arch = "wasm32")]
fn table() -> &'static Frozen {
    static TABLE: std::sync::OnceLock<Frozen> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| table::freeze(table::build()))
}

/// The code as the table keeps it ("EUR" → the table's "EUR"), for a code read off a figure.
pub fn known(code: &str) -> Option<&'static str> {
    table().codes.get(code).map(|(c, _, _)| *c)
}

/// Whether `word` is the singular name of the currency `code` ("dollar" of USD, "euro", "yen"):
/// what "a" counts one of ("a dollar"), unlike a code, a plural or "sterling".
pub fn singular_name(code: &str, word: &str) -> bool {
    table().singular.get(code).is_some_and(|s| *s == word)
}

/// Whether `word` (lower case) opens the English name of the currency `code` ("israeli" of
/// "Israeli new shekel", "brazilian" of "Brazilian real"): a nationality that confirms it.
pub fn name_opens_with(code: &str, word: &str) -> bool {
    table().first.get(code).is_some_and(|f| *f == word)
}

/// Whether amounts in the currency are written without hundredths ("Rp 50.000" is fifty
/// thousand rupiah).
pub fn whole_only(code: &str) -> bool {
    table().whole.contains_key(code)
}

/// Whether the currency's minor unit is a thousandth of it ("KWD": 1,000 fils a dinar), as
/// ISO 4217 gives it; else a hundredth.
pub fn in_thousandths(code: &str) -> bool {
    table().thousandths.contains_key(code)
}

/// Whether a currency's hundredths are cents: a dollar's, the euro's, the rand's, or a rupee's
/// or shilling's that is divided into cents (Kenya, Sri Lanka, Mauritius, Seychelles).
pub fn in_cents(code: &str) -> bool {
    matches!(code, "EUR" | "ZAR" | "KES" | "LKR" | "MUR" | "SCR")
        || table().dollars.contains_key(code)
}

/// An ISO code written in capitals ("KWD"), or in any case when `attached` to the number
/// ("42myr"), or apart from it in lower case when the currency is current and its code no
/// common English word ("aed 40", "40 kwd"): lower-case codes are too often words ("all",
/// "top", "cup"), and a former currency's code in lower case is more likely a typo or a word.
pub fn code(s: &str, attached: bool) -> Option<&'static str> {
    // Most words asked are not of three bytes: the length first.
    if s.len() != 3 {
        return None;
    }
    let upper_case = s.bytes().all(|b| b.is_ascii_uppercase());
    let lower_case = s.bytes().all(|b| b.is_ascii_lowercase());
    if !(attached || upper_case || lower_case) {
        return None;
    }
    // Upper-cased on the stack: this is asked of many three-letter words (only ASCII bytes
    // change, so the key is as valid UTF-8 as `s`, and is looked up as bytes).
    let mut upper = [0u8; 3];
    upper.copy_from_slice(s.as_bytes());
    upper.make_ascii_uppercase();
    let &(iso, word, current) = table().codes.get_bytes(&upper)?;
    let ok = attached
        || upper_case && !word
        || lower_case && current && !word && !super::units::code_needs_caps(s);
    ok.then_some(iso)
}

/// A one-character currency mark of one currency ("₴", "₸"): asked of marks beyond ASCII.
pub fn mark(c: char) -> Option<&'static str> {
    table()
        .marks
        .iter()
        .find(|(m, _)| *m == c)
        .map(|(_, code)| *code)
}

/// Letters written before "$", "£" or "¥" that name one currency ("NT" and "$": TWD, "E" and
/// "£": EGP), case as written.
pub fn prefixed(letters: &str, mark: &str) -> Option<&'static str> {
    if letters.len() > 4 {
        return None;
    }
    let key = format!("{letters}{mark}");
    table().prefixed.get(key.as_str()).copied()
}

/// A local symbol as written ("RM", "zł", "Kč"), or a symbol of three or four letters in
/// mixed case written with its inner letters in the other case ("KSh" for CLDR's "Ksh", "Tsh"
/// for "TSh"): [`symbol_cased`].
pub fn symbol(s: &str) -> Option<&'static str> {
    table().symbols.get(s).copied().or_else(|| symbol_cased(s))
}

/// A symbol of letters written in mixed case, a capital first, matched whatever the case of
/// its inner letters: the forms a writer gives it, its capital and then small letters ("Ksh"),
/// or a capital second ("KSh"). Not a word in capitals ("MTN", "NFK": acronyms) nor in lower
/// case, and only ASCII letters.
fn symbol_cased(s: &str) -> Option<&'static str> {
    let b = s.as_bytes();
    let mixed = (3..=4).contains(&b.len())
        && b.iter().all(u8::is_ascii_alphabetic)
        && b[0].is_ascii_uppercase()
        && b[1..].iter().any(u8::is_ascii_lowercase);
    if !mixed {
        return None;
    }
    let mut small = s.to_ascii_lowercase();
    small.replace_range(..1, &s[..1]);
    let mut second = small.clone();
    second.replace_range(1..2, &s[1..2].to_ascii_uppercase());
    [small, second]
        .iter()
        .filter(|k| k.as_str() != s)
        .find_map(|k| table().symbols.get(k.as_str()).copied())
}

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
/// read by [`after_number`] or by [`shared_word`] and [`shared_symbol`]: a key of their maps (a
/// name's first word, a name word, a joined name, a code, a symbol, a shared word or symbol),
/// and when it is only a name's first word ("new"), one whose name may go on with `next`
/// ([`name_continues`]). One look-up where a plain word after a number took six.
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
    fn keys<V>(m: &frozen::StaticMap<V>) -> impl Iterator<Item = String> {
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
    if super::named_numbers::code_glued_to_label(cx, i) {
        return None;
    }
    code(s, cx.attached(i + 1)).or_else(|| symbol(s))
}

/// Symbols that spell a unit of measure or time ("KM") are left to the unit grammar.
fn unit_word(cx: &Cx, j: usize) -> bool {
    cx.word(j)
        .is_some_and(|w| w.measure.is_some() || w.time_unit.is_some())
}

/// How many tokens around an amount are searched for a country that picks its currency, and
/// how many at the start of the text (the headline and dateline: "KARACHI, Pakistan —").
const CUE_BEFORE: usize = 300;
const CUE_AFTER: usize = 60;
const CUE_HEAD: usize = 200;

/// The currencies a symbol shared by several ("Rs", "Rs.", "kr") may be.
pub fn shared_symbol(s: &str) -> Option<&'static [&'static str]> {
    // Symbols are short ("Rs.", "kr"): longer words are none.
    if s.len() > 4 {
        return None;
    }
    // The key is built on the stack (this is asked at every word after a number): four bytes
    // are at most four characters, each lower-casing to at most three of up to four bytes.
    let mut buf = [0u8; 48];
    let mut len = 0;
    if s.is_ascii() {
        // Nearly every word: an ASCII character lower-cases to one ASCII byte, so the key is
        // the bytes but the dots, lower-cased, without decoding a `char` or its lower case.
        for b in s.bytes().filter(|&b| b != b'.') {
            *buf.get_mut(len)? = b.to_ascii_lowercase();
            len += 1;
        }
        return table().shared_symbols.get_bytes(buf.get(..len)?).copied();
    }
    for c in s.chars().filter(|&c| c != '.').flat_map(char::to_lowercase) {
        let room = buf.get_mut(len..len + c.len_utf8())?;
        len += c.encode_utf8(room).len();
    }
    let key = std::str::from_utf8(buf.get(..len)?).ok()?;
    table().shared_symbols.get(key).copied()
}

/// A capital letter before a number that is a currency's local symbol ("R 200", "R15.99" in a
/// text about South Africa, "Q 50" in one about Guatemala): the currency, only where the text
/// names one of its countries within [`CUE_BEFORE`] tokens before or [`CUE_AFTER`] after, or
/// the reader's region uses it. A letter alone is too often something else ("R 2" a road,
/// "K 5" a grade) to be read without one.
pub fn letter_symbol(cx: &Cx, i: usize) -> Option<&'static str> {
    let s = cx.s(i);
    if s.len() != 1 || !cx.capitalised(i) || !cx.is_digits(i + 1) || !cx.near(i + 1) {
        return None;
    }
    let codes = table().letters.get(s)?;
    let own = || {
        let region = table().regions.get(cx.locale?.region())?;
        codes.iter().find(|c| region.contains(c)).copied()
    };
    cues_in(
        cx,
        i.saturating_sub(CUE_BEFORE)..(i + CUE_AFTER).min(cx.len()),
    )
    .iter()
    .find(|(_, c)| codes.contains(c))
    .map(|(_, c)| *c)
    .or_else(|| {
        let to = (i + NAME_AFTER).min(cx.len());
        named_near(cx, i.saturating_sub(NAME_BEFORE), to, codes)
    })
    .or_else(|| far_name::named_far(cx, i, codes))
    .or_else(own)
}

/// How many tokens around a letter's amount are searched for the currency's own name.
const NAME_BEFORE: usize = 60;
const NAME_AFTER: usize = 30;

/// The currency of `codes` whose name a lower-case word of tokens `from..to` is ("the rand
/// firmed to R18.05", "the kwacha fell to K27.5"): the text says which money it speaks of as a
/// country would. In lower case only: "Ayn Rand", "Rand Merchant Bank" are names.
fn named_near(cx: &Cx, from: usize, to: usize, codes: &[&'static str]) -> Option<&'static str> {
    let t = table();
    (from..to)
        .filter(|&k| cx.is_word(k) && cx.s(k).starts_with(|c: char| c.is_ascii_lowercase()))
        .find_map(|k| {
            let lower = cx.lower(k);
            let iso = t
                .words
                .get(lower.as_str())
                .or_else(|| t.words.get(lower.strip_suffix('s').unwrap_or(&lower)))?;
            codes.iter().find(|c| **c == *iso).copied()
        })
}

/// The currencies a name word shared by several ("rials", "dinar") may be.
pub fn shared_word(lower: &str) -> Option<&'static [&'static str]> {
    table().shared_words.get(lower).copied()
}

/// A currency several countries write alike (`codes`, the commonest first), read by the
/// grammar: the first, with a note that the text does not say which ([`resolve_shared`] then
/// picks one by a country the text names, and drops the note). One note a list of currencies,
/// shared by every amount that carries it.
pub fn shared(written: &str, codes: &'static [&'static str]) -> (&'static str, Option<Arc<str>>) {
    let first = codes.first().copied().unwrap_or("XXX");
    if codes.len() < 2 {
        return (first, None);
    }
    thread_local! {
        static NOTES: std::cell::RefCell<Vec<(usize, Arc<str>)>> =
            const { std::cell::RefCell::new(Vec::new()) };
    }
    let key = codes.as_ptr() as usize;
    let note = NOTES.with(|notes| {
        let mut notes = notes.borrow_mut();
        if let Some((_, n)) = notes.iter().find(|(k, _)| *k == key) {
            return Arc::clone(n);
        }
        let n: Arc<str> = format!(
            "“{written}” is the currency of several countries ({}); the text names none of them: read as {first}",
            codes.join(", ")
        )
        .into();
        notes.push((key, Arc::clone(&n)));
        n
    });
    (first, Some(note))
}

/// A shared symbol written at `k` after a number: "Rs", "Kr", attached ("20rs"), or all in
/// lower case ("500 kr", "20 rs") as price tags write them.
pub fn shared_symbol_at(cx: &Cx, k: usize) -> Option<&'static [&'static str]> {
    let s = cx.s(k);
    let lower = || s.bytes().all(|b| b.is_ascii_lowercase());
    shared_symbol(s).filter(|_| cx.capitalised(k) || cx.attached(k) || lower())
}

/// The currencies of a shared symbol or name word inside the amount `f` ("Rs", "rupees"),
/// unless a name already says which ("Pakistani rupees", "Saudi riyals").
pub fn shared_in(cx: &Cx, f: &Found) -> Option<&'static [&'static str]> {
    (f.start()..f.end()).find_map(|k| {
        let codes = if cx.is_digits(k) {
            None
        } else {
            let lower = cx.lower(k);
            shared_word(lower.as_str())
                .or_else(|| shared_symbol_at(cx, k))
                // "30 centavos": a minor unit several currencies share, read alone.
                .or_else(|| {
                    f.detail.extra().hint.as_ref()?;
                    super::money::minor_alone_codes(lower.as_str())
                })
        }?;
        // A word before the name word that is no number or scale names the currency itself.
        let magnitude = |m: usize| {
            let lower = cx.lower(m);
            super::lexicon::MAGNITUDE_SUFFIXES
                .iter()
                .any(|(w, _)| *w == lower.as_str())
        };
        let named = k > f.start()
            && cx.is_word(k - 1)
            && !magnitude(k - 1)
            && cx
                .word(k - 1)
                .is_none_or(|w| w.scale.is_none() && w.unit.is_none() && w.ten.is_none());
        (!named).then_some(codes)
    })
}

/// Every country named at tokens `range` of the text: (token, the code it picks). A country is
/// written with a capital ("Pakistan", "Sri Lankan"): the cheap test first.
fn cues_in(cx: &Cx, range: std::ops::Range<usize>) -> Vec<(usize, &'static str)> {
    let t = table();
    let mut cues: Vec<(usize, &'static str)> = Vec::new();
    for k in range {
        if !(cx.is_word(k) && cx.capitalised(k)) {
            continue;
        }
        let Some(list) = t.cues.get(cx.lower(k).as_str()) else {
            continue;
        };
        for (words, code) in list.iter() {
            let all = words
                .iter()
                .enumerate()
                .all(|(m, w)| (m == 0 || cx.near(k + m)) && cx.lower(k + m) == *w);
            if all {
                cues.push((k, code));
            }
        }
    }
    cues
}

/// The countries named in the first tokens of a text (its headline and dateline), for the
/// amounts of a window of the text further on ([`resolve_shared`]): found on first use, from
/// the text's first bytes tokenised again (the table of countries loads only for a text with
/// such an amount).
pub struct HeadCues<'t> {
    /// The text's first [`CUE_HEAD`] tokens and a few more (a country of several words).
    head: &'t str,
    cues: Option<Vec<(usize, &'static str)>>,
}

/// Tokens after the head that a country named in it may run into.
const CUE_HEAD_SPILL: usize = 8;

impl<'t> HeadCues<'t> {
    /// The head of `text`, whose first window `cx` is.
    pub fn of(text: &'t str, cx: &Cx) -> HeadCues<'t> {
        let end = cx.span(0, (CUE_HEAD + CUE_HEAD_SPILL).min(cx.len())).end;
        HeadCues {
            head: text.get(..end).unwrap_or(""),
            cues: None,
        }
    }

    fn cues(&mut self, like: &Cx) -> &[(usize, &'static str)] {
        let head = self.head;
        self.cues.get_or_insert_with(|| {
            let mut toks = Vec::new();
            let mut words = super::tokens::Words::default();
            super::tokens::tokenize(head, &mut toks, &mut words);
            let mut cx = Cx::new(head, &toks, &words);
            cx.locale = like.locale;
            cx.caseless = like.caseless;
            cues_in(&cx, 0..CUE_HEAD.min(cx.len()))
        })
    }
}

/// Picks, for every amount in a currency several countries share, the one a country named in
/// the text picks ("Rs 20,000 … in Lahore, Pakistan" is PKR, "5,000 rupees" near "Pakistani" too):
/// the nearest country before the amount, else just after it, else in the text's first tokens
/// (the headline and dateline: "KARACHI, Pakistan —"), else the reader's region ("guilders"
/// read in en-NL are Dutch guilders). The countries are found in one pass over the text, and
/// only when it has such an amount. `head`: when `cx` is a window of the text that does not
/// start with its first tokens, their countries ([`HeadCues`]) and the place in the text of
/// the window's first token; `None` when it does.
pub fn resolve_shared(cx: &Cx, found: &mut [Found], head: Option<(&mut HeadCues, usize)>) {
    let wanted: Vec<(usize, &'static [&'static str])> = found
        .iter()
        .enumerate()
        .filter(|(_, f)| f.kind == "MONEY")
        .filter_map(|(n, f)| shared_in(cx, f).map(|c| (n, c)))
        .collect();
    if wanted.is_empty() {
        return;
    }
    let t = table();
    let cues = cues_in(cx, 0..cx.len());
    let head = head.map(|(h, base)| (h.cues(cx), base));
    for (n, codes) in wanted {
        let Some(f) = found.get_mut(n) else { continue };
        let at = f.start();
        let fits = |c: &&(usize, &'static str)| codes.contains(&c.1);
        let split = cues.partition_point(|c| c.0 < at);
        let before = cues[..split]
            .iter()
            .rev()
            .take_while(|c| c.0 + CUE_BEFORE >= at)
            .find(fits);
        let after = || {
            cues[split..]
                .iter()
                .take_while(|c| c.0 < f.end() + CUE_AFTER)
                .find(fits)
        };
        let head = || match head {
            None => cues
                .iter()
                .take_while(|c| c.0 < CUE_HEAD.min(at))
                .find(fits),
            Some((head, base)) => head
                .iter()
                .take_while(|c| c.0 < CUE_HEAD.min(at + base))
                .find(fits),
        };
        let region = || {
            let own = t.regions.get(cx.locale?.region())?;
            codes.iter().find(|c| own.contains(c)).copied()
        };
        if let Some(code) = before
            .or_else(after)
            .or_else(head)
            .map(|c| c.1)
            .or_else(region)
        {
            f.detail.set_unit(Some(code.into()));
            f.detail.extra_mut().hint = None;
        }
    }
}

/// Rereads amounts in a currency written without hundredths whose number has dots between
/// groups of three digits ("Rp 50.000", "15.000.000 dong", "VND 20.000-30.000"): the dots group
/// thousands there, so the number is fifty thousand, not fifty. Not before a magnitude ("Rp
/// 1.500 billion" keeps its decimal point).
pub fn dotted_thousands(cx: &Cx, found: &mut [Found]) {
    for f in found.iter_mut().filter(|f| f.kind == "MONEY") {
        if !f.detail.unit().is_some_and(whole_only) {
            continue;
        }
        let mut k = f.start();
        while k < f.end() {
            let Some((decimal, grouped, end)) = dotted_run(cx, k) else {
                k += 1;
                continue;
            };
            let magnitude = cx.near(end) && cx.word(end).is_some_and(|w| w.scale.is_some())
                || cx.attached(end) && cx.is_any(end, &["m", "bn", "k"]);
            if !magnitude {
                let same = |v: f64| (v - decimal).abs() <= 1e-9 * decimal.abs().max(1.0);
                if f.detail.value_of().is_some_and(same) {
                    f.detail.set_value(Some(grouped));
                }
                let extra = f.detail.extra_mut();
                for bound in [&mut extra.min, &mut extra.max] {
                    if bound.is_some_and(same) {
                        *bound = Some(grouped);
                    }
                }
            }
            k = end;
        }
    }
}

/// Digits in groups joined by attached dots at token `k`, the first group of one to three
/// digits and every other of three ("50.000", "1.250.000"): the number read with a decimal
/// point (only for one dot), with the dots grouping thousands, and the token after it.
fn dotted_run(cx: &Cx, k: usize) -> Option<(f64, f64, usize)> {
    let first = cx.s(k);
    if !(cx.is_digits(k) && (1..=3).contains(&first.len()))
        || k > 0 && cx.attached(k) && cx.is(k - 1, ".")
    {
        return None;
    }
    let mut digits = first.to_string();
    let mut end = k + 1;
    while cx.is(end, ".")
        && cx.attached(end)
        && cx.attached(end + 1)
        && cx.is_digits(end + 1)
        && cx.s(end + 1).len() == 3
    {
        digits.push_str(cx.s(end + 1));
        end += 2;
    }
    // "50.0005": a longer group after the dots is no grouping.
    if end == k + 1 || cx.attached(end) && cx.is_digits(end) {
        return None;
    }
    let grouped: f64 = digits.parse().ok()?;
    let decimal = if end == k + 3 {
        format!("{first}.{}", cx.s(k + 2)).parse().ok()?
    } else {
        // Two dots or more were never read as one number with a decimal point.
        f64::NAN
    };
    Some((decimal, grouped, end))
}

#[cfg(test)]
#[path = "key_tests.rs"]
mod key_tests;
