//! Named cases for single repairs, fed the tagger spans directly (made-up names), so each repair
//! is checked whatever the model tags.

use super::*;
use crate::entities::lexicon;

/// (name, words, case mode, tagger spans, spans expected after the repairs)
pub(super) type RepairCase = (
    &'static str,
    &'static [&'static str],
    CaseMode,
    &'static [(usize, usize, usize)],
    &'static [(usize, usize, usize)],
);

const CASES: &[RepairCase] = &[
    (
        "chat's acronyms are no names",
        &["that", "was", "so", "good", "LMAO", "XD", "STFU", "!"],
        CaseMode::Normal,
        &[(4, 5, ORG), (5, 6, ORG), (6, 7, PER)],
        &[],
    ),
    (
        "an acronym that is also a paper's name stays",
        &["the", "SMH", "reported", "it", "first"],
        CaseMode::Normal,
        &[(1, 2, ORG)],
        &[(1, 2, ORG)],
    ),
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
        "a title then two names the tagger split: one person",
        &["Mayor", "Imogen", "Tallis", "said", "no", "."],
        CaseMode::Normal,
        &[(0, 2, PER), (2, 3, ORG)],
        &[(1, 3, PER)],
    ),
    (
        "a title then an unknown surname the tagger missed: one person",
        &["Mayor", "Imogen", "Tallis", "said", "no", "."],
        CaseMode::Normal,
        &[(1, 2, PER)],
        &[(1, 3, PER)],
    ),
    (
        "a headline's common word after a title is no name",
        &["Rep.", "Demands", "Answers", "on", "Veterans", "Care"],
        CaseMode::Title,
        &[],
        &[],
    ),
    (
        "a headline's name is cut at its common words, the parts typed by the gazetteers",
        &["Kenyan", "Runner", "Wins", "Berlin", "Marathon"],
        CaseMode::Title,
        &[(0, 5, ORG)],
        &[(0, 1, 3), (3, 4, LOC)],
    ),
    (
        "a headline's name with a connective and a head is not cut",
        &["Bank", "of", "Ruritania", "Holds", "Rates"],
        CaseMode::Title,
        &[(0, 3, ORG)],
        &[(0, 3, ORG)],
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
    check_repairs(CASES);
}

/// [`repair`] of `words` written one space apart, with the tagger's `spans`.
pub(super) fn repair_words(
    words: &[&str],
    mode: CaseMode,
    spans: &[(usize, usize, usize)],
) -> Vec<Named> {
    let mut ranges = Vec::with_capacity(words.len());
    let mut at = 0;
    for w in words {
        ranges.push(at..at + w.len());
        at += w.len() + 1;
    }
    repair(lexicon::get(), words, &ranges, mode, spans)
}

/// Runs [`repair`] on each case's tagger spans and asserts the spans expected.
pub(super) fn check_repairs(cases: &[RepairCase]) {
    let mut errors = Vec::new();
    let mut names = std::collections::HashSet::new();
    for &(name, words, mode, spans, want) in cases {
        assert!(names.insert(name), "duplicate case name {name}");
        let got: Vec<(usize, usize, usize)> = repair_words(words, mode, spans)
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
/// [`lower`], `unit_marks_of` and
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
        "Festival",
        "Times",
        "Government",
        "Warns",
        "The",
        "1984",
        "2101",
    ];
    let lex = lexicon::get();
    for w in words {
        assert_eq!(with_lower(w, str::to_string), lower(w), "with_lower {w:?}");
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
    let mut classes = Vec::new();
    classes::of_words(lex, &words, &mut classes);
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
                listed_place(
                    lex,
                    &Lists {
                        words: &words,
                        ranges: &[],
                    },
                    &classes,
                    &m
                ),
                plain,
                "{:?}",
                &words[start..end]
            );
            listed += plain as usize;
        }
    }
    assert!(listed > 5, "too few listed places: {listed}");
}

/// The per-word cache's entries give the lexicon's facts of each word's lower-case form as
/// [`classes::LowerFacts::of`] looks them up, so [`classes::of_known`] with them (the emit
/// step's fast path) is [`classes::of`], on generated news and on odd words.
#[test]
fn classes_from_the_entries_facts_are_the_looked_up_classes() {
    use crate::entities::features::{lower, DocContext, InfoScratch};
    let lex = lexicon::get();
    let text = format!(
        "{}\nTHE NEW YORK TIMES Reports On LISBON.\nMr. O'Neil's stocks , S\u{212A}Y İstanbul \
         Straße Zoë ÓSCAR averyveryveryverylongwordindeed @gloss http://x.y #\n",
        crate::entities::news_text::news(30_000)
    );
    let tokens = crate::entities::tokenizer::tokenize_flat(&text);
    let mut scratch = InfoScratch::default();
    let mut doc = DocContext::default();
    let mut checked = 0;
    for k in 0..tokens.n_sentences() {
        let words: Vec<&str> = tokens.sentence(k).map(|t| &text[tokens.span(t)]).collect();
        scratch.add_to_doc(lex, &words, &mut doc);
        let facts: Vec<classes::LowerFacts> = scratch.lower_facts().collect();
        for (w, &e) in words.iter().zip(scratch.sentence_entries()) {
            let kept = facts[e as usize];
            assert_eq!(kept, classes::LowerFacts::of(lex, &lower(w)), "{w:?}");
            assert_eq!(classes::of_known(w, kept), classes::of(lex, w), "{w:?}");
            checked += 1;
        }
    }
    assert!(checked > 1000, "{checked}");
}

