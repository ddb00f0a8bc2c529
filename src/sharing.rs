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

use std::sync::atomic::{AtomicUsize, Ordering};
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
    next: AtomicUsize,
    /// Each piece's result, in the pieces' order.
    done: Vec<Mutex<Option<T>>>,
}

impl<T: Send, F: Fn(usize) -> T + Send + Sync> Work for Job<T, F> {
    fn work(&self) {
        loop {
            let k = self.next.fetch_add(1, Ordering::Relaxed);
            let Some(slot) = self.done.get(k) else {
                return;
            };
            let result = (self.piece)(k);
            *lock(slot) = Some(result);
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

    /// `piece(0)`, …, `piece(pieces - 1)`, in that order, some perhaps done by a helper: posted
    /// here and taken on by this thread until none is left, then waited for where a helper
    /// still has one. A piece that panicked on the helper's thread is done again here (and
    /// panics here, as it would have alone).
    pub fn share<T, F>(&self, pieces: usize, piece: F) -> Vec<T>
    where
        T: Send + 'a,
        F: Fn(usize) -> T + Send + Sync + 'a,
    {
        let job = Arc::new(Job {
            piece,
            next: AtomicUsize::new(0),
            done: (0..pieces).map(|_| Mutex::new(None)).collect(),
        });
        {
            let mut board = lock(&self.board);
            board.job = Some(job.clone());
            board.posted += 1;
        }
        self.changed.notify_all();
        job.work();
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
        job.done
            .iter()
            .enumerate()
            .map(|(k, slot)| lock(slot).take().unwrap_or_else(|| (job.piece)(k)))
            .collect()
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
    use std::sync::Barrier;
    use std::thread;

    /// Both threads take pieces (the first two wait for each other, so each thread holds one),
    /// and the results come back in the pieces' order.
    #[test]
    fn pieces_come_back_in_order_whoever_did_them() {
        let both = Barrier::new(2);
        let sharing = Sharing::new(false);
        let (results, helped) = thread::scope(|scope| {
            let helper = scope.spawn(|| {
                sharing.help_until_closed();
                thread::current().id()
            });
            let results = {
                let _closing = sharing.closing();
                sharing.share(40, |k| {
                    if k < 2 {
                        both.wait();
                    }
                    (k * k, thread::current().id())
                })
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
        assert_eq!(sharing.share(3, |k| k + 1), vec![1, 2, 3]);
        assert_eq!(sharing.share(0, |k| k), Vec::<usize>::new());
        Sharing::new(true).help_until_closed();
    }

    /// A piece that panics on the helper's thread is done again by the poster (here it panics
    /// only on the helper's, so the poster's results are whole), and the helper is let go.
    #[test]
    fn a_piece_the_helper_drops_is_done_by_the_poster() {
        let both = Barrier::new(2);
        let calls = AtomicUsize::new(0);
        let poster = thread::current().id();
        let sharing = Sharing::new(false);
        thread::scope(|scope| {
            let helper = scope.spawn(|| sharing.help_until_closed());
            let results = {
                let _closing = sharing.closing();
                sharing.share(2, |k| {
                    if calls.fetch_add(1, Ordering::Relaxed) < 2 {
                        both.wait();
                    }
                    assert!(thread::current().id() == poster, "the helper's piece");
                    k
                })
            };
            assert_eq!(results, vec![0, 1]);
            assert!(helper.join().is_err());
        });
    }
}
