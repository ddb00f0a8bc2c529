//! Which of the date grammars that open at a digit run may read anything there, from the
//! tokens around it: most digit runs are counts and amounts ("12 people", "$3.5 billion"), and
//! most grammars fail on them only after some work (a parse, a look-up, an allocation).
//!
//! Each flag is a test that the grammar's own code makes before it can return a phrase; a flag
//! that is false means the grammar returns `None` at this token. `weekdays_away`, `frequency`
//! and `named_time` open with `numbers::parse` and then ask the token where the number ends
//! (branch `statspeed33`): the gate parses it (`Cx` keeps the answer for them and for
//! `duration`, left out, which reads any unit after any number) and asks that token as they
//! do. `digit_gate_tests.rs` compares the gated atom with the ungated one.

use crate::statistics::cursor::Cx;
#[cfg(not(target_arch = "wasm32"))]
use crate::statistics::numbers::{self, Context};
use crate::statistics::words::ORDINAL_SUFFIXES;

/// The words `named_time` reads right after its minutes' number: their unit, or "past", "to",
/// "after" ("20 minutes past eight", "20 past eight").
#[cfg(not(target_arch = "wasm32"))]
const NAMED_TIME_AFTER: &[&str] = &["min", "mins", "minutes", "minute", "past", "to", "after"];

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
    /// `weekdays_away` ("3 Tuesdays ago"); native builds only.
    #[cfg(not(target_arch = "wasm32"))]
    pub weekdays_away: bool,
    /// `frequency` ("3 times a day"); native builds only.
    #[cfg(not(target_arch = "wasm32"))]
    pub frequency: bool,
    /// `named_time` ("20 past eight"); native builds only.
    #[cfg(not(target_arch = "wasm32"))]
    pub named_time: bool,
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
        #[cfg(not(target_arch = "wasm32"))]
        weekdays_away: true,
        #[cfg(not(target_arch = "wasm32"))]
        frequency: true,
        #[cfg(not(target_arch = "wasm32"))]
        named_time: true,
    };

    /// The gate for the digit run at `i`.
    pub(super) fn of(cx: &Cx, i: usize) -> Self {
        let len = cx.s(i).len();
        let next = i + 1;
        let glued = cx.attached(next);
        let next_s = cx.s(next);
        let next_lower = cx.lower(next);
        // Where the number read at `i` ends: the token the three number-led grammars ask
        // first (`None`: no number, so none of them reads anything). Native builds only: in
        // the WASM build the three flags and the parse here are left out (its download).
        #[cfg(not(target_arch = "wasm32"))]
        let after = numbers::parse(cx, i, Context::Plain).map(|n| n.end);
        Self {
            // `era_year`: with digits at `i` the era comes next, near (`era_at(i + 1)`): "BC",
            // "BCE", "AD", "CE" as written, or a dotted one opening with "b" or "a" in either
            // case. (Its other branch, the era first, needs a letter at `i`.)
            era_year: cx.near(next)
                && (matches!(next_s, "BC" | "BCE" | "AD" | "CE")
                    || matches!(next_lower.as_str(), "b" | "a")),
            // `compact_quarter`: "2018Q4", "4Q18": the quarter's letter is glued on ("Q" or
            // "H" of `quarter_code`, "q" of the quarter first), never a mark ("2004,").
            compact_quarter: glued && matches!(next_lower.as_str(), "q" | "h"),
            // `numeric_date`: a second part needs a separator glued on first ("3/4", "3-4",
            // "3.4"); one part alone is no date.
            numeric_date: glued && matches!(next_s, "/" | "-" | "."),
            // `spaced_date`: the second of three numbers one space apart.
            spaced_date: cx.is_digits(next) && cx.near(next) && !glued,
            // `compact_date`: eight digits ("20200314"), or four and a glued hyphen ("2019-7").
            compact_date: len == 8 || len == 4 && glued && cx.is(next, "-"),
            // `time_of_day` (no "at" at a digit run): a colon, dot or "h" after the hour; a
            // meridiem ("am", "pm", "a.m.", "p m", "9p" all open with a, p, am or pm); "o'clock"
            // ("o'clock", "oclock", "o ' clock"); "in the morning"; four digits where
            // `military_may_open` lets the 24-hour clock be read ("0730-0930", "1400 hours",
            // "0600 GMT"; not a year before a comma, "in 2004,"); or an hour of up to two
            // digits where `hour_may_open` lets it open "8 tonight".
            time_of_day: cx.is_any(next, &[":", ".", "h", "o'clock", "oclock", "o", "in"])
                || matches!(next_lower.as_str(), "am" | "pm" | "a" | "p")
                || len == 4 && super::times::military_may_open(cx, i)
                || len <= 2 && super::times::hour_may_open(cx, i),
            // `century` ("21st century") and `part_of` ("3rd quarter of 2019") read a digit run
            // only as an ordinal with its suffix glued on: only a word token has a lexicon
            // entry (`tokens::tokenize`), so `word_ordinal` finds none at a digit run, and
            // `is`/`is_any` never match one, so none of the words `part_of` opens with ("mid",
            // "the", "end", a season, "week", "year", "to") is at `i`.
            ordinal: glued && cx.is_any(next, ORDINAL_SUFFIXES),
            // `day_at`, which the three day grammars open with, takes one or two digits.
            day: len <= 2 && (!crate::statistics::GATES || day_may_follow(cx, i)),
            // `year_atom`: a decade ("1990s"), a split year ("1999/00") or a year: four digits;
            // a decade in two digits with its "s" glued on ("the '70s"); a fiscal year after
            // "FY" ("FY24", two digits, or "FY2024", four).
            year_atom: len == 4
                || len == 2 && (glued && next_s == "s" || i > 0 && cx.s(i - 1) == "FY"),
            // `weekdays_away`: a plural weekday where the number ends.
            #[cfg(not(target_arch = "wasm32"))]
            weekdays_away: after.is_some_and(|k| cx.word(k).is_some_and(|w| w.weekday_plural)),
            // `frequency` (no "once", "twice" at a digit run): "times" where the number ends.
            #[cfg(not(target_arch = "wasm32"))]
            frequency: after.is_some_and(|k| cx.is(k, "times")),
            // `named_time` (no "noon", "half", "a quarter" at a digit run): minutes' unit or
            // "past", "to", "after" where the number ends.
            #[cfg(not(target_arch = "wasm32"))]
            named_time: after.is_some_and(|k| cx.is_any(k, NAMED_TIME_AFTER)),
        }
    }
}

/// Whether one of the day grammars may read the day of one or two digits at `i`, from the
/// token `e` where `day_at` ends it (after an ordinal suffix glued on): `day_month` needs a
/// month there or "of" before one, `day_of_relative_month` "of", `listed_day` a ",", "and"
/// or "&" there ("3, 4 and 5 June") or "and"/"&" before the day ("June 3 and 4").
fn day_may_follow(cx: &Cx, i: usize) -> bool {
    let e = if cx.attached(i + 1) && cx.is_any(i + 1, ORDINAL_SUFFIXES) {
        i + 2
    } else {
        i + 1
    };
    cx.word(e).is_some_and(|w| w.month.is_some())
        || cx.is_any(e, &["of", ",", "and", "&"])
        || i >= 1 && cx.is_any(i - 1, &["and", "&"])
}

#[cfg(test)]
#[path = "digit_gate_tests.rs"]
mod tests;
