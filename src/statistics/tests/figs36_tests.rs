//! The known slips of the thirty-sixth session (issue #12), on made-up sentences: a range of
//! counts after a word of range that read as clock times ("the results range from 5 to 10"),
//! two counts joined by "to" before the group they are part of ("eight to nine of them"), a
//! bound before "a quarter" (a share, not three months: "nearly a quarter said") and a
//! currency's sign written as its letter where the text names the currency ("N3.3 trillion" in
//! a text about Nigeria), a comparative after a minor part ("15 USD 50 more,") and a compound
//! of pounds before a noun of money ("a ten-pound note"); with the look-alikes that must keep
//! their own reading.

use super::figs35_tests::{check_ranges, ranges};
use super::notation_tests::{check, check_absent};

/// (case, sentence, type, covered text): a date, time or duration that must be read.
fn check_times(cases: &[(&str, &str, &str, &str)]) {
    for (name, text, kind, span) in cases {
        let got = ranges(text);
        assert!(
            got.iter().any(|(k, t, _, _)| k == kind && t == span),
            "{name}: {text:?} gave {got:?}"
        );
    }
}

/// (case, sentence): no date, time or duration at all.
fn check_no_time(cases: &[(&str, &str)]) {
    for (name, text) in cases {
        let got = ranges(text);
        assert!(
            got.iter()
                .all(|(k, _, _, _)| !matches!(k.as_str(), "DATE" | "TIME" | "DURATION")),
            "{name}: {text:?} gave {got:?}"
        );
    }
}

#[test]
fn a_range_of_counts_after_a_word_of_range_is_no_clock_time() {
    check_ranges(&[
        (
            "range",
            "The results range from 5 to 10.",
            "5 to 10",
            5.0,
            10.0,
        ),
        ("ranged", "Counts ranged from 1 to 3.", "1 to 3", 1.0, 3.0),
        ("vary", "Sentences vary from 5 to 10.", "5 to 10", 5.0, 10.0),
        (
            "varied",
            "Class sizes varied from 10 to 12.",
            "10 to 12",
            10.0,
            12.0,
        ),
        (
            "ranging",
            "Groups ranging from 4 to 8 met.",
            "4 to 8",
            4.0,
            8.0,
        ),
        (
            "words",
            "Scores range from two to eleven.",
            "two to eleven",
            2.0,
            11.0,
        ),
    ]);
    check_no_time(&[
        ("range_plain", "The results range from 5 to 10."),
        ("ages", "Their ages range from 5 to 10."),
        // "from 5 to 10" after "from" alone is no "five minutes to ten" either.
        ("open_from", "The shop is open from 5 to 10."),
    ]);
    // Look-alikes: the time's own marks, a unit of time, minutes to an hour without "from".
    check_times(&[
        (
            "meridiem",
            "The meeting runs from 5 to 10 pm.",
            "TIME",
            "from 5 to 10 pm",
        ),
        (
            "hours",
            "Shifts range from 6 to 10 hours.",
            "DURATION",
            "6 to 10 hours",
        ),
        ("minutes_to", "It is ten to five.", "TIME", "ten to five"),
        (
            "at_minutes_to",
            "We met at five to ten.",
            "TIME",
            "five to ten",
        ),
        ("digits_to", "They left at 20 to 6.", "TIME", "20 to 6"),
    ]);
}

#[test]
fn two_counts_before_the_group_they_are_part_of() {
    check_ranges(&[
        (
            "them",
            "Eight to nine of them were injured.",
            "Eight to nine",
            8.0,
            9.0,
        ),
        (
            "the",
            "Three to four of the victims were children.",
            "Three to four",
            3.0,
            4.0,
        ),
        (
            "digits",
            "10 to 12 of the players tested positive.",
            "10 to 12",
            10.0,
            12.0,
        ),
        (
            "those",
            "Two to three of those arrested were freed.",
            "Two to three",
            2.0,
            3.0,
        ),
        ("lower", "the mayor met 2 to 3 of them", "2 to 3", 2.0, 3.0),
        (
            "their",
            "Five to six of their staff left.",
            "Five to six",
            5.0,
            6.0,
        ),
    ]);
    // Look-alikes: a change's ends, a vote (the first the larger), one count, no group after.
    check(&[
        (
            "change_from",
            "He rose from 5 to 10 of the 20 seats.",
            "CARDINAL",
            "5",
            5.0,
            None,
        ),
        (
            "vote",
            "The bill passed 326 to 203 of the votes.",
            "CARDINAL",
            "326",
            326.0,
            None,
        ),
        (
            "one_count",
            "Five of them died.",
            "CARDINAL",
            "Five",
            5.0,
            None,
        ),
    ]);
    check_absent(&[
        (
            "change_range",
            "He rose from 5 to 10 of the 20 seats.",
            "5 to 10",
        ),
        (
            "vote_range",
            "The bill passed 326 to 203 of the votes.",
            "326 to 203",
        ),
        ("no_group", "Turnout went 3 to 4 of 10 voters.", "3 to 4"),
    ]);
}

