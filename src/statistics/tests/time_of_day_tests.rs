//! Named table tests of times of day and parts of a year read by grammar: a figure after "at"
//! is no clock time, ranges of clock times share a half of the day, times named by the daylight
//! or a meal, halves of a year, "the weekend", the end of a period before punctuation. Every
//! sentence is made up.

use super::date_class_tests::{check, check_not_dated};

/// A dotted number after "at" is a clock time ("at 6.45") unless the figure grammar reads on
/// past it with what it counts: a percentage, a quantity or an amount is no time, whatever
/// way its unit is written.
#[test]
fn a_figure_with_its_unit_after_at_is_no_time() {
    check(&[
        (
            "percent sign",
            "The base rate stood at 2.25% in March.",
            "PERCENT",
            "2.25%",
            None,
        ),
        (
            "per cent in words",
            "Inflation ran at 4.75 per cent last year.",
            "PERCENT",
            "4.75 per cent",
            None,
        ),
        (
            "a length",
            "The river peaked at 3.45 metres overnight.",
            "QUANTITY",
            "3.45 metres",
            None,
        ),
        (
            "a weight, attached",
            "The parcel came in at 1.25kg.",
            "QUANTITY",
            "1.25kg",
            None,
        ),
        (
            "a currency code",
            "Wheat traded at 6.40 USD a bushel.",
            "MONEY",
            "6.40 USD",
            None,
        ),
        // The clock stays the clock.
        (
            "a bare dotted hour",
            "The ferry leaves at 6.45 with the tide.",
            "TIME",
            "at 6.45",
            Some("T06:45"),
        ),
        (
            "a dotted hour and its day",
            "We meet at 9.15 on Friday.",
            "TIME",
            "at 9.15 on Friday",
            None,
        ),
        (
            "a dotted range sharing pm",
            "The market runs from 10.30-11.30pm on Saturdays.",
            "TIME",
            "from 10.30-11.30pm on Saturdays",
            Some("T22:30/T23:30"),
        ),
        (
            "a dotted range sharing am",
            "Roads close 6.30-9.15am for the race.",
            "TIME",
            "6.30-9.15am",
            Some("T06:30/T09:15"),
        ),
    ]);
    check_not_dated(&[
        (
            "percent is not dated",
            "Yields closed at 1.85% on the day.",
            "1.85",
        ),
        ("a speed is not dated", "Winds gusted at 12.5 mph.", "12.5"),
    ]);
}

/// Times of day named by the daylight or a meal: alone ("lunchtime", "nightfall") or after a
/// preposition of time ("at dawn", "over dinner"); a meal or the dawn that names a thing is not
/// a time.
#[test]
fn daylight_and_meal_times() {
    check(&[
        (
            "after at",
            "Troops crossed the river at dawn.",
            "TIME",
            "dawn",
            None,
        ),
        (
            "before, kept in the span",
            "The minister left before lunch.",
            "TIME",
            "before lunch",
            None,
        ),
        (
            "over a meal",
            "The deal was struck over dinner.",
            "TIME",
            "dinner",
            None,
        ),
        (
            "a range",
            "Crews worked from dawn to dusk.",
            "TIME",
            "from dawn to dusk",
            None,
        ),
        (
            "by",
            "Roads must be clear by nightfall.",
            "TIME",
            "nightfall",
            None,
        ),
        (
            "alone",
            "Crowds gathered at lunchtime.",
            "TIME",
            "lunchtime",
            None,
        ),
        (
            "a compound written apart",
            "Visitors come at tea time.",
            "TIME",
            "tea time",
            None,
        ),
        (
            "until",
            "The curfew lasts until sunrise.",
            "TIME",
            "until sunrise",
            None,
        ),
        (
            "before a day",
            "Fans queued after breakfast on Sunday.",
            "DATE",
            "after breakfast on Sunday",
            None,
        ),
    ]);
    check_not_dated(&[
        (
            "a meal as a thing",
            "The gala dinner raised funds.",
            "dinner",
        ),
        (
            "the dawn of an era",
            "It marked the dawn of a new age.",
            "dawn",
        ),
        (
            "a meal naming a noun",
            "He spoke at dinner parties.",
            "dinner",
        ),
        (
            "a hyphenated compound",
            "The dawn-raid team struck.",
            "dawn",
        ),
        ("tea is a drink", "They drank tea with the mayor.", "tea"),
    ]);
}

