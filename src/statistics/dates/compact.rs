//! Dates written as three numbers apart: "31 10 1974", "10 31 1974", "2016 10 16".

use super::{Cat, DatePhrase};
use crate::statistics::calendar::{valid, When};
use crate::statistics::cursor::Cx;

/// A day, a month and a four-digit year (1900–2099) as three numbers one space apart, in the
/// order day month year, month day year or year month day, with no number on either side. The
/// order is read from the numbers (a part above 12 is the day); when both orders fit, only the
/// year is resolved.
pub(super) fn spaced_date(cx: &Cx, i: usize) -> Option<DatePhrase> {
    let nums: Vec<u32> = (i..i + 3)
        .map(|k| {
            (cx.is_digits(k) && (k == i || cx.near(k) && !cx.attached(k)))
                .then(|| cx.s(k).parse().ok())
                .flatten()
        })
        .collect::<Option<_>>()?;
    let lens: Vec<usize> = (i..i + 3).map(|k| cx.s(k).len()).collect();
    // No number right before or after: "tel 31 10 1974 22" is no date.
    if i > 0 && cx.near(i) && (cx.is_digits(i - 1) || cx.is_any(i - 1, &["+", "#"])) {
        return None;
    }
    if cx.near(i + 3) && (cx.is_digits(i + 3) || cx.is_any(i + 3, &["-", "/", "."])) {
        return None;
    }
    // "3 10 2019 points": a count of something after it.
    if cx.near(i + 3)
        && cx.is_word(i + 3)
        && (cx
            .word(i + 3)
            .is_some_and(|w| w.measure.is_some() || w.currency.is_some() || w.time_unit.is_some())
            || !cx.capitalised(i + 3) && cx.lower(i + 3).ends_with('s'))
    {
        return None;
    }
    let year_ok = |y: u32| (1900..=2099).contains(&y);
    let year_first = lens[0] == 4 && lens[1] <= 2 && lens[2] <= 2 && year_ok(nums[0]);
    let (y, a, b) = if lens[2] == 4 && lens[0] <= 2 && lens[1] <= 2 && year_ok(nums[2]) {
        (nums[2] as i32, nums[0], nums[1])
    } else if year_first {
        (nums[0] as i32, nums[2], nums[1])
    } else {
        return None;
    };
    let fits = |d: u32, m: u32| (1..=12).contains(&m) && d >= 1 && valid(y, m as u8, d as u8);
    // Year first is always year, month, day.
    let orders = if year_first {
        (fits(a, b), false)
    } else {
        (fits(a, b), fits(b, a))
    };
    let (m, d) = match orders {
        (true, false) => (Some(b as u8), Some(a as u8)),
        (false, true) => (Some(a as u8), Some(b as u8)),
        (true, true) if a == b => (Some(a as u8), Some(a as u8)),
        (true, true) => (None, None),
        (false, false) => return None,
    };
    Some(DatePhrase::new(
        i,
        i + 3,
        Cat::Date,
        When::Date { y: Some(y), m, d },
    ))
}
