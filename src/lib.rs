//! Gloss marks up pasted news text in three layers:
//!
//! - **boilerplate**: lines that came with the copy but are not the article (sign-up prompts,
//!   photo credits, share lines, date stamps, …), each with a reason;
//! - **entities**: people, organisations, places, nationalities and other names, with the
//!   mentions of one thing linked;
//! - **statistics**: counts, percentages, money, quantities, ranks, dates and changes, with the
//!   value normalised.
//!
//! The core takes `&str` and returns data; it does no I/O and never panics on any input. The
//! same core runs in the browser (WebAssembly, the `wasm` module on `wasm32`) and as the `gloss`
//! command (the `cli` feature).
//!
//! # Overview
//!
//! The primary entry point is [`annotate`]: a text and [`Options`] in, a sorted list of
//! [`Annotation`]s out. Each annotation is a UTF-8 byte span of the text, a type (`PER`,
//! `PERCENT`, a boilerplate reason code, …) and its layer's [`Detail`]:
//! [`EntityDetail`], [`StatisticDetail`] or [`BoilerplateDetail`].
//!
//! To hand the result to someone else, [`rendered`] gives the one JSON shape, a [`Document`] of
//! [`AnnotationOut`]s, with offsets in the [`Unit`] the reader counts in (code points for JSON,
//! UTF-16 for JavaScript), converted as it is serialised ([`Rendered::items`] gives the same
//! values one by one), and [`write_json`] writes it so that no
//! line-splitting reader cuts a record in two. [`clean_text`] gives the article without its
//! boilerplate. Each layer can also run alone: [`annotate_boilerplate`], [`annotate_entities`],
//! [`annotate_statistics`].
//!
//! # Example: figures and names in a sentence
//!
//! ```
//! use gloss::{annotate, Detail, Options};
//!
//! let text = "Rishi Sunak said arrivals rose 13 per cent to 4,200.";
//! let annotations = annotate(text, &Options::default());
//!
//! let percent = annotations
//!     .iter()
//!     .find(|a| a.kind == "PERCENT")
//!     .expect("a percentage");
//! assert_eq!(percent.text(text), "13 per cent");
//! let Detail::Statistic(figure) = &percent.detail else { panic!("a statistic") };
//! assert_eq!(figure.value_of(), Some(13.0));
//! assert_eq!(figure.unit(), Some("%"));
//!
//! assert!(annotations.iter().any(|a| a.kind == "PER" && a.text(text) == "Rishi Sunak"));
//! ```
//!
//! # Example: JSON with code-point offsets, one layer only
//!
//! ```
//! use gloss::{annotate, rendered, write_json, Document, Options, Unit};
//!
//! let text = "👍 Prices rose 5%.";
//! let options = Options { boilerplate: false, entities: false, ..Options::default() };
//! let annotations = annotate(text, &options);
//! let mut json = Vec::new();
//! let document = Document { annotations: rendered(text, &annotations, Unit::CodePoint) };
//! write_json(&mut json, &document, false).unwrap();
//! let json = String::from_utf8(json).unwrap();
//! // "5%" starts at code point 14 (byte 17: the emoji is four bytes, one code point).
//! assert!(json.contains(r#""start":14,"end":16,"text":"5%","value":5.0,"unit":"%""#), "{json}");
//! ```
//!
//! # Crate features
//!
//! - `cli` (default): the `gloss` command (lexopt, rayon, signal-hook).
//! - `tools`: the evaluation and training binaries (`gloss-eval`, `gloss-train`,
//!   `gloss-train-boilerplate`) and the layer internals they use, as the hidden modules
//!   `boilerplate` and `entities`; not part of the supported API.
//!
//! The library itself needs neither: `default-features = false` gives the API above only.

// std's sorts are allowed natively (Cargo.toml's [lints]: tests, tools) and denied in the
// WASM, where each costs 3–6 KB of download: see `sorting` and clippy.toml.
#![cfg_attr(target_arch = "wasm32", deny(clippy::disallowed_methods))]

mod annotation;
#[cfg(feature = "tools")]
#[doc(hidden)]
pub mod boilerplate;
// Without `tools`, the parts only the tools use are unused here (they were `pub`, and so
// unchecked, before the feature split): not dead, only out of sight.
#[cfg(not(feature = "tools"))]
#[allow(dead_code)]
mod boilerplate;
#[cfg(feature = "tools")]
#[doc(hidden)]
pub mod entities;
#[cfg(not(feature = "tools"))]
#[allow(dead_code)]
mod entities;
#[cfg(feature = "tools")]
#[doc(hidden)]
pub mod heldout;
mod offsets;
mod output;
mod pipeline;
mod progress;
mod sharing;
mod sorting;
mod statistics;
#[cfg(test)]
mod test_rng;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use annotation::{Annotation, Detail, Layer};
pub use boilerplate::{annotate as annotate_boilerplate, clean_text, Detail as BoilerplateDetail};
pub use entities::{annotate as annotate_entities, Detail as EntityDetail};
pub use offsets::{OffsetConverter, Unit};
#[cfg(not(target_arch = "wasm32"))]
pub use output::write_document_in_halves;
pub use output::{
    rendered, write_document, write_json, write_record, AnnotationOut, Document, Rendered, Source,
};
#[cfg(not(target_arch = "wasm32"))]
pub use pipeline::annotate_side_by_side;
pub use pipeline::{annotate, annotate_between, sort, Annotated, AnnotationRef, Options};
#[cfg(feature = "tools")]
#[doc(hidden)]
pub use statistics::holiday_spellings_file;
pub use statistics::{
    annotate as annotate_statistics, annotate_for as annotate_statistics_for, Change,
    Detail as StatisticDetail, Extra as StatisticExtra, Figure, Locale,
};

/// The layers' internals are not part of the API without the `tools` feature:
///
/// ```compile_fail
/// let _ = gloss::boilerplate::features::stage1;
/// ```
///
/// ```compile_fail
/// use gloss::entities::tagger;
/// ```
#[cfg(all(doctest, not(feature = "tools")))]
pub struct InternalsArePrivate;
