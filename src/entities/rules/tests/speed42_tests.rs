//! entspeed42: the rule cues' table against the lists it is made of.

use super::cues::{is_rule_cue_by_lists, is_rule_cue_by_table, table};
use super::table_words::words_around_lists;
use super::*;

/// A made-up sentence's word ranges (20 bytes apart), classes, and the union of its classes and
/// of its cues, as the gated rules read them.
fn sentence(lex: &Lexicon, words: &[&str]) -> (Vec<Range<usize>>, Vec<Classes>, Classes, Cues) {
    let ranges = (0..words.len()).map(|i| i * 20..i * 20 + 1).collect();
    let mut cl = Vec::new();
    classes::of_words(lex, words, &mut cl);
    let union = cl.iter().fold(0, |all, &c| all | c);
    let cues = words.iter().fold(0, |all, w| all | cue_words::of(w));
    (ranges, cl, union, cues)
}

/// [`is_rule_cue_by_table`] gives what [`is_rule_cue_by_lists`] gives, under every case
/// class the gate reads: for every listed word and its variants (capitalised, in capitals,
/// lower-cased, a full stop or a letter more or less, a prefix, hyphened), every word of one
/// to three letters, capitals or marks, numbers, the words of two news fixtures, hyphened
/// names, and words past the lists' length.
#[test]
fn cue_table_matches_the_cue_lists() {
    let letters: Vec<char> = ('a'..='z')
        .chain(['A', 'M', 'N', 'T', '-', '.', '0'])
        .collect();
    let mut words = words_around_lists(
        table::listed_words(),
        &letters,
        &[
            include_str!("../../../../tests/fixtures/news-entities-ent38.txt"),
            include_str!("../../../../tests/fixtures/news-entities-ent39.txt"),
        ],
    );
    words.extend(
        [
            "Jean-Pierre",
            "Abu-Bakr",
            "al-Rashid",
            "Le-Minh",
            "WaterAid",
            "Article",
            "Title",
            "headquarter",
            "headquarterss",
            "Semiconductors",
            "abcdefghijklmnop",
            "abcdefghijklmnopq",
            "Für",
            "Fur",
            "FÜR",
            "café",
            "mr\u{0}",
            "",
        ]
        .map(String::from),
    );
    let cases = [
        0,
        CAPITALISED,
        HAS_LOWER,
        CAPITALISED | HAS_LOWER,
        CAPITALISED | HAS_LOWER | UPPER_OR_DIGIT,
    ];
    let mut cues = 0;
    for w in &words {
        for &case in &cases {
            let want = is_rule_cue_by_lists(w, case);
            cues += usize::from(want);
            assert_eq!(is_rule_cue_by_table(w, case), want, "{w:?} {case:#x}");
        }
    }
    assert!(cues > 500, "{cues}");
}

/// [`place_people`] gated by the sentence's [`cue_words::PEOPLE_ENDING`] answers as the rule
/// run on every sentence (all cues given), on generated sentences with and without a place's
/// people, spans over them or none.
#[test]
fn place_people_gate_keeps_the_rule() {
    let lex = crate::entities::lexicon::get();
    let people = [
        "Queenslanders",
        "Aucklanders",
        "Parisians",
        "Californians",
        "Canadians",
        "Yorkers",
        "Rangers",
        "Traders",
        "Sanders",
        "Athens",
        "Owens",
        "Danes",
        "Mariners",
        "Londoners",
        "Texans",
        "Berliners",
        "Reuters",
        "Acme",
    ];
    let mut changed = 0;
    for before in ["The", "New", "Many", "said", "Paris"] {
        for word in people {
            for after in ["said", "cheered", ",", "Aucklanders"] {
                let words = ["Yesterday", before, word, after, "."];
                let (ranges, cl, union, cues) = sentence(lex, &words);
                let text = Lists {
                    words: &words,
                    ranges: &ranges,
                };
                for spans in [
                    vec![],
                    vec![Named::word(2, ORG, WEIGHT_SINGLE)],
                    vec![Named {
                        start: 1,
                        end: 3,
                        kind: ORG,
                        weight: WEIGHT_MULTI,
                    }],
                ] {
                    let mut gated = spans.clone();
                    let mut plain = spans.clone();
                    place_people(lex, &text, &cl, union, cues, &mut gated);
                    place_people(lex, &text, &cl, union, Cues::MAX, &mut plain);
                    assert_eq!(gated, plain, "{words:?} {spans:?}");
                    changed += usize::from(gated != spans);
                }
            }
        }
    }
    assert!(changed > 20, "{changed}");
}

