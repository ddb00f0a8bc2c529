//! Named table tests of whole classes of figure (issue 12): ordinals that are not fractions,
//! centuries and split years, vague quantities, bare years and open date ranges. Every sentence is
//! made up.
#![allow(clippy::type_complexity)]

use super::*;

/// (type, covered text, detail) of every statistic in `text`.
fn stats(text: &str) -> Vec<(&'static str, String, Detail)> {
    annotate(text)
        .into_iter()
        .filter_map(|a| {
            let t = a.text(text).to_string();
            match a.detail {
                annotation::Detail::Statistic(d) => Some((a.kind, t, d)),
                _ => None,
            }
        })
        .collect()
}

/// What one expected figure must carry; `None` fields are not checked.
struct Want {
    kind: &'static str,
    span: &'static str,
    value: Option<f64>,
    iso: Option<&'static str>,
}

const fn want(kind: &'static str, span: &'static str) -> Want {
    Want {
        kind,
        span,
        value: None,
        iso: None,
    }
}

const fn valued(kind: &'static str, span: &'static str, value: f64) -> Want {
    Want {
        kind,
        span,
        value: Some(value),
        iso: None,
    }
}

const fn dated(span: &'static str, iso: &'static str) -> Want {
    Want {
        kind: "DATE",
        span,
        value: None,
        iso: Some(iso),
    }
}

/// (case, sentence, figures that must be found, covered texts no figure may have).
fn check(cases: &[(&str, &str, &[Want], &[&str])]) {
    let mut names = std::collections::HashSet::new();
    for (name, text, wants, absent) in cases {
        assert!(names.insert(*name), "{name}: the case name is used twice");
        let got = stats(text);
        let shown: Vec<_> = got
            .iter()
            .map(|(k, t, d)| (k, t, d.value_of(), &d.extra().iso))
            .collect();
        for w in *wants {
            let Some((_, _, d)) = got.iter().find(|(k, t, _)| *k == w.kind && t == w.span) else {
                panic!("{name}: {} {:?} not in {shown:?}", w.kind, w.span);
            };
            if let Some(v) = w.value {
                assert!(
                    d.value_of().is_some_and(|x| (x - v).abs() < 1e-9),
                    "{name}: value {:?}, not {v}",
                    d.value_of()
                );
            }
            if let Some(iso) = w.iso {
                assert_eq!(d.extra().iso.as_deref(), Some(iso), "{name}: iso");
            }
        }
        for span in *absent {
            assert!(
                !got.iter().any(|(_, t, _)| t == span),
                "{name}: {span:?} should not be a figure: {shown:?}"
            );
        }
    }
}

#[test]
fn ordinals_after_a_are_ranks_not_fractions() {
    check(&[
        (
            "a rank before an adjective",
            "The airline posted a fifth consecutive annual loss.",
            &[valued("ORDINAL", "fifth", 5.0)],
            &["a fifth"],
        ),
        (
            "a rank before a noun",
            "She is seeking a fourth term as mayor.",
            &[valued("ORDINAL", "fourth", 4.0)],
            &["a fourth"],
        ),
        (
            "a rank before a time word",
            "Growers face a third year of drought.",
            &[valued("ORDINAL", "third", 3.0)],
            &["a third"],
        ),
        (
            "a rank in a hyphenated adjective",
            "It became a ninth-placed finish for the club.",
            &[valued("ORDINAL", "ninth", 9.0)],
            &["a ninth"],
        ),
        (
            "a compound rank",
            "They held a twenty-second reunion in the hall.",
            &[valued("ORDINAL", "twenty-second", 22.0)],
            &[],
        ),
        (
            "the second of several",
            "Police named the second suspect late on Tuesday.",
            &[valued("ORDINAL", "second", 2.0), want("DATE", "Tuesday")],
            &[],
        ),
        (
            "a superlative rank",
            "Leeds is now the third largest employer in the region.",
            &[valued("ORDINAL", "third largest", 3.0)],
            &[],
        ),
        (
            "a share before of",
            "A fifth of the orchards were replanted.",
            &[valued("CARDINAL", "A fifth", 0.2)],
            &[],
        ),
        (
            "a share at the end of a phrase",
            "Bus fares went up by a sixth.",
            &[valued("CARDINAL", "a sixth", 1.0 / 6.0)],
            &[],
        ),
        (
            "a share before a preposition",
            "Output shrank by an eighth in the spring.",
            &[valued("CARDINAL", "an eighth", 0.125)],
            &[],
        ),
        (
            "a share before a verb",
            "A tenth were turned away at the door.",
            &[valued("CARDINAL", "A tenth", 0.1)],
            &[],
        ),
        (
            "a share before a past tense",
            "A seventh reported no income at all.",
            &[valued("CARDINAL", "A seventh", 1.0 / 7.0)],
            &[],
        ),
        (
            "a share before a comparative",
            "The new hull weighs a fifth less than the old one.",
            &[valued("CARDINAL", "a fifth", 0.2)],
            &[],
        ),
    ]);
}

