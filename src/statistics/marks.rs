//! Feet and inches written with marks after digits: "5'11\"", "5′ 11″", "a 6' fence", "a 12\"
//! pizza", "5'' screws".
//!
//! ```text
//! marks  := digits foot (digits inch?)?    "5'11\"", "5' 11", "6′2″"
//!         | digits inch                    "12\"", "5''", "7″"
//! foot   := "'" | "′"                       (attached to the digits)
//! inch   := "\"" | "''" | "″"               (attached to the digits)
//! ```
//!
//! A mark is also a quotation mark or an apostrophe, so: the digits are not words; a `"` is an
//! inch only when the line before it has an even number of `"` (it opens no quotation it could
//! close), a `'` alone is a foot only when no single quotation is open before it; a foot mark alone is read only before a word ("a 6' fence", "7' tall"), never before
//! an attached letter ("the 90's") nor after "the", "in" or "+" (a match's minute: "in the 45'").

use super::cursor::Cx;
use super::detail::Detail;
use super::numbers::{Num, NumKind};
use super::units::unit_by_symbol;
use super::Found;

/// How far back on the line the quotation marks are counted.
const QUOTE_LOOKBACK: usize = 400;

/// The inch mark at token `k` and the token after it.
fn inch_at(cx: &Cx, k: usize) -> Option<usize> {
    if !cx.attached(k) {
        return None;
    }
    if cx.is(k, "″") {
        return Some(k + 1);
    }
    if cx.is(k, "'") && cx.is(k + 1, "'") && cx.attached(k + 1) {
        return Some(k + 2);
    }
    (cx.is(k, "\"") && !opens_quote_before(cx, k)).then_some(k + 1)
}

/// The line before token `k` (at most [`QUOTE_LOOKBACK`] bytes of it).
fn line_before<'t>(cx: &Cx<'t>, k: usize) -> &'t str {
    let Some(t) = cx.tok(k) else {
        return "";
    };
    let end = t.start();
    let mut from = end.saturating_sub(QUOTE_LOOKBACK);
    while from < end && !cx.text.is_char_boundary(from) {
        from += 1;
    }
    let before = cx.text.get(from..end).unwrap_or("");
    before.rsplit('\n').next().unwrap_or(before)
}

/// Whether the `"` at token `k` would close a quotation opened earlier on its line.
fn opens_quote_before(cx: &Cx, k: usize) -> bool {
    line_before(cx, k).bytes().filter(|&b| b == b'"').count() % 2 == 1
}

/// Whether a single quotation is open on the line before token `k` ("'I paid 12' he said"):
/// a `'` after a non-letter and before a letter or digit opens one, a `'` after a letter or
/// digit and before a non-letter closes it, one between letters is an apostrophe ("don't").
fn single_quote_open(cx: &Cx, k: usize) -> bool {
    let line: Vec<char> = line_before(cx, k).chars().collect();
    let mut open = false;
    for (p, &c) in line.iter().enumerate() {
        if c != '\'' && c != '‘' {
            continue;
        }
        let before = p > 0 && line[p - 1].is_alphanumeric();
        let after = line.get(p + 1).is_some_and(|c| c.is_alphanumeric());
        if !before && after {
            open = true;
        } else if before && !after {
            open = false;
        }
    }
    open
}

/// The foot mark at token `k` and the token after it.
fn foot_at(cx: &Cx, k: usize) -> Option<usize> {
    if !(cx.attached(k) && cx.is_any(k, &["'", "′"])) {
        return None;
    }
    // "5''" is inches, "the 90's" a decade.
    if cx.attached(k + 1) && (cx.is(k + 1, "'") || cx.is_word(k + 1)) {
        return None;
    }
    Some(k + 1)
}

/// A length written with marks after the number `n` ending at token `j`.
pub fn after_number(cx: &Cx, n: &Num, j: usize) -> Option<Found> {
    // Every reading opens with a mark attached at `j` (`inch_at`, `foot_at`): asked first, as
    // a number is nearly always followed by a space.
    // The mark itself next: `inch_at` and `foot_at` read only "'", "\"", "′" or "″" at `j`
    // (the last two open with the byte 0xE2), not the "," or "." glued to most numbers.
    if super::GATES
        && !(cx.attached(j) && matches!(cx.s(j).as_bytes().first(), Some(b'\'' | b'"' | 0xE2)))
        || n.words
        || n.kind != NumKind::Cardinal
        || n.value < 0.0
        || n.end != j
    {
        return None;
    }
    // A quotation or an apostrophe just before the digits pairs with the mark: "'5'", "\"12\"".
    if n.start > 0 && cx.attached(n.start) && cx.is_any(n.start - 1, &["'", "\"", "′", "″"]) {
        return None;
    }
    // "54º 55,7' N": minutes of a coordinate after degrees, not feet.
    let degrees_before = (n.start.saturating_sub(2)..n.start).any(|k| cx.is_any(k, &["°", "º"]));
    let compass_after = |k: usize| cx.near(k) && cx.is_any(k, &["N", "S", "E", "W"]);
    if degrees_before || compass_after(j + 1) || compass_after(j + 2) {
        return None;
    }
    if let Some(end) = inch_at(cx, j) {
        return Some(length(n, end, n.value, "in"));
    }
    let after_foot = foot_at(cx, j)?;
    // "5'11\"", "5' 11", "6′2″": inches after the feet.
    if cx.is_digits(after_foot) && cx.near(after_foot) && cx.s(after_foot).len() <= 2 {
        let inches: f64 = cx.s(after_foot).parse().ok()?;
        if inches < 12.0 {
            let end = inch_at(cx, after_foot + 1).unwrap_or(after_foot + 1);
            let closed = end > after_foot + 1;
            // Without an inch mark, nothing may be attached after the inches ("5'11.5").
            if closed || !cx.attached(after_foot + 1) {
                return Some(length(n, end, n.value + inches / 12.0, "ft"));
            }
        }
        return None;
    }
    let minute = n.start > 0 && cx.is_any(n.start - 1, &["the", "in", "+", "at"]);
    if single_quote_open(cx, n.start) {
        return None;
    }
    (!minute && cx.near(after_foot) && cx.is_word(after_foot))
        .then(|| length(n, after_foot, n.value, "ft"))
}

fn length(n: &Num, end: usize, value: f64, symbol: &'static str) -> Found {
    let mut d = Detail::value(value).with_unit(symbol);
    let extra = d.extra_mut();
    extra.measure = Some("length");
    if let Some(u) = unit_by_symbol(symbol) {
        let si = value * u.si_factor;
        if si.is_finite() {
            // Twelve significant digits, as the unit grammar gives them.
            extra.si_value = Some((si * 1e12).round() / 1e12);
            extra.si_unit = Some(u.si_unit.into());
        }
    }
    Found::new(n.start, end, "QUANTITY", d)
}
