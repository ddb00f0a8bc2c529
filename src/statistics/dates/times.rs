//! Times of day: "8:00am", "2.15pm", "in the morning" (times named in words, "noon" or "half
//! past seven", are read in `named_times.rs`).

use super::{Cat, DatePhrase};
use crate::statistics::calendar::When;
use crate::statistics::cursor::Cx;
use crate::statistics::words::{APOSTROPHES, RANGE_DASHES};

/// "am"/"pm"/"a.m."/"p.m." at `j`: (is_pm, end).
pub(super) fn meridiem(cx: &Cx, j: usize) -> Option<(bool, usize)> {
    if !cx.near(j) {
        return None;
    }
    let lower = cx.lower(j);
    match lower.as_str() {
        "am" | "pm" => Some((lower == "pm", j + 1)),
        "a" | "p" => {
            // "a.m.", "p.m.", "a.m"
            if cx.is(j + 1, ".") && cx.attached(j + 1) && cx.is(j + 2, "m") && cx.attached(j + 2) {
                let mut e = j + 3;
                if cx.is(e, ".") && cx.attached(e) {
                    e += 1;
                }
                return Some((lower == "p", e));
            }
            // "3:30 p m", "nine a m": the letters spaced, nothing attached after the "m".
            if cx.is(j + 1, "m")
                && cx.near(j + 1)
                && !cx.attached(j + 1)
                && !(cx.is_word(j + 2) && cx.attached(j + 2))
            {
                return Some((lower == "p", j + 2));
            }
            // "8:45a", "9p" only attached; a capital only after minutes ("8:45A"): "Class
            // 4A", "District 8-4A", "the 6A schools" are classes of school sport.
            let capital = cx.s(j).bytes().all(|b| b.is_ascii_uppercase());
            if cx.attached(j)
                && !(cx.is_word(j + 1) && cx.attached(j + 1))
                && !(capital && !(j >= 2 && cx.is(j - 2, ":")))
            {
                return Some((lower == "p", j + 1));
            }
            None
        }
        _ => None,
    }
}

/// A time taken, as sport writes it: "a lap of 1:20.504" (minutes, seconds and a fraction),
/// "won in 2:01:09" (hours, minutes and seconds, the hours under ten or over a day's 24): a
/// DURATION, not a clock time. Not after "at" (read as a clock by the caller), a clock's
/// preposition, a date or a day ("2015-03-28 17:00:00"), nor before "am"/"pm".
fn race_time(cx: &Cx, i: usize) -> Option<DatePhrase> {
    let two = |k: usize| cx.is_digits(k) && cx.attached(k) && cx.s(k).len() == 2;
    let colon = |k: usize| cx.is(k, ":") && cx.attached(k);
    let first = cx.s(i);
    if !(cx.is_digits(i) && first.len() <= 2 && colon(i + 1) && two(i + 2)) {
        return None;
    }
    let clock_before = i > 0
        && (cx.is_digits(i - 1)
            || cx.is_any(
                i - 1,
                &[
                    "by", "from", "until", "till", "to", "before", "after", "since", "around",
                    "about", "between", "and", "at", "@",
                ],
            )
            || cx
                .word(i - 1)
                .is_some_and(|w| w.month.is_some() || w.weekday.is_some()));
    if clock_before || i > 0 && cx.attached(i) {
        return None;
    }
    let a: u32 = first.parse().ok()?;
    let b: u32 = cx.s(i + 2).parse().ok()?;
    let mut end = i + 3;
    let third = (colon(end) && two(end + 1))
        .then(|| cx.s(end + 1).parse::<u32>().ok())
        .flatten();
    if third.is_some() {
        end += 2;
    }
    let fraction =
        (cx.is(end, ".") && cx.attached(end) && cx.is_digits(end + 1) && cx.attached(end + 1))
            .then(|| cx.s(end + 1));
    if fraction.is_some() {
        end += 2;
    }
    if cx.attached(end) && (cx.is_digits(end) || cx.is_word(end)) || meridiem(cx, end).is_some() {
        return None;
    }
    let (h, m, sec) = match third {
        Some(c) if (a < 10 && first.len() == 1 || a > 24) && b < 60 && c < 60 => (a, b, c),
        None if fraction.is_some() && b < 60 => (0, a, b),
        _ => return None,
    };
    let mut iso = String::from("PT");
    if h > 0 {
        iso += &format!("{h}H");
    }
    if m > 0 {
        iso += &format!("{m}M");
    }
    iso += &format!("{sec}");
    if let Some(f) = fraction {
        iso += &format!(".{f}");
    }
    iso += "S";
    let mut p = DatePhrase::new(i, end, Cat::Duration, When::Nothing);
    p.duration = Some(iso);
    Some(p)
}

