//! Parts of a period counted by an ordinal: "the first quarter of the year", "the last week of
//! July", "the 9th month of next year", "the second week of 2021", "first ten days of last year",
//! "third-quarter profits" (halves in `halves`, weekdays in `nth_weekday`).

use super::super::absolute::year_at;
use super::super::{Cat, DatePhrase};
use super::dated_part_of;
use super::halves::{half_alone, half_of_year};
use super::nth_weekday::nth_weekday;
use crate::statistics::calendar::When;
use crate::statistics::cursor::Cx;
use crate::statistics::numbers::{self, Context, NumKind};
use crate::statistics::words::ORDINAL_SUFFIXES;

/// An ordinal at `k`: a word ("first", "ninth"), "last", "final", or digits with their suffix
/// ("9th").
pub(super) fn opens(cx: &Cx, k: usize) -> bool {
    numbers::word_ordinal(cx, k).is_some()
        || cx.is_any(k, &["last", "final"])
        || cx.is_digits(k) && cx.is_any(k + 1, ORDINAL_SUFFIXES) && cx.attached(k + 1)
}

/// The part of a period after the ordinal at `k` (one of `opens`; "the" at `i` when `k > i`).
pub(super) fn nth_part(cx: &Cx, i: usize, k: usize) -> Option<DatePhrase> {
    let after = if cx.is_digits(k) {
        k + 2
    } else {
        numbers::word_ordinal(cx, k)
            .map(|(_, e)| e)
            .unwrap_or(k + 1)
    };
    // "the second last day of May", "the 3rd to last Friday of June": from the end.
    if let Some(p) = super::super::nth_last::from_end(cx, i, k, after) {
        return Some(p);
    }
    let mut u = after;
    // "third-quarter profits": a compound before its noun, whose "the" is the noun's ("The
    // first-quarter loss" marks `first-quarter`).
    let hyphened = cx.is(u, "-") && cx.attached(u) && cx.attached(u + 1);
    if hyphened {
        u += 1;
    }
    // "the first Tuesday of October", "third Tuesday of September 2014".
    if let Some(p) = nth_weekday(cx, i, k, u) {
        return Some(p);
    }
    if let Some(n) = numbers::parse(cx, u, Context::Plain)
        .filter(|n| n.start == u && n.kind == NumKind::Cardinal)
    {
        u = n.end;
    }
    if cx.is(u, "half") && cx.near(u) {
        return half_of_year(cx, i, k, u).or_else(|| half_alone(cx, i, k, u, hyphened));
    }
    let unit = cx
        .word(u)
        .filter(|_| cx.near(u))
        .and_then(|w| w.time_unit)?;
    let _ = unit;
    // "the first quarter", "third quarter", "4th quarter 2018", "the third quarter of
    // 2018", "third-quarter": a quarter of a year, with its year when one follows.
    if cx.is_any(u, &["quarter", "qtr"]) {
        let q = numbers::word_ordinal(cx, k)
            .map(|(v, _)| v)
            .or_else(|| cx.is_digits(k).then(|| cx.s(k).parse().ok()).flatten())
            .unwrap_or(0);
        if (1..=4).contains(&q) {
            let mut end = u + 1;
            let at = if cx.is(end, "of") && cx.near(end + 1) {
                end + 1
            } else {
                end
            };
            let mut y = None;
            if let Some((yy, e)) = year_at(cx, at).filter(|_| cx.near(at)) {
                y = Some(yy);
                end = e;
            }
            // "the first quarter of next year" is read below, as a part of that year. "17
            // of them in the fourth quarter" of a game is no date (`game_quarter`).
            if y.is_none() && super::game_quarter::of_a_game(cx, k) {
                return None;
            }
            if y.is_some() || at == end {
                let q = q as u8;
                let start = if hyphened && y.is_none() { k } else { i };
                return Some(DatePhrase::new(
                    start,
                    end,
                    Cat::Date,
                    When::Quarter { y, q },
                ));
            }
        }
    }
    if let Some(p) = super::super::first_months::first_months(cx, i, k, after, u) {
        return Some(p);
    }
    if !(cx.is(u + 1, "of") && cx.near(u + 2)) {
        return None;
    }
    let mut m = u + 2;
    if cx.is(m, "the") && cx.is_any(m + 1, &["year", "month", "week"]) {
        return Some(DatePhrase::new(i, m + 2, Cat::Date, When::Nothing));
    }
    if cx.is(m, "the") {
        m += 1;
    }
    let inner = dated_part_of(cx, m)?;
    Some(DatePhrase::new(i, inner.end, Cat::Date, When::Nothing))
}
