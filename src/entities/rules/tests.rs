//! Named cases for single repairs, fed the tagger spans directly (made-up names), so each repair
//! is checked whatever the model tags.

use super::*;
use crate::entities::lexicon;

const MISC: usize = 4;

/// (name, words, case mode, tagger spans, spans expected after the repairs)
type RepairCase = (
    &'static str,
    &'static [&'static str],
    CaseMode,
    &'static [(usize, usize, usize)],
    &'static [(usize, usize, usize)],
);

const CASES: &[RepairCase] = &[
    (
        "an organisation's name goes on through of the",
        &[
            "the",
            "Department",
            "of",
            "the",
            "Interior",
            "said",
            "no",
            ".",
        ],
        CaseMode::Normal,
        &[(1, 2, ORG)],
        &[(1, 5, ORG)],
    ),
    (
        "of the before a lower-case word ends nothing",
        &[
            "the",
            "Department",
            "of",
            "the",
            "interior",
            "said",
            "no",
            ".",
        ],
        CaseMode::Normal,
        &[(1, 2, ORG)],
        &[(1, 2, ORG)],
    ),
    (
        "a name does not run on into a preposition and a year",
        &["Ada", "joined", "Vellacott", "Dynamics", "in", "2019", "."],
        CaseMode::Normal,
        &[(2, 6, ORG)],
        &[(2, 4, ORG)],
    ),
    (
        "a capitalised particle continues a person's name",
        &[
            "Sheikh", "Khalid", "bin", "Rashed", "Al", "Nahyan", "visited", ".",
        ],
        CaseMode::Normal,
        &[(1, 4, PER), (5, 6, MISC)],
        &[(1, 6, PER)],
    ),
    (
        "a person's name cut after a capitalised particle goes on",
        &[
            "Sheikh", "Khalid", "bin", "Rashed", "Al", "Nahyan", "visited", ".",
        ],
        CaseMode::Normal,
        &[(1, 5, PER)],
        &[(1, 6, PER)],
    ),
    (
        "a listed first name closed on its own joins the next name",
        &["Priyanka", "Vellacott", "said", "no", "."],
        CaseMode::Normal,
        &[(0, 1, MISC), (1, 2, ORG)],
        &[(0, 2, PER)],
    ),
    (
        "a first name that is also a place does not join",
        &["Georgia", "Vellacott", "said", "no", "."],
        CaseMode::Normal,
        &[(0, 1, LOC), (1, 2, ORG)],
        &[(0, 1, LOC), (1, 2, ORG)],
    ),
    (
        "no first-name joins in all-caps lines",
        &["PRIYANKA", "VELLACOTT", "WINS"],
        CaseMode::AllCaps,
        &[(0, 1, MISC), (1, 2, ORG)],
        &[(0, 1, MISC), (1, 2, ORG)],
    ),
    (
        "an all-caps headline's name stops before its verb and preposition",
        &["MARLOW", "ARRESTED", "IN", "LISBON"],
        CaseMode::AllCaps,
        &[(0, 3, PER), (3, 4, LOC)],
        &[(0, 1, PER), (3, 4, LOC)],
    ),
];

#[test]
fn single_repairs_on_given_tagger_spans() {
    let lex = lexicon::get();
    let mut errors = Vec::new();
    let mut names = std::collections::HashSet::new();
    for &(name, words, mode, spans, want) in CASES {
        assert!(names.insert(name), "duplicate case name {name}");
        let mut ranges = Vec::new();
        let mut at = 0;
        for w in words {
            ranges.push(at..at + w.len());
            at += w.len() + 1;
        }
        let got: Vec<(usize, usize, usize)> = repair(lex, words, &ranges, mode, spans)
            .iter()
            .map(|m| (m.start, m.end, m.kind))
            .collect();
        if got != want {
            errors.push(format!("{name}: expected {want:?}, got {got:?}"));
        }
    }
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

/// The allocation-free word helpers give what the straightforward forms give: `with_lower` is
/// [`lower`], `honorific_word` is `is_honorific(bare(w))`, `unit_marks_of` and
/// `marks_of_words` are [`Lexicon::marks`] of the lower-cased words.
#[test]
fn fast_word_helpers_match_the_plain_forms() {
    let words = [
        "Mr.",
        "mr",
        "MRS",
        "Dr",
        "Archbishop",
        "CHAIRWOMAN",
        "chairwomen",
        "Prof.",
        "president.",
        "Sir..",
        "X",
        "",
        ".",
        "of",
        "OF",
        "For",
        "Shares",
        "STOCK",
        "the",
        "Straße",
        "İstanbul",
        "S\u{212A}",
        "Stoc\u{212A}",
        "Ó",
        "Lisbon",
        "LISBON",
        "Nairobi",
        "Dana",
        "Georgia",
        "New",
        "York",
        "averyveryveryverylongwordindeed",
        "A-VERY-LONG-CAPITALISED-WORD-HERE",
    ];
    let lex = lexicon::get();
    for w in words {
        assert_eq!(with_lower(w, str::to_string), lower(w), "with_lower {w:?}");
        assert_eq!(
            honorific_word(w),
            is_honorific(bare(w).as_str()),
            "honorific {w:?}"
        );
        let lw = lower(w);
        assert_eq!(
            lex.unit_marks_of(&lw),
            lex.marks(&[lw.as_str()])[0],
            "unit marks {w:?}"
        );
    }
    for pair in words.windows(2) {
        let lowers: Vec<String> = pair.iter().map(|w| lower(w)).collect();
        assert_eq!(lex.marks_of_words(pair), lex.marks(&lowers), "{pair:?}");
    }
    assert_ne!(lex.unit_marks_of("lisbon"), 0, "a listed place has marks");
    assert!(honorific_word("Mr.") && !honorific_word("Mister"));
}

/// The first-word screen of [`listed_place`] never changes its answer.
#[test]
fn listed_place_screen_matches_the_plain_test() {
    let lex = lexicon::get();
    let words = [
        "New",
        "York",
        "City",
        "West",
        "Bank",
        "Isle",
        "of",
        "Man",
        "Northgate",
        "Lisbon",
        "LISBON",
        "São",
        "Paulo",
        "Georgia",
        "Dana",
        "the",
        "Russian",
        "Federation",
        "",
    ];
    let mut listed = 0;
    for start in 0..words.len() {
        for end in start..(start + 4).min(words.len()) {
            let m = Named {
                start,
                end,
                kind: LOC,
                weight: WEIGHT_SINGLE,
            };
            let plain = lex
                .marks_of_words(&words[start..end])
                .iter()
                .all(|&k| k & PLACE_MARKS != 0);
            assert_eq!(
                listed_place(lex, &words, &m),
                plain,
                "{:?}",
                &words[start..end]
            );
            listed += plain as usize;
        }
    }
    assert!(listed > 5, "too few listed places: {listed}");
}
