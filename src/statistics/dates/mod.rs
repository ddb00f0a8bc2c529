//! DATE, TIME and DURATION phrases: atoms ("August 2022", "Thursday", "2.15pm", "three
//! years", "last year") joined into phrases ("tomorrow 8am", "Friday 7/6", "next week
//! Wednesday") and ranges ("between 2014 and 2018", "from 10/1 to 11/7", "5 to 6pm").

mod absolute;
pub(super) mod ahead;
mod change_rate;
mod closest;
mod compact;
mod day_hours;
mod daylight;
mod digit_gate;
mod duration_anchor;
mod duration_counts;
mod durations;
mod first_months;
mod holiday_seconds;
mod holidays;
pub(super) use holidays::moving_day;
mod join;
mod month_period;
mod name_after;
mod named_days;
mod named_times;
mod nth_last;
mod part_hour;
mod parts;
mod present_event;
mod ranges;
mod relative;
mod rough;
mod sets;
mod spoken;
mod taken;
mod times;
mod word_after_gate;

use super::calendar::When;
use super::cursor::Cx;
use super::lexicon::TimeUnit;
use super::lower::LowerToken;
use super::tokens::Kind;
use crate::statistics::words::{DATE_RANGE_JOINS, PERCENT_WORDS, RANGE_DASHES};
pub(super) use absolute::NAMED_YEAR_KINDS;
pub(super) use daylight::{TIMED_WORDS, TIME_WORDS};
use duration_anchor::duration_anchor;
pub(super) use duration_counts::modifier_then_unit;
use durations::duration;
pub(super) use durations::unit_long_at;
pub(super) use durations::OPENING_WORDS as DURATION_OPENING_WORDS;
pub(super) use holidays::may_open as holiday_may_open;
pub(super) use holidays::HOLIDAY_OPENERS;
use join::phrase;
use ranges::{bare_hour_time, range_from, range_from_bare, range_tail};
use taken::{counted_over, taken_in};
pub(crate) use times::is_zone;
use times::part_of_day;
pub(super) use times::IN_PARTS_OF_DAY;
pub(super) use word_after_gate::no_date_at;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cat {
    Date,
    Time,
    Duration,
}

/// A date/time phrase found at tokens `start..end`.
#[derive(Debug, Clone)]
pub struct DatePhrase {
    pub start: usize,
    pub end: usize,
    pub cat: Cat,
    pub when: When,
    /// A time of day (hour, minute) when the phrase gives one.
    pub time: Option<(u8, u8)>,
    /// ISO duration for durations.
    pub duration: Option<String>,
    pub qualifier: Option<&'static str>,
    /// Set for a range: the phrase's second half.
    pub until: Option<When>,
    /// The time of day of a range's second half ("between 9 and 11 am": 11:00).
    pub until_time: Option<(u8, u8)>,
    /// Counted from the story's own time, not the dateline: "the following year", "the
    /// previous month", "later that year" (see [`super::calendar::Anchor`]).
    pub from_anchor: FromAnchor,
    /// How long a time that starts at the phrase lasts ("from 4pm for 30 minutes", "3 days
    /// starting next Monday"): an ISO 8601 duration, written after the start ("…/PT30M").
    pub lasting: Option<Box<str>>,
    /// A duration between two counts of one unit ("four to six years"): (min, max, unit).
    /// Boxed: rare, and every date of a text keeps its phrase until the dates are resolved.
    pub count_between: Option<Box<(f64, f64, TimeUnit)>>,
    /// Its clause announces what is to come ("scheduled for Feb. 14"): a day or month without
    /// its year resolves forward from the dateline ([`ahead`]).
    pub ahead: bool,
    /// A length counted from the dateline: −1 "two weeks ago", +1 "in two weeks", "3 days
    /// from now"; 0 otherwise.
    pub shift: i8,
}

/// Whether a relative date counts from the last date the text wrote out (the anchor).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FromAnchor {
    /// From the dateline: "next year", "last week".
    #[default]
    No,
    /// From the anchor, or from the dateline when there is none: "the following year".
    OrDateline,
    /// From the anchor only: "that year" names no time of its own.
    Only,
}

