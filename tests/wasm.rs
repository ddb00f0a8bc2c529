//! The JavaScript-facing result of the WASM binding: its shape, UTF-16 offsets, options.
//!
//! Runs under `wasm-bindgen-test-runner` (node): `make test-wasm`. Native `cargo test` builds
//! this file as an empty test binary.
#![cfg(target_arch = "wasm32")]

use gloss::wasm::{annotate, annotate_packed, known_regions, vector_paths_disagreement};
use js_sys::{Array, JsString, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

/// A made-up news paragraph with something for every layer, and astral-plane characters
/// (two UTF-16 code units each) before the figures so that UTF-16 and code-point offsets differ.
const TEXT: &str = "📈📉 Sign up for our free morning newsletter\n\
Maria Okafor, the mayor of Bristol, said on Tuesday that bus fares would rise 13 per cent, \
to £2.40, after 1,250 drivers signed the agreement.\n";

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(key)).expect("property access")
}

fn options(pairs: &[(&str, JsValue)]) -> JsValue {
    let object = Object::new();
    for (key, value) in pairs {
        Reflect::set(&object, &JsValue::from_str(key), value).expect("set option");
    }
    object.into()
}

fn annotations_of(result: &JsValue) -> Vec<JsValue> {
    let list = get(result, "annotations");
    assert!(Array::is_array(&list), "result.annotations is an array");
    list.unchecked_into::<Array>().iter().collect()
}

fn string_field(annotation: &JsValue, key: &str) -> String {
    get(annotation, key)
        .as_string()
        .unwrap_or_else(|| panic!("`{key}` is a string"))
}

fn number_field(annotation: &JsValue, key: &str) -> u32 {
    let n = get(annotation, key)
        .as_f64()
        .unwrap_or_else(|| panic!("`{key}` is a number"));
    assert!(
        n >= 0.0 && n.fract() == 0.0,
        "`{key}` = {n} is a whole number"
    );
    n as u32
}

fn layers_of(annotations: &[JsValue]) -> Vec<String> {
    annotations
        .iter()
        .map(|a| string_field(a, "layer"))
        .collect()
}

#[wasm_bindgen_test]
fn result_is_an_object_with_an_annotations_array_of_well_formed_entries() {
    let result = annotate(TEXT, JsValue::UNDEFINED).expect("annotate");
    let annotations = annotations_of(&result);
    let js_text = JsString::from(TEXT);
    let utf16_len = js_text.length();
    for annotation in &annotations {
        let layer = string_field(annotation, "layer");
        assert!(
            ["boilerplate", "entity", "statistic"].contains(&layer.as_str()),
            "layer {layer}"
        );
        assert!(!string_field(annotation, "type").is_empty());
        let (start, end) = (
            number_field(annotation, "start"),
            number_field(annotation, "end"),
        );
        assert!(
            start < end && end <= utf16_len,
            "{start}..{end} within {utf16_len}"
        );
        // The offsets index the JavaScript string directly (UTF-16 code units).
        assert_eq!(
            String::from(js_text.slice(start, end)),
            string_field(annotation, "text"),
            "text at {start}..{end}"
        );
    }
}

#[wasm_bindgen_test]
fn offsets_stay_exact_deep_into_a_text_full_of_multibyte_characters() {
    // Curly quotes (3 UTF-8 bytes, 1 UTF-16 unit) and emoji (4 bytes, 2 units) scattered so that
    // the offset converter's checkpoints fall inside characters.
    let paragraph =
        "The mayor’s “plan” 📈 for Bristol: fares rise 13 per cent, says Maria Okafor.\n";
    let text = paragraph.repeat(40);
    let result = annotate(&text, JsValue::UNDEFINED).expect("annotate");
    let annotations = annotations_of(&result);
    assert!(annotations.len() >= 40, "found {}", annotations.len());
    let js_text = JsString::from(text.as_str());
    for annotation in &annotations {
        let (start, end) = (
            number_field(annotation, "start"),
            number_field(annotation, "end"),
        );
        assert_eq!(
            String::from(js_text.slice(start, end)),
            string_field(annotation, "text"),
            "text at {start}..{end}"
        );
    }
}

