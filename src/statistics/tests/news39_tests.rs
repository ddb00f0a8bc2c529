//! Named cases of the classes the ninth news-figures set showed (branch `newsfigs39`, issue
//! 12: `tests/fixtures/news-figures-39.txt`, its tuned part, and the left-overs of the eighth),
//! each class with made-up sentences and the look-alikes it must leave alone. No sentence is
//! taken from the set.

use super::date_class_tests::check_dated;
use crate::statistics::tests::report_form_tests::{absent, check};

#[test]
fn a_period_to_a_split_year_with_a_dash() {
    check(&[
        (
            "hyphen",
            "Output per worker grew in the four years to 2023-24.",
            "DATE \"the four years to 2023-24\"",
        ),
        (
            "en dash",
            "Exports fell in the year to 2022–23.",
            "DATE \"the year to 2022–23\"",
        ),
    ]);
    // Look-alikes: a split year alone stays one; a range of two years is no split year.
    check(&[
        (
            "alone",
            "Borrowing will fall in 2026-27.",
            "DATE \"2026-27\" qualifier=between iso=2026/2027",
        ),
        (
            "not the next year",
            "Prices doubled in the decade to 2010-15.",
            "DATE \"2010-15\" qualifier=between iso=2010/2015",
        ),
    ]);
}

#[test]
fn a_share_ranked_by_a_superlative() {
    check(&[
        (
            "lowest-paid",
            "The lowest-paid tenth of staff got nothing.",
            "CARDINAL \"tenth\" value=0.1",
        ),
        (
            "poorest, a verb",
            "The poorest third were hit hardest.",
            "CARDINAL \"third\" value=0.333333333333333",
        ),
        (
            "top",
            "The top fifth of earners pay most of the tax.",
            "CARDINAL \"fifth\" value=0.2",
        ),
    ]);
    // Look-alikes: a rank with no superlative before it, a superlative after the rank, a
    // date, a rank before a noun.
    check(&[
        (
            "a rank",
            "It was her fifth of the season.",
            "ORDINAL \"fifth\" value=5",
        ),
        (
            "superlative after",
            "It is the third largest of the banks.",
            "ORDINAL \"third largest\" value=3",
        ),
        (
            "before a noun",
            "He was the fastest fifth seed in years.",
            "ORDINAL \"fifth\" value=5",
        ),
    ]);
    absent(&[("a date", "The vote is on the fifth of March.", "fifth")]);
}

#[test]
fn a_present_fixture_or_vote_on_a_bare_weekday_points_ahead() {
    // Dateline Wednesday 4 March 2026 (`dated`).
    check_dated(&[
        (
            "polls",
            "Residents head to the polls on Thursday.",
            "DATE",
            "Thursday",
            Some("2026-03-05"),
        ),
        (
            "fixture",
            "Leeds face Ipswich Town on Saturday.",
            "DATE",
            "Saturday",
            Some("2026-03-07"),
        ),
        (
            "meeting",
            "The board meets on Friday to decide.",
            "DATE",
            "Friday",
            Some("2026-03-06"),
        ),
    ]);
    // Look-alikes: the past tense, a verb of opening (habitual).
    check_dated(&[
        (
            "past",
            "Leeds faced Ipswich Town on Saturday.",
            "DATE",
            "Saturday",
            Some("2026-02-28"),
        ),
        (
            "opens",
            "The library opens on Sunday.",
            "DATE",
            "Sunday",
            Some("2026-03-01"),
        ),
    ]);
}

#[test]
fn odds_against_one_in_millions() {
    check(&[
        (
            "digits",
            "The chance of a match is 1 in 45.1 million.",
            "CARDINAL \"1 in 45.1 million\" value=0.0000000221729490022173",
        ),
        (
            "words",
            "Only one in two million tickets wins.",
            "CARDINAL \"one in two million\" value=0.0000005",
        ),
    ]);
    // Look-alike: a count of two above one is no odds.
    absent(&[("two in", "He met 2 in 3 million homes.", "2 in 3 million")]);
}

#[test]
fn ages_after_one_person_or_a_superlative_of_age() {
    check(&[
        (
            "a verb in s",
            "A man of 58 earns less than his son.",
            "QUANTITY \"58\" value=58 unit=year",
        ),
        (
            "youngest",
            "The youngest entrant, 14, came from Leeds.",
            "QUANTITY \"14\" value=14 unit=year",
        ),
    ]);
    // Look-alikes: a unit after one person; plural people counted; a superlative of size.
    check(&[
        (
            "a unit",
            "A girl of 8 stones won.",
            "QUANTITY \"8 stones\" value=8 unit=stone",
        ),
        (
            "largest",
            "The largest order, 91, was late.",
            "CARDINAL \"91\" value=91",
        ),
    ]);
    check(&[(
        "men of nations",
        "Men of 30 nations meet.",
        "CARDINAL \"30\" value=30",
    )]);
}

#[test]
fn twice_a_possessive() {
    check(&[
        (
            "its",
            "The town had twice its usual rain.",
            "CARDINAL \"twice\" value=2 unit=× change=Up",
        ),
        (
            "their",
            "Nurses earn twice their 2010 pay.",
            "CARDINAL \"twice\" value=2 unit=× change=Up",
        ),
    ]);
    absent(&[("twice in", "He was fined twice in May.", "twice")]);
}

#[test]
fn a_fraction_more_than_a_time_ago() {
    check(&[(
        "a quarter more",
        "Fares cost a quarter more than three years ago.",
        "DATE \"three years ago\" iso=P3Y",
    )]);
    // Look-alike: "more than" opening the date stays its bound.
    check(&[(
        "bound",
        "The mine shut more than ten years ago.",
        "DATE \"more than ten years ago\" qualifier=more than iso=P10Y",
    )]);
}

#[test]
fn time_taken_past_a_bound_or_a_fraction() {
    check(&[
        (
            "more than",
            "The hills got more than 300mm of snow in two days.",
            "DURATION \"two days\" iso=P2D",
        ),
        (
            "nearly half",
            "Fees have fallen by nearly half in five years.",
            "DURATION \"five years\" iso=P5Y",
        ),
    ]);
    // Look-alike: a time to come stays a date from now.
    check(&[(
        "future",
        "Fees will fall by nearly half in five years.",
        "DATE \"in five years\" iso=P5Y",
    )]);
}

#[test]
fn the_first_months_of_a_year() {
    check(&[(
        "months",
        "Sales in the first eight months rose 4%.",
        "DATE \"the first eight months\"",
    )]);
    // Look-alike: minutes of a match.
    check(&[(
        "minutes",
        "He scored in the first 12 minutes.",
        "DURATION \"12 minutes\" iso=PT12M",
    )]);
}

#[test]
fn one_unit_a_price_is_paid_for() {
    absent(&[
        ("costs", "A kilo of lamb now costs £14.", "A kilo"),
        (
            "price of",
            "The price of a gallon rose to $3.20.",
            "a gallon",
        ),
        (
            "energy unit",
            "Power sold at £80 for a megawatt-hour.",
            "a megawatt",
        ),
    ]);
    // Look-alike: one unit of what is bought or drunk.
    check(&[(
        "drank",
        "She drank a litre of juice.",
        "QUANTITY \"a litre\" value=1 unit=l",
    )]);
}
