//! Ranges of dates and times: "between 2014 and 2018", "from 10/1 to 11/7", "5 to 6pm",
//! "2012–13", and a bare hour that a neighbour makes a time ("around 3", "eight o'clock").

use super::absolute::{day_at, year_at, year_phrase};
use super::join::phrase;
use super::times::hour_part_of_day;
use super::{Cat, DatePhrase};
use crate::statistics::calendar::When;
use crate::statistics::cursor::Cx;
use crate::statistics::measures::count_range;
use crate::statistics::numbers::{self, Context};
use crate::statistics::words::APOSTROPHES;

/// "A to B" after a phrase A.
/// Whether a connector of a range stands at token `j`, between words on one line: without it
/// [`range_tail`] reads nothing (asked first, so that a phrase is copied only for a range).
pub(super) fn joins_at(cx: &Cx, j: usize, connectors: &[&str]) -> bool {
    cx.near(j) && cx.is_any(j, connectors) && cx.near(j + 1)
}

pub(super) fn range_tail(cx: &Cx, a: DatePhrase, connectors: &[&str]) -> Option<DatePhrase> {
    let j = a.end;
    if !joins_at(cx, j, connectors) {
        return None;
    }
    let a_year = match a.when {
        When::Date {
            y: Some(y),
            m: None,
            d: None,
        } => Some(y),
        _ => None,
    };
    let b = match phrase(cx, j + 1).or_else(|| short_year_end(cx, &a, j + 1)) {
        Some(b) => b,
        // "from May 2010 to now", "between Jan 2019 and now": a range up to today.
        None if a.cat == Cat::Date && cx.is(j + 1, "now") => {
            DatePhrase::new(j + 1, j + 2, Cat::Date, When::DayOffset(0))
        }
        // "from 2010 to 2015 sales rose": after a year, a later one ends the range whatever
        // follows it.
        None if a_year.is_some() => {
            let ay = a_year?;
            let later =
                |w: When| matches!(w, When::Date { y: Some(y), .. } if y > ay && y - ay <= 100);
            year_phrase(cx, j + 1).filter(|b| later(b.when))?
        }
        // "from 10:30 to 3", "8am-3": a bare hour after a time ends the range, in the afternoon
        // when that keeps it after the start.
        None if a.time.is_some() => {
            // The day may follow: "to 3 on 1/1/2015", "8am-3 yesterday".
            let day_after = cx.is_digits(j + 1)
                && cx.near(j + 2)
                && cx.is_any(j + 2, &["on", "yesterday", "today", "tomorrow", "tonight"]);
            let mut b = if day_after {
                let h: u8 = cx.s(j + 1).parse().ok().filter(|h| (1..=12).contains(h))?;
                let mut b = DatePhrase::new(j + 1, j + 2, Cat::Time, When::Nothing);
                b.time = Some((h, 0));
                b
            } else {
                bare_hour_time(cx, j + 1)?
            };
            if let (Some((ah, am)), Some((bh, bm))) = (a.time, b.time) {
                if (bh, bm) <= (ah, am) && bh < 12 && bh + 12 > ah {
                    b.time = Some((bh + 12, bm));
                }
            }
            b
        }
        None => {
            // "April 9th through seventeenth", "November 19-20": a second day of the same month.
            // The second day is of the first's month and year; a year written after it dates
            // both ("March 3-5, 2027").
            let When::Date {
                y,
                m: Some(m),
                d: Some(_),
            } = a.when
            else {
                return None;
            };
            let (d, mut e) = day_at(cx, j + 1)?;
            let mut y = y;
            let k = if cx.is(e, ",") { e + 1 } else { e };
            if let Some((yy, ye)) = year_at(cx, k).filter(|_| y.is_none() && cx.near(k)) {
                y = Some(yy);
                e = ye;
            }
            let when = When::Date {
                y,
                m: Some(m),
                d: Some(d),
            };
            DatePhrase::new(j + 1, e, Cat::Date, when)
        }
    };
    // Both halves are the same sort of thing: a time to a time, a date to a date.
    let compatible =
        a.cat == b.cat || (a.cat == Cat::Date && b.cat == Cat::Time && a.time.is_some());
    // "cuts the journey from 2 hours 10 minutes to 1 hour 25 minutes": two lengths from the
    // longer to the shorter are two levels of a change, each a DURATION ("range from three
    // weeks to five years" stays one phrase; "3 to 5 days" is `count_range`'s).
    let shorter = |p: &DatePhrase| p.duration.as_deref().and_then(iso_seconds);
    if !compatible
        || a.cat == Cat::Duration
            && shorter(&b).is_some_and(|bs| shorter(&a).is_some_and(|s| bs < s))
    {
        return None;
    }
    let mut r = a;
    // "10.30-11.30pm", "from 7:15 to 9:45 pm": a first time that ends in its minutes has no
    // half of the day of its own; it takes the second's when that keeps it before the end.
    if let (Some((ah, am)), Some((bh, _))) = (r.time, b.time) {
        // A zero-padded hour ("09.30") is the 24-hour clock.
        let padded = (r.start..r.end)
            .find(|&t| cx.is_digits(t))
            .is_some_and(|t| cx.s(t).starts_with('0'));
        let unplaced = r.cat == Cat::Time && cx.is_digits(r.end - 1) && !padded;
        if unplaced && ah < 12 && bh >= 12 && ah + 12 <= bh {
            r.time = Some((ah + 12, am));
        }
    }
    // "from 3 March to 5 May 2027", "November to February 2027": a start without its year
    // is in the end's, or the year before when it comes later in the year.
    if let (
        When::Date {
            y: None,
            m: Some(m),
            d,
        },
        When::Date {
            y: Some(y),
            m: Some(bm),
            d: bd,
        },
    ) = (r.when, b.when)
    {
        let later = match (d, bd) {
            (Some(d), Some(bd)) => (m, d) > (bm, bd),
            _ => m > bm,
        };
        let y = if later { y - 1 } else { y };
        r.when = When::Date {
            y: Some(y),
            m: Some(m),
            d,
        };
    }
    r.until = Some(b.when);
    r.end = b.end;
    if r.time.is_none() {
        r.time = b.time;
    } else {
        r.until_time = b.time;
    }
    r.qualifier = Some("between");
    Some(r)
}

