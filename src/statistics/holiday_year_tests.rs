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
