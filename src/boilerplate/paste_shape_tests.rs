//! Pastes of shapes the labelled news pages have few of: a live blog, a press release, a
//! newsletter post, a blog post with its comments, an article with banners and captions between
//! its paragraphs, a report pasted from a PDF, a story pasted from a phone (CRLF, non-breaking
//! spaces). Every paste is made up. Each line says what it is: article, headline, or clutter
//! with the reasons a reader would accept for it; the article holds look-alikes of the clutter
//! around it (a sentence about subscribing, a quote with a time, a paragraph that starts "Read
//! more about"), which must stay. Each paste is tried with its lines apart by a line break, a
//! blank line and CRLF.

use super::*;

/// What a line of a made-up paste is.
#[derive(Debug, Clone, Copy)]
enum Want {
    /// Article text: no mark may touch it (see [`failures`] for the one exception).
    Article,
    /// The headline: marked `TITLE` or left as article.
    Headline,
    /// Clutter: marked whole, with one of these reasons.
    Clutter(&'static [&'static str]),
}

use Want::{Article as A, Clutter as C, Headline as H};

const DATE: Want = C(&["METADATA"]);
const NAV: Want = C(&["NAVIGATION"]);
const SHARE: Want = C(&["SHARE"]);
const SIGNUP: Want = C(&["SIGNUP"]);
const FOOTER: Want = C(&["FOOTER"]);
const CAPTION: Want = C(&["CAPTION"]);
const RELATED: Want = C(&["RELATED"]);
const ADVERT: Want = C(&["ADVERT"]);
const COOKIE: Want = C(&["COOKIE"]);
const COMMENTS: Want = C(&["COMMENTS"]);
const BYLINE: Want = C(&["BYLINE"]);
/// Page furniture a reader might name either way (a page header, a tag list).
const CHROME: Want = C(&["NAVIGATION", "METADATA", "FOOTER", "REPEATED"]);