impl DatePhrase {
    fn new(start: usize, end: usize, cat: Cat, when: When) -> DatePhrase {
        DatePhrase {
            start,
            end,
            cat,
            when,
            time: None,
            duration: None,
            qualifier: None,
            until: None,
            until_time: None,
            from_anchor: FromAnchor::No,
            lasting: None,
            count_between: None,
            ahead: false,
            shift: 0,
        }
    }
}

const PREFIXES: &[(&[&str], &str)] = &[
    (&["no", "later", "than"], "no later than"),
    (&["not", "later", "than"], "no later than"),
    (&["later", "than"], "after"),
    (&["earlier", "than"], "before"),
    (&["as", "early", "as"], "as early as"),
    (&["as", "late", "as"], "as late as"),
    (&["starting", "on"], "from"),
    (&["starting", "from"], "from"),
    (&["beginning", "on"], "from"),
    (&["starting"], "from"),
    (&["since"], "since"),
    (&["after"], "after"),
    (&["before"], "before"),
    (&["until"], "until"),
    (&["till"], "until"),
    // Spellings of "until" in posts: "til 10pm", "untill Friday".
    (&["til"], "until"),
    (&["untill"], "until"),
    // "runs through 2026": up to and including.
    (&["through"], "until"),
    (&["around"], "about"),
    (&["circa"], "about"),
    (&["within"], "within"),
];

/// Parses a date/time phrase that starts exactly at token `i`.
pub fn parse(cx: &Cx, i: usize) -> Option<DatePhrase> {
    // Each step changes the phrase where it lies (passed by value from step to step, it was
    // copied at each).
    let mut p = parse_core(cx, i).or_else(|| named_days::named_day_of_year(cx, i))?;
    day_hours::hours_after_day(cx, &mut p);
    day_hours::from_hours_after_day(cx, &mut p);
    rough::ish_after(cx, &mut p);
    open_end(cx, &mut p);
    day_after_time(cx, &mut p);
    lasting(cx, &mut p);
    month_period::months_of_period(cx, &mut p);
    ahead::mark(cx, &mut p);
    Some(p)
}

/// "from 4pm for thirty minutes", "starting 18 Dec for 10 days": a start, then how long what
/// starts then lasts, in one phrase. Only a start the text marks as one: in "met at 2pm for
/// 1 hr" or "jailed on Monday for 10 years" the length may be the verb's, and stays apart
/// (Recognizers-Text marks "2pm" and "1 hr" apart; branch `time27` tried joining a clock time
/// and hours, a day and days, and dropped it: see DESIGN.md); a duration measured from a
/// point ("for 3 days after that") is left alone too.
fn lasting(cx: &Cx, p: &mut DatePhrase) {
    let j = p.end;
    let marked = p.qualifier == Some("from") || p.start > 0 && cx.is(p.start - 1, "from");
    if !marked
        || p.cat == Cat::Duration
        || p.duration.is_some()
        || p.until.is_some()
        || !(cx.is(j, "for") && cx.near(j) && cx.near(j + 1))
    {
        return;
    }
    let Some(d) = duration(cx, j + 1).filter(|d| d.cat == Cat::Duration) else {
        return;
    };
    let measured = cx.near(d.end)
        && cx.is_any(
            d.end,
            &[
                "ago", "later", "earlier", "hence", "from", "before", "after", "since",
            ],
        );
    if measured {
        return;
    }
    p.end = d.end;
    p.lasting = d.duration.map(String::into_boxed_str);
    // "from 2pm for 7 hours" is a range with both ends: its "from" is inside, as in "from 2pm
    // to 4pm" and "starting 2pm for 7 hours".
    if p.qualifier.is_none() && p.start > 0 && cx.is(p.start - 1, "from") && cx.near(p.start) {
        p.start -= 1;
        p.qualifier = Some("from");
    }
}

