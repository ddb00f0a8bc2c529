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
fn followers() -> Vec<String> {
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
