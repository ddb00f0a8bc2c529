//! Statistics layer: numbers a reader may want to check, with the value normalised.
//!
//! One pass splits the text into tokens ([`tokens`]); at each token that can open a figure the
//! date grammar ([`dates`]) and the figure grammar ([`measures`], over [`numbers`]) both try,
//! and the longer reading wins. Then dates are resolved against a dateline ([`dateline`]),
//! qualifiers and changes are attached ([`qualifiers`], [`changes`]) and consistency hints
//! computed ([`hints`]).

mod calendar;
mod cents;
mod changes;
mod conversions;
mod currencies;
mod cursor;
mod dateline;
mod dates;
mod detail;
mod factors;
mod hints;
mod holiday_names;
mod lexicon;
mod locale;
mod lower;
mod marks;
mod measures;
mod money;
mod num;
mod numbers;
mod pounds;
mod qualifiers;
mod quantities;
mod tokens;
mod units;
mod vague;
mod words;

use crate::annotation::{self, Annotation};
use crate::progress::{self, Stage};
use cursor::Cx;
use dates::{Cat, DatePhrase};
pub use detail::{Change, Detail, Extra};
#[cfg(test)]
pub use detail::{ChangeBy, Direction};
pub use locale::Locale;

/// A statistic found at tokens `start..end` (end exclusive).
///
/// 32 bytes, the size of a [`Figure`]: a text of dense figures holds one `Found` a figure next
/// to its tokens, and the layer turns the list into its result in place (a list of figures
/// built beside it would hold both). Token places are `u32` (a piece of text read at once has
/// at most [`tokens::MAX_TEXT`] bytes, so fewer tokens). A date's parsed phrase is kept beside
/// the list, not in it (see [`scan`]).
#[derive(Debug, Clone)]
pub(crate) struct Found {
    first: u32,
    past: u32,
    pub kind: StatKind,
    /// Read by the date grammar ([`date_found`]), resolved or not: in the record's padding.
    pub dated: bool,
    /// The figure's sentence, numbered by the consistency hints ([`hints`]); in what would be
    /// the record's padding.
    pub sentence: u32,
    pub detail: Detail,
}

/// A token place as stored in a [`Found`]. Places past `u32::MAX` cannot occur (see
/// [`Found`]); they would read as the last one.
fn place(token: usize) -> u32 {
    u32::try_from(token).unwrap_or(u32::MAX)
}

impl Found {
    /// `kind` is one of [`KINDS`] (the grammars pass literals; see [`StatKind::of`]).
    pub fn new(start: usize, end: usize, kind: &'static str, detail: Detail) -> Found {
        Found {
            first: place(start),
            past: place(end),
            kind: StatKind::of(kind),
            detail,
            dated: false,
            sentence: 0,
        }
    }

    /// The figure's first token.
    #[inline]
    pub fn start(&self) -> usize {
        self.first as usize
    }

    /// The token after the figure's last.
    #[inline]
    pub fn end(&self) -> usize {
        self.past as usize
    }

    pub fn set_start(&mut self, start: usize) {
        self.first = place(start);
    }

    pub fn set_end(&mut self, end: usize) {
        self.past = place(end);
    }
}

/// One statistic of the layer's result: its byte span in the text, its type and what it says.
/// 32 bytes, under half an [`Annotation`]: a text of dense figures is a list of these, which
/// the pipeline merges with the other layers' annotations as it hands them on
/// ([`crate::pipeline::Annotated`]); [`Figure::annotation`] makes the full annotation. The
/// span's offsets are kept in five bytes each (texts up to 1 TiB; see [`Figure::new`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    start: u32,
    end: u32,
    pub detail: Detail,
    kind: StatKind,
    /// The offsets' fifth bytes.
    start_high: u8,
    end_high: u8,
}

impl Figure {
    /// A figure at bytes `span` of the text. Offsets of 1 TiB and more (a text no reader
    /// holds) would be cut to their low five bytes.
    fn new(span: std::ops::Range<usize>, kind: StatKind, detail: Detail) -> Figure {
        let (start, start_high) = split_offset(span.start);
        let (end, end_high) = split_offset(span.end);
        Figure {
            start,
            end,
            detail,
            kind,
            start_high,
            end_high,
        }
    }

