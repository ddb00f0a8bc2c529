//! Figure classes earlier rounds read and left (`FIGURE_CLASSES_EARLY.md`): a half of a match or a
//! year, a bound after "until", a compound quarter, fiscal year codes, signs of comparison,
//! decimal intervals, factors written "2x", marks out of ten, "50k+", runs for wickets. Each
//! with look-alikes it must leave alone; every sentence is made up, and a case marked
//! "fixture" is a line of `reports.txt`.

use super::{absent, check};

const FIXTURE: &str = include_str!("reports.txt");

/// The cases' sentences that claim to come from the fixture are lines of it.
pub(super) fn from_fixture(cases: &[(&str, &str, &str)]) {
    for (name, text, _) in cases {
        assert!(
            FIXTURE.lines().any(|l| l == *text),
            "{name}: not a line of reports.txt: {text:?}"
        );
    }
}

/// "in the first half", "the second half", "a second-half penalty": a half the text does not name is a DATE with no value, not the ORDINAL "first"; "the first half of 2023" keeps its year.
#[test]
fn a_half_of_a_match_or_year_is_a_period() {
    let fixture = [
        ("fixture, second half", "The Home team led at half-time and scored again in the second half.", "DATE \"the second half\""),
        ("fixture, first half", "Sales were weak in the first half but recovered strongly in the second half of the year.", "DATE \"the first half\""),
    ];
    from_fixture(&fixture);
    check(&fixture);
    check(&[
        (
            "a match",
            "United scored twice in the second half.",
            "DATE \"the second half\"",
        ),
        (
            "a sentence's first word",
            "The first half was dull.",
            "DATE \"The first half\"",
        ),
        (
            "a compound",
            "A second-half penalty won it.",
            "DATE \"second-half\"",
        ),
        (
            "of the season",
            "He scored six goals in the first half of the season.",
            "DATE \"the first half\"",
        ),
        (
            "of a year",
            "Profits rose in the first half of 2023.",
            "DATE \"the first half of 2023\" iso=2023-H1",
        ),
        // The look-alikes: a half-dozen, a half hour, a half after a possessive stay as they were.
        (
            "half-dozen",
            "The first half-dozen cars were recalled.",
            "ORDINAL \"first\" value=1",
        ),
        (
            "half hour",
            "In the first half hour, nothing happened.",
            "DURATION \"half hour\" iso=PT0.5H",
        ),
        (
            "his first half",
            "It was his first half of football since May.",
            "ORDINAL \"first\" value=1",
        ),
    ]);
}

/// "until at least next Wednesday": "at least" between "until" and the date keeps the bound in the phrase.
#[test]
fn a_bound_after_until_stays() {
    let fixture = [(
        "fixture, next Wednesday",
        "The strike will last until at least next Wednesday.",
        "DATE \"until at least next Wednesday\" qualifier=until",
    )];
    from_fixture(&fixture);
    check(&fixture);
    check(&[
        (
            "a month",
            "The offer runs until at least March 2025.",
            "DATE \"until at least March 2025\" qualifier=until iso=2025-03",
        ),
        (
            "plain until",
            "The offer runs until March 2025.",
            "DATE \"until March 2025\" qualifier=until iso=2025-03",
        ),
    ]);
}

/// "The first-quarter loss": a quarter joined by a hyphen before its noun is marked without the noun's "the"; "the first quarter" alone keeps it.
#[test]
fn a_compound_quarter_leaves_the_to_its_noun() {
    let fixture = [(
        "fixture, first-quarter",
        "The first-quarter loss widened to $1.2bn.",
        "DATE \"first-quarter\"",
    )];
    from_fixture(&fixture);
    check(&fixture);
    check(&[
        (
            "a sentence's first word",
            "Third-quarter profits rose.",
            "DATE \"Third-quarter\"",
        ),
        (
            "inside a sentence",
            "Analysts cut the second-quarter forecast.",
            "DATE \"second-quarter\"",
        ),
        (
            "the quarter alone",
            "The results for the first quarter were strong.",
            "DATE \"the first quarter\"",
        ),
        (
            "with its year",
            "The company reported a loss in the third quarter of 2023.",
            "DATE \"the third quarter of 2023\" iso=2023-Q3",
        ),
    ]);
}

