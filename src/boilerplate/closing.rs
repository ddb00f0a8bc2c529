//! A text's closing matter, which a reader never counts as the story: a press release's tail
//! (its end mark `###`, "About <Org>" over the organisation's standing paragraph, "Forward-looking
//! statements", "Media contact:" over the contact lines) and a post's author box ("About the
//! author" over the bio). Each opens with a heading of its own shape ([`closing_heading`],
//! [`end_mark`]); from the first such heading after the article, with little article left
//! below it, the text is clutter to its end ([`drop_closing`]), and the lines under a heading
//! take its reason ([`closing_reasons`]). A tag list (`Tags: …`, [`tag_label`]) is page chrome
//! wherever it stands.

use super::evidence::{Facts, CLOSING};
use super::reasons::{self, Reason};
use crate::annotation::{Annotation, Detail as AnyDetail};

/// Words a closing heading has at most ("About Harbourline Energy Group plc").
const HEADING_WORDS: usize = 6;

/// Bytes a closing heading has at most (most lines are passed over on their length).
const HEADING_BYTES: usize = 72;

/// Article lines that may stand below a closing heading: more, and the heading is a subhead of
/// the story (a feature's "About Face" section), not its tail.
pub(super) const CLOSING_ARTICLE_LINES: usize = 4;

/// Headings (in lower case, a closing colon aside) that open closing matter.
const CLOSING_HEADINGS: &[&str] = &[
    "about the author",
    "about the authors",
    "about the writer",
    "about the reporter",
    "forward-looking statements",
    "forward looking statements",
    "cautionary note regarding forward-looking statements",
    "cautionary statement regarding forward-looking statements",
    "safe harbor statement",
    "media contact",
    "media contacts",
    "press contact",
    "press contacts",
    "media enquiries",
    "media inquiries",
    "investor contact",
    "investor contacts",
    "notes to editors",
    "note to editors",
];

/// Words of an organisation's name that may be in lower case ("About Friends of the Earth").
const NAME_JOINERS: &[&str] = &[
    "of", "and", "for", "the", "&", "de", "du", "la", "le", "von",
];

/// A heading that opens closing matter: one of [`CLOSING_HEADINGS`], or "About" and a name in
/// capitals ([`about_heading`]).
pub fn closing_heading(s: &str) -> bool {
    let s = s.trim();
    if s.len() > HEADING_BYTES {
        return false;
    }
    let head = s.strip_suffix(':').unwrap_or(s).trim_end();
    CLOSING_HEADINGS
        .iter()
        .any(|h| h.eq_ignore_ascii_case(head))
        || about_heading(s)
        || wiki_section(s).is_some_and(|t| WIKI_CLOSING.iter().any(|h| h.eq_ignore_ascii_case(t)))
}

/// A wiki's closing sections (in lower case), under a heading with its edit link
/// ([`wiki_section`]): what follows is the page's apparatus, not the article.
const WIKI_CLOSING: &[&str] = &[
    "references",
    "notes",
    "notes and references",
    "citations",
    "footnotes",
    "sources",
    "bibliography",
    "works cited",
    "further reading",
    "external links",
    "see also",
];

/// The title of a wiki's section heading as pasted with its edit link: `History[edit]`,
/// `External links [edit source]` (a title of one to eight words, no sentence).
pub fn wiki_section(s: &str) -> Option<&str> {
    let s = s.trim_end();
    let body = ["[edit]", "[edit source]", "[ edit ]"]
        .iter()
        .find_map(|m| s.strip_suffix(m))?
        .trim_end();
    let words = body.split_whitespace().count();
    ((1..=8).contains(&words) && !body.ends_with(['.', '?', '!', ',', ';', ':'])).then_some(body)
}

/// "About Harbourline Energy", "ABOUT THE NORTHERN TRUST": "About" and one to five words of a
/// name, each capitalised or a joiner ([`NAME_JOINERS`]), the first capitalised, no sentence
/// ("About Harbourline's plans, little is known.", "About the study" are none).
fn about_heading(s: &str) -> bool {
    let mut words = s.split_whitespace();
    if !words
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("about"))
    {
        return false;
    }
    let name: Vec<&str> = words.collect();
    let capital = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    let joiner = |w: &&str| NAME_JOINERS.iter().any(|j| w.eq_ignore_ascii_case(j));
    (1..HEADING_WORDS).contains(&name.len())
        && name.first().is_some_and(capital)
        && name.iter().all(|w| capital(w) || joiner(w))
        && !s.ends_with(['.', '?', '!', ',', ';'])
}

