//! Numbers dialled: "called 911", "dial 999 now", "call 111 or 999".

use super::lower_case_word;
use crate::statistics::cursor::Cx;

/// "called 911", "dial 999 now", "call 111 or 999", "call 101 quoting log 482": a number of three
/// or more digits dialled, not a count: nothing counted follows (not "called 300 voters",
/// "called 120 people"; a lower-case word that is no plural may follow: "quoting", "with").
#[inline(never)]
pub(super) fn dialled(cx: &Cx, i: usize) -> bool {
    let dial = |k: usize| {
        cx.is_any(
            k,
            &[
                "call", "called", "calling", "calls", "dial", "dialled", "dialed", "dialling",
                "dialing", "ring", "rang",
            ],
        )
    };
    let at = if cx.is(i - 1, "or") && i >= 3 && cx.is_digits(i - 2) {
        // "call 111 or 999": the second number of the pair.
        i - 2
    } else {
        i
    };
    at > 0
        && dial(at - 1)
        && cx.near(at)
        && cx.s(i).len() >= 3
        && (!cx.near(i + 1)
            || !cx.is_word(i + 1)
            || cx.is_any(
                i + 1,
                &["or", "and", "for", "if", "immediately", "now", "to"],
            )
            || nothing_counted(cx, i + 1))
}

/// Whether the word at `k` after a dialled number counts nothing: a lower-case word that is
/// no plural ("quoting", "with", "straight"; not "voters", "people", "staff") and no unit.
fn nothing_counted(cx: &Cx, k: usize) -> bool {
    let lower = cx.lower(k);
    let w = lower.as_str();
    lower_case_word(cx, k)
        && (!w.ends_with('s') || w.ends_with("ss"))
        && !matches!(
            w,
            "people" | "children" | "men" | "women" | "staff" | "police"
        )
        && cx.word(k).is_none_or(|x| {
            x.measure.is_none()
                && x.currency.is_none()
                && x.scale.is_none()
                && x.time_unit.is_none()
        })
}
