//! Named table tests of figures as news writes them, each against its look-alike: an attached
//! "m" before a plural noun is a million ("2.4m households"), not a metre ("a 2.4m wall"); a
//! price in pence is no clock time ("closed at 258p"); "half" after a change's words is a share
//! ("down from nearly half"); "£150 a month from April" is a rate, not a date. Every sentence is
//! made up.

use super::*;

/// (kind, covered text, value) of every statistic in `text`.
fn stats(text: &str) -> Vec<(&'static str, String, Option<f64>)> {
    annotate(text)
        .into_iter()
        .filter_map(|a| {
            let t = a.text(text).to_string();
            match a.detail {
                annotation::Detail::Statistic(d) => Some((a.kind, t, d.value_of())),
                _ => None,
            }
        })
        .collect()
}

/// (case, sentence, kind, covered text, value): the figure must be found with that value.
fn check(cases: &[(&str, &str, &str, &str, f64)]) {
    let mut names = std::collections::HashSet::new();
    for (name, text, kind, span, value) in cases {
        assert!(names.insert(*name), "{name}: the case name is used twice");
        let got = stats(text);
        assert!(
            got.iter().any(|(k, t, v)| k == kind
                && t == span
                && v.is_some_and(|v| (v - value).abs() < 1e-9)),
            "{name}: {kind} {span:?} = {value} not in {got:?}"
        );
    }
}

#[test]
fn an_attached_m_before_a_plural_noun_is_a_million() {
    check(&[
        (
            "decimal, households",
            "Some 2.4m households will pay more.",
            "CARDINAL",
            "2.4m",
            2_400_000.0,
        ),
        (
            "whole, people",
            "About 5m people live in the region.",
            "CARDINAL",
            "5m",
            5_000_000.0,
        ),
        (
            "capitalised plural",
            "The 3m Americans who moved abroad vote by post.",
            "CARDINAL",
            "3m",
            3_000_000.0,
        ),
        (
            "irregular plural",
            "Nearly 1.2m children are on the list.",
            "CARDINAL",
            "1.2m",
            1_200_000.0,
        ),
        // A length takes an adjective or a singular after it.
        (
            "a wall",
            "A 2.4m wall surrounds the yard.",
            "QUANTITY",
            "2.4m",
            2.4,
        ),
        ("high", "The fence is 2.4m high.", "QUANTITY", "2.4m", 2.4),
        (
            "across",
            "The crater is 10m across.",
            "QUANTITY",
            "10m",
            10.0,
        ),
        (
            "a race",
            "She won the 100m hurdles.",
            "QUANTITY",
            "100m",
            100.0,
        ),
        (
            "this year",
            "The level fell 2m this year.",
            "QUANTITY",
            "2m",
            2.0,
        ),
    ]);
}

#[test]
fn prices_in_pence_are_no_clock_times() {
    check(&[
        (
            "closed at",
            "Shares closed at 258p.",
            "MONEY",
            "258p",
            258.0,
        ),
        (
            "four digits",
            "The stock peaked at 1045p in May.",
            "MONEY",
            "1045p",
            1045.0,
        ),
    ]);
    // A clock time still takes "pm", "p.m." and spaced letters.
    let got = stats("The vote closes at 1030 p.m. tonight.");
    assert!(
        got.iter()
            .any(|(k, t, _)| *k == "TIME" && t.starts_with("1030 p.m.")),
        "{got:?}"
    );
    let got = stats("The market opens at 930am.");
    assert!(
        got.iter()
            .any(|(k, t, _)| *k == "TIME" && t.contains("930am")),
        "{got:?}"
    );
}

#[test]
fn half_after_a_change_or_a_comparison_is_a_share() {
    check(&[
        (
            "down from nearly half",
            "Only a third met the target, down from nearly half last year.",
            "CARDINAL",
            "half",
            0.5,
        ),
        (
            "from half to",
            "The share fell from half to a third.",
            "CARDINAL",
            "half",
            0.5,
        ),
        (
            "rose to half",
            "Its share rose to half within a decade.",
            "CARDINAL",
            "half",
            0.5,
        ),
        (
            "more than half",
            "More than half said no.",
            "CARDINAL",
            "half",
            0.5,
        ),
    ]);
    for (name, text) in [
        ("half past", "Doors open from half past nine."),
        ("half-time", "City led 2-0 going in to half-time."),
        ("half an hour", "It takes up to half an hour."),
        ("half way", "They stopped half way to the summit."),
    ] {
        let got = stats(text);
        assert!(
            !got.iter().any(|(k, t, _)| *k == "CARDINAL" && t == "half"),
            "{name}: {got:?}"
        );
    }
}

#[test]
fn a_rate_before_from_is_no_date() {
    for (name, text, gone) in [
        (
            "money a month from",
            "Bills rise by £150 a month from April.",
            "a month from April",
        ),
        (
            "magnitude a year from",
            "It will cost £3bn a year from 2025.",
            "a year from 2025",
        ),
        (
            "percent a year after",
            "Pay rises 5% a year after 2026.",
            "a year after 2026",
        ),
    ] {
        let got = stats(text);
        assert!(!got.iter().any(|(_, t, _)| t == gone), "{name}: {got:?}");
    }
    // Without a figure before it, "a year from" counts from a point.
    let got = stats("The law takes effect a year from now.");
    assert!(
        got.iter()
            .any(|(k, t, _)| *k == "DATE" && t == "a year from now"),
        "{got:?}"
    );
}

