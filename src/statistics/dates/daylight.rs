//! Times of day named by the daylight or a meal: "at dawn", "before lunch", "lunchtime", "over
//! dinner", "by nightfall", "from dawn to dusk". A reader checks them like any clock time (when
//! did it happen?), but they carry no clock value: dawn moves with the season, lunch with the
//! household.

use super::{Cat, DatePhrase};
use crate::statistics::calendar::When;
use crate::statistics::cursor::Cx;

/// Words that name a time of day by themselves: "another lunchtime", "the daytime".
pub const TIME_WORDS: &[&str] = &[
    "lunchtime",
    "dinnertime",
    "teatime",
    "suppertime",
    "breakfasttime",
    "daybreak",
    "nightfall",
    "daytime",
    "nighttime",
    "sundown",
    "sunup",
];

/// Words that name a time of day only after a preposition of time ("at dawn", "over lunch") or
/// before "time" ("lunch time"): alone they are things ("the dawn of an era", "a gala dinner").
pub const TIMED_WORDS: &[&str] = &[
    "dawn",
    "dusk",
    "sunrise",
    "sunset",
    "breakfast",
    "brunch",
    "lunch",
    "dinner",
    "supper",
    "tea",
];

/// Prepositions that put a meal or the daylight on the clock.
const TIMING: &[&str] = &[
    "at", "by", "before", "after", "until", "till", "since", "from", "to", "around", "during",
    "over", "past", "towards", "toward", "through", "til",
];

/// What may follow such a time: the end of the clause, a function word, or a day ("at dawn on
/// Monday", "before lunch today"). Any other word makes the meal a noun's modifier ("at dinner
/// parties", "after lunch talks").
const FOLLOWERS: &[&str] = &[
    "on",
    "in",
    "at",
    "with",
    "and",
    "or",
    "but",
    "as",
    "when",
    "while",
    "to",
    "for",
    "the",
    "a",
    "an",
    "that",
    "this",
    "each",
    "every",
    "before",
    "after",
    "until",
    "till",
    "yesterday",
    "today",
    "tomorrow",
    "tonight",
    "he",
    "she",
    "they",
    "we",
    "i",
    "it",
    "you",
    "there",
    "then",
    "local",
    "so",
    "if",
    "because",
    "where",
    "without",
    "his",
    "her",
    "their",
    "our",
    "my",
];

/// A time of day named by the daylight or a meal, starting at token `i`.
pub(super) fn parse(cx: &Cx, i: usize) -> Option<DatePhrase> {
    let lower = cx.lower(i);
    let w = lower.as_str();
    let alone = TIME_WORDS.contains(&w);
    if !alone && !TIMED_WORDS.contains(&w) {
        return None;
    }
    let mut end = i + 1;
    // "lunch time", "night-time", "tea-time": the meal or part of the day with "time".
    let hyphen = cx.is(end, "-") && cx.attached(end) && cx.attached(end + 1);
    let time_at = if hyphen { end + 1 } else { end };
    let compound = cx.near(time_at) && cx.is(time_at, "time");
    if compound && TIMED_WORDS.contains(&w) {
        end = time_at + 1;
    } else if hyphen {
        // "dinner-party", "dawn-raid": part of a compound word.
        return None;
    }
    // "tea" is a drink unless "time" follows it.
    if w == "tea" && !compound {
        return None;
    }
    let timed = i > 0 && cx.near(i) && cx.is_any(i - 1, TIMING);
    if !(alone || compound || timed) {
        return None;
    }
    // "at dinner parties": the meal names the parties, not a time ("lunchtime concerts" are
    // still at lunchtime).
    let next_ok = alone
        || !cx.near(end)
        || !cx.is_word(end) && !cx.is_any(end, &["'", "’"])
        || cx.is_any(end, FOLLOWERS)
        || cx.capitalised(end)
        || cx
            .word(end)
            .is_some_and(|x| x.weekday.is_some() || x.month.is_some());
    if !next_ok {
        return None;
    }
    Some(DatePhrase::new(i, end, Cat::Time, When::Nothing))
}
