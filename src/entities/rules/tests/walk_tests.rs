//! Tests of the walks and gates of [`super::repair_into`]: [`next_with`]'s paths and the
//! gated rules against their ungated forms.

use super::*;
use crate::test_rng::XorShift;

/// Both paths of [`next_with`] (the vector one where the CPU has it) find what the plain walk
/// finds, for masks and values over all 64 bits, every start, sentences of up to 40 words.
#[test]
fn next_with_paths_match_the_plain_walk() {
    let mut rng = XorShift::new(0x2545_F491_4F6C_DD1D);
    let mut next = || rng.next_u64();
    for round in 0..3000 {
        let n = round % 41;
        let mask = next() & next();
        let value = mask & next();
        // Words that match, miss by one bit, or are random.
        let cl: Vec<Classes> = (0..n)
            .map(|_| match next() % 4 {
                0 => value | (next() & !mask),
                1 => (value ^ (1 << (next() % 64))) | (next() & !mask),
                _ => next(),
            })
            .collect();
        for from in 0..=n + 1 {
            let plain = (from..n).find(|&i| cl[i] & mask == value);
            assert_eq!(next_with(&cl, from, mask, value), plain, "{from} {mask:#x}");
            let scalar = cl
                .get(from..)
                .and_then(|rest| next_with_scalar(rest, mask, value))
                .map(|k| from + k);
            assert_eq!(scalar, plain);
        }
    }
}

/// The gated rules do what the rules do on sentences with and without their words: random
/// sentences of classes (particles, "and", "The", handles and "#" among them or not) and
/// random spans, sorted or not, overlapping or not.
#[test]
fn gated_rules_match_the_rules() {
    let pools: [&[Classes]; 2] = [
        &[
            CAPITALISED | HAS_ALPHA,
            CAPITALISED | HAS_ALPHA | FIRST_NAME,
            HAS_LOWER | HAS_ALPHA,
            PARTICLE | HAS_LOWER,
            PARTICLE_LOWER | CAPITALISED,
            AND_EXACT,
            THE_EXACT | CAPITALISED,
            SOCIAL,
            HASH,
            0,
        ],
        &[
            CAPITALISED | HAS_ALPHA,
            HAS_LOWER | HAS_ALPHA,
            FIRST_NAME,
            0,
        ],
    ];
    let mut rng = XorShift::new(0x9E37_79B9_7F4A_7C15);
    let mut next = |k: usize| rng.below(k);
    let words: Vec<&str> = (0..24).map(|_| "w").collect();
    let ranges: Vec<Range<usize>> = (0..24).map(|i| 2 * i..2 * i + 1).collect();
    for round in 0..6000 {
        let pool = pools[round % 2];
        let n = 1 + next(20);
        let cl: Vec<Classes> = (0..n).map(|_| pool[next(pool.len())]).collect();
        let union = cl.iter().fold(0, |all, &c| all | c);
        let spans: Vec<Named> = (0..next(5))
            .map(|_| {
                let start = next(n);
                Named {
                    start,
                    end: (start + next(4)).min(n),
                    kind: next(5),
                    weight: WEIGHT_SINGLE,
                }
            })
            .collect();
        let text = Lists {
            words: &words[..n],
            ranges: &ranges[..n],
        };
        type Pair = (
            fn(&dyn Text, &[Classes], Classes, &mut Vec<Named>),
            fn(&dyn Text, &[Classes], &mut Vec<Named>),
        );
        let rules: [Pair; 3] = [
            (social, social_everywhere),
            (
                |_, cl, u, out| split_and_the(cl, u, out),
                |_, cl, out| split_and_the_everywhere(cl, out),
            ),
            (
                |_, cl, u, out| particles(cl, u, out),
                |_, cl, out| particles_everywhere(cl, out),
            ),
        ];
        for (k, (gated, rule)) in rules.iter().enumerate() {
            let (mut a, mut b) = (spans.clone(), spans.clone());
            gated(&text, &cl, union, &mut a);
            rule(&text, &cl, &mut b);
            assert_eq!(a, b, "rule {k}: {cl:?} {spans:?}");
        }
    }
}

