//! Relative dates: weekdays, "last year", "the same month last year", "next two days", and day
//! words ("today", "the day after tomorrow").

use super::absolute::{day_at, numeric_date, year_at};
use super::holidays::holiday;
use super::join::part_of_day_word;
use super::times::meridiem;
use super::{Cat, DatePhrase, FromAnchor};
use crate::statistics::calendar::{duration_iso, When};
use crate::statistics::cursor::Cx;
use crate::statistics::lexicon::TimeUnit;
use crate::statistics::numbers::{self, Context, NumKind};
use crate::statistics::words::{APOSTROPHES, PARTS_OF_DAY};

pub(super) fn weekday(cx: &Cx, i: usize, wd: u8, rel: i8, start: usize) -> Option<DatePhrase> {
    let s = cx.s(i);
    // "sun", "sat", "wed", "mon" are words too: abbreviations only when capitalised. "tue",
    // "thu", "thurs", "fri" are no words: abbreviations in any case.
    let word_too = matches!(cx.lower(i).as_str(), "sun" | "sat" | "wed" | "mon");
    if word_too && s.len() <= 4 && !(cx.capitalised(i) || cx.is_digits(i + 1)) {
        return None;
    }
    if word_too && s.chars().all(|c| c.is_ascii_lowercase()) {
        return None;
    }
    // "SAT scores", "the SUN readers' poll": an acronym in capitals before a word in lower
    // case (not a month's, a unit of time's or a part of the day's: "SUN morning" stays a date).
    if word_too && s.len() == 3 && s.bytes().all(|b| b.is_ascii_uppercase()) && !cx.caseless {
        let lower_after = cx.near(i + 1)
            && cx.s(i + 1).starts_with(|c: char| c.is_ascii_lowercase())
            && cx
                .word(i + 1)
                .is_none_or(|w| w.month.is_none() && w.time_unit.is_none())
            && !cx.is_any(i + 1, PARTS_OF_DAY);
        if lower_after {
            return None;
        }
    }
    // "the Baltimore Sun", "The Sun reported": a title after "the" or a name's word, unless a
    // date goes on ("the Sun 3 May edition", "Sat, Jul 18").
    if word_too && s.len() == 3 && i > 0 && cx.near(i) && start == i {
        let named = cx.is(i - 1, "the")
            || crate::statistics::measures::name_word(cx, i - 1) && !cx.sentence_start(i - 1)
            || super::name_after::name_goes_on(cx, i);
        let date_goes_on = cx.near(i + 1)
            && (cx.is_digits(i + 1)
                || cx.is(i + 1, ",") && cx.near(i + 2) && {
                    cx.is_digits(i + 2) || cx.word(i + 2).is_some_and(|w| w.month.is_some())
                }
                || cx.word(i + 1).is_some_and(|w| w.month.is_some()));
        if named && !date_goes_on {
            return None;
        }
    }
    let plural = cx.word(i).is_some_and(|w| w.weekday_plural);
    let mut end = i + 1;
    if cx.is(end, ".") && cx.attached(end) && s.len() <= 4 && !plural {
        end += 1;
    }
    let mut rel = rel;
    // "Friday after next": the one after the next one.
    if !plural && cx.is(end, "after") && cx.is(end + 1, "next") && cx.near(end + 1) && rel >= 0 {
        rel = 2;
        end += 2;
    }
    // "Tuesday week": British for a week after the coming Tuesday (the one after next).
    // Not a week's name or number ("Monday week 3", "Friday week of action").
    if !plural
        && rel == 0
        && cx.s(end) == "week"
        && cx.near(end)
        && !(cx.near(end + 1) && (cx.is_digits(end + 1) || cx.is(end + 1, "of")))
        && !(cx.is(end + 1, "-") && cx.attached(end + 1))
    {
        rel = 2;
        end += 1;
    }
    let mut when = When::Weekday { wd, rel };
    // "Monday 21", "Tue 13th", "Tuesday the eleventh" — but not "Friday 13 people".
    if cx.near(end) && !cx.is(end, ",") && numeric_date(cx, end).is_none() {
        if let Some((d, e)) = day_at(cx, end) {
            let next_ok = !cx.near(e)
                || (!cx.is_word(e) && !cx.is_any(e, &[":", ".", "-", "–"]) && !cx.is_digits(e))
                || cx.is_any(
                    e,
                    &[
                        "at", "and", "or", "from", "between", "to", "in", "around", "of",
                    ],
                ) && !cx.is(e + 1, "people");
            let month_follows = cx.near(e) && cx.word(e).is_some_and(|w| w.month.is_some());
            let short = cx.s(end).len() <= 2 || cx.is_word(end) || cx.is(end, "the");
            if next_ok && !month_follows && short && meridiem(cx, e).is_none() {
                when = When::Date {
                    y: None,
                    m: None,
                    d: Some(d),
                };
                end = e;
            }
        }
    }
    // "Tuesday afternoon", "Sunday late evening", "Friday mornings".
    if let Some(q) = part_of_day_word(cx, end).filter(|_| cx.near(end)) {
        end = q.end;
    }
    let mut p = DatePhrase::new(start, end, Cat::Date, when);
    if plural {
        p.qualifier = Some("every");
        p.when = When::Nothing;
    }
    Some(p)
}

