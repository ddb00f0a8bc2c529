//! Years said in words: "nineteen ninety-six", "twenty twenty-one", "nineteen oh five", and,
//! after a month or a day of one only, "two thousand and fifteen" (by itself that is a count).

use super::ranges::with_part_of_day;
use super::times::meridiem;
use super::{Cat, DatePhrase};
use crate::statistics::calendar::When;
use crate::statistics::cursor::Cx;
use crate::statistics::numbers::{self, Context, NumKind};
use crate::statistics::words::APOSTROPHES;

/// A year in words at `j`; `after_month` allows the "two thousand and nine" form.
pub(super) fn spoken_year(cx: &Cx, j: usize, after_month: bool) -> Option<(i32, usize)> {
    if !cx.is_word(j) {
        return None;
    }
    let n = numbers::parse(cx, j, Context::Plain)
        .filter(|n| n.start == j && n.words && n.kind == NumKind::Cardinal)?;
    // "in two thousand and fifteen." by itself: after "in" or "since", with nothing after it
    // that it could count ("in two thousand cases" is a count).
    let after_in = j > 0
        && cx.is_any(j - 1, &["in", "since", "until"])
        && (!cx.near(n.end)
            || !cx.is_word(n.end)
            || cx.is_any(n.end, &["and", "or", "but", "when", "before", "after"]));
    if (after_month || after_in)
        && (1000.0..=2099.0).contains(&n.value)
        && n.value.fract() == 0.0
        && (j..n.end).any(|k| cx.is(k, "thousand"))
    {
        return free_after(cx, n.end).then_some((n.value as i32, n.end));
    }
    // "nineteen ninety-six": the hundreds as one word, then the rest as a number of two digits
    // or "oh" and a digit. By itself the first half is 16–20 (a time such as "ten fifteen" is
    // no year).
    let low = if after_month { 11.0 } else { 16.0 };
    if n.end != j + 1 || !(low..=20.0).contains(&n.value) || !cx.near(j + 1) {
        return None;
    }
    let hundreds = n.value as i32;
    let k = j + 1;
    let (rest, end) = if cx.is_any(k, &["oh", "o"]) && cx.near(k + 1) {
        let d = cx
            .word(k + 1)
            .and_then(|w| w.unit)
            .filter(|u| (1..=9).contains(u))?;
        (i32::from(d), k + 2)
    } else {
        let m = numbers::parse(cx, k, Context::Plain).filter(|m| {
            m.start == k
                && m.words
                && m.kind == NumKind::Cardinal
                && (10.0..=99.0).contains(&m.value)
                && m.value.fract() == 0.0
        })?;
        (m.value as i32, m.end)
    };
    free_after(cx, end).then_some((hundreds * 100 + rest, end))
}

/// Nothing after the year makes it a count or a time: no unit, currency, scale or meridiem
/// ("nineteen twenty dollars", "ten fifteen pm").
pub(super) fn free_after(cx: &Cx, e: usize) -> bool {
    !cx.near(e)
        || !cx.word(e).is_some_and(|w| {
            w.time_unit.is_some()
                || w.measure.is_some()
                || w.currency.is_some()
                || w.scale.is_some()
        }) && !cx.is_any(
            e,
            &[
                "am", "pm", "a.m.", "p.m.", "o'clock", "oclock", "minutes", "past",
            ],
        )
}

/// A clock time in words: "six pm", "seven thirty p.m.", "nine oh five am", and after "at"
/// without a meridiem "at three twenty" (a bare "three twenty" is two counts).
pub(super) fn spoken_time(cx: &Cx, i: usize) -> Option<DatePhrase> {
    let at = cx.is(i, "at") && cx.near(i + 1);
    let k = if at { i + 1 } else { i };
    if !cx.is_word(k) {
        return None;
    }
    let h = numbers::parse(cx, k, Context::Plain).filter(|h| {
        h.start == k
            && h.end == k + 1
            && h.words
            && h.kind == NumKind::Cardinal
            && (1.0..=12.0).contains(&h.value)
            && h.value.fract() == 0.0
    })?;
    let mut end = k + 1;
    let mut minutes = None;
    if cx.near(end) {
        if cx.is_any(end, &["oh", "o"]) && cx.near(end + 1) {
            if let Some(d) = cx
                .word(end + 1)
                .and_then(|w| w.unit)
                .filter(|u| (1..=9).contains(u))
            {
                minutes = Some(d);
                end += 2;
            }
        } else if let Some(m) = numbers::parse(cx, end, Context::Plain).filter(|m| {
            m.start == end
                && m.words
                && m.kind == NumKind::Cardinal
                && (10.0..=59.0).contains(&m.value)
                && m.value.fract() == 0.0
        }) {
            minutes = Some(m.value as u8);
            end = m.end;
        }
    }
    let hour = h.value as u8;
    // "five o'clock", "eight oclock": the hour the clock says, as "5 o'clock" is.
    let oclock = if !cx.near(end) || minutes.is_some() {
        None
    } else if cx.is_any(end, &["o'clock", "oclock"]) {
        Some(end + 1)
    } else if cx.is(end, "o") && cx.is_any(end + 1, APOSTROPHES) && cx.is(end + 2, "clock") {
        Some(end + 3)
    } else {
        None
    };
    let hour = match (meridiem(cx, end), oclock) {
        (Some((pm, e)), _) => {
            end = e;
            hour % 12 + if pm { 12 } else { 0 }
        }
        (None, Some(e)) => {
            end = e;
            hour
        }
        (None, None) if at && minutes.is_some() => hour,
        // "at eight tonight".
        (None, None) if at || super::times::hour_may_open(cx, k) => {
            return super::times::hour_then_day_part(cx, k, end, hour)
        }
        (None, None) => return None,
    };
    if !free_after(cx, end) {
        return None;
    }
    // "at" stays outside the span, as for "at 5pm".
    let mut p = DatePhrase::new(k, end, Cat::Time, When::Nothing);
    p.time = Some((hour, minutes.unwrap_or(0)));
    Some(with_part_of_day(cx, p))
}
