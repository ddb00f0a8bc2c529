//! The layer a window of the text at a time, so that it never holds the tokens of the whole
//! text beside its figures (a list `5%, 5%, …` has three tokens a figure: the tokens of 10 MB
//! were 60 MB, the result 60 more). Each window is tokenised on its own and scanned from where
//! the scan of the window before stopped; every pass that reads around a figure reads within
//! [`MARGIN`] tokens or a few figures, so a window reads that many tokens past its cut and
//! carries the last figures of the window before as context ([`CONTEXT_FIGURES`], in their
//! final state, not passed again). What the whole text decides is decided once it is read: the
//! dateline and the dates resolved against it, the sums of a sentence's shares (a sentence may
//! run across windows) and the countries of the text's head that pick a shared currency.
//! A window too short to read its figures with their context whole (a figure or a sentence
//! longer than the margins) is read again twice as long; a text of one window, most texts, is
//! read as before.

use std::ops::Range;

use super::calendar::Ymd;
use super::cursor::Cx;
use super::dates::DatePhrase;
use super::records::{ADDED, FACTOR_HINT, OWNED};
#[cfg(not(target_arch = "wasm32"))]
use super::shared_scan;
use super::shares::{is_compared, is_share, Share, Shares};
use super::{
    cents, changes, conversions, currencies, dateline, hints, qualifiers, resolve_dates, scan,
    token_room, tokens, Figure, Found, Locale,
};
use crate::sharing::Sharing;

/// A window's tokens, in an `Arc` so that another thread may read them (see [`annotate`]).
#[cfg(not(target_arch = "wasm32"))]
pub(super) type Lent = std::sync::Arc<(Vec<tokens::Tok>, tokens::Words)>;
/// The WASM build runs on one thread: the tokens are not lent.
#[cfg(target_arch = "wasm32")]
type Lent = (Vec<tokens::Tok>, tokens::Words);

/// Bytes a window reads at least: its tokens and records are what the layer holds beside the
/// result and the text (about 7 MB for a window of percentages).
pub(super) const WINDOW: usize = 512 * 1024;

/// Tokens a window reads before its first scan position and past its cut: the lookbehind and
/// lookahead of the grammars and passes (300 tokens at most, for the countries that pick a
/// currency; a figure must end half of it before the window's end) with room to spare.
const MARGIN: usize = 1024;

/// Tokens a window sets aside room in its list of figures for one figure (see `annotate`).
const FOUND_ROOM: usize = 8;

/// Figures carried from one window into the next: the hints pair a figure with the six around
/// it, and a figure six away may write to one six further.
const CONTEXT_FIGURES: usize = 16;

/// Tokens before the next window's first scan position whose figures are carried too (amounts
/// in cents look 120 tokens back).
const CONTEXT_TOKENS: usize = 512;

/// A figure carried into the next window: its record (token places in the whole text) and a
/// token a few before it, with its byte offset, where that window may start.
struct Carried {
    found: Found,
    back_token: usize,
    back_byte: usize,
}

/// A date of the result, resolved once the whole text is read: its place in the result, its
/// parsed phrase and its token places in the whole text.
pub(super) struct LaterDate {
    pub place: usize,
    pub phrase: DatePhrase,
    pub start: usize,
    pub end: usize,
}

/// Where the next window starts: its first token (place in the whole text and byte offset)
/// and its first scan position.
#[derive(Clone, Copy, Default)]
struct Start {
    token: usize,
    byte: usize,
    scan: usize,
    /// The sentence number (in the whole text) of the token at `scan`.
    sentence: i64,
}