/// "FY2024/25", "FY23-24": both years when the second is the next, as "the 2023/24 season"; a code with one year, or a second year that does not follow, keeps the first.
#[test]
fn a_fiscal_year_code_keeps_both_years() {
    let fixture = [(
        "fixture, FY2024/25",
        "The firm expects profits of £120m in FY2024/25.",
        "DATE \"FY2024/25\" qualifier=between iso=2024/2025",
    )];
    from_fixture(&fixture);
    check(&fixture);
    check(&[
        (
            "two digits each",
            "Spending in FY23-24 was higher than planned.",
            "DATE \"FY23-24\" qualifier=between iso=2023/2024",
        ),
        (
            "four digits each",
            "The budget for FY2024/2025 was cut.",
            "DATE \"FY2024/2025\" qualifier=between iso=2024/2025",
        ),
        (
            "not the next year",
            "The plan runs to FY2024/26.",
            "DATE \"FY2024/26\" iso=2024",
        ),
        (
            "one year",
            "Results for FY2024 are due.",
            "DATE \"FY2024\" iso=2024",
        ),
    ]);
}

/// "p < 0.001", ">5%", "≥ 18": the sign before a figure is its qualifier, as the words are; "p=0.02" and "n=1,200" are figures ("?p=2" in a web address is not); "<3" is a heart.
#[test]
fn a_sign_of_comparison_is_a_bound() {
    let fixture = [
        (
            "fixture, p less than",
            "The effect was significant (p < 0.001), and the second (p=0.02) was weaker.",
            "CARDINAL \"0.001\" value=0.001 qualifier=less than max=0.001",
        ),
        (
            "fixture, p equals",
            "The effect was significant (p < 0.001), and the second (p=0.02) was weaker.",
            "CARDINAL \"0.02\" value=0.02",
        ),
    ];
    from_fixture(&fixture);
    check(&fixture);
    check(&[
        (
            "glued",
            "The effect was p<0.05 in every arm.",
            "CARDINAL \"0.05\" value=0.05 qualifier=less than max=0.05",
        ),
        (
            "more than",
            "Rates of >5% are rare.",
            "PERCENT \"5%\" value=5 unit=% qualifier=more than min=5",
        ),
        (
            "at least",
            "Scores ≥ 18 were excluded.",
            "CARDINAL \"18\" value=18 qualifier=at least min=18",
        ),
        (
            "at most",
            "Doses ≤ 10 mg were safe.",
            "QUANTITY \"10 mg\" value=10 unit=mg qualifier=at most max=10",
        ),
        (
            "n",
            "A sample (n=1,200) was drawn.",
            "CARDINAL \"1,200\" value=1200",
        ),
        ("a spaced heart", "So happy < 3", "CARDINAL \"3\" value=3"),
    ]);
    absent(&[
        (
            "a web address",
            "Visit http://example.com/?p=2 for more.",
            "2",
        ),
        ("a heart", "Love you <3", "3"),
    ]);
}

/// "95% CI 0.71–0.94", "(1.12 to 1.68)": two decimals joined by a dash, or by "to" in brackets or after an interval's name, are one CARDINAL from the first to the second. Not a change ("fell 1.12 to 1.68") nor a table's spaced minus.
#[test]
fn a_decimal_interval_is_one_range() {
    let fixture = [
        (
            "fixture, CI",
            "The hazard ratio was 0.82 (95% CI 0.71–0.94).",
            "CARDINAL \"0.71–0.94\" qualifier=between min=0.71 max=0.94",
        ),
        (
            "fixture, in brackets",
            "The odds ratio was 1.40 (1.12 to 1.68).",
            "CARDINAL \"1.12 to 1.68\" qualifier=between min=1.12 max=1.68",
        ),
    ];
    from_fixture(&fixture);
    check(&fixture);
    check(&[
        (
            "a hyphen",
            "Scores ranged 0.5-0.9 across sites.",
            "CARDINAL \"0.5-0.9\" qualifier=between min=0.5 max=0.9",
        ),
        (
            "after IQR",
            "The median was 4.2 (IQR 3.1 to 5.6).",
            "CARDINAL \"3.1 to 5.6\" qualifier=between min=3.1 max=5.6",
        ),
        (
            "a change",
            "Shares fell 1.12 to 1.68 in a day.",
            "CARDINAL \"1.12\" value=1.12 change=Down",
        ),
        (
            "a table",
            "Treasury bills 152.80 +0.300 - 11.900",
            "CARDINAL \"0.300\" value=0.3",
        ),
    ]);
    absent(&[(
        "a change",
        "Shares fell 1.12 to 1.68 in a day.",
        "1.12 to 1.68",
    )]);
}

