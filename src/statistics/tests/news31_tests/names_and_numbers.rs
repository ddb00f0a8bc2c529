//! A capitalised number word after "the" in a sentence of prose is a word of a name ("the Six
//! Nations", "the Five Eyes"); a number dialled before a word that counts nothing is no count
//! ("call 101 quoting log 482").

use crate::statistics::tests::report_form_tests::{absent, check};

#[test]
fn a_number_word_of_a_name_after_the() {
    absent(&[
        (
            "six nations",
            "England beat Italy in the Six Nations at Twickenham.",
            "Six",
        ),
        (
            "win the six nations",
            "The women won the Six Nations for a seventh year.",
            "Six",
        ),
        (
            "five eyes",
            "Britain shares intelligence with the Five Eyes alliance.",
            "Five",
        ),
        (
            "three lions after",
            "Fans of the Three Lions sang all night.",
            "Three",
        ),
        (
            "seven sisters",
            "Walkers crossed the Seven Sisters cliffs at dawn.",
            "Seven",
        ),
    ]);
    // Look-alikes: a title-case headline keeps its count, and so does a lower-case number.
    check(&[
        (
            "headline",
            "Police Name the Two Victims of Crash",
            "CARDINAL \"Two\" value=2",
        ),
        (
            "lower case",
            "She thanked the two Labour MPs who voted.",
            "CARDINAL \"two\" value=2",
        ),
        (
            "sentence start",
            "Six Nations games sold out quickly.",
            "CARDINAL \"Six\" value=6",
        ),
    ]);
}

#[test]
fn a_dialled_number_before_a_word_that_counts_nothing() {
    absent(&[
        (
            "quoting",
            "Anyone with information should call 101 quoting log 482.",
            "101",
        ),
        ("with", "Call 111 with any questions.", "111"),
        ("straight", "Dial 999 straight away.", "999"),
        ("comma", "Call 101, quoting incident 12.", "101"),
    ]);
    // Look-alikes: what is counted follows.
    check(&[
        (
            "volunteers",
            "The charity called 300 volunteers.",
            "CARDINAL \"300\" value=300",
        ),
        (
            "people",
            "The pollster called 120 people.",
            "CARDINAL \"120\" value=120",
        ),
        (
            "staff",
            "The firm called 250 staff back.",
            "CARDINAL \"250\" value=250",
        ),
    ]);
}
