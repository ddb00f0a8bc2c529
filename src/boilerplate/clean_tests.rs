//! Named tests of "clean text stays clean" on made-up texts: a text with no page furniture gets
//! no clutter, whatever it repeats, and a paragraph of prose is not page chrome because a
//! call-to-action phrase, a web address or a slash appears in one of its sentences.

use super::*;

/// Non-space characters of `text` the layer marks as clutter.
fn lost(text: &str) -> usize {
    annotate(text, None)
        .iter()
        .map(|a| a.text(text).chars().filter(|c| !c.is_whitespace()).count())
        .sum()
}

fn info(line: &str) -> LineInfo {
    let lines = lines::split(line);
    features::describe(line, &lines)
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("no line in {line:?}"))
}

#[test]
fn a_paragraph_is_not_chrome_for_one_phrase_in_it() {
    let cases: &[(&str, &str, bool)] = &[
        (
            "slash units in prose",
            "The roadmap aims to cut module costs from around $0.23/W today to $0.10/W by 2030, while the target for large projects is $0.03/kWh, a figure the ministry called ambitious but within reach.",
            false,
        ),
        (
            "a call-to-action phrase used in a sentence",
            "Though recipe videos are the most popular kind of post on the site and bring in the most visits, the editors said long written guides keep readers on the page for far longer.",
            false,
        ),
        (
            "an e-mail address in a paragraph",
            "Readers who have questions about the survey can write to the research team at survey@example.org, and the team said it would try to answer every message before the report is published in the spring.",
            false,
        ),
        ("a share button", "Share this article", true),
        ("a menu", "News | Sport | Weather", true),
        ("a web address alone", "www.example.org", true),
        (
            "a run of calls to action",
            "Sign up for our newsletter and get the latest stories delivered to your inbox",
            true,
        ),
    ];
    for (name, line, want) in cases {
        assert_eq!(own_chrome(&info(line)), *want, "{name}");
    }
}

#[test]
fn a_clean_text_with_repeated_labels_stays_clean() {
    // A weekly plan: the same labels and items recur under each day's heading.
    let mut text = String::from(
        "The plan below keeps the same rhythm every day, so that the shopping can be done once a week and most of the cooking on Sunday afternoon.\n",
    );
    for day in ["Monday", "Tuesday", "Wednesday", "Thursday"] {
        text.push_str(&format!(
            "{day}\nBreakfast\nEat within an hour of waking\nPorridge with milk and a handful of berries\nLunch\nEat every three to four hours\nLentil soup with bread\nDinner\nRoast vegetables with rice and beans\n"
        ));
    }
    text.push_str(
        "Drink water through the day, and swap any meal for another one from the same list if you prefer.\n",
    );
    assert_eq!(lost(&text), 0, "{:?}", annotate(&text, None));
}

#[test]
fn a_clean_text_with_two_links_in_36_lines_stays_clean_but_for_the_links() {
    // Reviews, each with its reviewer's initials (17 × 2 lines), then two links: 2 of 36 lines
    // (one in twenty rounded up is 2).
    let mut text = String::new();
    for k in 0..17u8 {
        let initial = char::from(b'A' + k);
        text.push_str(&format!(
            "Visitor number {k} said the evening was a delight, and that the music and the costumes were better than anything they had seen before.\n– {initial}. R.\n"
        ));
    }
    text.push_str("Tickets: www.example-theatre.org\n");
    text.push_str("Booking: https://tickets.example.org/show\n");
    let marks = annotate(&text, None);
    let kept: Vec<&str> = marks.iter().map(|a| a.text(&text)).collect();
    assert_eq!(
        kept,
        vec![
            "Tickets: www.example-theatre.org",
            "Booking: https://tickets.example.org/show"
        ]
    );
}

#[test]
fn a_page_with_chrome_is_not_read_as_clean_text() {
    // One line in four is chrome: a page, not a clean text; its menu and share lines are clutter.
    let mut text = String::new();
    for k in 0..8 {
        text.push_str(&format!("Section {k} | News | Sport\nShare on Facebook\n"));
        text.push_str("The council met on Tuesday and agreed to fund the new bridge over the river, after a long debate about its cost and its route.\n");
        text.push_str("Residents said the plan had been discussed for years without any result, and many doubted it would ever happen.\n");
    }
    let marks = annotate(&text, None);
    assert!(
        marks.iter().any(|a| a.text(&text) == "Share on Facebook"),
        "{marks:?}"
    );
}
