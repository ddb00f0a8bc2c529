//! The hand-written JSON against `serde` (the reference path): the same bytes, compact and
//! pretty, on every layer's annotations of made-up texts and on details made by hand.

use std::sync::Arc;

use super::*;
use crate::annotation::{Annotation, Detail as AnyDetail};
use crate::entities::news_text;
use crate::offsets::Unit;
use crate::output::{rendered, write_json, Document, Source};
use crate::statistics::{ChangeBy, Direction};
use crate::{annotate_between, boilerplate, entities, Options};

/// Both writers' bytes for `annotations` of `text`, for the document and for a JSONL record.
fn assert_same<'a>(name: &str, text: &str, annotations: impl Into<Source<'a>> + Copy) {
    for unit in [Unit::CodePoint, Unit::Utf16] {
        for pretty in [false, true] {
            let mut reference = Vec::new();
            let document = Document {
                annotations: rendered(text, annotations, unit),
            };
            write_json(&mut reference, &document, pretty).unwrap();
            let mut fast = Vec::new();
            write_document(&mut fast, &rendered(text, annotations, unit), pretty).unwrap();
            assert!(
                reference == fast,
                "{name} ({unit:?}, pretty {pretty}):\n{}\n{}",
                String::from_utf8_lossy(&reference),
                String::from_utf8_lossy(&fast)
            );
        }
        #[derive(serde::Serialize)]
        struct Record<'t, 'a> {
            id: serde_json::Value,
            annotations: crate::Rendered<'t, 'a>,
        }
        for id in [
            serde_json::json!(7),
            serde_json::json!("a\u{2028}b"),
            serde_json::json!({"k": [1.5, null]}),
        ] {
            let mut reference = Vec::new();
            let record = Record {
                id: id.clone(),
                annotations: rendered(text, annotations, unit),
            };
            write_json(&mut reference, &record, false).unwrap();
            let mut fast = Vec::new();
            write_record(&mut fast, &id, &rendered(text, annotations, unit)).unwrap();
            assert!(reference == fast, "{name} record ({unit:?})");
        }
    }
}

#[test]
fn writes_the_bytes_serde_writes_on_every_layer() {
    let texts = [
        ("empty", String::new()),
        (
            "figures",
            "Home | News | Sport\nShare on Facebook\n\
             Rishi Sunak said on 3 March 2024 that fares rose 13 per cent to £2.7bn, up from \
             £2.1bn a year earlier, and between 5 and 7 miles (8–11 km) of track, about 40% \
             more than in 1999. Exports fell by half; wages doubled. 1e400 and 1"
                .to_string()
                + &"0".repeat(400)
                + " were written. It is 3.5°C, a 2-point rise. Okafor beat Lindqvist 6-3, 7-5 in the \
                   final.\nAdvertisement\n",
        ),
        (
            "escapes",
            "Quotes \"Ada\" \\ back\ttab\u{1}\u{1f}\u{7f} Lisbon\u{2028}Oslo\u{2029}Quito\u{85}\
             Manila é 東京 👍🏽 Northgate Bank 12%\r\n\u{8}\u{c}"
                .to_string(),
        ),
        ("news", news_text::news(60_000)),
    ];
    for (name, text) in &texts {
        let annotated = annotate_between(text, &Options::default(), || {});
        assert_same(name, text, &annotated);
        let list = annotated.into_vec();
        assert_same(name, text, &list);
    }
}