#[test]
fn a_bound_before_a_quarter_is_a_share() {
    check(&[
        (
            "nearly",
            "Nearly a quarter said they would leave.",
            "CARDINAL",
            "a quarter",
            0.25,
            None,
        ),
        (
            "more_than",
            "More than a quarter are over 65.",
            "CARDINAL",
            "a quarter",
            0.25,
            None,
        ),
        (
            "up_to",
            "Up to a quarter will leave.",
            "CARDINAL",
            "a quarter",
            0.25,
            None,
        ),
        (
            "almost",
            "Almost a quarter voted no.",
            "CARDINAL",
            "a quarter",
            0.25,
            None,
        ),
    ]);
    check_no_time(&[
        ("nearly_none", "Nearly a quarter said they would leave."),
        ("at_least", "At least a quarter stayed home."),
    ]);
    // Look-alikes: a preposition of time or an anchor keeps the three months.
    check_times(&[
        (
            "for",
            "The firm lost money for a quarter.",
            "DURATION",
            "a quarter",
        ),
        (
            "century",
            "Nearly a quarter of a century later, he returned.",
            "DATE",
            "a quarter of a century later",
        ),
    ]);
}

#[test]
fn a_currency_sign_written_as_its_letter() {
    check(&[
        (
            "naira_country",
            "The Nigerian government spent N3.3 trillion on subsidies.",
            "MONEY",
            "N3.3 trillion",
            3.3e12,
            Some("NGN"),
        ),
        (
            "naira_name",
            "The central bank said N500 billion was spent, in naira terms.",
            "MONEY",
            "N500 billion",
            5e11,
            Some("NGN"),
        ),
        (
            "naira_after",
            "Revenue hit N3.3 trillion in Nigeria last year.",
            "MONEY",
            "N3.3 trillion",
            3.3e12,
            Some("NGN"),
        ),
        (
            "peso",
            "The Philippine government set aside P500 billion.",
            "MONEY",
            "P500 billion",
            5e11,
            Some("PHP"),
        ),
        (
            "rand_stays",
            "In South Africa, a loaf costs R15.99.",
            "MONEY",
            "R15.99",
            15.99,
            Some("ZAR"),
        ),
    ]);
    // Look-alikes: a letter before digits where no currency or country is named, or a label.
    check_absent(&[
        ("no_country", "The N3 motorway was closed.", "N3"),
        (
            "no_country_scale",
            "The budget is N3.3 trillion.",
            "N3.3 trillion",
        ),
        ("points", "He scored N5 points.", "N5"),
        ("road", "In Nigeria, the N1 expressway opened.", "N1"),
    ]);
}

#[test]
fn a_comparative_after_a_minor_part() {
    check(&[
        (
            "more_comma",
            "If they had 15 USD 50 more, they would pay.",
            "MONEY",
            "15 USD 50",
            15.5,
            Some("USD"),
        ),
        (
            "more_end",
            "He needed 15 dollars 50 more.",
            "MONEY",
            "15 dollars 50",
            15.5,
            Some("USD"),
        ),
        (
            "less_than",
            "It costs 3 euros 20 less than last year.",
            "MONEY",
            "3 euros 20",
            3.2,
            Some("EUR"),
        ),
        (
            "extra_for",
            "Pay 2 pounds 40 extra for delivery.",
            "MONEY",
            "2 pounds 40",
            2.4,
            Some("GBP"),
        ),
    ]);
    // Look-alikes: a count of more things, a count of times.
    check_absent(&[
        (
            "more_people",
            "They paid 5 dollars 50 more people came.",
            "5 dollars 50",
        ),
        ("times", "The index fell 15 USD 50 times.", "15 USD 50"),
    ]);
}

#[test]
fn a_compound_of_pounds_before_a_noun_of_money() {
    check(&[
        (
            "note",
            "He handed over a ten-pound note.",
            "MONEY",
            "ten-pound",
            10.0,
            Some("GBP"),
        ),
        (
            "digits_note",
            "A 50-pound note was forged.",
            "MONEY",
            "50-pound",
            50.0,
            Some("GBP"),
        ),
        (
            "fine",
            "He paid a 20-pound fine.",
            "MONEY",
            "20-pound",
            20.0,
            Some("GBP"),
        ),
        (
            "notes",
            "Two ten-pound notes were found.",
            "MONEY",
            "ten-pound",
            10.0,
            Some("GBP"),
        ),
        // Look-alikes: the noun is no money, whatever the sentence says.
        (
            "turkey",
            "The shop sold a ten-pound turkey.",
            "QUANTITY",
            "ten-pound",
            10.0,
            Some("lb"),
        ),
        (
            "man",
            "A 200-pound man walked in.",
            "QUANTITY",
            "200-pound",
            200.0,
            Some("lb"),
        ),
        (
            "bag",
            "A five-pound bag of flour.",
            "QUANTITY",
            "five-pound",
            5.0,
            Some("lb"),
        ),
    ]);
}
