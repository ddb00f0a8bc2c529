//! Changes and comparisons around a figure: "rose 13 per cent", "a 13 per cent increase
//! compared with the same month last year", "falling by 90 per cent since …", "up from 1,100",
//! "more than double the number from the previous year".

mod baseline;
mod words;

use super::cursor::Cx;
use super::detail::{Change, ChangeBy, Direction};
use super::tokens::Gap;
use super::Found;
use baseline::{a_date_at, baseline, clause_end, measured_over, past_when_of_level};
use words::{direction_at, stepped_over, verb_before_object, CHANGE_NOUNS, UP_DOWN};

/// A fraction written as words or a fraction sign ("a third", "two fifths", "half", "¾"):
/// no digit in it and a value between 0 and 1.
fn share_in_words(cx: &Cx, f: &Found) -> bool {
    f.detail.value_of().is_some_and(|v| v > 0.0 && v < 1.0)
        && !cx
            .text
            .get(cx.span(f.start(), f.end()))
            .is_none_or(|t| t.bytes().any(|b| b.is_ascii_digit()))
}

/// "lost eight of their nine games", "won 3 of the 5 races", "cut 40 of its 200 stores": a
/// count of a whole counted after "of" (with "the" or a possessive between), a part, not the
/// size of a change.
#[inline(never)]
fn part_of_whole(cx: &Cx, f: &Found) -> bool {
    let e = f.end();
    if !(f.kind == "CARDINAL" && cx.is(e, "of") && cx.near(e) && cx.near(e + 1)) {
        return false;
    }
    let k = if cx.is_any(
        e + 1,
        &[
            "the", "their", "its", "his", "her", "our", "my", "your", "those", "these",
        ],
    ) && cx.near(e + 2)
    {
        e + 2
    } else {
        e + 1
    };
    cx.is_digits(k)
        || cx
            .word(k)
            .is_some_and(|w| w.unit.is_some() || w.ten.is_some())
}