/// "8:00am", "14:55", "2.15pm", "8am", "1140 a.m.", "8 p.m.", "at 6.45", "4 o'clock".
pub(super) fn time_of_day(cx: &Cx, i: usize) -> Option<DatePhrase> {
    let mut k = i;
    // "at 3pm", "@ 3pm" (the sign only before a number: "@name" is a handle).
    let at = (cx.is(i, "at") || cx.is(i, "@") && cx.is_digits(i + 1)) && cx.near(i + 1);
    if at {
        k += 1;
    } else if let Some(p) = race_time(cx, i) {
        return Some(p);
    }
    let (h, mut mi, mut end, had_colon, dotted) = if cx.is_digits(k) {
        let hs = cx.s(k);
        if i > 0
            && cx.attached(i)
            && (cx.is_word(i - 1) || cx.is_digits(i - 1) || cx.is_any(i - 1, &[":", ".", ",", "/"]))
            && !at
        {
            return None;
        }
        if cx.is_any(k + 1, &[":", "."])
            && cx.attached(k + 1)
            && cx.is_digits(k + 2)
            && cx.attached(k + 2)
            && cx.s(k + 2).len() == 2
            && hs.len() <= 2
        {
            let h: u8 = hs.parse().ok()?;
            let m: u8 = cx.s(k + 2).parse().ok()?;
            let mut end = k + 3;
            let dotted = cx.is(k + 1, ".");
            if cx.is(end, ":")
                && cx.attached(end)
                && cx.is_digits(end + 1)
                && cx.attached(end + 1)
                && cx.s(end + 1).len() == 2
            {
                end += 2;
            }
            (h, m, end, true, dotted)
        } else if hs.len() <= 2 && cx.is(k + 1, "h") && cx.attached(k + 1) {
            // "15h00", "9h30": the hour and minutes around an "h", as French and much of Europe
            // write the clock. "15h" alone is a duration ("a 15h flight") unless "at" puts it
            // on the clock or it ends a range of clock times ("15h30-18h").
            let h: u8 = hs.parse().ok()?;
            let minutes = cx.is_digits(k + 2) && cx.attached(k + 2) && cx.s(k + 2).len() == 2;
            if minutes {
                (h, cx.s(k + 2).parse().ok()?, k + 3, true, false)
            } else {
                let range_end = i >= 2
                    && cx.is_any(i - 1, RANGE_DASHES)
                    && cx.is_digits(i - 2)
                    && cx.near(i - 1);
                // "8h GMT", "Thursday 14h CET": a time zone puts the hour on the clock too.
                let zoned = cx.near(k + 2) && is_zone(cx.s(k + 2));
                if !(at || range_end || zoned) || cx.is_word(k + 2) && cx.attached(k + 2) {
                    return None;
                }
                (h, 0, k + 2, true, false)
            }
        } else if (3..=4).contains(&hs.len())
            && (meridiem(cx, k + 1).is_some_and(|(_, e)| e > k + 2 || cx.s(k + 1).len() > 1)
                || at && cx.is(k + 1, "in") && part_of_day(cx, k + 1).is_some())
        {
            // "1140 a.m.", "330 p.m.", "at 730 in the evening": hours and minutes run together
            // before what places them on the clock ("at 1030" alone may be an index level).
            // Not a lone "p" ("closed at 258p" is a share price in pence).
            let v: u16 = hs.parse().ok()?;
            ((v / 100) as u8, (v % 100) as u8, k + 1, true, false)
        } else if hs.len() == 4 && military(cx, k) {
            // "0730", "1400 hours", "0730-0930": the 24-hour clock written without a colon.
            let v: u16 = hs.parse().ok()?;
            let mut end = k + 1;
            if cx.near(end) && cx.is_any(end, &["hours", "hrs"]) {
                end += 1;
            }
            ((v / 100) as u8, (v % 100) as u8, end, true, false)
        } else if hs.len() <= 2 {
            (hs.parse().ok()?, 0, k + 1, false, false)
        } else {
            return None;
        }
    } else {
        // Word hours after "at": "at five", "at seven thirty" are rare in news; skip.
        return None;
    };
    if h > 24 || mi > 59 {
        return None;
    }
    let mut hour = h;
    let mut has_meridiem = false;
    if let Some((pm, e)) = meridiem(cx, end) {
        if h == 0 || h > 12 {
            return None;
        }
        hour = if pm && h < 12 {
            h + 12
        } else if !pm && h == 12 {
            0
        } else {
            h
        };
        end = e;
        has_meridiem = true;
    } else if cx.is_any(end, &["o'clock", "oclock", "o"]) && cx.near(end) {
        if cx.is(end, "o") {
            if !(cx.is(end + 1, "'") || cx.is(end + 1, "’")) || !cx.is(end + 2, "clock") {
                return None;
            }
            end += 3;
        } else {
            end += 1;
        }
        has_meridiem = true;
    } else if cx.is(end, "h") && cx.attached(end) && had_colon {
        end += 1;
    }
    // Tested before the figure grammar's test below, which costs far more: both only turn a
    // dotted hour away, and the bare-hour test between them never sees one (`had_colon`).
    if !has_meridiem && dotted && !at {
        // "3.45" is a decimal unless "at" or a 24-hour clock context says otherwise, or it
        // starts a range of clock times ("6.30-9.15am").
        let range_start = cx.is_any(end, RANGE_DASHES)
            && cx.attached(end)
            && cx.is_digits(end + 1)
            && cx.attached(end + 1)
            && cx.is(end + 2, ".")
            && cx.attached(end + 2)
            && cx.is_digits(end + 3)
            && cx.attached(end + 3)
            && meridiem(cx, end + 4).is_some();
        if !(range_start
            || i > 0
                && cx.is_any(
                    i - 1,
                    &["from", "to", "until", "till", "between", "and", "-"],
                ))
        {
            return None;
        }
    }
    // "sold at 3.14 USD", "stood at 2.25%", "at 3.45 metres": a dotted number that the figure
    // grammar reads on past, with what it counts, is an amount, not a clock time.
    if !has_meridiem
        && dotted
        && crate::statistics::measures::parse(cx, k).is_some_and(|f| f.end() > end)
    {
        return None;
    }
    // Without am/pm a time needs a colon ("14:55") or "at" before a dotted hour ("at 6.45").
    if !has_meridiem && !had_colon {
        // "at 8 GMT", "at 14 UTC": a time zone after an hour makes it a clock time.
        if at && !dotted && h <= 23 {
            let zoned = zone_after(cx, end);
            if zoned > end {
                let mut p = DatePhrase::new(k, zoned, Cat::Time, When::Nothing);
                p.time = Some((h, 0));
                return Some(p);
            }
        }
        // "3 in the morning", "6 in the afternoon".
        if h <= 12 && cx.near(end) && cx.is(end, "in") {
            if let Some(q) = hour_part_of_day(cx, end) {
                let mut p = DatePhrase::new(k, q.end, Cat::Time, When::Nothing);
                p.time = Some((placed_hour(cx, h, q.end - 1), 0));
                return Some(p);
            }
        }
        if h <= 12 && (at || i == k && hour_may_open(cx, k)) {
            return hour_then_day_part(cx, k, end, h);
        }
        return None;
    }
    if !has_meridiem && had_colon && !dotted {
        // "4:3 aspect ratio", "won 2:1": minutes are two digits, hours at most two.
        if cx.near(end) && cx.is_any(end, &["ratio", "aspect"]) {
            return None;
        }
    }
    if mi == 0 && !had_colon {
        mi = 0;
    }
    // "3 o'clock in the afternoon", "3:15 in the afternoon", "3 o'clock pm": a clock hour
    // that the part of the day or a meridiem after it places.
    let oclock = cx.is_any(end.wrapping_sub(1), &["o'clock", "oclock", "clock"]);
    // After "at" a dotted hour is a clock time too: "at 3.15 in the afternoon".
    if hour <= 12 && (had_colon && (!dotted || at) && !has_meridiem || oclock) {
        if let Some((pm, e)) = meridiem(cx, end) {
            hour = if pm && hour < 12 {
                hour + 12
            } else {
                hour % 12
            };
            end = e;
        } else if let Some(q) = hour_part_of_day(cx, end).filter(|_| cx.near(end)) {
            hour = placed_hour(cx, hour, q.end - 1);
            end = q.end;
        }
    }
    end = zone_after(cx, end);
    // "at 6.45" needs its "at" to be read as a clock time, so keeps it; "at 3.15pm" does not
    // ("at" stays outside as in "at 3pm").
    let start = if at && dotted && !has_meridiem { i } else { k };
    let mut p = DatePhrase::new(start, end, Cat::Time, When::Nothing);
    p.time = Some((hour % 24, mi));
    // "2pm GMT".
    Some(p)
}

