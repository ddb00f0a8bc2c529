//! Statistics layer: numbers a reader may want to check, with the value normalised.
//!
//! One pass splits the text into tokens ([`tokens`]); at each token that can open a figure the
//! date grammar ([`dates`]) and the figure grammar ([`measures`], over [`numbers`]) both try,
//! and the longer reading wins. Then qualifiers and changes are attached ([`qualifiers`],
//! [`changes`]) and consistency hints computed ([`hints`]). The text is read a window at a
//! time ([`windows`]); once it is read whole, dates are resolved against its dateline
//! ([`dateline`]) and the shares of a sentence summed ([`shares`]).

mod calendar;
mod cents;
mod changes;
mod conversions;
mod currencies;
mod cursor;
mod date_first;
mod dateline;
mod dates;
mod detail;
mod factors;
#[cfg(test)]
mod gate_check;
mod hints;
mod holiday_dates;
mod holiday_names;
// The spelling rules run only to make `generated/statistics/holiday_spellings.tsv`.
#[cfg(any(test, feature = "tools"))]
mod holiday_spellings;
mod labels;
mod lexicon;
#[cfg(target_arch = "wasm32")]
pub(crate) use lexicon::FxHasher;
mod locale;
mod lower;
mod marks;
mod measures;
mod money;
mod named_numbers;
mod num;
mod numbers;
mod odds;
mod per_unit;
mod points;
mod pounds;
mod qualifiers;
mod quantities;
mod records;
#[cfg(not(target_arch = "wasm32"))]
mod shared_scan;
mod shares;
mod starts;
mod text_region;
mod titled;
mod tokens;
mod units;
mod vague;
mod verses;
mod web_address;
mod windows;
mod words;

#[cfg(test)]
use crate::annotation;
use crate::annotation::Annotation;
use crate::progress::{self, Stage};
use cursor::Cx;
/// Time zones as the time grammar reads them (the entity layer types them after a clock time).
pub(crate) use dates::is_zone;
use dates::{Cat, DatePhrase};
pub use detail::{Change, ChangeBy, Detail, Direction, Extra};
#[cfg(feature = "tools")]
pub use holiday_spellings::spellings_file as holiday_spellings_file;
use labels::{is_reference_number, phone_like, record_of_three};
pub use locale::Locale;
pub use records::Figure;
pub(crate) use records::Found;
#[cfg(test)]
use records::{StatKind, KINDS};
use starts::{can_start, date_name_only, date_possible, figure_past, opens_nothing};
use verses::verse;

/// Finds every statistic in `text`, in reading order, with byte spans.
pub fn annotate(text: &str) -> Vec<Annotation> {
    annotate_for(text, None)
}

/// [`annotate`] for a reader in `locale` (what "$" and "03/04/2020" mean there).
pub fn annotate_for(text: &str, locale: Option<Locale>) -> Vec<Annotation> {
    figures_for(text, locale)
        .iter()
        .map(Figure::annotation)
        .collect()
}

/// [`annotate_for`] as the layer's compact records (32 bytes a figure rather than 80).
pub fn figures_for(text: &str, locale: Option<Locale>) -> Vec<Figure> {
    annotate_in_pieces(text, tokens::MAX_TEXT, locale, None)
}

/// [`figures_for`] on two cores: each window's scan is cut into pieces on `sharing`, and the
/// other thread, once done with its own layers, scans some of them ([`shared_scan`]). The same
/// figures as [`figures_for`].
#[cfg(not(target_arch = "wasm32"))]
pub fn figures_shared<'a>(
    text: &'a str,
    locale: Option<Locale>,
    sharing: &crate::sharing::Sharing<'a>,
) -> Vec<Figure> {
    annotate_in_pieces(text, tokens::MAX_TEXT, locale, Some(sharing))
}

