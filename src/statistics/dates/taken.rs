//! Whether a length of time after "in" is how long something took ("fell in 24 hours", "the
//! first rise in six months") rather than a time from now ("in two weeks").

use super::DatePhrase;
use crate::statistics::cursor::Cx;

/// Whether the "in" at `i` follows, within six words of its clause, a superlative, an ordinal
/// or a count of times: "the biggest fall in a decade", "the first rise in six months", "for
/// the second time in three months", "twice in 10 minutes", "the second quake of its size in
/// a week"; not past a word of a time to come ("the first store will open in two weeks").
pub(super) fn counted_over(cx: &Cx, i: usize) -> bool {
    let mut k = i;
    while k > 0 && i - k < 6 {
        k -= 1;
        if !cx.is_word(k) || cx.is_any(k, TO_COME) {
            return false;
        }
        let w = cx.lower(k);
        let w = w.as_str();
        let superlative = w.len() >= 6 && w.ends_with("est") || matches!(w, "best" | "worst");
        if superlative
            || matches!(w, "time" | "times" | "twice" | "once")
            || cx.word(k).is_some_and(|e| e.ordinal.is_some())
        {
            return true;
        }
    }
    false
}

/// Whether the length of time after the "in" at `i` is how long something took, not a time
/// from now: after a verb in the past ("80mm of rain fell in 24 hours", "was completed in
/// three years", "sold out in two hours"; not "will be completed in three years"), or a time
/// of several units such as a race's ("won in 30min 12.45sec", "in 2 hours 5 minutes"), or
/// after a figure ("charges to 50% in 15 minutes").
pub(super) fn taken_in(cx: &Cx, i: usize, d: &DatePhrase) -> bool {
    let units = (d.start..d.end)
        // Not a fraction's word: "in three-quarters of an hour" is one unit.
        .filter(|&k| cx.word(k).is_some_and(|w| w.time_unit.is_some()) && !cx.is(k + 1, "of"))
        .count();
    if units >= 2 {
        return true;
    }
    if after_level_reached(cx, i) || super::change_rate::after_change_amount(cx, i) {
        return true;
    }
    // The verb may be followed by its particle or by the figure it changed: "sold out in two
    // hours", "rose 5% in a year", "fell by 3 per cent in a month".
    let mut v = i;
    let mut figure = false;
    loop {
        if v == 0 || !cx.near(v) || i - v > 7 {
            return false;
        }
        v -= 1;
        // A decimal point or a thousands comma inside the figure; not a sentence's stop.
        let inside_figure = cx.is_any(v, &[".", ","]) && cx.is_digits(v + 1);
        // "fallen by two-thirds in five years", "cut by a fifth in a year".
        let number_word = cx.word(v).is_some_and(|w| {
            w.unit.is_some()
                || w.ten.is_some()
                || w.plural_fraction.is_some()
                || w.ordinal.is_some()
        }) || cx.is_any(v, &["-", "a", "half"]) && cx.attached(v + 1)
            // "risen by nearly half in three years", "cut by about a quarter in a year".
            || cx.is_any(v, &["half", "quarter"])
            || cx.is_any(v, APPROXIMATE);
        let skipped = cx.is_digits(v)
            || inside_figure
            || super::change_rate::currency_symbol(cx, v)
            || number_word
            || cx.is_any(
                v,
                &[
                    "out", "up", "down", "off", "away", "back", "by", "%", "per", "cent",
                    "percent", "points",
                ],
            );
        if !skipped {
            break;
        }
        figure |= cx.is_any(v, &["%", "cent", "percent", "points"]);
    }
    // "charges to 50% in 15 minutes", "grew 3% in a year": the time a change took (not "meet
    // at 9 in two weeks").
    if figure {
        return true;
    }
    if !cx.is_word(v) {
        return false;
    }
    if becoming(cx, v) {
        return true;
    }
    // "103mm of rain fell on Cardiff in 24 hours", "the storm swept across North Wales in six
    // hours": where it happened between the verb and "in".
    let v = before_a_place(cx, v);
    // "ran the 100m in 9.58 seconds", "completed the course in 3 hours": the verb's object
    // between it and "in".
    let object_verb = verb_before_object(cx, v);
    let v = object_verb.map_or(v, |(v, _)| v);
    let verb = cx.lower(v);
    // "set three world records in five days": the object counted.
    let counted = object_verb.is_some_and(|(_, counted)| counted);
    let done = in_the_past(verb.as_str()) || counted && participle_done(verb.as_str());
    if !done || order_at(cx, v, verb.as_str()) {
        return false;
    }
    // "promised the report in three weeks": the object is still to come. "set" looks ahead
    // with a date or a target ("set the date", "set a deadline"), not with a count of what was
    // set ("set three world records in five days").
    if object_verb.is_some()
        && LOOKING_AHEAD.contains(&verb.as_str())
        && !(counted && verb.as_str() == "set")
    {
        return false;
    }
    // "will be completed in", "is expected in", "to be finished in", "will have gone in": a
    // time still to come.
    let aux = v.checked_sub(1);
    let perfect = aux.is_some_and(|a| cx.is(a, "have") && a > 0 && cx.is_any(a - 1, TO_COME));
    !(aux.is_some_and(|a| cx.is_any(a, TO_COME)) || perfect)
}

