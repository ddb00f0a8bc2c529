//! The layer read a window at a time finds what it finds reading the text whole: small windows
//! (cut every few thousand tokens) against one window, on texts whose figures, sentences,
//! shares, changes, amounts in cents, shared currencies and dates run across the cuts.

use super::windows::annotate;
use crate::entities::news_text as news;

/// Made-up sentences of the kinds the passes after the scan read around a figure, joined into
/// one line: each window cut falls inside a paragraph.
fn passes_text(n: usize) -> String {
    let mut out = String::from("KARACHI, Pakistan — Published 3 March 2024. ");
    for k in 0..n {
        let a = 10 + k % 50;
        let b = 100 + k % 90;
        out.push_str(&format!(
            "Of voters, {a}% backed it, {b}% opposed it and 30% of them did not vote. "
        ));
        out.push_str(&format!(
            "The fare rose 50% from £100 to £{b} and doubled from 1,100 to 1,{b}. "
        ));
        out.push_str(&format!(
            "A ticket is Rs {b} or A$3.10, then {a} cents and 42 cents. "
        ));
        out.push_str(&format!(
            "In July, the same month last year, it was {a} miles in metres; next year {b}. "
        ));
        if k % 7 == 0 {
            out.push('\n');
        }
    }
    out
}

#[test]
fn windows_find_what_the_whole_text_finds() {
    let cases = [
        ("news", news::news(120_000)),
        ("passes around figures", passes_text(400)),
        ("one sentence of percentages", "5%, ".repeat(30_000)),
        (
            "dense digits",
            (1..25_000).map(|k| format!("{k},")).collect(),
        ),
        (
            "sparse shares in one long sentence",
            (0..300)
                .map(|k| format!("{}% of voters {}", k % 90 + 1, "and then ".repeat(k % 60)))
                .collect::<String>(),
        ),
    ];
    for (name, text) in cases {
        let whole = annotate(&text, None, usize::MAX, None);
        let windowed = annotate(&text, None, 4096, None);
        assert!(!whole.is_empty(), "{name}: no figures");
        assert_eq!(whole.len(), windowed.len(), "{name}: how many");
        for (k, (a, b)) in whole.iter().zip(&windowed).enumerate() {
            assert_eq!(a, b, "{name}: figure {k}");
        }
    }
}
