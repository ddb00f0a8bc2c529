//! Numbers written as one word of a ten and a unit: "twentyfive", "seventythird".

use crate::statistics::cursor::Cx;
use crate::statistics::num::{Num, NumKind};

/// The tens written as words, for compounds written as one word.
const TENS: &[(&str, u64)] = &[
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

/// Whether a word is long enough for a ten and a unit and starts as a ten does ("twenty",
/// "forty", "sixty", "eighty", "ninety"): the first test of [`joined`].
pub(super) fn may_be_joined(s: &[u8]) -> bool {
    s.len() >= 7
        && matches!(
            s.first().map(|b| b | 0x20),
            Some(b't' | b'f' | b's' | b'e' | b'n')
        )
}

/// "seventythird", "twentyfive": a ten and a unit or a unit's ordinal written as one word
/// (a word the lexicon does not know).
pub fn joined(cx: &Cx, j: usize) -> Option<Num> {
    // The cheap test first: this is asked of words the lexicon does not know.
    if !may_be_joined(cx.s(j).as_bytes()) {
        return None;
    }
    let lower = cx.lower(j);
    let (ten, rest) = TENS
        .iter()
        .find_map(|(t, v)| lower.strip_prefix(t).map(|rest| (*v, rest)))?;
    let w = crate::statistics::lexicon::table().lookup(rest.as_bytes())?;
    let (value, kind) = if let Some(o) = w.ordinal.filter(|&o| (1..10).contains(&o)) {
        (ten + o, NumKind::Ordinal)
    } else {
        let u = w.unit.filter(|&u| (1..10).contains(&u))?;
        (ten + u64::from(u), NumKind::Cardinal)
    };
    Some(Num {
        value: value as f64,
        start: j,
        end: j + 1,
        kind,
        words: true,
        bare_digits: false,
        scaled: false,
    })
}
