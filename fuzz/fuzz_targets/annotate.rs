//! Arbitrary bytes → (lossy) UTF-8 text and options → the whole pipeline, checking the
//! invariants every caller relies on (tests/support/fuzz_check.rs, shared with the replay test
//! of saved crashes). Run: `make fuzz` (see README).
#![no_main]

#[path = "../../tests/support/fuzz_check.rs"]
mod fuzz_check;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| fuzz_check::check(data));
