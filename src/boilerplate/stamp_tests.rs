//! Named tests of dates in article text against date stamps, on made-up texts: a sentence that
//! mentions a date written in figures (`12/03/2031`, `2031-03-12`, `3.4.2031`) is article text,
//! in a short or a long paragraph, first, in the middle or last, in a clean text, alone on one
//! line or on a page with its chrome; a stamp line (`Published 12/03/2031 10:45`, `Updated:
//! 2031-03-12`, `12.03.2031 · 4 min read`) above or below the story is still clutter.

use super::*;

/// Dates in figures, in the orders and with the separators pages use.
const DATES: &[&str] = &[
    "12/03/2031",
    "3/4/2031",
    "2031-03-12",
    "3.4.2031",
    "12.03.2031",
];

/// Sentences mentioning a date (`{}`): short and long, the date early, inside or at the end.
const SENTENCES: &[(&str, &str)] = &[
    (
        "spending with a figure",
        "The council spent $5 million on {}, up 12 per cent.",
    ),
    ("short deadline", "The deadline is {}."),
    ("date first", "On {} the council met to vote on the budget."),
    (
        "long paragraph",
        "The harbour council, which had put off the decision twice since the spring, finally approved the budget for the new crossing on {} after a debate that ran late into the night and left both sides claiming victory.",
    ),
    (
        "date with a clock in a sentence",
        "Voting closes at 10:45 on {}, the electoral office said in a statement.",
    ),
];

const P1: &str = "The harbour council voted on Tuesday to approve a new river crossing, ending a debate over the bridge that has divided residents for more than a decade.";
const P2: &str = "Supporters of the crossing said the bridge would cut journey times for commuters and bring new visitors to the harbour shops every summer.";
const P3: &str = "Opponents argued that the cost, which has risen by almost a third since the first estimate, would fall on local taxpayers for years to come.";
const P4: &str = "The mayor said work on the bridge could begin in the spring if the regional government agreed to share the bill for the crossing.";

#[derive(Debug, Clone, Copy)]
enum At {
    First,
    Middle,
    Last,
}

const PLACES: &[At] = &[At::First, At::Middle, At::Last];

/// The article's paragraphs with `line` among them, a blank line between paragraphs.
fn body(line: &str, at: At) -> String {
    let paragraphs = match at {
        At::First => [line, P1, P2, P3],
        At::Middle => [P1, P2, line, P3],
        At::Last => [P1, P2, P3, line],
    };
    paragraphs.join("\n\n")
}

/// A clean text: a headline and the paragraphs, nothing else.
fn clean_text(line: &str, at: At) -> String {
    format!("Council spending rises\n\n{}\n", body(line, at))
}

/// A pasted page: menu, headline, byline and stamp above the story; a sign-up pitch, teasers
/// and legal lines below it.
fn page(above: &str, line: &str, at: At, below: &str) -> String {
    format!(
        "Home | News | Sport | Weather\n\
         Harbour council backs new river crossing\n\
         By Jane Roe\n\
         {above}\n\n\
         {}\n\n\
         {below}\n\
         Subscribe for £1 a week and get unlimited access to every story, plus our daily briefing\n\
         Already a subscriber? Log in\n\n\
         MORE FROM THE HERALD\n\
         Minister quits over harbour contracts row\n\
         Two men charged after late-night harbour fire\n\n\
         By using this site you agree to our Terms of Use and Privacy Policy\n\
         © 2031 Example Herald Ltd. All rights reserved.\n",
        body(line, at)
    )
}

/// The reason code the layer gives the line `line` of `text`, if it marks it.
fn mark_of(text: &str, line: &str) -> Option<&'static str> {
    annotate(text, None)
        .iter()
        .find(|a| a.text(text) == line)
        .map(|a| a.kind)
}

/// Every sentence with every date, in every place of every kind of text: none is marked.
#[test]
fn a_sentence_that_mentions_a_numeric_date_is_article_text() {
    let mut wrong = Vec::new();
    for date in DATES {
        for (name, sentence) in SENTENCES {
            let line = sentence.replace("{}", date);
            let mut texts = vec![("one-line text".to_string(), format!("{line}\n"))];
            for at in PLACES {
                texts.push((format!("clean text, {at:?}"), clean_text(&line, *at)));
                texts.push((
                    format!("page, {at:?}"),
                    page("Published 12/03/2031 10:45", &line, *at, ""),
                ));
            }
            for (context, text) in texts {
                if let Some(kind) = mark_of(&text, &line) {
                    wrong.push(format!("{name}, {date}, {context}: {kind}"));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "marked as clutter:\n{}", wrong.join("\n"));
}

/// The lead's case: a numeric date in the second paragraph of a short article.
#[test]
fn the_council_spending_paragraph_is_article_text() {
    let text = "Council spending rises\n\nThe council spent $5 million on 3/4/2024, up 12 per cent.\n\nThe mayor, Jane Doe, said the rise was needed to repair roads and bridges across the county after the winter floods.\n\nOpposition councillors said the money should have gone to schools instead.\n";
    assert_eq!(annotate(text, None), Vec::new());
    for line in [
        "The council spent $5 million on 3/4/2024, up 12 per cent.",
        "The council spent $5 million on 3/4/2024.",
    ] {
        assert_eq!(mark_of(line, line), None, "{line}");
    }
}

/// Stamp lines above the story (under the byline) and below it are still metadata.
#[test]
fn stamp_lines_with_numeric_dates_are_still_clutter() {
    let stamps: &[(&str, &[&str])] = &[
        ("published with a clock", &["METADATA"]),
        ("updated", &["METADATA"]),
        ("byline with a date", &["BYLINE", "METADATA"]),
        ("reading time", &["METADATA"]),
    ];
    let lines = [
        "Published 12/03/2031 10:45",
        "Updated: 2031-03-12",
        "By Jane Doe | 12/03/2031",
        "12.03.2031 · 4 min read",
    ];
    let mut wrong = Vec::new();
    for ((name, kinds), stamp) in stamps.iter().zip(lines) {
        let above = page(stamp, P4, At::Last, "");
        let below = page("", P4, At::Last, stamp);
        for (context, text) in [("above the story", above), ("below the story", below)] {
            let got = mark_of(&text, stamp);
            if !got.is_some_and(|k| kinds.contains(&k)) {
                wrong.push(format!("{name}, {context}: {got:?}"));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "stamp lines missed:\n{}",
        wrong.join("\n")
    );
}
