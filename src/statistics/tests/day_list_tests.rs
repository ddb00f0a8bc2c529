//! Named table tests of days whose month or year is written once for several: a list of days
//! before or after their month ("3 and 4 June", "June 3 and 4"), a range of days after
//! "between" ("between 3 and 10 June"), and a month in a year named relatively ("April last
//! year"). Every sentence is made up; a dateline opens those that need one.

use super::date_class_tests::{check, check_not_dated};

#[test]
fn days_listed_before_or_after_their_month() {
    check(&[
        (
            "two days before the month",
            "Walkouts on 3 and 4 June 2024 closed the line.",
            "DATE",
            "3",
            Some("2024-06-03"),
        ),
        (
            "the last day with its month",
            "Walkouts on 3 and 4 June 2024 closed the line.",
            "DATE",
            "4 June 2024",
            Some("2024-06-04"),
        ),
        (
            "three days with commas",
            "Polls open on 7, 8 and 9 May 2025.",
            "DATE",
            "8",
            Some("2025-05-08"),
        ),
        (
            "the first of three",
            "Polls open on 7, 8 and 9 May 2025.",
            "DATE",
            "7",
            Some("2025-05-07"),
        ),
        (
            "an ampersand",
            "Shows on 12 & 13 July 2023 sold out.",
            "DATE",
            "12",
            Some("2023-07-12"),
        ),
        (
            "month first, day after and",
            "Hearings on March 3 and 4, 2022 were delayed.",
            "DATE",
            "4, 2022",
            Some("2022-03-04"),
        ),
    ]);
    check_not_dated(&[
        (
            "counts before a date",
            "They scored 3 and 4 goals on 2 May.",
            "3",
        ),
        (
            "a later day first is no list",
            "Month end came on 30 and 2 May brought rain.",
            "30",
        ),
    ]);
}

#[test]
fn days_between_two_of_one_month() {
    check(&[
        (
            "between and",
            "The road is shut between 3 and 10 June 2024.",
            "DATE",
            "between 3 and 10 June 2024",
            Some("2024-06-03/2024-06-10"),
        ),
        (
            "from to",
            "The road is shut from 3 to 10 June 2024.",
            "DATE",
            "from 3 to 10 June 2024",
            Some("2024-06-03/2024-06-10"),
        ),
    ]);
}

#[test]
fn a_month_in_a_year_named_relatively() {
    check(&[
        (
            "last year",
            "14 May 2024\nVisits were 8% up on April last year.",
            "DATE",
            "April last year",
            Some("2023-04"),
        ),
        (
            "next year",
            "14 May 2024\nThe law takes effect in March next year.",
            "DATE",
            "March next year",
            Some("2025-03"),
        ),
        (
            "a day this year",
            "14 May 2024\nThe vote is on 3 June this year.",
            "DATE",
            "3 June this year",
            Some("2024-06-03"),
        ),
        (
            "of last year",
            "14 May 2024\nSales in January of last year fell.",
            "DATE",
            "January of last year",
            Some("2023-01"),
        ),
    ]);
}
