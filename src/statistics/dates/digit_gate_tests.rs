//! `DigitGate` against the atom it guards: at every digit run of generated and hand-made
//! texts the gated atom reads what the atom with every grammar tried reads. The texts reach
//! every gated grammar, so a flag turned off, or one cut too tight, fails here.

use super::super::join::digit_atom;
use super::*;
use crate::statistics::cursor::Cx;
use crate::statistics::gate_check::each_digit_run;

/// Words and marks before the number.
const BEFORE: &[&str] = &[
    "",
    "at ",
    "from ",
    "by ",
    "The ",
    "in ",
    "$",
    "(",
    "and ",
    "since ",
    "2 ",
    "-",
    "until ",
    "June 3 and ",
    "June 3 & ",
    "3, ",
    "& ",
];

/// The numbers.
const DIGITS: &[&str] = &[
    "3", "12", "31", "44", "0", "2019", "1990", "123", "0730", "1400", "20200314", "18", "4",
];

/// The first thing after the number, read glued on and after a space.
const FIRST: &[&str] = &[
    "", "BC", "bce", "AD", "A", "a", "b", "B", "Q", "q", "H", "h", ":", ".", "/", "-", "st", "th",
    "nd", "am", "PM", "p", "o'clock", "o", "in", "s", "10", "1974", "March", "march", "of",
    "times", "Fridays", "weeks", "years", "hours", "past", "to", "tonight", "people", "%", ",",
    "GMT", "hours", "and", "century", "quarter", "week", "half", "dozen", "1/2", "¼", "ago",
    "Tuesdays", "weekdays", "min", "mins", "minutes", "minute", "after", "&", "May", "sept",
    "million", "hundred", "twenty", "new",
];

/// The second thing after the number, read glued on and after a space.
const SECOND: &[&str] = &[
    "", "D", "d", ".", "C", "c", "4", "30", "00", "2019", "10", "m", "M", "clock", "'", "the",
    "morning", "century", "quarter", "of", "a", "day", "ago", "from", "eight", "March", "-",
    "years", "tonight", "week", "1974", "h1", "June", "and", "next", "past", "now", "back",
];

/// Every digit run of `text`, gated by `gate` and with every grammar tried: the first that
/// reads differently, or (runs checked, runs where the full atom reads a phrase).
fn compare(text: &str, gate: fn(&Cx, usize) -> DigitGate) -> Result<(usize, usize), String> {
    each_digit_run(text, |cx, i| {
        let full = format!("{:?}", digit_atom(cx, i, DigitGate::ALL));
        let gated = format!("{:?}", digit_atom(cx, i, gate(cx, i)));
        if gated == full {
            Ok(full != "None")
        } else {
            Err(format!("{gated} / {full}"))
        }
    })
}

/// The generated texts: each number after each word before it with one thing after it, glued
/// on or after a space; and each number after no word and after "at" with two things after
/// it, each glued on or after a space; each closed by a word.
fn generated() -> Vec<String> {
    let joins = [("", ""), ("", " "), (" ", ""), (" ", " ")];
    let mut out = Vec::new();
    for digits in DIGITS {
        for first in FIRST {
            for before in BEFORE {
                for j in ["", " "] {
                    out.push(format!("{before}{digits}{j}{first} later"));
                }
            }
            for before in ["", "at "] {
                for second in SECOND {
                    for (j1, j2) in joins {
                        out.push(format!("{before}{digits}{j1}{first}{j2}{second} later"));
                    }
                }
            }
        }
    }
    out
}

/// Hand-made texts, one or more for each grammar.
const HAND_MADE: &[&str] = &[
    "44 BC",
    "in 2014 A.D.",
    "300 B.C.E. and later",
    "2018Q4 results",
    "4Q18 revenue",
    "2019H1 sales",
    "on 3/4/2019 he",
    "31.10.1974 was",
    "2019-07-16",
    "31 10 1974",
    "2016 10 16",
    "20200314",
    "2019-7 figures",
    "8:00am",
    "14:55",
    "2.15pm",
    "8am",
    "1140 a.m.",
    "8 p.m.",
    "from 6.45",
    "4 o'clock",
    "15h00",
    "9h30",
    "0730-0930",
    "1400 hours",
    "3 in the morning",
    "by 8 tonight",
    "the 21st century",
    "21st-century art",
    "3rd quarter of 2019",
    "the 2nd week of July",
    "3 March",
    "3rd of March 2019",
    "June 3 and 4",
    "3 of next month",
    "two Fridays from now",
    "3 Tuesdays ago",
    "3 times a day",
    "in 2019",
    "the 1990s",
    "1999/00 season",
    "2017 q1",
    "20 past eight",
    "20 min past eight",
    "3 years ago",
    "2.5 hours",
    "3 1/2 days later",
    "$3.5 billion",
    "12 people",
    "3.5% of 2019",
    "sold at 3.14 USD",
    "6.30-9.15am",
    "between 6.30 and 7.45",
    "2 years 1 month 21 days",
    "1 1/2 hours",
    "3/4 of an hour",
    "10 to 12",
    "5 ¼ hours",
    "at 3.45 metres",
    "in the '70s",
    "the late 90s",
    "in FY24 sales",
    "FY2024/25 plans",
    "a lap of 1:20.504",
    "ran 2:01:09 in",
    "2 weekdays from now",
    "4 Fridays back",
    "10 Sundays hence",
    "3 times per week",
    "5 times every month",
    "15 to midnight",
    "10 after 6pm",
    "25 minutes to 4",
    "1 min past 2",
    "3rd and 4th of May",
    "3, 4 and 5 June",
    "3 & 4 July",
    "June 3 & 4",
    "the 5th of next month",
    "3 million weeks",
    "6 weeks",
    "within 6 weeks.",
    "another 10 months,",
];