/// "2x faster", "3x as much", "1.5x the cost", "10x cheaper": a factor as "N times" reads it, only before a comparative, "as", "more" or what it multiplies; not "2x4 timber", "a 4x4", "3x a day".
#[test]
fn a_factor_with_a_glued_x() {
    let fixture = [
        (
            "fixture, faster",
            "The new chip is 2x faster and uses 3x as much memory.",
            "CARDINAL \"2x faster\" value=2 unit=× change=Up",
        ),
        (
            "fixture, as much",
            "The new chip is 2x faster and uses 3x as much memory.",
            "CARDINAL \"3x as much\" value=3 unit=× change=Up",
        ),
    ];
    from_fixture(&fixture);
    check(&fixture);
    check(&[
        (
            "the cost",
            "The drug costs 1.5x the price of the old one.",
            "CARDINAL \"1.5x\" value=1.5 unit=× change=Up",
        ),
        (
            "cheaper",
            "The panel is 10x cheaper.",
            "CARDINAL \"10x cheaper\" value=0.1 unit=× change=Down",
        ),
        (
            "the sign",
            "The new model is 4× faster.",
            "CARDINAL \"4× faster\" value=4 unit=× change=Up",
        ),
    ]);
    absent(&[
        ("timber", "He bought 2x4 timber.", "2x4"),
        ("a car", "He drives a 4x4 to work.", "4x4"),
        ("how often", "Take the pill 3x a day.", "3x"),
    ]);
}

/// "10/10 would recommend", "8/10 for me": a mark out of ten before a reviewer's verdict is no date; "met on 10/10" stays one.
#[test]
fn a_mark_out_of_ten_before_a_verdict() {
    check(&[
        (
            "for me",
            "The food was 8/10 for me.",
            "CARDINAL \"8/10\" value=0.8",
        ),
        (
            "overall",
            "The hotel gets 7/10 overall.",
            "CARDINAL \"7/10\" value=0.7",
        ),
        (
            "a date",
            "We met on 10/10 at noon.",
            "TIME \"10/10 at noon\"",
        ),
    ]);
    absent(&[(
        "fixture, would recommend",
        "Honestly 10/10 would recommend this place.",
        "10/10",
    )]);
}

/// "50k+", "$200+", "5+ years": a plus glued after a figure, nothing glued after it, reads "or more"; "2+2" is a sum.
#[test]
fn a_plus_after_a_figure_is_or_more() {
    let fixture = [(
        "fixture, views",
        "The video got 50k+ views in a day.",
        "CARDINAL \"50k\" value=50000 qualifier=or more min=50000",
    )];
    from_fixture(&fixture);
    check(&fixture);
    check(&[
        (
            "money",
            "Trades of $200+ get a bonus.",
            "MONEY \"$200\" value=200 unit=USD qualifier=or more min=200",
        ),
        (
            "a count",
            "Free access to 40+ digital editions.",
            "CARDINAL \"40\" value=40 qualifier=or more min=40",
        ),
    ]);
    absent(&[("a sum", "He said 2+2 is 4.", "2+")]);
}

/// "England were 245 for 6": a cricket team's runs for its wickets are one CARDINAL with both counts; not "12 for 3 months", "245 for 6 against".
#[test]
fn runs_for_wickets_are_one_score() {
    let fixture = [(
        "fixture, close of play",
        "England were 245 for 6 at the close of play.",
        "CARDINAL \"245 for 6\" score=245-6",
    )];
    from_fixture(&fixture);
    check(&fixture);
    check(&[
        (
            "declared",
            "India closed on 312 for 7 declared.",
            "CARDINAL \"312 for 7\" score=312-7",
        ),
        (
            "slumped",
            "They slumped to 45 for 5.",
            "CARDINAL \"45 for 5\" score=45-5",
        ),
        (
            "a length after",
            "Prices were 12 for 3 months.",
            "DURATION \"3 months\" iso=P3M",
        ),
        (
            "a vote",
            "The vote was 245 for 6 against.",
            "CARDINAL \"245\" value=245",
        ),
    ]);
    absent(&[("a vote", "The vote was 245 for 6 against.", "245 for 6")]);
}