#[wasm_bindgen_test]
fn offsets_after_astral_characters_are_utf16_code_units() {
    let result = annotate(TEXT, JsValue::UNDEFINED).expect("annotate");
    let annotations = annotations_of(&result);
    let percent = annotations
        .iter()
        .find(|a| string_field(a, "layer") == "statistic" && string_field(a, "type") == "PERCENT")
        .expect("a PERCENT annotation for `13 per cent`");
    assert_eq!(string_field(percent, "text"), "13 per cent");
    let expected_start: usize = TEXT[..TEXT.find("13 per cent").unwrap()]
        .chars()
        .map(char::len_utf16)
        .sum();
    assert_eq!(number_field(percent, "start") as usize, expected_start);
    assert_eq!(
        number_field(percent, "end") as usize,
        expected_start + "13 per cent".len()
    );
    assert_eq!(get(percent, "value").as_f64(), Some(13.0));
}

#[wasm_bindgen_test]
fn layers_switched_off_in_the_options_are_not_run() {
    let all = annotations_of(&annotate(TEXT, JsValue::NULL).expect("annotate"));
    for layer in ["boilerplate", "entity", "statistic"] {
        assert!(
            layers_of(&all).iter().any(|l| l == layer),
            "{layer} present with default options"
        );
    }
    let cases: &[(&str, &str)] = &[
        ("boilerplate", "boilerplate"),
        ("entities", "entity"),
        ("statistics", "statistic"),
    ];
    for (option, layer) in cases {
        let off = options(&[(option, JsValue::FALSE)]);
        let found = layers_of(&annotations_of(&annotate(TEXT, off).expect("annotate")));
        assert!(
            !found.iter().any(|l| l == layer),
            "{option}: false drops {layer}"
        );
        assert!(!found.is_empty(), "{option}: false keeps the other layers");
    }
    let none = options(&[
        ("boilerplate", JsValue::FALSE),
        ("entities", JsValue::FALSE),
        ("statistics", JsValue::FALSE),
    ]);
    assert!(annotations_of(&annotate(TEXT, none).expect("annotate")).is_empty());
}

#[wasm_bindgen_test]
fn html_option_is_accepted_and_offsets_still_refer_to_the_text() {
    let html = "<html><body><nav><a href=\"/\">Home</a></nav>\
        <form class=\"newsletter\"><p>📈📉 Sign up for our free morning newsletter</p></form>\
        <article><p>Maria Okafor, the mayor of Bristol, said on Tuesday that bus fares would \
        rise 13 per cent, to £2.40, after 1,250 drivers signed the agreement.</p></article>\
        <img src=x onerror=alert(1)><script>alert(2)</script></body></html>";
    let result = annotate(TEXT, options(&[("html", JsValue::from_str(html))])).expect("annotate");
    let js_text = JsString::from(TEXT);
    for annotation in annotations_of(&result) {
        let (start, end) = (
            number_field(&annotation, "start"),
            number_field(&annotation, "end"),
        );
        assert_eq!(
            String::from(js_text.slice(start, end)),
            string_field(&annotation, "text")
        );
    }
}

#[wasm_bindgen_test]
fn locale_option_picks_the_readers_dollar_and_date_order() {
    let text = "Fares rose to $4.50 on 03/04/2020.";
    let read = |locale: Option<&str>| -> Vec<String> {
        let opts = options(&[locale.map_or(("statistics", JsValue::TRUE), |l| {
            ("locale", JsValue::from_str(l))
        })]);
        annotations_of(&annotate(text, opts).expect("annotate"))
            .iter()
            .filter(|a| string_field(a, "layer") == "statistic")
            .map(|a| {
                let unit = get(a, "unit").as_string();
                unit.or_else(|| get(a, "iso").as_string())
                    .unwrap_or_default()
            })
            .collect()
    };
    assert_eq!(read(Some("en-AU")), ["AUD", "2020-04-03"]);
    assert_eq!(read(Some("")), ["USD", "2020-03-04"]);
    assert_eq!(read(None), ["USD", "2020-03-04"]);
}

#[wasm_bindgen_test]
fn known_regions_are_the_ones_the_locale_option_accepts() {
    let list = known_regions();
    assert!(list.length() > 150, "{} regions", list.length());
    let text = "Fares rose to $4.50 on 03/04/2020.";
    for entry in list.iter() {
        let region = string_field(&entry, "region");
        assert_eq!(region.len(), 2, "{region}");
        let tag = JsValue::from_str(&format!("en-{region}"));
        assert!(
            annotate(text, options(&[("locale", tag)])).is_ok(),
            "{region} is accepted"
        );
    }
    let au = list
        .iter()
        .find(|e| string_field(e, "region") == "AU")
        .expect("Australia is known");
    assert_eq!(string_field(&au, "currency"), "AUD");
    assert_eq!(string_field(&au, "symbolDollar"), "AUD");
    assert_eq!(get(&au, "dayFirst"), JsValue::TRUE);
}

