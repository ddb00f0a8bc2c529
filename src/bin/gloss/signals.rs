//! SIGTERM and SIGINT in `--jsonl` mode: a signal that arrives while an output line is being
//! written takes effect once the line is whole; one that arrives at any other moment (reading,
//! annotating) ends the process at once, since everything written so far is whole lines.
//!
//! The handler only touches atomics and calls `_exit`, both async-signal-safe.

use std::io::{self, Write};
use std::sync::atomic::{AtomicI32, AtomicU8, Ordering::SeqCst};

/// No line is being written: a signal may end the process straight away.
const IDLE: u8 = 0;
/// A line is being written: the signal waits for it.
const WRITING: u8 = 1;
/// The handler is ending the process: nothing more may be written.
#[cfg_attr(not(unix), allow(dead_code))]
const ENDING: u8 = 2;

static STATE: AtomicU8 = AtomicU8::new(IDLE);
static PENDING: AtomicI32 = AtomicI32::new(0);

/// Installs the handlers (Unix; elsewhere the default behaviour stays).
pub fn install() -> io::Result<()> {
    #[cfg(unix)]
    for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGINT] {
        // SAFETY: the action only uses atomics and `_exit`, which are async-signal-safe.
        unsafe { signal_hook::low_level::register(signal, move || on_signal(signal)) }?;
    }
    Ok(())
}

#[cfg(unix)]
fn on_signal(signal: i32) {
    PENDING.store(signal, SeqCst);
    if STATE.compare_exchange(IDLE, ENDING, SeqCst, SeqCst).is_ok() {
        signal_hook::low_level::exit(128 + signal);
    }
}

/// Writes `line` (which ends with a newline) whole, with one `write_all`.
pub fn write_line(out: &mut impl Write, line: &[u8]) -> io::Result<()> {
    while STATE
        .compare_exchange(IDLE, WRITING, SeqCst, SeqCst)
        .is_err()
    {
        // The handler is ending the process on another thread: write nothing more.
        std::thread::park();
    }
    let written = out.write_all(line).and_then(|()| out.flush());
    STATE.store(IDLE, SeqCst);
    written
}

/// The signal that arrived while a line was being written, if any: stop now.
pub fn pending() -> Option<i32> {
    match PENDING.load(SeqCst) {
        0 => None,
        signal => Some(signal),
    }
}
