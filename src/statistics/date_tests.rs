//! Named table tests of times placed by what follows them (issue 12): time zones, "tonight",
//! "tomorrow morning", "in the afternoon". Every sentence is made up.

use super::*;

/// (case, sentence, covered text of a TIME, its ISO form when resolved without a dateline).
fn check(cases: &[(&str, &str, &str, Option<&str>)]) {
    let mut names = std::collections::HashSet::new();
    for (name, text, span, iso) in cases {
        assert!(names.insert(*name), "{name}: the case name is used twice");
        let got: Vec<_> = annotate(text)
            .into_iter()
            .filter(|a| a.kind == "TIME")
            .filter_map(|a| {
                let t = a.text(text).to_string();
                match a.detail {
                    annotation::Detail::Statistic(d) => Some((t, d.extra().iso.clone())),
                    _ => None,
                }
            })
            .collect();
        assert!(
            got.iter()
                .any(|(t, i)| t == span && iso.is_none_or(|w| i.as_deref() == Some(w))),
            "{name}: {text:?} gave {got:?}"
        );
    }
}

#[test]
fn times_placed_by_what_follows() {
    check(&[
        (
            "a zone after a meridiem",
            "The summit opens at 4pm CET in Vienna.",
            "4pm CET",
            Some("T16:00"),
        ),
        (
            "a zone in brackets",
            "Polls close at 10pm (BST), the board said.",
            "10pm (BST)",
            None,
        ),
        (
            "a lower-case zone",
            "The call is at 8:00 gmt.",
            "8:00 gmt",
            Some("T08:00"),
        ),
        (
            "an hour tonight",
            "The mayor speaks at 8 tonight.",
            "8 tonight",
            None,
        ),
        (
            "an hour tomorrow morning",
            "Crews return at 6 tomorrow morning.",
            "6 tomorrow morning",
            None,
        ),
        (
            "a bare hour in the afternoon",
            "The market shuts at 5 in the afternoon.",
            "5 in the afternoon",
            Some("T17:00"),
        ),
    ]);
}

#[test]
fn counts_before_tonight_and_words_after_times_stay_apart() {
    let text = "She scored 8 tonight and the 5pm est queue was long.";
    let times: Vec<_> = annotate(text)
        .into_iter()
        .filter(|a| a.kind == "TIME")
        .map(|a| a.text(text).to_string())
        .collect();
    assert!(
        !times.iter().any(|t| t.starts_with('8')),
        "a score is no time: {times:?}"
    );
    assert!(
        times.iter().any(|t| t == "5pm"),
        "'est' in lower case is no zone: {times:?}"
    );
}
