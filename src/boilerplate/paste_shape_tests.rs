//! Pastes of shapes the labelled news pages have few of: a live blog, a press release, a
//! newsletter post, a blog post with its comments, an article with banners and captions between
//! its paragraphs, a report and council minutes pasted from a PDF (running heads and footers),
//! a press release with notes to editors, a story with an author box and topics, a feature with
//! an "About" subhead, a story pasted from a phone (CRLF, non-breaking spaces). Every paste is
//! made up. Each line says what it is: article, headline, or clutter
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
        "council minutes pasted from a PDF",
        &[
            ("Harbour Town Council – Finance Committee – Minutes of 14 May 2031", H),
            ("Members present: the chair, the treasurer and five councillors, with the town clerk taking the minutes and two members of the public in the gallery.", A),
            ("The treasurer reported that the harbour dues collected in April were about a tenth higher than budgeted, largely because of the early start of the sailing season.", A),
            ("Page 1 of 3", CHROME),
            ("Draft – not yet approved by the council", CHROME),
            ("Parking", A),
            ("The committee agreed to ask officers for a costed plan to resurface the harbour car park, and to report back before the September meeting.", A),
            ("A councillor asked whether the charges for residents could be frozen for a further year; the treasurer said that would cost the council about £8,000.", A),
            ("Page 2 of 3", CHROME),
            ("Draft – not yet approved by the council", CHROME),
            ("Any other business", A),
            ("The chair thanked the outgoing clerk for eleven years of service to the committee, and the meeting closed at a quarter to nine.", A),
            ("Page 3 of 3", CHROME),
            ("Draft – not yet approved by the council", CHROME),
        ],
    ),
    (
        "press release with notes to editors",
        &[
            ("Museum of the Fens wins national award for its new flood gallery", H),
            ("ELY, 9 June 2031 – The Museum of the Fens has won the national museums award for learning, for a gallery that lets visitors raise and lower the water in a working model of the fens.", A),
            ("The judges said the gallery had doubled the number of school visits in its first year, and that children stayed at the model for longer than at any other exhibit.", A),
            ("\"We built it with the drainage board's engineers, and every sluice on the model works as the real ones do,\" said the museum's director, Ruth Okafor.", A),
            ("The award of £20,000 will pay for a second model, of the washes between Earith and Denver, which the museum hopes to open next spring.", A),
            ("ENDS", FOOTER),
            ("Notes to editors", FOOTER),
            ("The Museum of the Fens is an independent charity founded in 1974. It cares for a collection of 40,000 objects about the draining of the fens and the life of the people who lived there.", FOOTER),
            ("Media enquiries: Sam Hale, 01353 555 0192, press@fensmuseum.example", FOOTER),
        ],
    ),
    (
        "news story with an author box and topics",
        &[
            ("Village shop reopens as a cooperative after two years closed", H),
            ("The only shop in the village of Thornby reopened on Saturday, two years after its owners retired, now run by a cooperative of 180 residents who each bought a share.", A),
            ("Volunteers staff the till for three hours a week each, and a paid manager orders the stock, which includes bread from a bakery in the next village.", A),
            ("About Face, the cafe in the back room, will open in July once its kitchen has been inspected, the cooperative's chair said.", A),
            ("\"People kept telling us that a village without a shop is just a place where people sleep,\" she said.", A),
            ("Topics: Villages, Cooperatives, Retail", CHROME),
            ("About the author", BYLINE),
            ("Priya Nair is a reporter covering rural affairs. She grew up in a village that lost its shop in the nineties.", BYLINE),
        ],
    ),
    (
        "feature with an \"About\" subhead",
        &[
            ("The harbour that reinvented itself", H),
            ("When the last fishing boat left Porthmellan in 1998, the harbour looked finished: the fish market closed, the ice plant was sold for scrap and the chandlery became a holiday let.", A),
            ("Twenty years later the quay is busy again, with a boatyard that builds wooden sailing boats, a sea school and a ferry to the islands that runs all year round.", A),
            ("About Turn", A),
            ("The change began with a vote. In 2004 the harbour trust asked the town whether to sell the quay to a developer, and the town said no by a margin of three to one.", A),
            ("The trust then borrowed against its moorings to rebuild the slipway, and let the old net lofts to the boatyard at a rent it could afford in its first hard years.", A),
            ("Harbourline Energy is a renewable energy company that rents the old ice plant's site for its tidal survey office, and pays the trust enough to keep the ferry running in winter.", A),
            ("The sea school came next, in a building the trust had used as a store, and now teaches about 900 children a year to sail, most of them from schools inland.", A),
            ("Nobody in the town claims the harbour is what it was, but the trust's chair says that was never the point: \"We wanted boats on the water, not a museum.\"", A),
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
/// classes left for later (see `DESIGN.md`, boil21 and boil24). A line not listed that goes
/// wrong fails the test, and so does a listed one that no paste gets wrong any more.
const KNOWN_MISSES: &[(&str, &str)] = &[
    // A lone call-to-action phrase in a paragraph ("subscribe to"), a like count's reason.
    ("newsletter post", "The Week in"),
    ("newsletter post", "Many of you"),
    ("newsletter post", "123"),
    // "Posted by" read as a stamp; a paragraph opening "Read more about".
    ("blog post with comments", "Posted by"),
    ("blog post with comments", "Read more about"),
];

#[test]
fn pastes_of_other_shapes_keep_their_article_and_lose_their_clutter() {
    let mut all = Vec::new();
    let mut seen = vec![false; KNOWN_MISSES.len()];
    for separator in ["\n", "\n\n", "\r\n"] {
        for (name, line, why) in failures(separator) {
            let known = KNOWN_MISSES
                .iter()
                .position(|(n, start)| *n == name && line.starts_with(start));
            match known.and_then(|k| seen.get_mut(k)) {
                Some(seen) => *seen = true,
                None => all.push(format!("{separator:?} {name}: {line:?} {why}")),
            }
        }
    }
    // A miss that no paste shows any more is fixed: it leaves the list.
    for ((name, start), seen) in KNOWN_MISSES.iter().zip(&seen) {
        if !seen {
            all.push(format!("fixed, still in KNOWN_MISSES: {name}: {start:?}"));
        }
    }
    assert!(all.is_empty(), "{} wrong:\n{}", all.len(), all.join("\n"));
}