#[test]
fn centuries_and_split_years_are_dates() {
    check(&[
        (
            "hundreds with s are a century",
            "Weavers' cottages from the 1700s line the lane.",
            &[dated("1700s", "17XX")],
            &[],
        ),
        (
            "a named century",
            "The chapel dates from the 12th century.",
            &[dated("12th century", "11XX")],
            &[],
        ),
        (
            "a century in words",
            "Canals shaped the town in the eighteenth century.",
            &[dated("eighteenth century", "17XX")],
            &[],
        ),
        (
            "tens with s stay a decade",
            "Tower blocks of the 1960s are being pulled down.",
            &[dated("1960s", "196X")],
            &[],
        ),
        (
            "the 2000s stay a decade",
            "Broadband arrived in the 2000s for most villages.",
            &[dated("2000s", "200X")],
            &[],
        ),
        (
            "a slashed season",
            "Season tickets for the 2031/32 campaign sold out.",
            &[dated("2031/32", "2031/2032")],
            &["32"],
        ),
        (
            "a slashed financial year in full",
            "The trust overspent in 2017/2018 by a wide margin.",
            &[dated("2017/2018", "2017/2018")],
            &["2018"],
        ),
        (
            "a slashed year over a century",
            "Receipts for 1899/00 were lost in the fire.",
            &[dated("1899/00", "1899/1900")],
            &["00"],
        ),
    ]);
}

/// A vague figure: no exact `value`, a lower bound and the qualifier "at least".
fn vague_bound(cases: &[(&str, &str, &str, &str, f64)]) {
    for (name, text, kind, span, min) in cases {
        let got = stats(text);
        let Some((_, _, d)) = got.iter().find(|(k, t, _)| k == kind && t == span) else {
            panic!("{name}: {kind} {span:?} not in {got:?}");
        };
        assert_eq!(
            d.value_of(),
            None,
            "{name}: a vague figure has no exact value"
        );
        assert_eq!(d.extra().min, Some(*min), "{name}: lower bound");
        assert_eq!(d.extra().qualifier, Some("at least"), "{name}: qualifier");
    }
}

#[test]
fn vague_quantities_are_lower_bounds() {
    vague_bound(&[
        (
            "a plural scale before of",
            "Thousands of commuters were stranded.",
            "CARDINAL",
            "Thousands",
            2000.0,
        ),
        (
            "a plural scale on its own",
            "Hundreds gathered outside the town hall.",
            "CARDINAL",
            "Hundreds",
            200.0,
        ),
        (
            "dozens",
            "Dozens of stalls lined the quay.",
            "CARDINAL",
            "Dozens",
            24.0,
        ),
        (
            "tens of a plural scale",
            "Tens of thousands of ducks winter on the lake.",
            "CARDINAL",
            "Tens of thousands",
            20000.0,
        ),
        (
            "a plural scale of a plural scale",
            "Hundreds of thousands of bulbs were planted.",
            "CARDINAL",
            "Hundreds of thousands",
            200000.0,
        ),
        (
            "a vague count before a scale",
            "Several hundred volunteers turned up.",
            "CARDINAL",
            "Several hundred",
            200.0,
        ),
        (
            "a few before a scale",
            "Only a few thousand tickets remain.",
            "CARDINAL",
            "a few thousand",
            2000.0,
        ),
        (
            "scores of",
            "Scores of boats joined the regatta.",
            "CARDINAL",
            "Scores",
            40.0,
        ),
        (
            "a digit scale with s",
            "We got 100s of letters about the bins.",
            "CARDINAL",
            "100s",
            200.0,
        ),
        (
            "a vague amount of money",
            "The refit cost millions of dollars.",
            "MONEY",
            "millions of dollars",
            2e6,
        ),
    ]);
}

