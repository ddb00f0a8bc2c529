//! A month written "may" or "march" in lower case: also a modal and a verb or a noun ("you may
//! go", "the march on Rome"), so its case cannot say; what is around it can. A modal or a verb
//! is followed by a verb or an object, a noun by its determiner; the month is followed by
//! nothing, a clause's mark, a year or a word joining it to another date ("in march", "by may,",
//! "mid-march", "late may and june", "march 2015", "3 may 2019").

use super::year_at;
use crate::statistics::cursor::Cx;

/// Words that make what follows them a noun ("the last march", "a late march", "their march").
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "whose", "this", "that",
];

/// Words after the month that join it to another date ("may and june", "march to may").
const JOINS: &[&str] = &[
    "and", "or", "to", "through", "thru", "until", "till", "-", "–",
];

/// Whether token `k` is a month's name on the same line that is no other word ("june", "May";
/// not a lower-case "may" or "march": "what may or may not happen").
fn month_word(cx: &Cx, k: usize) -> bool {
    cx.near(k)
        && cx.word(k).is_some_and(|w| w.month.is_some())
        && (cx.capitalised(k) || !cx.is_any(k, &["may", "march"]))
}

/// Whether what follows token `e` (a month's end) ends the date: nothing on the line, a mark
/// that ends a clause or a bracket, or a word that joins another date ("may and june", "march
/// to 5 april", "may and early june"; not "between may and might").
fn ends_here(cx: &Cx, e: usize) -> bool {
    let joined = || {
        cx.is_any(e, JOINS)
            && cx.near(e + 1)
            && (month_word(cx, e + 1)
                || cx.is_digits(e + 1)
                || cx.is_any(e + 1, &["early", "late", "mid", "the"]))
    };
    !cx.near(e)
        || matches!(
            cx.punct(e),
            Some(b'.' | b',' | b';' | b':' | b'!' | b'?' | b')')
        )
        || joined()
}

/// Words before a lower-case month that make it one when the date ends after it: prepositions
/// of time and the words of a part of a month ("in may", "until march", "late may"). Not "to",
/// "and" or "this": "to march", "sing and march", "join this march" are a verb and a noun.
const BEFORE: &[&str] = &[
    "in", "since", "of", "from", "until", "till", "by", "during", "last", "next", "early", "late",
    "mid", "through", "before", "after", "every", "each", "between",
];

/// Whether the lower-case "may" or "march" at `j` is the month by what is around it: a year
/// that ends the date ("march 2015", "may 2019."), or a word of [`BEFORE`] (or "mid-") and the
/// end of the date ("in may", "until march,", "mid-march", "late may and june"), the part word
/// having no determiner before it ("the late march", "their last march" are nouns).
pub(in crate::statistics::dates) fn lower_month(cx: &Cx, j: usize) -> bool {
    let e = j + 1;
    if cx.near(e) {
        if let Some((_, after)) = year_at(cx, e) {
            return ends_here(cx, after);
        }
    }
    // "march to june", "may and june", "march-april": joined to another month.
    if cx.near(e) && cx.is_any(e, JOINS) && cx.near(e + 1) && month_word(cx, e + 1) {
        return true;
    }
    // "march 1 to march 10", "may 3 and june 4": a day, then a join to another month.
    if cx.is_digits(e)
        && cx.near(e)
        && cx.s(e).len() <= 2
        && cx.is_any(e + 1, JOINS)
        && cx.near(e + 1)
        && cx.near(e + 2)
        && cx.word(e + 2).is_some_and(|w| w.month.is_some())
    {
        return true;
    }
    // "in may the town …", "by march we …", "of march is": a new clause's subject or the
    // month's own verb after it (a modal is followed by a verb, a verb "march" by no subject).
    let clause = cx.is_any(
        e,
        &[
            "the", "a", "an", "this", "that", "we", "i", "he", "she", "they", "it", "you", "there",
            "is", "was", "has", "had",
        ],
    );
    if j == 0 || !cx.near(j) || !(ends_here(cx, e) || clause) {
        return false;
    }
    let p = j - 1;
    // "mid-march": the hyphen after "mid".
    if cx.is(p, "-") && cx.attached(j) && p > 0 && cx.is(p - 1, "mid") && cx.attached(p) {
        return true;
    }
    if !cx.is_any(p, BEFORE) {
        return false;
    }
    let part = cx.is_any(p, &["last", "next", "early", "late", "mid"]);
    !(part && p > 0 && cx.near(p) && cx.is_any(p - 1, DETERMINERS))
}

/// Whether the lower-case month at `j` after a day ("3 may 2019", "the 3rd march.") is the month:
/// a year or the end of the date follows ("3 may be" is a count and a modal).
pub(super) fn lower_month_after_day(cx: &Cx, j: usize) -> bool {
    let e = j + 1;
    if cx.near(e) {
        if let Some((_, after)) = year_at(cx, e) {
            return ends_here(cx, after);
        }
    }
    // The end of a line or a sentence only: "3 may, if" is a count before a clause.
    !cx.near(e) || matches!(cx.punct(e), Some(b'.' | b'!' | b'?'))
}