pub(super) const RELATIVE: &[(&str, i32)] = &[
    ("this", 0),
    ("current", 0),
    ("next", 1),
    ("coming", 1),
    ("following", 1),
    ("upcoming", 1),
    ("last", -1),
    ("previous", -1),
    ("past", -1),
    ("prior", -1),
];

/// "last year", "next week", "this summer", "previous quarter", "last Friday", "this May",
/// "the same month last year", "the last 3 months", "next two days", "last night".
pub(super) fn relative(cx: &Cx, i: usize) -> Option<DatePhrase> {
    // "this time next year", "this time last week", "this time tomorrow": now, moved by the
    // period after it; "this time last year" is this day a year ago.
    if cx.is(i, "this") && cx.is(i + 1, "time") && cx.near(i + 1) && cx.near(i + 2) {
        let moved = relative(cx, i + 2)
            .or_else(|| day_word(cx, i + 2))
            .filter(|b| b.start == i + 2 && b.time.is_none() && b.duration.is_none());
        if let Some(mut b) = moved {
            b.when = match b.when {
                When::Relative {
                    unit: TimeUnit::Year,
                    offset: -1,
                } => When::SameLastYear {
                    unit: TimeUnit::Day,
                },
                w @ (When::Relative { .. } | When::DayOffset(_)) => w,
                _ => return None,
            };
            b.start = i;
            return Some(b);
        }
    }
    // "the same month last year".
    if cx.is(i, "the") && cx.is(i + 1, "same") || cx.is(i, "same") {
        let k = if cx.is(i, "the") { i + 2 } else { i + 1 };
        let unit = cx
            .word(k)
            .filter(|_| cx.near(k))
            .and_then(|w| w.time_unit)?;
        let mut end = k + 1;
        let mut when = When::Nothing;
        if cx.is_any(end, &["last", "a"]) && cx.is(end + 1, "year") && cx.near(end) {
            end += 2;
            when = When::SameLastYear { unit };
        } else if cx.is(end, "of") && cx.is(end + 1, "last") && cx.is(end + 2, "year") {
            end += 3;
            when = When::SameLastYear { unit };
        } else if cx.is(end, "in") && cx.is_digits(end + 1) {
            if let Some((y, e)) = year_at(cx, end + 1) {
                end = e;
                when = When::Date {
                    y: Some(y),
                    m: None,
                    d: None,
                };
            }
        }
        let start = if matches!(when, When::Nothing) {
            k - 1
        } else {
            i
        };
        return Some(DatePhrase::new(start, end, Cat::Date, when));
    }
    let lower = cx.lower(i);
    // "the following year", "the previous month", "later that year": the story's own time,
    // counted from the last date the text wrote out, not from the dateline.
    let from_anchor = match lower.as_str() {
        "that" => FromAnchor::Only,
        "following" | "previous" | "prior" => FromAnchor::OrDateline,
        _ => FromAnchor::No,
    };
    let offset = if lower == "that" {
        // "that weekend", "later that year": a period named earlier, the last date written out
        // (only a time unit after it is read: see `rel`).
        i32::MIN
    } else {
        RELATIVE
            .iter()
            .find(|(w, _)| *w == lower)
            .map(|&(_, o)| o)?
    };
    let mut k = i + 1;
    if !cx.near(k) {
        return None;
    }
    // "this past Wednesday", "this upcoming Friday", "this coming week".
    let mut offset = offset;
    if lower == "this" && cx.is_any(k, &["past", "coming", "upcoming"]) && cx.near(k + 1) {
        offset = if cx.is(k, "past") { -1 } else { 1 };
        k += 1;
    }
    let rel = |unit: TimeUnit| When::Relative {
        unit,
        offset: if offset == i32::MIN { 0 } else { offset },
    };
    // "the last 3 months", "next two days", "previous 4 business days", "coming three quarters".
    let count = numbers::parse(cx, k, Context::Plain)
        .filter(|n| {
            n.kind == NumKind::Cardinal && n.value > 0.0 && n.value < 1000.0 && n.start == k
        })
        .map(|n| {
            // "three quarters" read as a fraction: the count is the first word.
            match cx.word(k).and_then(|w| w.unit) {
                Some(u) if n.value.fract() != 0.0 => (f64::from(u), k + 1),
                _ => (n.value, n.end),
            }
        });
    if let Some((value, mut e)) = count {
        if offset == i32::MIN {
            return None;
        }
        // "last three weekends" after a verb "last": only "the last 3 …" or "next/previous 3 …".
        // "past 3 days" anywhere but after a clock word ("half past 3"); "last 2 weeks" at the
        // start of a sentence or after a preposition ("in last 2 weeks").
        let opens = i == 0
            || cx.sentence_start(i)
            || cx.is_any(
                i - 1,
                &[
                    "the", "in", "over", "for", "during", "within", "of", "from", "these",
                ],
            );
        let clock = i > 0 && (cx.is_any(i - 1, &["half", "quarter"]) || cx.is_digits(i - 1));
        let ok = match lower.as_str() {
            "last" => opens,
            "past" => opens || !clock,
            _ => true,
        };
        if !ok {
            return None;
        }
        if cx.is_any(e, &["business", "working", "calendar"]) && cx.near(e) {
            e += 1;
        }
        if cx.near(e) {
            if let Some(unit) = cx.word(e).and_then(|w| w.time_unit) {
                let mut p = DatePhrase::new(i, e + 1, Cat::Date, When::Nothing);
                p.duration = Some(duration_iso(value, unit));
                p.qualifier = Some(if offset > 0 { "next" } else { "last" });
                return Some(p);
            }
        }
        return None;
    }
    if cx.is_any(k, &["couple", "few"]) && cx.near(k + 1) {
        let e = if cx.is(k + 1, "of") { k + 2 } else { k + 1 };
        if cx.word(e).and_then(|w| w.time_unit).is_some() && cx.near(e) {
            return Some(DatePhrase::new(i, e + 1, Cat::Date, When::Nothing));
        }
    }
    // "in the coming weeks", "over the past months", "the next years": an open stretch of
    // time before or after now, with no count; only after "the", and not a part of something
    // else's time ("the last years of his life").
    if offset != 0
        && offset != i32::MIN
        && i > 0
        && cx.is(i - 1, "the")
        && cx.word(k).is_some_and(|w| w.time_unit_plural)
        && !cx.is(k + 1, "of")
    {
        let mut p = DatePhrase::new(i, k + 1, Cat::Date, When::Nothing);
        p.qualifier = Some(if offset > 0 { "next" } else { "last" });
        return Some(p);
    }
    // "this morning", "this summer", "last night".
    let season = cx.lower(k);
    if matches!(
        season.as_str(),
        "morning"
            | "afternoon"
            | "evening"
            | "summer"
            | "winter"
            | "spring"
            | "autumn"
            | "fall"
            | "season"
    ) {
        if season == "fall" && !matches!(lower.as_str(), "this" | "last" | "next") {
            return None;
        }
        let cat = if matches!(season.as_str(), "morning" | "afternoon" | "evening") {
            Cat::Time
        } else {
            Cat::Date
        };
        let when = if cat == Cat::Time && offset == 0 {
            When::DayOffset(0)
        } else {
            When::Nothing
        };
        return Some(DatePhrase::new(i, k + 1, cat, when));
    }
    // "next 5/12".
    if let Some(mut p) = numeric_date(cx, k) {
        p.start = i;
        return Some(p);
    }
    // "this school year", "this working week", "next financial year".
    if cx.is_any(
        k,
        &[
            "school",
            "calendar",
            "fiscal",
            "financial",
            "academic",
            "working",
            "business",
            "tax",
        ],
    ) && cx.near(k + 1)
        && cx.word(k + 1).is_some_and(|w| w.time_unit.is_some())
    {
        k += 1;
    }
    let w = cx.word(k)?;
    if let Some(wd) = w.weekday {
        if offset == i32::MIN {
            return None;
        }
        return weekday(cx, k, wd, offset.signum() as i8, i);
    }
    if let Some(m) = w.month {
        if !cx.capitalised(k) && matches!(cx.lower(k).as_str(), "may" | "march")
            || offset == i32::MIN
        {
            return None;
        }
        let mut end = k + 1;
        let mut y = None;
        if cx.near(end) {
            if let Some((yy, e)) = year_at(cx, end) {
                y = Some(yy);
                end = e;
            }
        }
        return Some(DatePhrase::new(
            i,
            end,
            Cat::Date,
            When::Date {
                y,
                m: Some(m),
                d: None,
            },
        ));
    }
    // "this week-end", "last wkend".
    if cx.is(k, "week") && cx.is(k + 1, "-") && cx.is(k + 2, "end") && cx.attached(k + 1) {
        let mut p = DatePhrase::new(i, k + 3, Cat::Date, When::Nothing);
        if offset != i32::MIN {
            p.when = When::Relative {
                unit: TimeUnit::Weekend,
                offset,
            };
        }
        return Some(p);
    }
    if let Some(unit) = w.time_unit {
        // Abbreviations of two letters only where they are unambiguous: "last yr", "next wk".
        let short = cx.s(k).len() <= 2 && !cx.is_any(k, &["yr", "wk", "hr"]);
        if w.time_unit_plural || short {
            return None;
        }
        let mut end = k + 1;
        if unit == TimeUnit::Night {
            let when = if offset == i32::MIN {
                When::Nothing
            } else {
                When::Relative {
                    unit: TimeUnit::Day,
                    offset: offset.min(0),
                }
            };
            return Some(DatePhrase::new(i, end, Cat::Time, when));
        }
        if unit == TimeUnit::Day && lower != "this" && lower != "that" {
            return the_next_day(cx, i, end, &lower);
        }
        if matches!(unit, TimeUnit::Second | TimeUnit::Minute | TimeUnit::Hour)
            && lower == "last"
            && cx.near(end)
            && !cx.is_any(end, &[".", ",", "?", "!"])
        {
            // "last minute changes" is an idiom.
            return None;
        }
        // "next year's".
        if cx.is_any(end, APOSTROPHES) && cx.is(end + 1, "s") && cx.attached(end) {
            end += 2;
        }
        let mut p = DatePhrase::new(i, end, Cat::Date, rel(unit));
        p.from_anchor = from_anchor;
        return Some(p);
    }
    if offset == i32::MIN {
        return None;
    }
    // "next Christmas", "last Easter".
    let mut h = holiday(cx, k)?;
    h.start = i;
    Some(h)
}