/// The figures of `text` (read whole by the caller: at most [`tokens::MAX_TEXT`] bytes),
/// reading at least `window` bytes at a time.
/// With `sharing`, each window's scan is shared with the other thread ([`shared_scan`]).
pub(super) fn annotate<'a>(
    text: &'a str,
    locale: Option<Locale>,
    window: usize,
    sharing: Option<&Sharing<'a>>,
) -> Vec<Figure> {
    let caseless = !text.chars().any(char::is_uppercase);
    let mut out: Vec<Figure> = Vec::new();
    let mut dates: Vec<LaterDate> = Vec::new();
    let mut dateline: Option<Ymd> = None;
    let mut shares = Shares::default();
    let mut factor_hinted: Vec<usize> = Vec::new();
    let mut head: Option<currencies::HeadCues> = None;
    let mut carried: Vec<Carried> = Vec::new();
    let mut at = Start::default();
    let mut size = window.max(1);
    loop {
        let end = window_end(text, at.byte, size);
        let last = end >= text.len();
        let piece = text.get(at.byte..end).unwrap_or("");
        let mut toks = Vec::with_capacity(token_room(piece.len()));
        let mut words = tokens::Words::default();
        tokens::tokenize(piece, &mut toks, &mut words);
        toks.shrink_to_fit();
        // In an `Arc`, so that the other thread may read them while it helps with the scan (a
        // plain pair in the WASM build).
        #[cfg_attr(target_arch = "wasm32", allow(clippy::useless_conversion))]
        let lent: Lent = (toks, words).into();
        let mut cx = Cx::new(piece, &lent.0, &lent.1);
        cx.locale = locale;
        cx.caseless = caseless;
        let len = cx.len();
        let from = at.scan.saturating_sub(at.token);
        let cut = if last {
            len
        } else {
            len.saturating_sub(MARGIN)
        };
        if !last && cut < from + MARGIN {
            size = size.saturating_mul(2);
            continue;
        }
        // The context: the last figures of the window before, at this window's token places.
        // Room for one figure in eight tokens (news has one in nine), a power of two so that
        // a denser text grows to the capacity doubling from empty would reach ("5%, " has one
        // in two): each move of a growing list copies it, and untouched room is never resident.
        let mut found: Vec<Found> =
            Vec::with_capacity((carried.len() + len / FOUND_ROOM).next_power_of_two());
        found.extend(carried.iter().map(|c| {
            let mut f = c.found.clone();
            f.set_start(f.start() - at.token);
            f.set_end(f.end() - at.token);
            f
        }));
        let context = found.len();
        let progress = (at.byte, text.len());
        let scanned = match sharing {
            #[cfg(not(target_arch = "wasm32"))]
            Some(sharing) => {
                shared_scan::scan(&cx, &lent, piece, from, cut, &mut found, progress, sharing)
            }
            _ => scan(&cx, from, cut, &mut found, progress),
        };
        let owned = context..scanned.owned_end;
        if !last && !reads_whole(&cx, &found, owned.clone()) {
            size = size.saturating_mul(2);
            continue;
        }
        for f in &mut found[owned.clone()] {
            f.marks |= OWNED;
        }
        let own_dates: Vec<(usize, DatePhrase)> = scanned
            .dates
            .into_iter()
            .filter(|(k, _)| owned.contains(k))
            .collect();
        if dateline.is_none() {
            dateline = dateline::find(&cx, &found, &own_dates);
        }
        if at.token == 0 {
            head = Some(currencies::HeadCues::of(text, &cx));
        }
        let head_here = head
            .as_mut()
            .filter(|_| at.token > 0)
            .map(|h| (h, at.token));
        currencies::resolve_shared(&cx, &mut found[context..], head_here);
        currencies::dotted_thousands(&cx, &mut found[context..]);
        cents::resolve(&cx, &mut found, context);
        qualifiers::apply(&cx, &mut found[context..]);
        changes::apply(&cx, &mut found[context..]);
        hints::apply(&cx, &mut found);
        // What the next window starts from, and the figures it carries (as they are now: the
        // conversions below add figures the passes above never saw).
        let next_scan = scanned.next_scan;
        let next = if last {
            None
        } else {
            Some(next_start(
                &cx,
                &found,
                owned.clone(),
                next_scan,
                &carried,
                at,
            ))
        };
        let sentence_here = i64::from(hints::sentences_between(&cx, 0, from));
        let own_sentence = |local: u32| {
            if local == u32::MAX {
                i64::MAX
            } else {
                at.sentence + i64::from(local) - sentence_here
            }
        };
        let (next_carried, next_at) = match next {
            Some((c, mut n)) => {
                n.sentence =
                    at.sentence + i64::from(hints::sentences_between(&cx, from, next_scan));
                (c, n)
            }
            None => (Vec::new(), at),
        };
        conversions::apply(&cx, &mut found, context);
        // The window's own figures into the result; in place when the window is the whole
        // text (a record is no smaller than a figure), so that the list is not held twice.
        dates.reserve(own_dates.len());
        let mut own_dates = own_dates.into_iter();
        let base = out.len();
        let mut place = base;
        let figures = found.into_iter().filter(|f| f.marks & OWNED != 0).map(|f| {
            if f.marks & ADDED == 0 {
                // The text's own slices: the window's tokens go with it.
                let words = |a: usize, b: usize| {
                    cx.tok(a).map_or("", |_| {
                        text.get(shifted(cx.span(a, b), at.byte)).unwrap_or("")
                    })
                };
                let share = is_share(f.kind, &f.detail).then(|| Share {
                    text: words(f.start(), f.end()),
                    value: f.detail.value_of().unwrap_or(0.0),
                    whole: cx
                        .is(f.end(), "of")
                        .then(|| words(f.end() + 1, f.end() + 2)),
                    compared: is_compared(&cx, f.start()),
                });
                shares.figure(own_sentence(f.sentence), place, share);
            }
            if f.marks & FACTOR_HINT != 0 {
                factor_hinted.push(place);
            }
            if f.dated {
                if let Some((_, phrase)) = own_dates.next() {
                    dates.push(LaterDate {
                        place,
                        phrase,
                        start: f.start() + at.token,
                        end: f.end() + at.token,
                    });
                }
            }
            place += 1;
            let span = shifted(cx.span(f.start(), f.end()), at.byte);
            // A change's baseline is at byte offsets of the window.
            let detail = if at.byte > 0 {
                f.detail.map_offsets(&|byte| byte + at.byte)
            } else {
                f.detail
            };
            Figure::new(span, f.kind, detail)
        });
        if base == 0 {
            out = figures.collect();
        } else {
            out.extend(figures);
        }
        if last {
            break;
        }
        // Room for the figures still to come, at this density so far: the list then grows
        // once or twice rather than doubling all the way (each move of a list counts twice).
        let done = next_at.byte.max(1);
        let more = out.len().saturating_mul(text.len() - done.min(text.len())) / done;
        out.reserve_exact(more + more / 8);
        carried = next_carried;
        at = next_at;
        size = window.max(1);
    }
    drop(carried);
    resolve_dates(&mut out, dates, dateline);
    shares.apply(&mut out, &factor_hinted);
    for f in &mut out {
        f.detail_mut().tidy_values();
    }
    out
}

