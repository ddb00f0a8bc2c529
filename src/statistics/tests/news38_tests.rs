//! Named cases of the classes the eighth news-figures set showed (branch `newsfigs38`, issue
//! 12: `tests/fixtures/news-figures-38.txt`, its tuned part, and the left-over "10 grand"),
//! each class with made-up sentences and the look-alikes it must leave alone. No sentence is
//! taken from the set.

use crate::statistics::tests::report_form_tests::{absent, check};

#[test]
fn a_quarter_named_by_its_last_month() {
    check(&[
        (
            "the, with a year",
            "Revenue fell in the September 2024 quarter.",
            "DATE \"the September 2024 quarter\" iso=2024-07/2024-09",
        ),
        (
            "its, a verb's month",
            "The miner expects lower output in its March quarter.",
            "DATE \"March quarter\"",
        ),
        (
            "no article",
            "Analysts watched June quarter margins closely.",
            "DATE \"June quarter\"",
        ),
    ]);
    // Look-alikes: a month then "a quarter" of something; a range's own period.
    absent(&[
        (
            "a quarter of",
            "In December a quarter of the staff left.",
            "December a quarter",
        ),
        (
            "a lower-case verb",
            "They march quarter by quarter.",
            "march quarter",
        ),
    ]);
    check(&[(
        "a range stays the range",
        "Sales rose in the April-June quarter.",
        "DATE \"the April-June quarter\" qualifier=between",
    )]);
}

#[test]
fn a_month_that_classifies_a_statistic() {
    absent(&[
        (
            "a figure",
            "It was the third lowest April figure in a decade.",
            "April",
        ),
        ("a day", "Tuesday was the hottest August day yet.", "August"),
        (
            "a total",
            "That is the wettest October total since 1987.",
            "October",
        ),
    ]);
    // Look-alikes: the month itself after a superlative; "latest" names this one.
    check(&[
        (
            "on record",
            "Britain had its sunniest April on record.",
            "DATE \"April\"",
        ),
        (
            "latest",
            "The latest July figures are due.",
            "DATE \"July\"",
        ),
    ]);
}

#[test]
fn an_age_after_a_noun_of_a_person_and_before_what_a_person_does() {
    check(&[
        (
            "was jailed",
            "The gunman, 29, was jailed for life.",
            "QUANTITY \"29\" value=29 unit=year",
        ),
        (
            "denied",
            "A shopkeeper, 61, denied the charges.",
            "QUANTITY \"61\" value=61 unit=year",
        ),
        (
            "has been charged",
            "The lorry owner, 44, has been charged.",
            "QUANTITY \"44\" value=44 unit=year",
        ),
    ]);
    // Look-alikes: a thing's number, no determiner before the noun: counts, no ages.
    check(&[
        (
            "a thing's number",
            "The index, 112, was flat.",
            "CARDINAL \"112\" value=112",
        ),
        (
            "no determiner",
            "In total, 45, said the clerk.",
            "CARDINAL \"45\" value=45",
        ),
    ]);
}

#[test]
fn a_school_year_is_a_label() {
    absent(&[
        ("pupils in", "Pupils in Year 2 sat the test.", "2"),
        ("opening", "Year 11 results improved.", "11"),
    ]);
    // Look-alikes: a year of four digits, a count of years in lower case.
    check(&[(
        "four digits",
        "Since the Year 2000 bug, little has changed.",
        "DATE \"Since the Year 2000\" qualifier=since iso=2000",
    )]);
}

#[test]
fn a_price_by_a_count_or_a_container() {
    check(&[
        (
            "a dozen",
            "Oysters sell at £18 a dozen.",
            "MONEY \"£18\" value=18 unit=GBP per=dozen",
        ),
        (
            "a pack",
            "Cigarettes now cost A$50 a pack.",
            "MONEY \"A$50\" value=50 unit=AUD per=pack",
        ),
    ]);
    absent(&[(
        "no price's dozen",
        "Oysters sell at £18 a dozen.",
        "a dozen",
    )]);
    // Look-alikes: "a dozen" after no price, "a pair of".
    check(&[
        (
            "a count",
            "She bought about a dozen eggs.",
            "CARDINAL \"a dozen\" value=12 qualifier=about",
        ),
        (
            "a pair of",
            "He paid $90 a pair of tickets.",
            "MONEY \"$90\" value=90 unit=USD",
        ),
    ]);
}