#[test]
fn writes_the_bytes_serde_writes_for_made_up_details() {
    let text = "Ada said 12 and Ruritania said 40 and more, 'the' \u{2028}x";
    let stat = |v: f64| crate::statistics::Detail::value(v);
    let mut full = stat(2.5).with_unit("km");
    {
        let extra = full.extra_mut();
        extra.measure = Some("length");
        extra.si_value = Some(f64::INFINITY);
        extra.si_unit = Some("m".into());
        extra.min = Some(f64::NEG_INFINITY);
        extra.max = Some(3.25e-7);
        extra.qualifier = Some("about");
        extra.iso = Some("2024-03-03\u{85}".into());
        extra.resolved = Some(false);
        extra.change = Some(Box::new(crate::statistics::Change {
            direction: Direction::Down,
            magnitude: Some(f64::NAN),
            by: Some(ChangeBy::Points),
            baseline: Some("the \"same\" month".into()),
            baseline_start: Some(16),
            baseline_end: Some(text.len() + 5),
        }));
        extra.hint = Some(Arc::from("check\nthis"));
    }
    let mut bare_change = stat(f64::NAN);
    bare_change.extra_mut().change = Some(Box::new(crate::statistics::Change {
        direction: Direction::Same,
        magnitude: Some(1.0),
        by: None,
        baseline: None,
        baseline_start: None,
        baseline_end: None,
    }));
    let mut no_value = crate::statistics::Detail::default();
    no_value.extra_mut().resolved = Some(true);
    let details = [
        AnyDetail::Statistic(stat(12.0)),
        AnyDetail::Statistic(stat(f64::INFINITY).with_unit("%")),
        AnyDetail::Statistic(full),
        AnyDetail::Statistic(bare_change),
        AnyDetail::Statistic(no_value),
        AnyDetail::Statistic(stat(-0.0)),
        AnyDetail::Entity(entities::Detail {
            entity: u32::MAX,
            canonical: "Ada \"A\"\u{2029}".into(),
        }),
        AnyDetail::Boilerplate(boilerplate::Detail { reason: "menu" }),
    ];
    let annotations: Vec<Annotation> = details
        .into_iter()
        .enumerate()
        .map(|(i, detail)| Annotation {
            // Spans inside characters and past the end are converted as the reference does.
            span: i * 7..(i * 7 + 9).min(text.len() + 3),
            kind: "CARDINAL",
            detail,
        })
        .collect();
    for k in 0..=annotations.len() {
        assert_same(&format!("details {k}"), text, &annotations[..k]);
    }
}

#[test]
fn numbers_are_written_as_rust_writes_them() {
    let mut values: Vec<u64> = vec![0, u64::MAX, u64::from(u32::MAX)];
    for p in 0..20 {
        let ten = 10u64.pow(p);
        values.extend([ten, ten - 1, ten + 1, (ten / 3).saturating_mul(7)]);
    }
    // Each bit length's edges (the digits are counted from it).
    for b in 1..64 {
        let two = 1u64 << b;
        values.extend([two, two - 1, two + 1]);
    }
    values.extend(0..1_000);
    // The eight digits at once below 10^8: every count of digits, every pair of digits.
    values.extend((0..100_000_000).step_by(997));
    values.extend((0..100_000).map(|k| k * 1_000 + k % 1_000));
    for v in values {
        let mut out = Out::new(0, false, 0);
        out.uint(v);
        assert_eq!(out.buf, v.to_string().as_bytes(), "{v}");
    }
}

/// The names written by hand for a change's direction and meaning, and a bool, are `serde`'s.
#[test]
fn names_are_serde_names() {
    for d in [Direction::Up, Direction::Down, Direction::Same] {
        let name = serde_json::to_string(&d).unwrap();
        assert_eq!(format!("\"{}\"", statistic_fields::direction(d)), name);
    }
    for by in [
        ChangeBy::Relative,
        ChangeBy::Points,
        ChangeBy::Factor,
        ChangeBy::Absolute,
    ] {
        let name = serde_json::to_string(&by).unwrap();
        assert_eq!(format!("\"{}\"", statistic_fields::by_name(by)), name);
    }
}

#[test]
fn doubles_are_written_as_serde_json_writes_them() {
    // Whole numbers on both sides of the short path's edge, fractions, signs and zeros.
    let mut values: Vec<f64> = vec![0.0, -0.0, 0.5, -0.5, 1e-7, 2.5e-5, f64::MIN_POSITIVE];
    for p in 0..=22 {
        let ten = 10f64.powi(p);
        for v in [
            ten,
            ten - 1.0,
            ten + 1.0,
            ten * 1.5,
            ten / 3.0,
            WHOLE_MAX - ten,
        ] {
            values.extend([v, -v]);
        }
    }
    values.extend((0..2_000).map(|k| f64::from(k) * 0.25));
    values.extend([WHOLE_MAX, WHOLE_MAX - 1.0, 9_007_199_254_740_993.0, 1.0e300]);
    for v in values {
        let mut out = Out::new(0, false, 0);
        out.float(v);
        assert_eq!(out.buf, serde_json::to_vec(&v).unwrap(), "{v}");
    }
}