fn shifted(span: Range<usize>, by: usize) -> Range<usize> {
    span.start + by..span.end + by
}

/// The end of a window of at least `size` bytes from `start`: a character boundary, or the
/// text's end.
fn window_end(text: &str, start: usize, size: usize) -> usize {
    let mut end = start.saturating_add(size);
    if end >= text.len() {
        return text.len();
    }
    while !text.is_char_boundary(end) {
        end += 1;
    }
    end
}

/// Whether a window (not the text's last) reads its own figures `owned` whole, with what the
/// passes read after them: each ends [`MARGIN`] / 2 tokens before the window's end, and so do
/// the figures after the last one up to the next sentence (the hints pair figures of one
/// sentence) or, in a sentence that goes on, [`CONTEXT_FIGURES`] of them.
fn reads_whole(cx: &Cx, found: &[Found], owned: Range<usize>) -> bool {
    let limit = cx.len().saturating_sub(MARGIN / 2);
    if found[owned.clone()].iter().any(|f| f.end() > limit) {
        return false;
    }
    let Some(last) = owned.end.checked_sub(1).filter(|&k| k >= owned.start) else {
        return true;
    };
    let after = found.get(owned.end..).unwrap_or_default();
    let from = found[last].start() + 1;
    match (from..=limit).find(|&t| hints::opens_sentence(cx, t)) {
        Some(t) => after
            .iter()
            .take_while(|f| f.start() < t)
            .all(|f| f.end() <= limit),
        None => {
            after.len() >= CONTEXT_FIGURES
                && after.iter().take(CONTEXT_FIGURES).all(|f| f.end() <= limit)
        }
    }
}

/// The next window's start and the figures it carries: the last [`CONTEXT_FIGURES`] of this
/// window's context and own figures, and any within [`CONTEXT_TOKENS`] of its first scan
/// position `next_scan`; it starts [`MARGIN`] tokens before that position, or a few tokens
/// before the first figure carried.
fn next_start(
    cx: &Cx,
    found: &[Found],
    owned: Range<usize>,
    next_scan: usize,
    carried: &[Carried],
    at: Start,
) -> (Vec<Carried>, Start) {
    let mut first = owned.end.saturating_sub(CONTEXT_FIGURES);
    while first > 0 && found[first - 1].end() + CONTEXT_TOKENS >= next_scan {
        first -= 1;
    }
    let byte_of = |t: usize| at.byte + cx.tok(t).map_or(0, |tok| tok.start());
    let next: Vec<Carried> = (first..owned.end)
        .map(|k| {
            let mut f = found[k].clone();
            f.set_start(f.start() + at.token);
            f.set_end(f.end() + at.token);
            f.marks = 0;
            let (back_token, back_byte) = match carried.get(k) {
                Some(c) if k < owned.start => (c.back_token, c.back_byte),
                _ => {
                    let back = found[k].start().saturating_sub(8);
                    (back + at.token, byte_of(back))
                }
            };
            Carried {
                found: f,
                back_token,
                back_byte,
            }
        })
        .collect();
    let margin = next_scan.saturating_sub(MARGIN);
    let mut start = Start {
        token: margin + at.token,
        byte: byte_of(margin),
        scan: next_scan + at.token,
        sentence: 0,
    };
    for c in &next {
        if c.back_token < start.token {
            start.token = c.back_token;
            start.byte = c.back_byte;
        }
    }
    (next, start)
}
