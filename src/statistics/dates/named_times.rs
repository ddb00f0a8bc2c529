//! Times of day named in words: "noon", "midnight", "half past seven", "quarter to five",
//! "20 min past eight", British "half three" (moved from `times.rs`, which reads clock times).

use super::ranges::with_part_of_day;
use super::times::meridiem;
use super::{Cat, DatePhrase};
use crate::statistics::calendar::When;
use crate::statistics::cursor::Cx;
use crate::statistics::numbers::{self, Context};
use crate::statistics::words::APOSTROPHES;

/// "noon", "midnight", "half past seven", "quarter to five", "20 min past eight".
pub(super) fn named_time(cx: &Cx, i: usize) -> Option<DatePhrase> {
    let lower = cx.lower(i);
    match lower.as_str() {
        "noon" | "midday" | "noonish" => {
            let mut p = DatePhrase::new(i, i + 1, Cat::Time, When::Nothing);
            p.time = Some((12, 0));
            return Some(p);
        }
        "midnight" => {
            let mut p = DatePhrase::new(i, i + 1, Cat::Time, When::Nothing);
            p.time = Some((0, 0));
            return Some(p);
        }
        "mid" if cx.is(i + 1, "night") && cx.near(i + 1) => {
            let mut p = DatePhrase::new(i, i + 2, Cat::Time, When::Nothing);
            p.time = Some((0, 0));
            return Some(p);
        }
        _ => {}
    }
    // "<minutes> past|to <hour>": "half past seven", "quarter to five", "20 min past eight".
    // `named`: minutes no count can be, "half", "quarter" or with their unit ("20 minutes").
    let (mins, mut k, named) = if cx.is_any(i, &["half", "quarter"]) {
        (if cx.is(i, "half") { 30 } else { 15 }, i + 1, true)
    } else if cx.is(i, "a") && cx.is(i + 1, "quarter") && cx.near(i + 1) {
        // "a quarter past 3pm".
        (15, i + 2, true)
    } else {
        let n = numbers::parse(cx, i, Context::Plain)?;
        if n.value.fract() != 0.0 || n.value <= 0.0 || n.value >= 60.0 {
            return None;
        }
        let mut k = n.end;
        let with_unit = cx.is_any(k, &["min", "mins", "minutes", "minute"]) && cx.near(k);
        if with_unit {
            k += 1;
        }
        // "two to four people" is a range of counts: clock minutes come in fives.
        if !with_unit && n.value as u8 % 5 != 0 {
            return None;
        }
        (n.value as u8, k, with_unit)
    };
    // "at half three": British for half past three, the "past" left out (only where a time is
    // asked for: "cut by half three years ago" has its unit after the hour, read below).
    let british =
        cx.is(i, "half") && !cx.is_any(k, &["past", "to", "after"]) && half_hour_may_open(cx, i);
    let spelled = cx.is_any(k, &["past", "to", "after"]) && cx.near(k) && cx.near(k + 1);
    if !(british || spelled) {
        return None;
    }
    let past = !cx.is(k, "to");
    // "rose by a quarter to 5%", "cut by half to 8 million": a change and its new level.
    if !past && i > 0 && cx.is_any(i - 1, &["by", "than"]) {
        return None;
    }
    // "range from 5 to 10", "open from 10 to 4": after "from", a bare count before "to" opens
    // a range, never minutes to an hour ("from ten minutes to five" keeps its unit).
    if !past && !named && i > 0 && cx.is(i - 1, "from") {
        return None;
    }
    if !british {
        k += 1;
    }
    // "a quarter past noon", "15 to midnight".
    if cx.is_any(k, &["noon", "midday", "midnight"]) {
        let hour: u8 = if cx.is(k, "midnight") { 0 } else { 12 };
        let (hh, mm) = if past {
            (hour, mins)
        } else {
            ((hour + 23) % 24, 60 - mins)
        };
        let mut p = DatePhrase::new(i, k + 1, Cat::Time, When::Nothing);
        p.time = Some((hh, mm));
        return Some(p);
    }
    let h = numbers::parse(cx, k, Context::Plain)?;
    if h.value.fract() != 0.0 || h.value < 1.0 || h.value > 12.0 || h.start != k {
        return None;
    }
    // "30 minutes after 7:15pm": the point has minutes of its own, so it is a clock time a
    // length shifts (`duration_anchor`), not the hour these minutes are past.
    if cx.is(h.end, ":") && cx.attached(h.end) && cx.is_digits(h.end + 1) && cx.attached(h.end + 1)
    {
        return None;
    }
    let mut end = h.end;
    // "half to 5%", "a quarter to 8 million", "half past 3 kg": the number is no hour.
    if cx.near(end)
        && (cx.is_any(end, &["%", "per", "percent", "pc"])
            || cx
                .word(end)
                .is_some_and(|w| w.scale.is_some() || w.measure.is_some() || w.currency.is_some())
                && !crate::statistics::units::needs_attachment(cx.s(end)))
    {
        return None;
    }
    let mut pm = false;
    if let Some((is_pm, e)) = meridiem(cx, end) {
        // "5 to 6pm" is a range of hours; "20 past 3pm", "a quarter after 1pm", "a quarter to
        // 3pm" and "20 minutes to 2pm" are times.
        if !past && !named {
            return None;
        }
        pm = is_pm;
        end = e;
    }
    if cx.is_any(end, &["o'clock", "oclock"]) {
        end += 1;
    } else if cx.is(end, "o") && cx.is_any(end + 1, APOSTROPHES) && cx.is(end + 2, "clock") {
        end += 3;
    }
    // "half past seven but", "a quarter past three when": half or a quarter past an hour is a
    // time whatever word follows (a unit after it is turned away above) (branch `figs42`).
    let half_past = named
        && past
        && !british
        && !cx.is_digits(i)
        && cx.word(end).is_none_or(|w| w.time_unit.is_none());
    if !half_past
        && cx.near(end)
        && cx.is_word(end)
        && !cx.is_any(
            end,
            &[
                "in",
                "at",
                "on",
                "this",
                "tonight",
                "today",
                "tomorrow",
                "yesterday",
                "am",
                "pm",
                "and",
                "or",
            ],
        )
    {
        return None;
    }
    let hour = h.value as u8 % 12 + if pm { 12 } else { 0 };
    let hour = if !pm && h.value as u8 == 12 { 12 } else { hour };
    let (hh, mm) = if past {
        (hour, mins)
    } else {
        // The hour before: on the 24-hour clock once "pm" placed it ("a quarter to 3pm" is
        // 14:45).
        let before = if pm {
            (hour + 23) % 24
        } else {
            (hour + 11) % 12
        };
        (before, 60 - mins)
    };
    let mut p = DatePhrase::new(i, end, Cat::Time, When::Nothing);
    p.time = Some((hh, mm));
    Some(with_part_of_day(cx, p))
}

/// "half" at `i` where "half three" may be a time: after "at", "until", "till", "from",
/// "around", "about" or "by", or opening a line, with an hour (1–12, digits or a word) right
/// after it.
fn half_hour_may_open(cx: &Cx, i: usize) -> bool {
    let asked = i == 0
        || !cx.near(i)
        || cx.is_any(
            i - 1,
            &["at", "until", "till", "from", "around", "about", "by"],
        );
    asked && cx.near(i + 1) && !cx.attached(i + 1)
}
