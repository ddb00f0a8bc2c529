//! Points as a unit: "the FTSE fell 150 points", "the index rose 12.34 points to 869.3",
//! "scored 18 points", "leads on 280 pts", and basis points in a wire's capitals ("SPREAD +20
//! BP"). A count of points is what a reader checks against the index or the table, so the
//! unit is part of the figure (QUANTITY, unit `points`, measure `points`), not a plain count.
//! Percentage and basis points are read before this by the percent grammar ("5 percentage
//! points", "25bp").

use super::cursor::Cx;
use super::detail::Detail;
use super::numbers::{Num, NumKind};
use super::Found;

/// The figure at `n` with "points" or "pts" at `j` after it. A whole or decimal count
/// ("150 points", "8.62 points", "two points"); not "1 points" (no such wording), and not an
/// ordinal ("the 3rd points table").
pub(super) fn after_number(cx: &Cx, n: &Num, j: usize) -> Option<Found> {
    // Asked of every number no other unit claimed: one byte decides for most.
    let first = cx.s(j).as_bytes().first().map(|b| b | 0x20);
    if !matches!(first, Some(b'p' | b'b' | b'-')) {
        return None;
    }
    if first == Some(b'-') {
        return gap_in_points(cx, n, j);
    }
    if !(cx.near(j) && !cx.attached(j) && n.kind == NumKind::Cardinal) {
        return None;
    }
    if let Some(e) = wire_basis_points(cx, j) {
        let d = Detail::value(n.value / 100.0).with_unit("pp");
        return Some(Found::new(n.start, e, "PERCENT", d));
    }
    if !cx.is_any(j, &["points", "pts"]) || n.value == 1.0 {
        return None;
    }
    let mut d = Detail::value(n.value).with_unit("points");
    d.extra_mut().measure = Some("points");
    Some(Found::new(n.start, j + 1, "QUANTITY", d))
}

/// "BP" or "BPS" in capitals after the number, as bond tables write basis points ("SPREAD
/// +20 BP", "FULL FEES 10 BP"): only where the line is in capitals too (the word before the
/// number is, or nothing comes before it on the line), so "sold 20 BP shares" in prose stays
/// with the oil company. The end of the unit.
fn wire_basis_points(cx: &Cx, j: usize) -> Option<usize> {
    if !cx.is_any(j, &["bp", "bps"]) || !matches!(cx.s(j), "BP" | "BPS") {
        return None;
    }
    // Back over a sign glued to the number ("+20", "- 12.5").
    let mut k = j - 1;
    while k > 0 && cx.near(k) && !cx.is_word(k - 1) && (j - k) < 6 {
        k -= 1;
    }
    let capitals_before = k > 0 && cx.near(k) && super::labels::in_capitals(cx, k - 1);
    let line_start = k == 0 || !cx.near(k);
    let ends = !cx.near(j + 1) || !cx.is_word(j + 1) || super::labels::in_capitals(cx, j + 1);
    ((capitals_before || line_start) && ends).then_some(j + 1)
}

/// Nouns a count of points measures as a gap or a move: "a 20-point lead", "a 3.5-point drop".
/// Not "a 10-point plan" (a list's items) nor "a three-point shot" (a kind of shot).
const GAPS: &[&str] = &[
    "lead",
    "margin",
    "gap",
    "swing",
    "deficit",
    "advantage",
    "cushion",
    "drop",
    "fall",
    "rise",
    "jump",
    "gain",
    "decline",
    "loss",
    "slide",
    "plunge",
    "surge",
    "rally",
    "win",
    "victory",
    "defeat",
    "increase",
    "improvement",
    // A betting line in points: "the 3.5-point favorites", "a 7-point underdog".
    "favorite",
    "favorites",
    "favourite",
    "favourites",
    "underdog",
    "underdogs",
];

/// "a 20-point lead", "a 12-point margin": "-point" glued to the number before a noun of
/// [`GAPS`]. The span is the number with "-point" (QUANTITY in points, as "20 points").
fn gap_in_points(cx: &Cx, n: &Num, j: usize) -> Option<Found> {
    let ok = cx.attached(j)
        && n.kind == NumKind::Cardinal
        && cx.is(j + 1, "point")
        && cx.attached(j + 1)
        && cx.near(j + 2)
        && !cx.attached(j + 2)
        && cx.is_any(j + 2, GAPS);
    if !ok {
        return None;
    }
    let mut d = Detail::value(n.value).with_unit("points");
    d.extra_mut().measure = Some("points");
    Some(Found::new(n.start, j + 2, "QUANTITY", d))
}
