//! A decade in words: "the eighties", "the late nineties", "the Sixties", "the nineteen-eighties",
//! "the 'seventies". Like "the '70s" (`two_digit_decade`), "the" (perhaps with "early", "late",
//! "mid") or an apostrophe says it is a decade, not an age ("in her eighties") or a
//! temperature ("highs in the eighties").

use crate::statistics::calendar::When;
use crate::statistics::cursor::Cx;
use crate::statistics::dates::{Cat, DatePhrase};

/// The decades in words and their tens ("eighties" → 80). Also the lexicon's strong words.
pub(crate) const DECADE_WORDS: &[(&str, i32)] = &[
    ("twenties", 20),
    ("thirties", 30),
    ("forties", 40),
    ("fifties", 50),
    ("sixties", 60),
    ("seventies", 70),
    ("eighties", 80),
    ("nineties", 90),
];

/// Words of weather before "in the eighties": a temperature, not a decade.
const WEATHER: &[&str] = &[
    "temperature",
    "temperatures",
    "temps",
    "highs",
    "lows",
    "high",
    "low",
    "degrees",
    "mercury",
    "thermometer",
    "heat",
    "weather",
];

/// "the eighties", "the nineteen-eighties", "the early nineties", "the 'sixties" at `i` (the
/// decade word, or "nineteen" before it): the decade of the 1900s, starting at `i`.
pub(in crate::statistics::dates) fn decade_word(cx: &Cx, i: usize) -> Option<DatePhrase> {
    // "nineteen eighties", "nineteen-eighties".
    let (k, century) = if cx.is(i, "nineteen") {
        let k = if cx.is(i + 1, "-") && cx.attached(i + 1) && cx.attached(i + 2) {
            i + 2
        } else {
            i + 1
        };
        if !cx.near(k) {
            return None;
        }
        (k, true)
    } else {
        (i, false)
    };
    let lower = cx.lower(k);
    let &(_, tens) = DECADE_WORDS.iter().find(|(w, _)| *w == lower)?;
    // Glued to a word after it ("eighties-style") or followed by a possessive: still read; a
    // word glued after with no hyphen is another word.
    if cx.attached(k + 1) && cx.is_word(k + 1) {
        return None;
    }
    let apostrophe = !century && i > 0 && cx.is_any(i - 1, &["'", "’", "‘"]) && cx.attached(i);
    let mut b = if apostrophe { i - 1 } else { i };
    if b >= 2 && cx.is(b - 1, "-") && cx.attached(b) && cx.attached(b - 1) && cx.is(b - 2, "mid") {
        b -= 2;
    } else if b >= 1 && cx.is_any(b - 1, &["early", "late", "mid"]) && cx.near(b) {
        b -= 1;
    }
    let the = b >= 1 && cx.is(b - 1, "the") && cx.near(b);
    if !(the || apostrophe) {
        return None;
    }
    // "highs in the eighties", "temperatures into the nineties": degrees Fahrenheit.
    let from = b.saturating_sub(7);
    if (from..b).any(|j| cx.is_any(j, WEATHER)) {
        return None;
    }
    let start = if apostrophe { i - 1 } else { i };
    Some(DatePhrase::new(
        start,
        k + 1,
        Cat::Date,
        When::Decade(1900 + tens),
    ))
}
