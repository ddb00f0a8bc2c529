//! Seasons of a year: "summer 2019", "the autumn of 1969", "Fall 2024".

use super::super::absolute::year_phrase;
use super::super::join::atom;
use super::super::{Cat, DatePhrase};
use crate::statistics::calendar::When;
use crate::statistics::cursor::Cx;

/// "summer 2019", "autumn of 1969", "Fall 2024" at `k`: a season and its year, as the year.
/// "fall" is a season when capitalised or after "in" ("prices fall 2019 …" is a verb).
pub(super) fn season_of_year(cx: &Cx, k: usize) -> Option<DatePhrase> {
    if !cx.is_any(k, &["summer", "winter", "spring", "autumn", "fall"]) || !cx.near(k + 1) {
        return None;
    }
    if cx.is(k, "fall") && !(cx.capitalised(k) || k > 0 && cx.is(k - 1, "in")) {
        return None;
    }
    let y = if cx.is(k + 1, "of") && cx.near(k + 2) {
        k + 2
    } else {
        k + 1
    };
    // The year, or a split one ("the winter of 2010-11"); after a season a year is a year
    // whatever follows ("the spring 2019 floods").
    let p = atom(cx, y).filter(|b| {
        b.start == y
            && b.cat == Cat::Date
            && matches!(
                b.when,
                When::Date {
                    y: Some(_),
                    m: None,
                    ..
                }
            )
    });
    let mut p = p.or_else(|| year_phrase(cx, y))?;
    p.start = k;
    Some(p)
}
