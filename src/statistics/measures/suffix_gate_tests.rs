//! The first-byte gates in front of the suffix grammars (`percent_may_follow`,
//! `temperature_may_follow`, `score_may_follow`): wherever one closes, its grammar reads nothing. Numbers of every
//! shape before every lexicon word and every literal of the figure grammars' sources (as
//! written, in lower and upper case, with an "s"), marks and signs beyond ASCII, glued and
//! apart, after words that make a temperature ("temperatures of").

use super::{
    money_may_follow, money_suffix, percent_may_follow, percent_suffix, score, score_may_follow,
    temperature_may_follow, temperature_suffix, unit_of_time_only,
};
use crate::statistics::cursor::Cx;
use crate::statistics::lexicon;
use crate::statistics::numbers::{self, Context};
use crate::statistics::tests::start_gate_tests::file_literals;
use crate::statistics::tokens::{tokenize, Words};

/// The string literals of the figure grammars' sources.
fn literals() -> Vec<String> {
    file_literals(&[
        "measures/percent.rs",
        "measures/temperature.rs",
        "measures/mod.rs",
        "units.rs",
    ])
}

/// How many closed gates of `text` were checked; panics where a grammar reads behind one.
fn check(text: &str) -> usize {
    let mut toks = Vec::new();
    let mut words = Words::default();
    tokenize(text, &mut toks, &mut words);
    let cx = Cx::new(text, &toks, &words);
    let mut closed = 0;
    for i in 0..toks.len() {
        let Some(n) = numbers::parse(&cx, i, Context::Plain) else {
            continue;
        };
        let j = n.end;
        if score::may_open(&n) && !score_may_follow(&cx, j) {
            closed += 1;
            let f = score::parse(&cx, &n)
                .or_else(|| score::results_pair(&cx, &n))
                .or_else(|| score::vote_tally(&cx, &n))
                .or_else(|| score::runs_for_wickets(&cx, &n));
            assert!(f.is_none(), "{text:?}: a score at {:?}", cx.s(j));
        }
        if unit_of_time_only(&cx, j) {
            closed += 1;
            let f = money_suffix(&cx, &n, j).map(|f| f.kind);
            assert!(f.is_none(), "{text:?}: money at {:?}", cx.s(j));
            let f = crate::statistics::quantities::unit_suffix(&cx, &n, j).map(|f| f.kind);
            assert!(f.is_none(), "{text:?}: a quantity at {:?}", cx.s(j));
        }
        if !money_may_follow(&cx, j) {
            closed += 1;
            let f = money_suffix(&cx, &n, j).map(|f| f.kind);
            assert!(f.is_none(), "{text:?}: money at {:?}", cx.s(j));
        }
        if !percent_may_follow(&cx, j) {
            closed += 1;
            let f = percent_suffix(&cx, &n, j);
            assert!(f.is_none(), "{text:?}: a percentage at {:?}", cx.s(j));
        }
        if !temperature_may_follow(&cx, j) {
            closed += 1;
            let f = temperature_suffix(&cx, &n, j);
            assert!(f.is_none(), "{text:?}: a temperature at {:?}", cx.s(j));
        }
    }
    closed
}

#[test]
fn suffix_gates_close_only_where_nothing_is_read() {
    let mut after: Vec<String> = lexicon::table().words().map(str::to_string).collect();
    for l in literals() {
        after.push(format!("{l}s"));
        after.push(l.to_uppercase());
        after.push(l.to_lowercase());
        after.push(l);
    }
    for w in [
        "%",
        "％",
        "°",
        "º",
        "℃",
        "℉",
        "K",
        "\u{212a}",
        "ºC",
        "degC",
        "pc",
        "bp",
        "BPS",
        "Pct",
        "below zero",
        "percentage points",
        "per cent",
        "basis points",
        "",
    ] {
        after.push(w.to_string());
    }
    // Every ASCII mark, alone and before the words of currencies ("5 .US$", "5 (dollars)").
    for b in (0u8..128).filter(u8::is_ascii_punctuation) {
        let m = char::from(b);
        for tail in [
            "",
            "$",
            "US$",
            "dollars",
            "pounds",
            "pound note",
            "Rs",
            "USD",
            "U.S.",
        ] {
            after.push(format!("{m}{tail}"));
            after.push(format!("{m} {tail}"));
        }
    }
    after.sort_unstable();
    after.dedup();
    let numbers = ["5", "25", "12.5", "-7", "2019", "1,000", "five", "40"];
    let mut closed = 0;
    for (k, w) in after.iter().enumerate() {
        let n = numbers[k % numbers.len()];
        closed += check(&format!("temperatures of {n} {w} zero"));
        closed += check(&format!("It rose {n}{w} in the oven"));
        closed += check(&format!("{n} {w}"));
        // Scores: "Arsenal 2 - 1", "won 3–0", "by 326 votes to 203", "was 180 for 4".
        closed += check(&format!("Arsenal {n} {w} 1 Chelsea"));
        closed += check(&format!("won {n}{w}1 and 180 {w} 4"));
    }
    assert!(closed > 20_000, "only {closed} closed");
}