/// "today", "tomorrow", "yesterday", "tonight", "right now", "the day after tomorrow".
pub(super) fn day_word(cx: &Cx, i: usize) -> Option<DatePhrase> {
    let lower = cx.lower(i);
    let (off, cat) = match lower.as_str() {
        "today" => (0, Cat::Date),
        "tomorrow" => (1, Cat::Date),
        "yesterday" => (-1, Cat::Date),
        "tonight" | "tonite" => (0, Cat::Time),
        "right" if cx.is(i + 1, "now") && cx.near(i + 1) => {
            return Some(DatePhrase::new(i, i + 2, Cat::Time, When::DayOffset(0)));
        }
        "the" | "day" => {
            let k = if lower == "the" { i + 1 } else { i };
            if cx.is(k, "day")
                && cx.is_any(k + 1, &["after", "before"])
                && cx.is_any(k + 2, &["tomorrow", "yesterday"])
            {
                let off = if cx.is(k + 2, "tomorrow") { 2 } else { -2 };
                return Some(DatePhrase::new(i, k + 3, Cat::Date, When::DayOffset(off)));
            }
            return None;
        }
        _ => return None,
    };
    // "tomorrow night", "yesterday afternoon".
    let mut end = i + 1;
    let mut cat = cat;
    if cx.near(end) && cx.is_any(end, PARTS_OF_DAY) {
        end += 1;
        cat = Cat::Time;
    }
    Some(DatePhrase::new(i, end, cat, When::DayOffset(off)))
}