/// [`figures`] reading at most `max` bytes at a time (tokens count bytes in `u32`, so only a
/// text over 4 GiB is read in pieces): each piece ends after its last line break, or at the
/// last character that fits when it has none. Each piece is read as a text of its own, in the
/// region the whole text names as its own ([`text_region`]) or else the reader's.
fn annotate_in_pieces<'a>(
    text: &'a str,
    max: usize,
    locale: Option<Locale>,
    sharing: Option<&crate::sharing::Sharing<'a>>,
) -> Vec<Figure> {
    let locale = text_region::region_of(text).or(locale);
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(rest) = text.get(from..).filter(|r| !r.is_empty()) {
        let piece = rest.get(..piece_len(rest, max)).unwrap_or(rest);
        let mut found = annotate_text(piece, locale, sharing);
        if from > 0 {
            for a in &mut found {
                let span = a.span();
                *a = Figure::new(
                    span.start + from..span.end + from,
                    a.kind,
                    a.detail().map_offsets(&|byte| byte + from),
                );
            }
        }
        if out.is_empty() {
            // The common case, one piece: its list is the result, not copied.
            out = found;
        } else {
            out.append(&mut found);
        }
        from += piece.len();
    }
    out
}

/// How many bytes of `rest` the next piece takes: all of it when it fits in `max`, else up to
/// its last line break within `max`, else up to the last character boundary within `max`.
fn piece_len(rest: &str, max: usize) -> usize {
    if rest.len() <= max {
        return rest.len();
    }
    let head = rest.as_bytes().get(..max).unwrap_or_default();
    if let Some(newline) = memchr::memrchr(b'\n', head) {
        return newline + 1;
    }
    // A piece never cuts a character: with `max` under 4 the first whole character is taken.
    (1..=max)
        .rev()
        .find(|&k| rest.is_char_boundary(k))
        .or_else(|| (1..=4).find(|&k| rest.is_char_boundary(k)))
        .unwrap_or(rest.len())
}

/// Tokens to set aside room for before tokenising a text of `bytes` bytes: one for every two
/// bytes (a token is at least one byte; prose has about one for every five, one-letter lines
/// one for every two), up to [`TOKEN_ROOM_MAX`]. Pages set aside and never written cost no
/// memory, but a list that grows is copied when it cannot grow where it is (inside the heap,
/// where the freed memory of the layers before lies): 5 M one-letter lines (10 MB) then held
/// the old and the new list at once.
fn token_room(bytes: usize) -> usize {
    (bytes / 2 + 1).min(TOKEN_ROOM_MAX)
}

/// The most tokens set aside up front (512 MB of tokens): a longer text grows its list.
const TOKEN_ROOM_MAX: usize = 1 << 26;

/// [`annotate`] for a text of at most [`tokens::MAX_TEXT`] bytes, a window at a time.
fn annotate_text<'a>(
    text: &'a str,
    locale: Option<Locale>,
    sharing: Option<&crate::sharing::Sharing<'a>>,
) -> Vec<Figure> {
    windows::annotate(text, locale, windows::WINDOW, sharing)
}

