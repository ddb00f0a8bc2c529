//! A day or week that its own name and a year make a date, whatever the name: "Military Spouse
//! Day 2018", "Fashion Week 2019", "Administrative Professionals' Day 2016", "Election Day
//! 2020" (named, in that year: the day is not resolved). The holiday lexicon resolves the
//! names it keeps; this reads the ones it does not, by the name's form alone.

use super::absolute::year_at;
use super::{Cat, DatePhrase};
use crate::statistics::calendar::When;
use crate::statistics::cursor::Cx;
use crate::statistics::words::APOSTROPHES;

/// At most this many words name the day ("Nova Scotia Heritage Day").
const NAME_WORDS: usize = 4;

/// "… Day 2018", "… Week 2019" at token `i` ("day" or "week"): the name's words before it and
/// the year after it (or "of" and the year: "… Day of 2016"). The name's words are words the
/// figure lexicon does not know (no number, date or function word of its own: "the first day
/// 2019" is none), capitalised as a name is; in a text without capitals, any such words, when
/// nothing follows the year on its line ("admin day 2019"; "one day 2000 people" stays apart).
pub(super) fn named_day_of_year(cx: &Cx, i: usize) -> Option<DatePhrase> {
    if !cx.is_any(i, &["day", "week"]) || !cx.near(i + 1) {
        return None;
    }
    let at = if cx.is(i + 1, "of") && cx.near(i + 2) {
        i + 2
    } else {
        i + 1
    };
    let (y, end) = year_at(cx, at)?;
    if cx.caseless && cx.near(end) && (cx.is_word(end) || cx.is_digits(end)) {
        return None;
    }
    let start = name_start(cx, i)?;
    let when = When::Date {
        y: Some(y),
        m: None,
        d: None,
    };
    Some(DatePhrase::new(start, end, Cat::Date, when))
}

/// The first token of the name that ends before token `i`, when it has one to
/// [`NAME_WORDS`] words: "Orangemen's", "Professionals'" are one word each.
fn name_start(cx: &Cx, i: usize) -> Option<usize> {
    let mut k = i;
    let mut words = 0;
    while words < NAME_WORDS && k > 0 && cx.near(k) && !cx.attached(k) {
        // The word before `k`: "orangemen ' s", "professionals '", or a plain word.
        let j = k - 1;
        let w = if cx.is(j, "s")
            && j >= 2
            && cx.attached(j)
            && cx.is_any(j - 1, APOSTROPHES)
            && cx.attached(j - 1)
        {
            j - 2
        } else if cx.is_any(j, APOSTROPHES) && cx.attached(j) && cx.lower(j - 1).ends_with('s') {
            j - 1
        } else {
            j
        };
        let name_word = cx.is_word(w)
            && cx.word(w).is_none()
            && (cx.caseless || cx.capitalised(w))
            && (w == 0 || !cx.attached(w));
        if !name_word {
            break;
        }
        k = w;
        words += 1;
    }
    (words > 0).then_some(k)
}
