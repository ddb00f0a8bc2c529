//! Named cases of the classes the eleventh news-figures set showed (branch `newsfigs41`, issue
//! 12: `tests/fixtures/news-figures-41.txt`, its tuned part), each class with made-up sentences
//! and the look-alikes it must leave alone. No sentence is taken from the set.

use super::date_class_tests::check_dated;
use crate::statistics::tests::report_form_tests::{has, lacks};

#[test]
fn a_moving_holiday_without_its_year_is_resolved_by_the_dateline() {
    // Dateline Wednesday 4 March 2026 (`dated`): Easter Sunday 2025 was 20 April, 2026's is 5
    // April (Good Friday 30 days after the dateline, Easter Monday 33); Thanksgiving 2025 was 27
    // November, 2026's is 26 November.
    check_dated(&[
        (
            "past",
            "Crowds packed the beaches on Easter Monday.",
            "DATE",
            "Easter Monday",
            Some("2025-04-21"),
        ),
        (
            "past, a hand-written name",
            "Sales on Thanksgiving rose 4%.",
            "DATE",
            "Thanksgiving",
            Some("2025-11-27"),
        ),
        (
            "days away",
            "Millions plan a trip on Good Friday.",
            "DATE",
            "Good Friday",
            Some("2026-04-03"),
        ),
        (
            "ahead",
            "The shops will close on Good Friday.",
            "DATE",
            "Good Friday",
            Some("2026-04-03"),
        ),
        (
            "ahead, a hand-written name",
            "Families will gather for Thanksgiving.",
            "DATE",
            "Thanksgiving",
            Some("2026-11-26"),
        ),
    ]);
    // Look-alikes: a year written keeps it; a season stays unresolved without one.
    check_dated(&[
        (
            "a year",
            "Crowds packed the beaches on Easter Monday 2019.",
            "DATE",
            "Easter Monday 2019",
            Some("2019-04-22"),
        ),
        (
            "a season",
            "Prices rose during Ramadan.",
            "DATE",
            "Ramadan",
            None,
        ),
    ]);
}

#[test]
fn a_day_said_to_come_in_the_present_or_before_will() {
    // Dateline Wednesday 4 March 2026 (`dated`).
    check_dated(&[
        (
            "is on",
            "The referendum is on 12 February.",
            "DATE",
            "12 February",
            Some("2027-02-12"),
        ),
        (
            "are on",
            "The finals are on 20 March.",
            "DATE",
            "20 March",
            Some("2026-03-20"),
        ),
        (
            "will after",
            "The meeting on 18 February will decide the budget.",
            "DATE",
            "18 February",
            Some("2027-02-18"),
        ),
        (
            "a holiday, will after",
            "Services on New Year's Eve will finish early.",
            "DATE",
            "New Year's Eve",
            Some("2026-12-31"),
        ),
        (
            "expects to",
            "The chain expects to sell 40,000 turkeys on 20 December.",
            "DATE",
            "20 December",
            Some("2026-12-20"),
        ),
    ]);
    // Look-alikes: the past tense; a date before another verb; "expects" without "to".
    check_dated(&[
        (
            "was on",
            "The referendum was on 12 February.",
            "DATE",
            "12 February",
            Some("2026-02-12"),
        ),
        (
            "another verb",
            "The rally on 18 February drew 3,000 people.",
            "DATE",
            "18 February",
            Some("2026-02-18"),
        ),
        (
            "said on",
            "The chain expects a rise, it said on 20 February.",
            "DATE",
            "20 February",
            Some("2026-02-20"),
        ),
    ]);
}

#[test]
fn betting_odds_with_a_slash_are_no_date() {
    lacks(&[
        (
            "favourites",
            "Bookmakers make Leeds the 9/4 favourites.",
            "DATE \"9/4\"",
        ),
        ("at", "Punters backed the mare at 7/2.", "DATE \"7/2\""),
        ("a shot", "The winner was a 10/1 shot.", "DATE \"10/1\""),
    ]);
    // Look-alikes: a date in a sentence with no word of betting.
    has(&[
        ("a day", "The match on 9/4 was called off.", "DATE \"9/4\""),
        (
            "a shot later",
            "The game on 10/1 was won. A late shot from Kane settled it.",
            "DATE \"10/1\"",
        ),
    ]);
}

#[test]
fn the_base_of_a_quantitys_rate_is_no_figure() {
    lacks(&[
        (
            "a hectare",
            "Farmers harvested 8.1 tonnes a hectare.",
            "QUANTITY \"a hectare\"",
        ),
        (
            "an acre",
            "Growers got 52 bushels an acre of soy.",
            "QUANTITY \"an acre\"",
        ),
        (
            "per hectare",
            "They spread 40 litres per hectare.",
            "QUANTITY \"hectare\"",
        ),
    ]);
    has(&[(
        "the quantity",
        "Farmers harvested 8.1 tonnes a hectare.",
        "QUANTITY \"8.1 tonnes\"",
    )]);
    // Look-alikes: a unit after "a" with no quantity before it is one.
    has(&[
        (
            "alone",
            "The field covers a hectare.",
            "QUANTITY \"a hectare\"",
        ),
        (
            "after a count",
            "They bought 12 cows and a hectare of land.",
            "QUANTITY \"a hectare\"",
        ),
    ]);
}

#[test]
fn a_factor_as_fast_and_a_betting_line_in_points() {
    has(&[
        (
            "as fast",
            "Rents in the north rose twice as fast.",
            "CARDINAL \"twice as fast\"",
        ),
        (
            "as often",
            "Trains ran three times as often.",
            "CARDINAL \"three times as often\"",
        ),
        (
            "favorites",
            "The Eagles are 6.5-point favorites.",
            "QUANTITY \"6.5-point\"",
        ),
        (
            "underdogs",
            "The Jets are 7-point underdogs.",
            "QUANTITY \"7-point\"",
        ),
    ]);
    // Look-alikes: "twice as many" as before; a plan of points is no gap.
    has(&[(
        "as many",
        "Twice as many people came.",
        "CARDINAL \"Twice as many\"",
    )]);
    lacks(&[(
        "a plan",
        "The party set out a 10-point plan.",
        "QUANTITY \"10-point\"",
    )]);
}
