//! Digit groupings other than the comma's thousands: Indian ("3,45,000"), Swiss
//! apostrophes ("1'000'000") and continental dots ("2.345.678", "2.345,67").

use super::digits::int_value;
use crate::statistics::cursor::Cx;

/// Whether the digit group at token `k` is followed by more of the same number (another
/// separator and digits attached), so that a grouping ending at `k` would end too early.
fn runs_on(cx: &Cx, k: usize) -> bool {
    cx.attached(k) && cx.is_any(k, &[",", "."]) && cx.attached(k + 1) && cx.is_digits(k + 1)
}

/// "3,45,000", "12,34,56,789" at `i`: one or two digits, pairs of digits after commas, then a
/// last group of three. Returns the value and the token after it.
pub(super) fn indian_groups(cx: &Cx, i: usize) -> Option<(f64, usize)> {
    if cx.s(i).len() > 2 {
        return None;
    }
    let mut v = int_value(cx.s(i));
    let mut j = i + 1;
    let mut pairs = 0;
    loop {
        if !(cx.is(j, ",") && cx.attached(j) && cx.is_digits(j + 1) && cx.attached(j + 1)) {
            return None;
        }
        let g = cx.s(j + 1);
        match g.len() {
            2 => {
                v = v * 100.0 + int_value(g);
                pairs += 1;
                j += 2;
            }
            3 if pairs > 0 => {
                v = v * 1000.0 + int_value(g);
                j += 2;
                return (!runs_on(cx, j)).then_some((v, j));
            }
            _ => return None,
        }
    }
}

/// "1'000'000", "12’500.75" at `i`: apostrophes between groups of three (Swiss). Not feet and
/// inches ("5'11", two digits), and not before more digits or a word run on.
pub(super) fn apostrophe_groups(cx: &Cx, i: usize) -> Option<(f64, usize)> {
    if cx.s(i).len() > 3 {
        return None;
    }
    let mut v = int_value(cx.s(i));
    let mut j = i + 1;
    let mut groups = 0;
    while cx.is_any(j, &["'", "’"])
        && cx.attached(j)
        && cx.is_digits(j + 1)
        && cx.attached(j + 1)
        && cx.s(j + 1).len() == 3
    {
        v = v * 1000.0 + int_value(cx.s(j + 1));
        groups += 1;
        j += 2;
    }
    let runs_on = cx.attached(j) && (cx.is_word(j) || cx.is_any(j, &["'", "’", "\""]));
    (groups >= 1 && !runs_on).then_some((v, j))
}

/// "2.345.678", "2.345,67", "12.500,5" at `i`: dots between groups of three, read only where a
/// decimal point cannot be meant (two dots or more, or a decimal comma after one).
pub(super) fn continental_groups(cx: &Cx, i: usize) -> Option<(f64, usize)> {
    if cx.s(i).len() > 3 {
        return None;
    }
    let mut v = int_value(cx.s(i));
    let mut j = i + 1;
    let mut groups = 0;
    while cx.is(j, ".") && cx.attached(j) && cx.is_digits(j + 1) && cx.attached(j + 1) {
        if cx.s(j + 1).len() != 3 {
            return None;
        }
        v = v * 1000.0 + int_value(cx.s(j + 1));
        groups += 1;
        j += 2;
    }
    let comma_decimal = cx.is(j, ",")
        && cx.attached(j)
        && cx.is_digits(j + 1)
        && cx.attached(j + 1)
        && (1..=2).contains(&cx.s(j + 1).len())
        && !runs_on(cx, j + 2);
    let ok = groups >= 2 && !cx.is(j, ",") || groups >= 1 && comma_decimal;
    (ok && !(cx.attached(j) && cx.is(j, "."))).then_some((v, j))
}
