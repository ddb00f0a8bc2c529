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

/// Whether a word is long enough for a ten and a unit and its first two letters are a ten's
/// ("tw", "th", "fo", "fi", "si", "se", "ei", "ni"): the first test of [`joined`], asked of
/// every word the lexicon does not know that opens as a ten does (`tests` show it turns away
/// only words [`read_joined`] reads nothing of).
pub(super) fn may_be_joined(s: &[u8]) -> bool {
    let two = [s.first(), s.get(1)].map(|b| b.map_or(0, |b| b | 0x20));
    s.len() >= 7
        && matches!(
            &two,
            b"tw" | b"th" | b"fo" | b"fi" | b"si" | b"se" | b"ei" | b"ni"
        )
}

/// "seventythird", "twentyfive": a ten and a unit or a unit's ordinal written as one word
/// (a word the lexicon does not know).
pub fn joined(cx: &Cx, j: usize) -> Option<Num> {
    // The cheap test first: this is asked of words the lexicon does not know.
    if !may_be_joined(cx.s(j).as_bytes()) {
        return None;
    }
    read_joined(cx, j)
}

/// [`joined`] without its first test.
pub(super) fn read_joined(cx: &Cx, j: usize) -> Option<Num> {
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
