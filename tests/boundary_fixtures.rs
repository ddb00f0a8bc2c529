//! The shared fixtures that pin the page's JavaScript to the core where both sides know the same
//! thing (www/test/fixtures/, also read by www/test/annotation.test.mjs):
//! - `offsets.json`: UTF-16 → code point offsets, as `OffsetConverter` gives them (the page's
//!   www/offsets.js converts the WASM's UTF-16 offsets to code points for its exports);
//! - `order.json`: the canonical order of annotations (`gloss::sort`, the page's
//!   byReadingOrder): the core's output on made-up texts is in that order, and its layers
//!   rank as the fixture lists them.

use std::collections::BTreeMap;
use std::path::Path;

use gloss::{annotate, Layer, OffsetConverter, Options, Unit};
use serde_json::Value;

fn fixture(name: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("www/test/fixtures")
        .join(name);
    let text = std::fs::read_to_string(&path).expect("fixture exists");
    serde_json::from_str(&text).expect("fixture is JSON")
}

#[test]
fn offsets_fixture_matches_the_core_conversion() {
    let fixture = fixture("offsets.json");
    let text = fixture["text"].as_str().expect("text");
    let utf16 = OffsetConverter::new(text, Unit::Utf16);
    let points = OffsetConverter::new(text, Unit::CodePoint);
    let mut core = BTreeMap::new();
    for byte in (0..=text.len()).filter(|&b| text.is_char_boundary(b)) {
        core.insert(utf16.convert(byte) as u64, points.convert(byte) as u64);
    }
    let pinned: BTreeMap<u64, u64> = fixture["pairs"]
        .as_array()
        .expect("pairs")
        .iter()
        .map(|p| {
            (
                p[0].as_u64().expect("utf16"),
                p[1].as_u64().expect("code point"),
            )
        })
        .collect();
    assert_eq!(core, pinned);
}

#[test]
fn order_fixture_matches_the_core_sort() {
    let fixture = fixture("order.json");
    let layers: Vec<&str> = fixture["layers"]
        .as_array()
        .expect("layers")
        .iter()
        .map(|l| l.as_str().expect("layer"))
        .collect();
    let core: Vec<&str> = Layer::ALL.iter().map(|l| l.as_str()).collect();
    assert_eq!(core, layers, "the layers rank as the fixture lists them");
    let rank = |layer: Layer| layers.iter().position(|l| *l == layer.as_str());
    // The fixture's own list is in the order it states.
    let key = |e: &Value| {
        (
            e[2].as_u64().expect("start"),
            std::cmp::Reverse(e[3].as_u64().expect("end")),
            layers
                .iter()
                .position(|l| *l == e[0].as_str().expect("layer")),
            e[1].as_str().expect("type").to_string(),
        )
    };
    let order = fixture["order"].as_array().expect("order");
    assert!(
        order.windows(2).all(|w| key(&w[0]) < key(&w[1])),
        "the fixture is in its stated order"
    );
    // The core's output on texts where layers overlap and spans share starts follows that rule.
    let texts = [
        "Sign up for our newsletter\nMaria Okafor of Bristol City Council said 13 per cent of 1,250 drivers agreed on 5 June 2024.",
        "London, 3 March 2023 — Apple Inc. shares rose 4% to $190.50 in New York.\nRead more: Bank of England holds rates at 5.25%",
    ];
    for text in texts {
        let annotations = annotate(text, &Options::default());
        for pair in annotations.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            let ka = (
                a.span.start,
                std::cmp::Reverse(a.span.end),
                rank(a.layer()),
                a.kind,
            );
            let kb = (
                b.span.start,
                std::cmp::Reverse(b.span.end),
                rank(b.layer()),
                b.kind,
            );
            assert!(ka <= kb, "{ka:?} before {kb:?}");
        }
    }
}
