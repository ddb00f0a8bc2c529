//! Which of the date grammars that open at a digit run may read anything there, from the
//! tokens around it: most digit runs are counts and amounts ("12 people", "$3.5 billion"), and
//! most grammars fail on them only after some work (a parse, a look-up, an allocation).
//!
//! Each flag is a test that the grammar's own code makes before it can return a phrase; a flag
//! that is false means the grammar returns `None` at this token. Grammars left out
//! (`weekdays_away`, `frequency`, `named_time`, `duration`) open with `numbers::parse`, whose
//! end only the parse knows, and `Cx` keeps its answer for the next of them.
//! `digit_gate_tests.rs` compares the gated atom with the ungated one.

use crate::statistics::cursor::Cx;
use crate::statistics::words::ORDINAL_SUFFIXES;

/// The digit-run grammars that may read something at a token (see `join::digit_atom`).
#[derive(Clone, Copy, Debug)]
pub(super) struct DigitGate {
    pub era_year: bool,
    pub compact_quarter: bool,
    pub numeric_date: bool,
    pub spaced_date: bool,
    pub compact_date: bool,
    pub time_of_day: bool,
    /// `century` and `part_of`.
    pub ordinal: bool,
    /// `day_month`, `listed_day`, `day_of_relative_month`.
    pub day: bool,
    pub year_atom: bool,
}

impl DigitGate {
    /// Every grammar tried: the atom as it was before the gate.
    #[cfg(test)]
    pub const ALL: Self = Self {
        era_year: true,
        compact_quarter: true,
        numeric_date: true,
        spaced_date: true,
        compact_date: true,
        time_of_day: true,
        ordinal: true,
        day: true,
        year_atom: true,
    };

    /// The gate for the digit run at `i`.
    pub(super) fn of(cx: &Cx, i: usize) -> Self {
        let len = cx.s(i).len();
        let next = i + 1;
        let glued = cx.attached(next);
        let next_s = cx.s(next);
        let next_lower = cx.lower(next);
        Self {
            // `era_year`: with digits at `i` the era comes next, near (`era_at(i + 1)`): "BC",
            // "BCE", "AD", "CE" as written, or a dotted one opening with "b" or "a" in either
            // case. (Its other branch, the era first, needs a letter at `i`.)
            era_year: cx.near(next)
                && (matches!(next_s, "BC" | "BCE" | "AD" | "CE")
                    || matches!(next_lower.as_str(), "b" | "a")),
            // `compact_quarter`: "2018Q4", "4Q18": the quarter is glued on.
            compact_quarter: glued,
            // `numeric_date`: a second part needs a separator glued on first ("3/4", "3-4",
            // "3.4"); one part alone is no date.
            numeric_date: glued && matches!(next_s, "/" | "-" | "."),
            // `spaced_date`: the second of three numbers one space apart.
            spaced_date: cx.is_digits(next) && cx.near(next) && !glued,
            // `compact_date`: eight digits ("20200314"), or four and a glued hyphen ("2019-7").
            compact_date: len == 8 || len == 4 && glued && cx.is(next, "-"),
            // `time_of_day` (no "at" at a digit run): a colon, dot or "h" after the hour; a
            // meridiem ("am", "pm", "a.m.", "p m", "9p" all open with a, p, am or pm); "o'clock"
            // ("o'clock", "oclock", "o ' clock"); "in the morning"; four digits (the 24-hour
            // clock, "0730"); or an hour of up to two digits where `hour_may_open` lets it open
            // "8 tonight".
            time_of_day: cx.is_any(next, &[":", ".", "h", "o'clock", "oclock", "o", "in"])
                || matches!(next_lower.as_str(), "am" | "pm" | "a" | "p")
                || len == 4
                || len <= 2 && super::times::hour_may_open(cx, i),
            // `century` ("21st century") and `part_of` ("3rd quarter of 2019") read a digit run
            // only as an ordinal with its suffix glued on: only a word token has a lexicon
            // entry (`tokens::tokenize`), so `word_ordinal` finds none at a digit run, and
            // `is`/`is_any` never match one, so none of the words `part_of` opens with ("mid",
            // "the", "end", a season, "week", "year", "to") is at `i`.
            ordinal: glued && cx.is_any(next, ORDINAL_SUFFIXES),
            // `day_at`, which the three day grammars open with, takes one or two digits.
            day: len <= 2,
            // `year_atom`: a decade ("1990s"), a split year ("1999/00") or a year: four digits;
            // a decade in two digits with its "s" glued on ("the '70s"); a fiscal year after
            // "FY" ("FY24", two digits, or "FY2024", four).
            year_atom: len == 4
                || len == 2 && (glued && next_s == "s" || i > 0 && cx.s(i - 1) == "FY"),
        }
    }
}

#[cfg(test)]
#[path = "digit_gate_tests.rs"]
mod tests;
