//! Telephone numbers: "+44 20 7946 0958", "(206) 555-1212"; not a number grouped by thousands
//! before a count ("12 345 678 inhabitants").

use crate::statistics::cursor::Cx;

/// "+44 20 7946 0958", "(206) 555-1212", "138-2010-2015": digits in three or more groups
/// joined by hyphens, spaces, dots or brackets. Returns the token after the number.
pub(in crate::statistics) fn phone_like(cx: &Cx, i: usize) -> Option<usize> {
    let plus = i > 0 && cx.is_any(i - 1, &["+", "("]) && cx.attached(i);
    let mut j = i;
    let mut digits = 0;
    let mut groups = 0;
    while j < cx.len() {
        if cx.is_digits(j) {
            if j > i && !(cx.attached(j) || cx.gap_bytes(j) == 1) {
                break;
            }
            digits += cx.s(j).len();
            groups += 1;
            j += 1;
        } else if cx.is_any(j, &["-", ".", ")", "("])
            && cx.attached(j)
            && (cx.is_digits(j + 1) || cx.is(j, ")"))
        {
            j += 1;
        } else {
            break;
        }
    }
    let phone = (groups >= 3 && digits >= 8) || (plus && groups >= 2 && digits >= 7);
    (phone && (plus || !thousands_before_a_count(cx, i, j))).then_some(j)
}

/// "12 345 678 inhabitants", "12.345.678 people": one to three digits, then groups of exactly
/// three, all joined by one space or all by a dot, before a plural noun of things counted: a
/// number grouped by thousands, not a telephone number ("Call 912 345 678 now").
fn thousands_before_a_count(cx: &Cx, i: usize, end: usize) -> bool {
    if !(1..=3).contains(&cx.s(i).len()) || !cx.near(end) || !cx.is_word(end) {
        return false;
    }
    let dots = cx.is(i + 1, ".") && cx.attached(i + 1);
    let step = if dots { 2 } else { 1 };
    let span = end - i - 1;
    if span % step != 0 || span / step < 2 {
        return false;
    }
    let groups_of_three = (i + step..end).step_by(step).all(|k| {
        let joined = if dots {
            cx.is(k - 1, ".") && cx.attached(k - 1) && cx.attached(k)
        } else {
            cx.gap_bytes(k) == 1 && !cx.attached(k)
        };
        joined && cx.is_digits(k) && cx.s(k).len() == 3
    });
    groups_of_three && super::super::numbers::plural_count_noun(cx, end)
}
