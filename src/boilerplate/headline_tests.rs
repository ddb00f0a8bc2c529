//! Named tests of the headline choice on made-up pages, text only: the line chosen is a headline
//! of this article (before the body, headline-shaped, sharing the body's words), never a
//! caption, credit, breadcrumb, standfirst sentence, quotation or teaser repeated on the page.

use super::*;

const OPENING: &str = "The harbour council voted on Tuesday to approve a new river crossing, ending a debate over the bridge that has divided residents for more than a decade.";
const MIDDLE: &str = "Supporters of the crossing said the bridge would cut journey times for commuters and bring new visitors to the harbour shops every summer.";
const CLOSING: &str = "The mayor said work on the bridge could begin in the spring if the regional government agreed to share the bill for the crossing.";

const HEADLINE: &str = "Harbour council backs new river crossing";

/// The lines marked TITLE in `text`.
fn titles(text: &str) -> Vec<String> {
    annotate(text, None)
        .iter()
        .filter(|a| a.kind == "TITLE")
        .map(|a| a.text(text).to_string())
        .collect()
}

/// A page: menu and sign-up block, then `before` (the lines between them and the body), the
/// body, then a reading list and a footer.
fn page(before: &str) -> String {
    format!(
        "Home | News | Sport | Weather\n\
         Sign up for our free morning newsletter\n\
         Enter your email address\n\
         {before}\n\n\
         {OPENING}\n\n{MIDDLE}\n\n{CLOSING}\n\n\
         Most read\n\
         Storm closes the coastal path for a week\n\
         School playing fields to be sold for housing\n\
         © 2031 Example News Ltd. All rights reserved.\n"
    )
}

#[test]
fn the_headline_beats_lines_that_share_more_words() {
    let cases: &[(&str, String)] = &[
        (
            "a standfirst sentence after the headline",
            format!("{HEADLINE}\nThe harbour council approved the river crossing on Tuesday after residents had argued over the bridge and its cost for more than a decade"),
        ),
        (
            "a quotation after the headline",
            format!("{HEADLINE}\n“We have waited for this bridge for a decade and the crossing will change the harbour,” the council leader told residents on Tuesday evening"),
        ),
        (
            "a caption ending in a full stop",
            format!("{HEADLINE}\nThe harbour council bridge crossing over the river, seen from the residents' shops."),
        ),
        (
            "a photo credit with a slash",
            format!("{HEADLINE}\nJane Roe/Harbour Council River Crossing Bridge"),
        ),
        (
            "a breadcrumb trail",
            format!("News > Harbour council > River crossing bridge\n{HEADLINE}"),
        ),
    ];
    for (name, before) in cases {
        assert_eq!(titles(&page(before)), vec![HEADLINE], "{name}");
    }
}

#[test]
fn a_line_of_two_content_words_is_not_a_headline() {
    // "Back to Bridge" shares a word with the body, but a headline says more.
    assert!(titles(&page("Back to Bridge")).is_empty());
}

#[test]
fn a_headline_the_page_repeats_above_its_body_is_the_headline() {
    // A title bar then the headline itself: the copy nearer the body is chosen.
    let text = page(&format!("{HEADLINE}\nBy Jane Roe\n{HEADLINE}"));
    let chosen: Vec<usize> = annotate(&text, None)
        .iter()
        .filter(|a| a.kind == "TITLE")
        .map(|a| a.span.start)
        .collect();
    let second = text.rfind(HEADLINE);
    assert_eq!(chosen.first().copied(), second, "{:?}", titles(&text));
}

#[test]
fn a_teaser_repeated_further_down_the_page_is_not_the_headline() {
    let teaser = "Harbour bridge crossing cost rises again";
    let text = format!(
        "{}\nMore from the harbour\n{teaser}\n",
        page(&format!("{teaser}\nBy Jane Roe"))
    );
    assert!(titles(&text).is_empty(), "{:?}", titles(&text));
}

