//! Named table tests of whole classes of figure (issue 12): ordinals that are not fractions,
//! centuries and split years, vague quantities, bare years and open date ranges. Every sentence is
//! made up.
#![allow(clippy::type_complexity)]

use super::*;

mod times;

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
