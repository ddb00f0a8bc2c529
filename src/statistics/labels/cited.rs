//! The numbers of sources cited: "binge eating (2).", "the shift[1]", "[2] Joint Commission".

use crate::statistics::cursor::Cx;

/// "binge eating (2).", "weight loss (10, 11).", "the shift[1]", "[2] Joint Commission": the
/// number of a source cited in brackets, not a count. Round brackets need a lower-case word
/// before (after a name, "(55)" is an age) and a "." or "," right after the closing one, and
/// hold only numbers of up to three digits separated by commas; square brackets holding such
/// numbers are cited wherever they stand ("[2, 3] by", "in 1805. [19]", "[2] Joint").
#[inline(never)]
pub(super) fn cited(cx: &Cx, i: usize) -> bool {
    let small = |k: usize| cx.is_digits(k) && cx.s(k).len() <= 3;
    if !small(i) {
        return false;
    }
    // The opening bracket: back over "N, " pairs, at most eight (a long run of "1,234," must
    // not be walked from each of its numbers).
    let mut k = i;
    let mut pairs = 0;
    while pairs < 8 && k >= 2 && cx.is(k - 1, ",") && cx.attached(k - 1) && small(k - 2) {
        k -= 2;
        pairs += 1;
    }
    if k == 0 || !cx.attached(k) {
        return false;
    }
    let open = k - 1;
    // The closing one: on over ", N" pairs.
    let mut e = i + 1;
    while pairs < 8 && cx.is(e, ",") && cx.attached(e) && small(e + 1) && cx.near(e + 1) {
        e += 2;
        pairs += 1;
    }
    if cx.is(open, "[") {
        return cx.is(e, "]") && cx.attached(e);
    }
    cx.is(open, "(")
        && open > 0
        && !cx.attached(open)
        && cx.near(open)
        && cx.is_word(open - 1)
        && !cx.capitalised(open - 1)
        && cx.is(e, ")")
        && cx.attached(e)
        && cx.is_any(e + 1, &[".", ","])
        && cx.attached(e + 1)
}
