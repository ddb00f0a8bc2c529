//! The scan asks the date grammar first at a digit run before a clause's mark, or before a unit
//! of time and that mark (`date_first::date_first`), and no figure grammar when a date is read
//! there. Here, wherever the gate holds and a date is read, the figure grammars are asked too
//! and must read nothing, or a figure that is neither an amount nor a percentage and ends
//! where the date ends or before (so the scan would have kept the date): numbers of several
//! shapes, every unit of time of the lexicon (three cases) and none, the three marks glued and
//! apart, after and before every lexicon word and every literal of the grammars' source.

use super::start_gate_tests::{followers, literals_and_plurals};
use super::*;
use crate::statistics::tokens::{tokenize, Words};

/// How many gated tokens of `text` read a date; where a figure would have beaten it, a line in
/// `failed`.
fn check(text: &str, failed: &mut Vec<String>) -> usize {
    let mut toks = Vec::new();
    let mut words = Words::default();
    tokenize(text, &mut toks, &mut words);
    let cx = Cx::new(text, &toks, &words);
    let mut asked = 0;
    for i in 0..toks.len() {
        if !date_first::date_first(&cx, i) {
            continue;
        }
        let Some(d) = date_at(&cx, i) else {
            continue;
        };
        asked += 1;
        if let Some(f) = figure_at(&cx, i) {
            if f.end() > d.end || matches!(f.kind.as_str(), "PERCENT" | "MONEY") {
                failed.push(format!(
                    "{text:?}: at {:?} the date ends at token {}, but a figure {} reads to {}",
                    cx.s(i),
                    d.end,
                    f.kind.as_str(),
                    f.end()
                ));
            }
        }
    }
    asked
}

/// The units of time of the lexicon, in three cases, and none.
fn units() -> Vec<String> {
    let mut out = vec![String::new()];
    for u in lexicon::table()
        .words()
        .filter(|w| lexicon::lookup(w).is_some_and(|e| e.time_unit.is_some()))
    {
        let mut c = u.chars();
        let title: String = c
            .next()
            .map_or(String::new(), |f| f.to_uppercase().chain(c).collect());
        out.extend([u.to_string(), title, u.to_uppercase()]);
    }
    out
}

#[test]
fn dates_before_a_mark_beat_every_figure() {
    let units = units();
    assert!(units.len() > 60, "only {} units", units.len());
    let mut words = followers();
    words.extend(literals_and_plurals());
    for w in [
        "$", "£", "€", "US$", "Rs", "per", "a", "-", "%", "percent", "old", "”", "\"",
    ] {
        words.push(w.to_string());
    }
    let numbers = [
        "2023", "5", "10", "1,000", "12.5", "1990", "31", "2", "100", "1", "24", "2019", "8",
        "1.5", "300",
    ];
    let marks = [",", ".", ";"];
    let mut asked = 0;
    let mut failed = Vec::new();
    let failed = &mut failed;
    for (k, w) in words.iter().enumerate() {
        let n = numbers[k % numbers.len()];
        let m = marks[k % marks.len()];
        let u = &units[k % units.len()];
        let unit = if u.is_empty() {
            String::new()
        } else {
            format!(" {u}")
        };
        let space = [" ", ""][k / 3 % 2];
        let glue = [" ", ""][k / 7 % 2];
        // The word after the mark, and before the number.
        asked += check(
            &format!("in {n}{unit}{space}{m}{glue}{w} 5 per cent"),
            failed,
        );
        asked += check(&format!("{w} {n}{unit}{space}{m} 5"), failed);
        asked += check(&format!("{w} {n}{space}{m}{glue}{w}"), failed);
        asked += check(&format!("another {n}{unit}{m}” {w} $5"), failed);
    }
    // Every unit after every number, before every mark.
    for u in &units {
        for n in numbers {
            for m in marks {
                asked += check(&format!("for {n} {u}{m} US$ 5"), failed);
                asked += check(&format!("{n}{u} {m}$5"), failed);
            }
        }
    }
    assert!(
        failed.is_empty(),
        "{} failed: {:#?}",
        failed.len(),
        &failed[..failed.len().min(40)]
    );
    assert!(asked > 20_000, "only {asked} asked");
}

/// What the gate keeps: the dates it reads first, and figures where no date is read.
#[test]
fn dates_before_a_mark_still_read() {
    for (text, want) in [
        ("The plan, first proposed in 2023, would cut costs.", "2023"),
        ("We cannot wait another 10 months,” she said.", "10 months"),
        ("A decision is due within 6 weeks. Talks go on.", "6 weeks"),
        ("It rose to 5, then fell.", "5"),
        ("It ended 1,000.", "1,000"),
    ] {
        let got: Vec<&str> = figures_for(text, None)
            .iter()
            .map(|f| &text[f.span()])
            .collect();
        assert!(got.contains(&want), "{text}: {got:?}");
    }
}
