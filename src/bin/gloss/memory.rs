//! Where the process's memory comes from (glibc's allocator), set for the size of the document.
//! None of it changes the output: only which pages the allocations land on, and when they are
//! handed back.

/// Keeps glibc's threshold for serving an allocation by its own `mmap` at its default, 128 KiB,
/// instead of letting it rise (up to 32 MiB) after the first large block is freed. With it
/// raised, the layer lists that grow after the entity pass (a million figures on a text of dense
/// digits) grow in the main heap by copying, and the copies they leave behind stay resident:
/// 10 MB of `1,2,3,…` peaked at 224 MB with the rising threshold, 198 MB with it fixed (and 10 MB
/// of news 150 → 139 MB). Output is unchanged: only where the memory comes from.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
pub fn fixed_mmap_threshold() {
    // SAFETY: `mallopt` only sets an allocator parameter; it is called before any thread starts.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 128 * 1024);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
pub fn fixed_mmap_threshold() {}

/// Hands the heap's free pages back to the system (glibc's `malloc_trim`), between two layers
/// of one large document. A layer's many small blocks (a record a line, a token list grown in
/// the main heap) are freed in the middle of the heap, where glibc keeps them resident: on
/// 10 MB of one-letter lines the boilerplate and entity passes left 50 MB so under the
/// statistics layer's tokens, 140 MB at the peak; trimmed, 106 MB. Output is unchanged.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
pub fn release_free_memory() {
    // SAFETY: `malloc_trim` only returns free memory to the system; any thread may call it.
    unsafe {
        libc::malloc_trim(0);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
pub fn release_free_memory() {}

/// The heap set aside at once for a document that is not large: the layers' lists and the
/// JSON's second half grow inside it.
const ROOM: usize = 64 << 20;

/// A transparent huge page (x86-64, arm64 with 4 KiB pages).
const HUGE_PAGE: usize = 2 << 20;

/// For a document that is not large (all of it annotated at once, on two cores): one heap for
/// both threads, set aside in one piece ([`ROOM`]) and asked for in huge pages, where a large
/// list would otherwise get its own `mmap` and each thread its own arena, grown a few pages at
/// a time. On 1 MB of news that was ~6,700 page faults beyond start-up (each a trap and a
/// zeroed 4 KiB page: 9–16 ms of system time of the process's 80–95 ms), and the blocks freed by
/// one layer went back to the system instead of to the next. With it, ~950 faults in all and
/// CPU −12 %; peak memory on 1 MB of news 27.5 → 33.7 MB (the room is only reserved: a page
/// counts once it is written; see `src/PIPELINE.md`). A large document keeps
/// [`fixed_mmap_threshold`] and [`release_free_memory`], which bound its peak.
///
/// Called before the second thread starts (`mallopt` is not for a running program's threads).
/// The huge pages are advice: where the system has none to give (or THP is off), it gives small
/// pages, as before.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
pub fn roomy_heap() {
    // SAFETY: `mallopt` sets allocator parameters and is called while this is the only thread;
    // `sbrk(0)` only reads the program break; `malloc` and `free` are paired; `madvise` is asked
    // only about whole pages between two values of the break, which the heap owns, and only
    // advises (MADV_HUGEPAGE never changes their contents).
    unsafe {
        // The entity thread's blocks in this heap too, not in an arena of its own (one heap to
        // advise; tcache keeps the two threads off the arena's lock for small blocks).
        libc::mallopt(libc::M_ARENA_MAX, 1);
        // Large lists grow in the heap (reused once freed), not in their own mappings.
        libc::mallopt(libc::M_MMAP_THRESHOLD, 32 << 20);
        libc::mallopt(libc::M_TRIM_THRESHOLD, (2 * ROOM) as i32);
        libc::mallopt(libc::M_TOP_PAD, ROOM as i32);
        let start = libc::sbrk(0) as usize;
        // A block larger than what the heap has free: the heap grows by it and the padding.
        // (Through `black_box`, so that the pair is not optimised away.)
        let block = std::hint::black_box(libc::malloc(256 << 10));
        libc::free(block);
        let end = libc::sbrk(0) as usize;
        // `sbrk` fails with `(void *) -1`.
        if start == usize::MAX || end == usize::MAX || end <= start {
            return;
        }
        let to = end - end % HUGE_PAGE;
        let Some(from) = start.checked_next_multiple_of(HUGE_PAGE) else {
            return;
        };
        if to > from {
            libc::madvise(from as *mut libc::c_void, to - from, libc::MADV_HUGEPAGE);
        }
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
pub fn roomy_heap() {}
