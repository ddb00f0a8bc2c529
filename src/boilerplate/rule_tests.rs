//! Named tests of the layer's rules on made-up pages: short lines inside the article stay
//! article, long prose after article text stays article, clutter is still found, and the
//! headline is a headline of this article or nothing.

use super::*;

/// A page around `body`: a menu, a sign-up prompt, a headline, a byline and share line before;
/// related links, a cookie notice and a footer after.
fn page(body: &str) -> String {
    format!(
        "Home | News | Sport | Weather\n\
         Sign up for our free morning newsletter\n\
         Enter your email address\n\
         Harbour council backs new river crossing plan\n\
         By Jane Roe, Local Reporter\n\
         Share on Facebook Share via Email\n\n\
         {body}\n\n\
         Related: Mayor promises faster buses for the east side\n\
         Read more: School playing fields to be sold for housing\n\
         We use cookies to improve your experience. Accept all cookies\n\
         © 2031 Example News Ltd. All rights reserved.\n"
    )
}

const OPENING: &str = "The town council voted on Tuesday to approve a new bridge across the river, ending a debate that has divided the harbour's residents for more than a decade.";
const MIDDLE: &str = "Supporters of the plan said the crossing would cut journey times for commuters and bring new visitors to the shops along the harbour front every summer.";
const CLOSING: &str = "The mayor said work could begin in the spring if the regional government agreed to share the bill, and that the old ferry would keep running until the bridge opened.";

/// Lines of `text` that the layer marks, with their reason codes.
fn marked(text: &str) -> Vec<(String, &'static str)> {
    annotate(text, None)
        .iter()
        .map(|a| (a.text(text).to_string(), a.kind))
        .collect()
}

#[test]
fn short_lines_inside_the_article_stay_article() {
    let cases: &[(&str, &str)] = &[
        ("subhead", "What happens next"),
        (
            "list items",
            "Cheaper fares for students\nA new stop by the hospital",
        ),
        (
            "q and a labels",
            "Q: When will it open?\nA: In the spring of next year.",
        ),
        ("table rows", "Harbour\t1,200\t14%\nEast side\t860\t9%"),
        ("schedule", "Monday: 9am to 5pm\nSaturday: 10am to 4pm"),
        ("tour dates", "12 March – Leeds\n14 March – York"),
        ("one-line quote", "\"It is a good day for the town.\""),
    ];
    for (name, inside) in cases {
        let body = format!("{OPENING}\n\n{MIDDLE}\n\n{inside}\n\n{CLOSING}");
        let text = page(&body);
        let marks = marked(&text);
        for line in inside.lines() {
            assert!(
                !marks.iter().any(|(t, _)| t == line),
                "{name}: {line:?} was marked {marks:?}"
            );
        }
    }
}

#[test]
fn long_prose_after_article_text_stays_article() {
    let cases: &[(&str, &str)] = &[
        (
            "after a list",
            "Cheaper fares for students\nA new stop by the hospital\nLonger opening hours",
        ),
        ("after a subhead", "Costs"),
    ];
    for (name, between) in cases {
        let body = format!("{OPENING}\n\n{MIDDLE}\n\n{between}\n\n{CLOSING}");
        let text = page(&body);
        let marks = marked(&text);
        assert!(
            !marks.iter().any(|(t, _)| t == CLOSING),
            "{name}: the closing paragraph was marked {marks:?}"
        );
    }
}

#[test]
fn clutter_around_the_article_is_still_found() {
    let body = format!("{OPENING}\n\n{MIDDLE}\n\n{CLOSING}");
    let text = page(&body);
    let marks = marked(&text);
    let cases: &[(&str, &str)] = &[
        (
            "inline related",
            "Related: Mayor promises faster buses for the east side",
        ),
        (
            "inline read more",
            "Read more: School playing fields to be sold for housing",
        ),
        (
            "cookie notice",
            "We use cookies to improve your experience. Accept all cookies",
        ),
        (
            "legal footer",
            "© 2031 Example News Ltd. All rights reserved.",
        ),
        ("sign-up prompt", "Sign up for our free morning newsletter"),
    ];
    for (name, line) in cases {
        assert!(
            marks.iter().any(|(t, _)| t == line),
            "{name}: {line:?} not marked: {marks:?}"
        );
    }
}

#[test]
fn the_headline_is_a_headline_of_this_article() {
    let body = format!("{OPENING}\n\n{MIDDLE}\n\n{CLOSING}");
    let text = page(&body);
    let titles: Vec<String> = marked(&text)
        .into_iter()
        .filter(|(_, k)| *k == "TITLE")
        .map(|(t, _)| t)
        .collect();
    assert_eq!(
        titles,
        vec!["Harbour council backs new river crossing plan"]
    );
}

#[test]
fn no_headline_when_no_line_qualifies() {
    let cases: &[(&str, String)] = &[
        (
            "only a sign-up prompt before the body",
            format!("Sign up for our free morning newsletter\nEnter your email address\n\n{OPENING}\n\n{MIDDLE}\n\n{CLOSING}\n"),
        ),
        (
            "a caption before the body",
            format!("The old ferry landing at dawn (Example Photo Agency)\n\n{OPENING}\n\n{MIDDLE}\n\n{CLOSING}\n"),
        ),
        (
            "an unrelated teaser before the body",
            format!("Home | News | Sport\nSign up for our newsletter\nSchool playing fields to be sold\n\n{OPENING}\n\n{MIDDLE}\n\n{CLOSING}\n"),
        ),
        ("a paragraph alone", OPENING.to_string()),
    ];
    for (name, text) in cases {
        let titles: Vec<String> = marked(text)
            .into_iter()
            .filter(|(_, k)| *k == "TITLE")
            .map(|(t, _)| t)
            .collect();
        assert!(titles.is_empty(), "{name}: {titles:?}");
    }
}

#[test]
fn with_html_the_pages_h1_is_the_headline() {
    let body = format!("{OPENING}\n\n{MIDDLE}\n\n{CLOSING}");
    let text = format!("Weekly roundup\nHarbour council backs new river crossing plan\n\n{body}\n");
    let html = format!(
        "<html><body><div class=\"kicker\">Weekly roundup</div><h1>Harbour council backs new river crossing plan</h1>\
         <article><p>{OPENING}</p><p>{MIDDLE}</p><p>{CLOSING}</p></article></body></html>"
    );
    let titles: Vec<String> = annotate(&text, Some(&html))
        .iter()
        .filter(|a| a.kind == "TITLE")
        .map(|a| a.text(&text).to_string())
        .collect();
    assert_eq!(
        titles,
        vec!["Harbour council backs new river crossing plan"]
    );
}
