//! Numbers of a list after a plural label word are labels, not counts (branch `figs30`, issue
//! 12, seen on the news-figures set): "junctions 10 and 11", "platforms 3 and 4", "pages 12 to
//! 14"; "junction 4" as "gate 22" is. Look-alikes: a singular label before a list keeps the
//! second number's count, and counts after a plural noun that labels nothing stay counts.

use super::date_class_tests::figures;

fn counts(text: &str) -> Vec<String> {
    figures(text)
        .into_iter()
        .filter(|(k, _, _)| *k == "CARDINAL")
        .map(|(_, t, _)| t)
        .collect()
}

#[test]
fn a_list_after_a_plural_label_is_no_count() {
    for text in [
        "Police closed the M6 between junctions 10 and 11 on Sunday.",
        "Trains left from platforms 3 and 4.",
        "See pages 12 to 14 of the report.",
        "The rules are in sections 5 and 6 of the act.",
        "Fans in rows 8 or 9 were moved.",
        "Wards 3 and 4 were closed to visitors.",
        "Articles 2 and 3 of the treaty apply.",
        "Drivers should leave at junction 4.",
        "Chapters 7 and 8 were rewritten.",
    ] {
        assert_eq!(counts(text), Vec::<String>::new(), "{text:?}");
    }
}

#[test]
fn counts_beside_labels_stay_counts() {
    for (text, want) in [
        ("Gate 5 and 300 passengers were held.", vec!["300"]),
        ("Platform 2 and 40 staff were cut.", vec!["40"]),
        ("Tenants in 12 rooms and 4 flats left.", vec!["12", "4"]),
    ] {
        let got: Vec<String> = figures(text).into_iter().map(|(_, t, _)| t).collect();
        for w in want {
            assert!(
                got.iter().any(|t| t == w),
                "{text:?}: want {w:?} in {got:?}"
            );
        }
    }
}