/// Names that need evidence: a headline's name made only of common words, and a sentence's
/// common first word before a lower-case one, get the weight linking drops unless confirmed.
#[test]
fn names_needing_evidence_are_unconfirmed() {
    let lex = lexicon::get();
    let weights = |words: &[&str], mode: CaseMode, spans: &[(usize, usize, usize)]| {
        let mut ranges = Vec::new();
        let mut at = 0;
        for w in words {
            ranges.push(at..at + w.len());
            at += w.len() + 1;
        }
        repair(lex, words, &ranges, mode, spans)
            .iter()
            .map(|m| (m.start, m.end, m.weight))
            .collect::<Vec<_>>()
    };
    // The headline's verb ends the name (`modern`); both parts need evidence.
    let headline = ["Police", "Chief", "Calls", "for", "Change"];
    assert_eq!(
        weights(&headline, CaseMode::Title, &[(0, 5, ORG)]),
        [(0, 2, WEIGHT_UNCONFIRMED), (4, 5, WEIGHT_UNCONFIRMED)]
    );
    // Lower-case connectives as headlines write them: still a headline.
    let headline = [
        "Water", "Bills", "to", "Rise", "as", "Firm", "Seeks", "Funds",
    ];
    assert_eq!(
        weights(&headline, CaseMode::Normal, &[(0, 2, ORG)]),
        [(0, 2, WEIGHT_UNCONFIRMED)]
    );
    let sentence = ["Harbour", "council", "approves", "a", "ferry", "link"];
    assert_eq!(
        weights(&sentence, CaseMode::Normal, &[(0, 1, ORG)]),
        [(0, 1, WEIGHT_UNCONFIRMED)]
    );
    // Not in running text, nor before a capitalised word.
    let sentence = [
        "The", "Harbour", "Gazette", "said", "it", "would", "appeal", ".",
    ];
    assert_ne!(
        weights(&sentence, CaseMode::Normal, &[(1, 3, ORG)]),
        [(1, 3, WEIGHT_UNCONFIRMED)]
    );
    let sentence = ["Harbour", "Gazette", "said", "it", "would", "appeal", "."];
    assert_ne!(
        weights(&sentence, CaseMode::Normal, &[(0, 2, ORG)]),
        [(0, 2, WEIGHT_UNCONFIRMED)]
    );
}

/// (name, words, whether a repair could find a name in them with no tagger span)
type AloneCase<'a> = (&'a str, &'a [&'a str], bool);

/// Sentences the tagger found no name in are repaired only when [`may_find_alone`] says a
/// repair could find one: it must hold wherever the repairs find one, and the cases said to
/// find one do.
#[test]
fn sentences_without_names_are_repaired_where_a_repair_could_find_one() {
    let cases: &[AloneCase] = &[
        (
            "an object before an article",
            &["He", "told", "the", "QRX", "the", "news", "."],
            true,
        ),
        (
            "a compass region after the",
            &["Farmers", "in", "the", "Midwest", "fear", "drought", "."],
            true,
        ),
        (
            "a numbered road",
            &["traffic", "on", "Route", "66", "."],
            true,
        ),
        (
            "a name after a title",
            &["he", "met", "Mr", "Zorvik", "."],
            true,
        ),
        (
            "a name after a kind of organisation",
            &["the", "airline", "Skyvane", "cancelled", "flights", "."],
            true,
        ),
        (
            "an acronym defined in brackets",
            &[
                "sea",
                "surface",
                "temperature",
                "(",
                "SST",
                ")",
                "rose",
                ".",
            ],
            true,
        ),
        (
            "a company before a verb of saying and its",
            &["Zenvoria", "said", "its", "losses", "narrowed", "."],
            true,
        ),
        (
            "a company after a lower-case word before a verb of saying",
            &[
                "shares", "rose", "after", "Zenvoria", "reported", "its", "results", ".",
            ],
            true,
        ),
        (
            "a name that starts in lower case",
            &["easyJet", "cut", "flights", "."],
            true,
        ),
        (
            "a product that starts in lower case",
            &["he", "lost", "his", "iPhone", "."],
            true,
        ),
        (
            "a company described after a comma",
            &[
                "Zentrix", ",", "the", "world", "'s", "largest", "crypto", "exchange", ",",
                "agreed", "on", "Tuesday", "to", "pay", ".",
            ],
            true,
        ),
        (
            "a person described by a job after a comma",
            &[
                "Vellacott",
                ",",
                "a",
                "company",
                "director",
                ",",
                "agreed",
                "on",
                "Tuesday",
                ".",
            ],
            false,
        ),
        (
            "a verb of saying and its after a frequent plural",
            &["Officials", "said", "its", "roof", "leaked", "."],
            false,
        ),
        (
            "a verb of saying and a person's pronoun",
            &["Zenvoria", "said", "he", "saw", "its", "roof", "."],
            false,
        ),
        (
            "only the first word capitalised",
            &["Farmers", "fear", "the", "drought", "."],
            false,
        ),
        (
            "a capitalised word but no word a repair starts from",
            &["prices", "rose", "in", "Zorvik", "."],
            false,
        ),
        (
            "only a frequent word capitalised after a quote",
            &["\u{201c}", "We", "fear", "the", "drought", "."],
            false,
        ),
    ];
    let lex = lexicon::get();
    for &(name, words, finds) in cases {
        let mut cl = Vec::new();
        classes::of_words(lex, words, &mut cl);
        let ranges: Vec<Range<usize>> = (0..words.len()).map(|i| i * 10..i * 10 + 1).collect();
        let found = repair(lex, words, &ranges, CaseMode::Normal, &[]);
        let text = Lists {
            words,
            ranges: &ranges,
        };
        assert_eq!(may_find_alone(&text, &cl), finds, "{name}: the test");
        assert_eq!(
            !found.is_empty(),
            finds,
            "{name}: the repairs found {found:?}"
        );
    }
}
