//! Layer-level tests on made-up pages (never the shared data).

use super::*;

const PAGE: &str = "\
Home
World
Business
Sport
Weather
Sign up for our free morning newsletter to get the best stories straight to your inbox
Please enter a valid email address
We use cookies to improve your experience on our site. Accept all cookies
Harbour town approves plan for new river crossing

The town council voted on Tuesday to approve a new bridge across the river, ending a debate that has divided residents for more than a decade.

Supporters of the plan said the crossing would cut journey times for commuters and bring new visitors to the shops along the harbour front.

The old ferry landing at dawn on Monday (Example Photo Agency)

Opponents argued that the cost, which has risen by almost a third since the first estimate, would fall on local taxpayers for years to come.

The mayor said work could begin in the spring if the regional government agreed to share the bill, and that the ferry would keep running until the bridge opened.

Residents will be able to comment on the final design at a public meeting next month, the council said in a statement.

Read more
Mayor promises faster buses for the east side
School playing fields to be sold for housing
Storm damage closes coastal path for a week
Share this article
Facebook
Twitter
© 2031 Example News Ltd. All rights reserved.
";

fn marks(text: &str, html: Option<&str>) -> Vec<(String, &'static str)> {
    annotate(text, html)
        .iter()
        .map(|a| (a.text(text).to_string(), a.kind))
        .collect()
}

