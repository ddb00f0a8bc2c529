//! [`super::name_before_number`]'s gate before `currencies::after_number` against the test it
//! replaced (digits next or a name of several words, then a name of two tokens or a plural).

use super::*;
use crate::statistics::tokens::{tokenize, Words};

/// `name_before_number` as it was before the gate.
fn plain(cx: &Cx, i: usize) -> Option<(&'static str, usize)> {
    let s = cx.s(i);
    if !cx.is_word(i) {
        return None;
    }
    let plural = |k: usize| cx.lower(k).ends_with('s');
    let (iso, at) = if let Some(entry) = currency_entry(cx, i).filter(|e| e.minor == 1.0) {
        (plural(i) && !cx.is(i, "bucks")).then(|| (readers(cx, entry), i + 1))?
    } else if let Some(entry) =
        currency_entry(cx, i + 1).filter(|e| e.minor == 1.0 && cx.near(i + 1))
    {
        (currency_adjective(s, entry.iso)?, i + 2)
    } else {
        if s.len() <= 3 || s.bytes().all(|b| b.is_ascii_uppercase()) {
            return None;
        }
        if !(cx.is_digits(i + 1) || currencies::opens_name(cx.lower(i).as_str())) {
            return None;
        }
        let (iso, end) = currencies::after_number(cx, i)?;
        (end - i >= 2 || plural(i)).then_some((iso, end))?
    };
    let after_number = i > 0
        && cx.near(i)
        && (cx.is_digits(i - 1)
            || numbers::parse(cx, i - 1, Context::Plain).is_some_and(|n| n.end == i));
    (cx.is_digits(at) && cx.near(at) && !after_number).then_some((iso, at))
}

#[test]
fn the_gate_agrees_with_the_test_it_replaced() {
    let names = [
        "rupees",
        "Rupees",
        "RUPEES",
        "rupee",
        "ringgits",
        "ringgit",
        "malaysian ringgit",
        "Malaysian ringgits",
        "kuwaiti dinar",
        "Kuwaiti dinars",
        "trinidad & tobago dollars",
        "hong kong dollars",
        "Hong Kong dollar",
        "south african rand",
        "us dollars",
        "US dollar",
        "euros",
        "dollars",
        "pounds",
        "yen",
        "francs",
        "swiss francs",
        "Swiss franc",
        "drachmas",
        "drachma",
        "Ksh",
        "Kshs",
        "shillings",
        "tenge",
        "leis",
        "RM",
        "Rs",
        "zlotys",
        "markets",
        "Leeds",
        "order",
        "orders",
        "items",
        "news",
        "bucks",
        "pesos",
        "mexican pesos",
        "bahts",
        "rials",
        "dirhams",
        "UAE dirhams",
        "cedis",
        "nairas",
        "won",
        "ringgitx",
    ];
    let befores = ["", "Paid ", "5 ", "five ", "about "];
    let afters = [
        " 5", "5", " 2,000", " 1.5", " x 5", " five", "", " and 5", " & 5",
    ];
    let (mut checked, mut found) = (0, 0);
    for name in names {
        for before in befores {
            for after in afters {
                let text = format!("{before}{name}{after} more");
                let mut toks = Vec::new();
                let mut words = Words::default();
                tokenize(&text, &mut toks, &mut words);
                let cx = Cx::new(&text, &toks, &words);
                for i in 0..toks.len() {
                    let want = plain(&cx, i);
                    assert_eq!(name_before_number(&cx, i), want, "{text:?}, token {i}");
                    checked += 1;
                    found += usize::from(want.is_some());
                }
            }
        }
    }
    assert!(found > 50 && found < checked, "{found} of {checked}");
}