#[wasm_bindgen_test]
fn bad_options_are_an_error_not_a_panic() {
    let cases: &[(&str, JsValue)] = &[
        ("a number", JsValue::from_f64(3.0)),
        ("a string", JsValue::from_str("entities")),
        (
            "a layer switch that is not a boolean",
            options(&[("entities", JsValue::from_str("yes"))]),
        ),
        (
            "html that is not a string",
            options(&[("html", JsValue::from_f64(1.0))]),
        ),
        (
            "a locale without a known region",
            options(&[("locale", JsValue::from_str("en-ZZ"))]),
        ),
    ];
    for (name, bad) in cases {
        assert!(annotate(TEXT, bad.clone()).is_err(), "{name} is rejected");
    }
}

#[wasm_bindgen_test]
fn empty_and_odd_texts_annotate_without_error() {
    for text in [
        "",
        "\n\n",
        "\u{feff}",
        "\r\n\t ",
        "👍🏽🇬🇧",
        "1,2,3,4,5,6,7,8,9",
    ] {
        let result = annotate(text, JsValue::UNDEFINED).expect("annotate");
        let _ = annotations_of(&result);
    }
}

#[wasm_bindgen_test]
fn progress_id_outside_a_worker_changes_nothing() {
    // Outside a dedicated worker (node, or a page) there is nowhere to post progress: the option
    // is ignored, whatever its value, and the result is the same.
    let plain = annotations_of(&annotate(TEXT, JsValue::UNDEFINED).expect("annotates"));
    for id in [
        JsValue::from_f64(7.0),
        JsValue::from_str("seven"),
        JsValue::NULL,
    ] {
        let watched =
            annotations_of(&annotate(TEXT, options(&[("progressId", id)])).expect("annotates"));
        assert_eq!(plain.len(), watched.len());
        for (a, b) in plain.iter().zip(&watched) {
            assert_eq!(string_field(a, "text"), string_field(b, "text"));
            assert_eq!(number_field(a, "start"), number_field(b, "start"));
        }
    }
}

#[wasm_bindgen_test]
fn packed_result_has_one_entry_per_annotation_and_the_same_option_checks() {
    // Field-for-field agreement with `annotate` is checked in JavaScript, where the page unpacks
    // it (e2e/packed.test.mjs); here: its shape, its offsets, and the same errors.
    for text in [TEXT, "", "👍🏽🇬🇧", "1,2,3,4,5,6,7,8,9"] {
        let objects = annotations_of(&annotate(text, JsValue::UNDEFINED).expect("annotate"));
        let packed = annotate_packed(text, JsValue::UNDEFINED).expect("annotate_packed");
        let count = get(&packed, "count").as_f64().expect("count is a number") as usize;
        assert_eq!(count, objects.len(), "{text:?}");
        let ints: js_sys::Uint32Array = get(&packed, "ints").dyn_into().expect("ints");
        let values: js_sys::Float64Array = get(&packed, "values").dyn_into().expect("values");
        assert_eq!(ints.length() as usize, 6 * count);
        assert_eq!(values.length() as usize, count);
        assert!(Array::is_array(&get(&packed, "strings")));
        let extras = get(&packed, "extras")
            .as_string()
            .expect("extras is a string");
        assert!(js_sys::JSON::parse(&extras).is_ok_and(|e| Array::is_array(&e)));
        for (k, a) in objects.iter().enumerate() {
            assert_eq!(ints.get_index(6 * k as u32), number_field(a, "start"));
            assert_eq!(ints.get_index(6 * k as u32 + 1), number_field(a, "end"));
        }
    }
    let bad = options(&[("entities", JsValue::from_str("yes"))]);
    assert!(annotate_packed(TEXT, bad).is_err());
    assert!(annotate_packed(TEXT, JsValue::from_f64(3.0)).is_err());
}

/// The 128-bit SIMD paths of the WASM build (`+simd128`) answer as the scalar code they stand
/// for, on made-up scores and sentences.
#[wasm_bindgen_test]
fn vector_paths_agree_with_the_scalar_code() {
    assert_eq!(vector_paths_disagreement(), None);
}
