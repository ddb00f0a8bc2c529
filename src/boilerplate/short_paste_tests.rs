//! Short pastes: an article of two to four paragraphs with a few clutter lines around and
//! between them (a sign-up label, a "Published 3 hours ago" stamp, a photo credit, a share
//! button, a cookie notice). Too short for the model's sense of a page's main block, such a text
//! used to lose every paragraph as "related links" once two of its lines were clutter. Each
//! article is tried with every pair of clutter lines at every pair of places, with paragraphs
//! apart by a line break and by a blank line.

use super::*;

/// Made-up articles: a headline, then paragraphs long enough to be prose on their own terms.
const ARTICLES: &[(&str, &[&str])] = &[
    (
        "Quarry expansion refused after village campaign",
        &[
            "Planners in Eastmoor have refused an application to extend the limestone quarry north of the village, after more than four hundred residents objected to the noise and the lorries.",
            "The operator had argued that the extension would secure forty local jobs for another fifteen years and that blasting would be limited to weekday afternoons.",
            "Campaigners said they were delighted but expected the company to appeal, as it did when a smaller extension was turned down in the spring of last year.",
        ],
    ),
    (
        "Hospital waiting lists fall for the first time in two years",
        &[
            "The number of patients waiting for planned operations at the county's three hospitals has fallen for the first time since the winter before last, according to figures released on Thursday.",
            "Managers credited extra weekend theatre sessions and a new day-surgery unit, although they warned that the busiest months of the year were still to come.",
        ],
    ),
    (
        "Volunteers restore a century-old lifeboat",
        &[
            "A team of retired boat builders has spent three winters restoring a wooden lifeboat that served the harbour from the eighteen-nineties until the end of the Second World War.",
            "The boat, which was found rotting in a farmer's barn, will go on display in the maritime museum once the last coat of varnish has dried next month.",
            "\"Every plank had a story to tell,\" said the project's leader, who first sailed in the boat's successor as a teenager. \"We wanted people to hear them again.\"",
            "The museum hopes the display will bring in more visitors over the quieter months, when the ferry runs only twice a day and many of the cafes close.",
        ],
    ),
];

/// Clutter lines of the kinds a copied page brings along, each with the reason it should get.
const CLUTTER: &[(&str, &str)] = &[
    ("Sign up for our evening newsletter", "SIGNUP"),
    ("Follow us on Instagram and Facebook", "SHARE"),
    ("Published 5 hours ago", "METADATA"),
    ("Updated 11:40 AM", "METADATA"),
    ("Photo: Eastmoor Echo", "CAPTION"),
    ("Read more: Bus routes to change in the new year", "RELATED"),
    ("Share this story", "SHARE"),
];