/// Resolves the dates of the result against the dateline, in reading order: a date written
/// out sets the story's time for the relative dates after it.
fn resolve_dates(
    out: &mut [Figure],
    dates: Vec<windows::LaterDate>,
    dateline: Option<calendar::Ymd>,
) {
    let mut last_month: Option<String> = None;
    let mut date_extras = detail::DateExtras::default();
    let mut anchor: Option<calendar::Anchor> = None;
    // The year of the last date written out with its month and year ("in May 2011") and the
    // token it ends at: in a text with no dateline, a month written without a year a few
    // sentences after it is in that year ("… in July" is July 2011). Further on, or against a
    // dateline, the story may have moved on: such a month stays as the dateline reads it.
    let mut month_year: Option<(i32, usize)> = None;
    // The record the last date gave up for a shared one, emptied and given to the next date.
    let mut spare: Option<std::sync::Arc<Extra>> = None;
    for date in dates {
        // `mut` in the pattern: the phrase is changed where it lies, not copied.
        let windows::LaterDate {
            place,
            phrase: mut p,
            start,
            end,
        } = date;
        if let Some(f) = out.get_mut(place) {
            let d = f.detail_mut();
            let same_month = matches!(
                p.when,
                calendar::When::SameLastYear {
                    unit: lexicon::TimeUnit::Month
                }
            );
            // "the following year" counts from the last date written out, "next year" from
            // the dateline; "that year" only from a date written out.
            let from_anchor = anchor.and_then(|a| a.base_for(&p.when));
            let base = match p.from_anchor {
                dates::FromAnchor::No => dateline,
                dates::FromAnchor::OrDateline => from_anchor.or(dateline),
                dates::FromAnchor::Only => from_anchor,
            };
            let month_only = matches!(
                p.when,
                calendar::When::Date {
                    y: None,
                    m: Some(_),
                    ..
                }
            );
            let base = match month_year {
                Some((y, month_end))
                    if month_only
                        && dateline.is_none()
                        && start <= month_end + MONTH_YEAR_REACH =>
                {
                    Some(calendar::Ymd { y, m: 12, d: 31 })
                }
                _ => base,
            };
            // "since July 2013" reaches to the present: it sets no story time.
            if p.duration.is_none() {
                if let calendar::When::Date { y: Some(y), m, .. } = p.when {
                    month_year = m.filter(|_| p.qualifier.is_none()).map(|_| (y, end));
                }
            }
            // Forward from the dateline only: a month read in the year of a date written out
            // before it ("in May 2011 … will open in July") is in that year.
            p.ahead &= dateline.is_some() && base == dateline;
            let explicit = (p.until.is_none() && p.duration.is_none()).then_some(p.when);
            // `resolve` boxes a record first thing (`extra_mut`): the spare one serves.
            d.reuse_extra(&mut spare);
            resolve(d, p, base);
            // A date written out moves the story's time, to an unknown one when it cannot be
            // resolved ("in July" with no year known): better unresolved than counted wrong.
            if let Some(calendar::When::Date { .. }) = explicit {
                anchor = d
                    .extra()
                    .iso
                    .as_deref()
                    .and_then(calendar::Anchor::from_iso);
            }
            // "in January, … compared with the same month last year": the month just named.
            if same_month {
                if let Some(prev) = last_month.as_deref().and_then(year_before) {
                    d.extra_mut().iso = Some(prev);
                }
            } else if let Some(iso) = d.extra().iso.as_deref().filter(|s| {
                s.len() >= 7
                    && s.as_bytes().get(4) == Some(&b'-')
                    && s.as_bytes().get(5) != Some(&b'W')
            }) {
                // The month kept in one buffer, not a new string at every date.
                match (iso.get(..7), &mut last_month) {
                    (Some(month), Some(kept)) => {
                        kept.clear();
                        kept.push_str(month);
                    }
                    (month, kept) => *kept = month.map(str::to_string),
                }
            }
            if let Some(given_up) = d.share_date_extra(&mut date_extras) {
                spare = Some(given_up);
            }
        }
    }
}

/// The gates of branch `statspeed31` (`starts::date_name_only`, `in_opens_nothing`'s digits,
/// the first-byte gates of `measures`, `marks::after_number`'s mark), in every build since
/// `wasmspeed34` (the WASM: 7 % fewer instructions a call for 921 bytes gzipped). `false`
/// asks the grammars without them (the same answers), to measure what they save.
const GATES: bool = true;

/// How many tokens after a month and year a month written without a year is read in that year
/// (two or three sentences).
const MONTH_YEAR_REACH: usize = 60;

/// Left to right, the longest statistic starting at each token.
/// Tokens scanned between two progress reports (a cheap check; the reporter throttles further).
const PROGRESS_TOKENS: usize = 4096;

/// What [`scan`] found in a window: the parsed phrase of each date among the figures by its
/// place in the list (a phrase is ~100 bytes; most figures are not dates, so it is not in every
/// record), where the figures of scan positions past the cut start in the list, and the first
/// scan position past the cut.
struct Scanned {
    dates: Vec<(usize, DatePhrase)>,
    owned_end: usize,
    next_scan: usize,
}

/// Appends to `out` the figures from token `from` to the end (the scan goes on past `cut`, so
/// that the passes see the figures after the window's own). `progress`: the window's first
/// byte and the text's length.
fn scan(
    cx: &Cx,
    from: usize,
    cut: usize,
    out: &mut Vec<Found>,
    progress: (usize, usize),
) -> Scanned {
    let mut dates = Vec::new();
    let mut i = from;
    let n = cx.len();
    let mut owned_end = None;
    let mut next_scan = n;
    while i < n {
        if i >= cut && owned_end.is_none() {
            owned_end = Some(out.len());
            next_scan = i;
        }
        let byte = cx.tok(i).map_or(0, |t| t.start());
        progress::at(Stage::Statistics, progress.0 + byte, progress.1);
        // To the next report, or to the cut first.
        let end = if i < cut { cut } else { n };
        i = steps(cx, i, end.min(i + PROGRESS_TOKENS), out, &mut dates, None);
    }
    if owned_end.is_none() {
        next_scan = i.max(cut);
    }
    Scanned {
        dates,
        owned_end: owned_end.unwrap_or(out.len()),
        next_scan,
    }
}

