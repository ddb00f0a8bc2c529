//! A duration measured from a point: "3 weeks later", "2 days ago", "3 minutes from now", "the
//! three months to June" (moved out of `durations.rs`, unchanged).

use super::join::atom;
use super::ranges;
use super::{Cat, DatePhrase};
use crate::statistics::calendar::When;
use crate::statistics::cursor::Cx;

/// "3 weeks later", "2 days ago", "3 minutes from now", "2 weeks before Christmas",
/// "two months after next Friday": a duration measured from a point is a date.
pub(super) fn duration_anchor(cx: &Cx, d: DatePhrase) -> DatePhrase {
    let j = d.end;
    if !cx.near(j) {
        return d;
    }
    // "two years later than planned", "an hour earlier than usual": the length is a gap
    // between two times, a DURATION, not a date counted from the story's time.
    if cx.is_any(j, &["later", "earlier"]) && cx.is(j + 1, "than") && cx.near(j + 1) {
        return d;
    }
    if cx.is_any(j, &["ago", "later", "earlier", "hence", "since"]) && !cx.is(j, "since") {
        let mut p = d;
        p.end = j + 1;
        p.cat = Cat::Date;
        // "two weeks ago", "two years hence" count from the dateline; "later" and "earlier"
        // from the story's time.
        p.shift = if cx.is(j, "ago") {
            -1
        } else {
            i8::from(cx.is(j, "hence"))
        };
        return p;
    }
    if let Some(p) = for_length_from(cx, &d) {
        return p;
    }
    // "3 days starting next Monday", "2 weeks starting from May 20th", "30 minutes beginning at
    // 4pm": how long, then when it starts, as one time that lasts.
    if cx.is_any(j, &["starting", "beginning"]) && cx.near(j + 1) {
        let k = if cx.is_any(j + 1, &["from", "on", "at", "in"]) && cx.near(j + 2) {
            j + 2
        } else {
            j + 1
        };
        if let Some(b) = atom(cx, k).filter(|b| b.cat != Cat::Duration && b.duration.is_none()) {
            let mut p = b;
            p.start = d.start;
            p.lasting = d.duration.map(String::into_boxed_str);
            return p;
        }
    }
    if let Some(p) = weeks_on_weekday(cx, &d) {
        return p;
    }
    if cx.is_any(j, &["to", "ending"]) && cx.near(j + 1) {
        if let Some(p) = period_to(cx, &d, j + 1, false) {
            return p;
        }
    }
    // "over the four days from 29 November", "the 10 days before the election": "the" and a
    // count of units name a stretch that starts or ends at the day, a DURATION (the day is a
    // date of its own); "two weeks from Monday", "the day after Christmas" stay one date.
    if cx.is_any(j, &["from", "before", "after"]) && stretch_of_days(cx, &d) {
        return d;
    }
    if cx.is_any(j, &["from", "before", "after"]) && cx.near(j + 1) {
        if cx.is(j + 1, "now") {
            let mut p = d;
            p.end = j + 2;
            p.cat = Cat::Date;
            // "3 days from now"; "before now", "after now" name no point.
            p.shift = i8::from(cx.is(j, "from"));
            return p;
        }
        if let Some(b) = atom(cx, j + 1) {
            if let Some(p) = shifted_clock_time(cx, &d, &b) {
                return p;
            }
            if b.cat != Cat::Duration {
                let mut p = d;
                p.end = b.end;
                p.cat = Cat::Date;
                return p;
            }
        }
    }
    d
}

/// "a week on Tuesday", "a fortnight on Friday", "three weeks on Monday": British for that
/// many weeks after the coming weekday (`rel` 2 is the one after next). Only whole weeks
/// and a bare weekday ("a week on holiday", "spent a week on Monday's notes" are no dates).
fn weeks_on_weekday(cx: &Cx, d: &DatePhrase) -> Option<DatePhrase> {
    let j = d.end;
    if !(cx.is(j, "on") && cx.near(j + 1)) || after_for(cx, d) {
        return None;
    }
    let iso = d.duration.as_deref()?;
    let weeks: i8 = match iso.strip_prefix('P') {
        Some(w) if w.ends_with('W') => w.trim_end_matches('W').parse().ok()?,
        Some(days) if days.ends_with('D') => {
            let days: i8 = days.trim_end_matches('D').parse().ok()?;
            (days % 7 == 0).then_some(days / 7)?
        }
        _ => return None,
    };
    let b = atom(cx, j + 1)?;
    let When::Weekday { wd, rel: 0 } = b.when else {
        return None;
    };
    if b.end != j + 2 || b.time.is_some() || !(1..=4).contains(&weeks) {
        return None;
    }
    let mut p = DatePhrase::new(
        d.start,
        b.end,
        Cat::Date,
        When::Weekday { wd, rel: 1 + weeks },
    );
    p.qualifier = None;
    Some(p)
}

