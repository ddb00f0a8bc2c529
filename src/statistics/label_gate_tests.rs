//! The shortcut of `is_reference_number` after a lower-case word, against every label test:
//! at every digit run of generated and hand-made texts both answer the same. The words before
//! the number are lower-case words of each label list and others; the rest of the text reaches
//! the tests the shortcut keeps (a letter glued on, a dialled or emergency number, a list item,
//! chat's "4ever").

use super::*;
use crate::statistics::gate_check::each_digit_run;
use crate::statistics::tokens::{tokenize, Kind, Words};

/// What comes before the number (the last word, when it is one, decides the shortcut).
const BEFORE: &[&str] = &[
    "",
    "the ",
    "page ",
    "pages ",
    "p ",
    "flight ",
    "room ",
    "version ",
    "model ",
    "call ",
    "called ",
    "dial ",
    "ring ",
    "rang ",
    "or ",
    "call 111 or ",
    "and ",
    "about ",
    "iphone ",
    "iPhone ",
    "Flight ",
    "Windows ",
    "Step ",
    "step ",
    "wave ",
    "USB ",
    "FTSE ",
    "the FTSE ",
    "Wi-Fi ",
    "Boeing ",
    "No. ",
    "no. ",
    "p. ",
    "F-",
    "f-",
    "mid-",
    "[",
    "(",
    "eating (",
    "x",
    "abc",
    "ABC",
    "\n",
    "no ",
    "naïve ",
    "ärzte ",
    "José ",
    "said ",
    "in ",
    "A350-",
    "About ",
    "In ",
    "Type ",
    "Year ",
    "Class ",
    "Version ",
    "Pages ",
    "McLaren ",
    "Since ",
];

/// The numbers.
const DIGITS: &[&str] = &[
    "3", "12", "111", "911", "999", "112", "2019", "737", "1", "6", "4",
];

/// What comes after the number.
const AFTER: &[&str] = &[
    "",
    " people",
    " calls",
    " operator",
    " now",
    " or 999",
    " witnesses",
    "A",
    "A schools",
    "-4A",
    "K",
    ".",
    ". Then",
    ") Name",
    ".1 ports",
    ".0",
    ", 3]",
    "]",
    ").",
    "),",
    " Max",
    " in",
    " index",
    "-9 Dreamliner",
    " and",
    ":",
    " Plus",
    "s",
    " (N225)",
    "ever",
    "nite",
    "mos",
    "pm",
];

/// Every digit run of `text`: the first whose answers differ, or (runs, runs labelled).
fn compare(text: &str) -> Result<(usize, usize), String> {
    each_digit_run(text, |cx, i| {
        let full = reference_number(cx, i, false);
        if reference_number(cx, i, true) == full {
            Ok(full)
        } else {
            Err(format!("full {full}"))
        }
    })
}

#[test]
fn the_shortcut_answers_as_every_test_does() {
    let mut runs = 0;
    let mut labelled = 0;
    for before in BEFORE {
        for digits in DIGITS {
            for after in AFTER {
                for lead in ["", "Then ", "1.\n", "It is. ", "Go: "] {
                    let text = format!("{lead}{before}{digits}{after} later.");
                    let (r, l) = compare(&text).unwrap_or_else(|e| panic!("{e}"));
                    runs += r;
                    labelled += l;
                }
            }
        }
    }
    assert!(runs > 40_000, "{runs} runs compared");
    assert!(
        labelled > 5_000,
        "{labelled} labels: the texts reach the label tests"
    );
}

/// After a lower-case word each test the shortcut keeps still answers: a label word, a letter
/// glued on, a dialled number, an emergency line, a list item, a "4" glued to a chat word.
#[test]
fn the_shortcut_keeps_the_tests_a_lower_case_word_allows() {
    for (text, at) in [
        ("see page 12 now", 2),
        ("the 6A schools", 1),
        ("please call 999 now", 2),
        ("call 111 or 999 now", 3),
        ("the 911 calls", 1),
        ("intro\n2. The", 1),
        ("love this song 4ever", 3),
    ] {
        let mut toks = Vec::new();
        let mut words = Words::default();
        tokenize(text, &mut toks, &mut words);
        let cx = Cx::new(text, &toks, &words);
        assert!(is_reference_number(&cx, at), "{text}");
        assert_eq!(
            compare(text).map(|(runs, _)| runs),
            Ok(toks.iter().filter(|t| t.kind() == Kind::Digits).count())
        );
    }
}

/// `label_word`'s match on the lower case answers as the list compared word by word
/// (`Cx::is_any`, ASCII case ignored) did, at every token of the words in any case, glued to
/// marks, with letters beyond ASCII and digits, and at look-alikes.
#[test]
fn the_label_words_match_as_the_list_compared_did() {
    const LIST: &[&str] = &[
        "page",
        "pages",
        "p",
        "pp",
        "chapter",
        "section",
        "paragraph",
        "footnote",
        "article",
        "clause",
        "flight",
        "route",
        "platform",
        "room",
        "#",
        "ref",
        "studio",
        "gate",
        "terminal",
        "highway",
        "interstate",
        "episode",
        "volume",
        "vol",
        "version",
        "model",
        "tier",
        "phase",
        "level",
        "category",
        "psalm",
        "ward",
        "exhibit",
        "figure",
        "fig",
        "table",
        "item",
        "lane",
        "pier",
        "block",
        "row",
        "seat",
        "channel",
        "radio",
        "junction",
        "junctions",
        "platforms",
        "gates",
        "sections",
        "chapters",
        "articles",
        "clauses",
        "rooms",
        "routes",
        "episodes",
        "volumes",
        "categories",
        "phases",
        "wards",
        "lanes",
        "seats",
        "levels",
        "rows",
        "blocks",
        "items",
        "grade",
        "grades",
    ];
    let mut words: Vec<String> = Vec::new();
    for w in LIST {
        let mut upper_first = w.to_string();
        upper_first[..1].make_ascii_uppercase();
        words.extend([
            w.to_string(),
            w.to_ascii_uppercase(),
            upper_first,
            format!("{w}s"),
            format!("x{w}"),
            format!("{w}\u{212a}"),
            format!("{w}é"),
        ]);
    }
    words.extend(
        [
            "",
            "12",
            "naïve",
            "iPhone",
            "pagE",
            "Pågé",
            "##",
            "p.",
            "blocK",
            "bloc\u{212a}",
        ]
        .map(String::from),
    );
    let mut compared = 0;
    for w in &words {
        let text = format!("the {w} 12 ({w}) {w}-3 #{w} later.");
        let mut toks = Vec::new();
        let mut index = Words::default();
        tokenize(&text, &mut toks, &mut index);
        let cx = Cx::new(&text, &toks, &index);
        for k in 0..toks.len() + 2 {
            let camel = cx.is_word(k) && {
                let s = cx.s(k).as_bytes();
                s.first().is_some_and(u8::is_ascii_lowercase)
                    && s.iter().any(u8::is_ascii_uppercase)
            };
            assert_eq!(
                label_word(&cx, k),
                cx.is_any(k, LIST) || camel,
                "{text} at {k}"
            );
            compared += 1;
        }
    }
    assert!(compared > 3_000, "{compared} tokens compared");
}