/// Whether the "in" at `i` follows the level a past change reached: "more than doubled to 1.2
/// gigawatts in five years", "climbed to 40,000 in a decade", "fell to £3bn in a year" (a
/// figure after "to", perhaps with one word of its unit after it, "to" after a past verb): the
/// time the change took. Not "will rise to 5 GW in two years", "agreed to 5 in".
fn after_level_reached(cx: &Cx, i: usize) -> bool {
    let mut k = i;
    let mut digits = false;
    let mut words = 0;
    while k > 0 && i - k < 7 && cx.near(k) {
        k -= 1;
        if cx.is(k, "to") {
            return digits && k > 0 && cx.near(k) && in_the_past(cx.lower(k - 1).as_str());
        }
        if cx.is_digits(k) {
            digits = true;
        } else if cx.is_word(k) {
            words += 1;
            if words > 1 || digits {
                return false;
            }
        } else if !cx.is_any(k, &[".", ",", "%", "£", "$", "€"]) {
            return false;
        }
    }
    false
}

/// Words before a verb that make its time one still to come.
const TO_COME: &[&str] = &[
    "be", "is", "are", "am", "will", "would", "could", "should", "may", "might", "must", "to",
    "being", "can", "cannot", "shall", "ll",
];

/// Past verbs whose object is still to come: "promised the report in three weeks".
const LOOKING_AHEAD: &[&str] = &[
    "promised",
    "pledged",
    "vowed",
    "announced",
    "planned",
    "scheduled",
    "expected",
    "predicted",
    "forecast",
    "ordered",
    "demanded",
    "asked",
    "urged",
    "wanted",
    "needed",
    "set",
    "said",
    "told",
    "proposed",
    "offered",
    "threatened",
    "booked",
    "delayed",
    "postponed",
];

/// Words of an estimate before a figure, between a verb and the figure it changed ("risen by
/// nearly half", "received more than 600mm").
const APPROXIMATE: &[&str] = &[
    "nearly", "almost", "about", "around", "roughly", "some", "just", "than", "more", "less",
];

/// The verb before a figure's bound words at `v` ("received more than 600mm", "recorded over
/// 20cm": the verb).
fn before_bound(cx: &Cx, v: usize) -> usize {
    let mut v = v;
    for _ in 0..2 {
        if v > 0 && cx.near(v) && (cx.is_any(v, APPROXIMATE) || cx.is_any(v, &["over", "under"])) {
            v -= 1;
        }
    }
    v
}

/// The words that open a verb's object: "ran the 100m", "swam a length", "broke his record".
const OBJECT_OPENERS: &[&str] = &["the", "a", "an", "his", "her", "their", "its", "our", "my"];

/// Where the verb of an object ending at `last` stands: an opener or a figure then at most
/// three words ("completed the course", "won the 10,000m final", "recorded 18 inches of rain",
/// "set three world records"), none of them a word of a time to come
/// ("said the plant would close in two years" is no time taken), and whether a figure opens
/// the object. `None` when there is none.
fn verb_before_object(cx: &Cx, last: usize) -> Option<(usize, bool)> {
    let mut k = last;
    let mut words = 0;
    loop {
        if !cx.near(k) {
            return None;
        }
        if cx.is_any(k, OBJECT_OPENERS) {
            return k
                .checked_sub(1)
                .filter(|&v| cx.is_word(v))
                .map(|v| (v, false));
        }
        // "beat three rivals", "set two British records": a number word opens the object
        // right after its verb, as digits do below.
        let number_word = cx
            .word(k)
            .is_some_and(|w| w.unit.is_some_and(|u| u >= 2) || w.ten.is_some());
        if number_word
            && k > 0
            && cx.near(k)
            && cx.is_word(k - 1)
            && !cx.is_any(k - 1, OBJECT_OPENERS)
        {
            return Some((k - 1, true));
        }
        if cx.is_word(k) {
            words += 1;
            if words > 3 || cx.is_any(k, TO_COME) {
                return None;
            }
        } else if !(cx.is_digits(k) || cx.is_any(k, &[",", "."]) && cx.is_digits(k + 1)) {
            return None;
        } else if cx.is_digits(k)
            && k > 0
            && cx.near(k)
            && cx.is_word(k - 1)
            && !cx.is_any(k - 1, OBJECT_OPENERS)
        {
            // "recorded 18 inches of rain", "sold 2,000 copies": an object that a figure
            // opens, right after its verb (or after its bound: "received more than 600mm").
            let v = before_bound(cx, k - 1);
            return cx.is_word(v).then_some((v, true));
        }
        k = k.checked_sub(1)?;
    }
}