/// "19h" at `k`: an hour of the 24-hour clock with an attached "h" and nothing attached after
/// it, as a clock time (the caller says where it is one).
pub(super) fn hour_h(cx: &Cx, k: usize) -> Option<DatePhrase> {
    if !(cx.is_digits(k) && cx.s(k).len() <= 2 && cx.is(k + 1, "h") && cx.attached(k + 1))
        || cx.attached(k + 2) && !cx.is_any(k + 2, &[".", ",", ";", "!", "?"])
    {
        return None;
    }
    let h: u8 = cx.s(k).parse().ok().filter(|h| *h < 24)?;
    // "Thursday 14h CET": its zone too.
    let mut p = DatePhrase::new(k, zone_after(cx, k + 2), Cat::Time, When::Nothing);
    p.time = Some((h, 0));
    Some(p)
}

/// "in the morning", "early in the morning", "later in the afternoon", "in the mornings".
/// The parts of the day `part_of_day` reads after "in" or "in the".
pub(crate) const IN_PARTS_OF_DAY: &[&str] = &[
    "morning",
    "mornings",
    "afternoon",
    "afternoons",
    "evening",
    "evenings",
    "daytime",
    "night",
    "nighttime",
];

pub(super) fn part_of_day(cx: &Cx, i: usize) -> Option<DatePhrase> {
    part_of_day_or_meridiem(cx, i, false)
}

