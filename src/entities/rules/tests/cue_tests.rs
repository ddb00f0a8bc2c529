//! The rules gated on [`RULE_CUE`] ([`super::cues`]) against themselves with every gate open.

use super::*;
use crate::test_rng::XorShift;

/// A phrase's words and the names a tagger might give it (start, end within the phrase).
type Phrase = (&'static [&'static str], &'static [(usize, usize)]);

/// Phrases that make each cue-gated rule act, look-alikes that must not, and fillers.
const PHRASES: &[Phrase] = &[
    (&["Storm", "Éowyn"], &[(0, 2), (1, 2)]),
    (&["Hurricane", "Milton"], &[(0, 2)]),
    (&["Storms", "Milton"], &[(0, 2)]),
    (&["Mount", "Ruang"], &[(1, 2)]),
    (&["Mt.", "Kenya"], &[(1, 2)]),
    (&["Leeds", "Crown", "Court"], &[(0, 1), (0, 3)]),
    (&["Mold", "Magistrates'", "Court", "Service"], &[(0, 1)]),
    (&["Hollins", "Leisure", "Centre"], &[(0, 1), (0, 3)]),
    (&["Hollins", "Leisure", "Park"], &[(0, 1)]),
    (&["Addenbrooke", "'s", "Hospital"], &[(0, 1), (0, 3)]),
    (&["Kellan", "'s", "Medical", "Center"], &[(0, 1)]),
    (&["Henley", "upon", "Thames"], &[(0, 1), (2, 3)]),
    (&["Henley", "on", "Thames"], &[(0, 1), (2, 3)]),
    (&["Stoke-on-Trent"], &[(0, 1)]),
    (&["London-based"], &[(0, 1)]),
    (
        &["between", "Brixton", "and", "Walthamstow"],
        &[(1, 2), (3, 4)],
    ),
    (&["between", "London", "and", "Paris"], &[(1, 2), (3, 4)]),
    (&["between", "Tokyo", ",", "Paris"], &[(1, 2), (3, 4)]),
    (&["from", "Carlisle", "to", "Glasgow"], &[(1, 2), (3, 4)]),
    (
        &["in", "Kettering", ",", "Rugby", "and", "Corby"],
        &[(1, 2), (3, 4), (5, 6)],
    ),
    (&["near", "Agbado"], &[(1, 2)]),
    (&["its", "Acme", "plant"], &[(1, 2)]),
    (&["Harwick", "'s", "works"], &[(0, 1)]),
    (&["its", "Acme", "stores"], &[(1, 2)]),
    (&["Le", "Minh", "Hung"], &[(1, 3), (0, 3)]),
    (&["To", "Lam"], &[(1, 2)]),
    (&["Lo", "Lam"], &[(1, 2)]),
    (&["Article", "III"], &[(0, 1), (0, 2)]),
    (&["Title", "IV"], &[(0, 2)]),
    (&["Chapter", "11"], &[(0, 1)]),
    (&["article", "50"], &[(0, 1)]),
    (&["Lee", "Byung-hun"], &[(0, 1), (0, 2), (1, 2)]),
    (&["Abdel", "Fattah", "al-Burhan"], &[(0, 2)]),
    (&["Kim", "Jong-un"], &[(0, 1)]),
    (&["Paris-based"], &[(0, 1)]),
    (&["the", "film", "Watchmen"], &[(2, 3)]),
    (&["the", "rover", "The", "Perseverance"], &[(3, 4)]),
    (&["moon", "“", "Enceladus"], &[(2, 3)]),
    (&["the", "Film", "Watchmen"], &[(2, 3)]),
    (&["Dunmere", "plc"], &[(0, 1)]),
    (&["Pirelli", "SpA"], &[(0, 1)]),
    (&["Barnett", "Corp."], &[(0, 1)]),
    (&["Dunmere", "PLCs"], &[(0, 1)]),
    (&["Austin", ",", "TX"], &[(0, 1), (2, 3)]),
    (&["Austin", ",", "Tx"], &[(0, 1)]),
    (&["Swedish", "Air", "Force"], &[(0, 1)]),
    (&["Swedish", "Police", "Authority"], &[(0, 1)]),
    (&["Swedish", "Armed", "Forces"], &[(0, 2)]),
    (&["Reporters", "Sans", "Frontières"], &[(0, 3)]),
    (&["Reporters", "San", "Frontières"], &[(0, 3)]),
    (&["Sinn", "Féin", "won", "7", "seats"], &[(1, 2), (0, 2)]),
    (&["Birmingham", "City", "Council", "said"], &[(0, 2)]),
    (&["Imperial", "College", "London", "said"], &[(0, 2)]),
    (&["NHS", "England", "said"], &[(0, 1)]),
    (&["Mary", "Lou", "McDonald"], &[(0, 2)]),
    (&["said"], &[]),
    (&["the"], &[]),
    (&["The", "Sun"], &[(1, 2)]),
    (&["Acme"], &[(0, 1)]),
    (&["Mr", "Vellacott"], &[(1, 2)]),
];

