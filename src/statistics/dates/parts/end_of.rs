//! The end, start or rest of a period: "the end of May", "the rest of the year", "the beginning
//! of March", "the remainder of the decade".

use super::super::{Cat, DatePhrase};
use super::dated_part_of;
use crate::statistics::calendar::When;
use crate::statistics::cursor::Cx;
use crate::statistics::lexicon::TimeUnit;

/// The words that name such a part (before "of").
pub(super) const PARTS: &[&str] = &["end", "beginning", "start", "middle", "rest", "remainder"];

/// The period after "of" (`k`: the part's word, "of" after it): the phrase starts at `k`.
pub(super) fn end_of(cx: &Cx, k: usize) -> Option<DatePhrase> {
    let mut m = k + 2;
    if cx.is(m, "the") && cx.near(m + 1) {
        m += 1;
    }
    // Not "the end of the month-long strike" (a comma or full stop may touch it).
    let compound = cx.attached(m + 1) && (cx.is_word(m + 1) || cx.is_any(m + 1, &["-", "–"]));
    let period = &[
        "month", "year", "week", "day", "quarter", "decade", "century",
    ];
    if cx.is_any(m, period) && !compound {
        return Some(part_of_this(cx, k, m));
    }
    let inner = dated_part_of(cx, m)?;
    let mut p = inner;
    p.start = k;
    Some(p)
}

/// "the end of the month", "the rest of the year", "the start of the week": a part of the
/// dateline's period, dated as that period ("this month", "this year"), as "the end of last
/// year" is dated as last year. Not "the end of the day" (the idiom: "at the end of the day").
fn part_of_this(cx: &Cx, k: usize, m: usize) -> DatePhrase {
    let unit = cx
        .word(m)
        .and_then(|w| w.time_unit)
        .filter(|u| !matches!(u, TimeUnit::Day | TimeUnit::Night));
    let when = unit.map_or(When::Nothing, |unit| When::Relative { unit, offset: 0 });
    DatePhrase::new(k, m + 1, Cat::Date, when)
}
