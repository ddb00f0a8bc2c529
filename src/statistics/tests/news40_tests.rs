//! Named cases of the classes the tenth news-figures set showed (branch `newsfigs40`, issue 12:
//! `tests/fixtures/news-figures-40.txt`, its tuned part), each class with made-up sentences and
//! the look-alikes it must leave alone. No sentence is taken from the set.

use super::date_class_tests::check_dated;
use crate::statistics::tests::report_form_tests::{has, lacks};

#[test]
fn a_period_counted_to_a_weekday() {
    has(&[
        (
            "days",
            "Card spending rose 3% in the five days to Monday.",
            "DATE \"the five days to Monday\"",
        ),
        (
            "weeks",
            "Footfall fell in the two weeks to Friday, the group said.",
            "DATE \"the two weeks to Friday\"",
        ),
    ]);
    // Look-alikes: a day of a month stays the period to a month; no day, a length; no "the".
    has(&[
        (
            "to a month's day",
            "Sales rose in the five weeks to 4 January.",
            "DATE \"the five weeks to 4 January\"",
        ),
        (
            "no day",
            "He has the five days to appeal.",
            "DURATION \"five days\"",
        ),
    ]);
    lacks(&[(
        "no the",
        "They gave him five days to Friday to pay.",
        "DATE \"five days to Friday\"",
    )]);
}

#[test]
fn an_amount_to_a_count_of_people() {
    has(&[
        (
            "rupees, crore",
            "The scheme pays ₹2,000 to 1.5 crore farmers a year.",
            "MONEY \"₹2,000\" value=2000 unit=INR",
        ),
        (
            "rupees, the count",
            "The scheme pays ₹2,000 to 1.5 crore farmers a year.",
            "CARDINAL \"1.5 crore\" value=15000000",
        ),
        (
            "pounds, families",
            "The council will give £500 to 3,000 families.",
            "MONEY \"£500\" value=500 unit=GBP",
        ),
    ]);
    // Look-alikes: a range whose second end carries its sign, its magnitude or a word of money.
    has(&[
        (
            "both signs",
            "Tickets cost £10 to £20 each.",
            "MONEY \"£10 to £20\"",
        ),
        (
            "shared magnitude",
            "The project will cost ₹2 to 3 crore.",
            "MONEY \"₹2 to 3 crore\"",
        ),
    ]);
}

#[test]
fn a_letters_currency_named_in_an_earlier_sentence() {
    let story = "The rand weakened against the dollar on Monday as investors sold emerging \
                 market assets. Traders said the central bank was unlikely to step in, and \
                 analysts at two of the big banks cut their forecasts for growth this year. The \
                 finance ministry will publish its budget review next week, and ratings \
                 agencies are watching the state's debt closely after a run of weak data. \
                 Municipalities owe the utility R2.5 billion, and the R61 near Queenstown was \
                 closed for repairs.";
    has(&[(
        "magnitude",
        story,
        "MONEY \"R2.5 billion\" value=2500000000 unit=ZAR",
    )]);
    // Look-alike: a road's letter and number, not written as an amount, is no money.
    lacks(&[("road", story, "MONEY \"R61\"")]);
}

#[test]
fn cents_of_the_rand() {
    has(&[(
        "c",
        "In South Africa diesel costs R21.40 a litre, up 45c.",
        "MONEY \"45c\" value=0.45 unit=ZAR",
    )]);
    // Look-alike: dollars keep US cents.
    has(&[(
        "dollars",
        "Gas in Ohio costs $3.10 a gallon, up 45c.",
        "MONEY \"45c\" value=45 unit=USX",
    )]);
}

#[test]
fn a_year_as_the_subject_of_a_reported_clause() {
    has(&[
        (
            "said",
            "The agency said 2024 was the wettest year in a decade.",
            "DATE \"2024\"",
        ),
        (
            "found that",
            "Scientists found that 2023 had been the hottest.",
            "DATE \"2023\"",
        ),
    ]);
    // Look-alikes: a count with a comma, a round hundred, a capitalised word before.
    lacks(&[
        ("comma", "He said 2,024 was the total.", "DATE \"2,024\""),
        (
            "round",
            "Officials said 1900 was paid out.",
            "DATE \"1900\"",
        ),
    ]);
}

#[test]
fn a_confidence_interval_of_decimals_like_clock_times() {
    has(&[(
        "CI",
        "Risk rose (hazard ratio 1.18, 95% CI 1.05–1.32) in the group.",
        "CARDINAL \"1.05–1.32\" qualifier=between min=1.05 max=1.32",
    )]);
    // Look-alike: two clock times with dots and no interval's name are no interval.
    lacks(&[(
        "clock",
        "The office opens 9.30–11.30 on weekdays.",
        "CARDINAL \"9.30–11.30\"",
    )]);
}

