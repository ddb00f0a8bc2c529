//! Named table tests of date phrases and their look-alikes: holidays named with their tails,
//! counted periods without "the", years that date a noun, compact dates of digits. Every
//! sentence is made up.

use super::*;

#[test]
fn holidays_named_with_their_tails() {
    check(&[
        (
            "a mother's day",
            "Florists were busy on Mother's Day.",
            "DATE",
            "Mother's Day",
            None,
        ),
        (
            "a plural apostrophe",
            "The Fathers' Day race was cancelled.",
            "DATE",
            "Fathers' Day",
            None,
        ),
        (
            "a bare plural with a year",
            "sales fell on mothers day 2019",
            "DATE",
            "mothers day 2019",
            Some("2019"),
        ),
        (
            "day after a name without it",
            "Stores open late on Thanksgiving Day.",
            "DATE",
            "Thanksgiving Day",
            None,
        ),
        (
            "a weekend after a holiday",
            "Traffic peaked over the Memorial Day weekend.",
            "DATE",
            "Memorial Day weekend",
            None,
        ),
        (
            "a year after the weekend",
            "Bookings for Easter weekend 2025 rose.",
            "DATE",
            "Easter weekend 2025",
            None,
        ),
        (
            "a generated unofficial day",
            "The town celebrates Groundhog Day with a parade.",
            "DATE",
            "Groundhog Day",
            None,
        ),
    ]);
    check_not_dated(&[
        (
            "a bare plural before care",
            "The mothers day care centre closed.",
            "mothers day",
        ),
        (
            "a mother and a day apart",
            "Her mother said the day went well.",
            "mother",
        ),
    ]);
}

#[test]
fn counted_periods_without_the() {
    check(&[
        (
            "last at a sentence start",
            "Last 3 months were the wettest on record.",
            "DATE",
            "Last 3 months",
            Some("P3M"),
        ),
        (
            "last after a preposition",
            "Prices doubled in last two years, the report says.",
            "DATE",
            "last two years",
            Some("P2Y"),
        ),
        (
            "past mid-sentence",
            "Rents rose 4% over past 6 weeks.",
            "DATE",
            "past 6 weeks",
            Some("P6W"),
        ),
    ]);
    check_not_dated(&[(
        "last as a verb",
        "The strike could last 3 weeks, unions warned.",
        "last 3 weeks",
    )]);
}

#[test]
fn years_that_date_a_noun() {
    check(&[
        (
            "the year's budget",
            "MPs rejected the 2024 budget on Tuesday.",
            "DATE",
            "2024",
            Some("2024"),
        ),
        (
            "a study",
            "A 2019 study found fewer bees.",
            "DATE",
            "2019",
            Some("2019"),
        ),
        (
            "a possessive and a proper noun",
            "Italy began its 1982 World Cup slowly.",
            "DATE",
            "1982",
            Some("1982"),
        ),
        (
            "a singular noun in -is",
            "Banks failed in the 2008 crisis.",
            "DATE",
            "2008",
            Some("2008"),
        ),
        (
            "inside the end of",
            "Troops left at the end of the 1991 war.",
            "DATE",
            "1991",
            Some("1991"),
        ),
    ]);
    check_not_dated(&[
        ("a plural count", "Of the 2000 workers, half left.", "2000"),
        (
            "an irregular plural",
            "The 1950 people inside were safe.",
            "1950",
        ),
        ("a threshold", "The index crossed the 2000 mark.", "2000"),
        ("a verb after", "Of the 1900 who applied, few won.", "1900"),
    ]);
}

#[test]
fn compact_dates_of_digits_and_of_a_year_and_month() {
    check(&[
        (
            "eight digits, year month day",
            "The log was stamped 20200314 by the clerk.",
            "DATE",
            "20200314",
            Some("2020-03-14"),
        ),
        (
            "a year and a one-digit month",
            "The batch 2019-7 was recalled.",
            "DATE",
            "2019-7",
            Some("2019-07"),
        ),
        (
            "a year and a two-digit month",
            "Figures for 2021-11 were revised.",
            "DATE",
            "2021-11",
            Some("2021-11"),
        ),
        (
            "a season, not December",
            "The 2011-12 season was long.",
            "DATE",
            "2011-12",
            Some("2011/2012"),
        ),
    ]);
    check_not_dated(&[
        (
            "eight digits that are no day",
            "The fund holds 20201301 shares.",
            "20201301",
        ),
        (
            "a round eight-digit count",
            "About 20000000 people voted.",
            "20000000",
        ),
        (
            "a season, not December",
            "The 2011-12 season was long.",
            "2011-12 ",
        ),
        (
            "a percentage",
            "It rose 20200314% in the model.",
            "20200314",
        ),
        ("a phone-like run", "Call 20200314 5 now.", "20200314"),
    ]);
}
