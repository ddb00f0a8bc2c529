//! Words to hold a word table against the lists it was made of (`classes::bare_table` in
//! speed40_tests, the rule cues' table in speed42_tests): each listed word and the look-alikes
//! a table may confuse with it, every short word, numbers, and the words of fixtures.

/// Each listed word and its variants (a full stop, an "s" or "e" more, a letter fewer at either
/// end, a prefix, doubled with a hyphen, in capitals, in lower case, capitalised as written and
/// as lower-cased), every word of one to three of `letters`, every pair of capitals, numbers
/// ("2024", "2024.", "2024,5") and the words of `fixtures`.
pub(super) fn words_around_lists<'a>(
    listed: impl IntoIterator<Item = &'a [u8]>,
    letters: &[char],
    fixtures: &[&str],
) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    let capitalised = |w: &str| {
        let mut caps = w.to_string();
        if let Some(first) = caps.get_mut(..1) {
            first.make_ascii_uppercase();
        }
        caps
    };
    for w in listed {
        let w = String::from_utf8_lossy(w).into_owned();
        words.extend([
            format!("{w}."),
            format!("{w}s"),
            format!("{w}e"),
            format!("x{w}"),
            format!("{w}-{w}"),
            w.chars().skip(1).collect(),
            w.chars()
                .take(w.chars().count().saturating_sub(1))
                .collect(),
            w.to_uppercase(),
            w.to_lowercase(),
            capitalised(&w),
            capitalised(&w.to_lowercase()),
            w,
        ]);
    }
    for &a in letters {
        words.push(a.to_string());
        for &b in letters {
            words.push(format!("{a}{b}"));
            for &c in letters {
                words.push(format!("{a}{b}{c}"));
            }
        }
    }
    for a in 'A'..='Z' {
        for b in 'A'..='Z' {
            words.push(format!("{a}{b}"));
        }
    }
    for n in [0u32, 7, 12, 365, 2024, 1_000_000] {
        words.extend([n.to_string(), format!("{n}."), format!("{n},5")]);
    }
    for text in fixtures {
        words.extend(text.split_whitespace().map(String::from));
    }
    words
}
