//! The scan's gates that turn a starter word away before the grammars (`starts::opens_nothing`)
//! against the grammars themselves: wherever a gate turns a token away, the figure grammars and
//! the date grammar find nothing there. Run on every word of the lexicon and on other words,
//! numbers and marks after the gated word, with a few words before it and after.

use super::*;
use crate::statistics::tokens::{tokenize, Words};

/// (tokens turned away, of which the grammars would read something): checks every token of
/// `text` that the gate turns away.
fn check(text: &str, turned_away: &mut usize) {
    let mut toks = Vec::new();
    let mut words = Words::default();
    tokenize(text, &mut toks, &mut words);
    let cx = Cx::new(text, &toks, &words);
    for i in 0..toks.len() {
        if !(can_start(&cx, i) && opens_nothing(&cx, i)) {
            continue;
        }
        *turned_away += 1;
        let figure = factors::parse(&cx, i).or_else(|| measures::parse(&cx, i));
        let date = dates::parse(&cx, i);
        assert!(
            figure.is_none() && date.is_none(),
            "{text:?}: token {i} ({:?}) turned away, but the grammars read {:?} / {:?}",
            cx.s(i),
            figure.map(|f| f.kind),
            date.map(|d| cx.s(d.end.saturating_sub(1)).to_string())
        );
    }
}

/// The words to try after the gated one: the lexicon's, other words, numbers and marks.
pub(super) fn followers() -> Vec<String> {
    let mut out: Vec<String> = lexicon::table().words().map(str::to_string).collect();
    out.sort_unstable();
    let others = [
        "Leeds",
        "order",
        "market",
        "the",
        "The",
        "THE",
        "its",
        "2019",
        "5",
        "1.5",
        "$",
        "£",
        "¥",
        "€",
        "-",
        ".",
        ",",
        "(",
        "US",
        "USD",
        "usd",
        "Rs",
        "MYR",
        "RM",
        "dollars",
        "rupees",
        "ringgit",
        "malaysian",
        "twentyfive",
        "seventythird",
        "minus",
        "about",
        "roughly",
        "approximately",
        "Morning",
        "NIGHT",
        "nighttime",
        "mornings",
        "½",
        "",
        "x",
        "aged",
        "percent",
        "per",
        "cent",
    ];
    out.extend(others.iter().map(|w| w.to_string()));
    out
}

#[test]
fn in_turned_away_only_where_no_grammar_reads() {
    let mut turned_away = 0;
    let after = [
        "",
        " 5",
        " 2019",
        " morning",
        " the morning",
        " hours",
        " dollars 5",
        " of a day",
        " a day",
        " minutes",
        " $5",
        " - 5",
        " .",
        " km",
        " 3 pm",
    ];
    for w in followers() {
        for a in after {
            for before in ["", "rose ", "by 5% ", "from 2010 "] {
                for first in ["in", "In", "IN"] {
                    check(&format!("{before}{first} {w}{a}"), &mut turned_away);
                }
            }
        }
    }
    // Most words of the lexicon and the prose words are turned away after "in".
    assert!(turned_away > 20_000, "only {turned_away} turned away");
}

#[test]
fn in_before_digits_and_a_stop_turned_away_only_where_no_grammar_reads() {
    let mut turned_away = 0;
    let mut after: Vec<String> = followers().into_iter().step_by(2).collect();
    after.extend(
        [
            "years",
            "year",
            "days",
            "and",
            "or",
            "to",
            "5",
            "2005",
            "a half years",
            "000",
            "5 years",
            "years later",
            "in 2006",
        ]
        .iter()
        .map(|w| w.to_string()),
    );
    let numbers = ["5", "2004", "12", "100", "1990", "3"];
    for (k, w) in after.iter().enumerate() {
        let n = numbers[k % numbers.len()];
        for mark in [",", ".", ";", ")", "!", "?", "-", "/", ":", "%"] {
            for first in ["in", "In"] {
                check(&format!("rose {first} {n}{mark} {w}"), &mut turned_away);
                check(&format!("{first} {n}{mark}{w} 5"), &mut turned_away);
            }
        }
    }
    assert!(turned_away > 15_000, "only {turned_away} turned away");
}

/// The words the lexicon knows only as a holiday's first word.
fn holiday_only_words() -> Vec<&'static str> {
    let mut out: Vec<&str> = lexicon::table()
        .words()
        .filter(|w| lexicon::lookup(w).is_some_and(starts::holiday_only))
        .collect();
    out.sort_unstable();
    out
}

/// The string literals of `code`: what stands between two double quotes, leaving out those
/// with an escape.
fn string_literals(code: &str) -> impl Iterator<Item = &str> {
    code.split('"')
        .enumerate()
        .filter(|(n, part)| n % 2 == 1 && !part.contains('\\'))
        .map(|(_, part)| part)
}