#[test]
fn bare_years_and_the_pronoun_one() {
    check(&[
        (
            "a year after in",
            "The ferry service began in 2016.",
            &[dated("2016", "2016")],
            &[],
        ),
        (
            "a year after a copyright sign",
            "© 2027 Harbour Press. All rights reserved.",
            &[dated("2027", "2027")],
            &[],
        ),
        (
            "a year after the word copyright",
            "Copyright 2024 Fenwick Gazette",
            &[dated("2024", "2024")],
            &[],
        ),
        (
            "one of a group",
            "One of the lifeboats was damaged.",
            &[],
            &["One"],
        ),
        (
            "one of them",
            "Six bids came in and one of them was late.",
            &[valued("CARDINAL", "Six", 6.0)],
            &["one"],
        ),
        (
            "one as a subject",
            "One told reporters the plan had failed.",
            &[],
            &["One"],
        ),
        (
            "one after a determiner and an adjective",
            "The Kenyan one is larger, and her old one broke.",
            &[],
            &["one"],
        ),
        (
            "half of a group is a share",
            "More than half of voters backed it, and turnout fell by half.",
            &[valued("CARDINAL", "half", 0.5)],
            &[],
        ),
        (
            "a named half is no share",
            "The first half of the match and the other half of the team.",
            &[],
            &["half"],
        ),
        (
            "number one is a rank",
            "She beat the number one seed.",
            &[valued("ORDINAL", "number one", 1.0)],
            &[],
        ),
        (
            "one as a count beside another count",
            "One driver was fined and two were cautioned.",
            &[
                valued("CARDINAL", "One", 1.0),
                valued("CARDINAL", "two", 2.0),
            ],
            &[],
        ),
        (
            "one of a number is still a count",
            "It was one of 12 bids.",
            &[valued("CARDINAL", "12", 12.0)],
            &[],
        ),
        (
            "a scale after a count is exact",
            "Three thousand runners started.",
            &[valued("CARDINAL", "Three thousand", 3000.0)],
            &[],
        ),
        (
            "scores as a verb",
            "She scores in almost every match.",
            &[],
            &["scores"],
        ),
    ]);
}

