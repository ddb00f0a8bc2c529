//! `trailing` reads the two tokens after a figure once, in lower case, and compares each entry
//! of `TRAILING` with them; here it is held to the entries compared token by token with
//! `Cx::is` (as it was written before), after a number, over every entry's words in three
//! cases, glued and apart, before objects, digits, marks and plain words.

use super::*;
use crate::statistics::tokens::{tokenize, Words};
use crate::statistics::Detail;

/// `trailing` as it was: each entry's words compared with the tokens.
fn trailing_by_tokens(cx: &Cx, f: &mut Found, value: Option<f64>) {
    let e = f.end();
    if !cx.near(e) || !cx.is_any(e, &["or", "and", "-", "+"]) {
        return;
    }
    for (words, q, bound) in TRAILING {
        let n = words.len();
        if !(0..n).all(|k| cx.is(e + k, words[k]) && cx.near(e + k)) {
            continue;
        }
        let after = e + n;
        let object = cx.near(after)
            && (cx.is_digits(after)
                || cx.is_any(
                    after,
                    &[
                        "the", "a", "an", "this", "that", "these", "those", "its", "their", "his",
                        "her", "our", "your", "my", "last", "next", "previous", "each", "every",
                    ],
                ));
        let loose_plus = words[0] == "-" && !(cx.attached(e) && cx.attached(e + 1))
            || words[0] == "+" && (!cx.attached(e) || cx.attached(e + 1));
        if object || loose_plus {
            return;
        }
        set(f, q, *bound, value);
        return;
    }
}

fn cases(w: &str) -> [String; 3] {
    let mut capital = w.to_string();
    if let Some(first) = capital.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    [w.to_string(), capital, w.to_ascii_uppercase()]
}

#[test]
fn trailing_reads_as_the_tokens_compared() {
    let mut firsts: Vec<String> = Vec::new();
    let mut seconds: Vec<String> = vec![
        String::new(),
        "plus".into(),
        "x".into(),
        "morex".into(),
        "mor".into(),
        "ÖVER".into(),
        "überall".into(),
        "5".into(),
    ];
    for (words, _, _) in TRAILING {
        for (k, w) in words.iter().enumerate() {
            let list = if k == 0 { &mut firsts } else { &mut seconds };
            for c in cases(w) {
                if !list.contains(&c) {
                    list.push(c);
                }
            }
        }
    }
    firsts.extend(["nor", "an", "+", "-", "–", "x"].map(String::from));
    let seps = ["", " ", "\n"];
    let tails = [
        "",
        " the year",
        " 5",
        " people",
        ".",
        "5",
        " a",
        " Last",
        "-",
    ];
    let mut checked = 0;
    for first in &firsts {
        for second in &seconds {
            for (s1, s2) in seps.iter().flat_map(|a| seps.iter().map(move |b| (a, b))) {
                for tail in tails {
                    let text = format!("12{s1}{first}{s2}{second}{tail}");
                    let mut toks = Vec::new();
                    let mut words = Words::default();
                    tokenize(&text, &mut toks, &mut words);
                    let cx = Cx::new(&text, &toks, &words);
                    let mut a = Found::new(0, 1, "CARDINAL", Detail::value(12.0));
                    let mut b = Found::new(0, 1, "CARDINAL", Detail::value(12.0));
                    trailing(&cx, &mut a, Some(12.0));
                    trailing_by_tokens(&cx, &mut b, Some(12.0));
                    let (x, y) = (a.detail.extra(), b.detail.extra());
                    assert_eq!(
                        (x.qualifier, x.min, x.max),
                        (y.qualifier, y.min, y.max),
                        "{text:?}"
                    );
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 10_000, "{checked}");
}