/// [`member_parties`] and [`sport_clubs`], gated by the sentence's [`cue_words::MEMBER_PLURAL`]
/// and [`cue_words::CLUB_HEAD`], answer as the rules run on every sentence (all cues given), on
/// generated sentences with and without a seat's plural or a club's head, spans of every type
/// over the names or none.
#[test]
fn member_and_club_gates_keep_the_rules() {
    let lex = crate::entities::lexicon::get();
    let (mut parties, mut clubs) = (0, 0);
    for first in ["Fianna", "Hull", "Derry", "Likud", "Harris", "Ohio"] {
        for second in ["Fáil", "City", "County", "Rovers", "Party", "Smith"] {
            for after in [
                "TDs",
                "MPs",
                "lawmakers",
                "have",
                "signed",
                "players",
                "said",
            ] {
                for before in ["in", "the", "Yesterday"] {
                    let words = [before, first, second, after, "cup", "."];
                    let (ranges, cl, _, cues) = sentence(lex, &words);
                    let text = Lists {
                        words: &words,
                        ranges: &ranges,
                    };
                    for kind in [PER, ORG, LOC, MISC] {
                        for (start, end) in [(1, 3), (1, 4), (2, 3)] {
                            let spans = vec![Named {
                                start,
                                end,
                                kind,
                                weight: WEIGHT_MULTI,
                            }];
                            let (mut gated, mut plain) = (spans.clone(), spans.clone());
                            member_parties(&text, &cl, cues, &mut gated);
                            member_parties(&text, &cl, Cues::MAX, &mut plain);
                            assert_eq!(gated, plain, "{words:?} {spans:?}");
                            parties += usize::from(gated != spans);
                            for mode in [CaseMode::Normal, CaseMode::Title] {
                                let (mut gated, mut plain) = (spans.clone(), spans.clone());
                                sport_clubs(lex, &text, &cl, mode, cues, &mut gated);
                                sport_clubs(lex, &text, &cl, mode, Cues::MAX, &mut plain);
                                assert_eq!(gated, plain, "{words:?} {spans:?} {mode:?}");
                                clubs += usize::from(gated != spans);
                            }
                        }
                    }
                }
            }
        }
    }
    assert!(parties > 20 && clubs > 20, "{parties} {clubs}");
}

/// [`kind_openers`], gated by the sentence's [`ORG_KIND`] and [`cue_words::OPENER`], answers as
/// the rule run on every sentence, on generated sentences opening with a kind of organisation,
/// "Broker", a role or other words, spans of every type from the first, second or third word.
#[test]
fn kind_openers_gate_keeps_the_rule() {
    let lex = crate::entities::lexicon::get();
    let mut changed = 0;
    for first in [
        "Broker",
        "Economist",
        "Insurer",
        "The",
        "Investment",
        "Film",
        "Yesterday",
        "Tamsworth",
    ] {
        for second in [
            "charity",
            "platform",
            "maker",
            "Tamsworth",
            "Khurshid",
            "said",
        ] {
            for third in ["Keale", "Alam", "Hargreaves", "agreed"] {
                let words = [first, second, third, "Lansdown", "agreed", "."];
                let (ranges, cl, union, cues) = sentence(lex, &words);
                let text = Lists {
                    words: &words,
                    ranges: &ranges,
                };
                for kind in [PER, ORG, LOC, MISC] {
                    for (start, end) in [(0, 2), (0, 4), (1, 4), (2, 4), (0, 1)] {
                        let spans = vec![Named {
                            start,
                            end,
                            kind,
                            weight: WEIGHT_MULTI,
                        }];
                        let (mut gated, mut plain) = (spans.clone(), spans.clone());
                        kind_openers(&text, &cl, union, cues, &mut gated);
                        kind_openers(&text, &cl, Classes::MAX, Cues::MAX, &mut plain);
                        assert_eq!(gated, plain, "{words:?} {spans:?}");
                        changed += usize::from(gated != spans);
                    }
                }
            }
        }
    }
    assert!(changed > 20, "{changed}");
}
