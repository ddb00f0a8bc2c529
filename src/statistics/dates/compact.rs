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

/// A date written as one run of digits or as a year and a month: "20200314" (year, month and
/// day, 1900–2099, a real day), "2019-7" and "2019-07" (a year and its month). A number or a
/// sign on either side, or a unit or currency after, makes it something else; "2011-12" is a
/// season (the second number is the next year's), not December.
pub(super) fn compact_date(cx: &Cx, i: usize) -> Option<DatePhrase> {
    if !cx.is_digits(i) {
        return None;
    }
    if i > 0 && cx.near(i) && (cx.is_digits(i - 1) || cx.is_any(i - 1, &["+", "#", "-", "."])) {
        return None;
    }
    let free_after = |k: usize| {
        !(cx.near(k)
            && (cx.is_digits(k)
                || cx.is_any(k, &["-", "/", ".", ":", "%"])
                    && cx.near(k + 1)
                    && cx.is_digits(k + 1)
                || cx.is_any(k, &["%"])
                || cx.word(k).is_some_and(|w| {
                    w.measure.is_some() || w.currency.is_some() || w.time_unit.is_some()
                })))
    };
    let s = cx.s(i);
    let year_ok = |y: u32| (1900..=2099).contains(&y);
    if s.len() == 8 {
        let (y, m, d) = (
            s.get(..4)?.parse::<u32>().ok()?,
            s.get(4..6)?.parse::<u32>().ok()?,
            s.get(6..)?.parse::<u32>().ok()?,
        );
        let ok = year_ok(y) && (1..=12).contains(&m) && d >= 1 && valid(y as i32, m as u8, d as u8);
        return (ok && free_after(i + 1)).then(|| {
            DatePhrase::new(
                i,
                i + 1,
                Cat::Date,
                When::Date {
                    y: Some(y as i32),
                    m: Some(m as u8),
                    d: Some(d as u8),
                },
            )
        });
    }
    if s.len() == 4 && cx.is(i + 1, "-") && cx.attached(i + 1) && cx.attached(i + 2) {
        let y: u32 = s.parse().ok()?;
        let month = cx.s(i + 2);
        let m: u32 = month
            .parse()
            .ok()
            .filter(|_| cx.is_digits(i + 2) && month.len() <= 2)?;
        let season = m == (y + 1) % 100;
        let ok = year_ok(y) && (1..=12).contains(&m) && !season && free_after(i + 3);
        return ok.then(|| {
            DatePhrase::new(
                i,
                i + 3,
                Cat::Date,
                When::Date {
                    y: Some(y as i32),
                    m: Some(m as u8),
                    d: None,
                },
            )
        });
    }
    None
}