/// Halves of a year, in words and as codes, with the ISO form of their year.
#[test]
fn halves_of_a_year() {
    check(&[
        (
            "first half of a year",
            "Profits fell in the first half of 2023.",
            "DATE",
            "the first half of 2023",
            Some("2023-H1"),
        ),
        (
            "second half of the year",
            "Growth slows in the second half of the year.",
            "DATE",
            "the second half of the year",
            None,
        ),
        (
            "last half of last year",
            "Sales rose in the last half of last year.",
            "DATE",
            "the last half of last year",
            None,
        ),
        (
            "a code and its year",
            "Margins widened in H2 2024.",
            "DATE",
            "H2 2024",
            Some("2024-H2"),
        ),
        (
            "a year and its code",
            "Orders dipped in 2019-H1.",
            "DATE",
            "2019-H1",
            Some("2019-H1"),
        ),
    ]);
    // A half the text does not name (a match's or a year's) is a period with no value, not
    // the ORDINAL "first" (`report_form_tests/left_classes.rs`).
    check(&[(
        "a match's half",
        "He scored twice in the first half.",
        "DATE",
        "the first half",
        None,
    )]);
}

/// "the weekend" and "the end of the month" are dates wherever punctuation touches them; a
/// compound word is not ("the month-long strike").
#[test]
fn periods_before_punctuation_and_the_weekend() {
    check(&[
        (
            "end of the month before a comma",
            "At the end of the month, rents rise.",
            "DATE",
            "end of the month",
            None,
        ),
        (
            "end of the year before a full stop",
            "The plant closes at the end of the year.",
            "DATE",
            "end of the year",
            None,
        ),
        (
            "at the weekend",
            "Protesters marched at the weekend.",
            "DATE",
            "the weekend",
            None,
        ),
        (
            "over the weekend",
            "Talks over the weekend failed.",
            "DATE",
            "the weekend",
            None,
        ),
    ]);
    check_not_dated(&[
        (
            "a weekend-long compound",
            "The weekend-long festival ended.",
            "weekend",
        ),
        (
            "a month-long compound",
            "At the end of the month-long strike, talks began.",
            "month",
        ),
    ]);
}

/// "early", "mid" and "late" before a decade or a century belong to it, as before a year or a
/// month ("early 2019", "mid-November").
#[test]
fn parts_of_decades_and_centuries() {
    check(&[
        (
            "mid decade",
            "It happened in the mid-1980s.",
            "DATE",
            "mid-1980s",
            Some("198X"),
        ),
        (
            "late decade",
            "He was born in the late 1990s.",
            "DATE",
            "late 1990s",
            Some("199X"),
        ),
        (
            "early decade",
            "In the early 2000s, prices fell.",
            "DATE",
            "early 2000s",
            Some("200X"),
        ),
        (
            "late century",
            "The late 19th century saw growth.",
            "DATE",
            "late 19th century",
            Some("18XX"),
        ),
        (
            "century in words",
            "Mills closed in the early twentieth century.",
            "DATE",
            "early twentieth century",
            Some("19XX"),
        ),
    ]);
}

/// After a preposition of time, a number that reads as a recent year and is no round count is
/// the year whatever word follows ("In 2019 sales rose"); a round number stays a count ("in
/// 2000 pieces", "after 1500 attempts").
#[test]
fn a_year_after_a_preposition_before_any_word() {
    check(&[
        (
            "in, then a plural noun",
            "In 2019 sales rose sharply.",
            "DATE",
            "2019",
            Some("2019"),
        ),
        (
            "by, then a noun",
            "By 2030 emissions must halve.",
            "DATE",
            "2030",
            Some("2030"),
        ),
        (
            "since, kept in the span",
            "Since 2010 prices have doubled.",
            "DATE",
            "Since 2010",
            Some("2010"),
        ),
        (
            "before, then a pronoun",
            "Before 2015 nobody knew.",
            "DATE",
            "Before 2015",
            Some("2015"),
        ),
        (
            "in, then a collective noun",
            "In 1998 police arrested him.",
            "DATE",
            "1998",
            Some("1998"),
        ),
    ]);
    check_not_dated(&[
        ("a round count", "The puzzle came in 2000 pieces.", "2000"),
        (
            "a round count after after",
            "After 1500 attempts he quit.",
            "1500",
        ),
    ]);
}

