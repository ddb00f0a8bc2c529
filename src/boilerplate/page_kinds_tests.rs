//! Pages of kinds the labelled pages have few of (branch bp40): a story whose paragraphs are
//! one short sentence each, ending above teasers and a reader's meter; a filed story whose
//! first paragraph opens with a dateline; audio and read-time lines. Every sentence is made up.

use super::test_marks::marks;
use super::wording::{dateline_opening, short_sentence};

fn reason_of<'a>(marks: &'a [(String, &'static str)], line: &str) -> Option<&'a str> {
    marks.iter().find(|(t, _)| t == line).map(|(_, k)| *k)
}

#[test]
fn short_sentences_close_like_a_story_not_like_a_call_to_the_reader() {
    for yes in [
        "Islanders were not asked.",
        "The pier will reopen in June.",
        "Rennick reported from Oslo.",
        "\"It was a long night,\" she said.",
        "Nobody was hurt!",
    ] {
        assert!(short_sentence(yes), "{yes:?}");
    }
    for no in [
        "You have read 2 of 4 free stories this month.",
        "Get our app for the latest scores here.",
        "Why did the ferry stop?",
        "Harbour trust warns of a long winter...",
        "Harbour trust warns of a long winter…",
        "Storm damage closes the coast road",
    ] {
        assert!(!short_sentence(no), "{no:?}");
    }
}

#[test]
fn datelines_open_filed_stories() {
    for yes in [
        "KELDBY, Ont. (AW) — Two ferries collided in thick fog on Tuesday, the coast guard said.",
        "MARSTON FELL — The village hall will close for repairs from next month, its trustees said.",
        "Brenmouth, 4 June 2031 – Orlin Foods today opened its second bakery in the town centre.",
        "Port Avel, Jun 4 (NWS) The regional weather office expects a dry summer across the plains.",
    ] {
        assert!(dateline_opening(yes), "{yes:?}");
    }
    for no in [
        "The council said on Tuesday – after a long meeting – that the pier would reopen.",
        "Harbour Trust — a charity that runs the lifeboat — has a new chair.",
        "Ferries: the timetable will change in the spring, the operator said on Friday.",
        "KELDBY — Two ferries collided.",
        "Keldby Rovers 2-1 Marston: late goal sends Rovers top of the league",
    ] {
        assert!(!dateline_opening(no), "{no:?}");
    }
}

const MENU: &[&str] = &[
    "Skip to content",
    "Menu",
    "News",
    "Sport",
    "Weather",
    "Local",
    "Search",
];

const FOOTER: &[&str] = &[
    "More from Keldby Radio",
    "Lifeboat crew rescues two walkers",
    "Coast road reopens after landslip",
    "Follow Keldby Radio on Facebook and Instagram",
    "Terms of Use",
    "Privacy Policy",
    "Cookies",
    "Copyright 2031 Keldby Radio. All rights reserved.",
];

#[test]
fn a_story_of_short_sentences_keeps_its_tail_and_drops_the_teasers() {
    let story = [
        "The ferry to Holm Skerry will sail only twice a day this winter, its operator has said, after a fall in passengers and a rise in the price of fuel.",
        "The island's council said it had learned of the change by email on a Friday afternoon and would ask the operator to think again before the timetable starts.",
        "Islanders were not asked.",
        "Some fear they will miss hospital visits.",
        "The operator said extra sailings would be laid on for patients.",
        "The timetable starts in November.",
    ];
    let mut lines: Vec<&str> = MENU.to_vec();
    lines.push("Ferry cut to two sailings a day");
    lines.push("4 June 2031");
    lines.extend(story);
    lines.push("You have read 2 of 4 free stories this month.");
    lines.extend(FOOTER);
    let text = lines.join("\n");
    let marks = marks(&text);
    for s in &story[1..] {
        assert_eq!(reason_of(&marks, s), None, "{s:?} lost: {marks:?}");
    }
    for c in [
        "You have read 2 of 4 free stories this month.",
        "Lifeboat crew rescues two walkers",
        "Coast road reopens after landslip",
        "Skip to content",
    ] {
        assert!(reason_of(&marks, c).is_some(), "{c:?} kept: {marks:?}");
    }
}

#[test]
fn a_first_paragraph_opening_with_a_dateline_is_no_standfirst() {
    let story = [
        "KELDBY, Ont. (AW) — Two ferries collided in thick fog in the harbour mouth on Tuesday morning, the coast guard said, and both made it back to port under their own power.",
        "Eleven passengers were checked by paramedics at the quay and none needed to go to hospital, the ferry company said in a statement in the afternoon.",
        "The coast guard has opened an inquiry into what the two crews could see on their radar in the minutes before the ferries met in the fog.",
        "Sailings resumed in the evening once the fog had lifted from the harbour mouth and both ferries had been checked by divers.",
    ];
    let mut lines: Vec<&str> = MENU.to_vec();
    lines.push("Ferries collide in fog off Keldby");
    lines.push("By Mira Lund");
    lines.push("Published 9:14 AM, June 4, 2031");
    lines.extend(story);
    lines.extend(FOOTER);
    let text = lines.join("\n");
    let marks = marks(&text);
    for s in story {
        assert_eq!(reason_of(&marks, s), None, "{s:?} lost: {marks:?}");
    }
}

#[test]
fn audio_players_and_read_times_are_metadata() {
    let story = [
        "The ferry to Holm Skerry will sail only twice a day this winter, its operator has said, after a fall in passengers and a rise in the price of fuel.",
        "The island's council said it had learned of the change by email on a Friday afternoon and would ask the operator to think again before the timetable starts.",
        "The operator said extra sailings would be laid on for patients who have hospital visits on the mainland, and that the summer timetable would return in April.",
    ];
    let above = [
        "Ferry cut to two sailings a day",
        "Listen to this article · 4 min",
        "Read Time: 3 min",
    ];
    let mut lines: Vec<&str> = MENU.to_vec();
    lines.extend(above);
    lines.extend(story);
    lines.extend(FOOTER);
    let text = lines.join("\n");
    let marks = marks(&text);
    for line in &above[1..] {
        assert_eq!(
            reason_of(&marks, line),
            Some("METADATA"),
            "{line:?}: {marks:?}"
        );
    }
    for s in story {
        assert_eq!(reason_of(&marks, s), None, "{s:?} lost: {marks:?}");
    }
}