/// Made-up pastes by class: a name and the lines in order.
const PASTES: &[(&str, &[(&str, Want)])] = &[
    (
        "live blog",
        &[
            ("Storm Ellery live: trains cancelled and thousands without power across the north-west", H),
            ("Key events", NAV),
            ("Show key events only", NAV),
            ("Updated 10:42 GMT", DATE),
            ("10:42", DATE),
            ("Network Rail says every service between Carlisle and Glasgow is suspended until at least midday, after a tree fell on the overhead wires near Lockerbie.", A),
            ("2h ago", DATE),
            ("09:58", DATE),
            ("The Met Office has extended its amber wind warning to cover the whole of the north-west coast until six o'clock this evening.", A),
            ("\"We were told at 9:15 that the ferry would not sail, and nobody has said a word since,\" one passenger waiting at the terminal in Cairnryan said.", A),
            ("09:31", DATE),
            ("Northgrid, the power company, says about 14,000 homes are without electricity, most of them in the rural parts of Cumbria and Dumfries.", A),
            ("3h ago", DATE),
            ("Schools in four council areas have closed for the day, and the councils say they will decide by 7pm whether to open them tomorrow.", A),
            ("Share", SHARE),
        ],
    ),
    (
        "press release",
        &[
            ("FOR IMMEDIATE RELEASE", CHROME),
            ("Harbourline Energy opens its first tidal power plant in Wales", H),
            ("CARDIFF, 3 March 2031 – Harbourline Energy today opened its first tidal power plant at the mouth of the Taff, which will supply electricity to about 9,000 homes when it runs at full capacity.", A),
            ("The plant's twelve turbines sit on the seabed and turn with both the rising and the falling tide, so that they generate power for about twenty hours a day.", A),
            ("\"This is the day our engineers have worked towards for six years,\" said Megan Rhys, chief executive of Harbourline Energy. \"Subscribers to our community share scheme will receive their first dividend next spring.\"", A),
            ("The company plans two more plants on the Severn estuary by the end of the decade, subject to planning consent and the outcome of a public consultation this summer.", A),
            ("About Harbourline Energy", FOOTER),
            ("Harbourline Energy is a renewable energy company founded in 2019 and based in Cardiff. It develops tidal and offshore wind projects across the United Kingdom and employs 240 people.", FOOTER),
            ("Forward-looking statements", FOOTER),
            ("This press release contains forward-looking statements that involve risks and uncertainties. Actual results may differ materially from those expressed or implied in such statements.", FOOTER),
            ("Media contact:", FOOTER),
            ("Owen Price, Head of Communications", FOOTER),
            ("press@harbourline.example", FOOTER),
            ("###", FOOTER),
        ],
    ),
    (
        "newsletter post",
        &[
            ("The Week in Gardening", CHROME),
            ("Why my tomatoes failed this year, and what I will do differently", H),
            ("Subscribe now", SIGNUP),
            ("It was the wettest July in the forty years that I have kept a notebook by the back door, and the blight arrived in the first week of August as it always does after a warm, damp spell.", A),
            ("Many of you wrote in to say the same thing happened in your gardens, and one reader suggested that I subscribe to the county's blight warning service, which I have now done.", A),
            ("Share", SHARE),
            ("Next year I will grow the earlier varieties under cover, water them at the roots in the morning and take off the lower leaves as soon as the first trusses have set.", A),
            ("Leave a comment", COMMENTS),
            ("Upgrade to paid", SIGNUP),
            ("Read in app", NAV),
            ("123 · 45 · 6", SHARE),
        ],
    ),
    (
        "blog post with comments",
        &[
            ("Restoring a 1960s bicycle: the frame", H),
            ("Posted by Tom Ashworth on 12 May 2031", BYLINE),
            ("I bought the frame for ten pounds at a car boot sale, and under three layers of paint it turned out to be a hand-built tourer from a small workshop that closed in the seventies.", A),
            ("Stripping the paint took two weekends. I used a gel stripper and a brass brush, because steel wool scratches the lugs and leaves fibres that rust in the corners.", A),
            ("Read more about how the workshop's frames were built in the owners' club history, which has a chapter on the brothers who ran it and the tubing they preferred.", A),
            ("Tags: bicycles, restoration, vintage", CHROME),
            ("About the author", BYLINE),
            ("Tom Ashworth writes about old bicycles and the people who built them. He lives in Sheffield.", BYLINE),
            ("12 comments", COMMENTS),
            ("Mike R. on 13 May 2031 at 8:14 am said:", COMMENTS),
            ("Lovely work on the lugs. What primer did you use before the top coat went on?", COMMENTS),
            ("Reply", COMMENTS),
            ("Tom Ashworth on 13 May 2031 at 9:02 am said:", COMMENTS),
            ("An etch primer, two thin coats, and a week to harden before the colour went on.", COMMENTS),
            ("Reply", COMMENTS),
        ],
    ),
    (
        "banners and captions mid-article",
        &[
            ("Ferry operator fined over repeated cancellations", H),
            ("The operator of the island ferry has been fined £2.4m by the transport regulator after cancelling more than one sailing in eight over the past two summers.", A),
            ("The crossing to the island seen from the harbour wall. Photograph: Ailsa Grant/Getty Images", CAPTION),
            ("Islanders told an inquiry last year that they had missed hospital appointments and funerals because of cancelled sailings, and that the booking system was often wrong.", A),
            ("Advertisement", ADVERT),
            ("Continue reading with a subscription", SIGNUP),
            ("We use cookies to improve your experience on our site.", COOKIE),
            ("Open in app", NAV),
            ("The regulator said the fine reflected the company's failure to keep enough crew on standby, rather than the weather, which it accepted was worse than usual.", A),
            ("Read more: Island school to close as families leave", RELATED),
            ("The company said it would not appeal and had already hired forty more crew, but several islanders said they would believe it when the timetable was kept.", A),
            ("Passengers queue at the terminal on Friday. (Reuters)", CAPTION),
            ("Image source, Getty Images", CAPTION),
        ],
    ),
    (
        "report pasted from a PDF",
        &[
            ("Regional Water Board – Annual Report 2030", CHROME),
            ("Leakage and supply", H),
            ("Leakage from the board's mains fell for the third year running, to 118 million litres a day, as the replacement programme reached the older cast-iron pipes of the inner districts.", A),
            ("The board replaced 214 kilometres of mains during the year, most of them laid before 1950, and fitted pressure sensors to a further 1,300 valves across the network.", A),
            ("Page 3 of 12", CHROME),
            ("Regional Water Board – Annual Report 2030", CHROME),
            ("Supply interruptions of more than three hours affected 4,100 properties, about half the number of the year before, largely because repairs could be made without shutting whole districts.", A),
            ("Page 4 of 12", CHROME),
            ("Regional Water Board – Annual Report 2030", CHROME),
        ],
    ),
    (
        "story pasted from a phone",
        &[
            ("Council\u{a0}approves late-night bus trial", H),
            ("Night buses will run on three routes from the city centre on Fridays and Saturdays from next month, after the council approved a six-month trial on Tuesday.", A),
            ("The\u{a0}buses will leave the central station every half hour between midnight and four o'clock, and will cost the same as a daytime fare.", A),
            ("Share\u{a0}this\u{a0}story", SHARE),
            ("\"People\u{a0}working late shifts have waited years for this,\" said one councillor, who proposed the trial after a petition signed by 2,300 people.", A),
            ("Published\u{a0}5\u{a0}hours\u{a0}ago", DATE),
        ],
    ),
];

