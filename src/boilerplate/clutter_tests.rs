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

const OPENING: &str = "The harbour council voted on Tuesday to approve a new river crossing, ending a debate over the bridge that has divided residents for more than a decade.";
const MIDDLE: &str = "Supporters of the crossing said the bridge would cut journey times for commuters and bring new visitors to the harbour shops every summer.";
const CLOSING: &str = "The mayor said work on the bridge could begin in the spring if the regional government agreed to share the bill for the crossing.";

#[test]
fn a_comments_thread_is_clutter_however_long_its_comments() {
    let first = "I have lived by the harbour for forty years and I think the council has finally made the right decision, because the ferry has been unreliable for as long as anyone can remember.";
    let second = "The cost worries me more than the bridge itself, and I would like to know whether the regional government has actually agreed to pay its share before any work begins.";
    let text = format!(
        "Home | News | Sport\n\n{OPENING}\n\n{MIDDLE}\n\n{CLOSING}\n\n\
         Comments\n\
         harbour_watcher says:\n{first}\n\
         Ann Lee on May 2, 2031 at 4:47 pm said:\n{second}\n\
         © 2031 Example Herald Ltd. All rights reserved.\n"
    );
    let marks = reasons_of(&text);
    for line in [first, second, "harbour_watcher says:"] {
        assert!(kind_of(&marks, line).is_some(), "{line}: {marks:?}");
    }
    for line in [OPENING, MIDDLE, CLOSING] {
        assert_eq!(kind_of(&marks, line), None, "{line}: {marks:?}");
    }
}

#[test]
fn quotations_led_by_said_are_no_comments_thread() {
    let quote = "We have waited a long time for this crossing, and the people of the harbour deserve a bridge that will last for a hundred years.";
    let text = format!(
        "{OPENING}\n\nNo comment yet\n\nIn a statement, the mayor said:\n{quote}\n\n\
         Later, her deputy added:\n{MIDDLE}\n\nThe harbour master said:\n{CLOSING}\n"
    );
    let marks = reasons_of(&text);
    for line in [quote, MIDDLE, CLOSING] {
        assert_eq!(kind_of(&marks, line), None, "{line}: {marks:?}");
    }
}

#[test]
fn a_question_subhead_with_a_cue_phrase_stays_article() {
    let subhead = "Which harbour crossings are the most popular?";
    let page = format!(
        "Home | News | Sport\nSign up for our newsletter\n\n{OPENING}\n\n{MIDDLE}\n\n{subhead}\n\n{CLOSING}\n\n\
         Most read\nStorm closes the coastal path for a week\n© 2031 Example Herald Ltd. All rights reserved.\n"
    );
    let alone = format!("{OPENING}\n{MIDDLE}\n{subhead}\n{CLOSING}");
    for (name, text) in [("on a page", page), ("article lines alone", alone)] {
        let marks = reasons_of(&text);
        assert_eq!(kind_of(&marks, subhead), None, "{name}: {marks:?}");
    }
}

#[test]
fn the_page_top_gets_reasons_by_class() {
    let text = format!(
        "Home | News | World | Climate | Business | Sport\n\
         Sign up to our free Harbour Weekly newsletter for the best local stories\n\
         Enter your email address\n\
         Tick this box to hear about events and offers from the Harbour Herald. See our privacy notice\n\n\
         Harbour council backs new river crossing\n\
         By Jane Roe\n\n{OPENING}\n\n{MIDDLE}\n\n{CLOSING}\n"
    );
    let marks = reasons_of(&text);
    let cases: &[(&str, &str, &str)] = &[
        (
            "menu of sections between bars",
            "Home | News | World | Climate | Business | Sport",
            "NAVIGATION",
        ),
        (
            "newsletter prompt",
            "Sign up to our free Harbour Weekly newsletter for the best local stories",
            "SIGNUP",
        ),
        ("form text", "Enter your email address", "SIGNUP"),
        (
            "consent tick box",
            "Tick this box to hear about events and offers from the Harbour Herald. See our privacy notice",
            "SIGNUP",
        ),
        ("headline", "Harbour council backs new river crossing", "TITLE"),
    ];
    for (name, line, want) in cases {
        assert_eq!(kind_of(&marks, line), Some(*want), "{name}: {marks:?}");
    }
}