/// "2 hours from 2pm", "30 minutes after 9:15", "an hour before midnight": a clock time shifted
/// by a length of hours, minutes or seconds is the clock time it comes to (16:00, 09:45,
/// 23:00), on the point's day. Not when it crosses midnight (the day would change), nor for
/// a length of days ("2 days after Monday" stays a date measured from Monday), nor after
/// "for" (`for_length_from`: a time that lasts).
fn shifted_clock_time(cx: &Cx, d: &DatePhrase, b: &DatePhrase) -> Option<DatePhrase> {
    let (h, m) = b.time?;
    if after_for(cx, d)
        || b.start != d.end + 1
        || b.cat == Cat::Duration
        || b.duration.is_some()
        || b.lasting.is_some()
        || b.until.is_some()
        || b.qualifier.is_some()
        || d.count_between.is_some()
        || d.qualifier.is_some()
    {
        return None;
    }
    let minutes = clock_minutes(d.duration.as_deref()?)?;
    let at = i64::from(h) * 60 + i64::from(m);
    let shifted = if cx.is(d.end, "before") {
        at - minutes
    } else {
        at + minutes
    };
    if !(0..24 * 60).contains(&shifted) {
        return None;
    }
    let mut p = b.clone();
    p.start = d.start;
    p.cat = Cat::Time;
    p.time = Some(((shifted / 60) as u8, (shifted % 60) as u8));
    Some(p)
}

/// Whole minutes in an ISO 8601 length of hours, minutes and seconds ("PT2H", "PT1H30M",
/// "PT0.5H", "PT90S"); None for a length with days or more, or not a whole number of minutes.
fn clock_minutes(iso: &str) -> Option<i64> {
    if !iso.starts_with("PT") {
        return None;
    }
    let minutes = ranges::iso_seconds(iso)? / 60.0;
    (minutes.fract() == 0.0 && minutes > 0.0).then_some(minutes as i64)
}

/// "for 2 hours from 2pm", "for 3 days, from today", "for ten days from 18 December": how long
/// after "for", then the point it runs from, as one time that lasts (the point's phrase with
/// `lasting`). "for" is what makes it a range here (without it a length "from" a point is a
/// date measured from it, "two weeks from Monday", and stays one), so it is inside, as "from"
/// is in "from 2pm for 2 hours"; "starting" makes the range of "3 days starting Monday" by
/// itself, and a "for" before it stays outside. "now" is a date either way ("for 20 years
/// from now"), and only a day, a date or a clock time is a point ("for 2 hours from the
/// station" has none).
fn for_length_from(cx: &Cx, d: &DatePhrase) -> Option<DatePhrase> {
    let j = d.end;
    if !after_for(cx, d) {
        return None;
    }
    // "for 3 days, from today": the comma of an afterthought.
    let from = if cx.is(j, ",") && cx.attached(j) {
        j + 1
    } else {
        j
    };
    if !(cx.is(from, "from") && cx.near(from) && cx.near(from + 1)) {
        return None;
    }
    let b = atom(cx, from + 1).filter(|b| {
        b.start == from + 1
            && matches!(b.cat, Cat::Date | Cat::Time)
            && b.duration.is_none()
            && b.lasting.is_none()
            && b.until.is_none()
            && b.qualifier.is_none()
            && (b.time.is_some() || !matches!(b.when, When::Nothing))
            // "for 17 nights, from February 2016 through May 2017": the point opens a range
            // of its own, which the length does not start.
            && !ranges::joins_at(cx, b.end, RANGE_JOINS)
    })?;
    let mut p = b;
    p.start = d.start - 1;
    p.lasting = d.duration.clone().map(String::into_boxed_str);
    Some(p)
}

/// What joins a range's two ends after its first, dates' and times' ("9:30 till 11:00").
const RANGE_JOINS: &[&str] = &[
    "-", "–", "to", "through", "thru", "~", "till", "until", "til", "untill",
];

/// Whether the length `d` has "for" right before it.
fn after_for(cx: &Cx, d: &DatePhrase) -> bool {
    d.start > 0 && cx.is(d.start - 1, "for") && cx.near(d.start)
}

