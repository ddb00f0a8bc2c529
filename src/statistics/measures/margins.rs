//! Two units news writes with no SI measure (branch `figs31`): an earthquake's magnitude ("a
//! 5.8-magnitude earthquake", "a magnitude 6.1 quake") and a race's
//! winning margin in lengths ("won by three and a half lengths", "two lengths clear"). Each is
//! a QUANTITY with its unit and `measure`, as points are (`points.rs`).

use crate::statistics::cursor::Cx;
use crate::statistics::detail::Detail;
use crate::statistics::numbers::{Num, NumKind};
use crate::statistics::Found;

/// The figure at `n` read with a magnitude or a margin in lengths, `j` the token after it.
pub(super) fn after_number(cx: &Cx, n: &Num, j: usize) -> Option<Found> {
    if n.kind != NumKind::Cardinal || n.value <= 0.0 {
        return None;
    }
    magnitude(cx, n, j).or_else(|| lengths(cx, n, j))
}

fn magnitude_found(start: usize, end: usize, value: f64) -> Option<Found> {
    if value > 10.0 {
        return None;
    }
    let mut d = Detail::value(value).with_unit("magnitude");
    d.extra_mut().measure = Some("magnitude");
    Some(Found::new(start, end, "QUANTITY", d))
}

/// "5.8-magnitude", "a 6.1 magnitude earthquake", "magnitude 5.8": a value up to 10 (the scales
/// end there), the word "magnitude" after the number (glued by a hyphen or spaced) or before it
/// (spaced, or glued by a hyphen: "a magnitude-7.1 earthquake"). Not "an order of magnitude"
/// (no number), "5 orders of magnitude".
fn magnitude(cx: &Cx, n: &Num, j: usize) -> Option<Found> {
    let i = n.start;
    let word_after = if cx.is(j, "-") && cx.attached(j) && cx.attached(j + 1) {
        j + 1
    } else {
        j
    };
    let (start, end) = if cx.near(word_after) && cx.is(word_after, "magnitude") {
        (i, word_after + 1)
    } else if i >= 1 && cx.is(i - 1, "magnitude") && cx.near(i) {
        (i - 1, n.end)
    } else if i >= 2
        && cx.is(i - 1, "-")
        && cx.attached(i - 1)
        && cx.attached(i)
        && cx.is(i - 2, "magnitude")
    {
        (i - 2, n.end)
    } else {
        return None;
    };
    magnitude_found(start, end, n.value)
}

/// "by three and a half lengths", "by a length", "two lengths clear", "six lengths behind": a
/// race's margin, after "by" or before clear, ahead, behind, back, adrift. Not "two lengths of
/// rope", "swam 40 lengths" (a count of the pool's lengths, no margin).
fn lengths(cx: &Cx, n: &Num, j: usize) -> Option<Found> {
    if !(cx.near(j) && cx.is_any(j, &["length", "lengths"])) {
        return None;
    }
    let i = n.start;
    // "by a length", "by a short head" are one: the article is the number (as "a third").
    let by = i >= 1 && cx.is(i - 1, "by") && cx.near(i);
    let placed =
        cx.near(j + 1) && cx.is_any(j + 1, &["clear", "ahead", "behind", "back", "adrift"]);
    if !(by || placed) {
        return None;
    }
    let mut d = Detail::value(n.value).with_unit("lengths");
    d.extra_mut().measure = Some("margin");
    Some(Found::new(i, j + 1, "QUANTITY", d))
}
