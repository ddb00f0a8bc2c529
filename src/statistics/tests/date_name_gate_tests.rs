//! The scan asks no figure grammar at a month's or weekday's name with no other role
//! (`starts::date_name_only`): here `factors::parse` and `measures::parse` are asked at every
//! such word of the lexicon, in three cases, before every lexicon word, every literal of the
//! grammars' source (with and without an "s"), numbers and marks, glued and apart, after words
//! that lead into a figure, and must read nothing.

use super::start_gate_tests::{followers, literals_and_plurals};
use super::*;
use crate::statistics::tokens::{tokenize, Words};

/// How many gated tokens of `text` were asked; panics where a figure grammar reads one.
fn check(text: &str) -> usize {
    let mut toks = Vec::new();
    let mut words = Words::default();
    tokenize(text, &mut toks, &mut words);
    let cx = Cx::new(text, &toks, &words);
    let mut asked = 0;
    for i in 0..toks.len() {
        if !date_name_only(&cx, i) {
            continue;
        }
        asked += 1;
        let figure = factors::parse(&cx, i).or_else(|| measures::parse(&cx, i));
        assert!(
            figure.is_none(),
            "{text:?}: {:?} gated, but a figure grammar reads {:?}",
            cx.s(i),
            figure.map(|f| f.kind)
        );
    }
    asked
}

/// The months' and weekdays' names of the lexicon, and the words that lead into a date.
fn date_names() -> Vec<String> {
    let mut out: Vec<String> = lexicon::table()
        .words()
        .filter(|w| lexicon::lookup(w).is_some_and(|e| e.month.is_some() || e.weekday.is_some()))
        .map(str::to_string)
        .collect();
    out.extend(starts::DATE_LEADS.iter().map(|w| w.to_string()));
    out.sort_unstable();
    out
}

#[test]
fn date_names_open_no_figure() {
    let names = date_names();
    assert!(names.len() > 30, "only {} names", names.len());
    let mut after = followers();
    after.extend(literals_and_plurals());
    let mut asked = 0;
    for w in &names {
        let cases = [
            w.clone(),
            format!("{}{}", w[..1].to_uppercase(), &w[1..]),
            w.to_uppercase(),
        ];
        for (k, a) in after.iter().enumerate() {
            let name = &cases[k % 3];
            let before = ["", "a ", "by ", "the ", "-", "$", "5 "][k % 7];
            asked += check(&format!("{before}{name} {a} 5"));
            asked += check(&format!("{name}{a} 5"));
        }
    }
    assert!(asked > 100_000, "only {asked} asked");
}

/// What the gate keeps: a month's or weekday's name is still read as a date, and a word that is
/// a month and something else is not gated.
#[test]
fn date_names_still_read_as_dates() {
    for (text, date) in [
        ("They met on Tuesday.", "Tuesday"),
        ("It opens in April 2028.", "April 2028"),
        ("It closed on 3 May.", "3 May"),
    ] {
        let got: Vec<&str> = figures_for(text, None)
            .iter()
            .map(|f| &text[f.span()])
            .collect();
        assert!(got.contains(&date), "{text}: {got:?}");
    }
}