#[test]
fn headlines_with_abbreviations_and_a_cue_word_are_headlines() {
    let cases: &[(&str, &str)] = &[
        (
            "an abbreviation with a full stop inside",
            "U.S. council backs new river crossing for the harbour",
        ),
        ("all capitals", "HARBOUR COUNCIL BACKS NEW RIVER CROSSING"),
        (
            "a cue word in a long headline",
            "Harbour council backs new river crossing, bridge funding and more",
        ),
    ];
    for (name, headline) in cases {
        assert_eq!(titles(&page(headline)), vec![*headline], "{name}");
    }
}

#[test]
fn the_headline_is_found_above_a_long_share_panel() {
    let panel: Vec<String> = [
        "Facebook",
        "Messenger",
        "Twitter",
        "Pinterest",
        "WhatsApp",
        "LinkedIn",
        "Reddit",
        "Email",
    ]
    .iter()
    .flat_map(|s| [s.to_string(), format!("Share this with {s}")])
    .collect();
    let before = format!("{HEADLINE}\n{}", panel.join("\n"));
    assert_eq!(titles(&page(&before)), vec![HEADLINE]);
}

/// The headline of a rich paste whose page has no `<h1>`, from its `<head>`.
fn html_titles(text: &str, head: &str) -> Vec<String> {
    let html = format!(
        "<html><head>{head}</head><body><div class=\"kicker\">Weekly roundup</div>\
         <div class=\"big\">{HEADLINE}</div><article><p>{OPENING}</p><p>{MIDDLE}</p>\
         <p>{CLOSING}</p></article></body></html>"
    );
    annotate(text, Some(&html))
        .iter()
        .filter(|a| a.kind == "TITLE")
        .map(|a| a.text(text).to_string())
        .collect()
}

#[test]
fn without_an_h1_the_pages_own_title_names_the_headline() {
    // The text alone would crown the kicker line sharing more words; the head says otherwise.
    let text = format!(
        "Weekly roundup: harbour council river crossing bridge news\n{HEADLINE}\n\n{OPENING}\n\n{MIDDLE}\n\n{CLOSING}\n"
    );
    let cases: &[(&str, String)] = &[
        (
            "og:title",
            format!("<meta property=\"og:title\" content=\"{HEADLINE}\">"),
        ),
        (
            "<title> minus the site's name",
            format!("<title>{HEADLINE} | The Example Herald</title>"),
        ),
    ];
    for (name, head) in cases {
        assert_eq!(html_titles(&text, head), vec![HEADLINE], "{name}");
    }
}

#[test]
fn headlines_found_past_what_used_to_hide_them() {
    // 36 lines: more than the 32 looked at before.
    let share_panel =
        "Share this with Email\nEmail\nShare this with Facebook\nFacebook\n".repeat(9);
    let cases: &[(&str, &str, String)] = &[
        (
            "a long headline in title case",
            "Harbour Council Backs the New River Crossing and the Bridge That Residents Have Argued Over for a Decade",
            String::new(),
        ),
        (
            "a headline of seven words with a cue word",
            "More Money for the Harbour River Crossing",
            String::new(),
        ),
        (
            "a long share panel of repeated lines between headline and body",
            HEADLINE,
            share_panel,
        ),
    ];
    for (name, headline, after) in cases {
        assert_eq!(
            titles(&page(&format!("{headline}\n{after}"))),
            vec![*headline],
            "{name}"
        );
    }
}

#[test]
fn the_line_with_a_byline_under_it_beats_a_teaser_as_close_to_the_body() {
    // The teaser shares as many of the body's words and stands nearer the body.
    let teaser = "Harbour council river crossing delayed";
    let before = format!("{HEADLINE}\nBy Jane Roe\nSee also\n{teaser}");
    assert_eq!(titles(&page(&before)), vec![HEADLINE]);
}