/// Bytes an end mark has at most (`# # #` with room for spaces).
const END_MARK_BYTES: usize = 12;

/// A press release's end mark alone on its line: `###`, `# # #`, `-30-`, `ENDS`, `- Ends -`.
pub fn end_mark(s: &str) -> bool {
    let s = s.trim();
    if s.len() > END_MARK_BYTES {
        return false;
    }
    let hashes = s.bytes().filter(|b| *b == b'#').count();
    if hashes >= 3 && s.bytes().all(|b| b == b'#' || b == b' ' || b == b'-') {
        return true;
    }
    let bare = s.trim_matches(|c: char| matches!(c, '-' | '–' | '—' | ' '));
    (bare == "30" && bare.len() < s.len()) || bare.eq_ignore_ascii_case("ends")
}

/// Labels (lower case) of a line listing a post's tags or topics.
const TAG_LABELS: &[&str] = &[
    "tags",
    "tagged",
    "tagged with",
    "topics",
    "related topics",
    "filed under",
    "categories",
    "category",
    "keywords",
];

/// Bytes before a tag list's colon at most ("Related topics").
const TAG_LABEL_BYTES: usize = 16;

/// Words a tag list has at most after its label.
const TAG_LIST_WORDS: usize = 30;

/// A post's tags or topics: `Tags: bicycles, restoration`, `Filed under: Politics, Courts`.
pub fn tag_label(s: &str) -> bool {
    // The label is short: the colon is looked for in the line's first bytes only.
    let Some(colon) = s.bytes().take(TAG_LABEL_BYTES).position(|b| b == b':') else {
        return false;
    };
    let (Some(label), Some(rest)) = (s.get(..colon), s.get(colon + 1..)) else {
        return false;
    };
    let label = label.trim();
    let listed = rest.split_whitespace().count();
    TAG_LABELS.iter().any(|t| t.eq_ignore_ascii_case(label))
        && (1..=TAG_LIST_WORDS).contains(&listed)
        && !rest.trim_end().ends_with(['.', '?', '!'])
}

/// From the first closing heading (fact bit [`CLOSING`]) below an article line with at most
/// [`CLOSING_ARTICLE_LINES`] article lines below it, every line to the text's end is clutter.
pub(super) fn drop_closing(facts: &[Facts], content: &mut [bool]) {
    let Some(first_article) = content.iter().position(|c| *c) else {
        return;
    };
    let mut article_below = content.iter().filter(|c| **c).count();
    let mut from = None;
    for (k, (f, c)) in facts.iter().zip(content.iter()).enumerate() {
        if *c {
            article_below -= 1;
        }
        // Two closing headings in a row (`###` over "About <Org>", "About <Org>" over "Media
        // contact") are the tail whatever the model made of the paragraphs under them.
        let closing = |j: usize| facts.get(j).is_some_and(|f| f & CLOSING != 0);
        let tail = article_below <= CLOSING_ARTICLE_LINES || closing(k + 1);
        if k > first_article && f & CLOSING != 0 && tail {
            from = Some(k);
            break;
        }
    }
    if let Some(from) = from {
        for c in content.get_mut(from..).unwrap_or(&mut []) {
            *c = false;
        }
    }
}

/// Codes a line gets from its own shape alone, which a closing heading above it overrules.
const GENERIC: &[&str] = &["NAVIGATION", "RELATED", "REPEATED", "CAPTION", "STANDFIRST"];

/// Lines under a closing heading that take its reason at most.
const SECTION_LINES: usize = 4;

/// Words from which a line under a closing heading is part of its section whatever it holds; a
/// shorter one only with an address or a number in it (an e-mail, a phone number), as a
/// menu's items under a site footer's "About Us" are not.
const SECTION_LINE_WORDS: usize = 4;

