//! Named cases of the classes the thirteenth figures set showed (branch `figs44`:
//! `tests/fixtures/news-figures-44.txt`, money, times, distances and volumes in everyday and
//! news writing, its tuned part), each class with made-up sentences and the look-alikes it must
//! leave alone. No sentence is taken from the set.

use crate::statistics::tests::report_form_tests::{has, lacks};

#[test]
fn a_bare_hour_ending_its_clause_after_until_is_a_time() {
    has(&[
        (
            "full stop",
            "The library is open until 8.",
            "TIME \"until 8\"",
        ),
        ("comma", "I'm at work till 6, then home.", "TIME \"till 6\""),
        (
            "a conjunction",
            "We waited until 9 but nobody came.",
            "TIME \"until 9\"",
        ),
        (
            "a range of hours with till",
            "The stall is there from 10 till 4, most days.",
            "TIME \"from 10 till 4\"",
        ),
    ]);
    // A count that something follows, an age, a number before another number.
    lacks(&[
        ("a count", "Wait until 5 volunteers sign up.", "TIME"),
        ("an age", "Children stay in school until 18.", "TIME"),
        ("numbers", "Count until 3 and 4 more join.", "TIME"),
    ]);
}

#[test]
fn the_minor_part_after_a_currency_name_ends_before_a_time() {
    has(&[
        (
            "before a time",
            "A bagel is a dollar twenty before noon.",
            "MONEY \"a dollar twenty\"",
        ),
        (
            "before a day",
            "I paid two pounds forty yesterday for it.",
            "MONEY \"two pounds forty\"",
        ),
        (
            "before a conjunction",
            "It's a euro eighty if you bring a cup.",
            "MONEY \"a euro eighty\"",
        ),
    ]);
    // A count of years after the amount is no minor part.
    lacks(&[(
        "a length",
        "It cost 4 dollars 30 years ago.",
        "MONEY \"4 dollars 30",
    )]);
}

#[test]
fn a_capital_l_apart_after_digits_is_a_litre() {
    has(&[
        ("of", "Pour in 2.5 L of water.", "QUANTITY \"2.5 L\""),
        ("end", "The kettle holds 1.7 L.", "QUANTITY \"1.7 L\""),
    ]);
    lacks(&[
        ("a size", "The shirt comes in size L only.", "QUANTITY"),
        ("a loss", "They went 3 L 2 over the week.", "QUANTITY"),
    ]);
}
