//! The scan of a window on two threads (`gloss annotate` on two cores, issue 17): the window's
//! scan positions are cut into pieces on a board ([`Sharing`]); this thread scans them from the
//! front, in place, and the other thread, once done with its own layers, scans pieces from the
//! back, each from its first token. A step of the scan reads the tokens only ([`super::step`]),
//! so a piece scanned from its first token reads what the scan from the front reads from the
//! first position both stand at: where the scan from the front comes into a piece the helper
//! scanned (a figure read before it may end inside it), it steps on alone until it stands where
//! the helper stood, then takes the helper's figures from there. The result is [`super::scan`]'s.

use std::ops::Range;
use std::sync::Arc;

use super::cursor::Cx;
use super::dates::DatePhrase;
use super::windows::Lent;
use super::{steps, Found, Scanned, Trail, PROGRESS_TOKENS};
use crate::progress::{self, Stage};
use crate::sharing::Sharing;

/// Scan positions a piece covers: ~10 KB of news, a few tenths of a millisecond.
const PIECE_TOKENS: usize = 2048;

/// What a piece's scan read: its figures, their dates' phrases (by place in `found`), where
/// it stood and jumped.
struct Piece {
    found: Vec<Found>,
    dates: Vec<(usize, DatePhrase)>,
    trail: Trail,
    start: usize,
    /// The first position at or past the piece's end: where it stopped.
    end: usize,
    /// The piece's end.
    limit: usize,
}

impl Piece {
    /// Whether the piece's scan stood at position `p`: every position from its start to where
    /// it stopped but those strictly inside a jump.
    fn stood_at(&self, p: usize) -> bool {
        if p < self.start || p > self.end {
            return false;
        }
        let jumps = &self.trail.jumps;
        let k = jumps.partition_point(|&(from, _)| from < p);
        k == 0 || jumps.get(k - 1).is_none_or(|&(_, to)| to <= p)
    }
}

/// The scan of positions `range`, from its first.
fn scan_piece(cx: &Cx, range: Range<usize>) -> Piece {
    let mut piece = Piece {
        found: Vec::new(),
        dates: Vec::new(),
        trail: Trail::default(),
        start: range.start,
        end: range.start,
        limit: range.end,
    };
    piece.end = steps(
        cx,
        range.start,
        range.end,
        &mut piece.found,
        &mut piece.dates,
        Some(&mut piece.trail),
    );
    piece
}

/// The scan from the front: where it stands, what it found.
struct Front<'o> {
    out: &'o mut Vec<Found>,
    dates: Vec<(usize, DatePhrase)>,
    i: usize,
    owned_end: Option<usize>,
    next_scan: usize,
}

impl<'o> Front<'o> {
    /// The scan standing at `from`, before a window's own figures end at `cut` (of `n`).
    fn new(out: &'o mut Vec<Found>, from: usize, cut: usize, n: usize) -> Self {
        let mut front = Front {
            out,
            dates: Vec::new(),
            i: from,
            owned_end: None,
            next_scan: n,
        };
        front.passed(cut, n);
        front
    }

    /// What the scan found, once every piece is in.
    fn done(self, cut: usize) -> Scanned {
        Scanned {
            owned_end: self.owned_end.unwrap_or(self.out.len()),
            dates: self.dates,
            next_scan: self.owned_end.map_or(self.i.max(cut), |_| self.next_scan),
        }
    }

    /// Steps on from where it stands until it stands at `end` or past it.
    fn steps(&mut self, cx: &Cx, end: usize, progress: (usize, usize)) {
        while self.i < end {
            let byte = cx.tok(self.i).map_or(0, |t| t.start());
            progress::at(Stage::Statistics, progress.0 + byte, progress.1);
            let to = end.min(self.i + PROGRESS_TOKENS);
            self.i = steps(cx, self.i, to, self.out, &mut self.dates, None);
        }
    }

