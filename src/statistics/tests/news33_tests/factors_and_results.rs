//! A bound before a factor stays outside its span ("more than doubled" marks `doubled`), a
//! comparison "N times as X as" ends with its X, and a bench's or a board's split ("ruled
//! 6-3") is one score.

use crate::statistics::tests::report_form_tests::{absent, check, no_score};

#[test]
fn a_bound_before_a_factor_stays_outside() {
    check(&[
        (
            "more than doubled",
            "Rents more than doubled over the decade.",
            "CARDINAL \"doubled\" value=2 unit=× qualifier=more than min=2 change=Up",
        ),
        (
            "more than fold",
            "Cases rose more than fivefold to 3,120.",
            "CARDINAL \"fivefold\" value=5 unit=× qualifier=more than min=5 change=Up",
        ),
        (
            "nearly halved",
            "The queue has nearly halved since spring.",
            "CARDINAL \"halved\" value=0.5 unit=× qualifier=nearly max=0.5 change=Down",
        ),
        (
            "more than twice the",
            "Fees are more than twice the national average.",
            "CARDINAL \"twice\" value=2 unit=× qualifier=more than min=2 change=Up",
        ),
        (
            "roughly tripled",
            "Output roughly tripled after the upgrade.",
            "CARDINAL \"tripled\" value=3 unit=× qualifier=about change=Up",
        ),
    ]);
    // The bound words are no part of any figure's span.
    absent(&[
        (
            "span more than",
            "Rents more than doubled over the decade.",
            "more than doubled",
        ),
        (
            "span nearly",
            "The queue has nearly halved since spring.",
            "nearly halved",
        ),
        (
            "span almost",
            "Sales almost trebled in a year.",
            "almost trebled",
        ),
    ]);
}

#[test]
fn a_comparison_as_x_as_ends_with_its_word() {
    check(&[
        (
            "as fast as",
            "The region is warming four times as fast as the planet.",
            "CARDINAL \"four times as fast\" value=4 unit=× change=Up",
        ),
        (
            "as expensive as",
            "Insulin there is ten times as expensive as in France.",
            "CARDINAL \"ten times as expensive\" value=10 unit=× change=Up",
        ),
        (
            "as many kept",
            "There were three times as many applicants.",
            "CARDINAL \"three times as many\" value=3 unit=× change=Up",
        ),
        (
            "almost as fast",
            "Prices grew almost five times as quickly as wages.",
            "CARDINAL \"five times as quickly\" value=5 unit=× qualifier=nearly max=5 change=Up",
        ),
    ]);
    // Look-alike: "as" before a noun phrase ("as a player") is no comparison's word.
    absent(&[(
        "as a player",
        "He has won the cup three times as a player.",
        "three times as a",
    )]);
}

#[test]
fn a_bench_or_a_board_split_is_one_score() {
    check(&[
        (
            "ruled",
            "The Supreme Court ruled 6-3 that the ban was lawful.",
            "CARDINAL \"6-3\" score=6-3",
        ),
        (
            "upheld",
            "The appeal court upheld the verdict 2-1 on Monday.",
            "CARDINAL \"2-1\" score=2-1",
        ),
        (
            "split",
            "The justices split 5-4 along party lines.",
            "CARDINAL \"5-4\" score=5-4",
        ),
        (
            "decided",
            "The committee decided 7-2 to keep rates on hold.",
            "CARDINAL \"7-2\" score=7-2",
        ),
        (
            "overturned",
            "The panel overturned it 3-0.",
            "CARDINAL \"3-0\" score=3-0",
        ),
    ]);
    // Look-alikes: a range of a unit after the pair; no word of a decision before it.
    no_score(&[
        (
            "unit after",
            "The court ruled 2-3 weeks was too long a delay.",
            "2-3",
        ),
        (
            "months after",
            "The court ruled 4-6 months ago that it was lawful.",
            "4-6",
        ),
    ]);
}
