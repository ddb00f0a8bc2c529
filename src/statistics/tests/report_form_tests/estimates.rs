//! A study's estimate after its abbreviated name: "95% CI 0.71–0.94", "HR 0.82" are figures,
//! not a version of a name as "USB 3.0" is. Every sentence is made up.

use super::{absent, check};

#[test]
fn an_estimate_after_its_name_is_a_figure() {
    check(&[
        (
            "an interval",
            "The hazard ratio was 0.82 (95% CI 0.71–0.94).",
            "CARDINAL \"0.71–0.94\" qualifier=between min=0.71 max=0.94",
        ),
        (
            "a hazard ratio",
            "Mortality was lower with the drug (HR 0.76, p=0.02).",
            "CARDINAL \"0.76\" value=0.76",
        ),
        (
            "an odds ratio",
            "Smoking raised the odds of relapse (OR 1.45).",
            "CARDINAL \"1.45\" value=1.45",
        ),
    ]);
    // Look-alikes: versions after a name in capitals stay set aside.
    absent(&[
        ("a port's version", "The dock has two USB 3.0 ports.", "3.0"),
        ("a card's standard", "It reads SD 3.0 cards.", "3.0"),
    ]);
}

/// `styles.txt`: made-up sentences in the styles `readers.txt` did not cover (papers, markets,
/// sports, polls, weather, social posts).
const STYLES: &str = include_str!("styles.txt");

#[test]
fn the_fixture_interval_is_one_range() {
    let text =
        "The treatment cut the risk of death, with a hazard ratio of 0.82 (95% CI 0.71–0.94).";
    assert!(
        STYLES.lines().any(|l| l == text),
        "not a line of styles.txt"
    );
    check(&[(
        "fixture, an interval",
        text,
        "CARDINAL \"0.71–0.94\" qualifier=between min=0.71 max=0.94",
    )]);
}