/// One paste's text with its lines `separator` apart, and each line's byte range.
fn paste(lines: &[(&str, Want)], separator: &str) -> (String, Vec<std::ops::Range<usize>>) {
    let mut text = String::new();
    let mut spans = Vec::new();
    for (k, (line, _)) in lines.iter().enumerate() {
        if k > 0 {
            text.push_str(separator);
        }
        spans.push(text.len()..text.len() + line.len());
        text.push_str(line);
    }
    (text, spans)
}

/// What went wrong with the pastes: (paste, line, what).
fn failures(separator: &str) -> Vec<(&'static str, &'static str, String)> {
    let mut wrong = Vec::new();
    for (name, lines) in PASTES {
        let (text, spans) = paste(lines, separator);
        let marks = annotate(&text, None);
        let first_paragraph = lines.iter().position(|(_, w)| matches!(w, A));
        for (k, ((line, want), span)) in lines.iter().zip(&spans).enumerate() {
            let on_line: Vec<&Annotation> = marks
                .iter()
                .filter(|a| a.span.start < span.end && a.span.end > span.start)
                .collect();
            let covered: usize = on_line
                .iter()
                .map(|a| a.span.end.min(span.end) - a.span.start.max(span.start))
                .sum();
            let kind = on_line.iter().max_by_key(|a| a.span.len()).map(|a| a.kind);
            match (want, kind) {
                (A, None) | (H, None) | (H, Some("TITLE")) => {}
                // A line-break paste cannot tell a first paragraph from a standfirst (as in
                // `short_paste_tests`).
                (A, Some("STANDFIRST")) if first_paragraph == Some(k) => {}
                (A | H, Some(kind)) => wrong.push((*name, *line, format!("lost as {kind}"))),
                (C(_), None) => wrong.push((*name, *line, "missed".to_string())),
                (C(_), Some(_)) if covered < line.trim().len() => {
                    wrong.push((*name, *line, "marked in part".to_string()))
                }
                (C(reasons), Some(kind)) if !reasons.contains(&kind) => {
                    wrong.push((*name, *line, format!("as {kind}, not {reasons:?}")))
                }
                _ => {}
            }
        }
    }
    wrong
}

/// Lines of the pastes above that this layer still gets wrong (paste, start of the line): the
/// classes left for later (see `DESIGN.md`, boil21). A line not listed that goes wrong fails
/// the test.
const KNOWN_MISSES: &[(&str, &str)] = &[
    // Bare entry stamps of a live blog, and a paragraph lost after one.
    ("live blog", "2h ago"),
    ("live blog", "09:"),
    ("live blog", "Schools in four"),
    // A press release's tail (boilerplate paragraph, contacts, end mark) reads as clean text.
    ("press release", "FOR IMMEDIATE"),
    ("press release", "About Harbourline"),
    ("press release", "Harbourline Energy is"),
    ("press release", "Forward-looking"),
    ("press release", "This press release"),
    ("press release", "Media contact"),
    ("press release", "Owen Price"),
    ("press release", "press@"),
    ("press release", "###"),
    // A lone call-to-action phrase in a paragraph ("subscribe to"), a like count's reason.
    ("newsletter post", "The Week in"),
    ("newsletter post", "Many of you"),
    ("newsletter post", "123"),
    // "Posted by" read as a stamp; a paragraph opening "Read more about"; tags; an author box.
    ("blog post with comments", "Posted by"),
    ("blog post with comments", "Read more about"),
    ("blog post with comments", "Tags:"),
    ("blog post with comments", "About the author"),
    ("blog post with comments", "Tom Ashworth writes"),
    // A paywall prompt named by its "continue reading".
    ("banners and captions mid-article", "Continue reading"),
    // Running headers and page numbers of a PDF read as clean text.
    ("report pasted from a PDF", "Regional Water"),
    ("report pasted from a PDF", "Page "),
    // With its page numbers now chrome the report is no longer read as clean text, and its
    // section heading goes as NAVIGATION (boil23).
    ("report pasted from a PDF", "Leakage and supply"),
];

#[test]
fn pastes_of_other_shapes_keep_their_article_and_lose_their_clutter() {
    let mut all = Vec::new();
    for separator in ["\n", "\n\n", "\r\n"] {
        for (name, line, why) in failures(separator) {
            let known = KNOWN_MISSES
                .iter()
                .any(|(n, start)| *n == name && line.starts_with(start));
            if !known {
                all.push(format!("{separator:?} {name}: {line:?} {why}"));
            }
        }
    }
    assert!(all.is_empty(), "{} wrong:\n{}", all.len(), all.join("\n"));
}
