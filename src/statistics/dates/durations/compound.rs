//! The unit after a count and the parts of one length after it: "an hour and a half", "2
//! years 1 month 21 days", "2h 30m", "1 hour fifteen", "a three-hour-long meeting".

use super::counted::Count;
use super::long::long_after;
use crate::statistics::calendar::duration_iso;
use crate::statistics::cursor::Cx;
use crate::statistics::lexicon::{TimeUnit, Word};
use crate::statistics::numbers::{self, Context, NumKind};

/// The length read from the unit on: its ISO 8601 value, the token after it, whether it is a
/// length by its form (`compound`: more than one part), and whether "or so" follows.
pub(super) struct Parts {
    pub iso: String,
    pub end: usize,
    pub compound: bool,
    pub or_so: bool,
}

/// The length of `unit` (the word `w` at `c.k`) and the parts after it; `None` when the unit
/// is no length's ("three quarters of voters", "2021 weekend", "a week-long festival").
pub(super) fn parts(cx: &Cx, c: &Count, w: &Word, unit: TimeUnit) -> Option<Parts> {
    let k = c.k;
    // "almost a quarter of all admissions", "three quarters of voters": a share of a whole,
    // not three months ("a quarter of an hour" is `fraction_of_unit`'s, read above).
    if unit == TimeUnit::Quarter && cx.is(k + 1, "of") {
        return None;
    }
    let written = cx.s(k);
    // "2021 weekend": a year, not two thousand weekends.
    if !w.time_unit_plural && c.amount >= 1000.0 {
        return None;
    }
    // "3h", "3Y" only attached; "h" alone after a space is not an hour, but after a fraction
    // of one ("in 1/2 h", "½ h", "3/4 h") it is the hour's.
    let fraction_of_hour = unit == TimeUnit::Hour && c.amount > 0.0 && c.amount < 1.0;
    if written.len() == 1 && !cx.attached(k) && !fraction_of_hour {
        return None;
    }
    if cx.is_word(k + 1) && cx.attached(k + 1) {
        return None;
    }
    let mut amount = c.amount;
    let mut end = k + 1;
    // A duration by its form: "an hour and a half", "a minute and 30 seconds" need no anchor.
    let mut compound = false;
    // "one hour and half", "one year and a quarter".
    if cx.is(end, "and") && cx.near(end + 1) {
        let mut f = end + 1;
        if cx.is_any(f, &["a", "an"]) {
            f += 1;
        }
        if cx.is(f, "half") {
            amount += 0.5;
            end = f + 1;
            compound = true;
        } else if cx.is(f, "quarter") {
            amount += 0.25;
            end = f + 1;
            compound = true;
        }
    }
    let mut iso = duration_iso(amount, unit);
    // "2 years 1 month 21 days", "3 hours 30 minutes".
    let mut extra = 0;
    while extra < 3 && cx.near(end) {
        let mut k2 = end;
        // "1 year, 2 days, 3 hours and 4 seconds".
        if cx.is(k2, ",") && cx.near(k2 + 1) {
            k2 += 1;
        }
        if cx.is(k2, "and") && cx.near(k2 + 1) {
            k2 += 1;
        }
        let Some(n2) = numbers::parse(cx, k2, Context::Plain)
            .filter(|n| n.kind == NumKind::Cardinal && n.start == k2)
        else {
            break;
        };
        let u2 = n2.end;
        let Some(unit2) = cx
            .word(u2)
            .filter(|_| cx.near(u2))
            .and_then(|w| w.time_unit)
        else {
            // "2h 30m", "1h 45m": the minutes glued as "m" after an hour glued as "h" (alone,
            // "30m" is thirty metres or millions); not before a glued word ("2h 30mph").
            let glued_minutes = unit == TimeUnit::Hour
                && extra == 0
                && written.eq_ignore_ascii_case("h")
                && cx.is_digits(k2)
                && cx.s(u2) == "m"
                && cx.attached(u2)
                && !(cx.is_word(u2 + 1) && cx.attached(u2 + 1));
            if glued_minutes {
                append_iso(&mut iso, &duration_iso(n2.value, TimeUnit::Minute));
                end = u2 + 1;
                compound = true;
                break;
            }
            // "1 hour fifteen", "2 hours and 10": minutes left unsaid after hours, at the
            // end of the phrase.
            let phrase_ends = !cx.near(u2)
                || cx
                    .punct(u2)
                    .is_some_and(|b| matches!(b, b'.' | b',' | b';' | b'?' | b'!'));
            let minutes = n2.value.fract() == 0.0 && (1.0..60.0).contains(&n2.value);
            if unit == TimeUnit::Hour && extra == 0 && minutes && phrase_ends && !cx.is(k2 - 1, ",")
            {
                append_iso(&mut iso, &duration_iso(n2.value, TimeUnit::Minute));
                end = u2;
                compound = true;
            }
            break;
        };
        // "suspended for two years, and 200 hours of unpaid work": a second length that a
        // larger unit would carry (24 hours and more) is a length of its own.
        if (unit2 as u8) >= (unit as u8) || !below_carry(unit2, n2.value) {
            break;
        }
        append_iso(&mut iso, &duration_iso(n2.value, unit2));
        end = u2 + 1;
        extra += 1;
        compound = true;
    }
    // "a three-hour-long meeting", "a 3-week-long strike": "-long" glued on the unit.
    if long_after(cx, end) {
        if c.article {
            // "a week-long festival": the article is the noun's; the length is the unit's
            // alone (`unit_long`).
            return None;
        }
        end += 2;
    }
    // "an hour or so", "two weeks or so": about that long ("or so" outside, as a bound word
    // after a figure is).
    let or_so = cx.is(end, "or") && cx.near(end) && cx.is(end + 1, "so") && cx.near(end + 1);
    Some(Parts {
        iso,
        end,
        compound,
        or_so,
    })
}

/// Whether `v` of `unit` is less than the next larger unit holds, as the parts of one length
/// are ("3 hours 30 minutes", "1 year 45 days"; not "2 years 200 hours").
fn below_carry(unit: TimeUnit, v: f64) -> bool {
    v < match unit {
        TimeUnit::Second | TimeUnit::Minute => 60.0,
        TimeUnit::Hour => 24.0,
        TimeUnit::Month => 12.0,
        TimeUnit::Week => 53.0,
        _ => 366.0,
    }
}

/// Appends the ISO 8601 duration `part` ("PT30S") to `iso` ("PT1M" → "PT1M30S"; "P2D" +
/// "PT3H" → "P2DT3H"): one "P", and one "T" before the first time part.
fn append_iso(iso: &mut String, part: &str) {
    let part = part.strip_prefix('P').unwrap_or(part);
    match part.strip_prefix('T') {
        Some(time) if iso.contains('T') => iso.push_str(time),
        _ => iso.push_str(part),
    }
}