/// The string literals under 30 bytes of the named files under `src/statistics`, as written, in
/// the files' order; a file not read fails the test.
pub(in crate::statistics) fn file_literals(files: &[&str]) -> Vec<String> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/statistics");
    let mut out = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(root.join(f)).unwrap_or_default();
        assert!(!text.is_empty(), "{f} not read");
        out.extend(
            string_literals(&text)
                .filter(|l| l.len() < 30)
                .map(str::to_string),
        );
    }
    out
}

/// The grammars' literals under 30 bytes, sorted and once each: first each with an "s", then
/// each as written (words a figure may be followed by).
pub(super) fn literals_and_plurals() -> Vec<String> {
    let mut literals: Vec<String> = grammar_literals()
        .into_iter()
        .filter(|l| !l.is_empty() && l.len() < 30)
        .collect();
    literals.sort_unstable();
    literals.dedup();
    let mut out: Vec<String> = literals.iter().map(|l| format!("{l}s")).collect();
    out.extend(literals);
    out
}

/// The string literals of the grammars' source (not their tests, nor the lexicon's lists and
/// the holiday lists that give words their roles), in lower case.
pub(super) fn grammar_literals() -> Vec<String> {
    fn walk(dir: &std::path::Path, out: &mut Vec<String>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries.flatten() {
            let path = e.path();
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if path.is_dir() {
                // The layer's tests (`tests/`, a test module's own folder) are no grammar.
                if name != "tests" && !name.ends_with("_tests") {
                    walk(&path, out);
                }
                continue;
            }
            // The holidays' matchers (`dates/holidays/`) hold the hand-written names.
            let in_holidays = path
                .parent()
                .and_then(|p| p.file_name())
                .is_some_and(|d| d == "holidays");
            let skipped = name.ends_with("tests.rs")
                || in_holidays
                || matches!(
                    name,
                    "lists.rs" | "holiday_seconds.rs" | "holiday_names.rs" | "holiday_spellings.rs"
                );
            if !name.ends_with(".rs") || skipped {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            // A test module at the foot of a file is no grammar, nor are comments.
            let code: String = text
                .split("#[cfg(test)]\nmod tests")
                .next()
                .unwrap_or("")
                .lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .map(|l| l.split(" // ").next().unwrap_or(""))
                .collect::<Vec<_>>()
                .join("\n");
            out.extend(string_literals(&code).map(str::to_lowercase));
        }
    }
    let mut out = Vec::new();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/statistics");
    walk(&root, &mut out);
    assert!(out.len() > 1000, "read only {} literals", out.len());
    out
}

#[test]
fn no_grammar_names_a_holiday_only_word() {
    let words = holiday_only_words();
    assert!(words.len() > 50, "only {} words", words.len());
    let literals: std::collections::HashSet<String> = grammar_literals().into_iter().collect();
    let named: Vec<&&str> = words
        .iter()
        .filter(|w| literals.contains(**w) && !starts::NAMED_HOLIDAY_WORDS.contains(w))
        .collect();
    assert!(named.is_empty(), "named by a grammar: {named:?}");
}

#[test]
fn holiday_words_turned_away_only_where_no_grammar_reads() {
    let mut turned_away = 0;
    let mut after: Vec<String> = followers().into_iter().step_by(3).collect();
    after.extend(
        [
            "Year", "years", "zealand", "dollars", "rights", "day", "Day", "'s", "st", "1.5",
        ]
        .iter()
        .map(|w| w.to_string()),
    );
    for w in holiday_only_words() {
        // These are read by other grammars, and never turned away.
        if starts::NAMED_HOLIDAY_WORDS.contains(&w) {
            continue;
        }
        let capital = format!("{}{}", w[..1].to_uppercase(), &w[1..]);
        for a in &after {
            for tail in ["", " 5", " day"] {
                check(&format!("{w} {a}{tail}"), &mut turned_away);
                check(&format!("by {capital} {a}{tail}"), &mut turned_away);
            }
        }
    }
    assert!(turned_away > 50_000, "only {turned_away} turned away");
}

#[test]
fn articles_turned_away_only_where_no_grammar_reads() {
    let mut turned_away = 0;
    let mut after = followers();
    // Every word the grammars name, with and without an "s".
    after.extend(literals_and_plurals());
    after.extend(
        [
            "decision", "Attempt", "while", "lot", "bit", "kms", "bucks", "quid", "fivers",
        ]
        .iter()
        .map(|w| w.to_string()),
    );
    for w in &after {
        for tail in ["", " 5", " of a day", " ago", " later", " dollars"] {
            for first in ["a", "an", "A", "An"] {
                check(&format!("{first} {w}{tail}"), &mut turned_away);
                check(&format!("rose by {first} {w}{tail}"), &mut turned_away);
            }
        }
    }
    assert!(turned_away > 10_000, "only {turned_away} turned away");
}
