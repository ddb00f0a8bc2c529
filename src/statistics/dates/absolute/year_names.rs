//! Years that date a name (branch `figs42`): "the Factory Act of 1833 limited", "the Great Fire
//! of 1666 destroyed" (a year after "of" and a capitalised word inside a sentence), and a
//! year opening a line before a name of two capitalised words ("2019 Ford Focus, 42,000
//! miles", "2024 Paris Olympics"): a date whatever follows, not a count.

use crate::statistics::cursor::Cx;

/// Whether the year `y` at `i..end` dates a name, as above.
pub(super) fn dates_a_name(cx: &Cx, i: usize, end: usize, y: i32) -> bool {
    if y % 100 == 0 {
        return false;
    }
    // No unit, scale or money after it: "a Total of 1833 pages" is a count.
    let amount_after = cx.near(end)
        && cx.word(end).is_some_and(|w| {
            w.measure.is_some()
                || w.scale.is_some()
                || w.currency.is_some()
                || w.time_unit.is_some()
        });
    if amount_after {
        return false;
    }
    // "a Total of 1832 people", "of 1500 votes": a plural after it counts.
    let plural_after = cx.near(end)
        && cx.is_word(end)
        && !cx.capitalised(end)
        && (cx.is_any(end, &["people", "men", "women", "children"])
            || cx.s(end).ends_with('s')
                && !cx.s(end).ends_with("ss")
                && !cx.is_any(
                    end,
                    &["was", "is", "has", "its", "his", "this", "as", "thus"],
                ));
    if i >= 2 && !plural_after {
        let of_a_name = cx.is(i - 1, "of")
            && cx.near(i)
            && cx.near(i - 1)
            && cx.capitalised(i - 2)
            && cx.is_word(i - 2)
            && !cx.sentence_start(i - 2)
            && (1000..=2100).contains(&y);
        if of_a_name {
            return true;
        }
    }
    let opens = i == 0 || cx.sentence_start(i);
    let name_word = |k: usize| cx.near(k) && cx.is_word(k) && cx.capitalised(k);
    opens
        && (1950..=2100).contains(&y)
        && !cx.attached(end)
        && name_word(end)
        && name_word(end + 1)
        && cx
            .word(end)
            .is_none_or(|w| w.month.is_none() && w.weekday.is_none())
}