/// "between 3 and 8 yesterday", "3 pm or later on Monday", "9:30 till 11:00 Thursday": a range
/// or bound of times, then the day it falls on.
fn day_after_time(cx: &Cx, p: &mut DatePhrase) {
    if p.cat != Cat::Time || p.qualifier.is_none() || !cx.near(p.end) {
        return;
    }
    let mut j = p.end;
    if cx.is(j, "on") && cx.near(j + 1) {
        j += 1;
    }
    let day = join::atom(cx, j).filter(|b| {
        (b.cat == Cat::Date || b.time.is_none() && matches!(b.when, When::DayOffset(_)))
            && b.when.is_one_day()
            // "9am-5pm Mon-Fri": a weekday opening a range of days is not the times' day.
            && !(matches!(b.when, When::Weekday { .. }) && cx.is_any(b.end, &["-", "–"]))
    });
    if let Some(b) = day {
        p.end = b.end;
        if matches!(p.when, When::Nothing) {
            p.when = b.when;
        }
    }
}

/// "2012 or later", "1/1/2016 and after": an open-ended range.
fn open_end(cx: &Cx, p: &mut DatePhrase) {
    let j = p.end;
    if matches!(p.cat, Cat::Date | Cat::Time)
        && cx.near(j)
        && cx.is_any(j, &["or", "and"])
        && cx.near(j + 1)
        && cx.is_any(j + 1, &["later", "earlier", "after", "before", "onwards"])
        && !(cx.near(j + 2)
            && cx.kind(j + 2) != Some(Kind::Punct)
            // "3 pm or later on Monday": the day follows.
            && !(p.time.is_some() && cx.is(j + 2, "on")))
    {
        p.end = j + 2;
        p.qualifier = Some(if cx.is_any(j + 1, &["earlier", "before"]) {
            "before"
        } else {
            "from"
        });
    } else if p.cat == Cat::Date && cx.near(j) && cx.is_any(j, &["onwards", "onward"]) {
        // "1928 onwards", "from May 2010 onward": an open range from the date.
        p.end = j + 1;
        p.qualifier = Some("from");
    } else if matches!(p.cat, Cat::Date | Cat::Time)
        && cx.near(j)
        && cx.is(j, "at")
        && cx.is(j + 1, "the")
        && cx.is_any(j + 2, &["latest", "earliest"])
        && cx.near(j + 1)
        && cx.near(j + 2)
    {
        // "by 6 pm at the latest", "on Monday at the earliest".
        p.end = j + 3;
        p.qualifier = Some(if cx.is(j + 2, "latest") {
            "no later than"
        } else {
            "from"
        });
    }
}

/// "till 5", "open until 11.": a bare clock hour (1 to 12) that ends its clause after "until"
/// is the time the state lasts to; a word after it other than a conjunction keeps it a count
/// ("until 5 people came"), and a larger number ("until 18", an age) is left alone.
fn hour_until(cx: &Cx, k: usize) -> Option<DatePhrase> {
    use crate::statistics::numbers::{self, Context};
    if let Some(p) = bare_hour_time(cx, k) {
        let e = p.end;
        let clause_ends = !cx.near(e)
            || cx
                .punct(e)
                .is_some_and(|b| matches!(b, b'.' | b',' | b';' | b'!' | b'?' | b')'));
        return (clause_ends && p.time.is_some_and(|(h, _)| clock_hour(f64::from(h)))).then_some(p);
    }
    // "until 5 and the bill", "till 6 but": a conjunction before no number opens the next
    // clause ("until 5 and 6 more" may count).
    let n =
        numbers::parse(cx, k, Context::Plain).filter(|n| n.start == k && clock_hour(n.value))?;
    let e = n.end;
    let conjunction = cx.near(e)
        && cx.is_any(
            e,
            &["and", "but", "then", "so", "because", "if", "when", "while"],
        )
        && !(cx.near(e + 1)
            && (cx.is_digits(e + 1)
                || cx
                    .word(e + 1)
                    .is_some_and(|w| w.unit.is_some() || w.ten.is_some())));
    if !conjunction {
        return None;
    }
    let mut p = DatePhrase::new(k, e, Cat::Time, When::Nothing);
    p.time = Some((n.value as u8, 0));
    Some(p)
}

