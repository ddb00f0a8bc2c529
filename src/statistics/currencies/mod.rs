//! The generated currency lexicon: every ISO 4217 code CLDR knows (historical ones included),
//! English names and plurals, local symbols and unambiguous name words, read from
//! `generated/statistics/currencies.tsv` (made by `scripts/lexicons/currencies.py`; see
//! `generated/README.md`). The hand-written table in [`super::units`] is tried first; this one
//! answers for the currencies it does not name ("42 KWD", "RM 42", "10 Qatari riyals").

mod codes;
mod cues;
mod dotted;
mod far_name;
mod frozen;
mod letters;
mod names;
mod shared;
mod table;

pub use codes::{
    code, in_cents, in_thousandths, known, mark, name_opens_with, prefixed, singular_name, symbol,
};
pub use cues::{resolve_shared, HeadCues};
pub use dotted::dotted_thousands;
pub use letters::letter_symbol;
#[cfg(test)]
pub use names::keys_after;
pub use names::{after_number, before_number, may_key_after, name_continues, opens_name};
pub use shared::{shared, shared_in, shared_symbol, shared_symbol_at, shared_word};

use frozen::Frozen;

// `static FROZEN`, the table `build.rs` lays out from the file (`frozen.rs`).
#[cfg(not(target_arch = "wasm32"))]
include!(concat!(env!("OUT_DIR"), "/currencies.rs"));

/// The table: static data natively, read from the file at first use in WASM.
#[cfg(not(target_arch = "wasm32"))]
fn table() -> &'static Frozen {
    &FROZEN
}

#[cfg(target_arch = "wasm32")]
fn table() -> &'static Frozen {
    static TABLE: std::sync::OnceLock<Frozen> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| table::freeze(table::build()))
}

#[cfg(test)]
#[path = "key_tests.rs"]
mod key_tests;
