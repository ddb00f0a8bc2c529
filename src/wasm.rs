//! The WebAssembly binding: one call per text, one typed result out, offsets in UTF-16.

use wasm_bindgen::prelude::*;

use crate::{annotate as annotate_text, rendered, Document, Options, Unit};

/// The TypeScript types of the binding, written into the generated `gloss.d.ts` so that the
/// page's JSDoc (checked by `tsc --checkJs`, see www/types.js) reads the result typed.
#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** What to annotate: every layer by default; `html` is the rich paste the text came from. */
export interface AnnotateOptions {
  boilerplate?: boolean;
  entities?: boolean;
  statistics?: boolean;
  html?: string;
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

/** The result of one call. */
export interface AnnotateResult {
  annotations: Annotation[];
}
"#;

/// Annotates `text` and returns `{annotations: [...]}` with `start`/`end` in UTF-16 code units,
/// ready to index JavaScript strings. `options` may be `undefined`.
#[wasm_bindgen(unchecked_return_type = "AnnotateResult")]
pub fn annotate(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "AnnotateOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    let options: Options = if options.is_undefined() || options.is_null() {
        Options::default()
    } else {
        serde_wasm_bindgen::from_value(options)
            .map_err(|e| JsError::new(&format!("bad options: {e}")))?
    };
    let annotations = annotate_text(text, &options);
    let output = Document {
        annotations: rendered(text, &annotations, Unit::Utf16),
    };
    // One JSON string parsed by the engine is several times faster than building the objects
    // field by field across the boundary (tens of thousands of annotations on a long text).
    let failed =
        |why: String| JsError::new(&format!("cannot hand the result to JavaScript: {why}"));
    let json = serde_json::to_string(&output).map_err(|e| failed(e.to_string()))?;
    js_sys::JSON::parse(&json).map_err(|e| failed(format!("{e:?}")))
}

/// The crate version, shown in the page footer.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