/// A whole hour of a twelve-hour clock (1 to 12): what a bare number after "until" may be.
fn clock_hour(v: f64) -> bool {
    (1.0..=12.0).contains(&v) && v.fract() == 0.0
}

/// "from 2 till 5" (the bare hour at `k`, after "from"): the range of hours, the second one
/// as `hour_until` reads it (ending its clause), both as written.
fn hours_till(cx: &Cx, k: usize) -> Option<DatePhrase> {
    use crate::statistics::numbers::{self, Context};
    let a = numbers::parse(cx, k, Context::Plain).filter(|a| a.start == k && a.end == k + 1)?;
    let j = a.end;
    if !(cx.near(j) && cx.is_any(j, &["till", "until", "til", "untill"]) && cx.near(j + 1)) {
        return None;
    }
    let b = hour_until(cx, j + 1)?;
    let (bh, bm) = b.time?;
    if !clock_hour(a.value) {
        return None;
    }
    let h = a.value as u8;
    let mut r = b;
    r.start = k - 1;
    r.qualifier = Some("between");
    r.time = Some((h, 0));
    r.until = Some(r.when);
    r.until_time = Some((bh, bm));
    Some(r)
}

/// The words between "in" and a duration: "in about half an hour", "in roughly two weeks".
pub(super) const APPROXIMATELY: &[&str] = &["about", "around", "roughly", "approximately"];

