//! [`super::unknown_word_opens`]'s gate (digits within three tokens) against the five tests it
//! guards, run in turn as before the gate: on every word the lexicon does not know in texts of
//! currency names, codes, symbols, vague and joined numbers with digits near and far.

use super::*;
use crate::statistics::cursor::Cx;
use crate::statistics::tokens::{tokenize, Kind, Words};

/// The tests before the gate.
fn plain(cx: &Cx, i: usize) -> bool {
    cx.is_digits(i + 1)
        && (currencies::before_number(cx, i).is_some() || money::scaled_code(cx.s(i)).is_some())
        || vague::opens(cx, i)
        || money::shared_symbol_before(cx, i).is_some()
        || currencies::letter_symbol(cx, i).is_some()
        || numbers::joined(cx, i).is_some()
        || measures::name_opens_money(cx, i)
}

/// (unknown words checked, of which they open a figure).
fn check(text: &str, counts: &mut (usize, usize)) {
    let mut toks = Vec::new();
    let mut words = Words::default();
    tokenize(text, &mut toks, &mut words);
    let cx = Cx::new(text, &toks, &words);
    for i in 0..toks.len() {
        if cx.tok(i).map(|t| t.kind()) != Some(Kind::Word) || cx.word(i).is_some() {
            continue;
        }
        let want = plain(&cx, i);
        assert_eq!(
            unknown_word_opens(&cx, i),
            want,
            "{text:?}, token {i} ({:?})",
            cx.s(i)
        );
        counts.0 += 1;
        counts.1 += usize::from(want);
    }
}

#[test]
fn the_digits_gate_agrees_with_the_tests_it_guards() {
    let heads = [
        "Rs",
        "rs",
        "RS",
        "Kr",
        "kr",
        "MYR",
        "RM",
        "myr",
        "rupees",
        "Rupees",
        "ringgit",
        "malaysian",
        "Malaysian",
        "us",
        "US",
        "dollars",
        "euros",
        "yen",
        "rand",
        "francs",
        "swiss",
        "Swiss",
        "several",
        "Several",
        "many",
        "tens",
        "scores",
        "twentyfive",
        "Seventythird",
        "fortytwo",
        "market",
        "Leeds",
        "order",
        "x",
        "Q",
        "Ksh",
        "Tsh",
        "Dh",
        "AED",
        "zl",
        "Kc",
        "lei",
        "pesos",
        "Mexican",
        "new",
        "bucks",
        "quid",
        "SEVERAL",
        "Many",
        "TENS",
        "Twentyfive",
        "FORTYTHIRD",
        "eightyone",
        "Ninetynine",
        "sixtyseventh",
        "thirtytwo",
        "Tens",
        "scoreS",
        "Hong Kong dollars",
        "hong kong dollar",
        "new zealand dollars",
        "South African rand",
        "us dollars",
        "malaysian ringgit",
        "R",
        "K",
        "South Africa paid R",
        "in Guatemala, Q",
        "USDm",
        "usdbn",
        "EURm",
        "Fr.",
        "Kr.",
        "rose",
        "add",
        "proposed",
        "wages",
        "hong",
        "Hong",
        "south",
        "zealand",
        "united",
        "east",
        "spend",
        "Whitby",
        "cfa",
        "CFA",
        "Sri",
        "saudi",
        "Saudi",
        "pounds",
        "Pound",
        "kr.",
        "Rs.",
    ];
    let middles = [
        "",
        "x",
        "x y",
        "the",
        "of",
        ".",
        ",",
        "$",
        "-",
        "and the",
        "a b c",
        "dollars",
        "Dollars",
        "ringgit",
        "rand",
        "francs",
        "rupees",
        "euro",
        "kr",
        ". x",
        "zealand dollars",
        "kong dollars",
        "african rand",
        "£",
        "US$",
        "USD",
        "x dollars",
    ];
    let tails = [
        "5",
        "2019",
        "1.5",
        "10,000",
        "5m",
        "five",
        "",
        "km",
        "%",
        "South Africa 5",
        "5 rand",
    ];
    let mut counts = (0, 0);
    for head in heads {
        for middle in middles {
            for tail in tails {
                for joint in [" ", ""] {
                    let text = format!("Then {head}{joint}{middle} {tail} more");
                    check(&text, &mut counts);
                    let text = format!("{head}{joint}{middle}{joint}{tail}");
                    check(&text, &mut counts);
                }
            }
        }
    }
    // Both answers occur.
    assert!(counts.1 > 100 && counts.1 < counts.0, "{counts:?}");
}
