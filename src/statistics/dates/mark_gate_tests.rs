//! The mark gate of [`atom`] (`numbers::mark_may_open_number`) against the reading it guards:
//! at every mark of generated texts, the gated atom reads what `duration` and its anchor read,
//! and where the gate says no number opens, none does (in any context).

use super::*;
use crate::statistics::tokens::{tokenize, Words};

/// The marks, ASCII and beyond.
const MARKS: &[&str] = &[
    ".", ",", ";", ":", ")", "(", "-", "−", "–", "—", "½", "¼", "¾", "⅓", "⅔", "⅛", "⅕", "$", "£",
    "%", "/", "'", "\"", "“", "”", "!", "?", "&", "+", "#", "@", "*", "~", "[", "…",
];

/// What follows the mark, glued on or after a space.
const AFTER: &[&str] = &[
    "5",
    "5 days",
    "5 hours ago",
    ".5 hours",
    "5.5 weeks",
    "hour",
    "hours ago",
    "days later",
    "of an hour",
    "of a day",
    "-5 days",
    "2 weeks from now",
    "a week",
    "half an hour",
    "2019",
    "10 years ago",
    "",
    "the",
    "March",
    "1/2 hours",
    "5m 30s",
    "1 year 2 months",
];

/// What comes before the mark.
const BEFORE: &[&str] = &["", "last year", "3 May", "in ", "Tuesday", "5", "about "];

fn texts() -> Vec<String> {
    let mut out = Vec::new();
    for before in BEFORE {
        for mark in MARKS {
            for after in AFTER {
                for (j1, j2) in [("", ""), ("", " "), (" ", ""), (" ", " ")] {
                    out.push(format!("{before}{j1}{mark}{j2}{after} later"));
                }
            }
        }
    }
    out
}

/// Calls `each` at every mark of `text`.
fn each_mark(text: &str, mut each: impl FnMut(&Cx, usize)) {
    let mut toks = Vec::new();
    let mut words = Words::default();
    tokenize(text, &mut toks, &mut words);
    let cx = Cx::new(text, &toks, &words);
    for i in 0..toks.len() {
        if cx.kind(i) == Some(Kind::Punct) {
            each(&cx, i);
        }
    }
}

#[test]
fn a_mark_opens_a_number_only_where_the_gate_says() {
    let (mut marks, mut read) = (0, 0);
    for text in texts() {
        each_mark(&text, |cx, i| {
            let full = duration(cx, i).map(|d| duration_anchor(cx, d));
            assert_eq!(
                format!("{:?}", atom(cx, i)),
                format!("{full:?}"),
                "{text:?} at token {i}"
            );
            if !numbers::mark_may_open_number(cx, i) {
                for ctx in [Context::Plain, Context::Money] {
                    assert!(
                        numbers::parse(cx, i, ctx).is_none(),
                        "{text:?} at token {i}: a number the gate turns away"
                    );
                }
            }
            marks += 1;
            read += usize::from(full.is_some());
        });
    }
    // Marks that open a length and marks that open nothing both occur.
    assert!(read > 500 && read < marks / 4, "{read} of {marks}");
}

/// The gate cut too tight in each of its three ways: a text tells each from the reading (a
/// minus opens a number but never a length, which is never negative).
#[test]
fn a_mark_gate_cut_too_tight_is_caught() {
    type Cut = (&'static str, fn(&Cx, usize) -> bool);
    let cuts: &[Cut] = &[
        ("no minus", |cx, i| {
            cx.punct(i) != Some(b'-') && numbers::mark_may_open_number(cx, i)
        }),
        ("no decimal point", |cx, i| {
            cx.punct(i) != Some(b'.') && numbers::mark_may_open_number(cx, i)
        }),
        ("no mark beyond ASCII", |cx, i| {
            cx.punct(i).is_some() && numbers::mark_may_open_number(cx, i)
        }),
    ];
    let texts = texts();
    for (name, cut) in cuts {
        let mut caught = false;
        for text in &texts {
            each_mark(text, |cx, i| {
                caught |= !cut(cx, i)
                    && (duration(cx, i).is_some()
                        || numbers::parse(cx, i, Context::Plain).is_some());
            });
        }
        assert!(
            caught,
            "{name}: no text tells the cut gate from the reading"
        );
    }
}
