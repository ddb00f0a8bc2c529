//! Work that one thread shares with another once that one is free (`gloss annotate` on two
//! cores, [`crate::pipeline::annotate_side_by_side`]): a job is cut into pieces, independent of
//! one another, taken from a counter by whichever thread comes for one, and put back in order,
//! so the result is the one a single thread gets.
//!
//! The thread that runs a layer posts its jobs ([`Sharing::share`]) and closes the board when
//! the layer is done ([`Sharing::closing`]); the other thread, done with its own layer, helps
//! with every job posted until then ([`Sharing::help_until_closed`]). Nothing waits for help: a
//! job the other thread comes too late for is done by its poster alone.

// The WASM build runs on one thread: only the job's own path is used there.
#![cfg_attr(target_arch = "wasm32", allow(dead_code))]

use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};

/// The board between the thread that runs a layer and the thread that helps with it.
pub struct Sharing<'a> {
    board: Mutex<Board<'a>>,
    changed: Condvar,
}

struct Board<'a> {
    /// The job being done, while its poster takes pieces of it.
    job: Option<Arc<dyn Work + 'a>>,
    /// Jobs posted so far: a helper takes a share of each once.
    posted: u64,
    /// Helpers inside the job: its poster returns once they are out.
    inside: usize,
    /// No more jobs will be posted.
    closed: bool,
}

/// A job whose pieces any thread may take.
trait Work: Send + Sync {
    /// Takes pieces and does them until none is left.
    fn work(&self);
}

struct Job<T, F> {
    piece: F,
    /// The pieces no one has taken: the poster takes them from the front, a helper from the
    /// back, so that the poster's own come first and go straight where they belong.
    left: Mutex<std::ops::Range<usize>>,
    /// The helper's results, by piece.
    done: Vec<Mutex<Option<T>>>,
}

impl<T, F> Job<T, F> {
    /// The first piece no one has taken, for the poster.
    fn front(&self) -> Option<usize> {
        let mut left = lock(&self.left);
        (left.start < left.end).then(|| {
            left.start += 1;
            left.start - 1
        })
    }

    /// The last piece no one has taken, for a helper.
    fn back(&self) -> Option<usize> {
        let mut left = lock(&self.left);
        (left.start < left.end).then(|| {
            left.end -= 1;
            left.end
        })
    }
}

impl<T: Send, F: Fn(usize) -> T + Send + Sync> Work for Job<T, F> {
    fn work(&self) {
        while let Some(k) = self.back() {
            let result = (self.piece)(k);
            if let Some(slot) = self.done.get(k) {
                *lock(slot) = Some(result);
            }
        }
    }
}

/// A lock whose holder never panics while holding it (the values are only moved in and out).
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

impl<'a> Sharing<'a> {
    /// A board; `closed` when no job will be posted on it (no layer to share).
    pub fn new(closed: bool) -> Self {
        Sharing {
            board: Mutex::new(Board {
                job: None,
                posted: 0,
                inside: 0,
                closed,
            }),
            changed: Condvar::new(),
        }
    }

    /// Does pieces `0..pieces` into `into`, in that order, some perhaps on a helper's thread:
    /// posted here, then taken from the front by this thread (`here(into, k)` does piece `k`
    /// in place) until the pieces meet those a helper took from the back (`piece(k)` there,
    /// its result put in by `take(into, result)` once the helper is out). A piece that
    /// panicked on the helper's thread is done again here (and panics here, as it would have
    /// alone).
    pub fn share<S, T, F>(
        &self,
        pieces: usize,
        piece: F,
        into: &mut S,
        mut here: impl FnMut(&mut S, usize),
        mut take: impl FnMut(&mut S, T),
    ) where
        T: Send + 'a,
        F: Fn(usize) -> T + Send + Sync + 'a,
    {
        let job = Arc::new(Job {
            piece,
            left: Mutex::new(0..pieces),
            done: (0..pieces).map(|_| Mutex::new(None)).collect(),
        });
        {
            let mut board = lock(&self.board);
            board.job = Some(job.clone());
            board.posted += 1;
        }
        self.changed.notify_all();
        while let Some(k) = job.front() {
            here(into, k);
        }
        // The poster's pieces are those before where the two met.
        let helped_from = lock(&job.left).start;
        {
            let mut board = lock(&self.board);
            board.job = None;
            while board.inside > 0 {
                board = self
                    .changed
                    .wait(board)
                    .unwrap_or_else(PoisonError::into_inner);
            }
        }
        for (k, slot) in job.done.iter().enumerate().skip(helped_from) {
            let result = lock(slot).take().unwrap_or_else(|| (job.piece)(k));
            take(into, result);
        }
    }

