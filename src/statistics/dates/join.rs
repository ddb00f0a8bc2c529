//! Phrase joining: an atom, then the atoms that join it ("tomorrow 8am", "Friday 7/6", "next
//! week Wednesday"), and which grammar may open an atom at a token.

use super::absolute::{
    century, compact_quarter, day_at, day_month, era_year, listed_day, month_phrase, named_year,
    numeric_date, quarter, the_day, year_at, year_atom, NAMED_YEAR_KINDS,
};
use super::compact::{compact_date, spaced_date};
use super::digit_gate::DigitGate;
use super::duration_anchor::duration_anchor;
use super::durations::duration;
use super::holidays::holiday;
use super::named_times::named_time;
use super::parts::part_of;
use super::ranges::{bare_hour_time, range_from_bare};
use super::relative::{
    day_of_relative_month, day_word, relative, weekday, weekdays_away, with_weekday, RELATIVE,
};
use super::sets::{clock_recurrence, frequency, set};
use super::spoken::{spoken_time, spoken_year};
use super::times::{part_of_day, time_of_day};
use super::{parse_core, Cat, DatePhrase};
use crate::statistics::calendar::When;
use crate::statistics::cursor::Cx;
use crate::statistics::lexicon::TimeUnit;
use crate::statistics::lexicon::SET_ADVERBS;
use crate::statistics::numbers::{self, Context};
use crate::statistics::tokens::Kind;
use crate::statistics::words::{ORDINAL_SUFFIXES, PARTS_OF_DAY, PARTS_OF_DAY_PLURAL, RANGE_DASHES};

/// Connectors inside one date phrase and the kind of atom each may introduce.
pub(super) const JOIN_WORDS: &[&str] = &[
    "at", "on", "of", "in", "around", "before", "after", "by", "from", "between",
];

