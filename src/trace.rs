//! A timeline of one `gloss annotate` run, for finding where its wall time goes (issue 17):
//! with `GLOSS_TRACE` set in the environment, each [`stamp`] prints one line to standard
//! error, `T <monotonic ns> <thread name> <thread CPU ns> <label>`; without it a stamp only
//! reads a flag. The stamps are in the CLI (`main.rs`), [`crate::annotate_side_by_side`] and
//! the JSON halves; see `src/PIPELINE.md` ("par40") for how they were read. Only with the `cli`
//! feature (the library alone and the WASM build have no clock to read: a stamp is nothing).

#[cfg(feature = "cli")]
fn on() -> bool {
    static ON: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *ON.get_or_init(|| std::env::var_os("GLOSS_TRACE").is_some())
}

// (`time_t` and `c_long` are `i64` on 64-bit Linux only.)
#[cfg(feature = "cli")]
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
#[cfg(feature = "cli")]
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

#[cfg(not(feature = "cli"))]
pub fn stamp(_label: &str) {}
