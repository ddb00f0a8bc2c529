//! A figure start that no date grammar reads: a count of one to three digits, perhaps with
//! groups of thousands, or an ordinal word, before a plain word after a space ("add 754 jobs",
//! "on 20 new projects", "about 2,832 people", "first proposed"), the commonest figure starts
//! on news. There `dates::parse` tried every grammar only to return `None`.
//!
//! At a digit run `parse_core` reaches only `join::phrase` (whose atom is `digit_atom`) and the
//! two bare ranges: its other branches open with a word. Before a word after a space (or a
//! group's ","), `DigitGate`'s flags come down to a few words after the number (the era, the
//! clock's "h", "o'clock", "in", "am", "pm", "a", "p"), an hour where `hour_may_open`, and a
//! fiscal year after "FY"; the rest (the day grammars, `weekdays_away`, `frequency`,
//! `named_time`, `duration`, `range_from_bare`, `day_range_before_month`) read the token after
//! the number, a role of the lexicon or one of `READ_AFTER_NUMBER`, or, for "June 3 and 4",
//! "and" or "&" before it. `word_after_gate_tests.rs` compares with the full chain on texts
//! that put every word the date and number code names after a number and after an ordinal.

use super::times::hour_may_open;
use crate::statistics::cursor::Cx;
use crate::statistics::numbers::{self, Context};

/// The words a date grammar reads right after a number of one to three digits (or an ordinal)
/// besides the lexicon's roles: `frequency` ("times"), `named_time` ("20 min past"), the
/// ranges ("3 to 5", "4 or 5 days", "1 through 8 September"), the day grammars ("3 of March",
/// "3 and 4 June"), `duration`'s words between the number and the unit ("5 more days", "the 10
/// previous weeks", "5 and a half minutes"), and the words `DigitGate` lets `era_year` and
/// `time_of_day` read ("44 BC", "3 in the morning", "8 am"). Lower case; `is_read_after_number`
/// is this list as a `match`.
#[cfg(test)]
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
    "working",
    "business",
    "calendar",
    "trading",
    "bc",
    "bce",
    "ad",
    "ce",
    "b",
    "a",
    "h",
    "o'clock",
    "oclock",
    "o",
    "in",
    "am",
    "pm",
    "p",
];

/// Whether a lower-case word is one of `READ_AFTER_NUMBER` (one `match` rather than a
/// comparison per word).
pub(super) fn is_read_after_number(lower: &str) -> bool {
    matches!(
        lower,
        "times"
            | "min"
            | "mins"
            | "minute"
            | "minutes"
            | "past"
            | "to"
            | "after"
            | "or"
            | "and"
            | "&"
            | "of"
            | "through"
            | "thru"
            | "until"
            | "till"
            | "til"
            | "untill"
            | "upcoming"
            | "next"
            | "previous"
            | "last"
            | "coming"
            | "following"
            | "more"
            | "extra"
            | "additional"
            | "further"
            | "fewer"
            | "less"
            | "consecutive"
            | "straight"
            | "successive"
            | "full"
            | "whole"
            | "long"
            | "solid"
            | "qualifying"
            | "working"
            | "business"
            | "calendar"
            | "trading"
            | "bc"
            | "bce"
            | "ad"
            | "ce"
            | "b"
            | "a"
            | "h"
            | "o'clock"
            | "oclock"
            | "o"
            | "in"
            | "am"
            | "pm"
            | "p"
    )
}

/// Whether no date phrase starts at token `i` (`false`: the grammars decide).
pub(in crate::statistics) fn no_date_at(cx: &Cx, i: usize) -> bool {
    no_date_with(cx, i, &WordLists::SHIPPED)
}

/// The word tests of the gate: words read after a number, after four digits, and before four
/// digits that make them a year (the tests shorten them).
pub(super) struct WordLists<A, Y, B> {
    pub read_after: A,
    pub read_after_year: Y,
    pub year_before: B,
}

type ListTest = fn(&str) -> bool;

impl WordLists<ListTest, ListTest, ListTest> {
    const SHIPPED: Self = Self {
        read_after: is_read_after_number,
        read_after_year: is_read_after_year,
        year_before: is_year_before,
    };
}

/// `no_date_at` with the word tests given.
pub(super) fn no_date_with<A, Y, B>(cx: &Cx, i: usize, lists: &WordLists<A, Y, B>) -> bool
where
    A: Fn(&str) -> bool,
    Y: Fn(&str) -> bool,
    B: Fn(&str) -> bool,
{
    let read_after = &lists.read_after;
    if cx.word(i).is_some_and(|w| w.ordinal.is_some()) {
        return plain_word_after(cx, i + 1, read_after);
    }
    let len = cx.s(i).len();
    if !cx.is_digits(i) || len > 4 {
        return false;
    }
    if len == 4 {
        return four_digit_count(cx, i, lists);
    }
    // The number: the digit run alone or with its groups of thousands ("2,832"); `Cx` keeps
    // the figure grammar's parse of it.
    let Some(n) = numbers::parse(cx, i, Context::Plain).filter(|n| n.start == i) else {
        return false;
    };
    let next = n.end;
    if next > i + 1 && !thousands(cx, i + 1, next) || !plain_word_after(cx, next, read_after) {
        return false;
    }
    // "by 8 tonight": a bare hour the word before lets open; "June 3 and 4": a listed day;
    // "FY24": a fiscal year. (`compact_quarter` reads a quarter's letter glued on, never a
    // group's ",".)
    let before = |words: &[&str]| i > 0 && cx.is_any(i - 1, words);
    let fiscal = i > 0 && cx.s(i - 1) == "FY";
    !(len <= 2 && (hour_may_open(cx, i) || before(&["and", "&"]) || fiscal))
}

