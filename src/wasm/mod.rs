//! The WebAssembly binding: one call per text, one typed result out, offsets in UTF-16; in a
//! worker, progress messages on the side while it works.

use serde::Deserialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::progress::{self, Stage};
use crate::statistics::Locale;
use crate::{annotate_between, rendered, Document, Options, Unit};

mod packed;

/// Progress messages posted per run, at most (each at least 1/40 of the run past the last).
const PROGRESS_REPORTS: u32 = 40;

/// The TypeScript types of the binding, written into the generated `gloss.d.ts` so that the
/// page's JSDoc (checked by `tsc --checkJs`, see www/types.js) reads the result typed.
#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/**
 * What to annotate: every layer by default; `html` is the rich paste the text came from.
 * `progressId`: in a dedicated worker, the core posts `{id: progressId, progress}` (the fraction
 * done, 0 to 1) to the page up to 40 times while it works; elsewhere it is ignored.
 * `locale`: the reader's region as a BCP 47 tag ("en-AU", "en_GB"): what "$", "10 grand" and
 * "03/04/2020" mean when the text does not say (from CLDR); absent or "" reads them as in the US.
 * A tag without a known region is an error ("bad options").
 */
export interface AnnotateOptions {
  boilerplate?: boolean;
  entities?: boolean;
  statistics?: boolean;
  html?: string;
  progressId?: number;
  locale?: string;
}

/** The fields every annotation has; `start`/`end` index the JavaScript string (UTF-16). */
export interface AnnotationBase {
  layer: "boilerplate" | "entity" | "statistic";
  type: string;
  start: number;
  end: number;
  text: string;
}

/** A line of clutter and why (`reason`). */
export interface BoilerplateAnnotation extends AnnotationBase {
  layer: "boilerplate";
  reason: string;
}

/** A name; mentions of one thing share `entity`, `canonical` is its fullest name. */
export interface EntityAnnotation extends AnnotationBase {
  layer: "entity";
  entity: number;
  canonical: string;
}

/** A figure: its value, unit, range, qualifier, change and consistency hint, when known. */
export interface StatisticAnnotation extends AnnotationBase {
  layer: "statistic";
  [field: string]: unknown;
}

export type Annotation = BoilerplateAnnotation | EntityAnnotation | StatisticAnnotation;

/**
 * A region the reader may choose (`knownRegions`), from the same generated CLDR data the core
 * reads its `locale` option with: `region` (ISO 3166, "AU"; give the core "en-AU"), the
 * `currency` "10 grand" means there, what "$" alone (`symbolDollar`) and "dollars", "bucks"
 * (`dollar`) mean there, and whether a numeric date that reads either way puts the day first.
 */
export interface KnownRegion {
  region: string;
  currency: string;
  symbolDollar: string;
  dollar: string;
  dayFirst: boolean;
}

/** The result of one call. */
export interface AnnotateResult {
  annotations: Annotation[];
}

/**
 * The same result packed (`annotatePacked`, what the page's worker calls): per annotation six
 * numbers in `ints` (start, end, layer + 4 × flags, type, two fields) and one in `values`;
 * `strings` the distinct texts they index, `extras` one JSON array of the statistics' rarer
 * fields. www/packed.js unpacks it; src/wasm/packed.rs documents the layout.
 */
export interface PackedResult {
  count: number;
  ints: Uint32Array;
  values: Float64Array;
  strings: string[];
  extras: string;
}
"#;

/// Annotates `text` and returns `{annotations: [...]}` with `start`/`end` in UTF-16 code units,
/// ready to index JavaScript strings. `options` may be `undefined`. With `options.progressId` in
/// a dedicated worker, progress is posted from the worker's global scope as the layers go.
#[wasm_bindgen(unchecked_return_type = "AnnotateResult")]
pub fn annotate(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "AnnotateOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    with_options(text, options, result)
}

/// [`annotate`] with the result packed into typed arrays ([`packed`]): the page's call, whose
/// result the worker hands on to the page without copying an object per annotation.
#[wasm_bindgen(js_name = annotatePacked, unchecked_return_type = "PackedResult")]
pub fn annotate_packed(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "AnnotateOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    with_options(text, options, packed_result)
}

/// Reads the call's options and runs `make` on `text`, posting progress when asked to.
fn with_options(
    text: &str,
    options: JsValue,
    make: fn(&str, &Options) -> Result<JsValue, JsError>,
) -> Result<JsValue, JsError> {
    let reporter = progress_poster(&options);
    let parsed = parse_options(options)?;
    match reporter {
        Some(post) => progress::with_reporter(post, PROGRESS_REPORTS, || make(text, &parsed)),
        None => make(text, &parsed),
    }
}

fn parse_options(options: JsValue) -> Result<Options, JsError> {
    if options.is_undefined() || options.is_null() {
        Ok(Options::default())
    } else {
        serde_wasm_bindgen::from_value(options)
            .map_err(|e| JsError::new(&format!("bad options: {e}")))
    }
}

