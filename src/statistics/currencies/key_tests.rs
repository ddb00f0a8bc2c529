//! The currency keys built on the stack and looked up as bytes (`shared_symbol`'s ASCII path,
//! `code`) against the forms they replaced, on every key of the tables and look-alikes.

use super::*;

/// `shared_symbol` as it was: every character decoded and lower-cased, the key a `String`.
fn by_string(s: &str) -> Option<&'static [&'static str]> {
    if s.len() > 4 {
        return None;
    }
    let key: String = s
        .chars()
        .filter(|&c| c != '.')
        .flat_map(char::to_lowercase)
        .collect();
    table().shared_symbols.get(key.as_str()).copied()
}

/// The key built on the stack is the one `String` collecting the same characters made (every
/// case here is four bytes or fewer, under `by_string`'s length bound).
#[test]
fn shared_symbol_keys_as_a_string_would() {
    let cases = [
        "Rs", "Rs.", "RS", "rs", "R.s.", "kr", "Kr.", "KR", "kr.", "Rp", "", ".", "....", "İ",
        "İİ", "ẞ", "Σ", "ǅ", "$", "€", "abcd", "Rs..", "rs.x", "ÀÉ",
    ];
    for s in cases {
        assert!(s.len() <= 4, "{s}");
        assert_eq!(shared_symbol(s), by_string(s), "{s}");
    }
    assert!(shared_symbol("Rs.").is_some(), "a shared symbol is found");
}

fn capital_first(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

#[test]
fn shared_symbols_of_ascii_words_key_as_a_string_would() {
    // The ASCII path against the general one: every key of the table in three cases, with
    // dots put in, and every word of one to three ASCII bytes from a set of letters and
    // marks (uppercase, lowercase, dots, digits, a sign).
    let mut words: Vec<String> = Vec::new();
    for (key, _) in table().shared_symbols.entries() {
        for w in [
            key.to_string(),
            key.to_ascii_uppercase(),
            capital_first(key),
        ] {
            words.push(format!("{w}."));
            words.push(format!(".{w}"));
            words.push(w.chars().flat_map(|c| [c, '.']).collect());
            words.push(w);
        }
    }
    let alphabet = ['r', 'R', 's', 'S', 'k', 'K', 'p', 'P', '.', '1', '$', 'x'];
    for a in alphabet {
        words.push(a.to_string());
        for b in alphabet {
            words.push(format!("{a}{b}"));
            for c in alphabet {
                words.push(format!("{a}{b}{c}"));
            }
        }
    }
    let mut found = 0;
    for w in &words {
        assert_eq!(shared_symbol(w), by_string(w), "{w}");
        found += usize::from(shared_symbol(w).is_some());
    }
    assert!(found > 20, "the table's keys are found ({found})");
}

/// `code` as it was: both case tests before the length, the key checked as UTF-8.
fn code_before(s: &str, attached: bool) -> Option<&'static str> {
    let upper_case = s.bytes().all(|b| b.is_ascii_uppercase());
    let lower_case = s.bytes().all(|b| b.is_ascii_lowercase());
    if s.len() != 3 || !(attached || upper_case || lower_case) {
        return None;
    }
    let mut upper = [0u8; 3];
    upper.copy_from_slice(s.as_bytes());
    upper.make_ascii_uppercase();
    let upper = std::str::from_utf8(&upper).ok()?;
    let &(iso, word, current) = table().codes.get(upper)?;
    let ok = attached
        || upper_case && !word
        || lower_case && current && !word && !super::super::units::code_needs_caps(s);
    ok.then_some(iso)
}

/// Every code of the table in four cases, cut and lengthened, three-byte words beyond ASCII,
/// attached to digits and not: `code` answers as before.
#[test]
fn codes_read_as_before() {
    let mut words: Vec<String> = vec!["".into(), "é".into(), "éa".into(), "aé".into(), "€".into()];
    for (key, _) in table().codes.entries() {
        let lower = key.to_ascii_lowercase();
        for w in [key.to_string(), lower.clone(), capital_first(&lower)] {
            words.push(format!("{w}s"));
            words.push(w.get(1..).unwrap_or("").to_string());
            words.push(w.chars().rev().collect());
            words.push(w);
        }
        let mut mixed: Vec<char> = lower.chars().collect();
        if let Some(c) = mixed.last_mut() {
            *c = c.to_ascii_uppercase();
        }
        words.push(mixed.into_iter().collect());
    }
    let mut read = 0;
    for w in &words {
        for attached in [false, true] {
            let want = code_before(w, attached);
            assert_eq!(code(w, attached), want, "{w} {attached}");
            read += usize::from(want.is_some());
        }
    }
    assert!(read > 300, "the codes are read ({read})");
}

/// `money::shared_symbol_before` asks a word's length (at most four bytes) before its case:
/// the same answers as without that test at every word of texts of symbols, names and
/// look-alikes in three cases, before digits, a dot and digits, or a word.
#[test]
fn shared_symbol_before_with_its_length_test() {
    use crate::statistics::cursor::Cx;
    use crate::statistics::tokens::{tokenize, Words};
    fn without_length(cx: &Cx, i: usize) -> Option<(&'static [&'static str], usize)> {
        let at = if cx.is(i + 1, ".") && cx.attached(i + 1) {
            i + 2
        } else {
            i + 1
        };
        let case_ok = || cx.capitalised(i) || cx.s(i).bytes().all(|b| b.is_ascii_lowercase());
        if !(cx.is_digits(at) && cx.near(at) && cx.is_word(i) && case_ok()) {
            return None;
        }
        Some((shared_symbol(cx.s(i))?, at))
    }
    let words = [
        "rs", "kr", "rp", "rupees", "kroner", "krone", "rsvp", "kron", "abcd", "abcde", "rs.x",
        "r.s.", "rps", "krs", "ẞ", "İİ",
    ];
    let (mut asked, mut found) = (0, 0);
    for w in words {
        for word in [w.to_string(), w.to_uppercase(), capital_first(w)] {
            for after in [" 5", ". 5", ".5", "5", " x", " 2,500 crore"] {
                let text = format!("paid {word}{after} and {word} {word}{after}.");
                let mut toks = Vec::new();
                let mut table = Words::default();
                tokenize(&text, &mut toks, &mut table);
                let cx = Cx::new(&text, &toks, &table);
                for i in 0..toks.len() {
                    let new = crate::statistics::money::shared_symbol_before(&cx, i);
                    assert_eq!(new, without_length(&cx, i), "{text:?} at {i}");
                    asked += 1;
                    found += usize::from(new.is_some());
                }
            }
        }
    }
    assert!(asked > 1000 && found > 20, "{asked} {found}");
}
