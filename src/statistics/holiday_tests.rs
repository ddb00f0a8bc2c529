//! Holidays of the generated lexicon on made-up sentences: the span, and the ISO date where the
//! holiday has a fixed day or the year is written.

use super::*;

fn dates(text: &str) -> Vec<(String, Option<String>)> {
    annotate(text)
        .into_iter()
        .filter(|a| a.kind == "DATE")
        .map(|a| {
            let t = a.text(text).to_string();
            match a.detail {
                annotation::Detail::Statistic(d) => (t, d.extra().iso.clone()),
                _ => (t, None),
            }
        })
        .collect()
}

#[test]
fn generated_holidays_are_dates() {
    let cases: &[(&str, &str, &str, Option<&str>)] = &[
        (
            "movable_with_year",
            "Sales peaked at Diwali 2019 in the north.",
            "Diwali 2019",
            Some("2019-10-27"),
        ),
        (
            "fixed_with_year",
            "The treaty was marked on Waitangi Day 2020 as usual.",
            "Waitangi Day 2020",
            Some("2020-02-06"),
        ),
        (
            "apostrophe_straight",
            "Crowds gathered on Saint Patrick's Day 2021 downtown.",
            "Saint Patrick's Day 2021",
            Some("2021-03-17"),
        ),
        (
            "apostrophe_curly",
            "Crowds gathered on Saint Patrick’s Day 2021 downtown.",
            "Saint Patrick’s Day 2021",
            Some("2021-03-17"),
        ),
        (
            "longer_name_wins",
            "Shops shut on Easter Sunday 2019, officials said.",
            "Easter Sunday 2019",
            Some("2019-04-21"),
        ),
        (
            "hyphenated_name",
            "Prayers for Eid al-Fitr 2018 drew thousands.",
            "Eid al-Fitr 2018",
            None,
        ),
        (
            "movable_without_year",
            "Schools close for Yom Kippur, the union said.",
            "Yom Kippur",
            None,
        ),
    ];
    let mut names = std::collections::HashSet::new();
    for (name, text, span, iso) in cases {
        assert!(names.insert(name), "duplicate case name {name}");
        let got = dates(text);
        assert!(
            got.iter()
                .any(|(t, i)| t == span && (iso.is_none() || i.as_deref() == *iso)),
            "{name}: {text:?} gave {got:?}"
        );
    }
}

#[test]
fn holiday_words_in_prose_are_not_dates() {
    let cases: &[(&str, &str)] = &[
        (
            "lower_case_name",
            "They asked for a family day out with 3 friends.",
        ),
        ("name_word_alone", "The labour market added 20 jobs."),
        (
            "common_first_word",
            "It was a human rights day out for 5 teams.",
        ),
    ];
    let mut names = std::collections::HashSet::new();
    for (name, text) in cases {
        assert!(names.insert(name), "duplicate case name {name}");
        let got = dates(text);
        assert!(got.is_empty(), "{name}: {text:?} gave {got:?}");
    }
}