/// [`next_with`] finds what a walk a word at a time finds: every start in sentences of up
/// to 19 words (the chunks of eight and their remainder), with the wanted words anywhere.
#[test]
fn next_with_matches_the_plain_walk() {
    let (mask, value) = (CAPITALISED | HAS_LOWER, CAPITALISED);
    let kinds = [0, CAPITALISED, CAPITALISED | HAS_LOWER, HAS_LOWER, RULE_CUE];
    for n in 0..20usize {
        for seed in 0..40usize {
            let cl: Vec<Classes> = (0..n)
                .map(|i| kinds[(i * 7 + seed * 13 + i * i * seed) % kinds.len()])
                .collect();
            for from in 0..=n + 1 {
                let plain = (from..n).find(|&i| cl[i] & mask == value);
                assert_eq!(next_with(&cl, from, mask, value), plain, "{cl:?} {from}");
            }
        }
    }
}

/// The rules gated or filtered per name by classes do what they do with every gate open (a
/// union of all classes, every word a letter): random sentences of real words (heads of
/// organisations, "of", "and", brackets, legal suffixes, punctuation, numbers) and random
/// spans, in every case mode.
#[test]
fn rules_filtered_by_classes_match_the_open_rules() {
    let lex = lexicon::get();
    let pool = [
        "Department",
        "of",
        "for",
        "on",
        "and",
        "&",
        "the",
        "The",
        "Water",
        "Resources",
        "Office",
        "Budget",
        "Planning",
        "University",
        "Ministry",
        "Monday",
        "Acme",
        "Inc",
        "Inc.",
        "plc",
        "Ltd",
        "AG",
        "SA",
        "S.A.",
        "N.V.",
        "GmbH",
        "Corp.",
        "(",
        ")",
        ",",
        ".",
        "2019",
        "in",
        "said",
        "a",
        "Omar",
        "arrived",
        "Kestrel",
        "Dynamics",
        "DEPARTMENT",
        "OF",
        "Simon",
        "Sarah",
        "Jordan",
        "Washington",
        "State",
        "NHS",
        "National",
        "Health",
        "Service",
        "NHSs",
        "Ngozi",
        "Adeyemi-Clarke",
    ];
    let mut rng = XorShift::new(0x2545_F491_4F6C_DD1D);
    let mut next = |k: usize| rng.below(k);
    let modes = [CaseMode::Normal, CaseMode::Title, CaseMode::AllCaps];
    for round in 0..6000 {
        let n = 1 + next(16);
        let words: Vec<&str> = (0..n).map(|_| pool[next(pool.len())]).collect();
        let ranges: Vec<Range<usize>> = (0..n).map(|i| 10 * i..10 * i + 9).collect();
        let mut cl = Vec::new();
        classes::of_words(lex, &words, &mut cl);
        let union = cl.iter().fold(0, |all, &c| all | c);
        let all_alpha: Vec<Classes> = cl.iter().map(|&c| c | HAS_ALPHA).collect();
        let text = Lists {
            words: &words,
            ranges: &ranges,
        };
        let mode = modes[round % 3];
        let mut spans: Vec<Named> = (0..next(5))
            .map(|_| {
                let start = next(n);
                Named {
                    start,
                    end: (start + 1 + next(4)).min(n),
                    kind: next(5),
                    weight: WEIGHT_SINGLE,
                }
            })
            .collect();
        // As the tagger gives them: in order, apart.
        normalise(&mut spans);
        let (mut a, mut b) = (spans.clone(), spans.clone());
        org_names(&cl, union, mode, &mut a);
        org_names(&cl, Classes::MAX, mode, &mut b);
        assert_eq!(a, b, "org_names: {words:?} {spans:?}");
        let (mut a, mut b) = (spans.clone(), spans.clone());
        trim_trailing_lower(&cl, union, mode, &mut a);
        trim_trailing_lower(&cl, Classes::MAX, mode, &mut b);
        assert_eq!(a, b, "trim_trailing_lower: {words:?} {spans:?}");
        let (mut a, mut b) = (spans.clone(), spans.clone());
        company_suffixes(&text, &cl, union, &mut a);
        company_suffixes(&text, &all_alpha, Classes::MAX, &mut b);
        assert_eq!(a, b, "company_suffixes: {words:?} {spans:?}");
        let (mut a, mut b) = (a.clone(), a);
        first_name_joins(&cl, union, mode, &mut a);
        first_name_joins(&cl, Classes::MAX, mode, &mut b);
        assert_eq!(a, b, "first_name_joins: {words:?} {spans:?}");
        let (mut a, mut b) = (a.clone(), a);
        org_then_person(&cl, union, &mut a);
        org_then_person(&cl, Classes::MAX, &mut b);
        assert_eq!(a, b, "org_then_person: {words:?} {spans:?}");
        let (mut a, mut b) = (a.clone(), a);
        bracketed_acronyms(&text, &cl, union, &mut a);
        bracketed_acronyms(&text, &cl, Classes::MAX, &mut b);
        assert_eq!(a, b, "bracketed_acronyms: {words:?} {spans:?}");
    }
}

