//! Pasted pages of kinds the labelled sets had none of (branch bp43): a wiki article with its
//! citation marks, edit links and closing sections; a report pasted from a PDF with a running
//! head over bare page numbers; a shop's product page; a press release whose end mark stands
//! over its "About" section. Every sentence is made up.

use super::closing::{closing_heading, wiki_section};
use super::lexicon::{scan, Cue};
use super::shape::{measure_line, without_citations};
use super::test_marks::{marked, marks};
use super::wording::bare_number;
use super::*;

#[test]
fn citation_marks_end_no_sentence() {
    for (line, bare) in [
        (
            "The mill was rebuilt in 1790.[3]",
            "The mill was rebuilt in 1790.",
        ),
        ("It closed in 1961.[4][12]", "It closed in 1961."),
        ("The name is Norse.[a]", "The name is Norse."),
        (
            "The tower is the oldest in the shire.[citation needed]",
            "The tower is the oldest in the shire.",
        ),
        ("See the table [Table 2]", "See the table [Table 2]"),
        ("[3]", "[3]"),
        ("Votes [1234]", "Votes [1234]"),
    ] {
        assert_eq!(without_citations(line), bare, "{line:?}");
    }
    let sentence = "The bridge over the Orle was finished in 1822 and widened twice since.[7]";
    assert!(measure_line(sentence, false).shape.terminal);
    assert!(!measure_line("Key dates [edit]", false).shape.terminal);
}

#[test]
fn wiki_headings_with_edit_links() {
    assert_eq!(wiki_section("Early life[edit]"), Some("Early life"));
    assert_eq!(wiki_section("See also [edit source]"), Some("See also"));
    assert_eq!(wiki_section("The hall was sold.[edit]"), None);
    assert_eq!(wiki_section("Early life"), None);
    for yes in [
        "References[edit]",
        "External links[edit]",
        "Further reading [edit]",
    ] {
        assert!(closing_heading(yes), "{yes:?}");
    }
    for no in [
        "Early life[edit]",
        "Notes",
        "References to the old mill",
        "Transport[edit]",
    ] {
        assert!(!closing_heading(no), "{no:?}");
    }
}

#[test]
fn a_wiki_article_keeps_its_sections_and_drops_its_references() {
    let text = "From Wikipedia, the free encyclopedia\n\
        Jump to navigation\n\
        Jump to search\n\
        Orlesby\n\
        Orlesby is a market town on the River Orle in the county of Vennshire, with a population of 8,200 at the last census.[1]\n\
        Contents\n\
        1 History\n\
        2 Transport\n\
        3 References\n\
        History[edit]\n\
        A market charter was granted to the town in 1211, and a wool hall stood on the square until it burned down in 1688.[2]\n\
        The present town hall was built in 1834 by the mason Elias Crane, whose family quarried the stone at Harl Edge.[3][4]\n\
        Transport[edit]\n\
        The Orlesby bypass opened in 1979 and took most of the lorries out of the market square, which was paved in 1994.[5]\n\
        References[edit]\n\
        ^ \"Orlesby parish figures\". County Records Office. Retrieved 2 May 2030.\n\
        ^ Crane, E. (1840). Notes on the Stone Trade. Harl: Edge Press. p. 14.\n\
        Categories: Towns in Vennshire | Market towns\n\
        This page was last edited on 3 June 2031, at 10:15 (UTC).\n";
    let m = marks(text);
    for kept in [
        "Transport[edit]",
        "The Orlesby bypass opened in 1979 and took most of the lorries out of the market square, which was paved in 1994.[5]",
        "The present town hall was built in 1834 by the mason Elias Crane, whose family quarried the stone at Harl Edge.[3][4]",
    ] {
        assert!(!marked(&m, kept), "{kept:?} marked: {m:?}");
    }
    for dropped in [
        "References[edit]",
        "^ \"Orlesby parish figures\". County Records Office. Retrieved 2 May 2030.",
        "This page was last edited on 3 June 2031, at 10:15 (UTC).",
    ] {
        assert!(marked(&m, dropped), "{dropped:?} kept: {m:?}");
    }
}

