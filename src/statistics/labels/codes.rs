//! Versions and codes: "USB 3.0", "Python 3.12", "F-35", "A350-1000", "Class 4A".

use super::is_reference_number;
use super::names::{in_capitals, mixed_case};
use crate::statistics::cursor::Cx;

/// "USB 3.0", "Bluetooth 5.3", "Python 3.12", "HTTP 1.1": a decimal number (or "17.2.1")
/// right after a name's word (with a capital, not a sentence's first unless in camel or mixed
/// case) is the version of that name, not a quantity. Not a word with a figure's role
/// ("March 3.5", "Euro 2.5"), nor a number going on into a scale or a unit ("Tesla 2.5
/// million", read as such before; a bare number is all that is set aside here), nor after the
/// name of a study's estimate ("CI 0.71–0.94").
#[inline(never)]
pub(super) fn version_of_name(cx: &Cx, i: usize) -> bool {
    let k = i - 1;
    let decimal =
        |j: usize| cx.is(j, ".") && cx.attached(j) && cx.is_digits(j + 1) && cx.attached(j + 1);
    if !(cx.near(i) && !cx.attached(i) && cx.s(i).len() <= 2 && decimal(i + 1)) {
        return false;
    }
    if cx.s(i + 2).len() > 2 {
        return false;
    }
    let mut e = i + 3;
    while decimal(e) {
        e += 2;
    }
    let s = cx.s(k);
    let capital = cx.is_word(k) && s.bytes().any(|b| b.is_ascii_uppercase());
    let camel = s.bytes().next().is_some_and(|b| b.is_ascii_lowercase())
        || mixed_case(cx, k)
        || in_capitals(cx, k);
    let roleless = cx.word(k).is_none_or(|w| {
        w.currency.is_none()
            && w.measure.is_none()
            && w.unit.is_none()
            && w.scale.is_none()
            && w.month.is_none()
            && w.weekday.is_none()
            && w.time_unit.is_none()
            && !w.starter
    });
    let ends = !cx.near(e)
        || cx.word(e).is_none_or(|w| {
            w.scale.is_none()
                && w.measure.is_none()
                && w.currency.is_none()
                && w.time_unit.is_none()
        });
    capital
        && (camel || !cx.sentence_start(k))
        && roleless
        && ends
        && !cx.is_any(k, &["AD", "BC", "NO"])
        && !cx.is_any(k, STATISTIC_NAMES)
}

/// The abbreviated names of a study's estimates, which the figure after them is the value of
/// ("95% CI 0.71–0.94", "HR 0.82", "OR 1.37"), not a version of a name. Not "SD": "SD 3.0"
/// is a card's standard.
const STATISTIC_NAMES: &[&str] = &[
    "CI", "HR", "OR", "RR", "IQR", "AUC", "ICC", "SMD", "aHR", "aOR",
];

/// "F-35", "Su-57", "Covid-19", "A350-1000", "777-9": a number joined by a hyphen to a code
/// before it (a word with a capital or a digit), or to the number of a name already set
/// aside ("Boeing 787-9"). Not a lower-case word before the hyphen ("mid-2020", "top-10",
/// "under-18s").
#[inline(never)]
pub(super) fn code_tail(cx: &Cx, i: usize) -> bool {
    if !(i >= 2 && cx.is(i - 1, "-") && cx.attached(i - 1) && cx.attached(i)) {
        return false;
    }
    let k = i - 2;
    let code = |k: usize| {
        let s = cx.s(k);
        cx.is_word(k)
            && s.bytes()
                .any(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
            && cx
                .word(k)
                .is_none_or(|w| w.month.is_none() && w.currency.is_none())
    };
    // "A350-1000": the code's digits are a token of their own after its letters.
    code(k)
        || cx.is_digits(k) && (is_reference_number(cx, k) || k > 0 && cx.attached(k) && code(k - 1))
}

/// "the 6A schools", "Class 4A", "Region 2-5A": a number with one capital letter glued on (or
/// the first of two such joined by a hyphen) is a class's or a code's name, not a count. Not a
/// letter of a magnitude ("4K", "3M", "2B", "5G", read by the number grammar) nor of a
/// temperature ("250C" is left to the temperature grammar and its look-alikes), nor an
/// exponent ("0E622").
#[inline(never)]
pub(super) fn lettered(cx: &Cx, i: usize) -> bool {
    let letter = |k: usize| {
        let s = cx.s(k);
        cx.is_word(k)
            && cx.attached(k)
            && s.len() == 1
            && s.bytes().all(|b| b.is_ascii_uppercase())
            && !matches!(s, "K" | "M" | "B" | "T" | "G" | "C" | "F" | "E")
            && !((cx.is_word(k + 1) || cx.is_digits(k + 1)) && cx.attached(k + 1))
    };
    letter(i + 1)
        || cx.is(i + 1, "-")
            && cx.attached(i + 1)
            && cx.is_digits(i + 2)
            && cx.attached(i + 2)
            && letter(i + 3)
}