/// A participle in "-ing" whose counted object took the length after it: "scoring two goals
/// in six minutes", "taking three wickets in 10 balls" (the time a deed took, as after a past
/// verb). Not a word that only looks like one ("morning", "during") nor a verb that looks
/// ahead ("planning three stores in two years").
fn participle_done(w: &str) -> bool {
    w.len() >= 6
        && w.ends_with("ing")
        && !matches!(
            w,
            "morning"
                | "evening"
                | "during"
                | "nothing"
                | "something"
                | "everything"
                | "anything"
                | "planning"
                | "promising"
                | "pledging"
                | "expecting"
                | "proposing"
                | "offering"
                | "threatening"
                | "aiming"
                | "hoping"
                | "seeking"
                | "targeting"
                | "opening"
                | "launching"
                | "adding"
                | "creating"
                | "building"
                | "hiring"
                | "cutting"
        )
}

/// A verb's past form: a regular one ("completed", "finished") or a common irregular one
/// ("fell", "won", "sold"). Words in "-eed" are not ("need", "speed", "exceed").
fn in_the_past(w: &str) -> bool {
    let regular = w.len() >= 5
        && w.ends_with("ed")
        && !w.ends_with("eed")
        && !matches!(
            w,
            "hundred" | "sacred" | "kindred" | "naked" | "wicked" | "rugged"
        );
    regular
        || matches!(
            w,
            "fell"
                | "fallen"
                | "risen"
                | "grown"
                | "shrunk"
                | "taken"
                | "driven"
                | "flown"
                | "gone"
                | "done"
                | "given"
                | "shown"
                | "thrown"
                | "written"
                | "broken"
                | "sunk"
                | "rose"
                | "grew"
                | "won"
                | "ran"
                | "swam"
                | "rode"
                | "drove"
                | "flew"
                | "sold"
                | "took"
                | "came"
                | "went"
                | "did"
                | "made"
                | "built"
                | "spent"
                | "paid"
                | "lost"
                | "broke"
                | "beat"
                | "wrote"
                | "brought"
                | "bought"
                | "caught"
                | "sank"
                | "shrank"
                | "fled"
                | "left"
                | "met"
                | "hit"
                | "set"
                | "swept"
                | "became"
                | "began"
                | "found"
                | "got"
                | "gave"
                | "held"
                | "kept"
                | "led"
                | "sped"
                | "spread"
                | "threw"
                | "wore"
        )
        || PRESENT_LOOKING.contains(&w)
}

/// Past forms written as the present: read as past after a word of their clause that is no
/// word of a time to come ("the chain shut 40 stores in a year"; not "will shut", "plans to
/// cut", nor an order opening its sentence, "Cut the onions in a minute").
const PRESENT_LOOKING: &[&str] = &[
    "shut", "cut", "put", "shed", "split", "quit", "cast", "burst",
];

/// Whether the verb at `v` is written as its present and opens its clause (an order).
fn order_at(cx: &Cx, v: usize, verb: &str) -> bool {
    PRESENT_LOOKING.contains(&verb) && !(v > 0 && cx.near(v) && cx.is_word(v - 1))
}

/// Verbs of becoming, before a comparative: the change of a state.
const BECOMING: &[&str] = &[
    "get", "gets", "got", "getting", "grow", "grows", "grew", "growing", "become", "becomes",
    "became", "becoming",
];

/// Whether the word at `v`, before "in" and a length, ends a change of state: a comparative
/// after a verb of becoming ("get richer in a year", "grew stronger in a decade", "became more
/// popular in a month"): the time the change took, not a time from now. Not "get in a year"
/// (no comparative), nor "a bigger in a year" (no verb).
fn becoming(cx: &Cx, v: usize) -> bool {
    let comparative = cx.lower(v).as_str().ends_with("er") && v > 0 && cx.is_any(v - 1, BECOMING);
    let with_more = v > 1 && cx.is_any(v - 1, &["more", "less"]) && cx.is_any(v - 2, BECOMING);
    comparative || with_more
}

/// The token before a place the words up to `v` name: a preposition of place and one to three
/// capitalised words ("on Cardiff", "across North Wales"), not a sentence's first word; `v`
/// when there is none.
fn before_a_place(cx: &Cx, v: usize) -> usize {
    let mut k = v;
    while v - k < 3 && k > 0 && cx.near(k) && cx.capitalised(k) && !cx.sentence_start(k) {
        k -= 1;
    }
    // "on parts of Monmouthshire", "across much of Wales", "over large parts of Scotland": a
    // part of the place (branch `newsfigs36`).
    if k < v && k > 2 && cx.is(k, "of") && cx.is_any(k - 1, PARTS_OF_A_PLACE) && cx.near(k - 1) {
        k -= 2;
        if cx.is_any(k, &["large", "many", "the", "other"]) && cx.near(k + 1) {
            k -= 1;
        }
    }
    let place = k < v
        && k > 0
        && cx.near(k)
        && cx.is_any(
            k,
            &[
                "on", "over", "across", "at", "near", "around", "in", "into", "onto", "off",
            ],
        );
    if place {
        k - 1
    } else {
        v
    }
}

/// Words naming a part of a place before "of" and its name: "parts of Wales".
const PARTS_OF_A_PLACE: &[&str] = &["parts", "part", "much", "most", "areas", "swathes", "rest"];