#[test]
fn a_pdf_paste_loses_its_running_head_and_bare_page_numbers() {
    assert!(bare_number("7") && bare_number(" 214 "));
    assert!(!bare_number("2031") && !bare_number("7.") && !bare_number(""));
    let head = "Vennshire Rivers Trust — Annual Review 2030";
    let text = format!(
        "{head}\n2\nOur year on the rivers\n\
        The trust planted 3,400 trees along the upper Orle this year, most of\n\
        them alder and willow, to shade the water for young trout in summer.\n\
        Volunteers gave 2,100 days of work, a third more than last year.\n\
        {head}\n3\nWater quality\n\
        Phosphate levels at the six sampling points fell for the second year\n\
        running, though two sites below the creamery still fail the standard.\n\
        {head}\n4\n"
    );
    let m = marks(&text);
    assert!(marked(&m, head), "{m:?}");
    for number in ["2", "3", "4"] {
        assert!(marked(&m, number), "{number:?} kept: {m:?}");
    }
    assert!(
        !marked(
            &m,
            "Volunteers gave 2,100 days of work, a third more than last year."
        ),
        "{m:?}"
    );
    // A numbered list of the most read, the story's headline among them: no running head.
    let infos = |text: &str| {
        let lines = lines::split(text);
        features::describe(text, &lines)
    };
    let list = "Harl Edge quarry to reopen after forty years\nBy Mira Fenn\n\
        The quarry at Harl Edge will reopen in the spring, its new owners said on Monday.\n\
        Most read\n1\nFerry fares to rise in April\n2\n\
        Harl Edge quarry to reopen after forty years\n3\nBypass closed for resurfacing\n";
    assert!(infos(list)
        .iter()
        .all(|i| !i.running_head && !i.page_number));
}

#[test]
fn shop_buttons_and_reviews_are_cues() {
    for (line, cue) in [
        ("Add to basket", Cue::Advert),
        ("Add to cart", Cue::Advert),
        ("Buy now", Cue::Advert),
        ("Customers also bought", Cue::Related),
        ("Write a review", Cue::Comments),
        ("Verified purchase", Cue::Comments),
        ("18 people found this helpful", Cue::Comments),
    ] {
        assert_eq!(scan(line).top(), Some(cue), "{line:?}");
    }
}

#[test]
fn an_end_mark_over_an_about_section_closes_the_release() {
    let text = "FOR IMMEDIATE RELEASE\n\
        Orlen Water to replace 40 km of mains in Harl\n\
        HARL, June 3, 2031 — Orlen Water today said it would replace 40 kilometres of water mains in Harl over the next three years, starting in September.\n\
        The work will cut leaks on the town's oldest pipes, some of which were laid in the 1890s, the company said.\n\
        \"Most of the bursts we see in Harl come from a few streets,\" said operations director Tilda Marsh. \"We will start there.\"\n\
        Residents will get two weeks' notice before work starts on their street.\n\
        ###\n\
        About Orlen Water\n\
        Orlen Water supplies drinking water to 310,000 homes and businesses across Vennshire and employs 900 people in the county.\n\
        Its head office is in Orlesby, where it has been based since the company was formed in 1989 from three older boards.\n\
        Media contact\n\
        Pip Arden, press office, 01632 960 555\n";
    let m = marks(text);
    for dropped in [
        "###",
        "About Orlen Water",
        "Orlen Water supplies drinking water to 310,000 homes and businesses across Vennshire and employs 900 people in the county.",
    ] {
        assert!(marked(&m, dropped), "{dropped:?} kept: {m:?}");
    }
    assert!(
        !marked(
            &m,
            "Residents will get two weeks' notice before work starts on their street."
        ),
        "{m:?}"
    );
}
