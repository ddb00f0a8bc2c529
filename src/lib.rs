//! Gloss marks up pasted news text in three layers:
//!
//! - **boilerplate**: lines that came with the copy but are not the article (sign-up prompts,
//!   photo credits, share lines, date stamps, …), each with a reason;
//! - **entities**: people, organisations, places, nationalities and other names, with the
//!   mentions of one thing linked;
//! - **statistics**: counts, percentages, money, quantities, ranks, dates and changes, with the
//!   value normalised.
//!
//! The core takes `&str` and returns data; it does no I/O and never panics on any input.
//!
//! ```
//! let text = "Rishi Sunak said arrivals rose 13 per cent.";
//! let annotations = gloss::annotate(text, &gloss::Options::default());
//! assert!(annotations.iter().any(|a| a.kind == "PERCENT" && a.text(text) == "13 per cent"));
//! ```

mod annotation;
pub mod boilerplate;
pub mod entities;
pub mod offsets;
pub mod output;
mod pipeline;
pub mod statistics;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use annotation::{Annotation, Detail, Layer};
pub use boilerplate::clean_text;
pub use offsets::{OffsetConverter, Unit};
pub use output::{render, rendered, write_json, AnnotationOut, Document, Output, Rendered};
pub use pipeline::{annotate, sort, Options};
