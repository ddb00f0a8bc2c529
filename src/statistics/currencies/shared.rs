//! Symbols and name words several currencies share ("Rs", "kr", "rials"): the currencies
//! they may be, the first read with a note, and the shared ones inside an amount.

use std::sync::Arc;

use super::table;
use crate::statistics::cursor::Cx;
use crate::statistics::Found;

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
/// The currencies a name word shared by several ("rials", "dinar") may be.
pub fn shared_word(lower: &str) -> Option<&'static [&'static str]> {
    table().shared_words.get(lower).copied()
}

/// A currency several countries write alike (`codes`, the commonest first), read by the
/// grammar: the first, with a note that the text does not say which
/// ([`super::resolve_shared`] then picks one by a country the text names, and drops the note).
/// One note a list of currencies, shared by every amount that carries it.
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
                    crate::statistics::money::minor_alone_codes(lower.as_str())
                })
        }?;
        // A word before the name word that is no number or scale names the currency itself.
        let magnitude = |m: usize| {
            let lower = cx.lower(m);
            crate::statistics::lexicon::MAGNITUDE_SUFFIXES
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
