//! Pathological text: 10 MB without a newline, millions of short lines, only digits, only
//! emoji, right-to-left scripts, zero-width characters, CRLF, broken HTML. Each must keep the
//! invariants and grow linearly: eight times the text may not take much more than eight times
//! as long. (Absolute speeds are for `cargo bench --bench pathological`, not for tests.)

#[path = "support/cpu_time.rs"]
mod cpu_time;
#[path = "support/fuzz_check.rs"]
mod fuzz_check;
#[path = "support/pathological.rs"]
mod pathological;

use std::time::Duration;

use gloss::{annotate, Annotation, Options};

fn options(html: &Option<String>) -> Options {
    Options {
        html: html.clone(),
        ..Options::default()
    }
}

/// The least CPU time of three runs (the thread's own time, so other work on the machine does
/// not count; the least of three also drops a cold cache).
fn fastest(text: &str, options: &Options) -> (Duration, Vec<Annotation>) {
    let mut best = Duration::MAX;
    let mut result = Vec::new();
    for _ in 0..3 {
        let (took, annotations) = cpu_time::cpu_time(|| annotate(text, options));
        best = best.min(took);
        result = annotations;
    }
    (best, result)
}

#[test]
fn pathological_inputs_keep_the_invariants_and_grow_linearly() {
    const SMALL: usize = 8 * 1024;
    const GROWTH: usize = 8;
    let small = pathological::cases(SMALL);
    let large = pathological::cases(SMALL * GROWTH);
    let mut failures = Vec::new();
    for (s, l) in small.iter().zip(&large) {
        let (t_small, a_small) = fastest(&s.text, &options(&s.html));
        let (t_large, a_large) = fastest(&l.text, &options(&l.html));
        for (text, annotations) in [(&s.text, &a_small), (&l.text, &a_large)] {
            let problem = fuzz_check::span_problem(text, annotations);
            assert!(problem.is_none(), "{}: {problem:?}", s.name);
        }
        // Linear growth gives a ratio near 8, quadratic near 64. A millisecond of slack keeps
        // timer noise on tiny inputs from counting.
        let ratio = t_large.as_secs_f64() / (t_small.as_secs_f64() + 1e-3);
        println!(
            "{:24} {:>9.2?} → {:>9.2?}  ×{ratio:.1}  ({} → {} annotations)",
            s.name,
            t_small,
            t_large,
            a_small.len(),
            a_large.len()
        );
        if ratio > 24.0 {
            failures.push(format!("{} grew ×{ratio:.1} for ×{GROWTH} text", s.name));
        }
    }
    assert!(failures.is_empty(), "superlinear: {failures:?}");
}