    /// The byte span in the text.
    #[inline]
    pub fn span(&self) -> std::ops::Range<usize> {
        join_offset(self.start, self.start_high)..join_offset(self.end, self.end_high)
    }

    /// The type: `PERCENT`, `MONEY`, ….
    pub fn kind(&self) -> &'static str {
        self.kind.as_str()
    }

    /// The same figure as an annotation.
    pub fn annotation(&self) -> Annotation {
        Annotation {
            span: self.span(),
            kind: self.kind(),
            detail: annotation::Detail::Statistic(self.detail.clone()),
        }
    }
}

/// A byte offset as its low four bytes and its fifth.
fn split_offset(byte: usize) -> (u32, u8) {
    let wide = byte as u64;
    (wide as u32, (wide >> 32) as u8)
}

fn join_offset(low: u32, high: u8) -> usize {
    ((u64::from(high) << 32) | u64::from(low)) as usize
}

/// Every type a statistic can have, as serialised.
const KINDS: [&str; 8] = [
    "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY", "DATE", "TIME", "DURATION",
];

/// A statistic's type in one byte: its place in [`KINDS`]. Compares equal to the type's name.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) struct StatKind(u8);

impl StatKind {
    /// The type named `kind`. A name outside [`KINDS`] is a bug in a grammar: debug builds
    /// stop on it (`kinds_are_one_byte_each` covers every name), release builds read it as a
    /// cardinal.
    pub fn of(kind: &str) -> StatKind {
        let place = KINDS.iter().position(|k| *k == kind);
        debug_assert!(place.is_some(), "unknown statistic type {kind}");
        StatKind(place.and_then(|p| u8::try_from(p).ok()).unwrap_or(0))
    }

    pub fn as_str(self) -> &'static str {
        KINDS.get(usize::from(self.0)).copied().unwrap_or(KINDS[0])
    }
}

impl PartialEq<&str> for StatKind {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl std::fmt::Debug for StatKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

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
    annotate_in_pieces(text, tokens::MAX_TEXT, locale)
}

