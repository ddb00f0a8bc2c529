//! A score before the side's place in it ("3-0 down"), a ratio glued by hyphens ("a 1-in-20
//! chance"), a currency's letters in another case ("KSh 4.2 trillion"), an age after a noun of
//! a person with words between ("the winning candidate, 29,").

use crate::statistics::tests::report_form_tests::{absent, check, no_score};

#[test]
fn a_score_before_down_up_ahead_or_behind() {
    check(&[
        (
            "down",
            "Wales, 3-0 down with two games left, lost again.",
            "CARDINAL \"3-0\" score=3-0",
        ),
        (
            "from down",
            "United came back from 2-1 down to win.",
            "CARDINAL \"2-1\" score=2-1",
        ),
        (
            "up",
            "Leeds were 2-0 up at the break.",
            "CARDINAL \"2-0\" score=2-0",
        ),
        (
            "ahead",
            "The hosts were 3-1 ahead after an hour.",
            "CARDINAL \"3-1\" score=3-1",
        ),
        (
            "behind",
            "They were 24-10 behind at half-time.",
            "CARDINAL \"24-10\" score=24-10",
        ),
    ]);
    // Look-alikes: a range written from its low end, and a model's number, are no scores.
    no_score(&[
        (
            "low end first",
            "Traffic was 5-10 down on the week.",
            "5-10",
        ),
        ("a model", "The 787-9 up front was grounded.", "787-9"),
    ]);
}

#[test]
fn a_ratio_glued_by_hyphens() {
    check(&[
        (
            "digits",
            "The test has a 1-in-20 chance of a false alarm.",
            "CARDINAL \"1-in-20\" value=0.05",
        ),
        (
            "words",
            "Forecasters give it a one-in-five chance.",
            "CARDINAL \"one-in-five\" value=0.2",
        ),
        (
            "end of sentence",
            "The odds were put at 1-in-4.",
            "CARDINAL \"1-in-4\" value=0.25",
        ),
    ]);
    // Look-alikes: "3-in-1" (the whole is not larger), a return period with its unit glued on.
    absent(&[
        ("three in one", "A 3-in-1 printer costs less.", "3-in-1"),
        ("a return period", "A 1-in-100-year flood hit.", "1-in-100"),
        ("spaced inches", "The pipe is 1 in wide.", "1-in"),
    ]);
}

#[test]
fn a_currency_s_letters_in_another_case() {
    check(&[
        (
            "KSh",
            "Kenya wants to raise KSh 4.2 trillion in revenue.",
            "MONEY \"KSh 4.2 trillion\" value=4200000000000 unit=KES",
        ),
        (
            "Ksh as CLDR",
            "School fees of Ksh 12,000 a term were set.",
            "MONEY \"Ksh 12,000\" value=12000 unit=KES",
        ),
        (
            "Tsh",
            "A bag of rice costs Tsh 5,000 in Dar es Salaam.",
            "MONEY \"Tsh 5,000\" value=5000 unit=TZS",
        ),
        (
            "Ush",
            "Uganda raised Ush 500 billion in taxes.",
            "MONEY \"Ush 500 billion\" value=500000000000 unit=UGX",
        ),
    ]);
    // Look-alikes: letters in capitals are an acronym; lower case is no symbol.
    absent(&[
        ("capitals", "MTN 500 shares rose.", "MTN 500"),
        ("all capitals", "The KSH 200 form was filed.", "KSH 200"),
        ("lower case", "Type ksh 500 to start the shell.", "ksh 500"),
    ]);
}

#[test]
fn an_age_after_a_noun_of_a_person_with_words_between() {
    check(&[
        (
            "adjective",
            "The winning candidate, 29, is the youngest MP.",
            "QUANTITY \"29\" value=29 unit=year",
        ),
        (
            "two words",
            "An injured young cyclist, 41, was taken to hospital.",
            "QUANTITY \"41\" value=41 unit=year",
        ),
        (
            "new noun",
            "The applicant, 52, was refused a visa.",
            "QUANTITY \"52\" value=52 unit=year",
        ),
        (
            "soldier",
            "A wounded soldier, 23, died on the way.",
            "QUANTITY \"23\" value=23 unit=year",
        ),
    ]);
    // Look-alikes: a number set off by commas after a thing, or in a list, is no age.
    absent(&[
        ("a thing", "The total, 94, was high.", "unit=year"),
        ("a list", "The winners were 3, 32, 45 and 50.", "unit=year"),
    ]);
}
