//! Rough times: "-ish" glued to a time or a part of the day, the writer's "about"
//! ("10:30ish", "5pm-ish", "at 6ish", "tomorrow eveningish"). Each check is one token compare
//! at a phrase's end, so a text without "ish" pays next to nothing.

use super::ranges::bare_hour_time;
use super::{Cat, DatePhrase};
use crate::statistics::cursor::Cx;
use crate::statistics::words::{PARTS_OF_DAY, PERCENT_WORDS};

/// A date's or time's span runs on over an "ish" glued to its end, with or without a hyphen
/// ("10:30ish", "5pm-ish", "Friday morning-ish"), its qualifier "about" unless it has one;
/// "ish" that runs into more letters or digits is no suffix.
pub(super) fn ish_after(cx: &Cx, p: &mut DatePhrase) {
    if !matches!(p.cat, Cat::Time | Cat::Date) {
        return;
    }
    let e = p.end;
    let k = if cx.is(e, "ish") && cx.attached(e) {
        e
    } else if cx.is(e, "-") && cx.attached(e) && cx.is(e + 1, "ish") && cx.attached(e + 1) {
        e + 1
    } else {
        return;
    };
    if cx.attached(k + 1) && (cx.is_word(k + 1) || cx.is_digits(k + 1)) {
        return;
    }
    p.end = k + 1;
    p.qualifier = p.qualifier.or(Some("about"));
}

/// "at 6ish", "at 10ish": a bare hour after "at" is a time once "ish" says it is a rough hour
/// of the clock ("at 6" alone may be a price, a score or a rank). "at" stays outside, as for
/// "at 5pm".
pub(super) fn hour_at(cx: &Cx, i: usize) -> Option<DatePhrase> {
    // Asked at every "at" that opens no clock time: the hour in digits and its "ish" are the
    // two tokens after it, tested before the number grammar runs.
    if !(cx.is(i, "at") && cx.near(i + 1) && cx.is_digits(i + 1) && cx.is(i + 2, "ish")) {
        return None;
    }
    let mut p = bare_hour_time(cx, i + 1)?;
    // "at 6ish per cent", "at 6ish km": a rough amount of something, not an hour.
    let counted = cx.near(p.end)
        && (cx.is_any(p.end, PERCENT_WORDS)
            || cx.is(p.end, "per")
            || cx
                .word(p.end)
                .is_some_and(|w| w.measure.is_some() || w.currency.is_some() || w.scale.is_some()));
    // `bare_hour_time` reads the "ish" glued to the hour and nothing more.
    if p.end != i + 3 || counted {
        return None;
    }
    p.qualifier = Some("about");
    Some(p)
}

/// A part of the day with "ish" glued on as one word: "eveningish", "afternoonish".
pub(super) fn part_of_day_ish(cx: &Cx, k: usize) -> bool {
    let lower = cx.lower(k);
    lower
        .as_str()
        .strip_suffix("ish")
        .is_some_and(|part| PARTS_OF_DAY.contains(&part))
}
