//! The consistency hints on made-up sentences (moved from `tests.rs`).

use super::*;

#[test]
fn consistency_hints() {
    let cases: &[(&str, &str, &[&str], bool)] = &[
        (
            "shares over 100",
            "Of those polled, 60% backed the plan and 55% opposed it.",
            &["60%", "55%"],
            true,
        ),
        (
            "shares within 100",
            "Of those polled, 40% backed the plan and 55% opposed it.",
            &["40%", "55%"],
            false,
        ),
        (
            "different wholes",
            "Some 70% of men and 60% of women agreed.",
            &["70%", "60%"],
            false,
        ),
        (
            "a level against its goal is no share",
            "The target was met for 74% of patients, against a goal of 78%.",
            &["74%", "78%"],
            false,
        ),
        (
            "a level compared with another is no share",
            "Some 70% said yes, compared with 65% in 2019.",
            &["70%", "65%"],
            false,
        ),
        (
            "a compared level between shares takes no hint",
            "Of those polled, 60% backed it, below a target of 75%, and 55% opposed it.",
            &["60%", "55%"],
            true,
        ),
        (
            "doubled contradicted",
            "Arrivals doubled from 1,100 to 1,500 last year.",
            &["doubled", "1,100", "1,500"],
            true,
        ),
        (
            "doubled contradicted across years",
            "Health officials said cases doubled from 1,100 in 2022 to 1,500 in 2023.",
            &["doubled", "1,100", "1,500"],
            true,
        ),
        (
            "tripled contradicted across a date phrase",
            "Bookings tripled from 400 in the spring of 2021 to 700 this year.",
            &["tripled", "400", "700"],
            true,
        ),
        (
            "halved contradicted across a few words",
            "Waiting lists halved from 8,000 patients last winter to 6,000.",
            &["halved", "8,000", "6,000"],
            true,
        ),
        (
            "doubled consistent across years",
            "Sales doubled from 1,100 in 2022 to 2,200 in 2023.",
            &["doubled", "1,100", "2,200"],
            false,
        ),
        (
            "another figure between is not a pair",
            "Cases doubled from 1,100, then 900 in May, to 1,500.",
            &["doubled"],
            false,
        ),
        (
            "doubled consistent",
            "Arrivals doubled from 1,100 to 2,200 last year.",
            &["doubled"],
            false,
        ),
        (
            "tripled contradicted, new figure first",
            "Revenue tripled to $9bn from $4bn, the firm said.",
            &["tripled", "$9bn", "$4bn"],
            true,
        ),
        (
            "tripled consistent, new figure first",
            "Revenue tripled to $12bn from $4bn, the firm said.",
            &["tripled"],
            false,
        ),
        (
            "per cent rise contradicted by a range",
            "Fares rose 50% from £100 to £120 this spring.",
            &["50%", "£100 to £120"],
            true,
        ),
        (
            "per cent rise consistent with a range",
            "Fares rose 20% from £100 to £120 this spring.",
            &["20%"],
            false,
        ),
        (
            "per cent fall contradicted, new figure first",
            "Visits fell by 40% to 6,000 from 8,000 in a year.",
            &["40%", "6,000", "8,000"],
            true,
        ),
        (
            "per cent fall rounded is consistent",
            "Visits fell 33% to 2,000 from 3,000 in a year.",
            &["33%"],
            false,
        ),
        (
            "points contradicted",
            "Support went from 20% to 25%, an increase of 10 percentage points.",
            &["10 percentage points"],
            true,
        ),
        (
            "points consistent",
            "Support went from 20% to 25%, an increase of 5 percentage points.",
            &["5 percentage points"],
            false,
        ),
    ];
    let mut names = std::collections::HashSet::new();
    for (name, text, spans, hinted) in cases {
        assert!(names.insert(name), "duplicate case name {name}");
        let got = stats(text);
        for span in *spans {
            let (_, _, d) = got
                .iter()
                .find(|(_, t, _)| t == span)
                .unwrap_or_else(|| panic!("{name}: {span:?} missing in {got:?}"));
            assert_eq!(
                d.extra().hint.is_some(),
                *hinted,
                "{name}: {span} hint {:?}",
                d.extra().hint
            );
        }
    }
}