/// The rules gated on the union of the sentence's classes in the thirty-first session do what
/// they do with every gate open (a union of all classes): random sentences of words that make
/// each rule act (events' and organisations' heads, "The", weekdays and months, bracketed years,
/// markets, "in" and "at", counted nouns, common plurals) and random spans of every type, in every
/// case mode; each rule is seen to change some spans. `initial_common`'s first word's span, read
/// last now, is compared with the rule's former order of tests.
#[test]
fn union_gated_rules_match_the_open_rules() {
    let lex = lexicon::get();
    let pool = [
        "Festival",
        "Medal",
        "The",
        "the",
        "Brooklyn",
        "Paper",
        "BBC",
        "Hague",
        "Wednesday",
        "Monday",
        ",",
        "October",
        "Nov.",
        "9",
        "(",
        "1962",
        ")",
        "Council",
        "Airport",
        "River",
        "Ministry",
        "of",
        "Health",
        "Bank",
        "shares",
        "stock",
        "in",
        "at",
        "analysts",
        "Tokyo",
        "Agbado",
        "Omar",
        "Stage",
        "3",
        "Traders",
        "Harbour",
        "council",
        "approves",
        "Kettering",
        "Borough",
        "Swedish",
        "Prosecution",
        "Authority",
        "and",
        "said",
        "a",
        "Harborne",
    ];
    let mut rng = XorShift::new(0x9E37_79B9_7F4A_7C15);
    let mut next = |k: usize| rng.below(k);
    let modes = [CaseMode::Normal, CaseMode::Title, CaseMode::AllCaps];
    let mut acted = [0usize; 10];
    for round in 0..20_000 {
        let n = 1 + next(12);
        let mut words: Vec<&str> = (0..n).map(|_| pool[next(pool.len())]).collect();
        // A bracketed year somewhere in every other sentence long enough.
        if round % 2 == 0 && n >= 4 {
            let j = 1 + next(n - 3);
            words.splice(j..j + 3, ["(", "1962", ")"]);
        }
        let ranges: Vec<Range<usize>> = (0..n).map(|i| 10 * i..10 * i + 9).collect();
        let mut cl = Vec::new();
        classes::of_words(lex, &words, &mut cl);
        let union = cl.iter().fold(0, |all, &c| all | c);
        let text = Lists {
            words: &words,
            ranges: &ranges,
        };
        let mode = modes[round % 3];
        let mut spans: Vec<Named> = (0..next(5))
            .map(|_| {
                let start = next(n);
                Named {
                    start,
                    end: (start + 1 + next(4)).min(n),
                    kind: next(5),
                    weight: WEIGHT_SINGLE,
                }
            })
            .collect();
        normalise(&mut spans);
        // Each rule on the same spans, gated and open; `k` counts the rounds it acted in.
        let mut check = |k: usize, name: &str, rule: &dyn Fn(Classes, &mut Vec<Named>)| {
            let (mut a, mut b) = (spans.clone(), spans.clone());
            rule(union, &mut a);
            rule(Classes::MAX, &mut b);
            assert_eq!(a, b, "{name}: {words:?} {spans:?} {mode:?}");
            acted[k] += usize::from(a != spans);
        };
        check(0, "events", &|u, o| events(lex, &text, &cl, u, o));
        check(1, "leading_the", &|u, o| leading_the(lex, &text, &cl, u, o));
        check(2, "dateline_weekday", &|u, o| dateline_weekday(&cl, u, o));
        check(3, "bracketed_years", &|u, o| bracketed_years(&cl, u, o));
        check(4, "heads", &|u, o| heads(lex, &text, &cl, u, o));
        check(5, "market_context", &|u, o| {
            market_context(lex, &text, &cl, u, o)
        });
        check(6, "org_front", &|u, o| {
            org_front(lex, &text, &cl, u, mode, o)
        });
        check(7, "companies_by_staff", &|u, o| {
            companies_by_staff(lex, &text, &cl, u, o)
        });
        check(8, "non_names", &|u, o| non_names(&cl, u, mode, o));
        // `initial_common` against its tests in their former order (the span first).
        let (mut a, mut b) = (spans.clone(), spans.clone());
        initial_common(&text, &cl, mode, &mut a);
        if mode == CaseMode::Normal && text.range(0).is_some_and(|r| r.start == 0) {
            if let Some(m) = b.first_mut() {
                if m.start == 0
                    && m.end == 1
                    && m.kind != NORP
                    && has(&cl, 0, COMMON)
                    && class(&cl, 1) & (HAS_LOWER | CAPITALISED | POSSESSIVE) == HAS_LOWER
                {
                    m.weight = WEIGHT_UNCONFIRMED;
                }
            }
        }
        assert_eq!(a, b, "initial_common: {words:?} {spans:?} {mode:?}");
        acted[9] += usize::from(a != spans);
    }
    for (k, &n) in acted.iter().take(10).enumerate() {
        assert!(n > 0, "rule {k} never acted");
    }
}