/// "the 20th of next month", "5 of this month", "the third of the previous month": a day of a
/// month named relative to the dateline (resolved only with the month, not here).
pub(super) fn day_of_relative_month(cx: &Cx, i: usize) -> Option<DatePhrase> {
    let (_, e) = super::absolute::day_at(cx, i)?;
    if !(cx.is(e, "of") && cx.near(e) && cx.near(e + 1)) {
        return None;
    }
    let mut k = e + 1;
    if cx.is(k, "the") && cx.near(k + 1) {
        k += 1;
    }
    let r = relative(cx, k).filter(|r| {
        matches!(
            r.when,
            When::Relative {
                unit: TimeUnit::Month,
                ..
            }
        ) && r.duration.is_none()
    })?;
    Some(DatePhrase::new(i, r.end, Cat::Date, When::Nothing))
}

/// "two Fridays from now", "3 Tuesdays ago", "four Sundays back": a weekday counted from the
/// dateline.
pub(super) fn weekdays_away(cx: &Cx, i: usize) -> Option<DatePhrase> {
    let n = numbers::parse(cx, i, Context::Plain).filter(|n| {
        n.start == i
            && n.kind == NumKind::Cardinal
            && n.value >= 1.0
            && n.value <= 10.0
            && n.value.fract() == 0.0
    })?;
    let k = n.end;
    if !(cx.near(k) && cx.word(k).is_some_and(|w| w.weekday_plural) && cx.near(k + 1)) {
        return None;
    }
    let end = if cx.is_any(k + 1, &["ago", "back", "hence", "later"]) {
        k + 2
    } else if cx.is(k + 1, "from") && cx.is(k + 2, "now") && cx.near(k + 2) {
        k + 3
    } else {
        return None;
    };
    Some(DatePhrase::new(i, end, Cat::Date, When::Nothing))
}