#[test]
fn date_and_time_ranges_and_open_ranges() {
    // (case, sentence, type, covered text, qualifier, iso)
    let cases: &[(&str, &str, &str, &str, &str, Option<&str>)] = &[
        (
            "a bare hour to a time",
            "The pharmacy is staffed between 8 and 10 am.",
            "TIME",
            "between 8 and 10 am",
            "between",
            Some("T08:00/T10:00"),
        ),
        (
            "a bare hour takes the afternoon of the end",
            "Viewing is 2-5pm on weekdays.",
            "TIME",
            "2-5pm",
            "between",
            Some("T14:00/T17:00"),
        ),
        (
            "a morning hour to an afternoon one",
            "The crossing closes from 10 to 2pm.",
            "TIME",
            "from 10 to 2pm",
            "between",
            Some("T10:00/T14:00"),
        ),
        (
            "a time to a time",
            "Voting runs from 7am to 10pm.",
            "TIME",
            "from 7am to 10pm",
            "between",
            Some("T07:00/T22:00"),
        ),
        (
            "a day and time to a day and time",
            "Published 4 June 2031\nThe market runs from Thursday 9am until Saturday 6pm.",
            "TIME",
            "from Thursday 9am until Saturday 6pm",
            "between",
            Some("2031-05-29T09:00/2031-05-31T18:00"),
        ),
        (
            "weekday through weekday",
            "The festival goes on from Tuesday through Friday.",
            "DATE",
            "from Tuesday through Friday",
            "between",
            None,
        ),
        (
            "between with to",
            "The helpline is busiest between 8 to 9:30, staff say.",
            "TIME",
            "between 8 to 9:30",
            "between",
            Some("T08:00/T09:30"),
        ),
        (
            "a date to now",
            "Published 2 May 2030\nLand values from June 2021 to now have doubled.",
            "DATE",
            "from June 2021 to now",
            "between",
            Some("2021-06/2030-05-02"),
        ),
        (
            "between an ambiguous month and another",
            "Lambing runs between March and May on the fells.",
            "DATE",
            "between March and May",
            "between",
            None,
        ),
        (
            "since a year",
            "Tolls have been frozen since 2004.",
            "DATE",
            "since 2004",
            "since",
            Some("2004"),
        ),
        (
            "until a day word",
            "The lane stays closed until tomorrow.",
            "DATE",
            "until tomorrow",
            "until",
            None,
        ),
        (
            "a time or earlier",
            "Bags must be in by 5 pm or earlier.",
            "TIME",
            "5 pm or earlier",
            "before",
            Some("T17:00"),
        ),
        (
            "a time or later",
            "Fares drop for trains at 8pm or later.",
            "TIME",
            "8pm or later",
            "from",
            Some("T20:00"),
        ),
        (
            "a time at the latest",
            "Entries close at 11pm at the latest.",
            "TIME",
            "11pm at the latest",
            "no later than",
            Some("T23:00"),
        ),
        (
            "a date at the earliest",
            "The bridge reopens in 2033 at the earliest.",
            "DATE",
            "2033 at the earliest",
            "from",
            Some("2033"),
        ),
    ];
    check(&[(
        "may as a verb after between",
        "The choice between may and might puzzles learners.",
        &[],
        &["may", "between may and might"],
    )]);
    for (name, text, kind, span, qualifier, iso) in cases {
        let got = stats(text);
        let Some((_, _, d)) = got.iter().find(|(k, t, _)| k == kind && t == span) else {
            panic!("{name}: {kind} {span:?} not in {got:?}");
        };
        assert_eq!(d.extra().qualifier, Some(*qualifier), "{name}: qualifier");
        if iso.is_some() {
            assert_eq!(d.extra().iso.as_deref(), *iso, "{name}: iso");
        }
    }
}

/// The span convention of the README ("What a figure's span covers"), one case per rule.
#[test]
fn spans_follow_the_readme_convention() {
    check(&[
        (
            "span: a bound word before an amount stays outside",
            "Roughly 30% of the hives survived.",
            &[want("PERCENT", "30%")],
            &["Roughly 30%"],
        ),
        (
            "span: on before a weekday stays outside",
            "The ferry sails on Saturday.",
            &[want("DATE", "Saturday")],
            &["on Saturday"],
        ),
        (
            "span: by before a month stays outside",
            "The survey ends by October.",
            &[want("DATE", "October")],
            &["by October"],
        ),
        (
            "span: at before a time stays outside",
            "The polls shut at 9pm.",
            &[want("TIME", "9pm")],
            &["at 9pm"],
        ),
        (
            "span: the before a decade stays outside",
            "Their sound belongs to the 1970s.",
            &[want("DATE", "1970s")],
            &["the 1970s"],
        ),
        (
            "span: the inside a period's name",
            "Profits rose in the first quarter.",
            &[want("DATE", "the first quarter")],
            &[],
        ),
        (
            "span: an open range word is inside a date",
            "Rents have climbed since 2011.",
            &[dated("since 2011", "2011")],
            &["2011"],
        ),
        (
            "span: between stays outside an amount range",
            "Between 4 and 6 per cent of trees were felled.",
            &[want("PERCENT", "4 and 6 per cent")],
            &[],
        ),
    ]);
}

