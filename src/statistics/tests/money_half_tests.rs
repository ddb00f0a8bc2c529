//! "and a half" after an amount named by its currency's word ("a dollar and a half", "two euros
//! and a half"): half of the unit added, as "one and a half dollars" says it before the name;
//! with the look-alikes that keep their own reading. Also "U.S." written with its stops before
//! the dollar's name ("10 million U.S. dollars").

use super::notation_tests::{check, check_absent};

#[test]
fn and_a_half_after_a_currency_word() {
    check(&[
        (
            "a_dollar",
            "The coffee cost a dollar and a half.",
            "MONEY",
            "a dollar and a half",
            1.5,
            Some("USD"),
        ),
        (
            "two_euros",
            "Tickets are two euros and a half each.",
            "MONEY",
            "two euros and a half",
            2.5,
            Some("EUR"),
        ),
        (
            "slang",
            "He paid a buck and a half for it.",
            "MONEY",
            "a buck and a half",
            1.5,
            Some("USD"),
        ),
        (
            "digits",
            "Bread rose to 3 euros and a half, he said.",
            "MONEY",
            "3 euros and a half",
            3.5,
            Some("EUR"),
        ),
        (
            "per_unit_after",
            "Apples sell for four dollars and a half per kilo.",
            "MONEY",
            "four dollars and a half",
            4.5,
            Some("USD"),
        ),
    ]);
    // Look-alikes: a symbol and digits, a magnitude, a noun after "half", a hyphened compound.
    check_absent(&[
        ("symbol", "It was $5 and a half later.", "$5 and a half"),
        (
            "magnitude",
            "They lost 5 million dollars and a half of it.",
            "5 million dollars and a half",
        ),
        (
            "noun_after",
            "Two dollars and a half hours of work.",
            "Two dollars and a half",
        ),
        (
            "compound",
            "Five dollars and a half-price deal.",
            "Five dollars and a half",
        ),
        (
            "of_after",
            "Ten euros and a half of the rest.",
            "Ten euros and a half",
        ),
    ]);
}

#[test]
fn dotted_us_before_the_dollars_name() {
    check(&[
        (
            "magnitude",
            "The loan of 2 billion U.S. dollars was signed.",
            "MONEY",
            "2 billion U.S. dollars",
            2e9,
            Some("USD"),
        ),
        (
            "plain",
            "Each ticket costs 5 U.S. dollars at the gate.",
            "MONEY",
            "5 U.S. dollars",
            5.0,
            Some("USD"),
        ),
        (
            "words",
            "They paid ten million U.S. dollars in fines.",
            "MONEY",
            "ten million U.S. dollars",
            1e7,
            Some("USD"),
        ),
    ]);
    // Look-alikes: "U.S." before a noun that names no currency.
    check_absent(&[
        ("states", "Voters in 12 U.S. states went.", "12 U.S. states"),
        ("troops", "About 500 U.S. troops left.", "500 U.S. troops"),
    ]);
}
