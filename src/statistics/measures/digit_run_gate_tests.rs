//! [`super::money_prefix`] turns a digit run away at once: each of its readings opens with a
//! currency's mark ("$"), letters before a mark ("US$"), a code ("USD"), a symbol of the
//! generated lexicon ("RM"), a scaled code ("MUSD"), a shared symbol ("Rs") or a name
//! ("rupees"). A digit run has no lexicon entry (the tokenizer looks up words only), so the
//! names and the lexicon's codes are out; these tests hold the tables to spelling none of the
//! others with digits alone, which is what the gate relies on.

use crate::statistics::{currencies, money, units};

/// Digit runs of one to six digits: every run up to four digits (a code is three letters, a
/// scaled code four bytes, the symbols at most seven), then a sample of longer ones.
fn digit_runs() -> impl Iterator<Item = String> {
    let short =
        (1..=4usize).flat_map(|len| (0..10u32.pow(len as u32)).map(move |n| format!("{n:0len$}")));
    let long = ["10000", "99999", "123456", "000000", "2024", "19999"].map(String::from);
    short.chain(long)
}

#[test]
fn no_currency_mark_is_a_digit() {
    for c in '0'..='9' {
        assert_eq!(units::symbol_currency(c), None, "{c}");
    }
}

#[test]
fn no_code_symbol_or_prefix_is_a_digit_run() {
    for s in digit_runs() {
        for attached in [false, true] {
            assert_eq!(currencies::code(&s, attached), None, "code {s}");
        }
        assert_eq!(currencies::symbol(&s), None, "symbol {s}");
        assert_eq!(currencies::shared_symbol(&s), None, "shared symbol {s}");
        assert_eq!(money::scaled_code(&s), None, "scaled code {s}");
        for mark in ["$", "£", "¥"] {
            assert_eq!(units::prefixed_currency(&s, mark), None, "{s}{mark}");
        }
    }
}

/// The gate in use: each opening of an amount still reads, glued to its number or apart.
#[test]
fn amounts_keep_their_readings() {
    for (text, money) in [
        ("It cost USD 200 in all.", "USD 200"),
        ("It cost usd115 in all.", "usd115"),
        ("It cost $ 75 million.", "$ 75 million"),
        ("It cost US$3 each.", "US$3"),
        ("It cost RM42 each.", "RM42"),
        ("It cost Rs 500 each.", "Rs 500"),
        ("It cost rupees 500 each.", "rupees 500"),
    ] {
        let got: Vec<(&str, &str)> = crate::statistics::figures_for(text, None)
            .iter()
            .map(|f| (&text[f.span()], f.kind()))
            .collect();
        assert!(got.contains(&(money, "MONEY")), "{text}: {got:?}");
    }
}