/// The part of the day that places an hour before it: `part_of_day`, or "in the AM", "in the
/// PM" ("3 in the AM", "from 3 to 4 in the PM"), which alone are no time ("confidence in the
/// PM"), nor before a possessive ("in the PM's office").
pub(super) fn hour_part_of_day(cx: &Cx, i: usize) -> Option<DatePhrase> {
    part_of_day_or_meridiem(cx, i, true)
}

fn part_of_day_or_meridiem(cx: &Cx, i: usize, meridiem: bool) -> Option<DatePhrase> {
    let mut k = i;
    if cx.is_any(k, &["early", "late", "later", "earlier"]) && cx.near(k + 1) {
        k += 1;
    }
    if !(cx.is(k, "in") && cx.near(k + 1)) {
        return None;
    }
    k += 1;
    if cx.is(k, "the") && cx.near(k + 1) {
        k += 1;
    }
    let lower = cx.lower(k);
    let am_pm = meridiem
        && cx.is(k - 1, "the")
        && matches!(lower.as_str(), "am" | "pm")
        && !(cx.is_any(k + 1, APOSTROPHES) && cx.attached(k + 1));
    if !am_pm && !IN_PARTS_OF_DAY.contains(&lower.as_str()) {
        return None;
    }
    let mut end = k + 1;
    if lower == "night" && cx.is(end, "-") && cx.is(end + 1, "time") {
        end += 2;
    }
    Some(DatePhrase::new(i, end, Cat::Time, When::Nothing))
}