/// [`figures`] reading at most `max` bytes at a time (tokens count bytes in `u32`, so only a
/// text over 4 GiB is read in pieces): each piece ends after its last line break, or at the
/// last character that fits when it has none. Each piece is read as a text of its own.
fn annotate_in_pieces(text: &str, max: usize, locale: Option<Locale>) -> Vec<Figure> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(rest) = text.get(from..).filter(|r| !r.is_empty()) {
        let piece = rest.get(..piece_len(rest, max)).unwrap_or(rest);
        let mut found = annotate_text(piece, locale);
        if from > 0 {
            for a in &mut found {
                let span = a.span();
                *a = Figure::new(
                    span.start + from..span.end + from,
                    a.kind,
                    a.detail.map_offsets(&|byte| byte + from),
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

/// [`annotate`] for a text of at most [`tokens::MAX_TEXT`] bytes.
fn annotate_text(text: &str, locale: Option<Locale>) -> Vec<Figure> {
    let mut toks = Vec::with_capacity(token_room(text.len()));
    let mut words = tokens::Words::default();
    tokens::tokenize(text, &mut toks, &mut words);
    // What was set aside and not used goes back (in place: nothing is copied).
    toks.shrink_to_fit();
    let mut cx = Cx::new(text, &toks, &words);
    cx.locale = locale;
    cx.caseless = !text.chars().any(char::is_uppercase);
    let (mut found, dates) = scan(&cx);
    let dateline = dateline::find(&cx, &found, &dates);
    let mut last_month: Option<String> = None;
    let mut date_extras = std::collections::HashMap::new();
    let mut anchor: Option<calendar::Anchor> = None;
    // The year of the last date written out with its month and year ("in May 2011") and the
    // token it ends at: in a text with no dateline, a month written without a year a few
    // sentences after it is in that year ("… in July" is July 2011). Further on, or against a
    // dateline, the story may have moved on: such a month stays as the dateline reads it.
    let mut month_year: Option<(i32, usize)> = None;
    for (k, p) in dates {
        if let Some(f) = found.get_mut(k) {
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
                Some((y, end))
                    if month_only && dateline.is_none() && f.start() <= end + MONTH_YEAR_REACH =>
                {
                    Some(calendar::Ymd { y, m: 12, d: 31 })
                }
                _ => base,
            };
            // "since July 2013" reaches to the present: it sets no story time.
            if p.duration.is_none() {
                if let calendar::When::Date { y: Some(y), m, .. } = p.when {
                    month_year = m.filter(|_| p.qualifier.is_none()).map(|_| (y, f.end()));
                }
            }
            let explicit = (p.until.is_none() && p.duration.is_none()).then_some(p.when);
            resolve(f, p, base);
            // A date written out moves the story's time, to an unknown one when it cannot be
            // resolved ("in July" with no year known): better unresolved than counted wrong.
            if let Some(calendar::When::Date { .. }) = explicit {
                anchor = f
                    .detail
                    .extra()
                    .iso
                    .as_deref()
                    .and_then(calendar::Anchor::from_iso);
            }
            // "in January, … compared with the same month last year": the month just named.
            if same_month {
                if let Some(prev) = last_month.as_deref().and_then(year_before) {
                    f.detail.extra_mut().iso = Some(prev);
                }
            } else if let Some(iso) = f.detail.extra().iso.as_deref().filter(|s| {
                s.len() >= 7
                    && s.as_bytes().get(4) == Some(&b'-')
                    && s.as_bytes().get(5) != Some(&b'W')
            }) {
                last_month = iso.get(..7).map(str::to_string);
            }
            f.detail.share_date_extra(&mut date_extras);
        }
    }
    drop(date_extras);
    currencies::resolve_shared(&cx, &mut found);
    cents::resolve(&cx, &mut found);
    qualifiers::apply(&cx, &mut found);
    changes::apply(&cx, &mut found);
    hints::apply(&cx, &mut found);
    conversions::apply(&cx, &mut found);
    // In place (a `Found` and a `Figure` are the same size): the list is not held twice.
    found
        .into_iter()
        .map(|mut f| {
            f.detail.tidy_values();
            Figure::new(cx.span(f.start(), f.end()), f.kind, f.detail)
        })
        .collect()
}

/// How many tokens after a month and year a month written without a year is read in that year
/// (two or three sentences).
const MONTH_YEAR_REACH: usize = 60;

/// Left to right, the longest statistic starting at each token.
/// Tokens scanned between two progress reports (a cheap check; the reporter throttles further).
const PROGRESS_TOKENS: usize = 4096;

/// The figures, and the parsed phrase of each date among them by its place in the list (a
/// phrase is ~100 bytes; most figures are not dates, so it is not in every record).
fn scan(cx: &Cx) -> (Vec<Found>, Vec<(usize, DatePhrase)>) {
    let mut out = Vec::new();
    let mut dates = Vec::new();
    let mut i = 0;
    let n = cx.len();
    let mut report_at = 0;
    while i < n {
        if i >= report_at {
            progress::at(Stage::Statistics, i, n);
            report_at = i + PROGRESS_TOKENS;
        }
        if !can_start(cx, i) || opens_nothing(cx, i) {
            i += 1;
            continue;
        }
        let figure = factors::parse(cx, i).or_else(|| measures::parse(cx, i));
        // A percentage or an amount of money is never a date: skip the date grammar.
        let date = match &figure {
            Some(f) if matches!(f.kind.as_str(), "PERCENT" | "MONEY") => None,
            _ if !date_possible(cx, i) => None,
            _ => dates::parse(cx, i),
        };
        // "around 3-5 kilometers": a figure that starts inside the date and reads past it.
        let figure_ends = figure.as_ref().map_or(i, |f| f.end());
        if let Some(k) = date
            .as_ref()
            .filter(|d| figure_ends <= d.end)
            .and_then(|d| figure_past(cx, i, d.end))
        {
            i = k;
            continue;
        }
        let best = match (date, figure) {
            (Some(d), Some(f)) if f.end() > d.end => Some((f, None)),
            (Some(d), _) => Some((date_found(&d), Some(d))),
            (None, Some(f)) => Some((f, None)),
            (None, None) => None,
        };
        let Some((f, phrase)) = best else {
            i += 1;
            continue;
        };
        if f.kind == "CARDINAL" || f.kind == "ORDINAL" {
            if let Some(end) = phone_like(cx, i) {
                i = end;
                continue;
            }
            if is_reference_number(cx, f.start()) {
                i = f.end().max(i + 1);
                continue;
            }
        }
        i = f.end().max(i + 1);
        if let Some(p) = phrase {
            dates.push((out.len(), p));
        }
        out.push(f);
    }
    (out, dates)
}

/// Cheap prefilter: only digits, currency symbols and known words can open a statistic, and
/// a word that is not a figure by itself ("the", "since", "km") only when digits or such a
/// word follow within a few tokens.
fn can_start(cx: &Cx, i: usize) -> bool {
    match cx.tok(i) {
        Some(t) => match t.kind() {
            tokens::Kind::Digits => true,
            // "S$20", "R$ 300": letters that pick a dollar, whatever else the word is.
            tokens::Kind::Word if dollar_letters(cx, i) => true,
            tokens::Kind::Word => match cx.word(i) {
                Some(w) if w.strong => true,
                // A capitalised holiday name ("Yom Kippur") is a date with no figure near it.
                Some(w) if w.starter || w.time_unit.is_some() => {
                    strong_ahead(cx, i) || w.holiday && (cx.capitalised(i) || cx.caseless)
                }
                // "USD 200": a currency code opens a figure only before digits.
                Some(w) if w.currency.is_some() => cx.is_digits(i + 1),
                // "MYR 42", "RM42": a code or symbol of the generated currency lexicon.
                None => {
                    cx.is_digits(i + 1) && currencies::before_number(cx, i).is_some()
                        || vague::opens(cx, i)
                        || money::shared_symbol_before(cx, i).is_some()
                        || numbers::joined(cx, i).is_some()
                        || measures::name_opens_money(cx, i)
                }
                _ => vague::opens(cx, i) || measures::name_opens_money(cx, i),
            },
            tokens::Kind::Punct => match cx.punct(i) {
                // ".5": a decimal point opens a figure only right before digits.
                Some(b'.') => cx.attached(i + 1) && cx.is_digits(i + 1),
                // "@ 3pm": the sign for "at" before a clock time.
                Some(b) => b == b'-' || b == b'$' || b == b'@' && cx.is_digits(i + 1),
                None => cx.s(i).chars().next().is_some_and(opens_figure),
            },
        },
        None => false,
    }
}

/// The token inside a date read from `i` to `end` where an amount, percentage or quantity
/// starts that reads past `end`, when the date ends inside a number ("around 3" of "around
/// 3-5 kilometers", "July 10" of "July 10.8 pct"): the last such token.
fn figure_past(cx: &Cx, i: usize, end: usize) -> Option<usize> {
    // A dash goes on to a range's second end even after a space ("around 2 -7 g").
    // A dash to a second number ("3-5 km", "2 -7 g"), or a hyphen inside a compound
    // ("in 120-year-old").
    let dash = cx.near(end)
        && cx.is_any(end, &["-", "–"])
        && (cx.is_digits(end + 1) || cx.attached(end) && cx.attached(end + 1));
    let point = cx.attached(end)
        && cx.is_any(end, &[".", ","])
        && cx.attached(end + 1)
        && cx.is_digits(end + 1);
    let cut = dash || point || cx.attached(end) && cx.is_digits(end);
    if !cut {
        return None;
    }
    (i + 1..end).rev().find(|&k| {
        measures::parse(cx, k).is_some_and(|f| {
            f.end() > end && matches!(f.kind.as_str(), "QUANTITY" | "MONEY" | "PERCENT")
        })
    })
}

/// Letters attached to a "$" that name a dollar ("S$", "NZ$", "R$").
fn dollar_letters(cx: &Cx, i: usize) -> bool {
    cx.is(i + 1, "$") && cx.attached(i + 1) && units::dollar_prefix(cx.s(i)).is_some()
}

/// A mark beyond ASCII that may open a figure: a currency symbol, a minus sign, a fraction.
fn opens_figure(c: char) -> bool {
    units::symbol_currency(c).is_some() || "−½¼¾⅓⅔⅛⅕".contains(c)
}

/// Whether a date, time or duration could start at `i`: any word may (the grammar decides),
/// but a number only with a date sign close behind it (a unit of time, a month, "pm", a "/"
/// or ":" joining digits, an ordinal suffix) or when it is four digits (a year).
fn date_possible(cx: &Cx, i: usize) -> bool {
    let number_word = cx
        .word(i)
        .is_some_and(|w| w.unit.is_some() || w.ten.is_some());
    // A sign or a decimal point opens a number, never a date.
    if cx.is_any(i, &["-", "−", "."]) {
        return false;
    }
    if !(cx.is_digits(i) || number_word) {
        return true;
    }
    // "2019", "2019-7", "20200314".
    if cx.is_digits(i) && matches!(cx.s(i).len(), 4 | 8) {
        return true;
    }
    // "31 10 1974": a day and a month before a year.
    if cx.is_digits(i) && cx.is_digits(i + 1) && cx.is_digits(i + 2) && cx.s(i + 2).len() == 4 {
        return true;
    }
    // "nineteen ninety", "six thirty pm": a year or a time in words.
    if number_word
        && cx.near(i + 1)
        && cx
            .word(i + 1)
            .is_some_and(|w| w.unit.is_some() || w.ten.is_some() || w.scale.is_some())
    {
        return true;
    }
    (i + 1..(i + 7).min(cx.len())).any(|k| match cx.tok(k) {
        Some(t) => match t.kind() {
            tokens::Kind::Digits => false,
            tokens::Kind::Punct => {
                t.gap() == tokens::Gap::None && cx.is_any(k, &["/", ":", "-", "–", ".", "~"])
            }
            // One `match` on the lower-cased word rather than a comparison per keyword.
            tokens::Kind::Word => {
                cx.word(k).is_some_and(|w| {
                    w.month.is_some() || w.weekday.is_some() || w.time_unit.is_some()
                }) || matches!(
                    cx.lower(k).as_str(),
                    "am" | "pm"
                        | "a"
                        | "p"
                        | "o"
                        | "oclock"
                        | "past"
                        | "to"
                        | "after"
                        | "before"
                        | "century"
                        | "centuries"
                        // "44 BC", "2014 A.D.": an era after a year.
                        | "bc"
                        | "bce"
                        | "ad"
                        | "ce"
                        | "b"
                        | "morning"
                        | "afternoon"
                        | "evening"
                        | "night"
                        | "ago"
                        | "later"
                        | "s"
                        | "q"
                        | "h"
                        | "st"
                        | "nd"
                        | "rd"
                        | "th"
                        | "upcoming"
                        | "next"
                        | "previous"
                        | "last"
                        | "coming"
                        | "in"
                        | "and"
                        | "of"
                        | "min"
                        | "mins"
                        | "today"
                        | "tomorrow"
                        | "yesterday"
                        | "tonight"
                        | "weekend"
                        | "weekends"
                )
            }
        },
        None => false,
    })
}

/// Words after "the" that a statistic opening with "the" may continue with, besides numbers,
/// ordinals and the kinds of named year ("the fiscal year 2024"): "the day after tomorrow", "the
/// same month last year", "the end of May", "the last week of July".
const AFTER_THE: &[&str] = &[
    "day",
    "year",
    "same",
    "end",
    "beginning",
    "start",
    "middle",
    "last",
    "final",
    // "the week of October 6", "the month after next".
    "week",
    "month",
    "weekend",
    // "the morning of March 3".
    "morning",
    "afternoon",
    "evening",
    "night",
];

/// Common starters that no grammar can read anything from where they stand: "the" with no
/// number, ordinal or word of `AFTER_THE` after it, "to" not before "date". Turning them away
/// here spares trying every grammar on the commonest words of prose.
fn opens_nothing(cx: &Cx, i: usize) -> bool {
    if !cx.word(i).is_some_and(|w| w.starter && !w.strong) {
        return false;
    }
    // "to date"; "tax year 2024", "the fiscal year 2024".
    if cx.is(i, "to") {
        return !cx.is(i + 1, "date");
    }
    if cx.is_any(i, dates::NAMED_YEAR_KINDS) {
        return !cx.is(i + 1, "year");
    }
    if !cx.is(i, "the") {
        return false;
    }
    match cx.tok(i + 1) {
        Some(t) if t.kind() == tokens::Kind::Word => {
            let number = cx
                .word(i + 1)
                .is_some_and(|w| w.ordinal.is_some() || w.ten.is_some() || w.unit.is_some());
            !number && !cx.is_any(i + 1, AFTER_THE) && !cx.is_any(i + 1, dates::NAMED_YEAR_KINDS)
        }
        // Digits and marks: the grammars decide.
        Some(_) => false,
        None => true,
    }
}

fn strong_ahead(cx: &Cx, i: usize) -> bool {
    (i + 1..(i + 5).min(cx.len())).any(|k| match cx.tok(k) {
        Some(t) => match t.kind() {
            tokens::Kind::Digits => true,
            tokens::Kind::Word => cx.word(k).is_some_and(|w| w.signal),
            tokens::Kind::Punct => cx
                .s(k)
                .chars()
                .next()
                .is_some_and(|c| units::symbol_currency(c).is_some() || "½¼¾".contains(c)),
        },
        None => false,
    })
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
fn resolve(f: &mut Found, p: DatePhrase, dateline: Option<calendar::Ymd>) {
    let d = f.detail.extra_mut();
    d.qualifier = p.qualifier;
    if let Some(iso) = p.duration {
        d.iso = Some(iso);
        return;
    }
    let date = p.when.resolve(dateline);
    if p.when.is_relative() && date.is_none() {
        d.resolved = Some(false);
    }
    let mut iso = date_time(date, p.time, p.when.is_relative());
    // "from 4pm for 30 minutes": the start and how long ("T16:00/PT30M").
    if let (Some(start), Some(lasting)) = (iso.as_mut(), p.lasting.as_deref()) {
        start.push('/');
        start.push_str(lasting);
    }
    let until = p.until.and_then(|u| {
        let date = u.resolve(dateline);
        date_time(date, p.until_time, u.is_relative())
    });
    if let (Some(start), Some(until)) = (iso.as_ref(), until) {
        iso = Some(format!("{start}/{until}"));
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

/// "+44 20 7946 0958", "(206) 555-1212", "138-2010-2015": digits in three or more groups
/// joined by hyphens, spaces, dots or brackets. Returns the token after the number.
fn phone_like(cx: &Cx, i: usize) -> Option<usize> {
    let plus = i > 0 && cx.is_any(i - 1, &["+", "("]) && cx.attached(i);
    let mut j = i;
    let mut digits = 0;
    let mut groups = 0;
    while j < cx.len() {
        if cx.is_digits(j) {
            if j > i && !(cx.attached(j) || cx.gap_bytes(j) == 1) {
                break;
            }
            digits += cx.s(j).len();
            groups += 1;
            j += 1;
        } else if cx.is_any(j, &["-", ".", ")", "("])
            && cx.attached(j)
            && (cx.is_digits(j + 1) || cx.is(j, ")"))
        {
            j += 1;
        } else {
            break;
        }
    }
    let phone = (groups >= 3 && digits >= 8) || (plus && groups >= 2 && digits >= 7);
    phone.then_some(j)
}

/// "page 12", "Flight 284", "room 101": a label, not a quantity.
fn is_reference_number(cx: &Cx, i: usize) -> bool {
    let label = |k: usize| {
        cx.is_any(
            k,
            &[
                "page",
                "pages",
                "p",
                "pp",
                "chapter",
                "section",
                "paragraph",
                "footnote",
                "flight",
                "route",
                "platform",
                "room",
                "#",
                "ref",
            ],
        )
    };
    // "No. 5" / "no 5" as a label, and "page 12", "p. 12".
    let dotted = |k: usize| cx.is(k, ".") && k > 0 && (label(k - 1) || cx.is(k - 1, "no"));
    i > 0 && cx.is_digits(i) && (label(i - 1) || dotted(i - 1))
}

#[cfg(test)]
mod amount_tests;
#[cfg(test)]
mod bounds_tests;
#[cfg(test)]
mod class_tests;
#[cfg(test)]
mod date_class_tests;
#[cfg(test)]
mod date_phrase_tests;
#[cfg(test)]
mod date_tests;
#[cfg(test)]
mod holiday_tests;
#[cfg(test)]
mod locale_tests;
#[cfg(test)]
mod money_form_tests;
#[cfg(test)]
mod money_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod unit_tests;