/// The one-pass check at the end of [`repair_into`] says "nothing to tidy" only where [`tidy`]
/// would keep the names as they are; random lists of names (in order or not, empty, past the
/// sentence, overlapping, abutting) see both answers.
#[test]
fn names_in_order_need_no_tidying() {
    let mut rng = XorShift::new(0x9E37_79B9_7F4A_7C15);
    let mut next = |k: u64| (rng.next_u64() % k) as usize;
    let (mut tidy_ones, mut others) = (0, 0);
    for round in 0..20_000 {
        let n = 1 + round % 30;
        let mut out: Vec<Named> = Vec::new();
        let mut at = 0;
        for _ in 0..next(6) {
            // Mostly names after the last one, sometimes anywhere (an extension's overlap, a
            // name out of order) or empty or past the end.
            let start = if next(4) == 0 {
                next(n as u64 + 2)
            } else {
                at + next(3)
            };
            let end = start + if next(10) == 0 { 0 } else { 1 + next(3) };
            at = end;
            out.push(Named {
                start,
                end,
                kind: next(5),
                weight: 1,
            });
        }
        let mut tidied = out.clone();
        tidy(&mut tidied, n, |_| true);
        if in_order_within(&out, n) {
            assert_eq!(tidied, out, "{n}");
            tidy_ones += 1;
        } else {
            others += 1;
        }
    }
    assert!(tidy_ones > 2_000 && others > 2_000, "{tidy_ones} {others}");
}