#[test]
fn an_age_after_were_under_or_over() {
    has(&[
        (
            "suspects",
            "About 3,000 suspects were under 18.",
            "QUANTITY \"18\"",
        ),
        (
            "claimants",
            "Most claimants are over 60, the report said.",
            "QUANTITY \"60\"",
        ),
    ]);
    // Look-alikes: a thing counted, a unit after the number.
    lacks(&[
        ("sales", "Sales were under 50 last year.", "QUANTITY \"50\""),
        (
            "a unit",
            "The suspects were under 18 miles away.",
            "QUANTITY \"18\"",
        ),
    ]);
}

#[test]
fn a_quarter_of_a_game() {
    has(&[
        (
            "scored",
            "He scored 12 of his 30 points in the third quarter.",
            "ORDINAL \"third\" value=3",
        ),
        (
            "trailed",
            "The Bears trailed by 10 in the second quarter.",
            "ORDINAL \"second\" value=2",
        ),
    ]);
    // Look-alikes: a quarter of the year, an index's points.
    has(&[
        (
            "profit",
            "Profit rose 8% in the third quarter.",
            "DATE \"the third quarter\"",
        ),
        (
            "index points",
            "The Dow lost 600 points in the fourth quarter.",
            "DATE \"the fourth quarter\"",
        ),
    ]);
}

#[test]
fn an_event_that_is_on_a_weekday_points_ahead() {
    // Dateline Wednesday 4 March 2026 (`dated`).
    check_dated(&[
        (
            "is on",
            "The final is on Saturday at Wembley.",
            "DATE",
            "Saturday",
            Some("2026-03-07"),
        ),
        (
            "are on",
            "The hearings are on Friday.",
            "DATE",
            "Friday",
            Some("2026-03-06"),
        ),
    ]);
    // Look-alike: the past tense.
    check_dated(&[(
        "was on",
        "The final was on Saturday at Wembley.",
        "DATE",
        "Saturday",
        Some("2026-02-28"),
    )]);
}

#[test]
fn a_start_after_the_figures_of_a_clause_to_come() {
    // Dateline Wednesday 4 March 2026 (`dated`): "will" stands before the change's figures.
    check_dated(&[(
        "will",
        "The minimum wage will rise by 40p to £12.60 an hour from 1 April.",
        "DATE",
        "1 April",
        Some("2026-04-01"),
    )]);
    // Look-alike: a change reported in the past.
    check_dated(&[(
        "rose",
        "The minimum wage rose by 40p to £12.60 an hour from 1 April.",
        "DATE",
        "1 April",
        Some("2025-04-01"),
    )]);
}

#[test]
fn a_glued_m_after_a_subject_that_counts() {
    has(&[
        (
            "passed",
            "Downloads passed 40m in its first month.",
            "CARDINAL \"40m\" value=40000000",
        ),
        (
            "rose to",
            "Subscribers rose to 6.5m, the company said.",
            "CARDINAL \"6.5m\" value=6500000",
        ),
        (
            "numbers",
            "Passenger numbers hit 28m last year.",
            "CARDINAL \"28m\" value=28000000",
        ),
    ]);
    // Look-alikes: a subject that may be a length, no verb of level.
    has(&[
        (
            "levels",
            "Water levels rose to 5m overnight.",
            "QUANTITY \"5m\" value=5 unit=m",
        ),
        (
            "waves",
            "Waves reached 12m off the coast.",
            "QUANTITY \"12m\" value=12 unit=m",
        ),
        (
            "no verb",
            "The visitors walked 30m to the gate.",
            "QUANTITY \"30m\" value=30 unit=m",
        ),
    ]);
}

#[test]
fn a_temperature_before_a_slash_and_its_other_scale() {
    has(&[
        (
            "fan oven",
            "Bake at 200C/180C fan for 25 minutes.",
            "QUANTITY \"200C\" value=200 unit=°C",
        ),
        (
            "fahrenheit",
            "It was 31C/88F in Seville on Monday.",
            "QUANTITY \"31C\" value=31 unit=°C",
        ),
        (
            "gas mark",
            "Heat the oven to 190C / gas mark 5.",
            "QUANTITY \"190C\" value=190 unit=°C",
        ),
    ]);
    // Look-alike: a letter and a slash after a number with no other scale.
    lacks(&[(
        "per second",
        "The 25C/s charger ships in May.",
        "QUANTITY \"25C\"",
    )]);
}
