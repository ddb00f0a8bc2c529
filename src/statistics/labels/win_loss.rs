//! A team's record ("went 14-0-1") or a bowler's figures ("23-5-71-1"): counts joined by
//! hyphens, set aside as a whole.

use crate::statistics::cursor::Cx;

/// "went 14-0-1", "on a 1-6-2 skid", "following a 9-2-1 start": three counts up to 162 joined
/// by hyphens with nothing between, a team's wins, losses and ties (or draws); and four,
/// a bowler's overs, maidens, runs and wickets ("Cork 23-5-71-1"). The record has no field of
/// its own (a score holds two), so it is set aside as a whole rather than read as counts.
/// Returns the token after it. Dates ("9-2-21") are read before this.
pub(in crate::statistics) fn record_of_three(cx: &Cx, i: usize) -> Option<usize> {
    let count = |k: usize| {
        cx.is_digits(k) && cx.s(k).len() <= 3 && cx.s(k).parse::<u16>().is_ok_and(|v| v <= 162)
    };
    let dash = |k: usize| cx.is(k, "-") && cx.attached(k) && cx.attached(k + 1);
    let three = count(i) && dash(i + 1) && count(i + 2) && dash(i + 3) && count(i + 4);
    let end = if three && dash(i + 5) && count(i + 6) {
        i + 7
    } else {
        i + 5
    };
    let glued_before = i > 0 && cx.attached(i) && !cx.is_any(i - 1, &["(", "\"", "“"]);
    let goes_on = cx.attached(end)
        && (cx.is_any(end, &["-", "."]) || !cx.is_any(end, &[",", ")", ";", ":", "”", "\""]));
    (three && !glued_before && !goes_on).then_some(end)
}