/// Every short paste of the grid: the text and, per line, whether it is clutter.
fn pastes(separator: &str) -> Vec<(String, Vec<(&'static str, bool)>)> {
    let mut out = Vec::new();
    for (headline, paragraphs) in ARTICLES {
        let places = paragraphs.len() + 1;
        for (i, first) in CLUTTER.iter().enumerate() {
            for second in &CLUTTER[i + 1..] {
                for p1 in 1..=places {
                    for p2 in p1..=places {
                        let mut lines: Vec<(&'static str, bool)> = vec![(headline, false)];
                        lines.extend(paragraphs.iter().map(|p| (*p, false)));
                        lines.insert(p2, (second.0, true));
                        lines.insert(p1, (first.0, true));
                        let text = lines
                            .iter()
                            .map(|(l, _)| *l)
                            .collect::<Vec<_>>()
                            .join(separator);
                        out.push((text, lines));
                    }
                }
            }
        }
    }
    out
}

/// Runs the grid; returns the article paragraphs lost (other than a first paragraph called a
/// standfirst, see below) and the clutter lines missed, each with its paste.
fn failures(separator: &str) -> Vec<String> {
    let mut wrong = Vec::new();
    for (text, lines) in pastes(separator) {
        let marks: Vec<(String, &str)> = annotate(&text, None)
            .iter()
            .map(|a| (a.text(&text).to_string(), a.kind))
            .collect();
        let kind = |line: &str| marks.iter().find(|(t, _)| t == line).map(|(_, k)| *k);
        let first_paragraph = lines.iter().skip(1).find(|(_, c)| !c).map(|(l, _)| *l);
        for (k, (line, clutter)) in lines.iter().enumerate() {
            match (clutter, kind(line)) {
                (true, None) => wrong.push(format!("missed {line:?} in {text:?}")),
                (true, Some(k))
                    if Some(k) != CLUTTER.iter().find(|c| c.0 == *line).map(|c| c.1) =>
                {
                    wrong.push(format!("{line:?} as {k} in {text:?}"))
                }
                // The headline is furniture kept on top of the clean text.
                (false, Some("TITLE")) if k == 0 => {}
                // Pages' first paragraph under the headline is often their standfirst (the
                // labelled pages call it clutter); a line-break paste cannot tell the two apart.
                (false, Some("STANDFIRST")) if Some(*line) == first_paragraph => {}
                (false, Some(kind)) => wrong.push(format!("lost {line:?} as {kind} in {text:?}")),
                _ => {}
            }
        }
    }
    wrong
}

#[test]
fn short_pastes_keep_their_paragraphs_and_lose_their_clutter() {
    for separator in ["\n", "\n\n", "\r\n"] {
        let wrong = failures(separator);
        assert!(
            wrong.is_empty(),
            "{} of {} pastes (separator {separator:?}) wrong, e.g.:\n{}",
            wrong.len(),
            pastes(separator).len(),
            wrong.iter().take(5).cloned().collect::<Vec<_>>().join("\n")
        );
    }
}

#[test]
fn a_paste_the_model_finds_no_article_in_keeps_its_long_paragraphs() {
    // Two of six lines clutter, paragraphs apart by a line break only: the model alone calls
    // every line clutter here.
    let (headline, paragraphs) = ARTICLES[0];
    let text = format!(
        "{headline}\nSign up for our evening newsletter\n{}\n{}\nPhoto: Eastmoor Echo",
        paragraphs[0], paragraphs[1]
    );
    let marked: Vec<String> = annotate(&text, None)
        .iter()
        .map(|a| a.text(&text).to_string())
        .collect();
    assert!(!marked.iter().any(|m| m == paragraphs[1]), "{marked:?}");
    assert!(
        marked.iter().any(|m| m == "Photo: Eastmoor Echo"),
        "{marked:?}"
    );
}

/// A story told a sentence a paragraph, each shorter than a long paragraph, between a page's
/// menus, cookie notice and footer (a "More from …" heading among them).
const SHORT_SENTENCES: &[&str] = &[
    "Ferry crossings to the island were cancelled for a third day on Friday as gales continued.",
    "The operator said two of its four boats were also waiting for spare parts from Norway.",
    "\"We cannot keep telling customers to wait,\" said Ros Iverach, who runs a shop on the pier.",
    "Islanders have been asked to book essential journeys by telephone until further notice.",
    "A council meeting on the timetable will be held at the community hall next Tuesday.",
];

#[test]
fn a_paste_of_short_sentences_amid_page_chrome_keeps_them() {
    let chrome_above = [
        "Skip to content",
        "Menu",
        "We use cookies to give you the best experience. Accept all",
        "Gales keep island ferries in port",
        "Published 2 hours ago",
    ];
    let chrome_below = [
        "Related topics",
        "Transport",
        "More from Harbour News",
        "Follow us on Facebook and Instagram",
        "Terms of use Privacy policy Cookies Contact us",
    ];
    for with_subhead in [false, true] {
        let mut lines: Vec<&str> = chrome_above.to_vec();
        lines.extend(&SHORT_SENTENCES[..3]);
        if with_subhead {
            lines.push("Spare parts");
        }
        lines.extend(&SHORT_SENTENCES[3..]);
        lines.extend(chrome_below);
        let text = lines.join("\n");
        let marks: Vec<(String, &str)> = annotate(&text, None)
            .iter()
            .map(|a| (a.text(&text).to_string(), a.kind))
            .collect();
        // The first may be the page's standfirst, as in the grid above.
        for (k, s) in SHORT_SENTENCES.iter().enumerate() {
            let lost = marks
                .iter()
                .any(|(t, kind)| t == s && !(k == 0 && *kind == "STANDFIRST"));
            assert!(!lost, "{s:?} marked: {marks:?}");
        }
        for c in [
            "Skip to content",
            "More from Harbour News",
            "Follow us on Facebook and Instagram",
        ] {
            assert!(
                marks.iter().any(|(t, _)| t == c),
                "{c:?} not marked: {marks:?}"
            );
        }
    }
    // Two sentences of prose are too few to call an article against the model.
    let text = format!(
        "Menu\nMore from Harbour News\n{}\n{}\nShare this",
        SHORT_SENTENCES[0], SHORT_SENTENCES[1]
    );
    let marked = annotate(&text, None).len();
    assert!(marked >= 3, "{marked}");
}

#[test]
fn call_to_action_and_stamp_wording_in_sentences_stays_article() {
    // A label is a line that is only a call to action or a stamp; the same words in a sentence,
    // a question or a longer line of the article are no clutter.
    let (headline, paragraphs) = ARTICLES[2];
    for line in [
        "Residents can sign up at the library.",
        "Want to sign up? Ask at the museum desk.",
        "The museum published its first guide in 1998 and updated it in 2021 after the refit.",
        "Published works by the boat builders are on sale in the museum shop from next week.",
    ] {
        let text = format!(
            "{headline}\n\n{}\n\n{line}\n\n{}\n\n{}",
            paragraphs[0], paragraphs[1], paragraphs[3]
        );
        let marks: Vec<(String, &str)> = annotate(&text, None)
            .iter()
            .map(|a| (a.text(&text).to_string(), a.kind))
            .collect();
        assert!(
            !marks.iter().any(|(t, _)| t == line),
            "{line:?} marked: {marks:?}"
        );
    }
}