/// A bare hour at `k` that opens a line or follows a preposition of time other than "at"
/// ("from 8 tonight", "until 6 tomorrow morning"): it may be a time when its day follows
/// ("rose to 8 tonight" and "about 8 tonight" stay counts).
pub(super) fn hour_may_open(cx: &Cx, k: usize) -> bool {
    k == 0
        || !cx.near(k)
        || cx.is_any(
            k - 1,
            &[
                "from", "until", "till", "by", "before", "after", "around", "since",
            ],
        )
}

/// An hour after "at" or where `hour_may_open` (token `k`, the hour's words ending at `end`)
/// and the day and its part that place it: "at 8 tonight", "at nine tomorrow morning", "at 7
/// this evening" ("scored 8 tonight" is a count).
pub(super) fn hour_then_day_part(cx: &Cx, k: usize, end: usize, h: u8) -> Option<DatePhrase> {
    if !cx.near(end) {
        return None;
    }
    let mut p = super::join::atom(cx, end).filter(|q| {
        // "at 9 tomorrow", "from 6 today": the day alone places the hour as written.
        let day_alone = q.cat == Cat::Date
            && q.end == end + 1
            && matches!(q.when, When::DayOffset(_))
            && cx.is_any(end, &["tomorrow", "today"]);
        day_alone
            || q.cat == Cat::Time
                && q.time.is_none()
                && cx.is_any(
                    q.end - 1,
                    &[
                        "tonight",
                        "tonite",
                        "morning",
                        "afternoon",
                        "evening",
                        "night",
                    ],
                )
    })?;
    p.start = k;
    p.time = Some((placed_hour(cx, h, p.end - 1), 0));
    Some(p)
}

/// A four-digit 24-hour time at digits `k`: followed by "hours" after a word that asks for a
/// time or with a leading zero ("at 1400 hours", "0600 hours"), or by a time zone ("1830 GMT"), or one end of a range of two such times one of which has a leading zero
/// ("0730-0930"; "1400-1600" are years); never before more digits (a phone number: "0800 123
/// 456") and never alone ("0033" is a dialling code).
/// What [`military`] needs besides the four digits at `k`, asked before their value (a year
/// before a comma, "in 2004,", reads as a clock's "20:04" until then): "hours" or "hrs", or a
/// time zone, after them on the line, or a dash glued between them and another four digits.
/// `military` is false wherever this is (`DigitGate`'s `time_of_day`, `digit_gate_tests`).
pub(super) fn military_may_open(cx: &Cx, k: usize) -> bool {
    let dash = |t: usize| cx.is_any(t, &["-", "–"]) && cx.attached(t) && cx.attached(t + 1);
    cx.near(k + 1) && cx.is_any(k + 1, &["hours", "hrs", "gmt", "utc", "bst", "cet"])
        || dash(k + 1)
        || k >= 2 && dash(k - 1)
}

