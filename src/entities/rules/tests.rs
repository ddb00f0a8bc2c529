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
