//! "the first six months", "in the first nine months": the opening stretch of a year its
//! story is about, a DATE with "the" inside as "the first quarter" and "the first half" have
//! it (the year is the text's, so no value). Only months, parts of a year ("the first 10
//! minutes" of a match is left), only after "the" and "first", and only without "of" after
//! (that is read as "the first week of July" is).

use super::{Cat, DatePhrase};
use crate::statistics::calendar::When;
use crate::statistics::cursor::Cx;

/// `i`: "the"; `k`: the ordinal; `after`: the token after it; `u`: the unit after the count.
pub(super) fn first_months(
    cx: &Cx,
    i: usize,
    k: usize,
    after: usize,
    u: usize,
) -> Option<DatePhrase> {
    let counted = u > after;
    (counted
        && k > i
        && cx.is(i, "the")
        && cx.is(k, "first")
        && cx.is(u, "months")
        && !cx.is(u + 1, "of"))
    .then(|| DatePhrase::new(i, u + 1, Cat::Date, When::Nothing))
}
