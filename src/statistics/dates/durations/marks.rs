//! Words between a count and its unit: "15-minute", "20-odd years", "5+ years", "the 5
//! upcoming years", "three extra days".

use super::super::duration_counts::odd_or_plus;
use super::super::{Cat, DatePhrase};
use super::counted::Count;
use crate::statistics::calendar::{duration_iso, When};
use crate::statistics::cursor::Cx;

/// The qualifiers a count's marks give its length.
pub(super) struct Marks {
    pub odd_or_plus: Option<&'static str>,
    pub or_more: bool,
}

/// Steps `c.k` past the marks glued between the count and the unit; `None` when no unit can
/// follow the count.
pub(super) fn marks(cx: &Cx, c: &mut Count) -> Option<Marks> {
    let k = &mut c.k;
    if !(cx.near(*k) || (cx.attached(*k) && !c.article)) {
        return None;
    }
    let odd_or_plus = odd_or_plus(cx, *k).filter(|_| !c.article);
    if odd_or_plus.is_some() {
        *k += 2;
    } else if cx.is(*k, "-") && cx.attached(*k) && cx.attached(*k + 1) {
        // "15-minute", "three-year".
        *k += 1;
    }
    // "5+ years", "10+ hours": a "+" glued on the digits and a space before the unit is "or
    // more" (as "50k+" is for a figure); not "2+2", nor a "+" spaced off ("5 + 3 days").
    let or_more = !c.article
        && cx.is(*k, "+")
        && cx.attached(*k)
        && cx.is_digits(*k - 1)
        && cx.near(*k + 1)
        && !cx.attached(*k + 1);
    if or_more {
        *k += 1;
    }
    Some(Marks {
        odd_or_plus,
        or_more,
    })
}

/// A word between the count and the unit that makes the phrase: "the 5 upcoming years",
/// "two past years" (dates), "2 more minutes", "three consecutive years" (lengths).
pub(super) fn counted_words(cx: &Cx, i: usize, c: &Count) -> Option<DatePhrase> {
    if c.article {
        return None;
    }
    let (k, amount) = (c.k, c.amount);
    // A unit of time right after the count ("6 weeks", nearly every length read) is none of
    // the words below (`words_between_are_no_units`).
    if cx.word(k).is_some_and(|w| w.time_unit.is_some()) {
        return None;
    }
    // "the 5 upcoming years", "the 10 previous weeks".
    if cx.is_any(k, ORDERED) && cx.near(k + 1) {
        if let Some(u) = cx
            .word(k + 1)
            .filter(|w| w.time_unit_plural)
            .and_then(|w| w.time_unit)
        {
            let mut p = DatePhrase::new(i, k + 2, Cat::Date, When::Nothing);
            p.duration = Some(duration_iso(amount, u));
            return Some(p);
        }
    }
    // "two upcoming weeks", "3 coming days", "two past years", "four previous quarters": a
    // count of the units after or before now, as "the next two weeks" is (`relative`).
    if cx.is_any(k, AROUND_NOW) && cx.near(k + 1) {
        if let Some(u) = cx.word(k + 1).and_then(|w| w.time_unit) {
            let mut p = DatePhrase::new(i, k + 2, Cat::Date, When::Nothing);
            p.duration = Some(duration_iso(amount, u));
            p.qualifier = Some(if cx.is_any(k, &["past", "previous"]) {
                "last"
            } else {
                "next"
            });
            return Some(p);
        }
    }
    // "2 more minutes", "three extra days", "two fewer years", "three consecutive years",
    // "35 qualifying years", "four full weeks": a word on the amount or on the unit.
    if cx.is_any(k, ON_THE_AMOUNT) && cx.near(k + 1) {
        if let Some(u) = cx
            .word(k + 1)
            .filter(|w| w.time_unit_plural || amount == 1.0)
            .and_then(|w| w.time_unit)
        {
            let mut p = DatePhrase::new(i, k + 2, Cat::Duration, When::Nothing);
            p.duration = Some(duration_iso(amount, u));
            return Some(p);
        }
    }
    None
}

/// "the 5 upcoming years", "the 10 previous weeks": a word of order between the count and the
/// unit.
const ORDERED: &[&str] = &[
    "upcoming",
    "next",
    "past",
    "previous",
    "last",
    "coming",
    "following",
];

/// "two upcoming weeks", "two past years": the units after or before now.
const AROUND_NOW: &[&str] = &["upcoming", "coming", "past", "previous"];

/// "2 more minutes", "three consecutive years", "5 working days": a word on the amount or on
/// the unit.
const ON_THE_AMOUNT: &[&str] = &[
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
    // "5 working days", "10 business days", "four calendar months", "30 trading
    // days": the kind of day counted.
    "working",
    "business",
    "calendar",
    "trading",
];

#[cfg(test)]
mod tests {
    use super::{AROUND_NOW, ON_THE_AMOUNT, ORDERED};
    use crate::statistics::cursor::Cx;
    use crate::statistics::tokens::{tokenize, Words};

    /// `counted_words` returns at a unit of time before asking the lists: no word of them is
    /// one, in any case.
    #[test]
    fn words_between_are_no_units() {
        for w in ORDERED.iter().chain(AROUND_NOW).chain(ON_THE_AMOUNT) {
            let capital = format!("{}{}", w[..1].to_uppercase(), &w[1..]);
            for text in [w.to_string(), w.to_uppercase(), capital] {
                let mut toks = Vec::new();
                let mut words = Words::default();
                tokenize(&text, &mut toks, &mut words);
                let cx = Cx::new(&text, &toks, &words);
                assert_eq!(cx.len(), 1, "{text}");
                assert!(
                    cx.word(0).is_none_or(|x| x.time_unit.is_none()),
                    "{text} is a unit of time"
                );
            }
        }
    }
}
