//! Imperial heights and weights written the British way: "12 st 4 lb" (stone abbreviated, which
//! alone is a street or a saint), and the last part of a sum left without its unit, "9 stone 6",
//! "5 foot 11", "7 lb 8" (pounds after stones, inches after feet, ounces after pounds: the only
//! unit that part can be).

use crate::statistics::cursor::Cx;
use crate::statistics::numbers::{self, Context, NumKind};
use crate::statistics::units::{unit_by_symbol, MeasureUnit};

/// Words after the unit-less last part that end the phrase: it cannot be a count of them.
const AFTER_LAST_PART: &[&str] = &[
    "and", "but", "tall", "high", "with", "when", "who", "at", "for", "on", "he", "she",
];

/// "12 st 4 lb", "12st 4", "12 st 4lbs": a lower-case "st" at token `k` is a stone when a number
/// of pounds under 14 follows it, with "lb" or "pounds" or at the end of the phrase; "12 St",
/// "21st" and "12 st" alone are not. The token after "st".
pub(crate) fn stone_abbreviated(cx: &Cx, k: usize) -> Option<usize> {
    if cx.s(k) != "st" || !cx.near(k + 1) || !cx.is_digits(k + 1) {
        return None;
    }
    let pounds = cx.s(k + 1).parse::<u8>().ok()?;
    let unit_after = cx.near(k + 2) && cx.is_any(k + 2, &["lb", "lbs", "pound", "pounds"]);
    (pounds < 14 && (unit_after || phrase_ends(cx, k + 2))).then_some(k + 1)
}

/// After a sum's part in stones or feet ending before token `k`, a whole number below the next
/// unit's count in it (14 pounds a stone, 12 inches a foot) that ends the phrase: "9 stone 6",
/// "6 ft 2 and 15 stone". Its value, its unit and the token after it. Not "lost 3 stone 6
/// months ago" (a word follows).
pub(super) fn unit_less_last_part(
    cx: &Cx,
    k: usize,
    prev: &MeasureUnit,
) -> Option<(f64, &'static MeasureUnit, usize)> {
    let (symbol, limit) = match prev.symbol {
        "stone" => ("lb", 14.0),
        "ft" => ("in", 12.0),
        "lb" => ("oz", 16.0),
        _ => return None,
    };
    if !cx.near(k) {
        return None;
    }
    let m = numbers::parse(cx, k, Context::Plain)
        .filter(|m| m.start == k && m.kind == NumKind::Cardinal)?;
    let whole = m.value.fract() == 0.0 && m.value > 0.0 && m.value < limit;
    let ends = phrase_ends(cx, m.end) || cx.near(m.end) && cx.is_any(m.end, AFTER_LAST_PART);
    (whole && ends).then_some((m.value, unit_by_symbol(symbol)?, m.end))
}

/// Nothing of the phrase follows at token `k`: the text ends, a line breaks, or a mark that
/// closes a phrase.
fn phrase_ends(cx: &Cx, k: usize) -> bool {
    !cx.near(k)
        || cx
            .punct(k)
            .is_some_and(|b| matches!(b, b'.' | b',' | b';' | b'!' | b'?' | b')'))
}
