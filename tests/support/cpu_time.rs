//! The CPU time a piece of work takes on the calling thread, for the tests that check growth is
//! linear. Wall time counts every moment the machine gives to other work (CI runs many jobs at
//! once), so a ratio of wall times flakes; the thread's own CPU time does not see that load.

use std::time::{Duration, Instant};

/// Runs `work` and returns the CPU time this thread spent in it (the wall time on systems where
/// the thread's clock cannot be read) with its result.
pub fn cpu_time<T>(work: impl FnOnce() -> T) -> (Duration, T) {
    let (before, start) = (thread_clock(), Instant::now());
    let out = work();
    let wall = start.elapsed();
    match (before, thread_clock()) {
        (Some(a), Some(b)) => (b.saturating_sub(a), out),
        _ => (wall, out),
    }
}

/// The calling thread's CPU clock (POSIX `CLOCK_THREAD_CPUTIME_ID`).
#[cfg(target_os = "linux")]
fn thread_clock() -> Option<Duration> {
    let mut t = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `t` is a valid, writable timespec for the duration of the call.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut t) };
    (rc == 0).then(|| Duration::new(t.tv_sec as u64, t.tv_nsec as u32))
}

#[cfg(not(target_os = "linux"))]
fn thread_clock() -> Option<Duration> {
    None
}
