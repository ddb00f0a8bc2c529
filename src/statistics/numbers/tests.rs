//! Table tests of the number grammar.

use super::*;
use crate::statistics::tokens::{tokenize, Words};

fn first_number(text: &str) -> Option<(String, f64, NumKind)> {
    let mut toks = Vec::new();
    let mut words = Words::default();
    tokenize(text, &mut toks, &mut words);
    let cx = Cx::new(text, &toks, &words);
    (0..toks.len()).find_map(|i| {
        parse(&cx, i, Context::Plain)
            .map(|n| (text[cx.span(n.start, n.end)].to_string(), n.value, n.kind))
    })
}

#[test]
fn reads_numbers() {
    use NumKind::*;
    let cases: &[(&str, &str, &str, f64, NumKind)] = &[
        (
            "thousands separators",
            "The council spent 12,450,000 on roads",
            "12,450,000",
            12_450_000.0,
            Cardinal,
        ),
        ("decimal", "a rate of 3.75 was set", "3.75", 3.75, Cardinal),
        (
            "minus word before digits",
            "it fell to minus 12 overnight",
            "minus 12",
            -12.0,
            Cardinal,
        ),
        (
            "negative word before a decimal",
            "a balance of negative 3.5 remained",
            "negative 3.5",
            -3.5,
            Cardinal,
        ),
        (
            "minus word before word number",
            "a reading of minus five was taken",
            "minus five",
            -5.0,
            Cardinal,
        ),
        (
            "negative word before scaled",
            "growth of negative 2 million was shown",
            "negative 2 million",
            -2e6,
            Cardinal,
        ),
        (
            "spelled decimal with scale",
            "about two point two million viewers",
            "two point two million",
            2.2e6,
            Cardinal,
        ),
        (
            "spelled decimal with thousand",
            "some four point five thousand votes",
            "four point five thousand",
            4500.0,
            Cardinal,
        ),
        (
            "a mixed number with a space",
            "stir in 2 ¾ cups of stock",
            "2 ¾",
            2.75,
            Cardinal,
        ),
        (
            "Swiss grouping",
            "a prize of 2'500'000 for the winner",
            "2'500'000",
            2_500_000.0,
            Cardinal,
        ),
        (
            "Swiss grouping, curly, with decimals",
            "the bill was 14’250.80 in the end",
            "14’250.80",
            14_250.8,
            Cardinal,
        ),
        (
            "decimal comma",
            "the rate fell to 2,5 over the year",
            "2,5",
            2.5,
            Cardinal,
        ),
        (
            "a fraction of the scale before it",
            "about 2 million and a half tonnes",
            "2 million and a half",
            2_500_000.0,
            Cardinal,
        ),
        (
            "digits with several word scales",
            "some 2 thousand 4 hundred and 15 votes",
            "2 thousand 4 hundred and 15",
            2415.0,
            Cardinal,
        ),
        (
            "scientific with a times sign",
            "a density of 2.5x10^4 cells",
            "2.5x10^4",
            25_000.0,
            Cardinal,
        ),
        (
            "scientific with a negative power",
            "a dose of 4 × 10^-3 grams",
            "4 × 10^-3",
            0.004,
            Cardinal,
        ),
        (
            "space groups",
            "some 816 000 visitors",
            "816 000",
            816_000.0,
            Cardinal,
        ),
        (
            "attached magnitude",
            "a 1.5bn budget",
            "1.5bn",
            1.5e9,
            Cardinal,
        ),
        (
            "spaced magnitude",
            "nearly 2 million homes",
            "2 million",
            2e6,
            Cardinal,
        ),
        ("k suffix", "with 3k followers", "3k", 3000.0, Cardinal),
        ("negative", "it was -4 overnight", "-4", -4.0, Cardinal),
        (
            "mixed fraction",
            "a 7 1/4 inch pipe",
            "7 1/4",
            7.25,
            Cardinal,
        ),
        (
            "words",
            "Four thousand two hundred and ten fans",
            "Four thousand two hundred and ten",
            4210.0,
            Cardinal,
        ),
        (
            "hyphenated",
            "aged forty-seven today",
            "forty-seven",
            47.0,
            Cardinal,
        ),
        ("a dozen", "about a dozen boats", "a dozen", 12.0, Cardinal),
        (
            "half a million",
            "half a million people",
            "half a million",
            500_000.0,
            Cardinal,
        ),
        (
            "count of fraction",
            "two fifths of voters",
            "two fifths",
            0.4,
            Cardinal,
        ),
        (
            "a third",
            "a third of schools",
            "a third",
            1.0 / 3.0,
            Cardinal,
        ),
        (
            "and a half",
            "six and a half weeks",
            "six and a half",
            6.5,
            Cardinal,
        ),
        (
            "point",
            "scored eight point five",
            "eight point five",
            8.5,
            Cardinal,
        ),
        ("ordinal digits", "the 21st attempt", "21st", 21.0, Ordinal),
        (
            "ordinal words",
            "the twenty-second bill",
            "twenty-second",
            22.0,
            Ordinal,
        ),
        (
            "minus words",
            "minus seven degrees",
            "minus seven",
            -7.0,
            Cardinal,
        ),
    ];
    for (name, text, span, value, kind) in cases {
        let got = first_number(text).unwrap_or_else(|| panic!("{name}: nothing found"));
        assert_eq!(got.0, *span, "{name}");
        assert!(
            (got.1 - value).abs() < 1e-9 * value.abs().max(1.0),
            "{name}: {} != {value}",
            got.1
        );
        assert_eq!(got.2, *kind, "{name}");
    }
}

