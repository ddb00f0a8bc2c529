//! DATE, TIME and DURATION phrases: atoms ("August 2022", "Thursday", "2.15pm", "three
//! years", "last year") joined into phrases ("tomorrow 8am", "Friday 7/6", "next week
//! Wednesday") and ranges ("between 2014 and 2018", "from 10/1 to 11/7", "5 to 6pm").

use super::calendar::{duration_iso, valid, When};
use super::cursor::Cx;
use super::lexicon::TimeUnit;
use super::numbers::{self, Context, NumKind};
use super::tokens::Kind;

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
    (&["around"], "about"),
    (&["circa"], "about"),
    (&["within"], "within"),
];

/// Parses a date/time phrase that starts exactly at token `i`.
pub fn parse(cx: &Cx, i: usize) -> Option<DatePhrase> {
    let p = parse_core(cx, i)?;
    Some(open_end(cx, p))
}

/// "2012 or later", "1/1/2016 and after": an open-ended range.
fn open_end(cx: &Cx, mut p: DatePhrase) -> DatePhrase {
    let j = p.end;
    if p.cat == Cat::Date
        && cx.near(j)
        && cx.is_any(j, &["or", "and"])
        && cx.near(j + 1)
        && cx.is_any(j + 1, &["later", "earlier", "after", "before", "onwards"])
        && !(cx.near(j + 2) && cx.kind(j + 2) != Some(Kind::Punct))
    {
        p.end = j + 2;
        p.qualifier = Some(if cx.is_any(j + 1, &["earlier", "before"]) {
            "before"
        } else {
            "from"
        });
    }
    p
}

