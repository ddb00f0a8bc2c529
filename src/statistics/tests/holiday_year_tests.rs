//! A holiday and the year it falls in named from the dateline (branch `time25`): "Easter last
//! year", "Christmas two years ago", "Diwali in three years' time", each resolved against the
//! dateline, with look-alikes that keep the holiday alone. Every sentence is made up.

use super::holiday_tests::dates;

/// The dateline every case is read with: Tuesday 12 March 2024.
const DATELINE: &str = "Published 12 March 2024\n\n";

/// (case, sentence, covered text, ISO date).
type Case<'a> = (&'a str, &'a str, &'a str, &'a str);

fn check(cases: &[Case]) {
    let mut names = std::collections::HashSet::new();
    for (name, sentence, span, iso) in cases {
        assert!(names.insert(name), "duplicate case name {name}");
        let text = format!("{DATELINE}{sentence}");
        let got = dates(&text);
        assert!(
            got.iter()
                .any(|(t, i)| t == span && i.as_deref() == Some(*iso)),
            "{name}: {sentence:?} gave {got:?}"
        );
    }
}

#[test]
fn a_holiday_in_a_year_named_from_the_dateline() {
    check(&[
        (
            "fixed last year",
            "Shops shut on Christmas last year.",
            "Christmas last year",
            "2023-12-25",
        ),
        (
            "fixed next year",
            "The parade returns on Halloween next year.",
            "Halloween next year",
            "2025-10-31",
        ),
        (
            "fixed this year",
            "Boxing Day this year falls on a Thursday.",
            "Boxing Day this year",
            "2024-12-26",
        ),
        (
            "of last year",
            "Crowds gathered on Waitangi Day of last year.",
            "Waitangi Day of last year",
            "2023-02-06",
        ),
        (
            "years ago",
            "It opened on Christmas Day two years ago.",
            "Christmas Day two years ago",
            "2022-12-25",
        ),
        (
            "digits ago",
            "It opened on Christmas Eve 3 years ago.",
            "Christmas Eve 3 years ago",
            "2021-12-24",
        ),
        (
            "in a year",
            "The fair returns on Halloween in a year.",
            "Halloween in a year",
            "2025-10-31",
        ),
        (
            "in years' time",
            "They marry on Valentine's Day in three years' time.",
            "Valentine's Day in three years' time",
            "2027-02-14",
        ),
        (
            "hence",
            "The vote falls on Waitangi Day five years hence.",
            "Waitangi Day five years hence",
            "2029-02-06",
        ),
        (
            "from now",
            "It ends on Christmas Eve two years from now.",
            "Christmas Eve two years from now",
            "2026-12-24",
        ),
        // A movable feast takes its day in that year.
        (
            "movable last year",
            "Sales rose at Diwali last year.",
            "Diwali last year",
            "2023-11-12",
        ),
        (
            "movable in years",
            "The temple reopens for Diwali in two years.",
            "Diwali in two years",
            "2026-11-08",
        ),
        (
            "movable ago",
            "They met at Diwali three years ago.",
            "Diwali three years ago",
            "2021-11-04",
        ),
    ]);
}

/// "next month" names the year of the month after the dateline's: in December, the next year.
#[test]
fn a_holiday_next_month_across_the_new_year() {
    let text = "Published 12 December 2024\n\nThe law takes effect on New Year's Day next month.";
    let got = dates(text);
    assert!(
        got.iter()
            .any(|(t, i)| t == "New Year's Day next month" && i.as_deref() == Some("2025-01-01")),
        "{got:?}"
    );
}

#[test]
fn look_alikes_keep_the_holiday_alone() {
    for (sentence, holiday, not) in [
        // A length of another unit, or not naming when.
        (
            "Shops close for Christmas in two weeks.",
            "Christmas",
            "Christmas in two weeks",
        ),
        (
            "Diwali for two years was quiet.",
            "Diwali",
            "Diwali for two years",
        ),
        // A stop or a comma between them.
        (
            "It snowed at Christmas. Last year it rained.",
            "Christmas",
            "Christmas. Last year",
        ),
        (
            "It snowed at Christmas, two years ago.",
            "Christmas",
            "Christmas, two years",
        ),
        // "last years" is no year.
        (
            "Christmas last years longer.",
            "Christmas",
            "Christmas last years",
        ),
    ] {
        let text = format!("{DATELINE}{sentence}");
        let got = dates(&text);
        assert!(
            got.iter().any(|(t, _)| t == holiday) && !got.iter().any(|(t, _)| t.starts_with(not)),
            "{sentence:?} gave {got:?}"
        );
    }
}