/// An ISO 8601 duration ("PT2H10M", "P3W", "P1Y6M") in seconds, months and years taken at
/// their average length: enough to tell which of two lengths is the longer.
pub(super) fn iso_seconds(iso: &str) -> Option<f64> {
    let (date, time) = iso
        .strip_prefix('P')?
        .split_once('T')
        .unwrap_or((iso.get(1..)?, ""));
    let mut total = 0.0;
    for (part, in_time) in [(date, false), (time, true)] {
        let mut number = String::new();
        for c in part.chars() {
            if c.is_ascii_digit() || c == '.' {
                number.push(c);
                continue;
            }
            let v: f64 = number.parse().ok()?;
            number.clear();
            total += v * match (c, in_time) {
                ('Y', false) => 31_557_600.0,
                ('M', false) => 2_629_800.0,
                ('W', false) => 604_800.0,
                ('D', false) => 86_400.0,
                ('H', true) => 3_600.0,
                ('M', true) => 60.0,
                ('S', true) => 1.0,
                _ => return None,
            };
        }
    }
    Some(total)
}

/// "13" in "2012–13", or in "2012 – 13" (a space on each side of the dash).
pub(super) fn short_year_end(cx: &Cx, a: &DatePhrase, j: usize) -> Option<DatePhrase> {
    let When::Date {
        y: Some(y),
        m: None,
        d: None,
    } = a.when
    else {
        return None;
    };
    let spaced_dash = j > 0
        && cx.is_any(j - 1, &["-", "–"])
        && cx.near(j)
        && !cx.attached(j)
        && !cx.attached(j - 1);
    if !(cx.is_digits(j) && cx.s(j).len() == 2 && (cx.attached(j) || spaced_dash)) {
        return None;
    }
    let yy: i32 = cx.s(j).parse().ok()?;
    let full = y / 100 * 100 + yy;
    (full > y && full - y <= 10).then(|| {
        DatePhrase::new(
            j,
            j + 1,
            Cat::Date,
            When::Date {
                y: Some(full),
                m: None,
                d: None,
            },
        )
    })
}

/// A range whose first half may be a bare number or day: "3 and 12 of Sept", "5 to 6pm",
/// "the twenty-seventh to the third of April", "now and November 15th".
pub(super) fn range_from(cx: &Cx, i: usize, connectors: &[&str]) -> Option<DatePhrase> {
    if let Some(a) = phrase(cx, i) {
        return range_tail(cx, a, connectors);
    }
    range_from_bare(cx, i, connectors)
}

/// `range_from` when the first half is not a phrase of its own.
pub(super) fn range_from_bare(cx: &Cx, i: usize, connectors: &[&str]) -> Option<DatePhrase> {
    let mut hour = None;
    let a_end = if cx.is(i, "now") {
        i + 1
    } else if let Some((d, e)) = day_at(cx, i) {
        // A bare number is a day before a date, an hour before a time.
        if e == i + 1 && cx.is_digits(i) {
            hour = Some(d);
        }
        e
    } else {
        let n = numbers::parse(cx, i, Context::Plain)?;
        if n.value < 0.0 || n.value > 31.0 || n.value.fract() != 0.0 {
            return None;
        }
        hour = Some(n.value as u8);
        n.end
    };
    let j = a_end;
    if !(cx.near(j) && cx.is_any(j, connectors) && cx.near(j + 1)) {
        return None;
    }
    let b = phrase(cx, j + 1).or_else(|| bare_hour_time(cx, j + 1).filter(|_| cx.is(i, "now")))?;
    let b_starts_with_number = cx.is(i, "now")
        || cx.is_digits(j + 1)
        || cx
            .word(j + 1)
            .is_some_and(|w| w.unit.is_some() || w.ordinal.is_some() || w.ten.is_some())
        || cx.is(j + 1, "the");
    if !b_starts_with_number || b.cat == Cat::Duration {
        return None;
    }
    // A bare first half must be the same sort as the second: an hour before a time, a day before a date.
    if !cx.is(i, "now") && b.time.is_none() && !matches!(b.when, When::Date { d: Some(_), .. }) {
        return None;
    }
    // "the results range from 5 to 10": after a word of range, a bare hour to a bare number is
    // a range of counts (`measures::count_range`), not clock hours.
    if hour.is_some() && b.end == j + 2 && count_range::from_after_range_word(cx, i) {
        return None;
    }
    let b_time = b.time;
    let mut r = b;
    r.start = i;
    r.qualifier = Some("between");
    // "between 9 and 11 am", "3-8pm": the bare hour starts the range, in the second half's
    // half of the day when that keeps it before the end ("3-8pm" is 15:00 to 20:00).
    if let (Some(h), Some((bh, bm))) = (hour.filter(|&h| h <= 24), b_time) {
        let start = if h < 12 && bh >= 12 && h + 12 <= bh {
            h + 12
        } else {
            h
        };
        r.time = Some((start, 0));
        r.until = Some(r.when);
        r.until_time = Some((bh, bm));
    }
    Some(r)
}