/// An atom, then whatever atoms join it: "tomorrow 8:00am", "Friday 7/6", "next week Wednesday",
/// "Tuesday of last week", "8am this morning", "December 15 2016 from 7:00 to 8:00pm".
pub(super) fn phrase(cx: &Cx, i: usize) -> Option<DatePhrase> {
    let mut p = atom(cx, i)?;
    let mut joins = 0;
    while joins < 4 && cx.near(p.end) {
        let mut j = p.end;
        // "August two thousand and fifteen", "13 Sept nineteen seventy-two": a year in words
        // completes a month or a day of one.
        if let When::Date {
            y: None,
            m: Some(m),
            d,
        } = p.when
        {
            let k = if cx.is_any(j, &[",", "of"]) && cx.near(j + 1) {
                j + 1
            } else {
                j
            };
            if let Some((y, e)) = spoken_year(cx, k, true) {
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
        // "Tuesday the eleventh", "Monday the 24th": a weekday and its day of the month.
        if matches!(p.when, When::Weekday { .. }) && cx.is(j, "the") && cx.near(j + 1) {
            // Digits need their ordinal ending: "Monday the 24 people" is a count.
            let ordinal = !cx.is_digits(j + 1) || cx.is_any(j + 2, ORDINAL_SUFFIXES);
            if let Some((_, e)) = day_at(cx, j).filter(|&(_, e)| {
                ordinal
                    && !(cx.near(e)
                        && cx
                            .word(e)
                            .is_some_and(|w| w.month.is_some() || w.time_unit.is_some()))
            }) {
                p.end = e;
                joins += 1;
                continue;
            }
        }
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
            if let Some(q) = super::part_hour::comma_then_time(cx, &p, j) {
                p = q;
                joins += 1;
                continue;
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
                    p.when = with_weekday(p.when, b.when);
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
        // "tonight @ 8:15", "Tuesday @ 7pm": the sign for "at", before a number only ("@name"
        // is a handle).
        let at_sign = cx.is(j, "@") && cx.is_digits(j + 1) && cx.near(j + 1);
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
        } else if let Some(b) = super::times::hour_h(cx, j).filter(|_| p.when.is_one_day()) {
            // "Fri, Jul 18, 2014 19h", "Thursday 14h": an hour written with "h" after a day is
            // its clock time ("15h" alone is a length: "a 15h flight").
            Some(b)
        } else if cx.is_digits(j)
            && range_from_bare(cx, j, RANGE_DASHES).is_some_and(|b| b.cat == Cat::Time)
        {
            // "next Monday 1-3 pm".
            range_from_bare(cx, j, RANGE_DASHES)
        } else if connector && cx.is_any(j, &["at", "around"]) || at_sign {
            // A time in words is read here, not through `parse_core`, which would join the next
            // "at …" in turn (once per repetition of "at six pm at six pm …").
            time_of_day(cx, j)
                .or_else(|| spoken_time(cx, j).filter(|_| cx.is(j, "at")))
                .or_else(|| named_time(cx, j + 1))
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
            // "March 3 in the evening", "Friday in the morning": a day, then its part.
            let day = p.when.is_one_day();
            let in_the = connector && cx.is(p.end, "in") && cx.is(p.end + 1, "the");
            part_of_day_word(cx, j)
                .filter(|_| p.time.is_none() && (!connector || in_the && day))
                .or_else(|| atom(cx, j))
        };
        let Some(b) = b else { break };
        if b.cat == Cat::Duration || p.cat == Cat::Duration {
            break;
        }
        // "every 12 minutes from 6am to midnight": a recurrence of a length on the clock and
        // the hours it runs between are two figures, a DATE of recurrence and a TIME range
        // ("every Monday at 9am" stays one).
        if b.until_time.is_some() && clock_recurrence(cx, &p) {
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
        // A time of day and a year or month stay apart ("6 pm in 2019"): no ISO form holds
        // an hour of an unknown day, and the reader keeps the hour.
        let coarse = |w: When| matches!(w, When::Date { d: None, .. });
        if p.time.is_some() && b.time.is_none() && coarse(b.when)
            || b.time.is_some() && p.time.is_none() && coarse(p.when)
        {
            break;
        }
        // Two of the same sort do not join ("Monday Tuesday").
        let same = matches!(
            (p.when, b.when),
            (When::Weekday { .. }, When::Weekday { .. })
        ) || (p.time.is_some() && b.time.is_some())
            // "9am-5pm Mon-Fri": a weekday opening a range of days is not the times' day; a
            // phrase that opened with its weekday takes no second one ("Wednesday November
            // 20, 2019 Wednesday's Headlines"), nor does a bare year ("for 2026 on Thursday").
            || matches!(b.when, When::Weekday { .. })
                && (cx.is_any(b.end, &["-", "–"])
                    || cx.word(p.start).is_some_and(|w| w.weekday.is_some())
                    || matches!(p.when, When::Date { m: None, .. }));
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
            // "3 May from 7am to 10pm": the day takes the range of times.
            if p.until.is_none() && b.until_time.is_some() {
                p.until = b.until;
                p.until_time = b.until_time;
                p.qualifier = p.qualifier.or(b.qualifier);
            }
        }
        // "April last year", "3 May next year": the month in the year named relatively.
        if let (
            When::Date {
                y: None,
                m: Some(m),
                d,
            },
            When::Relative {
                unit: TimeUnit::Year,
                offset,
            },
        ) = (p.when, b.when)
        {
            p.when = When::InYear { m, d, offset };
        }
        // "Monday 9 March": the day of the month says which Monday.
        if matches!(p.when, When::Weekday { .. }) {
            p.when = with_weekday(p.when, b.when);
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
pub(super) fn part_of_day_word(cx: &Cx, j: usize) -> Option<DatePhrase> {
    let mut k = j;
    if cx.is_any(k, &["early", "late"]) && cx.near(k + 1) {
        k += 1;
    }
    (cx.is_any(k, PARTS_OF_DAY)
        || cx.is_any(k, PARTS_OF_DAY_PLURAL)
        || super::rough::part_of_day_ish(cx, k))
    .then(|| DatePhrase::new(j, k + 1, Cat::Time, When::Nothing))
}

/// The atom at a digit run: the grammars in turn, each only where `gate` says it may read
/// something (`DigitGate::ALL` tries them all).
pub(super) fn digit_atom(cx: &Cx, i: usize, gate: DigitGate) -> Option<DatePhrase> {
    let try_if = |ok: bool, grammar: fn(&Cx, usize) -> Option<DatePhrase>| {
        if ok {
            grammar(cx, i)
        } else {
            None
        }
    };
    // The flags of the three grammars that ask where the number ends: native gates, all
    // tried in the WASM build.
    #[cfg(not(target_arch = "wasm32"))]
    let after = (gate.weekdays_away, gate.frequency, gate.named_time);
    #[cfg(target_arch = "wasm32")]
    let after = (true, true, true);
    try_if(gate.era_year, era_year)
        .or_else(|| try_if(gate.compact_quarter, compact_quarter))
        .or_else(|| try_if(gate.numeric_date, numeric_date))
        .or_else(|| try_if(gate.spaced_date, spaced_date))
        .or_else(|| try_if(gate.compact_date, compact_date))
        .or_else(|| try_if(gate.time_of_day, time_of_day))
        .or_else(|| try_if(gate.ordinal, century))
        .or_else(|| try_if(gate.day, day_month))
        .or_else(|| try_if(gate.day, listed_day))
        .or_else(|| try_if(gate.day, day_of_relative_month))
        .or_else(|| try_if(after.0, weekdays_away))
        .or_else(|| try_if(after.1, frequency))
        .or_else(|| try_if(gate.year_atom, year_atom))
        .or_else(|| try_if(gate.ordinal, part_of))
        .or_else(|| try_if(after.2, named_time))
        .or_else(|| duration(cx, i).map(|d| duration_anchor(cx, d)))
}

pub(super) fn atom(cx: &Cx, i: usize) -> Option<DatePhrase> {
    let t = cx.tok(i)?;
    // "the morning of March 3", "the evening of Christmas Day": a part of a named day.
    let part = if cx.is(i, "the") && cx.near(i + 1) {
        i + 1
    } else {
        i
    };
    // The day after "of" never opens with a part of a day itself, so this reads one level only
    // ("the morning of the morning of …" would otherwise nest once per repetition).
    // "the early hours of Sunday", "the small hours of 3 May": the night's end, a part too.
    let hours_at = |k: usize| cx.is_any(k, &["early", "small", "wee"]) && cx.is(k + 1, "hours");
    let a_part = |k: usize| cx.is_any(k, PARTS_OF_DAY) || hours_at(k);
    let nested = |k: usize| a_part(k) || cx.is(k, "the") && a_part(k + 1);
    let hours = hours_at(part);
    let of = if hours { part + 2 } else { part + 1 };
    if (cx.is_any(part, PARTS_OF_DAY) || hours)
        && cx.is(of, "of")
        && cx.near(of)
        && cx.near(of + 1)
        && !nested(of + 1)
    {
        let day = atom(cx, of + 1).filter(|b| {
            b.cat == Cat::Date && b.when.is_one_day()
                || holiday(cx, of + 1).is_some_and(|h| h.end == b.end)
        });
        if let Some(b) = day {
            let mut p = b;
            p.start = i;
            p.cat = Cat::Time;
            return Some(p);
        }
    }
    match t.kind() {
        Kind::Digits => digit_atom(cx, i, DigitGate::of(cx, i)),
        Kind::Word => {
            let w = cx.word(i);
            if w.is_some_and(|w| w.month.is_some()) {
                if let Some(p) = month_phrase(cx, i) {
                    // "the August bank holiday", "October bank holiday 2019": a holiday named
                    // after its month, longer than the month alone.
                    if let Some(h) = holiday(cx, i).filter(|h| h.end > p.end) {
                        return Some(h);
                    }
                    return Some(p);
                }
            }
            if let Some(wd) = w.and_then(|w| w.weekday) {
                return weekday(cx, i, wd, 0, i);
            }
            // `era_year` reads a word only as the era before a year ("AD 79", "a.d. 79"), and
            // `spoken_time`, `weekdays_away` and `spoken_year` only after a number at `i`
            // (`spoken_time` also after "at"): most words are neither.
            let lower = cx.lower(i);
            let era = matches!(lower.as_str(), "bc" | "bce" | "ad" | "ce" | "b" | "a");
            let may_number = !numbers::opens_no_number(cx, i);
            let try_when = |ok: bool, grammar: &dyn Fn() -> Option<DatePhrase>| {
                if ok {
                    grammar()
                } else {
                    None
                }
            };
            if let Some(p) = period_edge(cx, i).or_else(|| try_when(era, &|| era_year(cx, i))) {
                return Some(p);
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
                .or_else(|| try_if(opens.day_number, day_of_relative_month))
                .or_else(|| try_when(may_number || lower == "at", &|| spoken_time(cx, i)))
                .or_else(|| try_when(may_number, &|| weekdays_away(cx, i)).filter(|_| number()))
                .or_else(|| {
                    let year = try_when_year(may_number, cx, i);
                    year.map(|(y, e)| {
                        let when = When::Date {
                            y: Some(y),
                            m: None,
                            d: None,
                        };
                        DatePhrase::new(i, e, Cat::Date, when)
                    })
                })
                .or_else(|| try_if(opens.named_time || number(), named_time))
                .or_else(|| try_if(opens.daylight, super::daylight::parse))
                .or_else(|| try_if(opens.at, time_of_day))
                .or_else(|| try_if(opens.at, super::rough::hour_at))
                .or_else(|| try_if(opens.part_of_day, part_of_day))
                .or_else(|| try_if(opens.part_of_day, super::part_hour::early_or_late))
                .or_else(|| try_if(opens.quarter, quarter))
                .or_else(|| holiday(cx, i))
                .or_else(|| try_if(opens.set, set))
                .or_else(|| try_if(opens.frequency || number(), frequency))
                .or_else(|| try_if(opens.part_of, part_of))
                .or_else(|| {
                    try_if(opens.duration || number(), duration).map(|d| duration_anchor(cx, d))
                })
        }
        // At a mark `duration` reads only a number ("½ hour", "-5 days"; its other readings
        // open with a word or digits): most marks after a phrase (".", ",") open none.
        Kind::Punct if crate::statistics::GATES && !numbers::mark_may_open_number(cx, i) => None,
        Kind::Punct => duration(cx, i).map(|d| duration_anchor(cx, d)),
    }
}

/// `spoken_year` at `i` when a number may start there (it reads nothing else).
fn try_when_year(may_number: bool, cx: &Cx, i: usize) -> Option<(i32, usize)> {
    if may_number {
        spoken_year(cx, i, false)
    } else {
        None
    }
}

/// Which word-opened grammars of `atom` can match at a word: each of them first checks the
/// word for one of a few keywords or an ordinal (read off its opening lines), so the others
/// need not be tried. `holiday` checks its own first words (`opens_holiday`). A grammar that
/// learns a new first word must be given it here too (the tests and the eval catch a miss).
pub(super) struct WordOpens {
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
    /// `daylight::parse`: "dawn", "lunchtime", "dinner".
    daylight: bool,
    /// `time_of_day` on a word: "at 5pm".
    at: bool,
    /// `part_of_day`: "in the morning", "late in the evening".
    part_of_day: bool,
    /// `quarter`: "Q1", "H2".
    quarter: bool,
    /// `set`: "weekly", "bi-monthly", "every day".
    set: bool,
    /// `frequency` besides numbers: "once", "twice".
    frequency: bool,
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
            daylight: super::daylight::TIME_WORDS.contains(&w)
                || super::daylight::TIMED_WORDS.contains(&w),
            at: w == "at",
            part_of_day: matches!(w, "early" | "late" | "later" | "earlier" | "in"),
            quarter: matches!(w, "q" | "h"),
            set: SET_ADVERBS.contains(&w) || matches!(w, "bi" | "semi" | "every" | "each"),
            frequency: matches!(w, "once" | "twice" | "thrice"),
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
                        | "rest"
                        | "remainder"
                        | "summer"
                        | "winter"
                        | "spring"
                        | "autumn"
                        | "fall"
                        | "last"
                        | "final"
                        | "week"
                        | "year"
                        | "to"
                ),
            duration: matches!(
                w,
                "all"
                    | "a"
                    | "an"
                    | "few"
                    | "several"
                    | "some"
                    | "couple"
                    | "many"
                    | "half"
                    // "dozens of days", "tens of thousands of years" (`durations::MANY`).
                    | "dozens"
                    | "scores"
                    | "tens"
                    | "hundreds"
                    | "thousands"
                    | "millions"
            ) || super::durations::unit_long_at(cx, i),
        }
    }
}

/// "EOD", "by EOM", "the EOY", "BOM": the end or beginning of the day, week, month, quarter or
/// year as business writing abbreviates them (the end ones in any case, "eod"; the beginning
/// ones in capitals only, since "bow" is a word).
fn period_edge(cx: &Cx, i: usize) -> Option<DatePhrase> {
    let lower = cx.lower(i);
    let end = matches!(lower.as_str(), "eod" | "eow" | "eom" | "eoq" | "eoy");
    let start = matches!(lower.as_str(), "bow" | "bom" | "boq" | "boy")
        && cx.s(i).bytes().all(|b| b.is_ascii_uppercase());
    (end || start).then(|| DatePhrase::new(i, i + 1, Cat::Date, When::Nothing))
}

#[cfg(test)]
#[path = "mark_gate_tests.rs"]
mod mark_gate_tests;