/// One path for "last / next / this year", "next month" after a holiday (the relative grammar's,
/// branch `time26`): the words it reads for the dateline's year, and only those.
#[test]
fn the_relative_grammar_names_the_holidays_year() {
    check(&[
        (
            "easter next year",
            "Easter next year falls late.",
            "Easter next year",
            "2025-04-20",
        ),
        (
            "easter last year",
            "Easter last year was wet.",
            "Easter last year",
            "2023-04-09",
        ),
        (
            "easter of this year",
            "The fair opens on Easter of this year.",
            "Easter of this year",
            "2024-03-31",
        ),
        (
            "thanksgiving next year",
            "Thanksgiving next year is late.",
            "Thanksgiving next year",
            "2025-11-27",
        ),
        (
            "easter two years ago",
            "The roof fell in at Easter two years ago.",
            "Easter two years ago",
            "2022-04-17",
        ),
        (
            "abbreviated year",
            "Crowds came on Christmas last yr.",
            "Christmas last yr",
            "2023-12-25",
        ),
        (
            "this past year",
            "The town was quiet on Halloween this past year.",
            "Halloween this past year",
            "2023-10-31",
        ),
    ]);
}

/// A holiday without a fixed day in a year the text names (branch `time26`): the generated
/// name's day of that year, where before the hand-written name kept only the year; "Easter" is
/// Easter Sunday. Days that differ by country stay the year alone.
#[test]
fn a_holiday_of_no_fixed_day_in_a_named_year() {
    use super::holiday_tests::check_dates;
    check_dates(&[
        (
            "thanksgiving in a year",
            "Thanksgiving 2019 was cold.",
            "Thanksgiving 2019",
            Some("2019-11-28"),
        ),
        (
            "thanksgiving day in a year",
            "Thanksgiving Day 2020 was quiet.",
            "Thanksgiving Day 2020",
            Some("2020-11-26"),
        ),
        (
            "easter in a year",
            "Easter 2019 came late.",
            "Easter 2019",
            Some("2019-04-21"),
        ),
        (
            "easter in with in",
            "The church reopened at Easter in 2018.",
            "Easter in 2018",
            Some("2018-04-01"),
        ),
        (
            "memorial day in a year",
            "Memorial Day 2019 drew crowds.",
            "Memorial Day 2019",
            Some("2019-05-27"),
        ),
        (
            "easter in a year in words",
            "Easter two thousand ten was sunny.",
            "Easter two thousand ten",
            Some("2010-04-04"),
        ),
        // "Labor Day": the US states' day, kept far more widely than any other (session 34).
        (
            "labor day kept by the states",
            "Labor Day 2019 was hot.",
            "Labor Day 2019",
            Some("2019-09-02"),
        ),
        // Look-alikes: the day differs by country, or there is no year.
        (
            "labour day differs by country",
            "Labour Day 2019 was hot.",
            "Labour Day 2019",
            Some("2019"),
        ),
        (
            "mothers day differs by country",
            "Mother's Day 2019 sold out.",
            "Mother's Day 2019",
            Some("2019"),
        ),
        ("easter without a year", "Easter came late.", "Easter", None),
    ]);
}

/// A kind of named year that opens a holiday's name (branch `time26`): "Tax Day 2024" is the
/// holiday, "tax year 2024" still the named year, "tax" before other words nothing.
#[test]
fn a_named_year_word_opening_a_holiday() {
    use super::holiday_tests::check_dates;
    check_dates(&[
        (
            "tax day in a year",
            "Tax Day 2024 was busy.",
            "Tax Day 2024",
            Some("2024-04-15"),
        ),
        (
            "tax day in lower case with a year",
            "the queue on tax day 2013 was long",
            "tax day 2013",
            Some("2013-04-15"),
        ),
        ("tax day alone", "Tax Day is near.", "Tax Day", None),
        (
            "the tax year stays a named year",
            "In the tax year 2024 receipts rose.",
            "the tax year 2024",
            None,
        ),
        (
            "the fiscal year stays a named year",
            "Fiscal year 2023 closed well.",
            "Fiscal year 2023",
            None,
        ),
    ]);
    check(&[(
        "tax day last year",
        "Tax Day last year fell on a Saturday.",
        "Tax Day last year",
        "2023-04-15",
    )]);
    for (sentence, not) in [
        ("They pay tax day and night.", "tax day"),
        ("School days are long.", "School"),
        ("Calendar apps sync daily.", "Calendar"),
    ] {
        let got = dates(sentence);
        assert!(
            !got.iter().any(|(t, _)| t.contains(not)),
            "{sentence:?} gave {got:?}"
        );
    }
}
