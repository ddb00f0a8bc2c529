//! PERCENT: "5%", "2 per cent", "150 basis points", "half a percentage point", "per cent of 210".

use super::super::cursor::Cx;
use super::super::detail::Detail;
use super::super::numbers::{self, Context, Num};
use super::super::Found;

/// "percentage point(s)", "5 points": a difference of percentages.
const POINTS: &[&str] = &["point", "points"];

pub(super) fn percent_suffix(cx: &Cx, n: &Num, j: usize) -> Option<Found> {
    if !cx.near(j) {
        return None;
    }
    let mut end;
    let mut unit = "%";
    if cx.is(j, "%") {
        end = j + 1;
        if cx.near(end) && cx.is_any(end, &["points", "point", "pts"]) {
            unit = "pp";
            end += 1;
        }
    } else if cx.is_any(j, &["percent", "percents", "pct"]) {
        end = j + 1;
    } else if cx.is(j, "per") && cx.is(j + 1, "cent") && cx.near(j + 1) {
        end = j + 2;
    } else if cx.is(j, "pc") && cx.attached(j) {
        end = j + 1;
    } else if cx.is(j, "percentage") {
        end = j + 1;
        if cx.near(end) && cx.is_any(end, POINTS) {
            unit = "pp";
            end += 1;
        }
    } else if cx.is_any(j, &["pp", "ppt", "ppts"]) {
        end = j + 1;
        unit = "pp";
    } else if let Some(e) = basis_points(cx, j) {
        // "150 basis points", "25bp": hundredths of a percentage point.
        let d = Detail::value(n.value / 100.0).with_unit("pp");
        return Some(Found::new(n.start, e, "PERCENT", d));
    } else {
        return None;
    }
    if unit == "%" && cx.near(end) && cx.is_any(end, POINTS) && !cx.is(j, "%") {
        unit = "pp";
        end += 1;
    }
    Some(Found::new(
        n.start,
        end,
        "PERCENT",
        Detail::value(n.value).with_unit(unit),
    ))
}

/// "basis points", "basis point", and "bp"/"bps" attached or in lower case ("25bp", "50 bps";
/// "BP" spaced is the oil company): the end of the unit at `j`.
fn basis_points(cx: &Cx, j: usize) -> Option<usize> {
    if cx.is(j, "basis") && cx.near(j + 1) && cx.is_any(j + 1, &["points", "point"]) {
        return Some(j + 2);
    }
    let written = cx.s(j);
    (matches!(written, "bp" | "bps" | "bpts") || cx.attached(j) && cx.is_any(j, &["bp", "bps"]))
        .then_some(j + 1)
}

/// "a quarter of a percentage point", "half a percentage point", "three-quarters of a point":
/// a fraction of a percentage point.
pub(super) fn fraction_of_point(cx: &Cx, i: usize) -> Option<Found> {
    // The cheap test first: this is tried wherever a figure may start.
    if !(i + 2..i + 7).any(|k| cx.is(k, "point")) {
        return None;
    }
    let (value, a) = if cx.is(i, "half") {
        (0.5, i + 1)
    } else {
        let n = numbers::parse(cx, i, Context::Plain)?;
        if !(n.value > 0.0 && n.value < 1.0 && cx.is(n.end, "of") && cx.near(n.end)) {
            return None;
        }
        (n.value, n.end + 1)
    };
    if !(cx.is(a, "a") && cx.near(a) && cx.near(a + 1)) {
        return None;
    }
    let mut e = a + 1;
    if cx.is(e, "percentage") && cx.near(e + 1) {
        e += 1;
    }
    if !cx.is(e, "point") {
        return None;
    }
    Some(Found::new(
        i,
        e + 1,
        "PERCENT",
        Detail::value(value).with_unit("pp"),
    ))
}

/// "per cent of 210": the spec-style reading where the number follows.
pub(super) fn percent_prefix(cx: &Cx, i: usize) -> Option<Found> {
    let k = if cx.is_any(i, &["percent", "percentage"]) {
        i + 1
    } else if cx.is(i, "per") && cx.is(i + 1, "cent") && cx.near(i + 1) {
        i + 2
    } else {
        return None;
    };
    if i > 0
        && (cx.is_digits(i - 1)
            || cx
                .word(i - 1)
                .is_some_and(|w| w.unit.is_some() || w.ten.is_some()))
    {
        return None;
    }
    if !(cx.is(k, "of") && cx.near(k) && cx.near(k + 1)) {
        return None;
    }
    let n = numbers::parse(cx, k + 1, Context::Plain)?;
    if cx.near(n.end) && cx.is_word(n.end) {
        return None;
    }
    Some(Found::new(
        i,
        n.end,
        "PERCENT",
        Detail::value(n.value).with_unit("%"),
    ))
}
