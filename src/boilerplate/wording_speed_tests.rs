//! The quick readings of a short sentence's words and of a dateline's opening against the plain
//! readings they replaced (kept here as the reference): on random lines both agree exactly, so
//! the layer's output is unchanged.

use proptest::prelude::*;

use super::wording::{dateline_opening, dateline_opening_read, short_sentence};

/// Words and pieces for every branch: the listed words in any case and with quotes round them,
/// dashes, agencies, capitals, dates, lower-case words, odd spaces and non-ASCII letters.
const PIECES: &[&str] = &[
    "you",
    "You",
    "YOUR",
    "“You’ve",
    "yours.",
    "our",
    "Ours",
    "here",
    "Here!",
    "is",
    "IS",
    "joined",
    "reporter",
    "Reporter.",
    "correspondent",
    "journalist",
    "columnist",
    "editor",
    "writer",
    "contributor",
    "freelance",
    "yourself",
    "hereby",
    "island",
    "The",
    "the",
    "council",
    "PINE",
    "HOLLOW",
    "LONDON",
    "New",
    "Delhi,",
    "Mar",
    "5",
    "2027",
    "(AP)",
    "(PTI)",
    "(ap)",
    "(A)",
    "Calif.",
    "—",
    "–",
    "-",
    "--",
    "(",
    ")",
    "\"",
    "'",
    "’",
    "”",
    ".",
    "!",
    "..",
    "?",
    "Zürich",
    "ÉCOLE",
    "éclair",
    "東京",
    "x1",
    "12abc",
    "\t",
    "\u{a0}",
    "\u{2009}",
    "\u{85}",
    "\u{b}",
    "\u{c}",
    "\u{1c}",
];

fn line_strategy() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (
            prop::sample::select(PIECES),
            prop::sample::select(&[" ", "", " ", ", ", "\u{a0}"][..]),
        ),
        0..16,
    )
    .prop_map(|parts| parts.into_iter().map(|(a, b)| format!("{a}{b}")).collect())
}

/// `short_sentence` as bp40 wrote it: every word split on Unicode white space and read from
/// its first run of ASCII letters and digits.
fn reference_short_sentence(s: &str) -> bool {
    const READER: &[&str] = &["you", "your", "yours", "our", "ours", "here"];
    const ROLE: &[&str] = &[
        "reporter",
        "correspondent",
        "journalist",
        "columnist",
        "editor",
        "writer",
        "contributor",
        "freelance",
    ];
    let s = s.trim();
    let body = s.trim_end_matches(['"', '\'', '”', '’', ')', ']']);
    if !(body.ends_with('.') || body.ends_with('!')) || body.ends_with("..") {
        return false;
    }
    let (mut is, mut role) = (false, false);
    for w in s.split_whitespace() {
        let bytes = w.as_bytes();
        let start = bytes
            .iter()
            .position(u8::is_ascii_alphanumeric)
            .unwrap_or(bytes.len());
        let run = &bytes[start..];
        let len = run
            .iter()
            .position(|b| !b.is_ascii_alphanumeric())
            .unwrap_or(run.len());
        if len > 12 {
            continue;
        }
        let word = run[..len].to_ascii_lowercase();
        if READER.iter().any(|r| r.as_bytes() == word) {
            return false;
        } else if word == b"is" || word == b"joined" {
            is = true;
        } else if ROLE.iter().any(|r| r.as_bytes() == word) {
            role = true;
        }
    }
    !(is && role)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn short_sentences_match_reference(line in line_strategy(), stop in 0..3usize) {
        let line = match stop {
            0 => format!("{line}."),
            1 => format!("{line}!\""),
            _ => line,
        };
        prop_assert_eq!(short_sentence(&line), reference_short_sentence(&line), "{:?}", line);
    }

    #[test]
    fn datelines_match_the_full_reading(line in line_strategy()) {
        prop_assert_eq!(dateline_opening(&line), dateline_opening_read(&line), "{:?}", line);
    }
}

#[test]
fn the_listed_words_still_count() {
    assert!(!short_sentence("Thank you for reading."));
    assert!(!short_sentence("“You’ve read 3 of 5 free articles."));
    assert!(!short_sentence("Ann Lee is a reporter for the Courier."));
    assert!(short_sentence("Islanders said they were not consulted."));
    assert!(dateline_opening(
        "PINE HOLLOW — The county will close the bridge on Monday for repairs."
    ));
    assert!(dateline_opening(
        "New Delhi, Mar 5 (PTI) The monsoon reached the coast early this year."
    ));
    assert!(!dateline_opening(
        "The council said on Monday that the bridge would close for repairs."
    ));
}
