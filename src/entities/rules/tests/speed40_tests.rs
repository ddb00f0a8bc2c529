//! The entity pass's per-word shortcuts of the fortieth session (entspeed40) give what the
//! plain tests give: the table of the word lists' words (`classes::bare_table`) and the
//! drawn-out test of a bare form (`classes::has_letter_run`).

use super::classes::{bare_lists_by_tests, has_letter_run};
use super::org_shapes::is_drawn_out;
use super::table_words::words_around_lists;
use super::text::bare;
use super::*;

/// The drawn-out test of the bare form is the word's: words with runs of letters, Roman
/// numerals, digits and marks, in both cases, with a full stop after them, around the
/// lengths of three, four, sixteen and seventeen bytes.
#[test]
fn letter_runs_of_bare_forms_match_the_words() {
    let mut words: Vec<String> = Vec::new();
    let pieces = [
        "a", "aa", "aaa", "Aaa", "aAa", "iii", "VIII", "xxx", "mmm", "zzz", "...", "111", "--",
        "b", "ab", "ba", "Wow", "w", "o",
    ];
    for a in pieces {
        for b in pieces {
            for c in ["", "s", "x", "."] {
                words.push(format!("{a}{b}{c}"));
                words.push(format!("{a}{b}{c}{a}"));
                words.push(format!("{b}{a}{b}{c}"));
            }
        }
    }
    for n in 1..=18 {
        for run in ["aaa", "iii", "Bbb"] {
            for at in 0..n {
                let mut w: String = "q".repeat(n);
                w.insert_str(at, run);
                words.push(w.clone());
                words.push(format!("{w}."));
                w.truncate(n);
                words.push(w);
            }
        }
    }
    let mut runs = 0;
    for w in &words {
        let b = bare(w);
        if b.is_empty() {
            continue;
        }
        let want = is_drawn_out(w);
        runs += usize::from(want);
        assert_eq!(w.len() > 3 && has_letter_run(b), want, "{w:?}");
    }
    assert!(runs > 100, "{runs}");
}

/// The table of the lists' words gives what testing each list gives: every listed word
/// and its variants (capitalised, a full stop after it, a letter more or less, a prefix,
/// inside another), every word of one to three lower-case letters, numbers, the words of
/// the news fixtures, and words past the lists' length.
#[test]
fn table_matches_the_lists() {
    let letters: Vec<char> = ('a'..='z').chain(['&', '-', '.', '\'', '0']).collect();
    let mut words = words_around_lists(
        classes::bare_table::listed_words(),
        &letters,
        &[
            include_str!("../../../../tests/fixtures/news-entities-ent36.txt"),
            include_str!("../../../../tests/fixtures/news-entities-ent37.txt"),
        ],
    );
    words.extend(
        [
            "abcdefghijklmnop",
            "abcdefghijklmnopq",
            "Ünïcode",
            "café",
            "mr\u{0}",
            "",
        ]
        .map(String::from),
    );
    let mut listed = 0;
    for w in &words {
        let b = bare(w);
        if b.is_empty() {
            continue;
        }
        let want = bare_lists_by_tests(b);
        listed += usize::from(want != 0);
        assert_eq!(classes::bare_table::of(b), want, "{w:?}");
    }
    assert!(listed > 1_000, "{listed}");
}

/// [`job_acronyms`] as it was before its capitals' gate (the reference of the gated rule).
fn job_acronyms_ungated(text: &dyn Text, cl: &[Classes], out: &mut Vec<Named>) {
    let mut removed = false;
    for m in out.iter_mut() {
        if m.end - m.start != 1
            || m.start < 2
            || class(cl, m.start - 1) & (HAS_LOWER | CAPITALISED) != HAS_LOWER
            || !(has(cl, m.start - 2, ARTICLE)
                || matches!(text.word(m.start - 2), "his" | "her" | "its" | "their"))
            || !super::objects::is_common_noun_acronym(text.word(m.start))
        {
            continue;
        }
        m.end = m.start;
        removed = true;
    }
    if removed {
        out.retain(|m| m.start < m.end);
    }
}

/// The gated [`job_acronyms`] answers as the ungated rule on generated sentences
/// ("<determiner> <word> <acronym or name> said"), the acronyms in every case.
#[test]
fn job_acronyms_gate_keeps_the_rule() {
    let lex = crate::entities::lexicon::get();
    let acronyms = [
        "CEO", "Ceo", "ceo", "cEO", "MP", "Mp", "mp", "TV", "Tv", "IT", "It", "it", "GDP", "Gdp",
        "CCTV", "HIV", "BBC", "Acme", "NASA", "iPhone", "A", "'",
    ];
    let mut removed = 0;
    for det in [
        "the", "The", "his", "her", "its", "their", "a", "our", "His",
    ] {
        for word in ["local", "new", "Old", "big", "2", "the"] {
            for name in acronyms {
                let words = [det, word, name, "said", "."];
                let ranges: Vec<_> = (0..words.len()).map(|i| i * 10..i * 10 + 1).collect();
                let text = Lists {
                    words: &words,
                    ranges: &ranges,
                };
                let mut cl = Vec::new();
                classes::of_words(lex, &words, &mut cl);
                let mut gated = vec![Named::word(2, ORG, WEIGHT_SINGLE)];
                let mut plain = gated.clone();
                job_acronyms(&text, &cl, &mut gated);
                job_acronyms_ungated(&text, &cl, &mut plain);
                assert_eq!(gated, plain, "{words:?}");
                removed += usize::from(gated.is_empty());
            }
        }
    }
    assert!(removed > 20, "{removed}");
}

/// The other gates' words have the classes the gates test: an apostrophe no letter
/// ([`is_apostrophe`]), and each word `places_reached` looks for right before a name is in
/// lower case.
#[test]
fn gated_words_have_their_classes() {
    let lex = crate::entities::lexicon::get();
    for w in ["'", "’"] {
        assert_eq!(classes::of(lex, w) & HAS_ALPHA, 0, "{w}");
    }
    for w in ["to", "across", "throughout", "of", "the"] {
        assert_eq!(
            classes::of(lex, w) & (HAS_LOWER | CAPITALISED),
            HAS_LOWER,
            "{w}"
        );
    }
}