/// Later mentions of an entity copy the fields written for its first: the same bytes as the
/// reference when an entity number comes back with its shared name, with another string of the
/// same text, with another name, with a text that is or is not the name (escapes in both), and
/// for numbers past the kept slots.
#[test]
fn repeated_entities_write_the_bytes_serde_writes() {
    let text = "Ada Lovelace met Ada. \"Ada\" left; B\u{2028}x and Ada Lovelace, é Ada Lovelace";
    let ada: Arc<str> = Arc::from("Ada Lovelace");
    let same_text: Arc<str> = Arc::from("Ada Lovelace");
    let quoted: Arc<str> = Arc::from("\"Ada\"");
    let odd: Arc<str> = Arc::from("B\u{2028}x");
    let at = |s: &str, nth: usize| text.match_indices(s).nth(nth).map(|(i, _)| i..i + s.len());
    // (Where the mention is, its entity's number and its canonical name.)
    type Mention<'a> = (Option<std::ops::Range<usize>>, u32, &'a Arc<str>);
    let mentions: Vec<Mention> = vec![
        (at("Ada Lovelace", 0), 1, &ada),
        (at("Ada", 1), 1, &ada),
        (at("\"Ada\"", 0), 2, &quoted),
        (at("\"Ada\"", 0), 2, &quoted),
        (at("B\u{2028}x", 0), 3, &odd),
        (at("B\u{2028}x", 0), 3, &odd),
        (at("Ada Lovelace", 1), 1, &same_text),
        (at("Ada Lovelace", 1), 1, &ada),
        (at("Ada Lovelace", 2), 1, &quoted),
        (at("Ada Lovelace", 2), 1, &ada),
        (at("Ada Lovelace", 2), 70_000, &ada),
        (at("Ada Lovelace", 2), 70_000, &ada),
        (at("Ada Lovelace", 2), u32::MAX, &ada),
        (at("Ada Lovelace", 2), u32::MAX, &ada),
        (at("Ada Lovelace", 2), 0, &ada),
        (at("Ada Lovelace", 2), 0, &ada),
    ];
    let annotations: Vec<Annotation> = mentions
        .into_iter()
        .map(|(span, entity, canonical)| Annotation {
            span: span.unwrap(),
            kind: "PER",
            detail: AnyDetail::Entity(entities::Detail {
                entity,
                canonical: Arc::clone(canonical),
            }),
        })
        .collect();
    for k in 0..=annotations.len() {
        assert_same(&format!("mentions {k}"), text, &annotations[..k]);
    }
}

/// An annotation's first fields are copied from the last one of its layer and type: the same
/// bytes as the reference over more layers and types than the writer has slots, in turns that
/// make types share slots, and the same type in different layers.
#[test]
fn heads_of_many_layers_and_types_write_the_bytes_serde_writes() {
    const KINDS: [&str; 40] = [
        "T00", "T01", "T02", "T03", "T04", "T05", "T06", "T07", "T08", "T09", "T10", "T11", "T12",
        "T13", "T14", "T15", "T16", "T17", "T18", "T19", "T20", "T21", "T22", "T23", "T24", "T25",
        "T26", "T27", "T28", "T29", "T30", "T31", "T32", "T33", "T34", "T35", "T36", "T37", "T38",
        "PER",
    ];
    let text = "Ada went to Lisbon and Oslo and é 12%";
    let annotations: Vec<Annotation> = (0..300)
        .map(|i: usize| {
            let kind = KINDS[(i * 7 + i / 40) % KINDS.len()];
            let detail = match i % 3 {
                0 => AnyDetail::Boilerplate(boilerplate::Detail { reason: "menu" }),
                1 => AnyDetail::Entity(entities::Detail {
                    entity: (i % 5) as u32,
                    canonical: "Ada".into(),
                }),
                _ => AnyDetail::Statistic(crate::statistics::Detail::value(i as f64)),
            };
            Annotation {
                span: i % 30..(i % 30 + i % 7).min(text.len()),
                kind,
                detail,
            }
        })
        .collect();
    assert_same("many heads", text, &annotations);
}