/// The words `year_atom` and `time_of_day` read after four digits besides
/// `READ_AFTER_NUMBER` and the lexicon's roles (a quarter's "q" is `strong`, "hrs" a unit of
/// time): the decade's "s" ("1990 s"), the 24-hour clock's zones ("0730 gmt"), and
/// the words after which `year_atom` keeps a year that nothing before it marks as one ("in 1500
/// the", "2019 was", "1990 alone"), and `year_by_what_follows`'s "levels" ("above 2019
/// levels"). Lower case; `is_read_after_year` is this list as a `match`.
#[cfg(test)]
pub(super) const READ_AFTER_YEAR: &[&str] = &[
    "s", "gmt", "utc", "bst", "cet", "the", "an", "it", "he", "she", "they", "we", "i", "there",
    "this", "that", "when", "as", "its", "his", "her", "their", "was", "were", "is", "had", "has",
    "alone", "onwards", "onward", "compared", "while", "but", "before", "at", "on", "with", "for",
    "against", "than", "by", "from", "versus", "vs", "levels", "will", "saw", "sees", "marked",
    "marks", "brought", "began", "ended", "proved",
];

/// Whether a lower-case word is one of `READ_AFTER_YEAR`.
fn is_read_after_year(lower: &str) -> bool {
    matches!(
        lower,
        "s" | "gmt"
            | "utc"
            | "bst"
            | "cet"
            | "the"
            | "an"
            | "it"
            | "he"
            | "she"
            | "they"
            | "we"
            | "i"
            | "there"
            | "this"
            | "that"
            | "when"
            | "as"
            | "its"
            | "his"
            | "her"
            | "their"
            | "was"
            | "were"
            | "is"
            | "had"
            | "has"
            | "alone"
            | "onwards"
            | "onward"
            | "compared"
            | "while"
            | "but"
            | "before"
            | "at"
            | "on"
            | "with"
            | "for"
            | "against"
            | "than"
            | "by"
            | "from"
            | "versus"
            | "vs"
            | "levels"
            // A year as a sentence's subject (`years::year_as_subject`); "was", "is", "has",
            // "had" are above.
            | "will"
            | "saw"
            | "sees"
            | "marked"
            | "marks"
            | "brought"
            | "began"
            | "ended"
            | "proved"
    )
}

/// The words before four digits that let `year_atom` take them for a year whatever plain word
/// follows: its determiners ("the 2022 budget"), the prepositions of `plain_year` ("in 1733
/// gave"), "below"/"above" ("5% below 2019 levels") and the joined years' "and"/"or" ("the 2015
/// and 2019 elections"). Lower case; `is_year_before` is this list as a `match`.
#[cfg(test)]
pub(super) const YEAR_BEFORE: &[&str] = &[
    "the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that", "whose",
    "in", "since", "by", "until", "till", "through", "during", "before", "after", "circa", "on",
    "against", "versus", "vs", "into", "fiscal", "fy", "due", "below", "above", "and", "or",
];

/// Whether a lower-case word is one of `YEAR_BEFORE`.
fn is_year_before(lower: &str) -> bool {
    matches!(
        lower,
        "the"
            | "a"
            | "an"
            | "its"
            | "his"
            | "her"
            | "their"
            | "our"
            | "my"
            | "your"
            | "this"
            | "that"
            | "whose"
            | "in"
            | "since"
            | "by"
            | "until"
            | "till"
            | "through"
            | "during"
            | "before"
            | "after"
            | "circa"
            | "on"
            | "against"
            | "versus"
            | "vs"
            | "into"
            | "fiscal"
            | "fy"
            | "due"
            | "below"
            | "above"
            | "and"
            | "or"
    )
}

/// A count of four digits before a plain word ("add 1701 jobs"). Of the digit-run grammars only
/// `time_of_day` (the 24-hour clock, a meridiem) and `year_atom` read four digits before a word
/// after a space that the three-digit gate lets through. `time_of_day` needs a meridiem,
/// "hours", "hrs" or a zone next, or another clock time glued on before ("0730-0930"): a space
/// or nothing must come before the number. `year_atom`'s decades, split, cited and quarter
/// years need an "s", a mark or a quarter's letter next, its fiscal year "FY" before (a
/// capital); a year of `year_at` (1000–2999) before a plain word (not capitalised, none of
/// `READ_AFTER_YEAR`) is kept only as a `year_modifier` or `event_year` (a determiner,
/// "and"/"or" or a capitalised word before) or a `plain_year` (a preposition, "below" or
/// "above" before): `YEAR_BEFORE`.
fn four_digit_count<A, Y, B>(cx: &Cx, i: usize, lists: &WordLists<A, Y, B>) -> bool
where
    A: Fn(&str) -> bool,
    Y: Fn(&str) -> bool,
    B: Fn(&str) -> bool,
{
    let next = i + 1;
    let read_after = |w: &str| (lists.read_after)(w) || (lists.read_after_year)(w);
    if cx.attached(i) || cx.capitalised(next) || !plain_word_after(cx, next, read_after) {
        return false;
    }
    let year = cx
        .s(i)
        .parse::<u16>()
        .is_ok_and(|y| (1000..=2999).contains(&y));
    !year
        || i == 0
        || !(cx.capitalised(i - 1)
            || cx.is_word(i - 1) && (lists.year_before)(cx.lower(i - 1).as_str())
            // "the Great Fire of 1666 destroyed" (`year_names`).
            || i >= 2 && cx.is(i - 1, "of") && cx.capitalised(i - 2))
}

/// Whether token `next` is a word after a space with no role of a number or a date in the
/// lexicon, and not a word `read_after` names.
fn plain_word_after(cx: &Cx, next: usize, read_after: impl Fn(&str) -> bool) -> bool {
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
    !dated && !read_after(cx.lower(next).as_str())
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