/// Each rule gated on [`RULE_CUE`] changes what it changes with every gate open: 30,000
/// sentences of random phrases above (the words each rule looks for and look-alikes), the
/// tagger's names of the phrases with random types and weights and off by a word at times,
/// every case mode; each rule is seen to act, and to act otherwise were its cue left out of the
/// union (the test fails for a gate cut too tight).
#[test]
fn cue_gated_rules_match_the_open_rules() {
    let lex = lexicon::get();
    let mut rng = XorShift::new(0x2545_F491_4F6C_DD1D);
    let mut next = |k: usize| rng.below(k);
    let modes = [CaseMode::Normal, CaseMode::Title, CaseMode::AllCaps];
    let weights = [WEIGHT_SINGLE, WEIGHT_MULTI, WEIGHT_SURE];
    let (mut acted, mut cut) = ([0usize; 14], [0usize; 14]);
    for round in 0..30_000 {
        let mut words: Vec<&str> = Vec::new();
        let mut spans: Vec<Named> = Vec::new();
        for _ in 0..1 + next(4) {
            let (phrase, names) = PHRASES[next(PHRASES.len())];
            let at = words.len();
            for &(s, e) in names {
                if next(5) == 0 {
                    continue;
                }
                let (mut s, mut e) = (at + s, at + e);
                if next(6) == 0 {
                    s = s.saturating_sub(1);
                }
                if next(6) == 0 {
                    e += 1;
                }
                spans.push(Named {
                    start: s,
                    end: e,
                    kind: next(5),
                    weight: weights[next(3)],
                });
            }
            words.extend_from_slice(phrase);
        }
        let n = words.len();
        for m in &mut spans {
            m.end = m.end.min(n);
        }
        normalise(&mut spans);
        // The words' own spans, a space apart ("between" is read only when seven bytes long).
        let mut at = 0;
        let ranges: Vec<Range<usize>> = words
            .iter()
            .map(|w| {
                let r = at..at + w.len();
                at = r.end + 1;
                r
            })
            .collect();
        let mut cl = Vec::new();
        classes::of_words(lex, &words, &mut cl);
        let union = cl.iter().fold(0, |all, &c| all | c);
        let text = Lists {
            words: &words,
            ranges: &ranges,
        };
        let mode = modes[round % 3];
        let mut check = |k: usize, name: &str, rule: &dyn Fn(Classes, &mut Vec<Named>)| {
            let (mut a, mut b, mut c) = (spans.clone(), spans.clone(), spans.clone());
            rule(union, &mut a);
            rule(Classes::MAX, &mut b);
            assert_eq!(a, b, "{name}: {words:?} {spans:?} {mode:?}");
            acted[k] += usize::from(a != spans);
            // The gate cut too tight (the cue taken out of the union) is seen to differ.
            rule(union & !RULE_CUE, &mut c);
            cut[k] += usize::from(c != b);
        };
        check(0, "storms", &|u, o| storms(&text, u, o));
        check(1, "buildings", &|u, o| buildings(&text, &cl, u, o));
        check(2, "joined_places", &|u, o| joined_places(&text, &cl, u, o));
        check(3, "place_context", &|u, o| {
            place_context(lex, &text, &cl, u, o)
        });
        check(4, "place_pairs", &|u, o| place_pairs(lex, &text, &cl, u, o));
        check(5, "vietnamese_names", &|u, o| {
            vietnamese_names(&text, &cl, u, mode, o)
        });
        check(6, "provisions", &|u, o| provisions(&text, &cl, u, o));
        check(7, "foreign_name_shapes", &|u, o| {
            foreign_name_shapes(&text, &cl, u, o)
        });
        check(8, "works_and_things", &|u, o| {
            works_and_things(&text, &cl, u, mode, o)
        });
        check(9, "company_suffixes", &|u, o| {
            company_suffixes(&text, &cl, u, o)
        });
        check(10, "state_codes", &|u, o| {
            state_codes(&text, &cl, u, mode, o)
        });
        check(11, "government_bodies", &|u, o| {
            government_bodies(&text, &cl, u, mode, o)
        });
        check(12, "foreign_bodies", &|u, o| {
            foreign_bodies(&text, &cl, u, mode, o)
        });
        check(13, "heads_after_names", &|u, o| {
            heads_after_names(&text, &cl, u, mode, o)
        });
    }
    for (k, (&n, &c)) in acted.iter().zip(&cut).enumerate() {
        assert!(
            n > 20,
            "rule {k} acted in {n} sentences only: {acted:?} {cut:?}"
        );
        // (`heads_after_names` and `place_pairs` are gated by classes alone: the sites of
        // companies since the lead's forty-second session, which read offices too.)
        assert!(
            c > 10 || k == 13 || k == 4,
            "rule {k}: a gate without its cue differed in {c} sentences only: {cut:?}"
        );
    }
}

/// [`RULE_CUE`] marks the words of the gated rules and not their look-alikes.
#[test]
fn rule_cues_are_the_rules_words() {
    let lex = lexicon::get();
    for w in [
        "Storm",
        "Cyclone",
        "Mount",
        "Mt.",
        "Court",
        "Centre",
        "Center",
        "upon",
        "between",
        "plant",
        "headquarters",
        "Le",
        "Cao",
        "Article",
        "Schedule",
        "Byung-hun",
        "al-Burhan",
        "El-Sisi",
        "al-Abdulrahmani",
        "film",
        "rover",
        "moon",
        "plc",
        "Inc.",
        "N.V.",
        "NY",
        "Für",
        "seats",
        "video-game",
    ] {
        assert_ne!(classes::of(lex, w) & RULE_CUE, 0, "{w:?}");
    }
    for w in [
        "storm",
        "Storms",
        "mount",
        "court",
        "centre",
        "Upon",
        "Between",
        "Plant",
        "le",
        "LE",
        "article",
        "ARTICLE",
        "Paris-based",
        "al-burhan",
        "Film",
        "PLCs",
        "Ny",
        "said",
        "the",
        "Fur",
        "für",
        "seat",
        "",
    ] {
        assert_eq!(classes::of(lex, w) & RULE_CUE, 0, "{w:?}");
    }
}
