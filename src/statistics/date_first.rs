//! Where the scan asks the date grammar before the figure grammars, and asks no figure grammar
//! when a date is read (issue 17, branch `statspeed39`).

use super::cursor::Cx;

/// Whether at token `i` no figure grammar (`factors::parse`, then `measures::parse`, extended
/// by `per_unit::extend`) can beat a date read there: four digits before a mark that closes a
/// clause (",", ".", ";"), or a digit run before a unit of time with no currency or measure
/// role and that mark ("in 2023, the plan", "2019.", "another 10 months,", "within 6 weeks."), the mark not
/// glued to a word or digits after it ("2023,5", "2023.Next"). There a figure read is a count
/// ending at the date's end or before it, never an amount or a percentage (which the scan
/// would keep instead of a date), so the scan asks the date grammar first and, when it reads
/// one, leaves the figure grammars out (~4,000 instructions a year or length of time on news).
/// `date_first_gate_tests` runs both wherever this holds over every lexicon word and grammar
/// literal before and after.
pub(super) fn date_first(cx: &Cx, i: usize) -> bool {
    if !(super::GATES && cx.is_digits(i)) {
        return false;
    }
    // The mark after the digits asked first (one byte): then only a year ("2023,"), as a date
    // is seldom read at other numbers before a mark ("won 2, lost 1") and there the date
    // grammar would be asked first for nothing. Else a unit of time and the mark ("10
    // months,"), not "quarters" ("1,000 quarters" are coins as often: `money::quarters`).
    let j = if cx.punct(i + 1).is_some() {
        if cx.s(i).len() != 4 {
            return false;
        }
        i + 1
    } else if cx.is_word(i + 1)
        && cx.near(i + 1)
        && cx
            .word(i + 1)
            .is_some_and(|w| w.time_unit.is_some() && w.currency.is_none() && w.measure.is_none())
        && !cx.is_any(i + 1, &["quarter", "quarters"])
    {
        i + 2
    } else {
        return false;
    };
    matches!(cx.punct(j), Some(b',' | b'.' | b';'))
        && !(cx.attached(j + 1) && (cx.is_digits(j + 1) || cx.is_word(j + 1)))
}