#[test]
fn a_fraction_as_a_change_is_a_share_of_the_old_value() {
    use super::detail::ChangeBy;
    // (case, sentence, figure, by, magnitude)
    let cases: &[(&str, &str, &str, ChangeBy, f64)] = &[
        (
            "a third down",
            "Footfall dropped by a third after the bypass opened.",
            "a third",
            ChangeBy::Relative,
            100.0 / 3.0,
        ),
        (
            "three quarters up",
            "Bookings grew by three quarters over the summer.",
            "three quarters",
            ChangeBy::Relative,
            75.0,
        ),
        (
            "a decimal stays in its own unit",
            "The index rose by 0.4 on Monday.",
            "0.4",
            ChangeBy::Absolute,
            0.4,
        ),
    ];
    for (name, text, span, by, magnitude) in cases {
        let got = stats(text);
        let Some((_, _, d)) = got.iter().find(|(_, t, _)| t == span) else {
            panic!("{name}: {span:?} not in {got:?}");
        };
        let c = d
            .extra()
            .change
            .as_ref()
            .unwrap_or_else(|| panic!("{name}: no change"));
        assert_eq!(c.by, Some(*by), "{name}: by");
        assert!(
            c.magnitude.is_some_and(|m| (m - magnitude).abs() < 1e-9),
            "{name}: magnitude {:?}",
            c.magnitude
        );
    }
}

const fn timed(span: &'static str, iso: &'static str) -> Want {
    Want {
        kind: "TIME",
        span,
        value: None,
        iso: Some(iso),
    }
}

#[test]
fn clock_times_keep_their_hour() {
    check(&[
        (
            "an hour then a year stay two figures",
            "The vigil began at 6 pm in 2019 and every year since.",
            &[timed("6 pm", "T18:00"), dated("2019", "2019")],
            &["6 pm in 2019"],
        ),
        (
            "an hour then a month stay two figures",
            "Doors open from 7.30pm in March.",
            &[timed("7.30pm", "T19:30")],
            &["7.30pm in March"],
        ),
        (
            "a 24-hour range without colons",
            "The lane closes 0730-0930 on school days.",
            &[timed("0730-0930", "T07:30/T09:30")],
            &["0730", "0930"],
        ),
        (
            "a 24-hour time with hours",
            "Troops crossed at 0400 hours.",
            &[timed("0400 hours", "T04:00")],
            &[],
        ),
        (
            "a 24-hour time with a zone",
            "The launch is set for 1830 GMT.",
            &[timed("1830 GMT", "T18:30")],
            &[],
        ),
        (
            "a freephone number is not a time",
            "Call 0800 555 0199 for help.",
            &[],
            &["0800"],
        ),
        (
            "four digits alone are not a time",
            "Add 0033 before the number.",
            &[valued("CARDINAL", "0033", 33.0)],
            &[],
        ),
        (
            "a year range is not a time",
            "Output fell 1990-1995.",
            &[dated("1990-1995", "1990/1995")],
            &[],
        ),
    ]);
}

#[test]
fn quarters_nth_weekdays_and_placed_hours() {
    check(&[
        (
            "a quarter with no article",
            "Sales fell in third quarter 2023 at the chain.",
            &[dated("third quarter 2023", "2023-Q3")],
            &["third"],
        ),
        (
            "a hyphenated quarter",
            "The firm posted third-quarter losses.",
            &[want("DATE", "third-quarter")],
            &["third"],
        ),
        (
            "a quarter of a written year",
            "Orders peaked in the fourth quarter of 2021.",
            &[dated("the fourth quarter of 2021", "2021-Q4")],
            &[],
        ),
        (
            "the nth weekday of a month and year",
            "The vote is on the second Thursday of March 2026.",
            &[dated("the second Thursday of March 2026", "2026-03-12")],
            &[],
        ),
        (
            "the last weekday of a month",
            "Markets shut on the last Monday of May 2025.",
            &[dated("the last Monday of May 2025", "2025-05-26")],
            &[],
        ),
        (
            "an o'clock hour in the afternoon",
            "The ferry leaves at 4 o'clock in the afternoon.",
            &[timed("4 o'clock in the afternoon", "T16:00")],
            &[],
        ),
        (
            "a colon time in the evening",
            "The polls close at 9:45 in the evening.",
            &[timed("9:45 in the evening", "T21:45")],
            &[],
        ),
        (
            "an o'clock hour with pm",
            "Kick-off is 3 o'clock pm.",
            &[timed("3 o'clock pm", "T15:00")],
            &[],
        ),
    ]);
}
