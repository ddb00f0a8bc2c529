//! "Pounds" as sterling or a weight (branch `num26`, issue 12), decided by the sentence's words
//! (winning, tickets and fares are money; losing or gaining them is a body's weight, up to a
//! body's size), by pence after them ("3 pounds 50"), and by the currency the text writes nearby
//! ("a £5 note … 20 pounds"); and the bare minor part after a currency's name ("a dollar fifty
//! for a coffee"). Each with look-alikes that must stay as they are.

use super::notation_tests::{check, check_absent};

#[test]
fn pounds_of_money_by_the_sentence() {
    check(&[
        (
            "won_article",
            "He won a hundred pounds at the races.",
            "MONEY",
            "a hundred pounds",
            100.0,
            Some("GBP"),
        ),
        (
            "won_digits",
            "She won 250 pounds in a raffle.",
            "MONEY",
            "250 pounds",
            250.0,
            Some("GBP"),
        ),
        (
            "winnings",
            "His winnings came to 75 pounds.",
            "MONEY",
            "75 pounds",
            75.0,
            Some("GBP"),
        ),
        (
            "tickets_each",
            "Tickets are 15 pounds each.",
            "MONEY",
            "15 pounds",
            15.0,
            Some("GBP"),
        ),
        (
            "fare",
            "The fare was 12 pounds return.",
            "MONEY",
            "12 pounds",
            12.0,
            Some("GBP"),
        ),
        (
            "rent",
            "Rent went up by 40 pounds a month.",
            "MONEY",
            "40 pounds",
            40.0,
            Some("GBP"),
        ),
        (
            "bet",
            "He put a bet of 20 pounds on the horse.",
            "MONEY",
            "20 pounds",
            20.0,
            Some("GBP"),
        ),
        (
            "savings",
            "Her savings were just 300 pounds.",
            "MONEY",
            "300 pounds",
            300.0,
            Some("GBP"),
        ),
        (
            "club_lost_millions",
            "The club lost 2 million pounds last year.",
            "MONEY",
            "2 million pounds",
            2e6,
            Some("GBP"),
        ),
        (
            "sterling_in_span",
            "The bill was 64 pounds sterling.",
            "MONEY",
            "64 pounds sterling",
            64.0,
            Some("GBP"),
        ),
        (
            "a_pound",
            "A loaf costs a pound.",
            "MONEY",
            "a pound",
            1.0,
            Some("GBP"),
        ),
    ]);
}

#[test]
fn pounds_with_pence_left_bare() {
    check(&[
        (
            "digits_pence",
            "He got 3 pounds 50 for it.",
            "MONEY",
            "3 pounds 50",
            3.5,
            Some("GBP"),
        ),
        (
            "words_pence",
            "It came to seven pounds fifty.",
            "MONEY",
            "seven pounds fifty",
            7.5,
            Some("GBP"),
        ),
        (
            "a_pound_twenty",
            "It costs a pound twenty.",
            "MONEY",
            "a pound twenty",
            1.2,
            Some("GBP"),
        ),
        (
            "pence_before_a",
            "Milk is 1 pound 10 a pint.",
            "MONEY",
            "1 pound 10",
            1.1,
            Some("GBP"),
        ),
    ]);
}

#[test]
fn pounds_of_money_by_the_texts_currency() {
    check(&[
        (
            "note_before",
            "A £5 note was taken. Later he found 20 pounds in a drawer.",
            "MONEY",
            "20 pounds",
            20.0,
            Some("GBP"),
        ),
        (
            "pence_before",
            "Stamps rose by 10 pence. A book of them is now 9 pounds.",
            "MONEY",
            "9 pounds",
            9.0,
            Some("GBP"),
        ),
        (
            "gbp_after",
            "He handed over 30 pounds. The receipt said GBP 30.",
            "MONEY",
            "30 pounds",
            30.0,
            Some("GBP"),
        ),
    ]);
}

#[test]
fn pounds_of_weight_stay_weight() {
    check(&[
        (
            "lost_on_diet",
            "He lost 20 pounds on the diet.",
            "QUANTITY",
            "20 pounds",
            20.0,
            Some("lb"),
        ),
        (
            "lost_alone",
            "She lost 35 pounds in a year.",
            "QUANTITY",
            "35 pounds",
            35.0,
            Some("lb"),
        ),
        (
            "gained",
            "He gained 30 pounds over the winter.",
            "QUANTITY",
            "30 pounds",
            30.0,
            Some("lb"),
        ),
        (
            "shed",
            "The boxer shed 12 pounds for the fight.",
            "QUANTITY",
            "12 pounds",
            12.0,
            Some("lb"),
        ),
        (
            "weighs",
            "He weighs 150 pounds.",
            "QUANTITY",
            "150 pounds",
            150.0,
            Some("lb"),
        ),
        (
            "of_apples",
            "He bought 3 pounds of apples.",
            "QUANTITY",
            "3 pounds",
            3.0,
            Some("lb"),
        ),
        (
            "baby_ounces",
            "The baby weighed 7 pounds 8 ounces.",
            "QUANTITY",
            "7 pounds 8 ounces",
            7.5,
            Some("lb"),
        ),
        (
            "baby_bare_ounces",
            "The baby was born at 7 pounds 8.",
            "QUANTITY",
            "7 pounds 8",
            7.5,
            Some("lb"),
        ),
        (
            "no_cue",
            "He found 20 pounds in a drawer.",
            "QUANTITY",
            "20 pounds",
            20.0,
            Some("lb"),
        ),
        (
            "weight_word_beats_sterling_near",
            "A £5 note was taken. The fish he caught weighed 20 pounds.",
            "QUANTITY",
            "20 pounds",
            20.0,
            Some("lb"),
        ),
    ]);
}

/// Sterling more than a paragraph before says nothing of the pounds.
#[test]
fn sterling_far_before_says_nothing() {
    let far = format!(
        "Fish cost £5. {}He found 20 pounds in a drawer.",
        "The rain fell on the town all day. ".repeat(20)
    );
    check(&[(
        "sterling_far_away",
        far.as_str(),
        "QUANTITY",
        "20 pounds",
        20.0,
        Some("lb"),
    )]);
}

#[test]
fn a_minor_part_after_a_currency_name() {
    check(&[
        (
            "dollar_fifty_for",
            "He paid a dollar fifty for a coffee.",
            "MONEY",
            "a dollar fifty",
            1.5,
            Some("USD"),
        ),
        (
            "euros_twenty_a",
            "The pass is five euros twenty a day.",
            "MONEY",
            "five euros twenty",
            5.2,
            Some("EUR"),
        ),
        (
            "dollars_digits_each",
            "They sell at 3 dollars 25 each.",
            "MONEY",
            "3 dollars 25",
            3.25,
            Some("USD"),
        ),
        (
            "buck_twenty_at",
            "Gas was a buck twenty at the time.",
            "MONEY",
            "a buck twenty",
            1.2,
            Some("USD"),
        ),
    ]);
    check_absent(&[
        ("times_after", "He paid 5 dollars 20 times.", "5 dollars 20"),
        (
            "count_of_people",
            "It cost $20 and 43 people paid.",
            "$20 and 43",
        ),
        (
            "attached_letter",
            "It cost 10 turkish lira 11a.",
            "10 turkish lira 11",
        ),
        (
            "symbol_then_words",
            "It cost $5 twenty a month.",
            "$5 twenty",
        ),
    ]);
}