/// A bare hour that only a neighbour makes a time: "around 3", "at 7", "eight o'clock".
pub(super) fn bare_hour_time(cx: &Cx, j: usize) -> Option<DatePhrase> {
    let n = numbers::parse(cx, j, Context::Plain)?;
    if n.start != j
        || n.value < 0.0
        || n.value > 24.0
        || n.value.fract() != 0.0
        || (n.words && n.value > 12.0)
    {
        return None;
    }
    // "at 10ish": a rough hour.
    let ish = cx.is(n.end, "ish")
        && cx.attached(n.end)
        && !(cx.attached(n.end + 1) && (cx.is_word(n.end + 1) || cx.is_digits(n.end + 1)));
    // A full stop that ends the sentence ("Monday at 9.") is no decimal point.
    let full_stop = cx.is(n.end, ".") && !cx.attached(n.end + 1);
    if !ish
        && cx.near(n.end)
        && (cx.is_word(n.end) && !cx.is_any(n.end, &["o", "oclock", "o'clock", "in"])
            || cx.is_any(n.end, &[":", "%", "."]) && cx.attached(n.end) && !full_stop)
    {
        return None;
    }
    // "around 3-5 kilometres": the first end of a range of figures (a range of hours, "3-5pm",
    // is read whole by `range_from_bare`).
    if cx.is_any(n.end, &["-", "–"]) && cx.attached(n.end) && cx.is_digits(n.end + 1) {
        return None;
    }
    let mut end = n.end;
    // "10ish", "10 oclock": one word after the hour.
    if ish || cx.is(end, "oclock") {
        end += 1;
    } else if cx.is(end, "o") && cx.is_any(end + 1, APOSTROPHES) && cx.is(end + 2, "clock") {
        end += 3;
    }
    let mut p = DatePhrase::new(j, end, Cat::Time, When::Nothing);
    p.time = Some((n.value as u8, 0));
    Some(with_part_of_day(cx, p))
}

/// "… in the morning" after a time: "3 in the morning", "fifteen past eight in the evening".
pub(super) fn with_part_of_day(cx: &Cx, mut p: DatePhrase) -> DatePhrase {
    if cx.near(p.end) && cx.is(p.end, "in") {
        if let Some(q) = hour_part_of_day(cx, p.end) {
            p.end = q.end;
        }
    }
    p
}

/// "later than 9:30 but before 11:00", "after 2010 but before 2015": a lower bound `p`
/// ("after …") then "but" and an upper bound ("before …", "earlier than …", "no later than …",
/// "until …") of the same kind, one range between them (`parse` reads the second bound). A
/// day after the second time places both ("later than 9:30 but before 11:00 on Thursday").
/// With "and" the bounds stay two ("after 2010 and before 2018": two conditions, as
/// Recognizers-Text marks them).
pub(super) fn bounded_between(
    cx: &Cx,
    p: &DatePhrase,
    parse: fn(&Cx, usize) -> Option<DatePhrase>,
) -> Option<DatePhrase> {
    if p.cat == Cat::Duration || p.until.is_some() || p.until_time.is_some() {
        return None;
    }
    let k = p.end;
    if !(cx.is(k, "but") && cx.near(k) && cx.near(k + 1)) {
        return None;
    }
    let q = parse(cx, k + 1).filter(|q| {
        q.start == k + 1
            && matches!(q.qualifier, Some("before" | "no later than" | "until"))
            && q.until.is_none()
            && q.until_time.is_none()
    })?;
    let mut r = p.clone();
    r.end = q.end;
    r.qualifier = Some("between");
    r.until = Some(q.when);
    match (p.time, q.time) {
        (Some(_), Some(t)) => {
            r.cat = Cat::Time;
            r.until_time = Some(t);
        }
        (None, None) if p.cat == Cat::Date && q.cat == Cat::Date => {}
        _ => return None,
    }
    Some(r)
}