pub fn apply(cx: &Cx, found: &mut [Found]) {
    for f in found.iter_mut() {
        // A score is the result itself: "lost 1-2" changes nothing by 1 or 2; "five-year-olds
        // fell" names people, no level.
        let people = cx.is(f.end().saturating_sub(1), "olds");
        if f.dated || f.kind == "ORDINAL" || f.detail.extra().score.is_some() || people {
            continue;
        }
        let factor = f.detail.unit() == Some("×");
        let mut direction = None;
        let mut level = false;
        let mut after = f.end();
        // Before: "rose 13%", "rose by 13%", "falling by 90 per cent", "up 5%", "rose to 13%".
        let mut k = f.start();
        let mut steps = 0;
        let mut saw_by = false;
        // Five words back at most: "risen by an average of 9.2%".
        while k > 0 && steps < 5 {
            k -= 1;
            steps += 1;
            if cx.gap(k + 1) > Gap::Space {
                break;
            }
            saw_by |= cx.is(k, "by");
            if stepped_over(cx, k) {
                continue;
            }
            if cx.is(k, "to") {
                level = true;
                continue;
            }
            // "buy back up to $10bn", "gusts of up to 93mph", "up to about 10,000": "up to" is a
            // rise only after a verb that takes the particle ("ticked up to 3.9%").
            if cx.is(k, "up")
                && cx.is(k + 1, "to")
                && !(k > 0 && super::qualifiers::rises_with_up(cx, k - 1))
            {
                break;
            }
            direction = direction_at(cx, k);
            break;
        }
        // "raise council tax by 4.99%", "cut spending by $1.5 trillion", "reduce emissions by
        // 40%": the verb, then what it changes, then "by" and the amount.
        if direction.is_none() && saw_by {
            direction = verb_before_object(cx, k);
        }
        if cx.is(f.start().wrapping_sub(1), "more") && !factor || part_of_whole(cx, f) {
            direction = None;
        }
        let percent = matches!(f.detail.unit(), Some("%" | "pp"));
        // "5% below 2019 levels", "12% above the average": the baseline follows at once.
        let mut measured_against = false;
        let mut noun_of_change = false;
        // "a 5.5% pay rise", "a 10% price cut", "a 3% rent increase": one noun before the
        // change's own noun.
        if direction.is_none()
            && !factor
            && f.start() > 0
            && cx.is_any(f.start() - 1, &["a", "an", "the", "its", "their"])
            && cx.near(after)
            && cx.is_word(after)
            && cx.near(after + 1)
            && cx.is_any(after + 1, CHANGE_NOUNS)
            && direction_at(cx, after).is_none()
        {
            after += 1;
            noun_of_change = true;
        }
        // After: "a 13 per cent increase", "13% higher", "13% down on", "29% more than".
        if (direction.is_none() || factor) && cx.near(after) {
            if let Some(d) = direction_at(cx, after) {
                // "29% more than a year earlier", "a quarter more than in 2023".
                let compared = (percent || f.kind == "CARDINAL" && share_in_words(cx, f))
                    && cx.is_any(after, &["more", "less", "fewer"])
                    && cx.is(after + 1, "than");
                // A word that after a figure opens something else, unless a noun of change
                // was read ("a 10% price cut").
                let other = cx.is_any(
                    after,
                    &[
                        "more", "less", "fewer", "up", "down", "cut", "double", "twice",
                    ],
                ) && !noun_of_change;
                if !factor && !other
                    || cx.is_any(after, UP_DOWN) && cx.is(after + 1, "on")
                    || compared
                {
                    direction = Some(d);
                    after += 1;
                }
            } else if percent && !factor && cx.is_any(after, &["below", "above"]) {
                direction = Some(if cx.is(after, "above") {
                    Direction::Up
                } else {
                    Direction::Down
                });
                after += 1;
                measured_against = true;
            }
        }
        if factor {
            let fv = f.detail.value_of().unwrap_or(1.0);
            direction = Some(if fv >= 1.0 {
                Direction::Up
            } else {
                Direction::Down
            });
        }
        // "1,420 patients, up from 1,100": the figure is the new level, the one after the
        // baseline; what it counts and when ("6.4% of burglaries last year, down from 9%")
        // and a comma right before "up"/"down" may sit between.
        let mut look = after;
        while look < after + 6
            && cx.near(look)
            && (cx.is_word(look) && !cx.is_any(look, UP_DOWN)
                || cx.is(look, ",") && cx.is_any(look + 1, UP_DOWN))
        {
            look += 1;
        }
        let up_from = cx.near(look) && cx.is_any(look, UP_DOWN) && cx.is(look + 1, "from");
        if up_from {
            direction = Some(if cx.is(look, "up") {
                Direction::Up
            } else {
                Direction::Down
            });
            after = look;
        }
        let Some(direction) = direction else { continue };
        let (magnitude, by) = if factor {
            (f.detail.value_of(), Some(ChangeBy::Factor))
        } else if level {
            (None, None)
        } else {
            match f.detail.unit() {
                Some("%") => (f.detail.value_of(), Some(ChangeBy::Relative)),
                Some("pp") => (f.detail.value_of(), Some(ChangeBy::Points)),
                // "fell by a third", "up by half": a share of the old value, in per cent.
                None if f.kind == "CARDINAL" && share_in_words(cx, f) => (
                    f.detail.value_of().map(|v| v * 100.0),
                    Some(ChangeBy::Relative),
                ),
                _ => (f.detail.value_of(), Some(ChangeBy::Absolute)),
            }
        };
        let mut change = Change {
            direction,
            magnitude,
            by,
            baseline: None,
            baseline_start: None,
            baseline_end: None,
        };
        // "up from 1,100": the figure before is the new level, the one after the baseline.
        let mut b = after;
        if up_from {
            change.magnitude = None;
            change.by = None;
            b += 1;
        }
        let found = if measured_against {
            let end = clause_end(cx, b);
            (end > b).then_some((b, end))
        } else if level {
            // "eased to 7.9% in June from 8.7% in May", "fell to 121 seats from 372": the
            // level's time or counted noun, then the old level.
            // "eased to 3.2% over the 12 months to March, from 3.4%", "rose to 4.4% in the
            // three months to June from 4.2%": the period the level is measured over, then
            // the old level.
            if let Some(e) = measured_over(cx, b) {
                let k = if cx.is(e, ",") { e + 1 } else { e };
                baseline(cx, k).filter(|_| cx.is(k, "from"))
            } else {
                baseline(cx, b).or_else(|| baseline(cx, past_when_of_level(cx, b)?))
            }
        } else {
            baseline(cx, b)
        };
        // "will rise to £9,535 a year from September 2025": a rate from a date on, not a
        // change measured against that date.
        let found = found.filter(|&(s, _)| {
            !(f.detail.extra().per.is_some()
                && cx.is(s.wrapping_sub(1), "from")
                && a_date_at(cx, s))
        });
        if let Some((s, e)) = found {
            let span = cx.span(s, e);
            change.baseline = cx.text.get(span.clone()).map(str::to_string);
            change.baseline_start = Some(span.start);
            change.baseline_end = Some(span.end);
        }
        f.detail.extra_mut().change = Some(Box::new(change));
    }
}

/// Whether a change is stated right before the figure at `start`: "rose $2bn", "raised by
/// $2bn". Its "to" then gives the new level ("rose $2bn to $18bn"), not the end of a range.
pub(super) fn stated_before(cx: &Cx, start: usize) -> bool {
    start > 0
        && cx.near(start)
        && (cx.is(start - 1, "by")
            || cx.is_word(start - 1) && direction_at(cx, start - 1).is_some())
}