#[test]
fn leaves_non_numbers_alone() {
    let cases: &[(&str, &str)] = &[
        ("id glued to letters", "flight BA284 left"),
        ("version", "release 1.2.3 is out"),
        ("plain words", "nothing to see here"),
    ];
    for (name, text) in cases {
        assert!(
            first_number(text).is_none(),
            "{name}: {:?}",
            first_number(text)
        );
    }
}

/// `joined::may_be_joined` turns away only words `joined` reads nothing of: every word made of
/// a ten's spelling with its first two letters replaced by every pair of ASCII letters (so each
/// ten itself and every near miss), then a unit, an ordinal or a word of no number, in four
/// mixes of case. Fails if a ten's first two letters are missing from the test.
#[test]
fn joined_reads_only_what_may_be_joined_lets_through() {
    let tens = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    let ends = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "first", "second",
        "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "", "s", "th", "x",
        "ten", "zero",
    ];
    let letters: Vec<char> = ('a'..='z').chain('A'..='Z').collect();
    let cases: [fn(&str) -> String; 4] = [
        |w| w.to_string(),
        |w| w.to_uppercase(),
        |w| w[..1].to_uppercase() + &w[1..],
        |w| {
            w.chars()
                .enumerate()
                .map(|(k, c)| {
                    if k % 2 == 1 {
                        c.to_ascii_uppercase()
                    } else {
                        c
                    }
                })
                .collect()
        },
    ];
    let (mut read, mut words_tried) = (0, 0);
    for ten in tens {
        for &a in &letters {
            for &b in &letters {
                for end in ends {
                    let word = format!("{a}{b}{}{end}", &ten[2..]);
                    for case in &cases {
                        let text = case(&word);
                        let mut toks = Vec::new();
                        let mut words = Words::default();
                        tokenize(&text, &mut toks, &mut words);
                        let cx = Cx::new(&text, &toks, &words);
                        words_tried += 1;
                        let read_as = |n: Option<Num>| n.map(|n| (n.value, n.end, n.kind));
                        let gated = read_as(joined(&cx, 0));
                        assert_eq!(gated, read_as(joined::read_joined(&cx, 0)), "{text}");
                        read += usize::from(gated.is_some());
                    }
                }
            }
        }
    }
    assert!(
        read > 500 && words_tried > 1_000_000,
        "{read} of {words_tried}"
    );
}