fn parse_core(cx: &Cx, i: usize) -> Option<DatePhrase> {
    // "between A and B", "from A to B".
    if cx.is_any(i, &["between", "from"]) && cx.near(i + 1) {
        let and_word: &[&str] = if cx.is(i, "between") {
            // "between 9 to 10:30": "to" after "between" is common usage.
            &["and", "to", "-", "–", "~", "through"]
        } else {
            &[
                "to", "till", "until", "til", "untill", "through", "thru", "-", "–", "~",
            ]
        };
        // "between 3 and 10 June": two days of one month.
        if let Some(mut r) = day_range_before_month(cx, i + 1, and_word) {
            r.start = i;
            return Some(r);
        }
        if let Some(mut r) = range_from(cx, i + 1, and_word) {
            r.start = i;
            return Some(r);
        }
        if cx.is(i, "from") {
            // "from 2 till 5": two bare hours joined by "till" or "until", which no range of
            // counts is written with ("from 2 to 5" stays open to both readings).
            if let Some(r) = hours_till(cx, i + 1) {
                return Some(r);
            }
        }
    }
    // "since August", "after 2010", "no later than January 1, 2010", "within 5 minutes".
    let starter = cx.word(i).is_some_and(|w| w.starter);
    // A prefix's first word is token `i` itself: the lower-case token read once and compared
    // with each first word (as `is` would), the rest of a prefix read only when it matches.
    let first = if starter { cx.lower(i) } else { LowerToken("") };
    let opens = |words: &[&str]| words.first().is_some_and(|w| *w == first.as_str());
    // "midway through the first half", "halfway through the year": a point inside the period,
    // which is read alone (with its "the"), not "until" it.
    let inside = first.as_str() == "through"
        && i > 0
        && cx.near(i)
        && cx.is_any(i - 1, &["midway", "halfway", "partway", "way"]);
    for (words, qual) in PREFIXES
        .iter()
        .filter(|(words, _)| starter && !inside && opens(words))
    {
        let n = words.len();
        if (1..n).all(|k| cx.is(i + k, words[k]) && cx.near(i + k)) && cx.near(i + n) {
            let inner = if cx.is(i + n, "around") && cx.near(i + n + 1) {
                i + n + 1
            } else if matches!(*qual, "until" | "since")
                && cx.is(i + n, "at")
                && cx.is(i + n + 1, "least")
                && cx.near(i + n + 1)
                && cx.near(i + n + 2)
            {
                // "until at least next Wednesday", "since at least 2019": the date with its
                // bound, not the count 2019 "at least".
                i + n + 2
            } else {
                i + n
            };
            let bounded = inner == i + n + 2;
            let mut p = phrase(cx, inner)
                .or_else(|| year_after_bound(cx, inner).filter(|_| bounded))
                .or_else(|| {
                    range_from_bare(cx, inner, RANGE_DASHES)
                        .filter(|r| r.cat == Cat::Time && *qual == "about")
                })
                .or_else(|| bare_hour_time(cx, inner).filter(|_| *qual == "about"))
                .or_else(|| hour_until(cx, inner).filter(|_| *qual == "until"))?;
            if *qual == "within" && p.cat != Cat::Duration {
                return None;
            }
            if p.cat == Cat::Duration
                && (!matches!(*qual, "within" | "after" | "before") || durations::ends_long(cx, &p))
            {
                return None;
            }
            // "within 48 hours", "after six months": a bound before a length of time is its
            // `qualifier` and stays outside, as "up to 18 weeks" (the README's span
            // convention); a date's bound ("since 1999", "after 2010") is inside.
            if p.cat != Cat::Duration {
                p.start = i;
            }
            p.qualifier = Some(qual);
            if *qual == "after" {
                if let Some(r) = ranges::bounded_between(cx, &p, parse_core) {
                    return Some(r);
                }
            }
            if !ranges::joins_at(cx, p.end, DATE_RANGE_JOINS) {
                return Some(p);
            }
            if let Some(r) = range_tail(cx, p.clone(), DATE_RANGE_JOINS) {
                return Some(r);
            }
            return Some(p);
        }
    }
    // "more than 4 days", "less than 1 week": a bounded duration; not after a figure, whose
    // comparison it is ("29% more than a year earlier"). The look back is asked only where
    // the words are (it reads the tokens only; it had run at every date parsed).
    let after_figure = || i > 0 && figure_ends_before(cx, i);
    for (words, qual) in [
        (["more", "than"], "more than"),
        (["less", "than"], "less than"),
        (["fewer", "than"], "less than"),
    ] {
        if cx.is(i, words[0])
            && cx.is(i + 1, words[1])
            && cx.near(i + 1)
            && cx.near(i + 2)
            && !after_figure()
        {
            // "more than 500 years old" is an age, left to the figure grammar.
            if let Some(mut d) = duration(cx, i + 2).filter(|d| !cx.is(d.end, "old")) {
                d = duration_anchor(cx, d);
                d.start = i;
                d.qualifier = Some(qual);
                return Some(d);
            }
        }
    }
    // "in 5 minutes", "in two weeks": a time from now.
    if cx.is(i, "in") && cx.near(i + 1) {
        // "in about half an hour", "in roughly two weeks".
        let k = if cx.is_any(i + 1, APPROXIMATELY) && cx.near(i + 2) {
            i + 2
        } else {
            i + 1
        };
        if let Some(d) = duration(cx, k) {
            // "the highest level in 15 years", "the second cut in three months", "twice in
            // 10 minutes": the span a first, a most or a count is measured over, a length of
            // time read on its own, not a time from now.
            if counted_over(cx, i) || taken_in(cx, i, &d) || durations::ends_long(cx, &d) {
                return None;
            }
            if !cx.is_any(d.end, &["ago", "later", "earlier", "time"]) || time_after(cx, d.end) {
                let mut p = d;
                p.start = i;
                p.cat = Cat::Date;
                p.shift = 1;
                // "in three weeks time", "in two weeks' time", "in a month's time": "time"
                // inside, as "ago" is.
                if let Some(end) = time_word_end(cx, p.end) {
                    p.end = end;
                }
                // "in 3 days at 5pm": the day counted from now, then its time.
                return Some(part_hour::with_hour(cx, p));
            }
        }
        return part_of_day(cx, i).map(|p| part_hour::with_hour(cx, p));
    }
    if let Some(a) = phrase(cx, i) {
        // "9:30 till 11:00": times also join with "till" and "until".
        let joins: &[&str] = if a.time.is_some() {
            &[
                "-", "–", "to", "through", "thru", "~", "till", "until", "til", "untill",
            ]
        } else {
            DATE_RANGE_JOINS
        };
        if !ranges::joins_at(cx, a.end, joins) {
            // As the copy made for a range would be: a duration string no longer than its
            // text (every date keeps its phrase until the dates are resolved, and the string
            // then goes with the figure).
            let mut a = a;
            if let Some(iso) = a.duration.as_mut() {
                iso.shrink_to_fit();
            }
            return Some(a);
        }
        let a2 = a.clone();
        return range_tail(cx, a, joins).or(Some(a2));
    }
    // "5 to 6pm", "3-8pm": a bare hour before a time.
    if let Some(r) = range_from_bare(cx, i, RANGE_DASHES).filter(|r| r.cat == Cat::Time) {
        return Some(r);
    }
    day_range_before_month(
        cx,
        i,
        &[
            "-", "–", "to", "through", "thru", "until", "till", "til", "untill",
        ],
    )
}

