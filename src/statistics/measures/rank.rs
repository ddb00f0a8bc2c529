//! Ranks written with "number" or "No.": "the number one buyer", "the world number two", "the
//! No. 1 seed", "ranked No. 3". An ORDINAL from "number" on, not the count 1 or a label.
//!
//! rank := ("number" | "No" "."?) count
//!   where count is a number word ("number one"), or follows a ranking word ("world No. 14",
//!   "ranked No. 3"), or is 1–3 after a determiner ("the No. 2 official")
//!   and no word of a name follows ("No. 10 Downing Street") nor a label's noun ("bus").

use super::super::cursor::Cx;
use super::super::detail::Detail;
use super::super::numbers::{Num, NumKind};
use super::super::Found;

/// Words before "number" that make what follows a rank whatever its value.
const RANKING: &[&str] = &["world", "ranked", "seeded", "ranking", "rated"];

/// Words before "number" that make a rank of a small count ("the No. 2 official").
const DETERMINERS: &[&str] = &[
    "the", "a", "his", "her", "its", "their", "our", "my", "your", "s", "as", "at", "is", "was",
    "be", "became",
];

/// Nouns of things labelled by a number, not ranked: "the number 10 shirt", "the No. 5 bus".
const LABELLED: &[&str] = &[
    "bus", "buses", "shirt", "jersey", "route", "platform", "train", "tram", "line", "gate",
    "room", "house", "hole", "court", "pitch",
];

/// "the number 27 route", "a number 10 shirt": digits at `i` after "number" and before a
/// noun of a thing labelled by a number are a label, no count (as "the No. 5 bus").
pub(in crate::statistics) fn labelled_number(cx: &Cx, i: usize) -> bool {
    i > 0 && cx.is(i - 1, "number") && cx.near(i) && cx.near(i + 1) && cx.is_any(i + 1, LABELLED)
}

/// A rank whose count is `n`: the ORDINAL from "number" / "No." to the count's end.
#[inline(never)]
pub(super) fn parse(cx: &Cx, n: &Num) -> Option<Found> {
    if n.kind != NumKind::Cardinal || n.value.fract() != 0.0 || !(1.0..=1000.0).contains(&n.value) {
        return None;
    }
    let i = n.start;
    // "No. 1", "No 1", "number one": where the word "number" starts.
    let word = if i >= 2 && cx.is(i - 1, ".") && cx.attached(i - 1) && cx.s(i - 2) == "No" {
        i - 2
    } else if i >= 1 && (cx.s(i - 1) == "No" || cx.s(i - 1) == "number") {
        i - 1
    } else {
        return None;
    };
    if !cx.near(i) {
        return None;
    }
    // "No. 10 Downing Street", "No. 5 bus": a name or a label.
    let next = n.end;
    if cx.near(next) && (super::name_word(cx, next) || cx.is_any(next, LABELLED)) {
        return None;
    }
    let before = |ws: &[&str]| word > 0 && cx.near(word) && cx.is_any(word - 1, ws);
    let ranked = n.words && cx.s(word) == "number" && n.value <= 10.0
        || before(RANKING)
        || n.value <= 3.0 && before(DETERMINERS);
    ranked.then(|| Found::new(word, n.end, "ORDINAL", Detail::value(n.value)))
}

/// Words before "first" that make it rank the noun after it, a past participle read as an
/// adjective: "the first recorded case", "her first published novel", "Britain's first
/// licensed" (the possessive's "s").
const RANKS_A_NOUN: &[&str] = &[
    "the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that", "these",
    "those", "whose", "every", "each", "s", "'",
];

/// "first" as an adverb of time, no rank: lower case, before a verb's past form ("was first
/// elected in 1997", "a cut first made in 2022", "the bridge first opened"), no determiner or
/// possessive before it ("the first reported case" ranks the case). A past form is a word of
/// five letters or more ending in "ed" (not "eed": "first seed", nor a number's word: "first
/// hundred") or a common irregular one.
pub(super) fn first_as_adverb(cx: &Cx, n: &Num) -> bool {
    const IRREGULAR: &[&str] = &[
        "made", "built", "held", "seen", "won", "took", "taken", "given", "gave", "known", "began",
        "begun", "came", "went", "found", "met", "told", "said", "wrote", "written", "sold",
        "brought", "thought", "became", "ran", "set", "put", "heard", "felt", "shown", "drawn",
        "grown", "flew", "flown", "broken", "spoken",
    ];
    let (i, k) = (n.start, n.end);
    if cx.s(i) != "first" || !cx.near(k) || cx.attached(k) || !cx.is_word(k) {
        return false;
    }
    if i > 0 && cx.near(i) && cx.is_any(i - 1, RANKS_A_NOUN) {
        return false;
    }
    let w = cx.s(k);
    let past = w.len() >= 5
        && w.ends_with("ed")
        && !w.ends_with("eed")
        && w.bytes().all(|b| b.is_ascii_lowercase())
        && !cx
            .word(k)
            .is_some_and(|x| x.scale.is_some() || x.unit.is_some());
    past || cx.is_any(k, IRREGULAR)
}