/// Below a closing heading, the clutter lines that follow (at most [`SECTION_LINES`], each
/// sentence-long or a contact line, see [`SECTION_LINE_WORDS`]) with no article text between and
/// a reason from their shape alone take the heading's: the organisation's paragraph under
/// "About …" is FOOTER, the bio under "About the author" BYLINE. An end mark closes the section.
pub(super) fn closing_reasons(text: &str, out: &mut [Annotation]) {
    let mut open: Option<(Reason, usize)> = None;
    let mut last_end = 0;
    for a in out.iter_mut() {
        let between = text.get(last_end..a.span.start).unwrap_or("");
        if !between.trim().is_empty() {
            open = None;
        }
        last_end = a.span.end;
        let line = a.text(text);
        if end_mark(line) {
            open = None;
            continue;
        }
        if closing_heading(line) {
            open = match a.kind {
                "BYLINE" => Some((reasons::BYLINE, 0)),
                "FOOTER" => Some((reasons::FOOTER, 0)),
                _ => None,
            };
            continue;
        }
        let Some((reason, taken)) = open else {
            continue;
        };
        let contact = line.bytes().any(|b| b == b'@' || b.is_ascii_digit());
        let in_section = taken < SECTION_LINES
            && (line.split_whitespace().count() >= SECTION_LINE_WORDS || contact);
        if !in_section {
            open = None;
            continue;
        }
        open = Some((reason, taken + 1));
        if GENERIC.contains(&a.kind) {
            a.kind = reason.code;
            a.detail = AnyDetail::Boilerplate(super::Detail {
                reason: reason.sentence,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closing_headings() {
        let cases: &[(&str, bool)] = &[
            ("About Harbourline Energy", true),
            ("ABOUT THE NORTHERN TRUST", true),
            ("About Friends of the Earth", true),
            ("About the author", true),
            ("About The Author:", true),
            ("Media contact:", true),
            ("Forward-looking statements", true),
            ("Notes to editors", true),
            // Look-alikes: a subhead, a sentence, a name too long for a heading.
            ("About the study", false),
            ("About Harbourline's plans, little is known.", false),
            ("About 40 people attended", false),
            (
                "About Harbourline Energy and the Six Other Firms Bidding",
                false,
            ),
            ("Contact the council", false),
            ("Our media contact said the figures were wrong", false),
        ];
        for (line, want) in cases {
            assert_eq!(closing_heading(line), *want, "{line}");
        }
    }

    #[test]
    fn end_marks() {
        let cases: &[(&str, bool)] = &[
            ("###", true),
            ("# # #", true),
            ("-###-", true),
            ("-30-", true),
            ("ENDS", true),
            ("- Ends -", true),
            ("##", false),
            ("30", false),
            ("Ends and means", false),
            ("#3 seed", false),
        ];
        for (line, want) in cases {
            assert_eq!(end_mark(line), *want, "{line}");
        }
    }

    #[test]
    fn tag_labels() {
        let cases: &[(&str, bool)] = &[
            ("Tags: bicycles, restoration, vintage", true),
            ("Topics: Politics, Courts", true),
            ("Filed Under:Eastern Equine Encephalitis, EEE, health", true),
            ("Related topics: Housing", true),
            // Look-alikes: a sentence after the label, a label that is no tag list's.
            (
                "Topics: the committee will discuss budgets, roads and schools.",
                false,
            ),
            ("Tags:", false),
            ("Note: the figures are provisional", false),
            ("The tags: red, green and blue", false),
        ];
        for (line, want) in cases {
            assert_eq!(tag_label(line), *want, "{line}");
        }
    }

    #[test]
    fn closing_matter_runs_to_the_end_only_below_the_article() {
        const A: Facts = 0;
        const H: Facts = CLOSING;
        // (facts, model's call, want): a tail with two article lines under its heading goes;
        let tail: &[(Facts, bool, bool)] = &[
            (A, true, true),
            (A, true, true),
            (H, false, false),
            (A, true, false),
            (H, false, false),
            (A, true, false),
            (A, false, false),
        ];
        // a heading above the article is no tail (a site's "About us" link in its header);
        let above: &[(Facts, bool, bool)] = &[(H, false, false), (A, true, true), (A, true, true)];
        // a subhead with more article under it than a tail has is the story's own.
        let subhead: &[(Facts, bool, bool)] = &[
            (A, true, true),
            (H, false, false),
            (A, true, true),
            (A, true, true),
            (A, true, true),
            (A, true, true),
            (A, true, true),
        ];
        for (name, lines) in [("tail", tail), ("above", above), ("subhead", subhead)] {
            let facts: Vec<Facts> = lines.iter().map(|l| l.0).collect();
            let mut content: Vec<bool> = lines.iter().map(|l| l.1).collect();
            drop_closing(&facts, &mut content);
            let want: Vec<bool> = lines.iter().map(|l| l.2).collect();
            assert_eq!(content, want, "{name}");
        }
    }
}
