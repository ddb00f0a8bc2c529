//! The entity pass's per-word shortcuts of the thirty-ninth session (entspeed39) give what the
//! plain tests give: the listed companies' hash filter, the drawn-out words' run count, and the
//! gate of a sentence with a listed company and no name found (`may_name_listed`).

use super::listed_companies::{is_listed_company, listed_companies, names};
use super::org_shapes::{is_drawn_out, is_drawn_out_by_windows};
use super::*;
use crate::entities::lexicon;

/// Every listed name passes the filter; other words are found only by the binary search.
#[test]
fn the_filter_keeps_every_listed_name() {
    let names = names();
    for &n in names {
        assert!(is_listed_company(n), "{n}");
        for other in [
            n.to_ascii_lowercase(),
            n.to_ascii_uppercase(),
            format!("{n}s"),
            format!("{n}."),
            n[..n.len() - 1].to_string(),
            format!("X{n}"),
        ] {
            assert_eq!(
                is_listed_company(&other),
                names.binary_search(&other.as_str()).is_ok(),
                "{other}"
            );
        }
    }
    for w in [
        "",
        "A",
        "Zzzzzzzzzzzzzzzzzzzzzz",
        "Alphabetically",
        "Nvidia’s",
        "Ünilever",
    ] {
        assert_eq!(is_listed_company(w), names.binary_search(&w).is_ok(), "{w}");
    }
}

/// The run count answers as the three-byte windows on every word of up to five bytes of a few
/// letters (Roman numerals' among them), marks and a non-ASCII letter, and on longer words.
#[test]
fn drawn_out_runs_match_the_windows() {
    let parts = ["a", "A", "i", "I", "b", "1", "-", "é", "x"];
    let mut words = vec![String::new()];
    let mut all = Vec::new();
    for _ in 0..5 {
        words = words
            .iter()
            .flat_map(|w| parts.iter().map(move |p| format!("{w}{p}")))
            .collect();
        all.extend(words.iter().cloned());
    }
    all.extend(
        [
            "Loooool", "GWOOOOD", "Awwwww", "Henry", "VIII", "XXXIII", "aaa", "Aaab", "baAa",
            "zzzz",
        ]
        .map(String::from),
    );
    for w in &all {
        assert_eq!(is_drawn_out(w), is_drawn_out_by_windows(w), "{w:?}");
    }
}

/// `may_name_listed` says yes exactly where the listed companies' rule (or the planets', with
/// its cues) adds a name to a sentence with none.
#[test]
fn the_listed_gate_is_the_rule_on_no_names() {
    let lex = lexicon::get();
    let sentences: &[&[&str]] = &[
        &["She", "moved", "to", "Nvidia", "after", "six", "years"],
        &["Unilever", "cut", "its", "forecast"],
        &["Apple", "pie", "is", "sweet"],
        &["Next", "week", "the", "shops", "open"],
        &["They", "bought", "Apple", "shares"],
        &["They", "bought", "shares", "in", "Apple", "Hospitality"],
        &["Shares", "of", "Tesco", "fell"],
        &["JOHN", "JOINED", "TESCO"],
        &["Nvidia", "and", "Mars", "orbit", "the", "planet"],
        &["The", "Nvidia", "results", "were", "good"],
        &["results", "at", "Siemens", "were", "good"],
    ];
    for &words in sentences {
        for mode in [CaseMode::Normal, CaseMode::Title, CaseMode::AllCaps] {
            let mut cl = Vec::new();
            classes::of_words(lex, words, &mut cl);
            let cues = words.iter().fold(0, |all, w| all | cue_words::of(w));
            let ranges: Vec<Range<usize>> = (0..words.len()).map(|i| i * 2..i * 2 + 1).collect();
            let text = Lists {
                words,
                ranges: &ranges,
            };
            let mut out = Vec::new();
            listed_companies(lex, &text, &cl, cues, mode, &mut out);
            super::planets::planets(&text, &cl, cues, &mut out);
            let gate = may_name_listed(lex, &text, &cl, cues, mode);
            assert!(gate || out.is_empty(), "{words:?} {mode:?}");
            if cues & (cue_words::PLANET | cue_words::SPACE) != cue_words::PLANET | cue_words::SPACE
            {
                assert_eq!(gate, !out.is_empty(), "{words:?} {mode:?}");
            }
        }
    }
}
