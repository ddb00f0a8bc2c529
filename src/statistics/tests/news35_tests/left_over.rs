//! What newsfigs35 left (branch `figleft35`): a length after an amount a change took ("a rise
//! of ₹640 in a day", "shut 40 stores in a year") is a DURATION, not a date from now; a
//! return period glued by hyphens ("a 1-in-100-year flood") is no inch and no figure.

use crate::statistics::tests::report_form_tests::{absent, check, lines};

#[test]
fn a_length_after_an_amount_a_change_took() {
    check(&[
        (
            "rise of rupees",
            "Gold saw a rise of ₹640 in a day.",
            "DURATION \"a day\" iso=P1D",
        ),
        (
            "drop of pounds with a scale",
            "There was a drop of about £2.5bn in a week.",
            "DURATION \"a week\" iso=P1W",
        ),
        (
            "jump in words",
            "It was a jump of two million in a month.",
            "DURATION \"a month\" iso=P1M",
        ),
        (
            "fall of a count",
            "Sales showed a fall of 3,000 in a year.",
            "DURATION \"a year\" iso=P1Y",
        ),
        (
            "past verb and money",
            "Prices rose by ₹640 in a day.",
            "DURATION \"a day\" iso=P1D",
        ),
        (
            "pence",
            "Shares rose 40p in a week.",
            "DURATION \"a week\" iso=P1W",
        ),
        (
            "shut",
            "The chain shut 40 stores in a year.",
            "DURATION \"a year\" iso=P1Y",
        ),
        (
            "cut",
            "The firm cut 300 jobs in a week.",
            "DURATION \"a week\" iso=P1W",
        ),
    ]);
    // Look-alikes: a time still to come stays a date from now.
    check(&[
        (
            "will pay",
            "He will pay £500 in a month.",
            "DATE \"in a month\" iso=P1M",
        ),
        (
            "plans to shut",
            "He plans to shut 40 stores in a year.",
            "DATE \"in a year\" iso=P1Y",
        ),
        (
            "will cut",
            "The bank will cut rates in a month.",
            "DATE \"in a month\" iso=P1M",
        ),
        (
            "a thing's noun",
            "A bill of £500 is due in a month.",
            "DATE \"in a month\" iso=P1M",
        ),
    ]);
}

#[test]
fn a_return_period_glued_by_hyphens_is_no_inch() {
    absent(&[
        ("digits", "A 1-in-100-year flood hit the town.", "1-in"),
        (
            "digits, no figure",
            "A 1-in-100-year flood hit the town.",
            "1",
        ),
        ("words", "It was a one-in-200-year storm.", "one-in"),
        (
            "a thousand",
            "Engineers planned for a 1-in-1000-year event.",
            "1-in",
        ),
    ]);
    // Look-alikes: an inch glued to its number, the ratio with nothing glued after.
    check(&[
        (
            "screen",
            "A 5-in screen is small.",
            "QUANTITY \"5-in\" value=5 unit=in",
        ),
        (
            "pipe",
            "A 3-in pipe burst.",
            "QUANTITY \"3-in\" value=3 unit=in",
        ),
        (
            "ratio",
            "There is a 1-in-20 chance.",
            "CARDINAL \"1-in-20\" value=0.05",
        ),
    ]);
    assert!(
        lines("He is 6ft 4in tall.")
            .iter()
            .any(|l| l.starts_with("QUANTITY \"6ft 4in\"")),
        "a height in feet and inches"
    );
}
