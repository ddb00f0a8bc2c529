//! The classes `figclass21` read and left (`FIGURE_CLASSES_EARLY.md`), and the recall classes of the
//! Duckling tuned part a reader of news meets: a point inside a period ("midway through"), the
//! lowest price ("start from £89"), an age at a life's event ("left school at 14"), a counted
//! period to a month with its "the", a year after "since at least", "5+ years", the time a
//! past change took after its level, and holidays named by their month or missing from the
//! package ("the August bank holiday", "Martin Luther King Day", "Cyber Monday"), and "within a
//! minute of" (a unit of time signalling a figure to the start filter). Each with the
//! look-alikes it must leave alone; every sentence is made up.

use super::{absent, check};

/// "midway through the first half": a point inside the period, not "until" it.
#[test]
fn a_point_inside_a_period_is_no_bound() {
    check(&[
        (
            "midway, a half",
            "He scored midway through the first half.",
            "DATE \"the first half\"",
        ),
        (
            "halfway, a half",
            "The lead changed hands halfway through the second half.",
            "DATE \"the second half\"",
        ),
        (
            "partway, a year",
            "The plant closed partway through 2023.",
            "DATE \"2023\" iso=2023",
        ),
        // Look-alikes: "through" as "up to and including" keeps its bound.
        (
            "runs through",
            "The deal runs through 2026.",
            "DATE \"through 2026\" qualifier=until iso=2026",
        ),
        (
            "open through",
            "The exhibition stays open through March.",
            "DATE \"through March\" qualifier=until",
        ),
    ]);
    absent(&[(
        "no until",
        "He scored midway through the first half.",
        "through the first half",
    )]);
}

/// "start from £89", "starting at $120", "tickets from €40": the lowest of several prices.
#[test]
fn the_lowest_price_is_a_lower_bound() {
    check(&[
        (
            "start from",
            "Prices start from £89 a night.",
            "MONEY \"£89\" value=89 unit=GBP per=night qualifier=from min=89",
        ),
        (
            "start at",
            "Rooms start at $120.",
            "MONEY \"$120\" value=120 unit=USD qualifier=from min=120",
        ),
        (
            "starting at",
            "Return fares starting at £19 go on sale today.",
            "MONEY \"£19\" value=19 unit=GBP qualifier=from min=19",
        ),
        (
            "tickets from",
            "Tickets from €40 are on sale.",
            "MONEY \"€40\" value=40 unit=EUR qualifier=from min=40",
        ),
        (
            "available from",
            "The phone is available from $799.",
            "MONEY \"$799\" value=799 unit=USD qualifier=from min=799",
        ),
        // Look-alikes: a price set, and a change's old level.
        (
            "priced at",
            "It was priced at £89.",
            "MONEY \"£89\" value=89 unit=GBP",
        ),
        (
            "rose from",
            "The fare rose from £89 to £95.",
            "MONEY \"£89\" value=89 unit=GBP",
        ),
        (
            "a count from",
            "Tickets from 40 outlets were sold.",
            "CARDINAL \"40\" value=40",
        ),
    ]);
}

/// "left school at 14", "died at 82": an age after "at" after a verb of a life's event.
#[test]
fn an_age_at_a_lifes_event() {
    check(&[
        (
            "left school",
            "She left school at 14 and joined the firm.",
            "QUANTITY \"14\" value=14 unit=year",
        ),
        (
            "died",
            "He died at 82.",
            "QUANTITY \"82\" value=82 unit=year",
        ),
        (
            "dies, a headline",
            "Pioneering teacher dies at 106",
            "QUANTITY \"106\" value=106 unit=year",
        ),
        (
            "retired",
            "She retired at 60 last year.",
            "QUANTITY \"60\" value=60 unit=year",
        ),
        (
            "turned professional",
            "He turned professional at 17, after school.",
            "QUANTITY \"17\" value=17 unit=year",
        ),
        (
            "married, in words",
            "They married at nineteen and moved north.",
            "QUANTITY \"nineteen\" value=19 unit=year",
        ),
        (
            "dropped out",
            "He dropped out at 16 to work on farms.",
            "QUANTITY \"16\" value=16 unit=year",
        ),
        // Look-alikes: an hour, a clock time, a level, a number before a noun.
        (
            "left school at 3",
            "She left school at 3 on Friday.",
            "CARDINAL \"3\" value=3",
        ),
        (
            "a clock time",
            "He died at 14:30.",
            "TIME \"14:30\" iso=T14:30",
        ),
        (
            "a level",
            "The index closed at 82.",
            "CARDINAL \"82\" value=82",
        ),
        (
            "a house number",
            "He died at 82 Elm Street.",
            "CARDINAL \"82\" value=82",
        ),
        (
            "a share",
            "Fewer patients died at 30% of the sites.",
            "PERCENT \"30%\" value=30 unit=%",
        ),
    ]);
}

