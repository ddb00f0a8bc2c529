//! Tests of [`Planes`]: the sets made with AVX2 against the plain ones, and the rules that walk
//! by them against their walks by [`next_with`].

use super::*;
use crate::test_rng::XorShift;

/// [`Planes::of`] (AVX2 where the CPU has it) makes the sets and the union the plain loop
/// makes, for classes over all 64 bits that meet each test, miss it by a bit or are random,
/// sentences of 0 to 70 words (none past 64).
#[test]
fn planes_match_the_plain_sets() {
    let mut rng = XorShift::new(0x2545_F491_4F6C_DD1D);
    let mut next = || rng.next_u64();
    let mut made = 0;
    for round in 0..4000 {
        let n = round % 71;
        let cl: Vec<Classes> = (0..n)
            .map(|_| {
                let (mask, value) = TESTS[(next() % TESTS.len() as u64) as usize];
                match next() % 4 {
                    0 => value | (next() & !mask),
                    1 => (value ^ (1 << (next() % 64))) | (next() & !mask),
                    _ => next(),
                }
            })
            .collect();
        let plain = Planes::plain(&cl);
        assert_eq!(plain.is_none(), n > 64, "{n}");
        // The gate of the clubs' rules, as `repair_into` tested it by a pass over the classes.
        if let Some(p) = &plain {
            let any = cl.iter().any(|&c| c & SCORE_MASK == SCORE_SHAPE);
            assert_eq!(p.score_shaped(), any, "{cl:x?}");
        }
        if let Some(p) = Planes::of(&cl) {
            assert_eq!(Some(p), plain, "{cl:x?}");
            made += 1;
        }
    }
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        assert!(made > 3000, "{made}");
    }
    let _ = made;
}

/// [`companies_before_report_verbs`], [`names_before_articles`] and [`lower_first_names`] give
/// the same names walking by a sentence's [`Planes`] as by [`next_with`], and
/// [`headline_names`] the same gated by them as not: random sentences of 1
/// to 70 words of subjects, verbs of saying and in the plural, pronouns, articles, acronyms,
/// lower-case names, headline words and look-alikes, random
/// spans (in order or not), every case mode. Each rule changes names in some rounds.
#[test]
fn planned_walks_match_the_scans() {
    let lex = lexicon::get();
    let pool = [
        "Revolut",
        "said",
        "its",
        "his",
        "have",
        "were",
        "are",
        "Arsenal",
        "Ocado",
        "reported",
        "the",
        "a",
        "an",
        "The",
        "A",
        "told",
        "BBC",
        "QRX",
        "CEO",
        "gave",
        "Smith",
        "keys",
        "eBay",
        "iPhone",
        "easyJet",
        "mRNA",
        "3rd",
        "10am",
        "Monday",
        "October",
        "It",
        "Officials",
        ",",
        ".",
        "and",
        "shares",
        "Mr",
        "which",
        "Data",
        "Staff",
        "London",
        "Greyfield",
        "Council",
        "9",
        "(",
        ")",
        "we",
        "did",
        "Zellora",
        "results",
        "myAccount",
    ];
    let mut rng = XorShift::new(0x9E37_79B9_7F4A_7C15);
    let mut next = |k: usize| rng.below(k);
    let modes = [
        CaseMode::Normal,
        CaseMode::Normal,
        CaseMode::Title,
        CaseMode::AllCaps,
    ];
    let mut acted = [0usize; 4];
    for round in 0..20_000 {
        // Mostly short sentences (headlines have at most 24 words), some past 64 words.
        let n = 1 + if round % 10 == 0 { next(70) } else { next(20) };
        let words: Vec<&str> = (0..n).map(|_| pool[next(pool.len())]).collect();
        let ranges: Vec<Range<usize>> = (0..n).map(|i| 10 * i..10 * i + 9).collect();
        let mut cl = Vec::new();
        classes::of_words(lex, &words, &mut cl);
        let union = cl.iter().fold(0, |all, &c| all | c);
        let text = Lists {
            words: &words,
            ranges: &ranges,
        };
        let mode = modes[round % modes.len()];
        let mut spans: Vec<Named> = (0..next(4))
            .map(|_| {
                let start = next(n);
                Named {
                    start,
                    end: (start + 1 + next(3)).min(n),
                    kind: next(5),
                    weight: WEIGHT_SINGLE,
                }
            })
            .collect();
        if round % 4 != 0 {
            normalise(&mut spans);
        }
        let plain = Planes::plain(&cl);
        let made = Planes::of(&cl);
        assert!(made.is_none() || made == plain);
        type Rule<'r> = &'r dyn Fn(Option<&Planes>, &mut Vec<Named>);
        let mut check = |k: usize, name: &str, rule: Rule| {
            let mut scanned = spans.clone();
            rule(None, &mut scanned);
            for planes in [plain.as_ref(), made.as_ref()] {
                let mut walked = spans.clone();
                rule(planes, &mut walked);
                assert_eq!(walked, scanned, "{name}: {words:?} {spans:?} {mode:?}");
            }
            acted[k] += usize::from(scanned != spans);
        };
        check(0, "companies_before_report_verbs", &|p, o| {
            companies_before_report_verbs(&text, &cl, mode, p, o)
        });
        check(1, "names_before_articles", &|p, o| {
            names_before_articles(&text, &cl, union, mode, p, o)
        });
        check(2, "lower_first_names", &|p, o| {
            lower_first_names(&text, &cl, mode, p, o)
        });
        check(3, "headline_names", &|p, o| headline_names(&cl, mode, p, o));
    }
    for (k, &n) in acted.iter().enumerate() {
        assert!(n > 20, "rule {k} acted in {n} rounds");
    }
}

/// A [`Walk`] by bits gives the set bits in order; one by [`next_with`] the words it finds
/// from its start.
#[test]
fn walks_give_their_words_in_order() {
    let bits = Walk::Bits(0b1010_0001 | 1 << 63).collect::<Vec<_>>();
    assert_eq!(bits, [0, 5, 7, 63]);
    let cl = [CAPITALISED, 0, CAPITALISED, CAPITALISED, 0];
    let scan = Walk::Scan {
        cl: &cl,
        from: 1,
        mask: CAPITALISED,
        value: CAPITALISED,
    };
    assert_eq!(scan.collect::<Vec<_>>(), [2, 3]);
    assert_eq!(Walk::Bits(0).next(), None);
}
