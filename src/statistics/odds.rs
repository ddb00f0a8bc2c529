//! Betting odds written with a slash: "the 4/6 favourites", "Liverpool at 8/1", "a 33/1
//! shot", "odds of 5/2". In a sentence about betting two numbers joined by a slash are a price,
//! no day ("7/4" is no 4 July, "9/2" no 2 September): the date grammar turns them away, and the
//! number grammar reads them as it reads "3/4", the first number over the second ("7/4" 1.75,
//! "8/1" 8) though it is larger.

use crate::statistics::cursor::Cx;

/// Words that make a sentence one about betting.
const BETTING: &[&str] = &[
    "odds",
    "favourite",
    "favourites",
    "favorite",
    "favorites",
    "bookmaker",
    "bookmakers",
    "bookies",
    "punter",
    "punters",
    "shot",
    "outsider",
    "outsiders",
    "bet",
    "bets",
    "betting",
    "backed",
];

/// How many tokens before the numbers, and after them, a word of [`BETTING`] is looked for.
const BEFORE: usize = 24;
const AFTER: usize = 4;

/// Whether the numbers joined by a slash at tokens `i..j` are betting odds: a word of
/// [`BETTING`] up to [`BEFORE`] tokens before them or [`AFTER`] after, in their sentence.
pub(super) fn odds(cx: &Cx, i: usize, j: usize) -> bool {
    let mut k = i;
    while k > 0 && i - k < BEFORE && !cx.sentence_start(k) {
        k -= 1;
        if cx.is_any(k, BETTING) {
            return true;
        }
    }
    (j..(j + AFTER).min(cx.len()))
        .take_while(|&k| !cx.sentence_start(k))
        .any(|k| cx.is_any(k, BETTING))
}
