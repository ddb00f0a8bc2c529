//! The shortcut of `digits` for a digit run alone before a word, against the full reading: at
//! every digit run of generated and hand-made texts, with either sign and context, both read
//! the same number. The texts put after the run every mark and glued piece the full reading
//! joins, and words of magnitude, so a shortcut taken too early fails here.

use super::digits::digits_read;
use super::*;
use crate::statistics::gate_check::each_digit_run;
use crate::statistics::tokens::{tokenize, Words};

/// What comes before the number.
const BEFORE: &[&str] = &[
    "", "the ", "A", "x", "=", "(", "[", "-", "<", "$", "minus ", "and ", "1,", "3.", "May-",
    "page ", "£", "Rs ",
];

/// The numbers.
const DIGITS: &[&str] = &[
    "3",
    "12",
    "123",
    "1234",
    "2019",
    "05",
    "00001",
    "0",
    "64",
    "999999999999999999999999",
];

/// The first thing after the number, read glued on and after a space.
const FIRST: &[&str] = &[
    "", "people", "million", "bn", "m", "M", "g", "G", "t", "T", "b", "k", "K", "cr", "lakh", "x",
    "X", "×", "*", ",", ".", "'", "’", "/", "-", "^", "e", "E", "rd", "th", "st", "nd", "½", "¾",
    "000", "345", "45", "5", "1/2", "3/4", "%", "in", "and", "years", "thousand", "hundred",
    "dozen", "crore", "times", "to", "ms", "mil", "Bn", "MILLION", ")", "(", ";", ":", "!", "?",
    "+", "\"", "]", "&", "#", "=", "<", "…", "”", "′",
];

/// The second thing after the first, read glued on and after a space.
const SECOND: &[&str] = &[
    "",
    "10",
    "000",
    "45",
    "5",
    "^",
    "/",
    "-",
    ".",
    ",",
    "people",
    "crore",
    "million",
    "psu",
    "6",
    "+",
    "Americans",
    "wall",
    "x",
    "%",
    ")",
    "'",
    "’",
    "e",
    "½",
];

/// Every digit run of `text` read with the shortcut and without: the first that differs, or
/// the number of runs compared.
fn compare(text: &str) -> Result<usize, String> {
    each_digit_run(text, |cx, i| {
        for ctx in [Context::Plain, Context::Money] {
            for sign in [1.0, -1.0] {
                let full = format!("{:?}", digits_read(cx, i, ctx, sign, false));
                let gated = format!("{:?}", digits_read(cx, i, ctx, sign, true));
                if gated != full {
                    return Err(format!("{gated} / {full}"));
                }
            }
        }
        Ok(true)
    })
    .map(|(runs, _)| runs)
}

fn generated() -> Vec<String> {
    let joins = [("", ""), ("", " "), (" ", ""), (" ", " ")];
    let mut out = Vec::new();
    for digits in DIGITS {
        for first in FIRST {
            for before in BEFORE {
                for j in ["", " ", "\n"] {
                    out.push(format!("{before}{digits}{j}{first}"));
                    out.push(format!("{before}{digits}{j}{first} later"));
                }
            }
            for second in SECOND {
                for (j1, j2) in joins {
                    out.push(format!("{digits}{j1}{first}{j2}{second} later"));
                    out.push(format!("at {digits}{j1}{first}{j2}{second}"));
                }
            }
        }
    }
    out
}

/// A reading of each kind the full path makes after the run, and runs before words.
const HAND_MADE: &[&str] = &[
    "12,450,000 on roads",
    "3,45,000 rupees",
    "2.345.678 and 2.345,67 euros",
    "1'000'000 francs and 12’500.75",
    "816 000 people",
    "1,3 million",
    "12.32e+14 and 1.1^23",
    "3 x 10^6 cells, 2 X 10^-4 and 5 × 10^3",
    "10 1/2 inches, 2-3/4 inches and 3/4",
    "1½ cups and 2 ¾ cups",
    "the 3rd and 21st",
    "2 million people, 1.5 bn, 3k/month and 0.8 K/psu",
    "2.4m households and a 2.4m wall",
    "three lakh crore and 4 lakh crore",
    "5G and 4 G",
    "Rs 5,000 cr",
    "in 2019 the 50 people",
    "x<3 and <3",
    "0590 88 38 99",
    "A320 and scp-173",
    "12/05 and £95/MWh",
    "5",
    "12 ",
];

#[test]
fn the_shortcut_reads_what_the_full_reading_reads() {
    let mut runs = 0;
    for text in generated()
        .iter()
        .map(String::as_str)
        .chain(HAND_MADE.iter().copied())
    {
        match compare(text) {
            Ok(n) => runs += n,
            Err(e) => panic!("{e}"),
        }
    }
    assert!(runs > 50_000, "{runs} runs compared");
}

/// "3 x 10^6": the one word after a spaced run that the full reading reads on over, so the
/// shortcut must leave "x" to it; the texts above reach it.
#[test]
fn the_shortcut_needs_its_exception() {
    let text = "3 x 10^6 cells";
    let mut toks = Vec::new();
    let mut words = Words::default();
    tokenize(text, &mut toks, &mut words);
    let cx = Cx::new(text, &toks, &words);
    let full = digits_read(&cx, 0, Context::Plain, 1.0, false);
    assert_eq!(full.map(|n| (n.value, n.end)), Some((3e6, 5)));
    assert_eq!(compare(text), Ok(3));
}

/// `int_value` and `decimal_fraction` give what the float parser gives: every run of up to
/// four digits (leading zeros included), runs of up to seventeen digits, and strings that are
/// no digit run.
#[test]
fn digit_values_are_what_parsing_gives() {
    use super::digits::{decimal_fraction, int_value};
    let parsed = |s: &str| s.parse::<f64>().unwrap_or(0.0);
    let mut runs: Vec<String> = Vec::new();
    for width in 1..=4 {
        for n in 0..10u32.pow(width) {
            runs.push(format!("{n:0w$}", w = width as usize));
        }
    }
    let mut rng = crate::test_rng::XorShift::new(0x9E37_79B9_7F4A_7C15);
    for _ in 0..200_000 {
        let x = rng.next_u64();
        let width = 5 + (x % 13) as usize;
        let digits: String = format!("{x:020}").chars().rev().take(width).collect();
        runs.push(digits);
    }
    for s in [
        "",
        "1e5",
        "+5",
        "inf",
        "NaN",
        "1.5",
        "12a",
        "-3",
        "٣",
        "999999999999999",
    ] {
        runs.push(s.to_string());
    }
    for s in &runs {
        assert_eq!(int_value(s).to_bits(), parsed(s).to_bits(), "{s}");
        let fraction = parsed(&format!("0.{s}"));
        assert_eq!(decimal_fraction(s).to_bits(), fraction.to_bits(), "0.{s}");
    }
}