/// The time a share or a comparison is counted against: "by a fifth last year" is the
/// fraction 1/5 (a rank would name a following noun: "a fifth consecutive year"), and "on 2019",
/// "against 2019" name the year compared with.
#[test]
fn when_a_share_or_comparison_was_counted() {
    let got = super::annotate("Burglaries fell by a fifth last year.");
    assert!(
        got.iter().any(|a| a.kind == "CARDINAL"
            && a.text("Burglaries fell by a fifth last year.") == "a fifth"),
        "{got:?}"
    );
    assert!(!got.iter().any(|a| a.kind == "ORDINAL"), "{got:?}");
    check(&[
        (
            "up on a year",
            "Turnout was up three points on 2019.",
            "DATE",
            "2019",
            Some("2019"),
        ),
        (
            "against a year",
            "Exports rose against 2021 levels.",
            "DATE",
            "2021",
            Some("2021"),
        ),
    ]);
}

/// A period that ends in a month, as statistics offices write it: one date from its first
/// month to its last once the year is known, with its "the" (figclass22); a count of weeks to
/// a holiday is a countdown.
#[test]
fn periods_that_end_in_a_month() {
    check(&[
        (
            "months to a month and year",
            "In the three months to June 2024, output fell.",
            "DATE",
            "the three months to June 2024",
            Some("2024-04/2024-06"),
        ),
        (
            "the year to",
            "Prices rose 4% in the year to January 2025.",
            "DATE",
            "the year to January 2025",
            Some("2024-02/2025-01"),
        ),
        (
            "the quarter ending",
            "GDP grew in the quarter ending June 2023.",
            "DATE",
            "the quarter ending June 2023",
            Some("2023-04/2023-06"),
        ),
        (
            "no year written",
            "The 12 months to September saw a rise.",
            "DATE",
            "The 12 months to September",
            None,
        ),
    ]);
    let got = super::annotate("There are three weeks to Christmas.");
    assert!(
        got.iter().any(|a| a.kind == "DURATION"),
        "a countdown to a holiday keeps its duration: {got:?}"
    );
}

/// "the early hours of Sunday", "the small hours of 3 May": the end of the night before a day,
/// one time, like "the morning of March 3"; nested repetitions read one level only.
#[test]
fn the_early_hours_of_a_day() {
    check(&[
        (
            "early hours of a weekday",
            "He died in the early hours of Sunday.",
            "TIME",
            "the early hours of Sunday",
            None,
        ),
        (
            "small hours of a date",
            "Shots rang out in the small hours of 3 May.",
            "TIME",
            "the small hours of 3 May",
            None,
        ),
    ]);
    check_not_dated(&[("no day after", "The small business grew.", "small")]);
}

/// A season with its year is one date, read as the year (its months depend on the hemisphere):
/// "summer 2019", "the autumn of 1969", "the winter of 2010-11"; "fall" only capitalised or
/// after "in". "The rest of the year", "the remainder of the decade" are dates like "the end of
/// the year"; "the rest of the team" is none. A later year ends a range of years whatever
/// follows it ("from 2010 to 2015 sales").
#[test]
fn seasons_of_a_year_and_the_rest_of_a_period() {
    check(&[
        (
            "season and year",
            "Talks broke down in summer 2019, officials said.",
            "DATE",
            "summer 2019",
            Some("2019"),
        ),
        (
            "season of a year",
            "It was the summer of 1969 all over again.",
            "DATE",
            "summer of 1969",
            Some("1969"),
        ),
        (
            "season of a split year",
            "Snow closed roads in the winter of 2010-11.",
            "DATE",
            "winter of 2010-11",
            Some("2010/2011"),
        ),
        (
            "a noun after the year",
            "The spring 2019 floods cost millions.",
            "DATE",
            "spring 2019",
            Some("2019"),
        ),
        (
            "fall after in",
            "In fall 2024 the plant opened.",
            "DATE",
            "fall 2024",
            None,
        ),
        (
            "rest of the year",
            "Growth will slow for the rest of the year.",
            "DATE",
            "rest of the year",
            None,
        ),
        (
            "remainder of a decade",
            "Rates stay low for the remainder of the decade.",
            "DATE",
            "remainder of the decade",
            None,
        ),
        (
            "a range of years before a noun",
            "From 2010 to 2015 sales rose each year.",
            "DATE",
            "From 2010 to 2015",
            Some("2010/2015"),
        ),
        (
            "end of the century",
            "Seas rise a metre by the end of the century.",
            "DATE",
            "end of the century",
            None,
        ),
    ]);
    check_not_dated(&[
        ("fall the verb", "Prices fall short of 2019 levels.", "fall"),
        (
            "rest of a team",
            "The rest of the team stayed home.",
            "rest",
        ),
    ]);
}
