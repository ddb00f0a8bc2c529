//! Ages written with neither "aged" nor commas (branch `newsfigs36`): "as young as 11", "as
//! old as 90", "a man of 65", "a girl of nine". The number alone is the age, as after "over"
//! or "under" ("children under five").

use super::{age, over_under};
use crate::statistics::cursor::Cx;
use crate::statistics::numbers::{Num, NumKind};
use crate::statistics::Found;

/// An age after "over"/"under" a group of people ([`over_under`]), after "as young as" /
/// "as old as", after a noun of a person and "of", or after "when she was" ([`when_was`]).
/// Asked only when the word before the number is "over", "under", "as", "of", "was" or
/// "were".
pub(in crate::statistics::measures) fn after_word(cx: &Cx, n: &Num) -> Option<Found> {
    let i = n.start;
    if i < 2 {
        return None;
    }
    if cx.is_any(i - 1, &["over", "under"]) {
        return over_under(cx, n);
    }
    let whole = n.kind == NumKind::Cardinal
        && (1.0..=120.0).contains(&n.value)
        && n.value.fract() == 0.0
        && cx.near(i)
        && cx.near(i - 1);
    // "a woman of 60 retires": after one person, a lower-case word ending in "s" is the
    // person's verb (one person is no group of 60 things).
    let one_person = i >= 3
        && cx.is(i - 1, "of")
        && cx.is_any(i - 2, ONE_PERSON)
        && cx.is_any(i - 3, &["a", "an"]);
    if !whole || !(stands_alone(cx, n.end) || one_person && verb_after(cx, n.end)) {
        return None;
    }
    // "as young as 11", "as old as 90": the comparison's "as" on both sides of the adjective.
    let as_young = i >= 3
        && cx.is(i - 1, "as")
        && cx.is_any(i - 2, &["young", "old"])
        && cx.is(i - 3, "as")
        && cx.near(i - 2);
    // "a man of 65", "a girl of nine", "women of 70": a noun of a person, then "of".
    let person_of = cx.is(i - 1, "of") && cx.is_any(i - 2, PERSONS);
    (as_young || person_of || when_was(cx, i)).then(|| age(n, n.end, "year"))
}

/// "when she was 15", "since they were 12", "before he was 30": a clause of time whose
/// subject is a person's pronoun and whose verb is "was"/"were" just before the number (the
/// number standing alone, tested by the caller). Not "when it was 15" (a thing), "she was 15
/// points behind" (a unit follows), "was 15" without the clause.
fn when_was(cx: &Cx, i: usize) -> bool {
    i >= 3
        && cx.is_any(i - 1, &["was", "were"])
        && cx.is_any(i - 2, &["he", "she", "they", "i", "we", "you"])
        && cx.is_any(
            i - 3,
            &["when", "since", "until", "till", "before", "after", "while"],
        )
        && cx.near(i - 2)
        && cx.near(i - 1)
}

/// Nouns of a person an age follows with "of": "a man of 65", "a boy of 12".
/// ("mother", "father" open holidays: `start_gate_tests` keeps them out of grammars.)
const PERSONS: &[&str] = &[
    "man",
    "woman",
    "boy",
    "girl",
    "child",
    "men",
    "women",
    "boys",
    "girls",
    "children",
    "pensioner",
    "pensioners",
    "widow",
    "widower",
    "grandmother",
    "grandfather",
    "person",
];

/// The singular nouns of [`PERSONS`].
const ONE_PERSON: &[&str] = &[
    "man",
    "woman",
    "boy",
    "girl",
    "child",
    "pensioner",
    "widow",
    "widower",
    "grandmother",
    "grandfather",
    "person",
];

/// A lower-case word at `e` ending in "s" that names no unit, currency, scale, length of time
/// nor a count's noun: after one person's age, the person's verb ("retires", "earns",
/// "lives"). Not "feet", "stones", "years", "per cent".
fn verb_after(cx: &Cx, e: usize) -> bool {
    if !cx.near(e) || cx.attached(e) || !cx.is_word(e) || cx.capitalised(e) {
        return false;
    }
    let lower = cx.lower(e);
    let w = lower.as_str();
    w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !matches!(w, "percent" | "people" | "years" | "months" | "times")
        && cx.word(e).is_none_or(|x| {
            x.measure.is_none()
                && x.currency.is_none()
                && x.scale.is_none()
                && x.time_unit.is_none()
        })
}

/// Whether the number ending before `e` stands alone, as an age does: the sentence or clause
/// ends, or a lower-case word follows that counts nothing ("as young as 11 when", "a man of
/// 65 can"). Not "a man of 6 feet", "as old as 300 years", "women of 40 nations", "as young as
/// 5%", "a victim of 9/11".
fn stands_alone(cx: &Cx, e: usize) -> bool {
    if !cx.near(e) {
        return true;
    }
    if cx.attached(e) {
        return cx.is_any(e, &[",", ".", ";", ":", ")", "!", "?"]);
    }
    if !cx.is_word(e) {
        return !cx.is_digits(e) && !cx.is_any(e, &["%", "°", "-", "/"]);
    }
    let lower = cx.lower(e);
    let w = lower.as_str();
    // "Women of 70 are", "a man of 65 was": a verb ("are" is also a unit of area).
    if matches!(
        w,
        "are" | "is" | "was" | "were" | "has" | "have" | "had" | "can" | "will" | "would"
    ) {
        return true;
    }
    !cx.capitalised(e)
        && (!w.ends_with('s') || w.ends_with("ss"))
        && !matches!(
            w,
            "per" | "percent" | "cent" | "people" | "million" | "thousand" | "year" | "month"
        )
        && cx.word(e).is_none_or(|x| {
            x.measure.is_none()
                && x.currency.is_none()
                && x.scale.is_none()
                && x.time_unit.is_none()
        })
}

/// "the oldest finisher, 91,", "the youngest winner, 17,": a lower-case noun at `k` after
/// "oldest"/"youngest" (the superlative of an age), before an age set off by commas
/// ([`super::age_in_apposition`]). Not "the largest order, 91," (no age in the superlative).
pub(super) fn eldest(cx: &Cx, k: usize) -> bool {
    k >= 1
        && cx.is_any(k - 1, &["oldest", "youngest", "eldest"])
        && cx.near(k)
        && cx.is_word(k)
        && !cx.capitalised(k)
}

/// "12,000 offenders were under 18", "most patients are over 65": a plural noun of people and
/// "were"/"are" before the bound (`k`: the verb), as "those over 65" has the noun right before.
pub(super) fn group_were(cx: &Cx, k: usize, groups: &[&str]) -> bool {
    k >= 1 && cx.is_any(k, &["were", "are"]) && cx.near(k) && cx.is_any(k - 1, groups)
}