/// A weekday joined to a day of a month: the day says which ("Friday, 13 March 2026" is the
/// date; without its year, the year in which that day is a Friday). Anything else keeps the
/// weekday.
pub(super) fn with_weekday(weekday: When, day: When) -> When {
    match (weekday, day) {
        (
            When::Weekday { .. },
            When::Date {
                y: Some(_),
                m: Some(_),
                d: Some(_),
            },
        ) => day,
        (
            When::Weekday { wd, .. },
            When::Date {
                y: None,
                m: Some(m),
                d: Some(d),
            },
        ) => When::WeekdayDate { wd, m, d },
        _ => weekday,
    }
}

/// "landed the next day", "the following day, and", "the previous day": the day after or
/// before the story's own, unresolved (the dateline is not its anchor) (branch `figs42`); not
/// "the next day of talks", "the last day" (a rank of days), "next day delivery".
fn the_next_day(cx: &Cx, i: usize, end: usize, lower: &str) -> Option<DatePhrase> {
    let ends = !cx.near(end)
        || cx.is_any(
            end,
            &[
                ",", ".", ";", ":", "!", "?", ")", "and", "but", "when", "after", "before", "at",
                "in",
            ],
        );
    (i > 0 && cx.is(i - 1, "the") && ends && matches!(lower, "next" | "following" | "previous"))
        .then(|| DatePhrase::new(i, end, Cat::Date, When::Nothing))
}
