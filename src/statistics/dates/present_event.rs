//! A bare weekday after a present verb of a fixture or a vote: "Voters go to the polls on
//! Thursday", "Arsenal face Chelsea on Sunday", "the council meets on Monday", "England play
//! Wales Saturday", "Game 1 is on Thursday". News writes past events in the past tense, so the
//! present here announces the coming day, resolved on or after the dateline (`ahead::mark`).
//! Verbs of a start or an end ("opens Tuesday 10-6") stay habitual, as `ahead.rs` keeps them.

use crate::statistics::cursor::Cx;

/// Present verbs of a vote or a meeting, right before "on" and the weekday.
const MEETS: &[&str] = &["vote", "votes", "meet", "meets", "convene", "convenes"];

/// Present verbs of a fixture, before the side met and "on" ("face Chelsea on Sunday").
const FIXTURES: &[&str] = &[
    "face", "faces", "play", "plays", "host", "hosts", "visit", "visits",
];

/// Whether a present verb of an event to come stands before the weekday at `start`.
pub(super) fn present_event(cx: &Cx, start: usize) -> bool {
    if start < 3 {
        return false;
    }
    let p = if cx.is(start - 1, "on") {
        start - 1
    } else {
        start
    };
    // "go to the polls (on) Thursday", "heads to the polls".
    if p >= 4 && cx.is(p - 1, "polls") && cx.is(p - 2, "the") && cx.is(p - 3, "to") {
        return cx.is_any(p - 4, &["go", "goes", "head", "heads"]);
    }
    if cx.is_any(p - 1, MEETS) && !cx.capitalised(p - 1) {
        return true;
    }
    // "Game 1 is on Thursday", "the hearings are on Monday": an event's day, said in the
    // present, is to come (a past one is "was on").
    if p < start && cx.is_any(p - 1, &["is", "are"]) {
        return true;
    }
    // "face Chelsea", "play Wales", "host Real Madrid": one to three capitalised words, the
    // side met, between the verb and the day.
    let mut k = p - 1;
    let mut names = 0;
    while names < 3 && k > 0 && cx.is_word(k) && cx.capitalised(k) && !cx.sentence_start(k) {
        names += 1;
        k -= 1;
    }
    names > 0 && cx.is_any(k, FIXTURES) && !cx.capitalised(k)
}

/// Whether a day and month, or a holiday, at tokens `start..end` is announced as to come by
/// its clause: "the vote is on 3 March", "Diwali is on 20 October" ("is" or "are" before
/// "on": a past one is "was on"), "services on New Year's Eve will finish early", "the hearing
/// on 3 March will decide" (the date after "on" in the subject, "will" right after it).
pub(super) fn day_to_come(cx: &Cx, start: usize, end: usize) -> bool {
    if start < 2 || !cx.is(start - 1, "on") {
        return false;
    }
    cx.is_any(start - 2, &["is", "are"]) || cx.near(end) && cx.is_any(end, &["will", "shall"])
}