/// Cut too tight: `year_atom` at four digits only (no "the '70s", no "FY24").
fn tight_year(cx: &Cx, i: usize) -> DigitGate {
    let mut g = DigitGate::of(cx, i);
    g.year_atom &= cx.s(i).len() == 4;
    g
}

/// Cut too tight: `time_of_day` without its bare hour where `hour_may_open` lets one open.
fn tight_time(cx: &Cx, i: usize) -> DigitGate {
    let mut g = DigitGate::of(cx, i);
    g.time_of_day &= !(cx.s(i).len() <= 2 && super::super::times::hour_may_open(cx, i))
        || cx.is_any(i + 1, &[":", ".", "h", "o'clock", "oclock", "o", "in"]);
    g
}

/// Cut too tight: the day grammars without the "and" before the day ("June 3 and 4").
fn tight_day_before(cx: &Cx, i: usize) -> DigitGate {
    let mut g = DigitGate::of(cx, i);
    g.day &= cx.word(i + 1).is_some_and(|w| w.month.is_some())
        || cx.is_any(i + 1, &["of", ",", "and", "&", "st", "nd", "rd", "th"]);
    g
}

/// Cut too tight: the day grammars without "and" after the day ("3 and 4 June").
fn tight_day_after(cx: &Cx, i: usize) -> DigitGate {
    let mut g = DigitGate::of(cx, i);
    g.day &= !cx.is(i + 1, "and") || i >= 1 && cx.is_any(i - 1, &["and", "&"]);
    g
}

/// Cut too tight: `named_time` without the minutes' unit ("20 min past eight").
fn tight_named_time(cx: &Cx, i: usize) -> DigitGate {
    let mut g = DigitGate::of(cx, i);
    g.named_time &= !cx.is_any(i + 1, &["min", "mins", "minutes", "minute"]);
    g
}

/// Cut too tight: `era_year` with the eras as written only (no dotted "a.d.").
fn tight_era(cx: &Cx, i: usize) -> DigitGate {
    let mut g = DigitGate::of(cx, i);
    g.era_year &= matches!(cx.s(i + 1), "BC" | "BCE" | "AD" | "CE");
    g
}

#[test]
fn the_gated_digit_atom_reads_what_every_grammar_reads() {
    let (mut runs, mut read) = (0, 0);
    for text in generated()
        .iter()
        .map(String::as_str)
        .chain(HAND_MADE.iter().copied())
    {
        let (r, f) = compare(text, DigitGate::of).unwrap_or_else(|e| panic!("{e}"));
        runs += r;
        read += f;
    }
    // The texts hold numbers read as dates and times and numbers read as neither.
    assert!(read > 1_000 && read < runs / 2, "{read} of {runs}");
}

/// Each flag turned off, and two flags cut too tight, changes what some text reads: the texts
/// above reach every gated grammar.
#[test]
fn a_gate_cut_too_tight_is_caught() {
    type Cut = (&'static str, fn(&Cx, usize) -> DigitGate);
    let cuts: &[Cut] = &[
        ("era_year", |cx, i| DigitGate {
            era_year: false,
            ..DigitGate::of(cx, i)
        }),
        ("compact_quarter", |cx, i| DigitGate {
            compact_quarter: false,
            ..DigitGate::of(cx, i)
        }),
        ("numeric_date", |cx, i| DigitGate {
            numeric_date: false,
            ..DigitGate::of(cx, i)
        }),
        ("spaced_date", |cx, i| DigitGate {
            spaced_date: false,
            ..DigitGate::of(cx, i)
        }),
        ("compact_date", |cx, i| DigitGate {
            compact_date: false,
            ..DigitGate::of(cx, i)
        }),
        ("time_of_day", |cx, i| DigitGate {
            time_of_day: false,
            ..DigitGate::of(cx, i)
        }),
        ("ordinal", |cx, i| DigitGate {
            ordinal: false,
            ..DigitGate::of(cx, i)
        }),
        ("day", |cx, i| DigitGate {
            day: false,
            ..DigitGate::of(cx, i)
        }),
        ("year_atom", |cx, i| DigitGate {
            year_atom: false,
            ..DigitGate::of(cx, i)
        }),
        ("weekdays_away", |cx, i| DigitGate {
            weekdays_away: false,
            ..DigitGate::of(cx, i)
        }),
        ("frequency", |cx, i| DigitGate {
            frequency: false,
            ..DigitGate::of(cx, i)
        }),
        ("named_time", |cx, i| DigitGate {
            named_time: false,
            ..DigitGate::of(cx, i)
        }),
        ("tight day before", tight_day_before),
        ("tight day after", tight_day_after),
        ("tight named_time", tight_named_time),
        ("tight time_of_day", tight_time),
        ("tight era_year", tight_era),
        ("tight year_atom", tight_year),
    ];
    let texts: Vec<String> = generated()
        .into_iter()
        .chain(HAND_MADE.iter().map(|s| s.to_string()))
        .collect();
    for (name, cut) in cuts {
        let caught = texts.iter().any(|text| compare(text, *cut).is_err());
        assert!(
            caught,
            "{name}: no text tells the cut gate from the full atom"
        );
    }
}