/// "the three months to June", "the 12 months ending September 2024", "the year to March": a
/// period that ends in a month (`k`: where the month starts), as statistics offices write it.
/// One date, from its first month to its last when the year is written ("2024-04/2024-06").
/// Only a month or a day ends it: "three weeks to Christmas" counts down to a day. With
/// `weeks` (after "the": "the six weeks to 4 January", "the 28 days to 3 March"), a length in
/// weeks or days names the period too, left unresolved (its first day is no month's).
pub(super) fn period_to(cx: &Cx, d: &DatePhrase, k: usize, weeks: bool) -> Option<DatePhrase> {
    let b = atom(cx, k)
        .filter(|b| {
            b.cat == Cat::Date && b.start == k && matches!(b.when, When::Date { m: Some(_), .. })
        })
        .or_else(|| mid_year(cx, k))
        .or_else(|| split_year(cx, k))?;
    let iso = d.duration.as_deref()?;
    let n = |unit: char| -> Option<i32> { iso.strip_prefix('P')?.strip_suffix(unit)?.parse().ok() };
    let months = match n('M').or_else(|| n('Y').map(|y| y * 12)) {
        Some(m) => m,
        None if weeks && (n('W').is_some() || n('D').is_some()) => 0,
        None => return None,
    };
    let mut p = DatePhrase::new(d.start, b.end, Cat::Date, When::Nothing);
    if let When::Date {
        y: Some(y),
        m: Some(m),
        ..
    } = b.when
    {
        if months > 0 {
            let first = y * 12 + i32::from(m) - 1 - (months - 1);
            p.when = When::Date {
                y: Some(first.div_euclid(12)),
                m: Some(first.rem_euclid(12) as u8 + 1),
                d: None,
            };
            p.until = Some(When::Date {
                y: Some(y),
                m: Some(m),
                d: None,
            });
        }
    }
    Some(p)
}

/// "mid-2024" after a period's "to" ("the year to mid-2024", as population estimates are
/// dated): the year's middle, its June, so that "the year to mid-2024" runs from July 2023.
/// Only a year glued by a hyphen to "mid".
fn mid_year(cx: &Cx, k: usize) -> Option<DatePhrase> {
    if !(cx.is(k, "mid") && cx.is(k + 1, "-") && cx.attached(k + 1) && cx.attached(k + 2)) {
        return None;
    }
    let mut y = super::absolute::year_phrase(cx, k + 2)?;
    let When::Date {
        y: Some(year),
        m: None,
        d: None,
    } = y.when
    else {
        return None;
    };
    y.start = k;
    y.when = When::Date {
        y: Some(year),
        m: Some(6),
        d: None,
    };
    Some(y)
}

/// "2024-25", "2023/24" after a period's "to" ("the three years to 2024-25"): a financial
/// year, which ends in a month the text does not give, so the period has no value of its own.
fn split_year(cx: &Cx, k: usize) -> Option<DatePhrase> {
    if let Some(p) = dashed_split_year(cx, k) {
        return Some(p);
    }
    let b = atom(cx, k).filter(|b| b.cat == Cat::Date && b.start == k)?;
    let (
        When::Date {
            y: Some(y1),
            m: None,
            d: None,
        },
        Some(When::Date {
            y: Some(y2),
            m: None,
            d: None,
        }),
    ) = (b.when, b.until)
    else {
        return None;
    };
    (y2 == y1 + 1).then(|| DatePhrase::new(k, b.end, Cat::Date, When::Nothing))
}

/// "2024-25", "2024–25": a year, a dash glued to both, and the next year's last two digits.
/// The date grammar reads these as a range of two years (the atom at `k` is the first year
/// alone), so the split year is read here from its tokens.
fn dashed_split_year(cx: &Cx, k: usize) -> Option<DatePhrase> {
    if !(cx.is_digits(k)
        && cx.is_any(k + 1, &["-", "–"])
        && cx.attached(k + 1)
        && cx.attached(k + 2)
        && cx.is_digits(k + 2))
    {
        return None;
    }
    let (a, b) = (cx.s(k), cx.s(k + 2));
    if a.len() != 4 || b.len() != 2 {
        return None;
    }
    let y1: u32 = a.parse().ok()?;
    let y2: u32 = b.parse().ok()?;
    ((1900..2100).contains(&y1) && y2 == (y1 + 1) % 100)
        .then(|| DatePhrase::new(k, k + 3, Cat::Date, When::Nothing))
}

/// "the half-year to 30 June", "the half year ended 30 September": six months that end in a
/// month or on a day, as "the six months to June" (`k`: the token after "the", "half").
pub(super) fn half_year_to(cx: &Cx, i: usize, k: usize) -> Option<DatePhrase> {
    let y = if cx.is(k + 1, "-") && cx.attached(k + 1) && cx.attached(k + 2) {
        k + 2
    } else {
        k + 1
    };
    if !(cx.is(y, "year") && cx.near(y) && cx.is_any(y + 1, &["to", "ending", "ended"])) {
        return None;
    }
    let mut d = DatePhrase::new(k, y + 1, Cat::Duration, When::Nothing);
    d.duration = Some("P6M".to_string());
    let mut p = period_to(cx, &d, y + 2, false)?;
    p.start = i;
    Some(p)
}

/// Whether the length `d` is "the" and a count of more than one unit: "the four days", "the
/// 10 weeks" (not "the day", "the week", "a week").
fn stretch_of_days(cx: &Cx, d: &DatePhrase) -> bool {
    d.start > 0
        && cx.is(d.start - 1, "the")
        && cx.near(d.start)
        && !cx.is_any(d.start, &["a", "an", "one", "1"])
        && cx.word(d.start).is_none_or(|w| w.time_unit.is_none())
        && d.count_between.is_none()
}
