//! Replays every input in tests/fuzz-regressions/ through the fuzz target's checks. A crash the
//! fuzzer finds is minimised (`cargo fuzz tmin`), saved there under a name that says what broke,
//! fixed, and from then on checked here on every `cargo test`.

#[path = "support/fuzz_check.rs"]
mod fuzz_check;

use std::path::Path;

#[test]
fn saved_fuzz_inputs_keep_the_invariants() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-regressions");
    let mut cases: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/fuzz-regressions exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "bin"))
        .collect();
    cases.sort();
    assert!(!cases.is_empty(), "no saved inputs in {}", dir.display());
    for path in cases {
        let data = std::fs::read(&path).expect("readable case");
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
        let outcome = std::panic::catch_unwind(|| fuzz_check::check(&data));
        assert!(outcome.is_ok(), "{name:?} broke an invariant again");
    }
}