fn military(cx: &Cx, k: usize) -> bool {
    let clock = |t: usize| {
        cx.is_digits(t)
            && cx.s(t).len() == 4
            && cx
                .s(t)
                .parse::<u16>()
                .is_ok_and(|v| v / 100 < 24 && v % 100 < 60)
    };
    if !clock(k) || cx.near(k + 1) && cx.is_digits(k + 1) {
        return false;
    }
    // "1400 hours" is a clock time where a time is asked for ("at 1400 hours", "until 0600
    // hours"); "roughly 1600 hours of work" is a duration.
    let hours = cx.near(k + 1) && cx.is_any(k + 1, &["hours", "hrs"]);
    let clock_word = k > 0
        && cx.is_any(
            k - 1,
            &[
                "at", "by", "until", "till", "from", "before", "after", "since", "between", "to",
                "and", "around",
            ],
        );
    let marked = hours && (clock_word || cx.s(k).starts_with('0'))
        || cx.near(k + 1) && cx.is_any(k + 1, &["gmt", "utc", "bst", "cet"]);
    let dash = |t: usize| cx.is_any(t, &["-", "–"]) && cx.attached(t) && cx.attached(t + 1);
    let other = if dash(k + 1) && clock(k + 2) {
        Some(k + 2)
    } else if k >= 2 && dash(k - 1) && clock(k - 2) {
        Some(k - 2)
    } else {
        None
    };
    let zero = |t: usize| cx.s(t).starts_with('0');
    marked || other.is_some_and(|o| zero(o) || zero(k))
}

/// A clock hour (1–12) placed by the part of the day written at token `part`: "3 in the
/// afternoon" is 15:00, "11 at night" 23:00, "2 at night" stays 02:00.
pub(super) fn placed_hour(cx: &Cx, hour: u8, part: usize) -> u8 {
    let later = cx.is_any(
        part,
        &["afternoon", "evening", "night", "tonight", "tonite", "pm"],
    );
    let small_hours = cx.is_any(part, &["night", "tonight", "tonite"]) && hour < 5;
    if later && hour < 12 && !small_hours {
        hour + 12
    } else {
        hour
    }
}

/// Time zones written after a clock time ("4pm CET", "10:30 GMT", "9 am (BST)"): they stay in
/// the span; the ISO form keeps the clock time as written.
const ZONES: &[&str] = &[
    "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "WET", "EST", "EDT", "CST", "CDT", "MST",
    "MDT", "PST", "PDT", "ET", "PT", "CT", "MT", "IST", "JST", "HKT", "SGT", "AEST", "AEDT",
    "NZST", "NZDT", "SAST", "MSK",
];

/// Whether `s` is a time zone of [`ZONES`]: as written there, or in lower case for the zones
/// that are no English word in lower case ("gmt", "pst"; not "est", "ist", "mst", "cst").
pub(crate) fn is_zone(s: &str) -> bool {
    // Every zone is two to four ASCII capitals: most tokens (a word, a number, a mark) fail here,
    // before the thirty comparisons (`zone_gate_tests` checks the gate against the plain test).
    if !(2..=4).contains(&s.len()) || !s.bytes().all(|b| b.is_ascii_alphabetic()) {
        return false;
    }
    ZONES.contains(&s)
        || (s.bytes().all(|b| b.is_ascii_lowercase())
            && ZONES.iter().any(|z| {
                z.len() >= 3
                    && s.len() == z.len()
                    && !matches!(*z, "EST" | "IST" | "MST" | "CST")
                    && s.eq_ignore_ascii_case(z)
            }))
}

/// The token after a time zone written at `end`, or `end`. Capitals only, except the zones that
/// are no English word in lower case ("gmt", "pst").
fn zone_after(cx: &Cx, end: usize) -> usize {
    let is_zone = |t: usize| is_zone(cx.s(t));
    if !cx.near(end) || cx.attached(end) && cx.is_word(end) {
        return end;
    }
    if is_zone(end) {
        return end + 1;
    }
    if cx.is(end, "(") && is_zone(end + 1) && cx.is(end + 2, ")") {
        return end + 3;
    }
    end
}

#[cfg(test)]
#[path = "zone_gate_tests.rs"]
mod zone_gate_tests;
