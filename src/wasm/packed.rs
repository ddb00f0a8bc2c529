//! The page's compact result: one call's annotations as flat typed arrays and two small side
//! tables, instead of one JavaScript object per annotation. Building tens of thousands of
//! objects (as JSON the engine parses) and then copying them from the worker to the page
//! (structured clone) cost more than the typed arrays, which the worker hands on by transfer;
//! the page builds its objects from them (`www/packed.js`, documented in `www/types.js`).
//!
//! Per annotation, [`INTS`] numbers in `ints` and one in `values`:
//!
//! | `ints[k*6 + …]` | boilerplate | entity | statistic |
//! |---|---|---|---|
//! | 0, 1 | start, end (UTF-16) | start, end | start, end |
//! | 2 | layer 0 | layer 1 | layer 2, plus flags × 4: 1 `value`, 2 `unit`, 4 extra fields, 8 `value_text` |
//! | 3 | type (index in `strings`) | type | type |
//! | 4 | `reason` (index in `strings`) | `entity` | `unit` (index in `strings`) |
//! | 5 | 0 | `canonical` (index in `strings`) | place of its extra fields in `extras` |
//!
//! `values[k]` is a statistic's `value` (0 when it has none). `strings` holds each distinct
//! text once; `extras` is one JSON array of the statistics' rarer fields (`measure`, `min`,
//! `max`, `qualifier`, `iso`, `resolved`, `change`, `hint`), in the order of the JSON output.
//! An annotation's `text` is the page's own string from `start` to `end`.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use wasm_bindgen::prelude::*;

use crate::{AnnotationOut, Detail};

/// Numbers of `ints` per annotation.
pub const INTS: usize = 6;

/// Flags of a statistic (times 4, above its layer, in `ints[k*6 + 2]`).
const HAS_VALUE: u32 = 1;
const HAS_UNIT: u32 = 2;
const HAS_EXTRA: u32 = 4;
const HAS_VALUE_TEXT: u32 = 8;

/// The result being packed.
#[derive(Default)]
pub struct Packed {
    ints: Vec<u32>,
    values: Vec<f64>,
    strings: Vec<String>,
    /// Keyed by FxHash (~1.8 % of a call on 1 MB of news went to SipHash here).
    index: HashMap<String, u32, BuildHasherDefault<crate::statistics::FxHasher>>,
    extras: Vec<u8>,
    extra_count: u32,
}

impl Packed {
    /// Room for `n` annotations.
    pub fn with_capacity(n: usize) -> Packed {
        Packed {
            ints: Vec::with_capacity(n * INTS),
            values: Vec::with_capacity(n),
            extras: b"[".to_vec(),
            ..Packed::default()
        }
    }

    fn string(&mut self, s: &str) -> u32 {
        if let Some(&i) = self.index.get(s) {
            return i;
        }
        let i = u32::try_from(self.strings.len()).unwrap_or(u32::MAX);
        self.strings.push(s.to_string());
        self.index.insert(s.to_string(), i);
        i
    }

    /// Appends one annotation as the JSON output has it (offsets already converted).
    pub fn push(&mut self, a: &AnnotationOut) -> serde_json::Result<()> {
        let kind = self.string(a.kind);
        let (layer, flags, x, y, value) = match &a.detail {
            Detail::Boilerplate(d) => (0, 0, self.string(d.reason), 0, 0.0),
            Detail::Entity(d) => (1, 0, d.entity, self.string(&d.canonical), 0.0),
            Detail::Statistic(d) => {
                let mut flags = 0;
                if d.value_of().is_some() {
                    flags |= HAS_VALUE;
                }
                let unit = match d.unit() {
                    Some(u) => {
                        flags |= HAS_UNIT;
                        self.string(u)
                    }
                    None => 0,
                };
                if a.value_text.is_some() {
                    flags |= HAS_VALUE_TEXT;
                }
                let mut extra = 0;
                let json = serde_json::to_vec(d.extra())?;
                if json != b"{}" {
                    flags |= HAS_EXTRA;
                    if self.extra_count > 0 {
                        self.extras.push(b',');
                    }
                    self.extras.extend_from_slice(&json);
                    extra = self.extra_count;
                    self.extra_count += 1;
                }
                (2, flags, unit, extra, d.value_of().unwrap_or(0.0))
            }
        };
        let offset = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        self.ints.extend_from_slice(&[
            offset(a.start),
            offset(a.end),
            layer | flags << 2,
            kind,
            x,
            y,
        ]);
        self.values.push(value);
        Ok(())
    }

    /// The JavaScript object `{count, ints, values, strings, extras}` (see the module's table).
    pub fn into_js(mut self) -> Result<JsValue, JsValue> {
        self.extras.push(b']');
        let object = js_sys::Object::new();
        let set = |key: &str, value: &JsValue| {
            js_sys::Reflect::set(&object, &JsValue::from_str(key), value).map(|_| ())
        };
        set("count", &JsValue::from_f64(self.values.len() as f64))?;
        set("ints", &js_sys::Uint32Array::from(&self.ints[..]).into())?;
        set(
            "values",
            &js_sys::Float64Array::from(&self.values[..]).into(),
        )?;
        let strings = js_sys::Array::new_with_length(self.strings.len() as u32);
        for (i, s) in self.strings.iter().enumerate() {
            strings.set(i as u32, JsValue::from_str(s));
        }
        set("strings", &strings.into())?;
        // Valid UTF-8: serde_json wrote it.
        let extras =
            String::from_utf8(self.extras).map_err(|e| JsValue::from_str(&e.to_string()))?;
        set("extras", &JsValue::from_str(&extras))?;
        Ok(object.into())
    }
}
