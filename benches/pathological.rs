//! Time per byte of every pathological input (tests/support/pathological.rs) at 1 MB and 10 MB,
//! all layers: `cargo bench --bench pathological`. Flat ns/byte from 1 MB to 10 MB means linear.

#[path = "../tests/support/pathological.rs"]
mod pathological;

use std::time::{Duration, Instant};

use gloss::{annotate, Options};

fn time(case: &pathological::Case, runs: usize) -> (Duration, usize) {
    let options = Options {
        html: case.html.clone(),
        ..Options::default()
    };
    let mut best = Duration::MAX;
    let mut count = 0;
    for _ in 0..runs {
        let start = Instant::now();
        count = std::hint::black_box(annotate(&case.text, &options)).len();
        best = best.min(start.elapsed());
    }
    (best, count)
}

fn main() {
    // `cargo bench` passes `--bench`; a further argument filters cases by name.
    let filter = std::env::args().skip(1).find(|a| !a.starts_with("--"));
    const MB: usize = 1 << 20;
    let small = pathological::cases(MB);
    let large = pathological::cases(10 * MB);
    println!(
        "{:24} {:>10} {:>9} {:>10} {:>9} {:>12}",
        "case (all layers)", "1 MB", "ns/byte", "10 MB", "ns/byte", "annotations"
    );
    for (s, l) in small.iter().zip(&large) {
        if filter.as_deref().is_some_and(|f| !s.name.contains(f)) {
            continue;
        }
        let (t1, _) = time(s, 3);
        let (t10, n) = time(l, 1);
        let bytes = |c: &pathological::Case| c.text.len() + c.html.as_ref().map_or(0, String::len);
        let per_byte = |t: Duration, c| t.as_nanos() as f64 / bytes(c) as f64;
        println!(
            "{:24} {:>10.1?} {:>9.1} {:>10.1?} {:>9.1} {:>12}",
            s.name,
            t1,
            per_byte(t1, s),
            t10,
            per_byte(t10, l),
            n
        );
    }
}
