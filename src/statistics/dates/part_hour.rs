//! A part of the day or a day counted from now, then the hour, joined by "at" or its sign:
//! "early morning at 3", "late evening @ 10", "in the evening at 8", "in 3 days at 5pm". The
//! day, the connective and the hour are read by their own grammars (`part_of_day`, the "in"
//! duration, `time_of_day`, `bare_hour_time`); this only joins them. A day, a comma and its
//! clock time too: "2 April 2026, 14:00".

use super::ranges::bare_hour_time;
use super::times::{meridiem, placed_hour, time_of_day};
use super::{Cat, DatePhrase};
use crate::statistics::calendar::When;
use crate::statistics::cursor::Cx;
use crate::statistics::words::PARTS_OF_DAY;

/// `p` (a part of the day or a day from now, its last token the part's or the unit's word) runs
/// on over "at"/"@" and the hour after it, a TIME, the hour placed by a part ("evening at 8" is
/// 20:00); unchanged when no hour follows.
pub(super) fn with_hour(cx: &Cx, mut p: DatePhrase) -> DatePhrase {
    let j = p.end;
    if p.time.is_some() || !(cx.is_any(j, &["at", "@"]) && cx.near(j) && cx.near(j + 1)) {
        return p;
    }
    let Some(b) = time_of_day(cx, j).or_else(|| bare_hour_time(cx, j + 1)) else {
        return p;
    };
    let Some((h, m)) = b.time else {
        return p;
    };
    p.time = Some((placed_hour(cx, h, p.end - 1), m));
    p.end = b.end;
    p.cat = Cat::Time;
    p
}

/// "early morning at 3", "late evening @ 10": "early" or "late" and a part of the day, only
/// with the hour after it ("early morning raids", "a late evening walk" are no times).
pub(super) fn early_or_late(cx: &Cx, i: usize) -> Option<DatePhrase> {
    if !(cx.is_any(i, &["early", "late"]) && cx.near(i + 1) && cx.is_any(i + 1, PARTS_OF_DAY)) {
        return None;
    }
    let part = DatePhrase::new(i, i + 2, Cat::Time, When::Nothing);
    let p = with_hour(cx, part);
    p.time.is_some().then_some(p)
}

/// "2 April 2026, 14:00", "Friday, May 8, at 2pm", "Monday 9 March, 6.30pm": a day (`p`), the
/// comma at `j`, then its clock time, one TIME. Only a time with its minutes or am/pm ("on
/// 3 May, 4 people" is a count) and no range of times.
pub(super) fn comma_then_time(cx: &Cx, p: &DatePhrase, j: usize) -> Option<DatePhrase> {
    let day = p.when.is_one_day();
    if !day || p.time.is_some() || p.until.is_some() || !(cx.is(j, ",") && cx.near(j + 1)) {
        return None;
    }
    let b = time_of_day(cx, j + 1)?;
    let clock = (b.start..b.end)
        .any(|t| cx.is_any(t, &[":", "."]) && cx.attached(t) || meridiem(cx, t).is_some());
    if b.until.is_some() || b.when != When::Nothing || b.time.is_none() || !clock {
        return None;
    }
    let mut q = p.clone();
    q.time = b.time;
    q.end = b.end;
    q.cat = Cat::Time;
    Some(q)
}