    /// Closes the board when dropped (when the layer is done, or unwinds): a helper waiting
    /// for a job goes back to its own work.
    pub fn closing(&self) -> Closing<'_, 'a> {
        Closing(self)
    }

    /// Takes pieces of every job posted until the board is closed.
    pub fn help_until_closed(&self) {
        let mut seen = 0;
        let mut board = lock(&self.board);
        loop {
            match board.job.clone() {
                Some(job) if board.posted != seen => {
                    seen = board.posted;
                    board.inside += 1;
                    drop(board);
                    // Out again (and the poster told) even if a piece panics here.
                    let _inside = Inside(self);
                    job.work();
                    drop(job);
                    drop(_inside);
                    board = lock(&self.board);
                }
                _ if board.closed => return,
                _ => {
                    board = self
                        .changed
                        .wait(board)
                        .unwrap_or_else(PoisonError::into_inner);
                }
            }
        }
    }
}

/// See [`Sharing::closing`].
pub struct Closing<'s, 'a>(&'s Sharing<'a>);

impl Drop for Closing<'_, '_> {
    fn drop(&mut self) {
        lock(&self.0.board).closed = true;
        self.0.changed.notify_all();
    }
}

/// A helper inside a job: out when dropped.
struct Inside<'s, 'a>(&'s Sharing<'a>);

impl Drop for Inside<'_, '_> {
    fn drop(&mut self) {
        lock(&self.0.board).inside -= 1;
        self.0.changed.notify_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Barrier;
    use std::thread::{self, ThreadId};

    /// `piece` over `0..pieces` through [`Sharing::share`], the results in a list.
    fn shared<'a, T: Send + 'a>(
        sharing: &Sharing<'a>,
        pieces: usize,
        piece: &'a (dyn Fn(usize) -> T + Sync),
    ) -> Vec<T> {
        let mut out = Vec::new();
        sharing.share(
            pieces,
            piece,
            &mut out,
            |out, k| out.push(piece(k)),
            |out, t| out.push(t),
        );
        out
    }

    /// Both threads take pieces (the first and the last wait for each other, so each thread
    /// holds one), and the results come back in the pieces' order.
    #[test]
    fn pieces_come_back_in_order_whoever_did_them() {
        let both = Barrier::new(2);
        let piece = |k: usize| -> (usize, ThreadId) {
            if k == 0 || k == 39 {
                both.wait();
            }
            (k * k, thread::current().id())
        };
        let sharing = Sharing::new(false);
        let (results, helped) = thread::scope(|scope| {
            let helper = scope.spawn(|| {
                sharing.help_until_closed();
                thread::current().id()
            });
            let results = {
                let _closing = sharing.closing();
                shared(&sharing, 40, &piece)
            };
            (results, helper.join().unwrap())
        });
        let squares: Vec<usize> = results.iter().map(|r| r.0).collect();
        assert_eq!(squares, (0..40).map(|k| k * k).collect::<Vec<_>>());
        assert!(results.iter().any(|r| r.1 == helped));
        assert!(results.iter().any(|r| r.1 == thread::current().id()));
    }

    /// With no one to help, or a board closed from the start, nothing waits.
    #[test]
    fn alone_or_closed_nothing_waits() {
        let sharing = Sharing::new(false);
        assert_eq!(shared(&sharing, 3, &|k| k + 1), vec![1, 2, 3]);
        assert_eq!(shared(&sharing, 0, &|k| k), Vec::<usize>::new());
        Sharing::new(true).help_until_closed();
    }

    /// A piece that panics on the helper's thread is done again by the poster (here it panics
    /// only on the helper's, so the poster's results are whole), and the helper is let go.
    #[test]
    fn a_piece_the_helper_drops_is_done_by_the_poster() {
        let both = Barrier::new(2);
        let calls = AtomicUsize::new(0);
        let poster = thread::current().id();
        let piece = |k: usize| {
            if calls.fetch_add(1, Ordering::Relaxed) < 2 {
                both.wait();
            }
            assert!(thread::current().id() == poster, "the helper's piece");
            k
        };
        let sharing = Sharing::new(false);
        thread::scope(|scope| {
            let helper = scope.spawn(|| sharing.help_until_closed());
            let results = {
                let _closing = sharing.closing();
                shared(&sharing, 2, &piece)
            };
            assert_eq!(results, vec![0, 1]);
            assert!(helper.join().is_err());
        });
    }
}
