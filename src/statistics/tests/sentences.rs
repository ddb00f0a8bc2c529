//! Table-driven tests of the statistics layer on made-up news sentences.
#![allow(clippy::type_complexity)]

use super::*;
use crate::offsets::Unit;

mod hints;

fn stats(text: &str) -> Vec<(&'static str, String, Detail)> {
    annotate(text)
        .into_iter()
        .map(|a| {
            let t = a.text(text).to_string();
            let annotation::Detail::Statistic(d) = a.detail else {
                panic!("not a statistic")
            };
            (a.kind, t, d)
        })
        .collect()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// (case, sentence, expected (type, covered text, value) — each must be among the results).
const FINDS: &[(&str, &str, &[(&str, &str, Option<f64>)])] = &[
    (
        "a year named as one",
        "The scheme has run since the financial year 2019 and ends in the year 2031.",
        &[
            ("DATE", "since the financial year 2019", None),
            ("DATE", "the year 2031", None),
        ],
    ),
    (
        "an age after more than",
        "The oak is more than 300 years old, the council said.",
        &[("QUANTITY", "300 years old", Some(300.0))],
    ),
    (
        "digits with separators",
        "The council approved 2,450 new homes.",
        &[("CARDINAL", "2,450", Some(2450.0))],
    ),
    (
        "words",
        "Four hundred and twelve nurses signed the letter.",
        &[("CARDINAL", "Four hundred and twelve", Some(412.0))],
    ),
    (
        "magnitude",
        "The scheme will cost 1.2bn over a decade.",
        &[("CARDINAL", "1.2bn", Some(1.2e9))],
    ),
    (
        "a dozen",
        "About a dozen ferries were cancelled.",
        &[("CARDINAL", "a dozen", Some(12.0))],
    ),
    (
        "one in five",
        "One in five adults said they skip meals.",
        &[("CARDINAL", "One in five", None)],
    ),
    (
        "ordinal rank",
        "It is now the fifth busiest airport in Europe.",
        &[("ORDINAL", "fifth busiest", Some(5.0))],
    ),
    (
        "ordinal digits",
        "The 21st annual report was late.",
        &[("ORDINAL", "21st", Some(21.0))],
    ),
    (
        "per cent words",
        "Turnout fell to 61 per cent on Friday.",
        &[
            ("PERCENT", "61 per cent", Some(61.0)),
            ("DATE", "Friday", None),
        ],
    ),
    (
        "percent sign",
        "Prices rose 4.2% in the year to March.",
        &[("PERCENT", "4.2%", Some(4.2))],
    ),
    (
        "percentage points",
        "The party gained 3 percentage points.",
        &[("PERCENT", "3 percentage points", Some(3.0))],
    ),
    (
        "percent range",
        "Growth of 2-3% is forecast.",
        &[("PERCENT", "2-3%", None)],
    ),
    (
        "pounds bn",
        "The deal is worth £2.7bn to the Treasury.",
        &[("MONEY", "£2.7bn", Some(2.7e9))],
    ),
    (
        "dollars spaced",
        "Investors put $ 75 million into the fund.",
        &[("MONEY", "$ 75 million", Some(75e6))],
    ),
    (
        "US dollar prefix",
        "Tickets cost US$3 each.",
        &[("MONEY", "US$3", Some(3.0))],
    ),
    (
        "euro",
        "A fine of €40 was imposed.",
        &[("MONEY", "€40", Some(40.0))],
    ),
    (
        "pence",
        "Shares closed at 75 pence.",
        &[("MONEY", "75 pence", Some(75.0))],
    ),
    (
        "currency word",
        "He was paid 300 dollars a week.",
        &[("MONEY", "300 dollars", Some(300.0))],
    ),
    (
        "distance",
        "The new road is 17 km long.",
        &[("QUANTITY", "17 km", Some(17.0))],
    ),
    (
        "attached unit",
        "She lifted 120kg in the final.",
        &[("QUANTITY", "120kg", Some(120.0))],
    ),
    (
        "hyphenated unit",
        "A 10-mile stretch was closed.",
        &[("QUANTITY", "10-mile", Some(10.0))],
    ),
    (
        "area",
        "The farm covers 400 square metres.",
        &[("QUANTITY", "400 square metres", Some(400.0))],
    ),
    (
        "temperature",
        "Highs of 31C are expected.",
        &[("QUANTITY", "31C", Some(31.0))],
    ),
    (
        "temperature words",
        "It reached 40 degrees Celsius inland.",
        &[("QUANTITY", "40 degrees Celsius", Some(40.0))],
    ),
    (
        "age",
        "The driver, 29 years old, was arrested.",
        &[("QUANTITY", "29 years old", Some(29.0))],
    ),
    (
        "age hyphenated",
        "A 34-year-old man was charged.",
        &[("QUANTITY", "34-year-old", Some(34.0))],
    ),
    (
        "month and year",
        "The law changed in October 2021.",
        &[("DATE", "October 2021", None)],
    ),
    (
        "iso date",
        "Filed on 2023-11-05 by the clerk.",
        &[("DATE", "2023-11-05", None)],
    ),
    (
        "day month year",
        "Polls open on 4 July 2024 nationwide.",
        &[("DATE", "4 July 2024", None)],
    ),
    (
        "relative",
        "Exports grew last year and will slow next year.",
        &[("DATE", "last year", None), ("DATE", "next year", None)],
    ),
    (
        "season range",
        "Figures for 2012–13 were revised.",
        &[("DATE", "2012–13", None)],
    ),
    (
        "time",
        "The vote is at 2.15pm today.",
        &[("TIME", "2.15pm today", None)],
    ),
    (
        "duration",
        "The inquiry ran over three years.",
        &[("DURATION", "three years", None)],
    ),
    (
        "doubled",
        "Rents have doubled since 2015.",
        &[("CARDINAL", "doubled", Some(2.0))],
    ),
    (
        "three times as many",
        "There were three times as many applicants.",
        &[("CARDINAL", "three times as many", Some(3.0))],
    ),
];

#[test]
fn finds_statistics() {
    for (name, text, want) in FINDS {
        let got = stats(text);
        for (kind, span, value) in *want {
            let hit = got.iter().find(|(k, t, _)| k == kind && t == span);
            let Some((_, _, d)) = hit else {
                panic!(
                    "{name}: {kind} {span:?} not in {:?}",
                    got.iter().map(|(k, t, _)| (k, t)).collect::<Vec<_>>()
                );
            };
            if let Some(v) = value {
                assert!(
                    d.value_of().is_some_and(|x| close(x, *v)),
                    "{name}: value {:?} != {v}",
                    d.value_of()
                );
            }
        }
    }
}

/// (case, sentence, covered text that must NOT be a CARDINAL/ORDINAL).
const NOT_NUMBERS: &[(&str, &str, &str)] = &[
    ("year in a date", "The bridge opened in March 1998.", "1998"),
    ("phone number", "Call 0113 496 0000 for details.", "0113"),
    ("international phone", "Ring +44 20 7946 0958 today.", "44"),
    ("page number", "See page 12 of the report.", "12"),
    ("time of day", "The meeting starts at 10:30.", "10"),
    ("inside money", "It cost £2.7bn in total.", "2.7"),
    ("inside percent", "Turnout was 61 per cent.", "61"),
    ("flight id", "Flight BA284 was diverted.", "284"),
    (
        "pronoun one",
        "The old plan was better than the new one.",
        "one",
    ),
    (
        "first class",
        "She travelled first class to Leeds.",
        "first",
    ),
];

#[test]
fn leaves_non_counts_alone() {
    for (name, text, span) in NOT_NUMBERS {
        let got = stats(text);
        assert!(
            !got.iter()
                .any(|(k, t, _)| (*k == "CARDINAL" || *k == "ORDINAL") && t == span),
            "{name}: {:?}",
            got.iter().map(|(k, t, _)| (k, t)).collect::<Vec<_>>()
        );
    }
}

#[test]
fn units_and_qualifiers() {
    let cases: &[(
        &str,
        &str,
        &str,
        Option<&str>,
        Option<&str>,
        Option<f64>,
        Option<f64>,
    )] = &[
        // (case, sentence, span, unit, qualifier, min, max)
        (
            "money iso",
            "A £40 fine.",
            "£40",
            Some("GBP"),
            None,
            None,
            None,
        ),
        (
            "more than",
            "More than 500 people attended.",
            "500",
            None,
            Some("more than"),
            Some(500.0),
            None,
        ),
        (
            "up to",
            "Fines of up to £1,000 apply.",
            "£1,000",
            Some("GBP"),
            Some("up to"),
            None,
            Some(1000.0),
        ),
        (
            "about",
            "About 40% of staff voted.",
            "40%",
            Some("%"),
            Some("about"),
            None,
            None,
        ),
        (
            "points",
            "Support fell 5pp.",
            "5pp",
            Some("pp"),
            None,
            None,
            None,
        ),
        (
            "range",
            "Between 2 and 5 per cent of cases.",
            "2 and 5 per cent",
            Some("%"),
            Some("between"),
            Some(2.0),
            Some(5.0),
        ),
        (
            "money range",
            "Bids of £2m-£3m were made.",
            "£2m-£3m",
            Some("GBP"),
            Some("between"),
            Some(2e6),
            Some(3e6),
        ),
    ];
    for (name, text, span, unit, qual, min, max) in cases {
        let got = stats(text);
        let (_, _, d) = got
            .iter()
            .find(|(_, t, _)| t == span)
            .unwrap_or_else(|| panic!("{name}: {span:?} missing in {got:?}"));
        assert_eq!(d.unit(), *unit, "{name}: unit");
        assert_eq!(d.extra().qualifier, *qual, "{name}: qualifier");
        assert_eq!(d.extra().min, *min, "{name}: min");
        assert_eq!(d.extra().max, *max, "{name}: max");
    }
}

#[test]
fn changes_and_baselines() {
    let cases: &[(&str, &str, &str, &str, Option<&str>)] = &[
        // (case, sentence, figure, direction, baseline)
        (
            "increase noun",
            "Sales saw a 7 per cent increase compared with the same quarter last year.",
            "7 per cent",
            "up",
            Some("the same quarter last year"),
        ),
        (
            "fall since",
            "Crossings are falling by 40 per cent since the scheme began.",
            "40 per cent",
            "down",
            Some("the scheme began"),
        ),
        ("rose by", "Rents rose by 9% in London.", "9%", "up", None),
        (
            "up from",
            "The clinic saw 1,420 patients, up from 1,100.",
            "1,420",
            "up",
            Some("1,100"),
        ),
        (
            "doubled",
            "Waiting lists have doubled since 2019.",
            "doubled",
            "up",
            Some("2019"),
        ),
        ("halved", "Fees were halved.", "halved", "down", None),
    ];
    for (name, text, span, dir, baseline) in cases {
        let got = stats(text);
        let (_, _, d) = got
            .iter()
            .find(|(_, t, _)| t == span)
            .unwrap_or_else(|| panic!("{name}: {span:?} missing in {got:?}"));
        let c = d
            .extra()
            .change
            .as_ref()
            .unwrap_or_else(|| panic!("{name}: no change"));
        let direction = serde_json::to_value(c.direction).expect("serialises");
        assert_eq!(direction, *dir, "{name}");
        assert_eq!(c.baseline.as_deref(), *baseline, "{name}");
        if let (Some(b), Some(s), Some(e)) = (baseline, c.baseline_start, c.baseline_end) {
            assert_eq!(&text[s..e], *b, "{name}: baseline span");
        }
    }
}

#[test]
fn resolves_dates_against_a_dateline() {
    let with = "Published 3 March 2024\nThe figures for February were released on Thursday, and last year was worse.";
    let cases: &[(&str, &str, Option<&str>)] = &[
        ("dateline", "3 March 2024", Some("2024-03-03")),
        ("month", "February", Some("2024-02")),
        ("weekday", "Thursday", Some("2024-02-29")),
        ("relative year", "last year", Some("2023")),
    ];
    let got = stats(with);
    for (name, span, iso) in cases {
        let (_, _, d) = got
            .iter()
            .find(|(_, t, _)| t == span)
            .unwrap_or_else(|| panic!("{name}: {span:?} missing in {got:?}"));
        assert_eq!(d.extra().iso.as_deref(), *iso, "{name}");
        assert_eq!(d.extra().resolved, None, "{name}");
    }
    let without = stats("The figures for February were released on Thursday.");
    let (_, _, d) = without
        .iter()
        .find(|(_, t, _)| t == "Thursday")
        .expect("Thursday");
    assert_eq!(
        (d.extra().iso.as_deref(), d.extra().resolved),
        (None, Some(false)),
        "no dateline: unresolved"
    );
}

#[test]
fn offsets_around_multibyte_text() {
    let cases: &[(&str, &str, &str)] = &[
        ("emoji", "📈 Sales rose 13% 👍🏽 in 2023", "13%"),
        (
            "accents",
            "Café prices in Zürich rose €40 — née Müller",
            "€40",
        ),
        ("cjk", "東京 visitors: 3,000 people 今日", "3,000"),
        (
            "crlf",
            "line one\r\nline two\r\n\r\nthird 3,500 homes",
            "3,500",
        ),
        ("combining accent", "Cafe\u{301} sold 25 cakes", "25"),
    ];
    for (name, text, span) in cases {
        let anns = annotate(text);
        for a in &anns {
            assert!(
                text.is_char_boundary(a.span.start) && text.is_char_boundary(a.span.end),
                "{name}: boundary"
            );
        }
        let hit = crate::output::rendered(text, &anns, Unit::CodePoint)
            .items()
            .find(|a| a.text == *span)
            .unwrap_or_else(|| panic!("{name}: {span:?} missing"));
        let byte = text.find(span).expect("span in text");
        assert_eq!(hit.start, text[..byte].chars().count(), "{name}: start");
        assert_eq!(hit.end, hit.start + span.chars().count(), "{name}: end");
    }
}

#[test]
fn never_panics_and_stays_on_char_boundaries() {
    // A small deterministic generator over awkward pieces.
    let pieces = [
        "1", "23", ",", ".", "-", "/", ":", "%", "£", "$", "€", "½", " ", "\n", "\r\n", "a", "one",
        "third", "per", "cent", "May", "2024", "pm", "km", "🇬🇧", "é", "東", "between", "and", "to",
        "since", "doubled", "from", "the", "same", "month", "last", "year", "'", "’", "o", "clock",
        "q", "h", "th", "st", "x", "^", "e", "+", "(", ")", "[", "]", "~", "at", "in",
    ];
    let mut rng = crate::test_rng::XorShift::new(0x9e37_79b9_7f4a_7c15);
    for _ in 0..300 {
        let mut text = String::new();
        for _ in 0..40 {
            text.push_str(pieces[rng.below(pieces.len())]);
        }
        for a in annotate(&text) {
            assert!(
                a.span.start < a.span.end && a.span.end <= text.len(),
                "{text:?}"
            );
            assert!(
                text.is_char_boundary(a.span.start) && text.is_char_boundary(a.span.end),
                "{text:?}"
            );
        }
    }
}

#[path = "../../../tests/support/cpu_time.rs"]
mod cpu_time;

#[test]
fn long_lines_stay_linear() {
    // Pathological repetitions must not go quadratic: compare the thread's CPU time for 200 KB
    // with that for 25 KB (linear work takes ~8 times as long, quadratic 64).
    let patterns = [
        "1-2-",
        "1,234,",
        "one and ",
        "doubled from 1 to 3 ",
        "between 2 and ",
        "the same ",
        "12 34 ",
    ];
    // The best of three runs, so a cold cache does not count.
    let time = |text: &str| {
        (0..3)
            .map(|_| cpu_time::cpu_time(|| annotate(text)).0.as_secs_f64())
            .fold(f64::MAX, f64::min)
    };
    for p in patterns {
        let small = time(&p.repeat(25_000 / p.len()));
        let big = time(&p.repeat(200_000 / p.len()));
        assert!(
            big < 24.0 * small.max(0.002),
            "{p:?}: 200 KB took {big:.3}s, 25 KB {small:.3}s"
        );
    }
}

#[test]
fn kinds_are_one_byte_each() {
    for kind in super::KINDS {
        assert_eq!(
            super::StatKind::of(kind).as_str(),
            kind,
            "{kind} round trip"
        );
        assert!(super::StatKind::of(kind) == kind, "{kind} compares equal");
    }
    assert!(
        super::StatKind::of("PERCENT") != "MONEY",
        "different types differ"
    );
    // A figure's record is no smaller than its result, so the list becomes the result in
    // place; the result is 24 bytes, under a third of an annotation.
    assert!(
        std::mem::size_of::<super::Found>() >= std::mem::size_of::<super::Figure>(),
        "Found and Figure sizes"
    );
    assert_eq!(std::mem::size_of::<super::Figure>(), 24, "a figure's size");
    assert_eq!(std::mem::size_of::<super::Detail>(), 16, "a detail's size");
}

#[test]
fn zero_times_a_power_of_ten_is_zero() {
    // 10^622 overflows a double: the mantissa must not be multiplied by it (0 × ∞ is NaN).
    for (text, want) in [
        ("x 0E622 y", 0.0),
        ("x 0.0e400 y", 0.0),
        ("x 2e3 y", 2000.0),
    ] {
        let got = stats(text);
        let values: Vec<_> = got.iter().map(|(_, _, d)| d.value_of()).collect();
        assert_eq!(values, vec![Some(want)], "{text:?} gave {got:?}");
    }
}
