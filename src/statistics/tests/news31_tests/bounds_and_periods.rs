//! A bound before a length of time stays outside ("within 48 hours" → `48 hours`); a period
//! that ends at a day or month keeps its "the" ("the quarter ended Dec. 31", "the fiscal year
//! ending June 30"); a recent year opening a sentence as its subject is that year; a length
//! before "later than" is a gap, no date; a length after "in" is the time taken after an
//! object a figure opens, or after a rank further back.

use crate::statistics::tests::report_form_tests::{absent, check};

/// "within 48 hours", "after six months": the length alone, the bound its `qualifier`.
#[test]
fn a_bound_before_a_length_stays_outside() {
    check(&[
        (
            "within hours",
            "Engineers said power would be back within 48 hours.",
            "DURATION \"48 hours\" qualifier=within iso=PT48H",
        ),
        (
            "after months",
            "A third still had symptoms after six months.",
            "DURATION \"six months\" qualifier=after iso=P6M",
        ),
        (
            "within a decade",
            "The airport said the runway could be open within a decade.",
            "DURATION \"a decade\" qualifier=within iso=P10Y",
        ),
        (
            "after minutes",
            "The striker was replaced after 70 minutes.",
            "DURATION \"70 minutes\" qualifier=after iso=PT70M",
        ),
        (
            "within weeks",
            "Patients should be treated within 18 weeks of referral.",
            "DURATION \"18 weeks\" qualifier=within iso=P18W",
        ),
        (
            "within days",
            "Refunds are paid within 14 days.",
            "DURATION \"14 days\" qualifier=within iso=P14D",
        ),
        // Look-alikes: a date's bound stays inside; "more than" stays inside a length.
        (
            "since a year",
            "Prices are the highest since 2008.",
            "DATE \"since 2008\" qualifier=since iso=2008",
        ),
        (
            "after a year",
            "Cars built after 2010 are exempt.",
            "DATE \"after 2010\" qualifier=after iso=2010",
        ),
        (
            "more than hours",
            "Some patients waited more than 12 hours.",
            "DURATION \"more than 12 hours\" qualifier=more than iso=PT12H",
        ),
    ]);
    absent(&[
        (
            "no within inside",
            "Engineers said power would be back within 48 hours.",
            "within 48 hours",
        ),
        (
            "no after inside",
            "A third still had symptoms after six months.",
            "after six months",
        ),
    ]);
}

/// "the quarter ended Dec. 31", "the fiscal year ending June 30", "the 12 months through June":
/// one period that ends at a day or a month, its "the" inside, as "the year to March".
#[test]
fn a_period_ended_at_a_day_keeps_its_the() {
    check(&[
        (
            "quarter ended",
            "Revenue rose 12% in the quarter ended Dec. 31.",
            "DATE \"the quarter ended Dec. 31\"",
        ),
        (
            "fiscal year ending",
            "The deficit for the fiscal year ending June 30 will be $27bn.",
            "DATE \"the fiscal year ending June 30\"",
        ),
        (
            "financial year to",
            "Borrowing in the financial year to March 2025 was £152bn.",
            "DATE \"the financial year to March 2025\" iso=2024-04/2025-03",
        ),
        (
            "tax year ended",
            "Receipts for the tax year ended 5 April were up.",
            "DATE \"the tax year ended 5 April\"",
        ),
        (
            "months through",
            "Prices rose 3% in the 12 months through June 2024.",
            "DATE \"the 12 months through June 2024\" iso=2023-07/2024-06",
        ),
        (
            "year to, as before",
            "Sales fell in the year to March 2024.",
            "DATE \"the year to March 2024\" iso=2023-04/2024-03",
        ),
    ]);
    // Look-alikes: a year that ended with no date after it; "through" before no date.
    absent(&[
        (
            "ended with",
            "The year ended with a loss.",
            "The year ended",
        ),
        (
            "through a noun",
            "The quarter through which we lived was hard.",
            "quarter through",
        ),
    ]);
}

/// "2024 was the hottest year on record": a recent year opening a sentence, before a verb a
/// year is the subject of.
#[test]
fn a_year_as_a_sentences_subject() {
    check(&[
        (
            "was",
            "2024 was the hottest year on record.",
            "DATE \"2024\" iso=2024",
        ),
        (
            "saw",
            "It rained. 2023 saw a record number of crossings.",
            "DATE \"2023\" iso=2023",
        ),
        (
            "will",
            "2026 will be tougher, the chief executive warned.",
            "DATE \"2026\" iso=2026",
        ),
        (
            "marked",
            "1997 marked a turning point for the party.",
            "DATE \"1997\" iso=1997",
        ),
        (
            "has",
            "2025 has been a difficult year.",
            "DATE \"2025\" iso=2025",
        ),
    ]);
    // Look-alikes: a count with a comma, a round hundred, a year before a plural.
    check(&[
        (
            "a comma",
            "2,024 was the final count.",
            "CARDINAL \"2,024\" value=2024",
        ),
        (
            "round hundred",
            "1900 was paid in fees.",
            "CARDINAL \"1900\" value=1900",
        ),
    ]);
}

/// "two years later than planned": the gap, a DURATION; "two years later" alone is a date.
#[test]
fn a_length_later_than_is_a_gap() {
    check(&[
        (
            "later than planned",
            "The line will open two years later than planned.",
            "DURATION \"two years\" iso=P2Y",
        ),
        (
            "later than usual",
            "Trains ran an hour later than usual.",
            "DURATION \"an hour\" iso=PT1H",
        ),
        (
            "earlier than expected",
            "The results came three weeks earlier than expected.",
            "DURATION \"three weeks\" iso=P3W",
        ),
        // Look-alike: a date counted from the story's time.
        (
            "later alone",
            "Two years later, he left the club.",
            "DATE \"Two years later\" iso=P2Y",
        ),
    ]);
}

/// "recorded 18 inches of rain in 24 hours", "the second quake of its size in a week": the
/// time something took, no time from now.
#[test]
fn a_length_taken_after_a_counted_object_or_a_rank() {
    check(&[
        (
            "inches of rain",
            "The city recorded 18 inches of rain in 24 hours.",
            "DURATION \"24 hours\" iso=PT24H",
        ),
        (
            "tickets",
            "The band sold 2,000 tickets in ten minutes.",
            "DURATION \"ten minutes\" iso=PT10M",
        ),
        (
            "rank of its size",
            "It was the second quake of its size in a week.",
            "DURATION \"a week\" iso=P1W",
        ),
        (
            "rank of its kind",
            "It is the biggest fine of its kind in a decade.",
            "DURATION \"a decade\" iso=P10Y",
        ),
    ]);
    // Look-alikes: an object still to come; a rank before a word of the future.
    check(&[
        (
            "will hire",
            "They will hire 200 staff in two years.",
            "DATE \"in two years\" iso=P2Y",
        ),
        (
            "announced",
            "The firm announced 500 jobs in two years.",
            "DATE \"in two years\" iso=P2Y",
        ),
        (
            "first will open",
            "The first store will open in two weeks.",
            "DATE \"in two weeks\" iso=P2W",
        ),
    ]);
}
