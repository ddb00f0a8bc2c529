//! A digit run that no date grammar reads: a count of one to three digits, perhaps with groups
//! of thousands, and a plain word after a space ("add 754 jobs", "on 20 new projects", "about
//! 2,832 people"), the commonest figure start on news.
//! There `dates::parse` tried every grammar only to return `None` (~3,000 instructions).
//!
//! At a digit run `parse_core` reaches only `join::phrase` (whose atom is `digit_atom`) and the
//! two bare ranges: its other branches open with a word. `DigitGate` already shows which of
//! `digit_atom`'s grammars cannot read here; the rest (the day grammars, `weekdays_away`,
//! `frequency`, `named_time`, `duration`, `range_from_bare`, `day_range_before_month`) read the
//! token after the number, a role of the lexicon or one of `READ_AFTER_NUMBER`, or, for
//! "June 3 and 4", "and" or "&" before it. `word_after_gate_tests.rs` compares with the full
//! chain on texts that put every word the date and number code names after a number.

use super::digit_gate::DigitGate;
use super::times::hour_may_open;
use crate::statistics::cursor::Cx;
use crate::statistics::numbers::{self, Context};

/// The words a date grammar reads right after a number of one to three digits besides the
/// lexicon's roles: `frequency` ("times"), `named_time` ("20 min past"), the ranges ("3 to 5",
/// "4 or 5 days", "1 through 8 September"), the day grammars ("3 of March", "3 and 4 June"),
/// `duration`'s words between the number and the unit ("5 more days", "the 10 previous weeks",
/// "5 and a half minutes").
pub(super) const READ_AFTER_NUMBER: &[&str] = &[
    "times",
    "min",
    "mins",
    "minute",
    "minutes",
    "past",
    "to",
    "after",
    "or",
    "and",
    "&",
    "of",
    "through",
    "thru",
    "until",
    "till",
    "til",
    "untill",
    "upcoming",
    "next",
    "previous",
    "last",
    "coming",
    "following",
    "more",
    "extra",
    "additional",
    "further",
    "fewer",
    "less",
    "consecutive",
    "straight",
    "successive",
    "full",
    "whole",
    "long",
    "solid",
    "qualifying",
];

/// Whether no date phrase starts at the digit run `i` (`false`: the grammars decide).
pub(in crate::statistics) fn no_date_at(cx: &Cx, i: usize) -> bool {
    no_date_with(cx, i, READ_AFTER_NUMBER)
}

/// `no_date_at` with the list of words read after the number given (the tests shorten it).
pub(super) fn no_date_with(cx: &Cx, i: usize, read_after: &[&str]) -> bool {
    if cx.word(i).is_some_and(|w| w.ordinal.is_some()) {
        return plain_word_after(cx, i + 1, read_after);
    }
    let len = cx.s(i).len();
    if !cx.is_digits(i) || len > 3 {
        return false;
    }
    // The number: the digit run alone or with its groups of thousands ("2,832"); `Cx` keeps
    // the figure grammar's parse of it.
    let Some(n) = numbers::parse(cx, i, Context::Plain).filter(|n| n.start == i) else {
        return false;
    };
    let next = n.end;
    let grouped = next > i + 1;
    if grouped && !thousands(cx, i + 1, next) {
        return false;
    }
    if !plain_word_after(cx, next, read_after) {
        return false;
    }
    // "by 8 tonight": a bare hour the word before lets open; "June 3 and 4": a listed day.
    if len <= 2 && (hour_may_open(cx, i) || i > 0 && cx.is_any(i - 1, &["and", "&"])) {
        return false;
    }
    // The grammars that read the digit run alone (the day grammars read the word after the
    // run, above, or a "," and a day of at most two digits, which a group is not).
    // `compact_quarter` reads a quarter's letter glued on, never a ",".
    let gate = DigitGate::of(cx, i);
    if gate.era_year
        || gate.compact_quarter && !grouped
        || gate.numeric_date
        || gate.spaced_date
        || gate.compact_date
        || gate.time_of_day
        || gate.ordinal
        || gate.year_atom
    {
        return false;
    }
    true
}

/// Whether token `next` is a word after a space with no role of a number or a date in the
/// lexicon and none of `read_after`.
fn plain_word_after(cx: &Cx, next: usize, read_after: &[&str]) -> bool {
    if !cx.is_word(next) || !cx.near(next) || cx.attached(next) {
        return false;
    }
    let dated = cx.word(next).is_some_and(|w| {
        w.unit.is_some()
            || w.ten.is_some()
            || w.scale.is_some()
            || w.ordinal.is_some()
            || w.plural_fraction.is_some()
            || w.month.is_some()
            || w.weekday.is_some()
            || w.weekday_plural
            || w.time_unit.is_some()
            || w.strong
    });
    !dated && !cx.is_any(next, read_after)
}

/// Whether tokens `from..to` are groups of thousands glued on: "," and three digits, each pair.
fn thousands(cx: &Cx, from: usize, to: usize) -> bool {
    (to - from) % 2 == 0
        && (from..to).step_by(2).all(|k| {
            cx.is(k, ",")
                && cx.attached(k)
                && cx.attached(k + 1)
                && cx.is_digits(k + 1)
                && cx.s(k + 1).len() == 3
        })
}

#[cfg(test)]
#[path = "word_after_gate_tests.rs"]
mod tests;
