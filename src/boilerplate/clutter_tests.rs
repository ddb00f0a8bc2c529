//! Named tests of clutter that used to be missed or misnamed, on a made-up page: inline
//! "Related:" / "Read more:" links between article paragraphs, a subscription pitch, a reader
//! comments section (names, time-ago stamps, "Reply", "Report"), teasers of other stories with
//! their kickers, legal text; and a short article sentence after an inline link stays article.

use super::*;

const PAGE: &str = "\
Home | News | Sport | Weather
Harbour council backs new river crossing
By Jane Roe

The harbour council voted on Tuesday to approve a new river crossing, ending a debate over the bridge that has divided residents for more than a decade.

Supporters of the crossing said the bridge would cut journey times for commuters and bring new visitors to the harbour shops every summer.

Related: Ferry timetable cut again as repairs drag on

Opponents argued that the cost, which has risen by almost a third since the first estimate, would fall on local taxpayers for years to come.

Read more: Why the old ferry landing is sinking

The mayor said work on the bridge could begin in the spring if the regional government agreed to share the bill for the crossing.

Subscribe for £1 a week and get unlimited access to every story, plus our daily briefing
Already a subscriber? Log in

Comments (12)
Mark Holloway
3 hours ago
About time. The ferry has been a joke for years.
Reply
Report
Sandra Okafor
2 hours ago
Who is paying for this, though? Not the council, that is for sure.
Reply
Report

MORE FROM THE HERALD
POLITICS
Minister quits over harbour contracts row
CRIME
Two men charged after late-night harbour fire

By using this site you agree to our Terms of Use and Privacy Policy
© 2031 Example Herald Ltd. All rights reserved.
";

/// The reason code of each marked line of `text` (the first mark on the line).
fn reasons_of(text: &str) -> Vec<(String, &'static str)> {
    annotate(text, None)
        .iter()
        .map(|a| (a.text(text).to_string(), a.kind))
        .collect()
}

fn kind_of(marks: &[(String, &'static str)], line: &str) -> Option<&'static str> {
    marks.iter().find(|(t, _)| t == line).map(|(_, k)| *k)
}

#[test]
fn missed_clutter_is_found_with_its_reason() {
    let marks = reasons_of(PAGE);
    let cases: &[(&str, &str, &str)] = &[
        (
            "inline related link between paragraphs",
            "Related: Ferry timetable cut again as repairs drag on",
            "RELATED",
        ),
        (
            "inline read-more link between paragraphs",
            "Read more: Why the old ferry landing is sinking",
            "RELATED",
        ),
        (
            "subscription pitch",
            "Subscribe for £1 a week and get unlimited access to every story, plus our daily briefing",
            "SIGNUP",
        ),
        ("log-in prompt", "Already a subscriber? Log in", "SIGNUP"),
        ("comments heading", "Comments (12)", "COMMENTS"),
        ("commenter's name", "Mark Holloway", "COMMENTS"),
        ("time-ago stamp in the comments", "3 hours ago", "COMMENTS"),
        (
            "a comment",
            "Who is paying for this, though? Not the council, that is for sure.",
            "COMMENTS",
        ),
        ("reply button", "Reply", "COMMENTS"),
        ("report button", "Report", "COMMENTS"),
        ("teasers heading", "MORE FROM THE HERALD", "RELATED"),
        ("teaser kicker", "POLITICS", "RELATED"),
        (
            "teaser headline",
            "Two men charged after late-night harbour fire",
            "RELATED",
        ),
        (
            "terms text",
            "By using this site you agree to our Terms of Use and Privacy Policy",
            "FOOTER",
        ),
        (
            "copyright",
            "© 2031 Example Herald Ltd. All rights reserved.",
            "FOOTER",
        ),
    ];
    for (name, line, want) in cases {
        assert_eq!(kind_of(&marks, line), Some(*want), "{name}: {marks:?}");
    }
}

#[test]
fn a_short_article_sentence_after_an_inline_link_stays_article() {
    let marks = reasons_of(PAGE);
    for line in [
        "The mayor said work on the bridge could begin in the spring if the regional government agreed to share the bill for the crossing.",
        "Opponents argued that the cost, which has risen by almost a third since the first estimate, would fall on local taxpayers for years to come.",
    ] {
        assert_eq!(kind_of(&marks, line), None, "{line}: {marks:?}");
    }
}

#[test]
fn a_paragraph_starting_with_a_label_is_not_a_link() {
    let line = "Related: the council said the two projects were linked, because the ferry landing would close for good once the bridge opened, and the savings would help to pay for the crossing.";
    let lines = lines::split(line);
    let infos = features::describe(line, &lines);
    assert!(infos
        .first()
        .is_some_and(|i| i.related_label && !related_link(i)));
}

#[test]
fn the_comments_section_ends_at_the_next_kind_of_clutter() {
    let marks = reasons_of(PAGE);
    assert_eq!(kind_of(&marks, "MORE FROM THE HERALD"), Some("RELATED"));
    assert_eq!(
        kind_of(&marks, "Subscribe for £1 a week and get unlimited access to every story, plus our daily briefing"),
        Some("SIGNUP")
    );
}

#[test]
fn a_short_article_line_next_to_an_inline_link_stays_article() {
    let opening = "The harbour council voted on Tuesday to approve a new river crossing, ending a debate over the bridge that has divided residents for more than a decade.";
    let closing = "Opponents argued that the cost, which has risen by almost a third since the first estimate, would fall on local taxpayers for years to come, and that the ferry could have been repaired for far less.";
    let cases: &[(&str, &str)] = &[
        (
            "subhead after the link",
            "Read more: Why the old ferry landing is sinking\nWhat the council decided",
        ),
        (
            "subhead before the link",
            "What the council decided\nRelated: Ferry timetable cut again as repairs drag on",
        ),
    ];
    for (name, between) in cases {
        let text = format!("Home | News | Sport\nSign up for our newsletter\n\n{opening}\n\n{between}\n\n{closing}\n\n© 2031 Example Herald Ltd. All rights reserved.\n");
        let marks = reasons_of(&text);
        assert_eq!(
            kind_of(&marks, "What the council decided"),
            None,
            "{name}: {marks:?}"
        );
        assert!(
            marks
                .iter()
                .any(|(t, k)| t.contains(": ") && *k == "RELATED"),
            "{name}: the link stays clutter: {marks:?}"
        );
    }
}