/// Where a scan stood and jumped (`shared_scan`): the position each figure was read at, and
/// each jump past more than one token (from, to).
#[derive(Default)]
struct Trail {
    at: Vec<usize>,
    jumps: Vec<(usize, usize)>,
}

/// The scan from token `i` until it stands at `end` or past it (the first such position is
/// returned), the figures appended to `out`, their dates' phrases to `dates`; with `trail`,
/// where it stood and jumped. Out of line natively: its one copy of the grammars serves every
/// caller; inlined in the WASM build, where `scan` is its only caller.
#[cfg_attr(not(target_arch = "wasm32"), inline(never))]
#[cfg_attr(target_arch = "wasm32", inline(always))]
fn steps(
    cx: &Cx,
    mut i: usize,
    end: usize,
    out: &mut Vec<Found>,
    dates: &mut Vec<(usize, DatePhrase)>,
    mut trail: Option<&mut Trail>,
) -> usize {
    while i < end {
        let before = out.len();
        let next = step(cx, i, out, dates);
        if let Some(t) = trail.as_deref_mut() {
            if out.len() > before {
                t.at.push(i);
            }
            if next > i + 1 {
                t.jumps.push((i, next));
            }
        }
        i = next;
    }
    i
}

/// What the scan reads at token `i`: the figure read there, if any, appended to `out` (a
/// date's parsed phrase to `dates`, by its place in `out`); returns the next position the scan
/// stands at. It reads the tokens only, nothing found before: a scan started anywhere reads
/// what one started earlier reads from the first position both stand at (`shared_scan`).
#[inline(always)]
fn step(cx: &Cx, i: usize, out: &mut Vec<Found>, dates: &mut Vec<(usize, DatePhrase)>) -> usize {
    // "http://t.co/gIP8", "/2010/09/friday-finds": a web address's words open nothing
    // (its digits are turned away by `can_start`); asked only of words that may open.
    if !can_start(cx, i) || opens_nothing(cx, i) || cx.is_word(i) && web_address::inside(cx, i) {
        return i + 1;
    }
    // "John 3:16": a verse of the Bible, no time (and no count).
    if let Some(end) = verse(cx, i) {
        return end;
    }
    // A year or a length of time before a clause's mark: the date first, and no figure
    // grammar when it reads one (`date_first`, `date_first_gate_tests`).
    let gated = date_first::date_first(cx, i);
    let early = if gated { date_at(cx, i) } else { None };
    let figure = if early.is_some() {
        None
    } else {
        figure_at(cx, i)
    };
    // A percentage or an amount of money is never a date: skip the date grammar.
    let date = match &figure {
        Some(f) if matches!(f.kind.as_str(), "PERCENT" | "MONEY") => None,
        // Asked first.
        _ if gated => early,
        _ => date_at(cx, i),
    };
    // "around 3-5 kilometers": a figure that starts inside the date and reads past it.
    let figure_ends = figure.as_ref().map_or(i, |f| f.end());
    if let Some(k) = date
        .as_ref()
        .filter(|d| figure_ends <= d.end)
        .and_then(|d| figure_past(cx, i, d.end))
    {
        return k;
    }
    let best = match (date, figure) {
        (Some(d), Some(f)) if f.end() > d.end => Some((f, None)),
        (Some(d), _) => Some((date_found(&d), Some(d))),
        (None, Some(f)) => Some((f, None)),
        (None, None) => None,
    };
    let Some((f, phrase)) = best else {
        return i + 1;
    };
    if f.kind == "CARDINAL" || f.kind == "ORDINAL" {
        if let Some(end) = phone_like(cx, i).or_else(|| record_of_three(cx, i)) {
            return end;
        }
        // A score is read whole before a name's number is looked for ("Pegula 7-5").
        if f.detail.extra().score.is_none() && is_reference_number(cx, f.start()) {
            return f.end().max(i + 1);
        }
    }
    let mut next = f.end().max(i + 1);
    if f.detail.extra().per.is_some() && next == f.end() && cx.near(next) {
        next = per_unit::past_rate(cx, next);
    } else if f.kind == "QUANTITY" && next == f.end() && cx.near(next) {
        next = per_unit::past_measure_base(cx, next);
    }
    if let Some(p) = phrase {
        dates.push((out.len(), p));
    }
    out.push(f);
    next
}

