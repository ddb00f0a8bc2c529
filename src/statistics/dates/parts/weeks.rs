//! Weeks named by what is in them: "the week of October 6", "the week ending 5 May", "over the
//! weekend", "week 10".

use super::super::absolute::year_at;
use super::super::join::atom;
use super::super::{Cat, DatePhrase};
use crate::statistics::calendar::When;
use crate::statistics::cursor::Cx;

/// "the week of October 6", "the week of Christmas": the week a day falls in.
/// "the week starting on February 4", "the week ending 5 May", "the week beginning Monday".
pub(super) fn week_of(cx: &Cx, i: usize, k: usize) -> Option<DatePhrase> {
    let joined = if cx.is_any(k + 1, &["starting", "beginning", "commencing", "ending"])
        && cx.is(k + 2, "on")
    {
        k + 3
    } else {
        k + 2
    };
    let week_word = cx.is_any(
        k + 1,
        &["of", "starting", "beginning", "commencing", "ending"],
    );
    // The day never opens with "the week"/"week" itself: one level only, whatever repeats.
    let nested = cx.is(joined, "week") || cx.is(joined, "the") && cx.is(joined + 1, "week");
    if k > i && cx.is(k, "week") && week_word && cx.near(k + 1) && cx.near(joined) && !nested {
        let day = atom(cx, joined).filter(|b| b.cat == Cat::Date && b.when.is_one_day());
        if let Some(b) = day {
            return Some(DatePhrase::new(i, b.end, Cat::Date, When::Nothing));
        }
    }
    None
}

/// "at the weekend", "over the weekend": the weekend the story is about (which one, the text
/// does not say).
pub(super) fn weekend(cx: &Cx, i: usize, k: usize) -> Option<DatePhrase> {
    if k > i
        && cx.is(k, "weekend")
        && !(cx.attached(k + 1) && (cx.is_word(k + 1) || cx.is_any(k + 1, &["-", "–"])))
        && !(cx.is(k + 1, "of") && cx.near(k + 1))
    {
        return Some(DatePhrase::new(i, k + 1, Cat::Date, When::Nothing));
    }
    None
}

/// "week 10", "week 3 of 2027" at `i` (which is "week", a number of one or two digits after).
pub(super) fn numbered(cx: &Cx, i: usize) -> Option<DatePhrase> {
    let w: u8 = cx.s(i + 1).parse().ok()?;
    if !(1..=53).contains(&w) {
        return None;
    }
    let mut end = i + 2;
    if cx.is(end, "of") {
        if let Some((_, e)) = year_at(cx, end + 1) {
            end = e;
        }
    }
    Some(DatePhrase::new(i, end, Cat::Date, When::Nothing))
}