    /// Takes a piece the other thread scanned: steps alone until it stands where that scan
    /// stood, then takes its figures from there.
    fn take(&mut self, cx: &Cx, piece: Piece) {
        while self.i < piece.limit && !piece.stood_at(self.i) {
            self.i = steps(cx, self.i, self.i + 1, self.out, &mut self.dates, None);
        }
        if self.i >= piece.limit {
            return;
        }
        let first = piece.trail.at.partition_point(|&a| a < self.i);
        let base = self.out.len();
        self.dates.extend(
            piece
                .dates
                .into_iter()
                .filter(|&(k, _)| k >= first)
                .map(|(k, p)| (k - first + base, p)),
        );
        self.out.extend(piece.found.into_iter().skip(first));
        self.i = piece.end;
    }

    /// At the start and at each piece's end (the cut is one): the window's own figures end
    /// where the scan first stands at its cut or past it, before the window's end.
    fn passed(&mut self, cut: usize, n: usize) {
        if self.i >= cut && self.i < n && self.owned_end.is_none() {
            self.owned_end = Some(self.out.len());
            self.next_scan = self.i;
        }
    }
}

/// [`super::scan`] of the window whose tokens are `lent` (over `text`, the window's piece of
/// the text; `cx` reads them), in pieces shared through `sharing`.
#[allow(clippy::too_many_arguments)]
pub(super) fn scan<'a>(
    cx: &Cx,
    lent: &Lent,
    text: &'a str,
    from: usize,
    cut: usize,
    out: &mut Vec<Found>,
    progress: (usize, usize),
    sharing: &Sharing<'a>,
) -> Scanned {
    let n = cx.len();
    let bounds: Arc<[usize]> = piece_bounds(from, cut, n, PIECE_TOKENS).into();
    let (locale, caseless) = (cx.locale, cx.caseless);
    let piece = {
        let lent = Arc::clone(lent);
        let bounds = Arc::clone(&bounds);
        move |k: usize| {
            let mut cx = Cx::new(text, &lent.0, &lent.1);
            cx.locale = locale;
            cx.caseless = caseless;
            scan_piece(&cx, piece_range(&bounds, k))
        }
    };
    let mut front = Front::new(out, from, cut, n);
    sharing.share(
        bounds.len().saturating_sub(1),
        piece,
        &mut front,
        |front, k| {
            front.steps(cx, piece_range(&bounds, k).end, progress);
            front.passed(cut, n);
        },
        |front, piece: Piece| {
            front.take(cx, piece);
            front.passed(cut, n);
        },
    );
    front.done(cut)
}

/// [`scan`] as if the pieces `helped` says had been scanned by the other thread (any of them,
/// not only the last ones as on the board), in pieces of `piece_tokens`.
#[cfg(test)]
pub(super) fn scan_as_if_helped(
    cx: &Cx,
    from: usize,
    cut: usize,
    out: &mut Vec<Found>,
    piece_tokens: usize,
    helped: impl Fn(usize) -> bool,
) -> Scanned {
    let n = cx.len();
    let bounds = piece_bounds(from, cut, n, piece_tokens);
    let mut front = Front::new(out, from, cut, n);
    for k in 0..bounds.len().saturating_sub(1) {
        let range = piece_range(&bounds, k);
        if helped(k) {
            front.take(cx, scan_piece(cx, range));
        } else {
            front.steps(cx, range.end, (0, 0));
        }
        front.passed(cut, n);
    }
    front.done(cut)
}

/// The pieces' bounds: from `from` to `n` every `piece_tokens`, and at `cut`.
fn piece_bounds(from: usize, cut: usize, n: usize, piece_tokens: usize) -> Vec<usize> {
    let mut bounds = vec![from];
    let mut p = from;
    for end in [cut.min(n), n] {
        while p < end {
            p = (p + piece_tokens.max(1)).min(end);
            bounds.push(p);
        }
    }
    bounds
}

fn piece_range(bounds: &[usize], k: usize) -> Range<usize> {
    let start = bounds.get(k).copied().unwrap_or(0);
    start..bounds.get(k + 1).copied().unwrap_or(start)
}