/// The figure the grammars read at token `i`: none at a month's or weekday's name
/// (`date_name_gate_tests`).
#[inline(always)]
fn figure_at(cx: &Cx, i: usize) -> Option<Found> {
    if date_name_only(cx, i) {
        return None;
    }
    factors::parse(cx, i)
        .or_else(|| measures::parse(cx, i))
        .map(|f| per_unit::extend(cx, f))
}

/// The date the date grammar reads at token `i`, past its cheap gates.
#[inline(always)]
fn date_at(cx: &Cx, i: usize) -> Option<DatePhrase> {
    if !date_possible(cx, i) || dates::no_date_at(cx, i) {
        return None;
    }
    dates::parse(cx, i)
}

fn date_found(p: &DatePhrase) -> Found {
    let kind = match p.cat {
        Cat::Date => "DATE",
        Cat::Time => "TIME",
        Cat::Duration => "DURATION",
    };
    let mut f = Found::new(p.start, p.end, kind, Detail::default());
    f.dated = true;
    f
}

/// Fills a date's ISO value, or marks it unresolved when it needs a dateline there is not.
fn resolve(detail: &mut Detail, p: DatePhrase, dateline: Option<calendar::Ymd>) {
    let d = detail.extra_mut();
    // The phrase's own qualifier ("since", "more than 4 days") or the words before a length
    // of time ("up to 18 weeks", set by `qualifiers`).
    d.qualifier = p.qualifier.or(d.qualifier);
    if let Some(&(min, max, unit)) = p.count_between.as_deref() {
        d.min = Some(min);
        d.max = Some(max);
        d.qualifier = d.qualifier.or(Some("between"));
        detail.set_unit(Some(std::borrow::Cow::Borrowed(calendar::unit_plural(
            unit,
        ))));
        return;
    }
    if let Some(iso) = p.duration {
        // "two weeks ago", "in 3 days at 5pm": the point the length counts to from the dateline.
        let point = dates::ahead::shifted(&iso, p.shift, dateline);
        d.iso = Some(match point {
            Some(day) => date_time(Some(day), p.time, false).unwrap_or(iso),
            None => iso,
        });
        return;
    }
    // A range of times names its day once, at either end: "from 7am to 10pm on 3 May" is
    // 3 May at both ends, "on 3 May from 7am to 10pm" too.
    let (when, until) = match (p.when, p.until) {
        (calendar::When::Nothing, Some(u)) if p.time.is_some() => (u, Some(u)),
        (w, Some(calendar::When::Nothing)) if p.until_time.is_some() => (w, Some(w)),
        (w, u) => (w, u),
    };
    let date = if p.ahead {
        when.resolve_ahead(dateline)
    } else {
        when.resolve(dateline)
    };
    if when.is_relative() && date.is_none() {
        d.resolved = Some(false);
    }
    let mut iso = date_time(date, p.time, when.is_relative());
    // "from 4pm for 30 minutes": the start and how long ("T16:00/PT30M").
    if let (Some(start), Some(lasting)) = (iso.as_mut(), p.lasting.as_deref()) {
        start.push('/');
        start.push_str(lasting);
    }
    if let Some(u) = until {
        let date = u.resolve_after(iso.as_deref(), dateline);
        // Both ends or neither: a range whose end the text does not date is no single time.
        iso = match (iso, date_time(date, p.until_time, u.is_relative())) {
            (Some(start), Some(end)) => Some(format!("{start}/{end}")),
            _ => None,
        };
    }
    d.iso = iso;
}

/// ISO 8601 of a resolved date and a time of day: "2024-02-02T09:30", "2024-02", "T09:30".
fn date_time(date: Option<String>, time: Option<(u8, u8)>, relative: bool) -> Option<String> {
    let time = time.map(|(h, m)| format!("T{h:02}:{m:02}"));
    match (date, time) {
        (Some(date), Some(t)) if date.len() == 10 => Some(format!("{date}{t}")),
        (Some(date), _) => Some(date),
        (None, Some(t)) if !relative => Some(t),
        _ => None,
    }
}

/// "2024-01" → "2023-01".
fn year_before(ym: &str) -> Option<String> {
    let y: i32 = ym.get(..4)?.parse().ok()?;
    Some(format!("{:04}{}", y - 1, ym.get(4..7)?))
}

#[cfg(test)]
mod tests;
