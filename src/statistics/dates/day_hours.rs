//! A weekday and its hours written as a bare range (branch `figs29`, issue 12): "open Monday
//! 11-4", "Hours are Saturday 9-5", "Sun 12-4": one TIME from the first hour to the second on
//! that day, read as the hours a place keeps (an hour under 7 is in the afternoon: 11-4 is
//! 11:00–16:00, 9-5 09:00–17:00, 8-8 08:00–20:00). Only where the sentence speaks of opening
//! hours: "beat them on Monday 11-4" is a score.

use super::{Cat, DatePhrase};
use crate::statistics::calendar::When;
use crate::statistics::cursor::Cx;
use crate::statistics::numbers::{self, Context};

/// Words of a sentence about the hours a place keeps.
const HOURS_WORDS: &[&str] = &[
    "open", "opens", "opening", "hours", "closed", "closes", "closing", "visiting", "staffed",
];

/// How many tokens before the weekday a word of [`HOURS_WORDS`] may be.
const REACH: usize = 12;

/// Gives `p`, a bare weekday, the range of hours after it ("Monday 11-4") where the sentence
/// speaks of opening hours; else leaves it as it was.
pub(super) fn hours_after_day(cx: &Cx, p: &mut DatePhrase) {
    let bare_day = p.cat == Cat::Date
        && matches!(p.when, When::Weekday { .. })
        && p.time.is_none()
        && p.until.is_none()
        && p.duration.is_none();
    let j = p.end;
    let range_after = cx.near(j)
        && cx.is_digits(j)
        && cx.is_any(j + 1, &["-", "–"])
        && cx.near(j + 1)
        && cx.near(j + 2)
        && cx.is_digits(j + 2);
    if !(bare_day && range_after) {
        return;
    }
    let hour = |k: usize| {
        let s = cx.s(k);
        s.parse::<u8>()
            .ok()
            .filter(|h| s.len() <= 2 && (1..=12).contains(h))
    };
    let (Some(a), Some(b)) = (hour(j), hour(j + 2)) else {
        return;
    };
    let end = j + 3;
    // "11-4pm", "9-5:30" are the time grammar's; "9-5s", "11-4-2" no hours.
    let glued = cx.attached(end)
        && (cx.is_word(end) || cx.is_digits(end) || cx.is_any(end, &[":", "-", "–", "/", "."]))
        && (cx.is_digits(end + 1) || !cx.is(end, "."));
    if glued || !hours_spoken(cx, p.start) {
        return;
    }
    set_hours(p, end, a, b);
}

/// "Ava's party is on Sunday from 2 till 5", "the fair is on Saturday 9 May from 10 to 4": a
/// day and a range of bare hours after "from" are one TIME, the hours read as a place's
/// (branch `figs42`); not before a unit, a mark of an amount or a noun ("on Monday from 2 to
/// 5 per cent", "from 2 to 5 players").
pub(super) fn from_hours_after_day(cx: &Cx, p: &mut DatePhrase) {
    let j = p.end;
    if !(p.cat == Cat::Date
        && p.when.is_one_day()
        && p.time.is_none()
        && p.until.is_none()
        && p.duration.is_none()
        && cx.near(j)
        && cx.is(j, "from")
        && cx.is_any(j + 2, &["to", "till", "til", "until"]))
    {
        return;
    }
    let hour = |k: usize| {
        let n = cx
            .near(k)
            .then(|| numbers::parse(cx, k, Context::Plain))??;
        (n.start == k
            && n.end == k + 1
            && n.value.fract() == 0.0
            && (1.0..=12.0).contains(&n.value))
        .then_some(n.value as u8)
    };
    let (Some(a), Some(b)) = (hour(j + 1), hour(j + 3)) else {
        return;
    };
    let end = j + 4;
    let closes = !cx.near(end)
        || cx.is_any(
            end,
            &[
                ",", ".", ";", "!", "?", ")", "at", "in", "on", "and", "for", "with",
            ],
        ) && !(cx.attached(end) && cx.is_digits(end + 1));
    if !closes {
        return;
    }
    set_hours(p, end, a, b);
}

/// Makes `p` the day's hours from `a` to `b` as spoken ([`kept_hour`]; "2 till 5" is 14:00 to
/// 17:00), ending before token `end`: nothing where they would run past midnight.
fn set_hours(p: &mut DatePhrase, end: usize, a: u8, b: u8) {
    let start = kept_hour(a);
    let mut until = kept_hour(b);
    if until <= start {
        until += 12;
    }
    if until >= 24 {
        return;
    }
    p.end = end;
    p.cat = Cat::Time;
    p.time = Some((start, 0));
    p.until = Some(When::Nothing);
    p.until_time = Some((until, 0));
    // As "Monday 9am-5pm" is marked.
    p.qualifier = p.qualifier.or(Some("between"));
}

/// An hour of a place's day: 1–6 in the afternoon, 7–12 as written.
fn kept_hour(h: u8) -> u8 {
    if h < 7 {
        h + 12
    } else {
        h
    }
}

/// Whether the sentence before token `start` (a colon does not end it: "Hours: Mon 9-5")
/// has a word of [`HOURS_WORDS`].
fn hours_spoken(cx: &Cx, start: usize) -> bool {
    let mut k = start;
    while k > 0 && start - k < REACH {
        let ends = cx.gap(k) >= crate::statistics::tokens::Gap::Line
            || matches!(cx.punct(k - 1), Some(b'.' | b'!' | b'?'));
        if ends {
            return false;
        }
        k -= 1;
        if cx.is_any(k, HOURS_WORDS) {
            return true;
        }
    }
    false
}