/// Every unit of time of the lexicon (in three cases) after numbers, before every lexicon
/// word, currency words and marks: no amount or quantity read at it.
#[test]
fn units_of_time_name_no_amount_or_quantity() {
    let units: Vec<&str> = lexicon::table()
        .words()
        .filter(|w| lexicon::lookup(w).is_some_and(|e| e.time_unit.is_some()))
        .collect();
    assert!(units.len() > 20, "only {} units", units.len());
    let mut after: Vec<String> = lexicon::table().words().map(str::to_string).collect();
    after.extend(
        [
            "$", "£", "¥", "€", "-", "dollars", "yuan", "ringgit", "rials", "kr", "Rs", "USD",
            "$5", "sterling", "of", "",
        ]
        .iter()
        .map(|w| w.to_string()),
    );
    let mut closed = 0;
    for u in &units {
        let cases = [
            u.to_string(),
            {
                let mut c = u.chars();
                c.next()
                    .map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
            },
            u.to_uppercase(),
        ];
        for (k, a) in after.iter().enumerate() {
            let unit = &cases[k % 3];
            closed += check(&format!("cost 5 {unit} {a} 5"));
            closed += check(&format!("10{unit}{a}"));
        }
    }
    assert!(closed > 20_000, "only {closed} closed");
}

/// `money_may_follow` at plain words (`names_no_currency`): every key of the currency tables,
/// every lexicon word and every literal of the money grammars' sources, as written, in lower
/// and upper case, capitalised and with an "s", after numbers of every shape, alone, before a
/// currency's word or a code ("5 us dollars", "5 Egyptian pounds"), glued to a sign ("5
/// US$"), before "of" and a money word: wherever the gate closes, `money_suffix` reads
/// nothing (the gated path and the full one agree).
#[test]
fn plain_words_after_numbers_name_no_currency() {
    let mut words: Vec<String> = lexicon::table().words().map(str::to_string).collect();
    words.extend(crate::statistics::currencies::keys_after());
    words.extend(file_literals(&[
        "measures/currency.rs",
        "money/mod.rs",
        "pounds.rs",
        "currencies/mod.rs",
        "units.rs",
    ]));
    let mut after: Vec<String> = Vec::new();
    for w in words.iter().filter(|w| !w.is_empty()) {
        let mut c = w.chars();
        let capital: String = c
            .next()
            .map_or(String::new(), |f| f.to_uppercase().chain(c).collect());
        after.push(format!("{w}s"));
        after.push(w.to_uppercase());
        after.push(w.to_lowercase());
        after.push(capital);
        after.push(w.clone());
    }
    after.sort_unstable();
    after.dedup();
    let numbers = [
        "5",
        "25",
        "12.5",
        "2019",
        "1,000",
        "five",
        "40",
        "3 million",
    ];
    let tails = [
        "",
        " dollars",
        " pounds",
        " USD",
        " yuan",
        "$",
        " $",
        "£",
        "¥",
        ",",
        " zealand dollars",
        " of taxpayers' money",
        " sterling",
    ];
    let mut closed = 0;
    for (k, w) in after.iter().enumerate() {
        let n = numbers[k % numbers.len()];
        let tail = tails[k % tails.len()];
        closed += check(&format!("cost {n} {w}{tail} in all"));
        closed += check(&format!("cost {n} {w}"));
        closed += check(&format!("{n}{w} {w}"));
        closed += check(&format!("a {n}-{w} note"));
    }
    assert!(closed > 20_000, "only {closed} closed");
}
