//! A quarter of a game: "Brunson scored 41 points, 17 of them in the fourth quarter", "trailed
//! by 12 in the third quarter". An ordinal quarter with no year, in a sentence that speaks of
//! scoring, is the game's: its ordinal is a rank (ORDINAL), no quarter of a year. A quarter of
//! the year sits among results ("profit rose 8% in the third quarter"), which no word of
//! scoring does; "points" alone is no cue (an index's points: "the Dow lost 600 points in the
//! fourth quarter").

use crate::statistics::cursor::Cx;

/// Words of scoring in a game.
const SCORING: &[&str] = &[
    "scored",
    "scoring",
    "scores",
    "touchdown",
    "touchdowns",
    "rebounds",
    "assists",
    "trailed",
    "trailing",
    "interception",
    "interceptions",
    "quarterback",
    "buzzer",
];

/// How many tokens before and after the ordinal at `k` are searched, within its sentence.
const BEFORE: usize = 16;
const AFTER: usize = 10;

/// Whether the sentence around the quarter's ordinal at `k` speaks of scoring in a game.
pub(super) fn of_a_game(cx: &Cx, k: usize) -> bool {
    let mut j = k;
    while j > 0 && k - j < BEFORE && !cx.sentence_start(j) {
        j -= 1;
        if cx.is_any(j, SCORING) {
            return true;
        }
    }
    let end = (k + AFTER).min(cx.len());
    (k + 1..end)
        .take_while(|&j| !cx.sentence_start(j))
        .any(|j| cx.is_any(j, SCORING))
}
