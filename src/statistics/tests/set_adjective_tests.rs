//! A word of recurrence before a noun is an adjective, no figure (branch `figs30`, issue 12,
//! seen on the news-figures set): "the third monthly fall", "Weekly GP appointments", "daily
//! life". As an adverb it stays a recurrence (DATE, qualifier `every`): "published monthly",
//! "paid weekly in advance", "on a weekly basis", "annually attracts". A grade is a label.

use super::date_class_tests::figures;

fn recurrences(text: &str) -> Vec<String> {
    figures(text)
        .into_iter()
        .filter(|(k, _, _)| *k == "DATE")
        .map(|(_, t, _)| t)
        .collect()
}

#[test]
fn a_recurrence_word_before_a_noun_is_no_figure() {
    for text in [
        "Food prices posted the third monthly fall in a row.",
        "Weekly GP appointments reached a record.",
        "The strikes disrupted daily life across the city.",
        "The firm will publish quarterly results soon.",
        "Staff earn an hourly wage above the minimum.",
        "The yearly average was revised.",
        "She writes a fortnightly column.",
    ] {
        assert_eq!(recurrences(text), Vec::<String>::new(), "{text:?}");
    }
}

#[test]
fn a_recurrence_word_as_an_adverb_stays() {
    for (text, want) in [
        ("The magazine is published monthly.", "monthly"),
        ("Rents are paid weekly in advance.", "weekly"),
        ("Trains run hourly until midnight.", "hourly"),
        ("Take one tablet daily.", "daily"),
        ("Staff are tested on a weekly basis.", "weekly"),
        ("The index is revised annually by the ONS.", "annually"),
        ("The fair annually attracts crowds.", "annually"),
        ("Walking is an everyday habit.", "everyday"),
        (
            "Interest is paid quarterly and rates are fixed.",
            "quarterly",
        ),
    ] {
        let got = recurrences(text);
        assert!(got.iter().any(|t| t == want), "{text:?}: {got:?}");
    }
}

#[test]
fn a_grade_is_a_label() {
    for text in [
        "Pupils need a grade 4 or above in maths.",
        "She passed grades 5 and 6 on the piano.",
    ] {
        let got: Vec<String> = figures(text).into_iter().map(|(_, t, _)| t).collect();
        assert!(got.is_empty(), "{text:?}: {got:?}");
    }
}
