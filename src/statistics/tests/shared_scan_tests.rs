//! The scan shared between two threads (`shared_scan`) finds what one thread's scan finds: a
//! window's scan cut into pieces of many sizes, any of them scanned apart from the front (as
//! the other thread does) and taken in, against the scan in one go; and the layer's windows
//! at many sizes with a helper thread on the board, against the same windows alone. The texts
//! are made up here (figures, dates and jumps of every length across the pieces' bounds) and
//! the news-figures fixtures.

use super::cursor::Cx;
use super::shared_scan::scan_as_if_helped;
use super::windows::annotate;
use super::{scan, token_room, tokens, Locale};
use crate::entities::news_text as news;
use crate::sharing::Sharing;

const FIXTURES: [&str; 4] = [
    include_str!("../../../tests/fixtures/news-figures.txt"),
    include_str!("../../../tests/fixtures/news-figures-38.txt"),
    include_str!("../../../tests/fixtures/news-figures-39.txt"),
    include_str!("../../../tests/fixtures/news-figures-40.txt"),
];

/// Made-up text whose figures run over many tokens (ranges, dates with times, phone numbers,
/// verses, web addresses, rates), so that pieces' bounds fall inside them.
fn long_figures(n: usize) -> String {
    let mut out = String::from("LONDON, 4 March 2025 — ");
    for k in 0..n {
        let a = 3 + k % 40;
        out.push_str(&format!(
            "From 9:30am on Monday, {a} March 2024 to 5pm on Friday, {} April, prices rose \
             between {a} and {} per cent to $1.{a} billion a year. ",
            1 + k % 28,
            a + 7
        ));
        out.push_str(&format!(
            "Call 020 7946 0{a:03} or see John 3:{a} and http://t.co/x{a}/2010/09/{k}; it ran \
             {a} km/h, 4-{a}, 1,{a:03},000 people, {a}m² at £{a}.50 per square metre. "
        ));
        if k % 5 == 0 {
            out.push_str("\n\n");
        }
    }
    out
}

fn texts() -> Vec<(&'static str, String)> {
    vec![
        ("news", news::news(40_000)),
        ("long figures", long_figures(120)),
        ("percentages", "5%, ".repeat(6_000)),
        ("digits", (1..5_000).map(|k| format!("{k},")).collect()),
        ("fixtures", FIXTURES.concat()),
    ]
}

#[test]
fn pieces_taken_in_read_what_one_scan_reads() {
    for (name, text) in texts() {
        let mut toks = Vec::with_capacity(token_room(text.len()));
        let mut words = tokens::Words::default();
        tokens::tokenize(&text, &mut toks, &mut words);
        let cx = Cx::new(&text, &toks, &words);
        let n = cx.len();
        for (from, cut) in [
            (0, n),
            (n / 3, 2 * n / 3),
            (7, n.saturating_sub(100)),
            (n / 2, 0),
        ] {
            let mut one = Vec::new();
            let alone = scan(&cx, from, cut, &mut one, (0, text.len()));
            let alone_dates = format!("{:?}", alone.dates);
            for piece_tokens in [1, 2, 3, 5, 16, 100, 2048] {
                for pattern in 0..4 {
                    let helped = |k: usize| match pattern {
                        0 => false,
                        1 => true,
                        2 => k % 2 == 1,
                        _ => k >= 3,
                    };
                    let mut out = Vec::new();
                    let shared = scan_as_if_helped(&cx, from, cut, &mut out, piece_tokens, helped);
                    let case =
                        format!("{name}, {from}..{cut}, pieces of {piece_tokens}, {pattern}");
                    assert_eq!(one.len(), out.len(), "{case}: how many");
                    for (k, (a, b)) in one.iter().zip(&out).enumerate() {
                        assert_eq!(format!("{a:?}"), format!("{b:?}"), "{case}: figure {k}");
                    }
                    assert_eq!(alone_dates, format!("{:?}", shared.dates), "{case}: dates");
                    assert_eq!(alone.owned_end, shared.owned_end, "{case}: owned");
                    assert_eq!(alone.next_scan, shared.next_scan, "{case}: next scan");
                }
            }
        }
    }
}

#[test]
fn windows_shared_with_a_helper_find_what_one_thread_finds() {
    let locales = [None, Locale::parse("en-AU").ok()];
    for (name, text) in texts() {
        for (window, locale) in [
            (1024, locales[0]),
            (4096, locales[1]),
            (30_000, locales[0]),
            (usize::MAX, locales[1]),
        ] {
            let alone = annotate(&text, locale, window, None);
            let sharing = Sharing::new(false);
            let shared = std::thread::scope(|scope| {
                let helper = scope.spawn(|| sharing.help_until_closed());
                let figures = {
                    let _closing = sharing.closing();
                    annotate(&text, locale, window, Some(&sharing))
                };
                assert!(helper.join().is_ok(), "{name}: the helper panicked");
                figures
            });
            assert!(!alone.is_empty(), "{name}: no figures");
            assert_eq!(
                alone.len(),
                shared.len(),
                "{name}, window {window}: how many"
            );
            for (k, (a, b)) in alone.iter().zip(&shared).enumerate() {
                assert_eq!(a, b, "{name}, window {window}: figure {k}");
            }
        }
    }
}
