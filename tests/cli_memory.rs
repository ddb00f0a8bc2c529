//! Peak resident memory of the `gloss` command itself (RSS, as `/usr/bin/time -v` reports it),
//! read from the kernel for each child process (`wait4`), on the dense-figure text of issue
//! #15 item 3. Unlike the counting allocator of `memory.rs`, this sees what a reader of the
//! command sees: the models loaded on first use, and everything the layers hold at once.
//!
//! Before the command fixed glibc's mmap threshold (`src/bin/gloss/main.rs`), 2 MB of
//! `1,2,3,…` peaked 42 MB above a start-up run (21× the input): after the entity pass
//! freed its large blocks, the threshold rose and the figures' lists grew in the main heap by
//! copying, leaving their old copies resident. With it fixed: about 39 MB (19×). With a
//! statistics token of 12 bytes (was 16) and a figure's record of 80 (was 88, the size of its
//! annotation, so the list becomes the result in place) and the figure's sentence number in
//! that record's padding instead of a list of its own: about 33 MB (16.8×). The start-up run
//! annotates one word, so that every layer loads its tables (an empty input loads none).
#![cfg(all(target_os = "linux", feature = "cli"))]

#[path = "support/dense_digits.rs"]
mod dense_digits;

use std::io::Write;
use std::process::{Command, Stdio};

use dense_digits::dense_digits;

/// Peak RSS in bytes of `gloss annotate` reading `text` on stdin (output thrown away).
// The child is reaped by `wait4` below, which also reads its resource use.
#[allow(clippy::zombie_processes)]
fn peak_rss_of_annotate(text: &str) -> usize {
    let mut child = Command::new(env!("CARGO_BIN_EXE_gloss"))
        .arg("annotate")
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("gloss starts");
    let pid = child.id() as libc::pid_t;
    {
        let mut stdin = child.stdin.take().expect("a pipe to gloss");
        stdin
            .write_all(text.as_bytes())
            .expect("gloss reads its input");
    }
    let mut status = 0;
    // SAFETY: an all-zero `rusage` is a valid value; `wait4` fills it for this child only.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: `pid` is our own child, not yet waited for; both pointers are to live locals.
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(waited, pid, "wait4 on gloss");
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "gloss failed: status {status}"
    );
    // ru_maxrss is in kilobytes on Linux.
    usize::try_from(usage.ru_maxrss).unwrap_or(0) * 1024
}

#[test]
fn dense_figures_peak_under_seventeen_and_a_half_times_the_input_above_start_up() {
    let start_up = peak_rss_of_annotate("a");
    let text = dense_digits(2_000_000);
    let peak = peak_rss_of_annotate(&text);
    let ratio = peak.saturating_sub(start_up) as f64 / text.len() as f64;
    assert!(
        ratio < 17.5,
        "dense digits: peak RSS {} KB, {} KB for one word: {ratio:.1}× the {} input bytes",
        peak / 1024,
        start_up / 1024,
        text.len()
    );
}