fn kind_of<'a>(marks: &'a [(String, &'static str)], line: &str) -> Option<&'a str> {
    marks.iter().find(|(t, _)| t == line).map(|(_, k)| *k)
}

#[test]
fn plain_page_reasons() {
    let m = marks(PAGE, None);
    let cases: &[(&str, Option<&str>)] = &[
        ("Home", Some("NAVIGATION")),
        ("Please enter a valid email address", Some("SIGNUP")),
        (
            "The old ferry landing at dawn on Monday (Example Photo Agency)",
            Some("CAPTION"),
        ),
        ("Share this article", Some("SHARE")),
        (
            "© 2031 Example News Ltd. All rights reserved.",
            Some("FOOTER"),
        ),
    ];
    for (line, want) in cases {
        assert_eq!(kind_of(&m, line), *want, "{line}");
    }
    // Every boilerplate kind is a documented code.
    for (_, k) in &m {
        assert!(reasons::CODES.contains(k), "{k}");
    }
    // The article paragraphs stay unmarked.
    for para in PAGE
        .lines()
        .filter(|l| l.len() > 100 && !l.contains("newsletter"))
    {
        assert_eq!(kind_of(&m, para), None, "{para}");
    }
}

#[test]
fn related_links_and_cookie_notice_are_boilerplate() {
    let m = marks(PAGE, None);
    for line in [
        "Read more",
        "Mayor promises faster buses for the east side",
        "We use cookies to improve your experience on our site. Accept all cookies",
        "Sign up for our free morning newsletter to get the best stories straight to your inbox",
    ] {
        assert!(kind_of(&m, line).is_some(), "{line}");
    }
}

#[test]
fn crlf_gives_the_same_lines() {
    let crlf = PAGE.replace('\n', "\r\n");
    let lf: Vec<(String, &str)> = marks(PAGE, None);
    let cr: Vec<(String, &str)> = marks(&crlf, None);
    assert_eq!(lf, cr);
    // Spans never include the line end.
    for a in annotate(&crlf, None) {
        assert!(!a.text(&crlf).contains(['\r', '\n']));
    }
}

#[test]
fn stamp_split_from_a_clutter_line() {
    let text = "date 2031-03-04 Sign up for our weekly email. Please enter a valid email address. Thanks for signing up\n\nThe council met on Tuesday and agreed to fund the new bridge over the river, officials said.\n";
    let m = marks(text, None);
    assert_eq!(kind_of(&m, "date 2031-03-04"), Some("METADATA"));
    assert!(m
        .iter()
        .any(|(t, k)| *k == "SIGNUP" && t.starts_with("Sign up")));
}

#[test]
fn never_panics_on_odd_input() {
    let cases: &[&str] = &[
        "",
        "\n\n\r\n",
        "🎉🎉🎉\n東京で会議が開かれた。市長は新しい橋について話した。\n",
        "a",
        "(",
        ")",
        "(PA)",
        "By",
        "date",
        "日本語のテキスト (写真)\r\n\r\n",
        "x\u{a0}\u{2028}y\n\u{feff}z",
    ];
    for text in cases {
        for html in [None, Some("<p>東京</p>"), Some("<<<>>><a href='"), Some("")] {
            for a in annotate(text, html) {
                assert!(text.is_char_boundary(a.span.start) && text.is_char_boundary(a.span.end));
                assert!(a.span.start < a.span.end && a.span.end <= text.len());
            }
        }
    }
}

const HTML: &str = r#"<!doctype html><html><head><title>Harbour town</title><script>var x = "<p>not text</p>";</script>
<body><nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<div class="newsletter-signup"><p>Get our briefing every morning</p></div>
<article><h1>Harbour town approves plan for new river crossing</h1>
<p>The town council voted on Tuesday to approve a new bridge across the river, ending a debate that has divided residents for more than a decade.</p>
<figure><img src="x.jpg"><figcaption>The old ferry landing at dawn</figcaption></figure>
<p>Supporters said the crossing would cut journey times for commuters and bring new visitors to the harbour front.</p>
<p>Opponents argued that the cost would fall on local taxpayers for years to come, and asked for a public vote.</p>
</article><footer><a href="/about">About us</a></footer></body></html>"#;

const HTML_TEXT: &str = "Home
World
Get our briefing every morning
Harbour town approves plan for new river crossing
The town council voted on Tuesday to approve a new bridge across the river, ending a debate that has divided residents for more than a decade.
The old ferry landing at dawn
Supporters said the crossing would cut journey times for commuters and bring new visitors to the harbour front.
Opponents argued that the cost would fall on local taxpayers for years to come, and asked for a public vote.
About us
";

#[test]
fn html_structure_is_read() {
    let l = lines::split(HTML_TEXT);
    let h = html::read(HTML, HTML_TEXT, &l);
    let flag = |line: usize, name: &str| {
        let k = html::FEATURE_NAMES
            .iter()
            .position(|n| *n == name)
            .unwrap_or(0);
        h[line].features[k]
    };
    let cases: &[(&str, usize, &str, f32)] = &[
        ("menu found", 0, "h_found", 1.0),
        ("menu is a link", 0, "h_link", 1.0),
        ("menu in nav", 1, "h_nav", 1.0),
        ("sign-up class", 2, "c_signup", 1.0),
        ("headline", 3, "h_h1", 1.0),
        ("paragraph", 4, "h_p", 1.0),
        ("paragraph in the main block", 4, "h_best_block", 1.0),
        ("caption", 5, "h_figure", 1.0),
        ("footer", 8, "h_footer", 1.0),
        ("script text is not page text", 4, "h_link", 0.0),
    ];
    for (name, line, feature, want) in cases {
        assert_eq!(flag(*line, feature), *want, "{name}");
    }
}

#[test]
fn html_paste_marks_furniture_and_keeps_the_body() {
    let m = marks(HTML_TEXT, Some(HTML));
    for line in [
        "Home",
        "World",
        "Get our briefing every morning",
        "About us",
    ] {
        assert!(kind_of(&m, line).is_some(), "{line}");
    }
    for line in HTML_TEXT.lines().filter(|l| l.len() > 90) {
        assert_eq!(kind_of(&m, line), None, "{line}");
    }
}

fn span_in(text: &str, s: &str) -> std::ops::Range<usize> {
    let at = text.find(s).unwrap_or(0);
    at..at + s.len()
}

#[test]
fn clean_text_keeps_title_and_body() {
    let text = "Home\nBig storm hits the coast\nThe storm brought down trees along the coast road on Sunday night.\nRead more\n";
    let title = reasons::TITLE;
    let nav = reasons::NAVIGATION;
    let related = reasons::RELATED;
    let span = |s: &str| {
        let at = text.find(s).unwrap_or(0);
        at..at + s.len()
    };
    let annotations = vec![
        mark(span("Home"), nav),
        mark(span("Big storm hits the coast"), title),
        mark(span("Read more"), related),
    ];
    assert_eq!(
        clean_text(text, &annotations),
        "Big storm hits the coast\n\nThe storm brought down trees along the coast road on Sunday night."
    );
    // The standfirst stays, in its place: a first paragraph read as one is not lost.
    let text = "Big storm hits the coast\nTrees fell across the county overnight.\nThe storm brought down trees along the coast road on Sunday night.\n";
    let annotations = vec![
        mark(span_in(text, "Big storm hits the coast"), title),
        mark(
            span_in(text, "Trees fell across the county overnight."),
            reasons::STANDFIRST,
        ),
    ];
    assert_eq!(
        clean_text(text, &annotations),
        "Big storm hits the coast\n\nTrees fell across the county overnight.\n\nThe storm brought down trees along the coast road on Sunday night."
    );
    // A partly covered line keeps its uncovered part.
    let text = "date 2031-03-04 The council met.";
    assert_eq!(
        clean_text(text, &[mark(0..15, reasons::METADATA)]),
        "The council met."
    );
}