fn parse_core(cx: &Cx, i: usize) -> Option<DatePhrase> {
    // "between A and B", "from A to B".
    if cx.is_any(i, &["between", "from"]) && cx.near(i + 1) {
        let and_word: &[&str] = if cx.is(i, "between") {
            &["and", "-", "–", "~", "through"]
        } else {
            &["to", "till", "until", "through", "thru", "-", "–", "~"]
        };
        if let Some(mut r) = range_from(cx, i + 1, and_word) {
            r.start = i;
            return Some(r);
        }
    }
    // "since August", "after 2010", "no later than January 1, 2010", "within 5 minutes".
    let starter = cx.word(i).is_some_and(|w| w.starter);
    for (words, qual) in PREFIXES.iter().filter(|_| starter) {
        let n = words.len();
        if (0..n).all(|k| cx.is(i + k, words[k]) && (k == 0 || cx.near(i + k))) && cx.near(i + n) {
            let inner = if cx.is(i + n, "around") && cx.near(i + n + 1) {
                i + n + 1
            } else {
                i + n
            };
            let mut p = phrase(cx, inner)
                .or_else(|| bare_hour_time(cx, inner).filter(|_| *qual == "about"))?;
            if *qual == "within" && p.cat != Cat::Duration {
                return None;
            }
            if p.cat == Cat::Duration && !matches!(*qual, "within" | "after" | "before") {
                return None;
            }
            p.start = i;
            p.qualifier = Some(qual);
            if let Some(r) = range_tail(cx, p.clone(), &["-", "–", "to", "through", "thru", "~"])
            {
                return Some(r);
            }
            return Some(p);
        }
    }
    // "more than 4 days", "less than 1 week": a bounded duration.
    for (words, qual) in [
        (["more", "than"], "more than"),
        (["less", "than"], "less than"),
    ] {
        if cx.is(i, words[0]) && cx.is(i + 1, words[1]) && cx.near(i + 1) && cx.near(i + 2) {
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
        if let Some(d) = duration(cx, i + 1) {
            if !cx.is_any(d.end, &["ago", "later", "earlier", "time"]) {
                let mut p = d;
                p.start = i;
                p.cat = Cat::Date;
                return Some(p);
            }
        }
        return part_of_day(cx, i);
    }
    if let Some(a) = phrase(cx, i) {
        let a2 = a.clone();
        return range_tail(cx, a, &["-", "–", "to", "through", "thru", "~"]).or(Some(a2));
    }
    // "5 to 6pm", "3-8pm": a bare hour before a time.
    let r = range_from_bare(cx, i, &["-", "–", "to"])?;
    (r.cat == Cat::Time).then_some(r)
}

/// "A to B" after a phrase A.
fn range_tail(cx: &Cx, a: DatePhrase, connectors: &[&str]) -> Option<DatePhrase> {
    let j = a.end;
    if !(cx.near(j) && cx.is_any(j, connectors) && cx.near(j + 1)) {
        return None;
    }
    let b = match phrase(cx, j + 1).or_else(|| short_year_end(cx, &a, j + 1)) {
        Some(b) => b,
        None => {
            // "April 9th through seventeenth", "November 19-20": a second day of the same month.
            let When::Date {
                m: Some(_),
                d: Some(_),
                ..
            } = a.when
            else {
                return None;
            };
            let (_, e) = day_at(cx, j + 1)?;
            DatePhrase::new(j + 1, e, Cat::Date, When::Nothing)
        }
    };
    // Both halves are the same sort of thing: a time to a time, a date to a date.
    let compatible =
        a.cat == b.cat || (a.cat == Cat::Date && b.cat == Cat::Time && a.time.is_some());
    if !compatible {
        return None;
    }
    let mut r = a;
    r.until = Some(b.when);
    r.end = b.end;
    if r.time.is_none() {
        r.time = b.time;
    }
    r.qualifier = Some("between");
    Some(r)
}

/// "13" in "2012–13".
fn short_year_end(cx: &Cx, a: &DatePhrase, j: usize) -> Option<DatePhrase> {
    let When::Date {
        y: Some(y),
        m: None,
        d: None,
    } = a.when
    else {
        return None;
    };
    if !(cx.is_digits(j) && cx.s(j).len() == 2 && cx.attached(j)) {
        return None;
    }
    let yy: i32 = cx.s(j).parse().ok()?;
    let full = y / 100 * 100 + yy;
    (full > y && full - y <= 10).then(|| {
        DatePhrase::new(
            j,
            j + 1,
            Cat::Date,
            When::Date {
                y: Some(full),
                m: None,
                d: None,
            },
        )
    })
}

/// A range whose first half may be a bare number or day: "3 and 12 of Sept", "5 to 6pm",
/// "the twenty-seventh to the third of April", "now and November 15th".
fn range_from(cx: &Cx, i: usize, connectors: &[&str]) -> Option<DatePhrase> {
    if let Some(a) = phrase(cx, i) {
        return range_tail(cx, a, connectors);
    }
    range_from_bare(cx, i, connectors)
}

/// `range_from` when the first half is not a phrase of its own.
fn range_from_bare(cx: &Cx, i: usize, connectors: &[&str]) -> Option<DatePhrase> {
    let a_end = if cx.is(i, "now") {
        i + 1
    } else if let Some((_, e)) = day_at(cx, i) {
        e
    } else {
        let n = numbers::parse(cx, i, Context::Plain)?;
        if n.value < 0.0 || n.value > 31.0 || n.value.fract() != 0.0 {
            return None;
        }
        n.end
    };
    let j = a_end;
    if !(cx.near(j) && cx.is_any(j, connectors) && cx.near(j + 1)) {
        return None;
    }
    let b = phrase(cx, j + 1).or_else(|| bare_hour_time(cx, j + 1).filter(|_| cx.is(i, "now")))?;
    let b_starts_with_number = cx.is(i, "now")
        || cx.is_digits(j + 1)
        || cx
            .word(j + 1)
            .is_some_and(|w| w.unit.is_some() || w.ordinal.is_some() || w.ten.is_some())
        || cx.is(j + 1, "the");
    if !b_starts_with_number || b.cat == Cat::Duration {
        return None;
    }
    // A bare first half must be the same sort as the second: an hour before a time, a day before a date.
    if !cx.is(i, "now") && b.time.is_none() && !matches!(b.when, When::Date { d: Some(_), .. }) {
        return None;
    }
    let mut r = b;
    r.start = i;
    r.qualifier = Some("between");
    Some(r)
}

/// A bare hour that only a neighbour makes a time: "around 3", "at 7", "eight o'clock".
fn bare_hour_time(cx: &Cx, j: usize) -> Option<DatePhrase> {
    let n = numbers::parse(cx, j, Context::Plain)?;
    if n.start != j
        || n.value < 0.0
        || n.value > 24.0
        || n.value.fract() != 0.0
        || (n.words && n.value > 12.0)
    {
        return None;
    }
    if cx.near(n.end)
        && (cx.is_word(n.end) && !cx.is_any(n.end, &["o", "oclock", "o'clock", "in"])
            || cx.is_any(n.end, &[":", "%", "."]) && cx.attached(n.end))
    {
        return None;
    }
    let mut end = n.end;
    if cx.is(end, "oclock") {
        end += 1;
    } else if cx.is(end, "o") && cx.is_any(end + 1, &["'", "’"]) && cx.is(end + 2, "clock") {
        end += 3;
    }
    let mut p = DatePhrase::new(j, end, Cat::Time, When::Nothing);
    p.time = Some((n.value as u8, 0));
    Some(with_part_of_day(cx, p))
}

/// "… in the morning" after a time: "3 in the morning", "fifteen past eight in the evening".
fn with_part_of_day(cx: &Cx, mut p: DatePhrase) -> DatePhrase {
    if cx.near(p.end) && cx.is(p.end, "in") {
        if let Some(q) = part_of_day(cx, p.end) {
            p.end = q.end;
        }
    }
    p
}

/// Connectors inside one date phrase and the kind of atom each may introduce.
const JOIN_WORDS: &[&str] = &[
    "at", "on", "of", "in", "around", "before", "after", "by", "from", "between",
];

/// An atom, then whatever atoms join it: "tomorrow 8:00am", "Friday 7/6", "next week Wednesday",
/// "Tuesday of last week", "8am this morning", "December 15 2016 from 7:00 to 8:00pm".
fn phrase(cx: &Cx, i: usize) -> Option<DatePhrase> {
    let mut p = atom(cx, i)?;
    let mut joins = 0;
    while joins < 4 && cx.near(p.end) {
        let mut j = p.end;
        // "Dec, 2018", "5/7, 2020": a year after a comma completes a month or day.
        if cx.is(j, ",") {
            if let When::Date {
                y: None,
                m: Some(m),
                d,
            } = p.when
            {
                if let Some((y, e)) = year_at(cx, j + 1).filter(|_| cx.near(j + 1)) {
                    p.when = When::Date {
                        y: Some(y),
                        m: Some(m),
                        d,
                    };
                    p.end = e;
                    joins += 1;
                    continue;
                }
            }
            // "Friday, 13 March".
            if matches!(p.when, When::Weekday { .. }) {
                if let Some(b) = atom(cx, j + 1).filter(|b| {
                    matches!(
                        b.when,
                        When::Date {
                            m: Some(_),
                            d: Some(_),
                            ..
                        }
                    )
                }) {
                    p.end = b.end;
                    p.when = b.when;
                    joins += 1;
                    continue;
                }
            }
            break;
        }
        let period = matches!(
            p.when,
            When::Relative {
                unit: TimeUnit::Week | TimeUnit::Month | TimeUnit::Year | TimeUnit::Quarter,
                ..
            }
        );
        let connector = cx.is_any(j, JOIN_WORDS) && cx.near(j + 1);
        let b = if connector && cx.is_any(j, &["from", "between"]) {
            // "Tuesday from 2:00 to 2:30 pm": a time range.
            parse_core(cx, j).filter(|b| b.cat == Cat::Time && b.start == j)
        } else if connector && cx.is_any(j, &["before", "after", "by"]) {
            time_of_day(cx, j + 1).or_else(|| {
                bare_hour_time(cx, j + 1).filter(|b| {
                    cx.is(b.end.wrapping_sub(1), "morning")
                        || cx.is(b.end.wrapping_sub(1), "afternoon")
                        || cx.is(b.end.wrapping_sub(1), "evening")
                })
            })
        } else if cx.is_digits(j)
            && range_from_bare(cx, j, &["-", "–", "to"]).is_some_and(|b| b.cat == Cat::Time)
        {
            // "next Monday 1-3 pm".
            range_from_bare(cx, j, &["-", "–", "to"])
        } else if connector && cx.is_any(j, &["at", "around"]) {
            time_of_day(cx, j)
                .or_else(|| parse_core(cx, j + 1).filter(|b| b.cat == Cat::Time))
                .or_else(|| bare_hour_time(cx, j + 1))
        } else {
            if connector {
                j += 1;
                if cx.is(j, "the") && cx.near(j + 1) {
                    j += 1;
                }
            }
            if !cx.near(j) {
                break;
            }
            part_of_day_word(cx, j)
                .filter(|_| p.time.is_none() && !connector)
                .or_else(|| atom(cx, j))
        };
        let Some(b) = b else { break };
        if b.cat == Cat::Duration || p.cat == Cat::Duration {
            break;
        }
        // Periods (a week, a month) and times stay apart: "this week 8am".
        if period && b.cat == Cat::Time
            || matches!(
                b.when,
                When::Relative {
                    unit: TimeUnit::Week | TimeUnit::Month | TimeUnit::Year,
                    ..
                }
            ) && p.cat == Cat::Time
        {
            break;
        }
        // Two of the same sort do not join ("Monday Tuesday").
        let same = matches!(
            (p.when, b.when),
            (When::Weekday { .. }, When::Weekday { .. })
        ) || (p.time.is_some() && b.time.is_some());
        if same {
            break;
        }
        if let (
            When::Date { y: Some(_), .. },
            When::Date {
                y: Some(_),
                m: None,
                ..
            },
        ) = (p.when, b.when)
        {
            break;
        }
        p.end = b.end;
        if p.time.is_none() {
            p.time = b.time;
        }
        if matches!(p.when, When::Nothing)
            || matches!(
                p.when,
                When::Relative {
                    unit: TimeUnit::Week,
                    ..
                }
            ) && !matches!(b.when, When::Nothing)
        {
            p.when = b.when;
        }
        if p.cat == Cat::Time && b.cat == Cat::Date {
            p.cat = Cat::Date;
        }
        joins += 1;
    }
    // A day with a time of day is a TIME ("tomorrow 8am").
    if p.time.is_some() && p.cat == Cat::Date {
        p.cat = Cat::Time;
    }
    Some(p)
}

/// "night", "morning" right after a date: "mar4 night", "Christmas morning".
fn part_of_day_word(cx: &Cx, j: usize) -> Option<DatePhrase> {
    let mut k = j;
    if cx.is_any(k, &["early", "late"]) && cx.near(k + 1) {
        k += 1;
    }
    cx.is_any(
        k,
        &[
            "morning",
            "afternoon",
            "evening",
            "night",
            "mornings",
            "afternoons",
            "evenings",
            "nights",
        ],
    )
    .then(|| DatePhrase::new(j, k + 1, Cat::Time, When::Nothing))
}

fn atom(cx: &Cx, i: usize) -> Option<DatePhrase> {
    let t = cx.tok(i)?;
    match t.kind {
        Kind::Digits => numeric_date(cx, i)
            .or_else(|| time_of_day(cx, i))
            .or_else(|| century(cx, i))
            .or_else(|| day_month(cx, i))
            .or_else(|| year_atom(cx, i))
            .or_else(|| part_of(cx, i))
            .or_else(|| named_time(cx, i))
            .or_else(|| duration(cx, i).map(|d| duration_anchor(cx, d))),
        Kind::Word => {
            let w = t.word;
            if w.is_some_and(|w| w.month.is_some()) {
                if let Some(p) = month_phrase(cx, i) {
                    return Some(p);
                }
            }
            if let Some(wd) = w.and_then(|w| w.weekday) {
                return weekday(cx, i, wd, 0, i);
            }
            let opens = WordOpens::of(cx, i);
            // `named_time` and `duration` also open with any number ("ten past", "two weeks").
            let number = || numbers::parse(cx, i, Context::Plain).is_some();
            let try_if = |ok: bool, grammar: fn(&Cx, usize) -> Option<DatePhrase>| {
                if ok {
                    grammar(cx, i)
                } else {
                    None
                }
            };
            try_if(opens.day_word, day_word)
                .or_else(|| try_if(opens.named_year, named_year))
                .or_else(|| try_if(opens.relative, relative))
                .or_else(|| try_if(opens.day_number, century))
                .or_else(|| try_if(opens.the, the_day))
                .or_else(|| try_if(opens.day_number, day_month))
                .or_else(|| try_if(opens.named_time || number(), named_time))
                .or_else(|| try_if(opens.at, time_of_day))
                .or_else(|| try_if(opens.part_of_day, part_of_day))
                .or_else(|| try_if(opens.quarter, quarter))
                .or_else(|| holiday(cx, i))
                .or_else(|| try_if(opens.set, set))
                .or_else(|| try_if(opens.part_of, part_of))
                .or_else(|| {
                    try_if(opens.duration || number(), duration).map(|d| duration_anchor(cx, d))
                })
        }
        Kind::Punct => duration(cx, i).map(|d| duration_anchor(cx, d)),
    }
}

/// Which word-opened grammars of `atom` can match at a word: each of them first checks the
/// word for one of a few keywords or an ordinal (read off its opening lines), so the others
/// need not be tried. `holiday` checks its own first words (`opens_holiday`). A grammar that
/// learns a new first word must be given it here too (the tests and the eval catch a miss).
struct WordOpens {
    /// `day_word`: "today", "right now", "the day after tomorrow".
    day_word: bool,
    /// `named_year`: "the year 2011", "fiscal year 2008".
    named_year: bool,
    /// `relative`: "the same month", "that year", "next week".
    relative: bool,
    /// `century` and `day_month` (through `day_at`): "the" or an ordinal word ("first",
    /// "twenty-first").
    day_number: bool,
    /// `the_day`: "the 18th".
    the: bool,
    /// `time_of_day` on a word: "at 5pm".
    at: bool,
    /// `part_of_day`: "in the morning", "late in the evening".
    part_of_day: bool,
    /// `quarter`: "Q1", "H2".
    quarter: bool,
    /// `set`: "weekly", "bi-monthly", "every day".
    set: bool,
    /// `named_time` besides numbers: "noon", "half past".
    named_time: bool,
    /// `part_of`: "mid-May", "the end of", "the first week of", "week 10", "year to date".
    part_of: bool,
    /// `duration` besides numbers: "all day", "a few weeks", "half an hour".
    duration: bool,
}

impl WordOpens {
    fn of(cx: &Cx, i: usize) -> WordOpens {
        let lower = cx.lower(i);
        let w = lower.as_str();
        let the = w == "the";
        let ordinal = cx
            .word(i)
            .is_some_and(|w| w.ordinal.is_some() || w.ten.is_some());
        WordOpens {
            day_word: matches!(
                w,
                "today" | "tomorrow" | "yesterday" | "tonight" | "tonite" | "right" | "the" | "day"
            ),
            named_year: the || w == "year" || NAMED_YEAR_KINDS.contains(&w),
            relative: matches!(w, "the" | "same" | "that") || RELATIVE.iter().any(|(r, _)| *r == w),
            day_number: the || ordinal,
            the,
            at: w == "at",
            part_of_day: matches!(w, "early" | "late" | "later" | "earlier" | "in"),
            quarter: matches!(w, "q" | "h"),
            set: SET_ADVERBS.contains(&w) || matches!(w, "bi" | "semi" | "every" | "each"),
            named_time: matches!(
                w,
                "noon" | "midday" | "noonish" | "midnight" | "mid" | "half" | "quarter"
            ),
            part_of: ordinal
                || matches!(
                    w,
                    "mid"
                        | "early"
                        | "late"
                        | "earlier"
                        | "later"
                        | "the"
                        | "end"
                        | "beginning"
                        | "start"
                        | "middle"
                        | "last"
                        | "final"
                        | "week"
                        | "year"
                        | "to"
                ),
            duration: matches!(
                w,
                "all" | "a" | "an" | "few" | "several" | "some" | "couple" | "many" | "half"
            ),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Pieces: days, months, years.

/// "the 15th century", "the nineteenth century".
fn century(cx: &Cx, i: usize) -> Option<DatePhrase> {
    let k = if cx.is(i, "the") { i + 1 } else { i };
    let (n, e) =
        if cx.is_digits(k) && cx.is_any(k + 1, &["st", "nd", "rd", "th"]) && cx.attached(k + 1) {
            (cx.s(k).parse::<i32>().ok()?, k + 2)
        } else {
            let (v, e) = numbers::word_ordinal(cx, k)?;
            (v as i32, e)
        };
    if !((1..=30).contains(&n) && cx.near(e) && cx.is_any(e, &["century", "centuries"])) {
        return None;
    }
    let mut p = DatePhrase::new(k, e + 1, Cat::Date, When::Nothing);
    p.when = When::Nothing;
    Some(p)
}

/// "the 18th" on its own: a day of this month (not "the 18th hole").
/// "the year 2011", "fiscal year 2008", "year 2012": a year named as one.
/// The kinds of year `named_year` reads: "the fiscal year 2024", "tax year 2023-24".
pub(super) const NAMED_YEAR_KINDS: &[&str] = &[
    "fiscal",
    "financial",
    "calendar",
    "school",
    "academic",
    "tax",
];

fn named_year(cx: &Cx, i: usize) -> Option<DatePhrase> {
    let mut k = i;
    if cx.is(k, "the") && cx.near(k + 1) {
        k += 1;
    }
    if cx.is_any(k, NAMED_YEAR_KINDS) && cx.near(k + 1) {
        k += 1;
    }
    if !(cx.is(k, "year") && cx.near(k + 1)) {
        return None;
    }
    let (y, e) = year_at(cx, k + 1)?;
    Some(DatePhrase::new(
        i,
        e,
        Cat::Date,
        When::Date {
            y: Some(y),
            m: None,
            d: None,
        },
    ))
}

fn the_day(cx: &Cx, i: usize) -> Option<DatePhrase> {
    if !(cx.is(i, "the") && cx.is_digits(i + 1) && cx.near(i + 1)) {
        return None;
    }
    let (d, e) = day_at(cx, i + 1)?;
    if e != i + 3 {
        return None;
    }
    if cx.near(e)
        && cx.is_word(e)
        && !cx.is_any(e, &["at", "and", "or", "to", "from", "between", "of", "in"])
    {
        return None;
    }
    Some(DatePhrase::new(
        i,
        e,
        Cat::Date,
        When::Date {
            y: None,
            m: None,
            d: Some(d),
        },
    ))
}

/// A day of the month at `j`: "4", "04th", "second", "twenty-first", "the 9th". (day, end)
fn day_at(cx: &Cx, j: usize) -> Option<(u8, usize)> {
    let mut j = j;
    if cx.is(j, "the") && cx.near(j + 1) {
        j += 1;
    }
    if cx.is_digits(j) {
        let s = cx.s(j);
        if s.len() > 2 {
            return None;
        }
        let d: u8 = s.parse().ok()?;
        if !(1..=31).contains(&d) {
            return None;
        }
        let mut end = j + 1;
        if cx.is_any(end, &["st", "nd", "rd", "th"]) && cx.attached(end) {
            end += 1;
        }
        if cx.attached(end) && (cx.is_word(end) || cx.is_digits(end)) {
            return None;
        }
        return Some((d, end));
    }
    let (v, end) = numbers::word_ordinal(cx, j)?;
    (1..=31).contains(&v).then_some((v as u8, end))
}

/// A four-digit year at `j` (1000–2999), not part of a longer number.
fn year_at(cx: &Cx, j: usize) -> Option<(i32, usize)> {
    if !cx.is_digits(j) || cx.s(j).len() != 4 {
        return None;
    }
    let y: i32 = cx.s(j).parse().ok()?;
    if !(1000..=2999).contains(&y) {
        return None;
    }
    if cx.attached(j + 1) && (cx.is_digits(j + 1) || cx.is_word(j + 1)) {
        return None;
    }
    if cx.attached(j + 1)
        && cx.is_any(j + 1, &[",", "."])
        && cx.is_digits(j + 2)
        && cx.attached(j + 2)
    {
        return None;
    }
    Some((y, j + 1))
}

/// Whether a month word at `j` is a month here: "may" and "march" are also verbs.
fn month_ok(cx: &Cx, j: usize, followed_by_number: bool) -> bool {
    let lower = cx.lower(j);
    let ambiguous = matches!(
        lower.as_str(),
        "may"
            | "march"
            | "mar"
            | "jan"
            | "jun"
            | "sep"
            | "dec"
            | "oct"
            | "nov"
            | "aug"
            | "apr"
            | "jul"
            | "feb"
            | "sept"
    );
    if !ambiguous {
        return true;
    }
    if followed_by_number {
        return !matches!(lower.as_str(), "may" | "march")
            || cx.capitalised(j)
            || cx.is(j + 1, "/");
    }
    let prev_ok = j > 0
        && cx.is_any(
            j - 1,
            &[
                "in", "since", "of", "from", "until", "till", "by", "during", "last", "next",
                "this", "early", "late", "mid", "-", "and", "to", "through", "before", "after",
                "every", "each",
            ],
        );
    prev_ok && (cx.capitalised(j) || !matches!(lower.as_str(), "may" | "march"))
}

/// Month first: "August 2022", "January 12, 2016", "Jan 3rd", "Dec-2018", "jan/3", "mar4",
/// "April of 87", "July 4th of 1995", "January".
fn month_phrase(cx: &Cx, i: usize) -> Option<DatePhrase> {
    let m = cx.word(i)?.month?;
    let mut j = i + 1;
    // "Sept." abbreviation dot.
    if cx.is(j, ".")
        && cx.attached(j)
        && cx.s(i).len() <= 4
        && (cx.is_digits(j + 1) && cx.near(j + 1))
    {
        j += 1;
    }
    let sep_ok = |k: usize| cx.is_any(k, &["-", "/", "."]) && cx.attached(k) && cx.attached(k + 1);
    // Day after the month.
    let mut k = j;
    if sep_ok(k) {
        k += 1;
    }
    let day = if cx.near(k) || cx.attached(k) {
        day_at(cx, k).filter(|_| year_at(cx, k).is_none())
    } else {
        None
    };
    let followed_by_number = day.is_some() || (cx.near(k) && (cx.is_digits(k) || sep_ok(j)));
    if !month_ok(cx, i, followed_by_number) {
        return None;
    }
    let mut d = None;
    if let Some((dd, e)) = day {
        // "May 2 million" is not a date.
        if !(cx.near(e) && cx.word(e).is_some_and(|w| w.scale.is_some())) {
            d = Some(dd);
            j = e;
        }
    }
    // Year: "August 2022", "Jan 12, 2016", "Dec-2018", "April of 87", "July 4th of 1995".
    let mut y = None;
    let mut k = j;
    if (cx.is(k, ",") && cx.near(k)) || sep_ok(k) || (cx.is_any(k, &["of", "in"]) && cx.near(k)) {
        k += 1;
    }
    if cx.near(k) || cx.attached(k) {
        if let Some((yy, e)) = year_at(cx, k) {
            y = Some(yy);
            j = e;
        } else if cx.is(k - 1, "of") && cx.is_digits(k) && cx.s(k).len() == 2 && !cx.attached(k + 1)
        {
            let yy: i32 = cx.s(k).parse().ok()?;
            y = Some(if yy > 30 { 1900 + yy } else { 2000 + yy });
            j = k + 1;
        }
    }
    // "mar4" style attachment is allowed; "Mayfair" never reaches here (one token).
    if let (Some(yy), Some(dd)) = (y, d) {
        if !valid(yy, m, dd) && dd > 29 {
            // "feb 30" is still written as a date; keep it unresolved.
        }
    }
    Some(DatePhrase::new(
        i,
        j,
        Cat::Date,
        When::Date { y, m: Some(m), d },
    ))
}

/// Day first: "04th Jan 2019", "second of Aug", "30 December", "the 09th of May", "13 Sept".
fn day_month(cx: &Cx, i: usize) -> Option<DatePhrase> {
    let (d, mut j) = day_at(cx, i)?;
    if cx.is(j, "of") && cx.near(j) {
        j += 1;
    }
    if !(cx.near(j) || cx.is_digits(i) && cx.attached(j)) {
        return None;
    }
    let m = cx.word(j)?.month?;
    if !month_ok(cx, j, true) {
        return None;
    }
    let mut end = j + 1;
    if cx.is(end, ".")
        && cx.attached(end)
        && cx.s(j).len() <= 4
        && cx.is_digits(end + 1)
        && cx.near(end + 1)
    {
        end += 1;
    }
    let mut y = None;
    let mut k = end;
    if cx.is_any(k, &[",", "of", "in"]) && cx.near(k) {
        k += 1;
    }
    if cx.near(k) {
        if let Some((yy, e)) = year_at(cx, k) {
            y = Some(yy);
            end = e;
        }
    }
    let start = i;
    Some(DatePhrase::new(
        start,
        end,
        Cat::Date,
        When::Date {
            y,
            m: Some(m),
            d: Some(d),
        },
    ))
}

/// Digits joined by / - . : "2024-02-02", "22/04", "01/22/2016", "23.04.2022", "2019-aug-1",
/// "23/Sep/2020", "12-2015", "2/29".
fn numeric_date(cx: &Cx, i: usize) -> Option<DatePhrase> {
    if i > 0
        && cx.attached(i)
        && (cx.is_digits(i - 1)
            || cx.is_word(i - 1)
            || cx.is_any(i - 1, &["/", ".", ",", ":", "+"])
                && i > 1
                && cx.attached(i - 1)
                && cx.is_digits(i - 2))
    {
        return None;
    }
    // Collect parts: digits or month words, joined by one kind of separator, all attached.
    let mut parts: Vec<(usize, bool)> = Vec::with_capacity(3); // (token, is_month)
    let mut sep = "";
    let mut j = i;
    loop {
        if cx.is_digits(j) {
            parts.push((j, false));
        } else if cx.word(j).is_some_and(|w| w.month.is_some()) {
            parts.push((j, true));
        } else {
            break;
        }
        j += 1;
        let s = cx.s(j);
        if cx.attached(j)
            && matches!(s, "/" | "-" | ".")
            && cx.attached(j + 1)
            && (sep.is_empty() || sep == s)
            && (cx.is_digits(j + 1) || cx.word(j + 1).is_some_and(|w| w.month.is_some()))
        {
            sep = s;
            j += 1;
            if parts.len() == 3 {
                return None;
            }
        } else {
            break;
        }
    }
    if parts.len() < 2 || sep.is_empty() {
        return None;
    }
    // More digits glued on: a phone number, an id.
    if cx.attached(j)
        && (cx.is_digits(j)
            || cx.is_word(j) && !cx.is_any(j, &["st", "nd", "rd", "th"])
            || cx.is_any(j, &[".", ","]) && cx.is_digits(j + 1) && cx.attached(j + 1))
    {
        return None;
    }
    let num = |k: usize| cx.s(k).parse::<i32>().ok();
    let len = |k: usize| cx.s(k).len();
    let month_of = |k: usize| cx.word(k).and_then(|w| w.month);
    let (y, m, d): (Option<i32>, u8, Option<u8>) = match *parts.as_slice() {
        [(a, false), (b, false), (c, false)] => {
            let (a, b, c, la, lc) = (num(a)?, num(b)?, num(c)?, len(a), len(c));
            if la == 4 {
                (Some(a), u8::try_from(b).ok()?, Some(u8::try_from(c).ok()?))
            } else if lc == 4 || lc == 2 {
                let y = if lc == 2 {
                    if c > 50 {
                        1900 + c
                    } else {
                        2000 + c
                    }
                } else {
                    c
                };
                if sep == "." && lc == 2 {
                    return None;
                }
                // Day first unless that is impossible (news here is British; US order otherwise).
                if a > 12 {
                    (Some(y), u8::try_from(b).ok()?, Some(u8::try_from(a).ok()?))
                } else if b > 12 || sep == "/" {
                    (Some(y), u8::try_from(a).ok()?, Some(u8::try_from(b).ok()?))
                } else {
                    (Some(y), u8::try_from(b).ok()?, Some(u8::try_from(a).ok()?))
                }
            } else {
                return None;
            }
        }
        [(a, false), (b, true), (c, false)] => {
            // "23/Sep/2020", "2019-aug-1", "2020/23/Sep" is handled below.
            let (a, c) = (num(a)?, num(c)?);
            let m = month_of(b)?;
            if len(parts[0].0) == 4 {
                (Some(a), m, Some(u8::try_from(c).ok()?))
            } else {
                (Some(c), m, Some(u8::try_from(a).ok()?))
            }
        }
        [(a, false), (b, false), (c, true)] => {
            let (a, b) = (num(a)?, num(b)?);
            (Some(a), month_of(c)?, Some(u8::try_from(b).ok()?))
        }
        [(a, false), (b, false)] => {
            let (a, b, la, lb) = (num(a)?, num(b)?, len(a), len(b));
            if sep == "." {
                return None;
            }
            if lb == 4 && (1..=12).contains(&a) && sep != "." {
                // "12-2015".
                (Some(b), u8::try_from(a).ok()?, None)
            } else if la <= 2 && lb <= 2 && sep == "/" {
                // "22/04", "7/6" — but "1/4" and "3/8" are fractions.
                if a < b && matches!(b, 2 | 3 | 4 | 8 | 16 | 32) {
                    return None;
                }
                if a > 12 {
                    (None, u8::try_from(b).ok()?, Some(u8::try_from(a).ok()?))
                } else {
                    (None, u8::try_from(a).ok()?, Some(u8::try_from(b).ok()?))
                }
            } else {
                return None;
            }
        }
        [(a, true), (b, false)] => (None, month_of(a)?, Some(u8::try_from(num(b)?).ok()?)),
        [(a, true), (b, false), (c, false)] => (
            Some(num(c)?),
            month_of(a)?,
            Some(u8::try_from(num(b)?).ok()?),
        ),
        _ => return None,
    };
    if !(1..=12).contains(&m) || d.is_some_and(|d| !(1..=31).contains(&d)) {
        return None;
    }
    if let Some(y) = y {
        if !(1000..=2999).contains(&y) {
            return None;
        }
    }
    let mut end = j;
    if cx.is_any(end, &["st", "nd", "rd", "th"]) && cx.attached(end) {
        end += 1;
    }
    Some(DatePhrase::new(
        i,
        end,
        Cat::Date,
        When::Date { y, m: Some(m), d },
    ))
}

/// A year where the context says it is one: "in 2019", "since 1998", "the year 2008",
/// "2017 q1", "1990s". A bare four-digit number elsewhere is left to the number grammar.
fn year_atom(cx: &Cx, i: usize) -> Option<DatePhrase> {
    // Decades: "1990s", "1990 s".
    if cx.is_digits(i)
        && cx.s(i).len() == 4
        && cx.s(i).ends_with('0')
        && cx.is(i + 1, "s")
        && cx.near(i + 1)
        && !cx.is_word(i + 2) | !cx.attached(i + 2)
    {
        let y: i32 = cx.s(i).parse().ok()?;
        return Some(DatePhrase::new(i, i + 2, Cat::Date, When::Decade(y)));
    }
    let (y, mut end) = year_at(cx, i)?;
    // "2017 q1", "2019-H2".
    if let Some((q, e)) = quarter_code(
        cx,
        if cx.is(end, "-") && cx.attached(end) {
            end + 1
        } else {
            end
        },
    ) {
        if cx.near(end) {
            return Some(DatePhrase::new(
                i,
                e,
                Cat::Date,
                When::Quarter { y: Some(y), q },
            ));
        }
    }
    let prev_ok = i > 0
        && cx.is_any(
            i - 1,
            &[
                "in",
                "since",
                "by",
                "until",
                "till",
                "from",
                "during",
                "of",
                "year",
                "before",
                "after",
                "early",
                "late",
                "mid",
                "between",
                "circa",
                "c",
                "around",
                "summer",
                "winter",
                "spring",
                "autumn",
                "fall",
                "than",
                "fy",
                "cy",
                "for",
                "election",
                "season",
                "budget",
                "census",
                "q1",
                "q2",
                "q3",
                "q4",
                "end",
                "beginning",
                "start",
            ],
        );
    // The second year of a range ("2014-2018", "2014 to 2018"), or the first one.
    let joined_before = i >= 2
        && cx.is_any(i - 1, &["-", "–", "to", "and", "through", "~", "or"])
        && year_at(cx, i - 2).is_some();
    let joined_after = cx.near(end)
        && cx.is_any(end, &["-", "–", "to", "through", "~"])
        && year_at(cx, end + 1).is_some_and(|(y2, _)| y2 > y)
        || (cx.is_any(end, &["-", "–"])
            && cx.attached(end)
            && cx.is_digits(end + 1)
            && cx.s(end + 1).len() == 2
            && cx.s(end + 1).parse::<i32>().is_ok_and(|yy| {
                let full = y / 100 * 100 + yy;
                full > y && full - y <= 10
            }));
    let prev_ok = prev_ok || joined_before || joined_after;
    let next_ok = !cx.near(end)
        || cx.is_any(end, &[",", ".", ";", ")", ":", "and", "or", "to", "-", "–"])
        || cx.gap(end) >= super::tokens::Gap::Line;
    if !prev_ok && !(next_ok && (i == 0 || cx.sentence_start(i))) {
        return None;
    }
    // "in 2000 pieces" / "by 2030 people": a count, not a year.
    if cx.near(end)
        && cx.is_word(end)
        && !cx.is_any(
            end,
            &[
                "and", "or", "to", "through", "till", "until", "the", "a", "an", "it", "he", "she",
                "they", "we", "i", "there", "this", "that", "when", "as", "its", "his", "her",
                "their", "was", "were", "is", "had", "has", "alone", "onwards", "onward",
                "compared", "while", "but", "after", "before", "at", "on", "in", "with", "for",
                "against", "than", "by", "from", "versus", "vs",
            ],
        )
    {
        let w = cx.word(end);
        let date_word =
            w.is_some_and(|w| w.month.is_some() || w.weekday.is_some() || w.time_unit.is_some());
        if !date_word && !cx.capitalised(end) {
            return None;
        }
    }
    if cx.is(end, "s") && cx.attached(end) {
        end += 1;
    }
    Some(DatePhrase::new(
        i,
        end,
        Cat::Date,
        When::Date {
            y: Some(y),
            m: None,
            d: None,
        },
    ))
}

/// "q1", "Q3", "h2" (token pair letter + digit). (quarter number, end)
fn quarter_code(cx: &Cx, j: usize) -> Option<(u8, usize)> {
    if !(cx.is_any(j, &["q", "h"]) && cx.is_digits(j + 1) && cx.attached(j + 1)) {
        return None;
    }
    let n: u8 = cx.s(j + 1).parse().ok()?;
    let max = if cx.is(j, "q") { 4 } else { 2 };
    if !(1..=max).contains(&n) || cx.attached(j + 2) && (cx.is_word(j + 2) || cx.is_digits(j + 2)) {
        return None;
    }
    let q = if cx.is(j, "h") { n * 10 } else { n };
    Some((q, j + 2))
}

/// "Q1", "q1-2019", "Q3 2023".
fn quarter(cx: &Cx, i: usize) -> Option<DatePhrase> {
    let (q, mut end) = quarter_code(cx, i)?;
    if i > 0 && cx.attached(i) && cx.is_word(i - 1) {
        return None;
    }
    let mut y = None;
    let k = if cx.is(end, "-") && cx.attached(end) {
        end + 1
    } else {
        end
    };
    if cx.near(k) {
        if let Some((yy, e)) = year_at(cx, k) {
            y = Some(yy);
            end = e;
        }
    }
    let when = if q <= 4 {
        When::Quarter { y, q }
    } else {
        When::Date {
            y,
            m: None,
            d: None,
        }
    };
    Some(DatePhrase::new(i, end, Cat::Date, when))
}

// ---------------------------------------------------------------------------------------------
// Weekdays, relative dates, day words.

fn weekday(cx: &Cx, i: usize, wd: u8, rel: i8, start: usize) -> Option<DatePhrase> {
    let s = cx.s(i);
    // "sun", "sat", "wed", "mon" are words too: abbreviations only when capitalised.
    if s.len() <= 4 && !(cx.capitalised(i) || cx.is_digits(i + 1)) {
        return None;
    }
    if s.len() <= 3 && s.chars().all(|c| c.is_ascii_lowercase()) {
        return None;
    }
    let plural = cx.word(i).is_some_and(|w| w.weekday_plural);
    let mut end = i + 1;
    if cx.is(end, ".") && cx.attached(end) && s.len() <= 4 && !plural {
        end += 1;
    }
    let mut when = When::Weekday { wd, rel };
    // "Monday 21", "Tue 13th", "Tuesday the eleventh" — but not "Friday 13 people".
    if cx.near(end) && !cx.is(end, ",") && numeric_date(cx, end).is_none() {
        if let Some((d, e)) = day_at(cx, end) {
            let next_ok = !cx.near(e)
                || (!cx.is_word(e) && !cx.is_any(e, &[":", ".", "-", "–"]) && !cx.is_digits(e))
                || cx.is_any(
                    e,
                    &[
                        "at", "and", "or", "from", "between", "to", "in", "around", "of",
                    ],
                ) && !cx.is(e + 1, "people");
            let month_follows = cx.near(e) && cx.word(e).is_some_and(|w| w.month.is_some());
            let short = cx.s(end).len() <= 2 || cx.is_word(end) || cx.is(end, "the");
            if next_ok && !month_follows && short && meridiem(cx, e).is_none() {
                when = When::Date {
                    y: None,
                    m: None,
                    d: Some(d),
                };
                end = e;
            }
        }
    }
    // "Tuesday afternoon", "Sunday late evening", "Friday mornings".
    if let Some(q) = part_of_day_word(cx, end).filter(|_| cx.near(end)) {
        end = q.end;
    }
    let mut p = DatePhrase::new(start, end, Cat::Date, when);
    if plural {
        p.qualifier = Some("every");
        p.when = When::Nothing;
    }
    Some(p)
}

const RELATIVE: &[(&str, i32)] = &[
    ("this", 0),
    ("current", 0),
    ("next", 1),
    ("coming", 1),
    ("following", 1),
    ("upcoming", 1),
    ("last", -1),
    ("previous", -1),
    ("past", -1),
    ("prior", -1),
];

/// "last year", "next week", "this summer", "previous quarter", "last Friday", "this May",
/// "the same month last year", "the last 3 months", "next two days", "last night".
fn relative(cx: &Cx, i: usize) -> Option<DatePhrase> {
    // "the same month last year".
    if cx.is(i, "the") && cx.is(i + 1, "same") || cx.is(i, "same") {
        let k = if cx.is(i, "the") { i + 2 } else { i + 1 };
        let unit = cx
            .word(k)
            .filter(|_| cx.near(k))
            .and_then(|w| w.time_unit)?;
        let mut end = k + 1;
        let mut when = When::Nothing;
        if cx.is_any(end, &["last", "a"]) && cx.is(end + 1, "year") && cx.near(end) {
            end += 2;
            when = When::SameLastYear { unit };
        } else if cx.is(end, "of") && cx.is(end + 1, "last") && cx.is(end + 2, "year") {
            end += 3;
            when = When::SameLastYear { unit };
        } else if cx.is(end, "in") && cx.is_digits(end + 1) {
            if let Some((y, e)) = year_at(cx, end + 1) {
                end = e;
                when = When::Date {
                    y: Some(y),
                    m: None,
                    d: None,
                };
            }
        }
        let start = if matches!(when, When::Nothing) {
            k - 1
        } else {
            i
        };
        return Some(DatePhrase::new(start, end, Cat::Date, when));
    }
    let lower = cx.lower(i);
    let offset = if lower == "that" {
        // "that weekend", "later that year": a period named earlier; not resolvable here.
        i32::MIN
    } else {
        RELATIVE
            .iter()
            .find(|(w, _)| *w == lower)
            .map(|&(_, o)| o)?
    };
    let mut k = i + 1;
    if !cx.near(k) {
        return None;
    }
    // "this past Wednesday", "this upcoming Friday", "this coming week".
    let mut offset = offset;
    if lower == "this" && cx.is_any(k, &["past", "coming", "upcoming"]) && cx.near(k + 1) {
        offset = if cx.is(k, "past") { -1 } else { 1 };
        k += 1;
    }
    let rel = |unit: TimeUnit| {
        if offset == i32::MIN {
            When::Nothing
        } else {
            When::Relative { unit, offset }
        }
    };
    // "the last 3 months", "next two days", "previous 4 business days", "coming three quarters".
    let count = numbers::parse(cx, k, Context::Plain)
        .filter(|n| {
            n.kind == NumKind::Cardinal && n.value > 0.0 && n.value < 1000.0 && n.start == k
        })
        .map(|n| {
            // "three quarters" read as a fraction: the count is the first word.
            match cx.word(k).and_then(|w| w.unit) {
                Some(u) if n.value.fract() != 0.0 => (f64::from(u), k + 1),
                _ => (n.value, n.end),
            }
        });
    if let Some((value, mut e)) = count {
        if offset == i32::MIN {
            return None;
        }
        // "last three weekends" after a verb "last": only "the last 3 …" or "next/previous 3 …".
        if matches!(lower.as_str(), "last" | "past") && !(i > 0 && cx.is(i - 1, "the")) {
            return None;
        }
        if cx.is_any(e, &["business", "working", "calendar"]) && cx.near(e) {
            e += 1;
        }
        if cx.near(e) {
            if let Some(unit) = cx.word(e).and_then(|w| w.time_unit) {
                let mut p = DatePhrase::new(i, e + 1, Cat::Date, When::Nothing);
                p.duration = Some(duration_iso(value, unit));
                p.qualifier = Some(if offset > 0 { "next" } else { "last" });
                return Some(p);
            }
        }
        return None;
    }
    if cx.is_any(k, &["couple", "few"]) && cx.near(k + 1) {
        let e = if cx.is(k + 1, "of") { k + 2 } else { k + 1 };
        if cx.word(e).and_then(|w| w.time_unit).is_some() && cx.near(e) {
            return Some(DatePhrase::new(i, e + 1, Cat::Date, When::Nothing));
        }
    }
    // "this morning", "this summer", "last night".
    let season = cx.lower(k);
    if matches!(
        season.as_str(),
        "morning" | "afternoon" | "evening" | "summer" | "winter" | "spring" | "autumn" | "fall"
    ) {
        if season == "fall" && !matches!(lower.as_str(), "this" | "last" | "next") {
            return None;
        }
        let cat = if matches!(season.as_str(), "morning" | "afternoon" | "evening") {
            Cat::Time
        } else {
            Cat::Date
        };
        let when = if cat == Cat::Time && offset == 0 {
            When::DayOffset(0)
        } else {
            When::Nothing
        };
        return Some(DatePhrase::new(i, k + 1, cat, when));
    }
    // "next 5/12".
    if let Some(mut p) = numeric_date(cx, k) {
        p.start = i;
        return Some(p);
    }
    // "this school year", "this working week", "next financial year".
    if cx.is_any(
        k,
        &[
            "school",
            "calendar",
            "fiscal",
            "financial",
            "academic",
            "working",
            "business",
            "tax",
        ],
    ) && cx.near(k + 1)
        && cx.word(k + 1).is_some_and(|w| w.time_unit.is_some())
    {
        k += 1;
    }
    let w = cx.word(k)?;
    if let Some(wd) = w.weekday {
        if offset == i32::MIN {
            return None;
        }
        return weekday(cx, k, wd, offset.signum() as i8, i);
    }
    if let Some(m) = w.month {
        if !cx.capitalised(k) && matches!(cx.lower(k).as_str(), "may" | "march")
            || offset == i32::MIN
        {
            return None;
        }
        let mut end = k + 1;
        let mut y = None;
        if cx.near(end) {
            if let Some((yy, e)) = year_at(cx, end) {
                y = Some(yy);
                end = e;
            }
        }
        return Some(DatePhrase::new(
            i,
            end,
            Cat::Date,
            When::Date {
                y,
                m: Some(m),
                d: None,
            },
        ));
    }
    if let Some(unit) = w.time_unit {
        if w.time_unit_plural || cx.s(k).len() <= 2 {
            return None;
        }
        let mut end = k + 1;
        if unit == TimeUnit::Night {
            let when = if offset == i32::MIN {
                When::Nothing
            } else {
                When::Relative {
                    unit: TimeUnit::Day,
                    offset: offset.min(0),
                }
            };
            return Some(DatePhrase::new(i, end, Cat::Time, when));
        }
        if unit == TimeUnit::Day && lower != "this" && lower != "that" {
            return None;
        }
        if matches!(unit, TimeUnit::Second | TimeUnit::Minute | TimeUnit::Hour)
            && lower == "last"
            && cx.near(end)
            && !cx.is_any(end, &[".", ",", "?", "!"])
        {
            // "last minute changes" is an idiom.
            return None;
        }
        // "next year's".
        if cx.is_any(end, &["'", "’"]) && cx.is(end + 1, "s") && cx.attached(end) {
            end += 2;
        }
        return Some(DatePhrase::new(i, end, Cat::Date, rel(unit)));
    }
    if offset == i32::MIN {
        return None;
    }
    // "next Christmas", "last Easter".
    let mut h = holiday(cx, k)?;
    h.start = i;
    Some(h)
}

/// "today", "tomorrow", "yesterday", "tonight", "right now", "the day after tomorrow".
fn day_word(cx: &Cx, i: usize) -> Option<DatePhrase> {
    let lower = cx.lower(i);
    let (off, cat) = match lower.as_str() {
        "today" => (0, Cat::Date),
        "tomorrow" => (1, Cat::Date),
        "yesterday" => (-1, Cat::Date),
        "tonight" | "tonite" => (0, Cat::Time),
        "right" if cx.is(i + 1, "now") && cx.near(i + 1) => {
            return Some(DatePhrase::new(i, i + 2, Cat::Time, When::DayOffset(0)));
        }
        "the" | "day" => {
            let k = if lower == "the" { i + 1 } else { i };
            if cx.is(k, "day")
                && cx.is_any(k + 1, &["after", "before"])
                && cx.is_any(k + 2, &["tomorrow", "yesterday"])
            {
                let off = if cx.is(k + 2, "tomorrow") { 2 } else { -2 };
                return Some(DatePhrase::new(i, k + 3, Cat::Date, When::DayOffset(off)));
            }
            return None;
        }
        _ => return None,
    };
    // "tomorrow night", "yesterday afternoon".
    let mut end = i + 1;
    let mut cat = cat;
    if cx.near(end) && cx.is_any(end, &["morning", "afternoon", "evening", "night"]) {
        end += 1;
        cat = Cat::Time;
    }
    Some(DatePhrase::new(i, end, cat, When::DayOffset(off)))
}

// ---------------------------------------------------------------------------------------------
// Times of day.

/// "am"/"pm"/"a.m."/"p.m." at `j`: (is_pm, end).
fn meridiem(cx: &Cx, j: usize) -> Option<(bool, usize)> {
    if !cx.near(j) {
        return None;
    }
    let lower = cx.lower(j);
    match lower.as_str() {
        "am" | "pm" => Some((lower == "pm", j + 1)),
        "a" | "p" => {
            // "a.m.", "p.m.", "a.m"
            if cx.is(j + 1, ".") && cx.attached(j + 1) && cx.is(j + 2, "m") && cx.attached(j + 2) {
                let mut e = j + 3;
                if cx.is(e, ".") && cx.attached(e) {
                    e += 1;
                }
                return Some((lower == "p", e));
            }
            // "8:45a", "9p" only attached.
            if cx.attached(j) && !(cx.is_word(j + 1) && cx.attached(j + 1)) {
                return Some((lower == "p", j + 1));
            }
            None
        }
        _ => None,
    }
}

/// "8:00am", "14:55", "2.15pm", "8am", "1140 a.m.", "8 p.m.", "at 6.45", "4 o'clock".
fn time_of_day(cx: &Cx, i: usize) -> Option<DatePhrase> {
    let mut k = i;
    let at = cx.is(i, "at") && cx.near(i + 1);
    if at {
        k += 1;
    }
    let (h, mut mi, mut end, had_colon, dotted) = if cx.is_digits(k) {
        let hs = cx.s(k);
        if i > 0
            && cx.attached(i)
            && (cx.is_word(i - 1) || cx.is_digits(i - 1) || cx.is_any(i - 1, &[":", ".", ",", "/"]))
            && !at
        {
            return None;
        }
        if cx.is_any(k + 1, &[":", "."])
            && cx.attached(k + 1)
            && cx.is_digits(k + 2)
            && cx.attached(k + 2)
            && cx.s(k + 2).len() == 2
            && hs.len() <= 2
        {
            let h: u8 = hs.parse().ok()?;
            let m: u8 = cx.s(k + 2).parse().ok()?;
            let mut end = k + 3;
            let dotted = cx.is(k + 1, ".");
            if cx.is(end, ":")
                && cx.attached(end)
                && cx.is_digits(end + 1)
                && cx.attached(end + 1)
                && cx.s(end + 1).len() == 2
            {
                end += 2;
            }
            (h, m, end, true, dotted)
        } else if hs.len() == 4 && meridiem(cx, k + 1).is_some() {
            // "1140 a.m."
            let v: u16 = hs.parse().ok()?;
            ((v / 100) as u8, (v % 100) as u8, k + 1, true, false)
        } else if hs.len() <= 2 {
            (hs.parse().ok()?, 0, k + 1, false, false)
        } else {
            return None;
        }
    } else {
        // Word hours after "at": "at five", "at seven thirty" are rare in news; skip.
        return None;
    };
    if h > 24 || mi > 59 {
        return None;
    }
    let mut hour = h;
    let mut has_meridiem = false;
    if let Some((pm, e)) = meridiem(cx, end) {
        if h == 0 || h > 12 {
            return None;
        }
        hour = if pm && h < 12 {
            h + 12
        } else if !pm && h == 12 {
            0
        } else {
            h
        };
        end = e;
        has_meridiem = true;
    } else if cx.is_any(end, &["o'clock", "oclock", "o"]) && cx.near(end) {
        if cx.is(end, "o") {
            if !(cx.is(end + 1, "'") || cx.is(end + 1, "’")) || !cx.is(end + 2, "clock") {
                return None;
            }
            end += 3;
        } else {
            end += 1;
        }
        has_meridiem = true;
    } else if cx.is(end, "h") && cx.attached(end) && had_colon {
        end += 1;
    }
    // Without am/pm a time needs a colon ("14:55") or "at" before a dotted hour ("at 6.45").
    if !has_meridiem && !had_colon {
        // "3 in the morning", "6 in the afternoon".
        if h <= 12 && cx.near(end) && cx.is(end, "in") {
            if let Some(q) = part_of_day(cx, end) {
                let mut p = DatePhrase::new(k, q.end, Cat::Time, When::Nothing);
                p.time = Some((h, 0));
                return Some(p);
            }
        }
        return None;
    }
    if !has_meridiem && dotted && !at {
        // "3.45" is a decimal unless "at" or a 24-hour clock context says otherwise.
        if !(i > 0
            && cx.is_any(
                i - 1,
                &["from", "to", "until", "till", "between", "and", "-"],
            ))
        {
            return None;
        }
    }
    if !has_meridiem && had_colon && !dotted {
        // "4:3 aspect ratio", "won 2:1": minutes are two digits, hours at most two.
        if cx.near(end) && cx.is_any(end, &["ratio", "aspect"]) {
            return None;
        }
    }
    if mi == 0 && !had_colon {
        mi = 0;
    }
    let start = if at && dotted { i } else { k };
    let mut p = DatePhrase::new(start, end, Cat::Time, When::Nothing);
    p.time = Some((hour % 24, mi));
    // "2pm GMT".
    Some(p)
}

/// "noon", "midnight", "half past seven", "quarter to five", "20 min past eight".
fn named_time(cx: &Cx, i: usize) -> Option<DatePhrase> {
    let lower = cx.lower(i);
    match lower.as_str() {
        "noon" | "midday" | "noonish" => {
            let mut p = DatePhrase::new(i, i + 1, Cat::Time, When::Nothing);
            p.time = Some((12, 0));
            return Some(p);
        }
        "midnight" => {
            let mut p = DatePhrase::new(i, i + 1, Cat::Time, When::Nothing);
            p.time = Some((0, 0));
            return Some(p);
        }
        "mid" if cx.is(i + 1, "night") && cx.near(i + 1) => {
            let mut p = DatePhrase::new(i, i + 2, Cat::Time, When::Nothing);
            p.time = Some((0, 0));
            return Some(p);
        }
        _ => {}
    }
    // "<minutes> past|to <hour>": "half past seven", "quarter to five", "20 min past eight".
    let (mins, mut k) = if cx.is_any(i, &["half", "quarter"]) {
        (if cx.is(i, "half") { 30 } else { 15 }, i + 1)
    } else {
        let n = numbers::parse(cx, i, Context::Plain)?;
        if n.value.fract() != 0.0 || n.value <= 0.0 || n.value >= 60.0 {
            return None;
        }
        let mut k = n.end;
        let with_unit = cx.is_any(k, &["min", "mins", "minutes", "minute"]) && cx.near(k);
        if with_unit {
            k += 1;
        }
        // "two to four people" is a range of counts: clock minutes come in fives.
        if !with_unit && n.value as u8 % 5 != 0 {
            return None;
        }
        (n.value as u8, k)
    };
    if !(cx.is_any(k, &["past", "to", "after"]) && cx.near(k) && cx.near(k + 1)) {
        return None;
    }
    let past = !cx.is(k, "to");
    k += 1;
    let h = numbers::parse(cx, k, Context::Plain)?;
    if h.value.fract() != 0.0 || h.value < 1.0 || h.value > 12.0 || h.start != k {
        return None;
    }
    let mut end = h.end;
    if meridiem(cx, end).is_some() {
        // "5 to 6pm" is a range of hours.
        return None;
    }
    if cx.is_any(end, &["o'clock", "oclock"]) {
        end += 1;
    } else if cx.is(end, "o") && cx.is_any(end + 1, &["'", "’"]) && cx.is(end + 2, "clock") {
        end += 3;
    }
    if cx.near(end)
        && cx.is_word(end)
        && !cx.is_any(
            end,
            &[
                "in",
                "at",
                "on",
                "this",
                "tonight",
                "today",
                "tomorrow",
                "yesterday",
                "am",
                "pm",
                "and",
                "or",
            ],
        )
    {
        return None;
    }
    let hour = h.value as u8;
    let (hh, mm) = if past {
        (hour, mins)
    } else {
        ((hour + 11) % 12, 60 - mins)
    };
    let mut p = DatePhrase::new(i, end, Cat::Time, When::Nothing);
    p.time = Some((hh, mm));
    Some(with_part_of_day(cx, p))
}

/// "in the morning", "early in the morning", "later in the afternoon", "in the mornings".
fn part_of_day(cx: &Cx, i: usize) -> Option<DatePhrase> {
    let mut k = i;
    if cx.is_any(k, &["early", "late", "later", "earlier"]) && cx.near(k + 1) {
        k += 1;
    }
    if !(cx.is(k, "in") && cx.near(k + 1)) {
        return None;
    }
    k += 1;
    if cx.is(k, "the") && cx.near(k + 1) {
        k += 1;
    }
    let lower = cx.lower(k);
    if !matches!(
        lower.as_str(),
        "morning"
            | "mornings"
            | "afternoon"
            | "afternoons"
            | "evening"
            | "evenings"
            | "daytime"
            | "night"
            | "nighttime"
    ) {
        return None;
    }
    let mut end = k + 1;
    if lower == "night" && cx.is(end, "-") && cx.is(end + 1, "time") {
        end += 2;
    }
    Some(DatePhrase::new(i, end, Cat::Time, When::Nothing))
}

// ---------------------------------------------------------------------------------------------
// Holidays, sets, parts.

/// A holiday's words and its fixed (month, day), if it has one.
type Holiday = (&'static [&'static str], Option<(u8, u8)>);

const HOLIDAYS: &[Holiday] = &[
    (&["christmas", "eve"], Some((12, 24))),
    (&["christmas", "day"], Some((12, 25))),
    (&["christmas"], Some((12, 25))),
    (&["boxing", "day"], Some((12, 26))),
    (&["new", "year's", "eve"], Some((12, 31))),
    (&["new", "year's", "day"], Some((1, 1))),
    (&["new", "year"], Some((1, 1))),
    (&["halloween"], Some((10, 31))),
    (&["valentine's", "day"], Some((2, 14))),
    (&["independence", "day"], Some((7, 4))),
    (&["easter"], None),
    (&["thanksgiving"], None),
    (&["black", "friday"], None),
    (&["labor", "day"], None),
    (&["labour", "day"], None),
    (&["memorial", "day"], None),
];

/// The first words of `HOLIDAYS` ("valentine" for "valentine's"): most words start no holiday,
/// and this turns them away before the list is tried.
fn opens_holiday(word: &str) -> bool {
    matches!(
        word,
        "black"
            | "boxing"
            | "christmas"
            | "easter"
            | "halloween"
            | "independence"
            | "labor"
            | "labour"
            | "memorial"
            | "new"
            | "thanksgiving"
            | "valentine"
    )
}

fn holiday(cx: &Cx, i: usize) -> Option<DatePhrase> {
    if !cx.word(i).is_some_and(|w| w.starter) {
        return None;
    }
    if !opens_holiday(&cx.lower(i)) {
        return None;
    }
    for (words, md) in HOLIDAYS {
        let mut k = i;
        let mut ok = true;
        for w in words.iter() {
            if let Some(stem) = w.strip_suffix("'s") {
                if cx.is(k, stem) && cx.is_any(k + 1, &["'", "’"]) && cx.is(k + 2, "s") {
                    k += 3;
                    continue;
                }
                ok = false;
                break;
            }
            if !(cx.is(k, w) && (k == i || cx.near(k))) {
                ok = false;
                break;
            }
            k += 1;
        }
        if !ok {
            continue;
        }
        // "new year" in lower case is usually just a new year, unless a date word leads to it.
        if !cx.capitalised(i)
            && words[0] == "new"
            && !(i > 0 && cx.is_any(i - 1, &["before", "after", "until", "since", "over", "by"]))
        {
            return None;
        }
        let mut y = None;
        if cx.near(k) {
            if let Some((yy, e)) = year_at(cx, k) {
                y = Some(yy);
                k = e;
            }
        }
        let when = match md {
            Some((m, d)) => When::Date {
                y,
                m: Some(*m),
                d: Some(*d),
            },
            None => When::Date {
                y,
                m: None,
                d: None,
            },
        };
        return Some(DatePhrase::new(i, k, Cat::Date, when));
    }
    None
}

/// Adverbs that are a set on their own: "weekly", "daily".
const SET_ADVERBS: &[&str] = &[
    "weekly",
    "everyday",
    "monthly",
    "annually",
    "quarterly",
    "fortnightly",
    "biweekly",
    "yearly",
    "daily",
    "hourly",
];

/// "every Friday", "each two days", "every other week", "weekly", "daily".
fn set(cx: &Cx, i: usize) -> Option<DatePhrase> {
    let lower = cx.lower(i);
    if SET_ADVERBS.contains(&lower.as_str()) {
        if cx.capitalised(i) && !cx.sentence_start(i) {
            return None;
        }
        let mut p = DatePhrase::new(i, i + 1, Cat::Date, When::Nothing);
        p.qualifier = Some("every");
        return Some(p);
    }
    if matches!(lower.as_str(), "bi" | "semi")
        && cx.is(i + 1, "-")
        && cx.is_any(i + 2, &["monthly", "annually", "weekly", "yearly"])
    {
        let mut p = DatePhrase::new(i, i + 3, Cat::Date, When::Nothing);
        p.qualifier = Some("every");
        return Some(p);
    }
    if !matches!(lower.as_str(), "every" | "each") || !cx.near(i + 1) {
        return None;
    }
    let mut k = i + 1;
    if cx.is(k, "other") && cx.near(k + 1) {
        k += 1;
    }
    if let Some(n) = numbers::parse(cx, k, Context::Plain)
        .filter(|n| n.kind == NumKind::Cardinal && n.start == k)
    {
        k = n.end;
    }
    if !cx.near(k) {
        return None;
    }
    let w = cx.word(k);
    let ok = w.is_some_and(|w| w.time_unit.is_some() || w.weekday.is_some())
        || cx.is_any(
            k,
            &[
                "morning",
                "afternoon",
                "evening",
                "night",
                "weekend",
                "weekday",
            ],
        );
    if !ok {
        return None;
    }
    let mut end = k + 1;
    // "each monday at 4pm", "every evening at 7:13 p.m.".
    if cx.is(end, "at") && cx.near(end + 1) {
        if let Some(t) = time_of_day(cx, end + 1) {
            end = t.end;
        }
    }
    let mut p = DatePhrase::new(i, end, Cat::Date, When::Nothing);
    p.qualifier = Some("every");
    Some(p)
}

/// "mid-November", "the end of 2000", "the beginning of March", "early next year",
/// "the first quarter of the year", "the last week of July", "week 10", "end of month".
fn part_of(cx: &Cx, i: usize) -> Option<DatePhrase> {
    let lower = cx.lower(i);
    // "mid-November", "mid May", "early 2019", "late last year", "earlier this month".
    if matches!(
        lower.as_str(),
        "mid" | "early" | "late" | "earlier" | "later"
    ) {
        let mut k = i + 1;
        if cx.is(k, "-") && cx.attached(k) {
            k += 1;
        } else if !cx.near(k) {
            return None;
        }
        if cx.is(k, "in")
            && cx.is(k + 1, "the")
            && cx.is_any(k + 2, &["year", "month", "week", "day"])
        {
            return Some(DatePhrase::new(i, k + 3, Cat::Date, When::Nothing));
        }
        let inner = month_phrase(cx, k)
            .or_else(|| relative(cx, k))
            .or_else(|| {
                year_at(cx, k).map(|(y, e)| {
                    DatePhrase::new(
                        k,
                        e,
                        Cat::Date,
                        When::Date {
                            y: Some(y),
                            m: None,
                            d: None,
                        },
                    )
                })
            })?;
        if matches!(inner.when, When::Weekday { .. }) {
            return None;
        }
        let mut p = inner;
        p.start = i;
        return Some(p);
    }
    // "the end of 2000", "end of the sunday", "beginning of March", "end of month", "to date".
    let mut k = i;
    if cx.is(k, "the") && cx.near(k + 1) {
        k += 1;
    }
    if cx.is_any(k, &["end", "beginning", "start", "middle"])
        && cx.is(k + 1, "of")
        && cx.near(k + 2)
    {
        let mut m = k + 2;
        if cx.is(m, "the") && cx.near(m + 1) {
            m += 1;
        }
        if cx.is_any(m, &["month", "year", "week", "day", "quarter"]) && !cx.attached(m + 1) {
            return Some(DatePhrase::new(k, m + 1, Cat::Date, When::Nothing));
        }
        let inner = atom(cx, m)?;
        if inner.cat == Cat::Duration {
            return None;
        }
        let mut p = inner;
        p.start = k;
        return Some(p);
    }
    // "the first quarter of the year", "the last week of July", "the 9th month of next year",
    // "the second week of 2021", "first ten days of last year".
    let ord_ok = numbers::word_ordinal(cx, k).is_some()
        || cx.is_any(k, &["last", "final"])
        || cx.is_digits(k) && cx.is_any(k + 1, &["st", "nd", "rd", "th"]) && cx.attached(k + 1);
    if ord_ok {
        let after = if cx.is_digits(k) {
            k + 2
        } else {
            numbers::word_ordinal(cx, k)
                .map(|(_, e)| e)
                .unwrap_or(k + 1)
        };
        let mut u = after;
        if let Some(n) = numbers::parse(cx, u, Context::Plain)
            .filter(|n| n.start == u && n.kind == NumKind::Cardinal)
        {
            u = n.end;
        }
        let unit = cx
            .word(u)
            .filter(|_| cx.near(u))
            .and_then(|w| w.time_unit)?;
        let _ = unit;
        if !(cx.is(u + 1, "of") && cx.near(u + 2)) {
            // "the first quarter" alone.
            if cx.is_any(u, &["quarter", "half"]) && k == i + 1 {
                let q = numbers::word_ordinal(cx, k).map(|(v, _)| v).unwrap_or(0);
                if (1..=4).contains(&q) && cx.is(u, "quarter") {
                    return Some(DatePhrase::new(
                        i,
                        u + 1,
                        Cat::Date,
                        When::Quarter {
                            y: None,
                            q: q as u8,
                        },
                    ));
                }
            }
            return None;
        }
        let mut m = u + 2;
        if cx.is(m, "the") && cx.is_any(m + 1, &["year", "month", "week"]) {
            return Some(DatePhrase::new(i, m + 2, Cat::Date, When::Nothing));
        }
        if cx.is(m, "the") {
            m += 1;
        }
        let inner = atom(cx, m)?;
        if inner.cat == Cat::Duration {
            return None;
        }
        return Some(DatePhrase::new(i, inner.end, Cat::Date, When::Nothing));
    }
    // "week 10", "week 3 of 2027".
    if cx.is(i, "week") && cx.is_digits(i + 1) && cx.near(i + 1) && cx.s(i + 1).len() <= 2 {
        let w: u8 = cx.s(i + 1).parse().ok()?;
        if !(1..=53).contains(&w) {
            return None;
        }
        let mut end = i + 2;
        if cx.is(end, "of") {
            if let Some((_, e)) = year_at(cx, end + 1) {
                end = e;
            }
        }
        return Some(DatePhrase::new(i, end, Cat::Date, When::Nothing));
    }
    if (lower == "year" || lower == "to")
        && cx.is(i + 1, if lower == "year" { "to" } else { "date" })
    {
        if lower == "year" && cx.is(i + 2, "date") {
            return Some(DatePhrase::new(i, i + 3, Cat::Date, When::Nothing));
        }
        if lower == "to"
            && i > 0
            && !cx.is_any(i - 1, &["up", "due", "date"])
            && !(cx.is_word(i + 2) && cx.near(i + 2))
        {
            return Some(DatePhrase::new(i, i + 2, Cat::Date, When::Nothing));
        }
    }
    None
}

// ---------------------------------------------------------------------------------------------
// Durations.

/// "three years", "3 minutes", "2.5 hours", "one and a half hours", "½ hour", "3h",
/// "half an hour", "a few days", "all day", "2 years 1 month 21 days".
pub fn duration(cx: &Cx, i: usize) -> Option<DatePhrase> {
    let lower = cx.lower(i);
    // "all day", "all week".
    if lower == "all"
        && cx.near(i + 1)
        && cx.is_any(
            i + 1,
            &[
                "day",
                "week",
                "month",
                "year",
                "night",
                "weekend",
                "morning",
                "afternoon",
                "evening",
            ],
        )
    {
        let mut p = DatePhrase::new(i, i + 2, Cat::Duration, When::Nothing);
        if let Some(u) = cx.word(i + 1).and_then(|w| w.time_unit) {
            p.duration = Some(duration_iso(1.0, u));
        }
        return Some(p);
    }
    // "few hours", "a few days", "several weeks", "some days", "a couple of weeks".
    let vague_end = {
        let mut k = i;
        if cx.is(k, "a") && cx.is_any(k + 1, &["few", "couple"]) {
            k += 1;
        }
        if cx.is_any(k, &["few", "several", "some", "couple", "many"]) && cx.near(k + 1) {
            k += 1;
            if cx.is(k, "of") {
                k += 1;
            }
            cx.word(k).filter(|w| w.time_unit_plural).map(|_| k + 1)
        } else {
            None
        }
    };
    if let Some(end) = vague_end {
        if cx.is(i, "some") && !cx.is_any(end, &["ago", "later", "earlier"]) {
            // "some days" is vague enough to skip unless it anchors a date.
        }
        return Some(DatePhrase::new(i, end, Cat::Duration, When::Nothing));
    }
    // "half an hour".
    if lower == "half" && cx.is_any(i + 1, &["an", "a"]) && cx.near(i + 2) {
        let u = cx.word(i + 2).and_then(|w| w.time_unit)?;
        let mut p = DatePhrase::new(i, i + 3, Cat::Duration, When::Nothing);
        p.duration = Some(duration_iso(0.5, u));
        return Some(p);
    }
    // "a year", "an hour": only as the start of an anchored phrase ("a year ago").
    let (amount, mut k, article) = if cx.is_any(i, &["a", "an"]) && cx.near(i + 1) {
        (1.0, i + 1, true)
    } else {
        let n = numbers::parse(cx, i, Context::Plain)?;
        if n.kind != NumKind::Cardinal || n.value < 0.0 {
            return None;
        }
        (n.value, n.end, false)
    };
    if !(cx.near(k) || (cx.attached(k) && !article)) {
        return None;
    }
    if cx.is(k, "-") && cx.attached(k) && cx.attached(k + 1) {
        // "15-minute", "three-year".
        k += 1;
    }
    // "the 5 upcoming years", "the 10 previous weeks".
    if !article
        && cx.is_any(
            k,
            &[
                "upcoming",
                "next",
                "past",
                "previous",
                "last",
                "coming",
                "following",
            ],
        )
        && cx.near(k + 1)
    {
        if let Some(u) = cx
            .word(k + 1)
            .filter(|w| w.time_unit_plural)
            .and_then(|w| w.time_unit)
        {
            let mut p = DatePhrase::new(i, k + 2, Cat::Date, When::Nothing);
            p.duration = Some(duration_iso(amount, u));
            return Some(p);
        }
    }
    let w = cx.word(k)?;
    let unit = w.time_unit?;
    let written = cx.s(k);
    // "2021 weekend": a year, not two thousand weekends.
    if !w.time_unit_plural && amount >= 1000.0 {
        return None;
    }
    // "3h", "3Y" only attached; "h" alone after a space is not an hour.
    if written.len() == 1 && !(cx.attached(k)) {
        return None;
    }
    if written.eq_ignore_ascii_case("sec") && cx.is(k + 1, ".") {
        // fine
    }
    if cx.is_word(k + 1) && cx.attached(k + 1) {
        return None;
    }
    let mut amount = amount;
    let mut end = k + 1;
    // "one hour and half", "one year and a quarter".
    if cx.is(end, "and") && cx.near(end + 1) {
        let mut f = end + 1;
        if cx.is(f, "a") {
            f += 1;
        }
        if cx.is(f, "half") {
            amount += 0.5;
            end = f + 1;
        } else if cx.is(f, "quarter") {
            amount += 0.25;
            end = f + 1;
        }
    }
    let mut iso = duration_iso(amount, unit);
    // "2 years 1 month 21 days", "3 hours 30 minutes".
    let mut extra = 0;
    while extra < 3 && cx.near(end) {
        let mut k2 = end;
        if cx.is(k2, "and") && cx.near(k2 + 1) {
            k2 += 1;
        }
        let Some(n2) = numbers::parse(cx, k2, Context::Plain)
            .filter(|n| n.kind == NumKind::Cardinal && n.start == k2)
        else {
            break;
        };
        let u2 = n2.end;
        let Some(unit2) = cx
            .word(u2)
            .filter(|_| cx.near(u2))
            .and_then(|w| w.time_unit)
        else {
            break;
        };
        if (unit2 as u8) >= (unit as u8) {
            break;
        }
        iso.push_str(&duration_iso(n2.value, unit2).replacen('P', "", 1));
        end = u2 + 1;
        extra += 1;
    }
    if article {
        // Needs an anchor to be a date/duration at all ("a year ago"); "£3 a day" is a rate.
        let anchored =
            cx.is_any(end, &["ago", "later", "earlier", "from", "before", "after"]) && cx.near(end);
        if !(anchored || i > 0 && cx.is_any(i - 1, &["for", "in", "within", "over"])) {
            return None;
        }
    }
    let mut p = DatePhrase::new(i, end, Cat::Duration, When::Nothing);
    p.duration = Some(iso);
    Some(p)
}

/// "3 weeks later", "2 days ago", "3 minutes from now", "2 weeks before Christmas",
/// "two months after next Friday": a duration measured from a point is a date.
fn duration_anchor(cx: &Cx, d: DatePhrase) -> DatePhrase {
    let j = d.end;
    if !cx.near(j) {
        return d;
    }
    if cx.is_any(j, &["ago", "later", "earlier", "hence", "since"]) && !cx.is(j, "since") {
        let mut p = d;
        p.end = j + 1;
        p.cat = Cat::Date;
        return p;
    }
    if cx.is_any(j, &["from", "before", "after"]) && cx.near(j + 1) {
        if cx.is(j + 1, "now") {
            let mut p = d;
            p.end = j + 2;
            p.cat = Cat::Date;
            return p;
        }
        if let Some(b) = atom(cx, j + 1) {
            if b.cat != Cat::Duration {
                let mut p = d;
                p.end = b.end;
                p.cat = Cat::Date;
                return p;
            }
        }
    }
    d
}
