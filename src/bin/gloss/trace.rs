//! A timeline of one `gloss annotate` run, for finding where its wall time goes (issue 17):
//! with `GLOSS_TRACE` set in the environment, each [`stamp`] prints one line to standard
//! error, `T <monotonic ns> <thread name> <thread CPU ns> <label>`; without it a stamp only
//! reads a flag. The stamps are the command's own phases (main, read, heap, annotated, rendered,
//! flushed, exit); `scripts/gloss-trace.py` reads them. Stamps inside the library
//! (the layers' ends on each thread, the JSON halves) were used for `src/PIPELINE.md`'s
//! "par40" and left out: the library stays as it was (its instruction counts too).

fn on() -> bool {
    static ON: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *ON.get_or_init(|| std::env::var_os("GLOSS_TRACE").is_some())
}

// (`time_t` and `c_long` are `i64` on 64-bit Linux only.)
#[allow(clippy::useless_conversion)]
fn clock(id: libc::clockid_t) -> i64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `clock_gettime` only writes the `timespec` it is given.
    unsafe {
        libc::clock_gettime(id, &mut ts);
    }
    i64::from(ts.tv_sec) * 1_000_000_000 + i64::from(ts.tv_nsec)
}

/// One line of the timeline, `label` at this moment on this thread (when `GLOSS_TRACE` is set).
pub fn stamp(label: &str) {
    use std::io::Write;
    if !on() {
        return;
    }
    let wall = clock(libc::CLOCK_MONOTONIC);
    let cpu = clock(libc::CLOCK_THREAD_CPUTIME_ID);
    let thread = std::thread::current();
    let name = thread.name().unwrap_or("?");
    let _ = writeln!(std::io::stderr(), "T {wall} {name} {cpu} {label}");
}