#[test]
fn runs_for_wickets_after_other_forms_of_the_verbs() {
    check(&[
        (
            "reaching",
            "Pakistan batted first, reaching 241 for 8 at tea.",
            "CARDINAL \"241 for 8\" score=241-8",
        ),
        (
            "closing",
            "The hosts ended day one closing on 310 for 4.",
            "CARDINAL \"310 for 4\" score=310-4",
        ),
    ]);
    // Look-alikes: a word of its own after the second count.
    absent(&[(
        "people",
        "The charity was making 40 for 6 families.",
        "40 for 6",
    )]);
}

#[test]
fn a_year_to_its_middle() {
    check(&[
        (
            "the year to",
            "Net migration fell in the year to mid-2025.",
            "DATE \"the year to mid-2025\" iso=2024-07/2025-06",
        ),
        (
            "counted months",
            "Prices rose in the six months to mid-2021.",
            "DATE \"the six months to mid-2021\" iso=2021-01/2021-06",
        ),
    ]);
    // Look-alike: "mid-2025" alone.
    check(&[(
        "alone",
        "Work will finish by mid-2025.",
        "DATE \"mid-2025\" iso=2025",
    )]);
}

#[test]
fn the_period_before() {
    check(&[
        (
            "clause end",
            "Exports rose 3% on the month before.",
            "DATE \"the month before\"",
        ),
        (
            "comma",
            "Visits fell from 1,200 the week before, officials said.",
            "DATE \"the week before\"",
        ),
    ]);
    // Look-alikes: before an event; "the day before" is not taken.
    absent(&[
        (
            "an event",
            "Sales peaked the year before the crash.",
            "the year before",
        ),
        ("a day", "He had arrived the day before.", "the day before"),
    ]);
}

#[test]
fn grand_after_the_pound_of_the_sentence_before() {
    check(&[(
        "pound before",
        "The ring fetched £4,500 at auction. The seller had paid 2 grand.",
        "MONEY \"2 grand\" value=2000 unit=GBP",
    )]);
    // Look-alikes: a dollar before, no currency before, a dollar in the sentence itself.
    check(&[
        (
            "dollar before",
            "The ring fetched $4,500 at auction. The seller had paid 2 grand.",
            "MONEY \"2 grand\" value=2000 unit=USD",
        ),
        (
            "nothing before",
            "The ring was old. The seller had paid 2 grand.",
            "MONEY \"2 grand\" value=2000 unit=USD",
        ),
        (
            "dollar in the sentence",
            "It cost £40. Now the seller paid 2 grand for a $50 box.",
            "MONEY \"2 grand\" value=2000 unit=USD",
        ),
    ]);
}

#[test]
fn periods_of_accounts_to_a_day_or_a_split_year() {
    check(&[
        (
            "half-year to a day",
            "Profit for the half-year to 30 September fell.",
            "DATE \"the half-year to 30 September\"",
        ),
        (
            "half year ended",
            "Sales in the half year ended 31 March 2025 rose.",
            "DATE \"the half year ended 31 March 2025\" iso=2024-10/2025-03",
        ),
        (
            "counted years to a split year",
            "Costs rose in the four years to 2023/24.",
            "DATE \"the four years to 2023/24\"",
        ),
    ]);
    // Look-alikes: "half" as a share, a split year alone.
    check(&[
        (
            "half of",
            "Nearly half of the year to date was lost.",
            "CARDINAL \"half\" value=0.5 qualifier=nearly max=0.5",
        ),
        (
            "a split year alone",
            "Spending will rise in 2025-26.",
            "DATE \"2025-26\" qualifier=between iso=2025/2026",
        ),
    ]);
}

#[test]
fn net_zero_is_no_count() {
    absent(&[
        ("lower case", "The plan reaches net zero by 2050.", "zero"),
        ("capitals", "Its Net Zero target was moved.", "Zero"),
    ]);
    check(&[(
        "zero alone",
        "The firm paid zero tax.",
        "CARDINAL \"zero\" value=0",
    )]);
}