/// The end of "time" after a length, past a possessive: "weeks time", "weeks' time", "month's
/// time" (`j` is the token after the length's unit).
fn time_word_end(cx: &Cx, j: usize) -> Option<usize> {
    let mut k = j;
    if cx.is(k, "'") && cx.attached(k) {
        k += 1;
        if cx.is(k, "s") && cx.attached(k) {
            k += 1;
        }
    }
    (cx.is(k, "time") && cx.near(k) && !(cx.is_word(k + 1) && cx.attached(k + 1))).then_some(k + 1)
}

/// Whether "time" closes the length that ends before `j`: "in three weeks time".
fn time_after(cx: &Cx, j: usize) -> bool {
    time_word_end(cx, j).is_some()
}

/// "since at least 2019": a plain year after the bound, which `year_atom` takes only after a
/// preposition of time.
fn year_after_bound(cx: &Cx, k: usize) -> Option<DatePhrase> {
    let (y, end) = absolute::year_at(cx, k)?;
    let when = When::Date {
        y: Some(y),
        m: None,
        d: None,
    };
    Some(DatePhrase::new(k, end, Cat::Date, when))
}

/// "1-8 September", "9 to 12 of June", "3rd–5th May 2021": a first day before a day of a month,
/// earlier than it (a score such as "won 3-1" has no month after it, and "12-3 May" is no range).
fn day_range_before_month(cx: &Cx, i: usize, joins: &[&str]) -> Option<DatePhrase> {
    let (first, _) = absolute::day_at(cx, i).filter(|_| !cx.is(i, "the"))?;
    let r = range_from_bare(cx, i, joins)?;
    match r.when {
        When::Date {
            m: Some(_),
            d: Some(last),
            ..
        } if r.cat == Cat::Date && first < last => {
            let mut r = r;
            r.until = Some(r.when);
            if let When::Date { y, m, .. } = r.when {
                r.when = When::Date {
                    y,
                    m,
                    d: Some(first),
                };
            }
            Some(r)
        }
        _ => None,
    }
}

/// Whether a figure ends right before token `i`, perhaps with its unit or rate after it: "29%
/// more than", "£450 a month more than", "5bn more than", "3 kg more than".
fn figure_ends_before(cx: &Cx, i: usize) -> bool {
    let mut k = i;
    while k > 0 && i - k < 4 {
        k -= 1;
        // "a third more than five years ago", "half as much", "two more than": a number word.
        let number_word = cx.word(k).is_some_and(|w| {
            w.unit.is_some()
                || w.ten.is_some()
                || w.plural_fraction.is_some()
                || crate::statistics::lexicon::fraction_denominator(w).is_some()
        }) || cx.is_any(k, &["half", "twice"]);
        if cx.is_digits(k) || cx.is_any(k, PERCENT_WORDS) || number_word {
            return true;
        }
        let part_of_figure = cx.is_any(k, &["a", "an", "per", "bn", "m", "k"])
            || cx
                .word(k)
                .is_some_and(|w| w.time_unit.is_some() || w.measure.is_some() || w.scale.is_some());
        if !part_of_figure || !cx.near(k + 1) {
            return false;
        }
    }
    false
}
