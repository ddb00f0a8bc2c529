//! A range of percentages with the sign on both ends after "between" is one PERCENT (branch
//! `figs30`, issue 12, seen on the news-figures set): "between 4.25% and 4.5%" marks `4.25%
//! and 4.5%` (`min` 4.25, `max` 4.5, qualifier `between`), as "between 2 and 5 per cent" does.
//! Look-alikes: two levels of a change ("from 3% to 5%", "fell 0.2% to 3.1%") and two
//! percentages joined by "and" with no "between" stay two figures.

use super::*;

/// (covered text, min, max) of every PERCENT in `text`.
fn percents(text: &str) -> Vec<(String, Option<f64>, Option<f64>)> {
    annotate(text)
        .into_iter()
        .filter(|a| a.kind == "PERCENT")
        .map(|a| {
            let (min, max) = match &a.detail {
                annotation::Detail::Statistic(d) => (d.extra().min, d.extra().max),
                _ => (None, None),
            };
            (a.text(text).to_string(), min, max)
        })
        .collect()
}

#[test]
fn between_two_percentages_is_one_range() {
    for (text, span, lo, hi) in [
        (
            "The rate is between 4.25% and 4.5%.",
            "4.25% and 4.5%",
            4.25,
            4.5,
        ),
        (
            "Growth of between 1% and 2% is expected.",
            "1% and 2%",
            1.0,
            2.0,
        ),
        (
            "Turnout was between 60 per cent and 65 per cent.",
            "60 per cent and 65 per cent",
            60.0,
            65.0,
        ),
        (
            "Fees rise by between 3 percent and 5 percent.",
            "3 percent and 5 percent",
            3.0,
            5.0,
        ),
        (
            "Support ranged between 40% and 45% in May.",
            "40% and 45%",
            40.0,
            45.0,
        ),
        (
            "Yields sit between 4.5% and 4.25% today.",
            "4.5% and 4.25%",
            4.25,
            4.5,
        ),
    ] {
        let got = percents(text);
        assert_eq!(
            got,
            vec![(span.to_string(), Some(lo), Some(hi))],
            "{text:?}"
        );
    }
}

#[test]
fn changes_and_pairs_stay_two_percentages() {
    for text in [
        "Inflation rose from 3% to 5%.",
        "Unemployment fell 0.2% to 3.1%.",
        "Rates are 3% to 5% in most banks.",
        "Labour won 40% and the Greens 12%.",
        "It grew 2% and 3% in the two years.",
    ] {
        let got = percents(text);
        assert_eq!(got.len(), 2, "{text:?}: {got:?}");
    }
}
