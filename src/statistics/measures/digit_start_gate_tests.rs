//! [`super::parse`] asks the grammars that open with a word only where token `i` is no digit
//! run: a vague count ("several", "tens of"; at digits only "100s", "1000s", which the gate
//! lets through), a coin or a currency after an article ("a dime",
//! "a pound"), one unit ("a kilometre", "half a mile"), "percent"/"per cent" before the number,
//! "age"/"aged", and a minus sign before a currency's symbol. Here each is asked at every digit
//! run of many texts (numbers of every shape before every lexicon word and every literal of
//! those grammars' sources, with and without an "s", glued and apart, after words that lead
//! into them) and must read nothing there.

use crate::statistics::cursor::Cx;
use crate::statistics::tests::start_gate_tests::file_literals;
use crate::statistics::tokens::{tokenize, Words};
use crate::statistics::{lexicon, money, quantities, vague};

/// The string literals of the word-led grammars' sources, in lower case.
fn literals() -> Vec<String> {
    let mut out: Vec<String> = file_literals(&[
        "vague.rs",
        "money/article_led.rs",
        "quantities.rs",
        "measures/percent.rs",
        "measures/age.rs",
        "measures/currency.rs",
    ])
    .iter()
    .map(|l| l.to_lowercase())
    .collect();
    out.sort_unstable();
    out.dedup();
    assert!(out.len() > 100, "read only {} literals", out.len());
    out
}

/// How many digit runs of `text` were asked; panics where a gated grammar reads one.
fn check(text: &str) -> usize {
    let mut toks = Vec::new();
    let mut words = Words::default();
    tokenize(text, &mut toks, &mut words);
    let cx = Cx::new(text, &toks, &words);
    let mut asked = 0;
    for i in 0..toks.len() {
        if !cx.is_digits(i) {
            continue;
        }
        asked += 1;
        // "100s", "1000s": the one reading of digits by a vague count, asked by the gate.
        let plural = cx.attached(i + 1) && cx.is(i + 1, "s");
        let read = [
            (
                "vague",
                vague::parse(&cx, i).filter(|_| !plural).map(|f| f.end()),
            ),
            ("a_coin", money::a_coin(&cx, i).map(|f| f.end())),
            ("a_currency", money::a_currency(&cx, i).map(|f| f.end())),
            ("a_slang", money::a_slang(&cx, i).map(|f| f.end())),
            ("one_unit", quantities::one_unit(&cx, i).map(|f| f.end())),
            (
                "percent_prefix",
                super::percent_prefix(&cx, i).map(|f| f.end()),
            ),
            ("age_prefix", super::age_prefix(&cx, i).map(|f| f.end())),
            (
                "signed_money",
                super::currency::signed_money(&cx, i).map(|f| f.end()),
            ),
        ];
        for (name, end) in read {
            assert!(
                end.is_none(),
                "{text:?}: {name} reads the digits at token {i}"
            );
        }
    }
    asked
}

#[test]
fn word_led_grammars_read_nothing_at_a_digit_run() {
    let mut after: Vec<String> = lexicon::table().words().map(str::to_string).collect();
    let lits = literals();
    after.extend(lits.iter().map(|l| format!("{l}s")));
    after.extend(lits);
    after.extend(
        [
            "",
            "$",
            "£",
            "-",
            "%",
            ".",
            "of",
            "a",
            "dollars",
            "km",
            "years old",
        ]
        .iter()
        .map(|w| w.to_string()),
    );
    after.sort_unstable();
    after.dedup();
    let numbers = ["5", "2019", "1,000", "3.5", "07", "12", "100"];
    let mut asked = 0;
    for (k, w) in after.iter().enumerate() {
        // Every follower apart and glued; the leading words in turn, not all at every one.
        let before = [
            "",
            "a ",
            "aged ",
            "percent ",
            "per cent ",
            "tens of ",
            "half a ",
            "-",
        ][k % 8];
        let n = numbers[k % numbers.len()];
        asked += check(&format!("{before}{n} {w} 5"));
        asked += check(&format!("rose {n}{w} a {n} of"));
        asked += check(&format!("{w} {n} {w}"));
    }
    assert!(asked > 15_000, "only {asked} digit runs asked");
}

/// The gate in use: each word-led grammar still reads where it opens.
#[test]
fn word_led_readings_kept() {
    for (text, figure) in [
        ("Several thousand people came.", "Several thousand"),
        ("1000s of people came.", "1000s"),
        ("It cost a dime.", "a dime"),
        ("It cost a pound.", "a pound"),
        ("It ran a kilometre.", "a kilometre"),
        ("It rose by half a mile.", "half a mile"),
        ("It fell -$5 today.", "-$5"),
        ("He was aged 52 then.", "aged 52"),
    ] {
        let got: Vec<&str> = crate::statistics::figures_for(text, None)
            .iter()
            .map(|f| &text[f.span()])
            .collect();
        assert!(got.contains(&figure), "{text}: {got:?}");
    }
}