/// An ordinal joined by a hyphen: a rank with its superlative ("fourth-largest"), a century
/// ("21st-century"), or a compound adjective that is no figure ("first-degree murder").
#[test]
fn ordinals_joined_by_a_hyphen() {
    check(&[
        (
            "rank in words",
            "It is the fourth-largest bank.",
            "ORDINAL",
            "fourth-largest",
            4.0,
        ),
        (
            "rank in digits",
            "Leeds is the 2nd-largest city.",
            "ORDINAL",
            "2nd-largest",
            2.0,
        ),
    ]);
    let got = stats("The 21st-century economy runs on data.");
    assert!(
        got.iter()
            .any(|(k, t, _)| *k == "DATE" && t == "21st-century"),
        "{got:?}"
    );
    for (name, text) in [
        ("first-degree", "He faces first-degree murder charges."),
        ("third-party", "The third-party app leaked data."),
        ("first-time", "Help for first-time buyers ends."),
        ("second-hand", "Second-hand cars cost more."),
    ] {
        let got = stats(text);
        assert!(
            got.iter().all(|(k, _, _)| *k != "ORDINAL"),
            "{name}: {got:?}"
        );
        assert!(got.is_empty(), "{name}: {got:?}");
    }
}

/// "plus or minus 3", "±3%": a margin either side, a positive number.
#[test]
fn a_margin_either_side() {
    check(&[
        (
            "plus or minus",
            "The margin of error is plus or minus 3 points.",
            "QUANTITY",
            "3 points",
            3.0,
        ),
        (
            "plus-minus sign",
            "Readings vary by ±3% a day.",
            "PERCENT",
            "3%",
            3.0,
        ),
    ]);
    for text in [
        "The margin of error is plus or minus 3 points.",
        "Readings vary by ±3% a day.",
    ] {
        let q = annotate(text).into_iter().find_map(|a| match a.detail {
            annotation::Detail::Statistic(d) => d.extra().qualifier,
            _ => None,
        });
        assert_eq!(q, Some("plus or minus"), "{text}");
    }
    // A minus sign on its own still makes a number negative.
    check(&[(
        "minus alone",
        "Temperatures fell to minus 12 overnight.",
        "CARDINAL",
        "minus 12",
        -12.0,
    )]);
}

/// "up to" after a verb that takes "up" as its particle is a level reached, no bound: "ticked
/// up to 3.9%"; after any other word it bounds ("gusting up to 190 mph").
#[test]
fn up_to_after_a_verb_of_change_is_a_level() {
    let qualifier = |text: &str| {
        annotate(text).into_iter().find_map(|a| match a.detail {
            annotation::Detail::Statistic(d) => Some(d.extra().qualifier),
            _ => None,
        })
    };
    for (name, text) in [
        ("ticked up", "Unemployment ticked up to 3.9% in May."),
        ("edged up", "Rates edged up to 5.25%."),
        ("went up", "Prices went up to £5."),
        ("has moved up", "The target has moved up to 60%."),
        ("revised up", "Growth was revised up to 0.6%."),
    ] {
        assert_eq!(qualifier(text), Some(None), "{name}");
    }
    for (name, text) in [
        ("gusting", "Winds gusting up to 190 mph hit the coast."),
        ("face", "Offenders face up to £5,000 in fines."),
        ("sentence start", "Up to 300 jobs are at risk."),
    ] {
        assert_eq!(qualifier(text), Some(Some("up to")), "{name}");
    }
}

/// Basis points are hundredths of a percentage point, and a fraction of a point is one too:
/// both are PERCENT in points, normalised ("150 basis points" is 1.5 points).
#[test]
fn basis_points_and_fractions_of_a_point() {
    check(&[
        (
            "basis points",
            "The margin narrowed by 150 basis points.",
            "PERCENT",
            "150 basis points",
            1.5,
        ),
        (
            "bp attached",
            "Spreads widened 25bp on the day.",
            "PERCENT",
            "25bp",
            0.25,
        ),
        (
            "a quarter of a percentage point",
            "Rates were cut by a quarter of a percentage point.",
            "PERCENT",
            "a quarter of a percentage point",
            0.25,
        ),
        (
            "half a percentage point",
            "Rates rose half a percentage point in May.",
            "PERCENT",
            "half a percentage point",
            0.5,
        ),
        (
            "three-quarters of a point",
            "The gap closed by three-quarters of a point.",
            "PERCENT",
            "three-quarters of a point",
            0.75,
        ),
    ]);
    // "BP" spaced and in capitals is the company.
    let got = stats("Shares in BP fell 10 BP points.");
    assert!(got.iter().all(|(k, _, _)| *k != "PERCENT"), "{got:?}");
}

/// A verb of multiplying in its plain form after "to" or a modal is a factor too ("expected to
/// double", "could halve"); not "double down", "double-check".
#[test]
fn factors_in_the_plain_form_of_the_verb() {
    check(&[
        (
            "to double",
            "Demand is expected to double by 2030.",
            "CARDINAL",
            "double",
            2.0,
        ),
        (
            "could halve",
            "The cost could halve within a decade.",
            "CARDINAL",
            "halve",
            0.5,
        ),
        (
            "will triple",
            "Output will triple once the plant opens.",
            "CARDINAL",
            "triple",
            3.0,
        ),
    ]);
    for text in [
        "They vowed to double down on the plan.",
        "Please remember to double-check the figures.",
    ] {
        let got = stats(text);
        assert!(got.is_empty(), "{text}: {got:?}");
    }
}