/// "in the 12 months to September": a counted period that ends in a month keeps its "the", as
/// "the year to March" does.
#[test]
fn a_counted_period_to_a_month_keeps_its_the() {
    check(&[
        (
            "12 months to",
            "Inflation was 3.2% in the 12 months to September.",
            "DATE \"the 12 months to September\"",
        ),
        (
            "three months to, a year",
            "Output rose 2% in the three months to June 2024.",
            "DATE \"the three months to June 2024\" iso=2024-04/2024-06",
        ),
        (
            "six months ending",
            "Sales in the six months ending March 2025 fell.",
            "DATE \"the six months ending March 2025\" iso=2024-10/2025-03",
        ),
        (
            "the year to, as before",
            "Prices rose 4.2% in the year to March 2024.",
            "DATE \"the year to March 2024\" iso=2023-04/2024-03",
        ),
        // Look-alikes: no month after "to".
        (
            "to a verb",
            "It took the 12 months to finish.",
            "DURATION \"12 months\" iso=P12M",
        ),
    ]);
}

/// "since at least 2019": the date with its bound, not the count 2019 "at least".
#[test]
fn a_year_after_since_at_least() {
    check(&[
        (
            "since",
            "The group has run the site since at least 2019.",
            "DATE \"since at least 2019\" qualifier=since iso=2019",
        ),
        (
            "until",
            "The rules apply until at least 2030, officials said.",
            "DATE \"until at least 2030\" qualifier=until iso=2030",
        ),
        // Look-alike: a count after "at least".
        (
            "a count",
            "At least 2019 people signed it.",
            "CARDINAL \"2019\" value=2019 qualifier=at least min=2019",
        ),
    ]);
}

/// "5+ years": a length of time, "or more".
#[test]
fn a_length_with_a_plus_is_or_more() {
    check(&[
        (
            "years",
            "We want 5+ years of experience.",
            "DURATION \"5+ years\" qualifier=or more iso=P5Y",
        ),
        (
            "hours",
            "Staff worked 10+ hours a day.",
            "DURATION \"10+ hours\" qualifier=or more iso=PT10H",
        ),
        // Look-alikes: a sum, and a plus on a figure that is no length.
        ("a sum", "2+2 years", "DURATION \"2 years\" iso=P2Y"),
        (
            "a count",
            "We have 50+ members.",
            "CARDINAL \"50\" value=50 qualifier=or more min=50",
        ),
    ]);
}

/// "more than doubled to 1.2 gigawatts in five years": the time a past change took, after the
/// level it reached, not a date five years from now.
#[test]
fn the_time_a_change_took_after_its_level() {
    check(&[
        (
            "doubled to",
            "Capacity more than doubled to 1.2 gigawatts in five years.",
            "DURATION \"five years\" iso=P5Y",
        ),
        (
            "climbed to",
            "Membership climbed to 40,000 in a decade.",
            "DURATION \"a decade\" iso=P10Y",
        ),
        // Look-alike: a change still to come.
        (
            "will rise to",
            "Capacity will rise to 5 gigawatts in two years.",
            "DATE \"in two years\" iso=P2Y",
        ),
    ]);
}

/// Holidays named after their month ("the August bank holiday"), names the package does not
/// give ("Martin Luther King Day", "Cyber Monday") and a plural's apostrophe ("Veterans' Day").
#[test]
fn holidays_by_month_and_by_other_names() {
    check(&[
        (
            "August bank holiday",
            "Traffic was heavy over the August bank holiday.",
            "DATE \"August bank holiday\"",
        ),
        (
            "MLK Day",
            "Schools close for Martin Luther King Day.",
            "DATE \"Martin Luther King Day\"",
        ),
        (
            "MLK's Day",
            "Marches were held on Martin Luther King's Day.",
            "DATE \"Martin Luther King's Day\"",
        ),
        (
            "Cyber Monday",
            "Online sales jumped on Cyber Monday.",
            "DATE \"Cyber Monday\"",
        ),
        (
            "a plural's apostrophe",
            "Parades were held on Veterans' Day.",
            "DATE \"Veterans' Day\"",
        ),
        (
            "a plural's apostrophe, possessive name",
            "Banks close on Presidents' Day.",
            "DATE \"Presidents' Day\"",
        ),
        // Look-alikes: the month alone, a weekday after "cyber".
        ("August alone", "It rained in August.", "DATE \"August\""),
        (
            "a cyber attack",
            "A cyber attack hit the bank on Monday.",
            "DATE \"Monday\"",
        ),
    ]);
}

/// "within a minute of": a unit of time in any spelling signals a figure to the start filter,
/// as a unit of measure does ("a minute" was never tried: "minute" signalled nothing).
#[test]
fn a_unit_of_time_after_an_article() {
    check(&[
        (
            "within a minute",
            "The train arrived within a minute of its scheduled time.",
            "DURATION \"a minute\" qualifier=within iso=PT1M",
        ),
        (
            "a minute ago",
            "He left a minute ago.",
            "DATE \"a minute ago\" iso=PT1M",
        ),
        (
            "for a minute",
            "They stood in silence for a minute.",
            "DURATION \"a minute\" iso=PT1M",
        ),
    ]);
    // Look-alikes: "minute" as "tiny", a minute of a meeting.
    absent(&[
        ("tiny", "A minute amount of dust was found.", "A minute"),
        (
            "the minutes",
            "The minutes of the meeting were read.",
            "minutes",
        ),
    ]);
}