/// The annotations of `text`, packed.
fn packed_result(text: &str, options: &Options) -> Result<JsValue, JsError> {
    let annotations = annotate_between(text, options, || {});
    let output = rendered(text, &annotations, Unit::Utf16);
    progress::at(Stage::Output, 1, 2);
    let failed =
        |why: String| JsError::new(&format!("cannot hand the result to JavaScript: {why}"));
    let mut packed = packed::Packed::with_capacity(annotations.len());
    for item in output.items() {
        packed.push(&item).map_err(|e| failed(e.to_string()))?;
    }
    drop(annotations);
    progress::at(Stage::Output, 3, 4);
    packed.into_js().map_err(|e| failed(format!("{e:?}")))
}

/// The posting of progress messages the options ask for, if the code runs in a dedicated worker.
fn progress_poster(options: &JsValue) -> Option<impl FnMut(f64) + 'static> {
    if !options.is_object() {
        return None;
    }
    let id = js_sys::Reflect::get(options, &JsValue::from_str("progressId"))
        .ok()?
        .as_f64()?;
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().dyn_into().ok()?;
    let id_key = JsValue::from_str("id");
    let progress_key = JsValue::from_str("progress");
    Some(move |fraction: f64| {
        let message = js_sys::Object::new();
        let set = js_sys::Reflect::set(&message, &id_key, &JsValue::from_f64(id)).is_ok()
            && js_sys::Reflect::set(&message, &progress_key, &JsValue::from_f64(fraction)).is_ok();
        if set {
            // A message that cannot be posted is only a bar that does not move.
            let _ = scope.post_message(&message);
        }
    })
}

/// The annotations of `text` as the page's objects.
fn result(text: &str, options: &Options) -> Result<JsValue, JsError> {
    let annotations = annotate_between(text, options, || {});
    let output = Document {
        annotations: rendered(text, &annotations, Unit::Utf16),
    };
    progress::at(Stage::Output, 1, 2);
    // One JSON string parsed by the engine is several times faster than building the objects
    // field by field across the boundary (tens of thousands of annotations on a long text).
    let failed =
        |why: String| JsError::new(&format!("cannot hand the result to JavaScript: {why}"));
    let json = serde_json::to_string(&output).map_err(|e| failed(e.to_string()))?;
    progress::at(Stage::Output, 3, 4);
    js_sys::JSON::parse(&json).map_err(|e| failed(format!("{e:?}")))
}

/// The first disagreement of the WASM's 128-bit SIMD paths with the scalar code they stand for
/// (the tagger's best tag, the rules' walks to a word of some classes), if any: run by
/// `tests/wasm.rs`; not exported to JavaScript.
#[doc(hidden)]
pub fn vector_paths_disagreement() -> Option<String> {
    crate::entities::tagger::vector_best_disagreement(0x2545_F491_4F6C_DD1D)
        .or_else(|| crate::entities::rules::vector_walk_disagreement(0x9E37_79B9_7F4A_7C15))
}

/// The crate version, shown in the page footer.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// Every region the `locale` option accepts, with what it changes (the TypeScript `KnownRegion`
/// above): the page's Region list comes from here, so that it offers exactly the regions the
/// core reads (one source, the generated `regions.txt`; one call when the worker loads).
#[wasm_bindgen(js_name = knownRegions, unchecked_return_type = "KnownRegion[]")]
pub fn known_regions() -> js_sys::Array {
    // Objects built field by field: a serde derive and serde_json cost the download 640 bytes
    // (gzipped) more.
    let list = js_sys::Array::new();
    for l in Locale::known() {
        let entry = js_sys::Object::new();
        let fields = [
            ("region", JsValue::from_str(l.region())),
            ("currency", JsValue::from_str(l.currency())),
            ("symbolDollar", JsValue::from_str(l.symbol_dollar())),
            ("dollar", JsValue::from_str(l.dollar())),
            ("dayFirst", JsValue::from_bool(l.day_first())),
        ];
        for (key, value) in fields {
            // Setting a field of a fresh plain object cannot fail.
            let _ = js_sys::Reflect::set(&entry, &JsValue::from_str(key), &value);
        }
        list.push(&entry);
    }
    list
}

/// One boilerplate span as the page holds it after the reader's corrections: UTF-16 offsets and
/// the type (`TITLE` is kept on top of the clean text; any other type is dropped).
#[derive(Deserialize)]
struct JsSpan {
    start: usize,
    end: usize,
    #[serde(rename = "type")]
    kind: String,
}

/// The article as clean text, by the same function as `gloss clean`
/// ([`crate::boilerplate::clean_text`]), from the page's boilerplate spans.
#[wasm_bindgen]
pub fn clean_text(text: &str, spans: JsValue) -> Result<String, JsError> {
    let spans: Vec<JsSpan> = serde_wasm_bindgen::from_value(spans)
        .map_err(|e| JsError::new(&format!("bad spans: {e}")))?;
    let units: Vec<usize> = spans.iter().flat_map(|s| [s.start, s.end]).collect();
    let bytes = crate::offsets::bytes_from_utf16(text, &units);
    let annotations: Vec<crate::Annotation> = spans
        .iter()
        .zip(bytes.chunks(2))
        .map(|(s, b)| {
            let start = b.first().copied().unwrap_or(0);
            let end = b.get(1).copied().unwrap_or(start).max(start);
            crate::boilerplate::marked(start..end, s.kind == "TITLE")
        })
        .collect();
    Ok(crate::boilerplate::clean_text(text, &annotations))
}
