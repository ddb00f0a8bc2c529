//! Numbers that are words of a name, not counts: "the Second World War", "Formula One",
//! "Pick Six Newsletter", "737s", "net zero".

use super::super::cursor::Cx;
use super::super::numbers::{Num, NumKind};

/// "buy one get one free", "Buy 1, get 1 half price", "BOGOF": the offer's two "one"s stand
/// for an item each, no count (branch `figs42`).
pub(super) fn offer_one(cx: &Cx, i: usize) -> bool {
    let one = |k: usize| cx.is(k, "one") || cx.s(k) == "1";
    if !(i > 0 && one(i) && cx.near(i)) {
        return false;
    }
    let next = if cx.is(i + 1, ",") { i + 2 } else { i + 1 };
    if cx.is(i - 1, "buy") {
        return cx.is(next, "get") && one(next + 1);
    }
    // The second "one": "buy one get" (or "buy one, get") before it.
    let k = if i >= 2 && cx.is(i - 2, ",") {
        i - 1
    } else {
        i
    };
    cx.is(i - 1, "get") && k >= 3 && one(k - 2) && cx.is(k - 3, "buy")
}

/// A number word written as part of a proper name: "the Second World War", "the First
/// Minister", "in World War Two", "Formula One is". An ordinal counts as a name's word after a
/// lower-case word and before a capitalised one; a cardinal after a run of capitalised words
/// that a lower-case word opens, or that opens a sentence going on in lower case, or between two
/// capitalised words. Not a title-case headline ("Storm Kills Three", "Labour Wins Second
/// Term"), a date ("June Three"), or a line in capitals.
pub(super) fn in_name(cx: &Cx, n: &Num) -> bool {
    let i = n.start;
    // "net zero", "Net Zero by 2050": the name of a goal, no count of nothing.
    if n.words && n.value == 0.0 && i > 0 && cx.near(i) && cx.is(i - 1, "net") {
        return true;
    }
    if !(n.words && n.end == i + 1 && i > 0 && cx.near(i) && title_word(cx, i)) {
        return false;
    }
    let lower_word = |k: usize| cx.is_word(k) && !cx.capitalised(k);
    if n.kind == NumKind::Ordinal {
        // "The Third Reich fell": after a capitalised "The" opening a sentence, the name must
        // run into lower-case words, as a headline's words do not.
        let opens = lower_word(i - 1)
            || cx.is(i - 1, "the") && cx.sentence_start(i - 1) && {
                let mut k = i + 1;
                while cx.near(k) && title_word(cx, k) {
                    k += 1;
                }
                cx.near(k) && lower_word(k)
            };
        return opens && cx.near(i + 1) && title_word(cx, i + 1);
    }
    if after_the_in_prose(cx, i) {
        return true;
    }
    let mut k = i;
    while k > 0 && cx.near(k) && !cx.sentence_start(k) && name_word(cx, k - 1) {
        k -= 1;
    }
    // "Pick Six Newsletter", "the Big Four Accounting firms": between two words of a name, a
    // number above one before a singular word is a word of the name (a count of two or more
    // counts a plural: "Storm Kills Three People").
    let inside = n.value >= 2.0
        && cx.near(i + 1)
        && name_word(cx, i + 1)
        && !cx.s(i + 1).ends_with('s')
        && !cx.is_any(i + 1, PLURALS_WITHOUT_S);
    k < i
        && (k > 0 && cx.near(k) && !cx.sentence_start(k) && lower_word(k - 1)
            || cx.sentence_start(k) && cx.near(i + 1) && lower_word(i + 1)
            || inside)
}

/// "win the Six Nations", "spied for the Five Eyes", "a hit for the Three Degrees": a
/// capitalised number word after a lower-case "the" and before a name's word, in a sentence
/// written in lower case (a word of four letters or more, no preposition, in lower case before
/// or after the name), is a word of the name; a title-case headline ("Storm Kills the Three Children
/// Who …") has no such word.
#[inline(never)]
fn after_the_in_prose(cx: &Cx, i: usize) -> bool {
    if !(i >= 2 && cx.s(i - 1) == "the" && cx.near(i - 1) && cx.near(i + 1) && name_word(cx, i + 1))
    {
        return false;
    }
    let prose = |k: usize| {
        cx.is_word(k)
            && !cx.capitalised(k)
            && cx.s(k).len() >= 4
            && !cx.is_any(
                k,
                &[
                    "with", "from", "into", "onto", "over", "than", "that", "upon", "about",
                    "after", "before", "under", "since", "until", "through", "during", "against",
                    "between", "without", "within",
                ],
            )
    };
    let mut k = i - 1;
    while k > 0 && i - k < 12 && !cx.sentence_start(k) {
        k -= 1;
        if prose(k) {
            return true;
        }
    }
    // "Fans of the Three Lions sang": the lower-case words may come after the name.
    let mut k = i + 1;
    while k < cx.len() && k - i < 12 && !cx.sentence_start(k) {
        if prose(k) {
            return true;
        }
        k += 1;
    }
    false
}

/// Plural nouns with no "s" that a count comes before in a title-case headline ("Storm Kills
/// Three People", "Fire Kills Two Children").
const PLURALS_WITHOUT_S: &[&str] = &[
    "people",
    "children",
    "men",
    "women",
    "police",
    "feet",
    "teeth",
    "mice",
    "geese",
    "sheep",
    "fish",
    "deer",
    "cattle",
    "aircraft",
    "personnel",
    "staff",
    "crew",
];

/// A word written with a capital and then lower-case letters ("War", not "WAR" or "war").
pub(super) fn title_word(cx: &Cx, k: usize) -> bool {
    let mut chars = cx.s(k).chars();
    cx.is_word(k)
        && chars.next().is_some_and(char::is_uppercase)
        && chars.all(|c| !c.is_uppercase())
}

/// "737s", "A380s": the plural of a model's name, not a count. Decades ("the 1990s", "in
/// their 30s") end in a zero and are read as dates and ages.
#[inline(never)]
pub(super) fn plural_of_a_name(cx: &Cx, n: &Num) -> bool {
    n.bare_digits
        && n.end == n.start + 1
        && cx.s(n.start).len() >= 3
        && !cx.s(n.start).ends_with('0')
        && cx.s(n.end) == "s"
        && cx.attached(n.end)
}

/// A word of a name: written in title case and no month or weekday ("War", "Stokes", not
/// "June" or "Monday").
pub(in crate::statistics) fn name_word(cx: &Cx, k: usize) -> bool {
    title_word(cx, k)
        && cx
            .word(k)
            .is_none_or(|w| w.month.is_none() && w.weekday.is_none())
}
