//! Turns each line into numbers for the classifier: what the line looks like, what its
//! neighbours look like, and (second stage) how the first stage judged the lines around it.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::{Arc, OnceLock};

use super::closing::{closing_heading, end_mark, tag_label};
use super::lexicon::{self, Hits};
use super::lines::Line;
use super::shape::{self, Shape};
use super::stamps::{self, Stamps};
use super::wording::{
    bare_number, byline_start, credit_tail, dateline_opening, ingredients_heading, page_number,
    quantity_start, question_subhead, related_label, roster_line, short_sentence,
};
use crate::sharing::Sharing;

mod columns;
pub use columns::*;

/// Everything measured about one line on its own.
#[derive(Debug, Clone)]
pub struct LineInfo {
    pub shape: Shape,
    pub hits: Hits,
    pub stamps: Stamps,
    /// How many lines of the page have the same text (1 = unique).
    pub copies: u32,
    /// Ends with a photo credit: `(PA Archive)`, `(AP Photo/Jane Doe)`.
    pub credit_tail: bool,
    /// Starts with `By ` followed by a capitalised name.
    pub byline_start: bool,
    /// Starts with a related-links label and a colon: `Related: …`, `READ MORE: …`.
    pub related_label: bool,
    /// A commenter's name heading a reader comment: `jane_doe says:`.
    pub commenter: bool,
    /// A commenter line as a comment system writes it, with a post time or in `says:`.
    pub posted: bool,
    /// A page number alone on the line: `Page 3 of 12`.
    pub page_number: bool,
    /// A running header or footer of a print layout ([`running_head`]).
    pub running_head: bool,
    /// A number of one to three digits alone on the line ([`bare_number`]): a page number
    /// where a running head stands beside it.
    pub bare_number: bool,
    /// A heading that opens closing matter ([`super::closing::closing_heading`]).
    pub closing_heading: bool,
    /// A press release's end mark: `###`.
    pub end_mark: bool,
    /// A list of tags or topics: `Tags: …`.
    pub tag_label: bool,
    /// Only a clock or relative time: a live blog's entry stamp ([`stamps::bare_stamp`]).
    pub bare_stamp: bool,
    /// A sentence too short for prose, of the story's voice ([`super::evidence::sentence_shape`],
    /// [`short_sentence`]).
    pub sentence: bool,
    /// Opens with a dateline: `PINE HOLLOW — …` ([`dateline_opening`]).
    pub dateline_open: bool,
    /// A heading over a recipe's ingredients ([`ingredients_heading`]).
    pub ingredients_heading: bool,
    /// Opens with a quantity, as an ingredient does ([`quantity_start`]).
    pub quantity: bool,
    /// A labelled list of names: a line-up ([`roster_line`]).
    pub roster: bool,
    /// A question put to no one in particular ([`super::wording::question_subhead`]): a subhead, where a
    /// call-to-action phrase ("the most popular") is part of the question.
    pub question: bool,
    /// Only a date, with its weekday and time if any ([`super::paste_lines::date_line`]).
    pub date_line: bool,
}

pub fn describe(text: &str, lines: &[Line]) -> Vec<LineInfo> {
    describe_counted(text, lines, None)
}

/// How many lines have each text (by line key), counted over a whole document.
pub type Counts = HashMap<u64, u32, BuildHasherDefault<Prehashed>>;

/// Keys of the line texts that stand beside a page number somewhere in a document.
pub type Keys = HashSet<u64, BuildHasherDefault<Prehashed>>;

/// Lines from a page number a running header or footer stands at most (the header above or
/// below it, with perhaps a date or a rule between).
pub const PAGE_REACH: usize = 2;

/// Words a paragraph opening with a dateline has at least (its story's first words).
const DATELINE_MIN_WORDS: usize = 8;

/// Words a running header or footer has at most (a publication's name, a report's title and
/// date).
pub const RUNNING_WORDS: usize = 12;

/// A running header or footer of a pasted PDF or print layout: a short line that is no
/// sentence, repeated in the text, with a copy of it beside a page number ([`PAGE_REACH`]).
/// A section heading that happens to follow a page number once is no copy.
pub fn running_head(shape: &Shape, copies: u32, beside_page: bool) -> bool {
    beside_page && copies > 1 && shape.words <= RUNNING_WORDS && !shape.terminal
}

/// Words a running head beside bare numbers has at least: a title, not a button's label
/// ("Reply" beside a vote count).
pub const BARE_RUNNING_WORDS: usize = 3;

/// Bare numbers a line stands beside at least to be a running head by them (two pages).
pub const BARE_PAGES: u32 = 2;

/// Whether a line `beside_bare` of whose copies stand beside a bare number ([`bare_number`],
/// within [`PAGE_REACH`]) is a running head by them: a title of [`BARE_RUNNING_WORDS`] words or
/// more, [`BARE_PAGES`] copies of it beside one (a PDF numbering its pages `2`, `3`, … under its
/// running head; not a headline between two items of a numbered list).
fn running_by_bare(shape: &Shape, beside_bare: u32) -> bool {
    beside_bare >= BARE_PAGES && shape.words >= BARE_RUNNING_WORDS
}

/// [`describe`] for some of a document's lines; `totals`, when given, hold the copies of each
/// line text over the whole document and the texts beside its page numbers (else they are
/// counted over `lines`).
pub fn describe_counted(text: &str, lines: &[Line], totals: Option<&Totals>) -> Vec<LineInfo> {
    let mut measured = (
        Vec::with_capacity(lines.len()),
        Vec::with_capacity(lines.len()),
    );
    measure_into(text, lines, &mut measured);
    counted(measured.0, &measured.1, totals)
}

/// Lines a piece of [`describe_shared`] (~25 KB of news, ~2 M instructions).
const PIECE: usize = 256;

/// Piece `k` of `lines` ([`PIECE`] lines).
fn piece(lines: &[Line], k: usize) -> &[Line] {
    let from = k.saturating_mul(PIECE).min(lines.len());
    let to = from.saturating_add(PIECE).min(lines.len());
    lines.get(from..to).unwrap_or(&[])
}

/// [`describe`], the lines measured a piece at a time by this thread and by the other one once
/// it is free ([`Sharing`]): each line's measures are its own (the phrase scan keeps only the
/// matches that start inside a line), so the pieces give the lines' infos the whole does.
/// The lines are lent to the helper's pieces and handed back.
pub(crate) fn describe_shared<'a>(
    text: &'a str,
    lines: Vec<Line>,
    sharing: &Sharing<'a>,
) -> (Vec<LineInfo>, Vec<Line>) {
    let pieces = lines.len().div_ceil(PIECE);
    if pieces < 2 {
        let infos = describe(text, &lines);
        return (infos, lines);
    }
    let lent = Arc::new(lines);
    let mut measured = (
        Vec::with_capacity(lent.len()),
        Vec::with_capacity(lent.len()),
    );
    let helper_lines = Arc::clone(&lent);
    sharing.share(
        pieces,
        move |k| {
            let mut own = (Vec::new(), Vec::new());
            measure_into(text, piece(&helper_lines, k), &mut own);
            own
        },
        &mut measured,
        |measured, k| measure_into(text, piece(&lent, k), measured),
        |measured, (infos, keys)| {
            measured.0.extend(infos);
            measured.1.extend(keys);
        },
    );
    let infos = counted(measured.0, &measured.1, None);
    (infos, Arc::unwrap_or_clone(lent))
}

/// Each line measured on its own (copies and running heads not yet known) and its text's
/// key, appended to `measured`.
fn measure_into(text: &str, lines: &[Line], measured: &mut (Vec<LineInfo>, Vec<u64>)) {
    let cues = lexicon::scan_lines(text, lines);
    let (infos, keys) = measured;
    infos.extend(lines.iter().zip(&cues).map(|(l, cues)| {
        let s = text.get(l.span.clone()).unwrap_or("");
        let mut measured = shape::measure_line(s, cues.url);
        keys.push(measured.key);
        // A thread's `1/ …`: its slash separates no menu items.
        if measured.shape.separators > 0 && super::paste_lines::thread_number(s) {
            measured.shape.separators -= 1;
        }
        let stamps = if measured.may_have_stamp {
            stamps::scan(s)
        } else {
            Stamps::default()
        };
        let bare_stamp = stamps::bare_stamp(s, &stamps);
        let shape = &measured.shape;
        let sentence = super::evidence::sentence_shape(shape) && short_sentence(s)
            || super::paste_lines::greeting(s);
        let dateline_open = shape.words >= DATELINE_MIN_WORDS && dateline_opening(s);
        LineInfo {
            sentence,
            dateline_open,
            ingredients_heading: ingredients_heading(s),
            quantity: quantity_start(s),
            roster: roster_line(s),
            shape: measured.shape,
            hits: cues.hits,
            posted: super::comments::posted(s, &stamps),
            stamps,
            copies: 1,
            credit_tail: credit_tail(s),
            byline_start: byline_start(s),
            related_label: related_label(s),
            commenter: super::comments::commenter_line(s),
            question: question_subhead(s),
            page_number: page_number(s),
            running_head: false,
            bare_number: bare_number(s),
            closing_heading: closing_heading(s),
            end_mark: end_mark(s),
            tag_label: tag_label(s),
            bare_stamp,
            date_line: super::paste_lines::date_line(s, &stamps),
        }
    }));
}

/// `infos` with each line's copies and whether it is a running head: counted over `infos`
/// themselves, or taken from `totals`.
fn counted(mut infos: Vec<LineInfo>, keys: &[u64], totals: Option<&Totals>) -> Vec<LineInfo> {
    let (local_counts, local_beside);
    let (counts, beside) = match totals {
        Some(t) => (&t.counts, (&t.beside_page, &t.beside_bare)),
        None => {
            let mut c = Counts::default();
            for k in keys {
                *c.entry(*k).or_insert(0) += 1;
            }
            local_counts = c;
            let mut beside = Keys::default();
            let mut bare = Counts::default();
            let any_bare = infos.iter().any(|i| i.bare_number);
            for (k, info) in infos.iter().enumerate() {
                if info.page_number {
                    beside.extend(
                        page_neighbours(k, infos.len())
                            .filter(|j| !infos.get(*j).is_some_and(|i| i.page_number))
                            .filter_map(|j| keys.get(j).copied()),
                    );
                }
                // Each copy counts once, however many numbers it stands between (a numbered
                // list's item stands between two).
                let numbered = || {
                    page_neighbours(k, infos.len())
                        .any(|j| infos.get(j).is_some_and(|i| i.bare_number))
                };
                if any_bare && !info.page_number && !info.bare_number && numbered() {
                    if let Some(key) = keys.get(k) {
                        *bare.entry(*key).or_insert(0) += 1;
                    }
                }
            }
            local_beside = (beside, bare);
            (&local_counts, (&local_beside.0, &local_beside.1))
        }
    };
    let (beside, beside_bare) = beside;
    for (info, k) in infos.iter_mut().zip(keys) {
        info.copies = counts.get(k).copied().unwrap_or(1);
        let by_bare = || {
            !info.bare_number
                && running_by_bare(&info.shape, beside_bare.get(k).copied().unwrap_or(0))
        };
        // Only a repeated line may be one: the sets are looked up for those alone.
        info.running_head = !info.page_number
            && info.copies > 1
            && running_head(&info.shape, info.copies, beside.contains(k) || by_bare());
    }
    // A bare number beside a running head is its page's number.
    let heads: Vec<usize> = (0..infos.len())
        .filter(|j| infos.get(*j).is_some_and(|i| i.running_head))
        .collect();
    for j in heads {
        for k in page_neighbours(j, infos.len()) {
            if let Some(info) = infos.get_mut(k).filter(|i| i.bare_number) {
                info.page_number = true;
            }
        }
    }
    infos
}

/// The lines within [`PAGE_REACH`] of line `k` of `n` lines, `k` aside.
fn page_neighbours(k: usize, n: usize) -> impl Iterator<Item = usize> {
    (k.saturating_sub(PAGE_REACH)..(k + PAGE_REACH + 1).min(n)).filter(move |j| *j != k)
}

/// What the per-line features need to know about the whole document when only some of its
/// lines are at hand (see [`Totals::add`]).
#[derive(Debug, Clone, Default)]
pub struct Totals {
    pub lines: usize,
    pub chars: usize,
    pub prose: usize,
    pub counts: Counts,
    /// The line texts that stand beside a page number ([`running_head`]).
    pub beside_page: Keys,
    /// How many copies of each line text stand beside a bare number ([`running_by_bare`]).
    pub beside_bare: Counts,
}

impl Totals {
    /// Counts the lines `core` of `window` (call for every line of the document once, in any
    /// grouping; the window holds at least [`PAGE_REACH`] lines around its core).
    pub fn add(&mut self, text: &str, window: &[Line], core: std::ops::Range<usize>) {
        let line_text = |l: &Line| text.get(l.span.clone()).unwrap_or("");
        let lines = window.get(core.clone()).unwrap_or(&[]);
        let cues = lexicon::scan_lines(text, lines);
        for (k, (l, cues)) in lines.iter().zip(&cues).enumerate() {
            let s = line_text(l);
            let measured = shape::measure_line(s, cues.url);
            self.lines += 1;
            self.chars += measured.shape.chars;
            self.prose += usize::from(is_prose(&measured.shape));
            *self.counts.entry(measured.key).or_insert(0) += 1;
            if page_number(s) {
                for j in page_neighbours(core.start + k, window.len()) {
                    let Some(other) = window.get(j).map(line_text) else {
                        continue;
                    };
                    if !page_number(other) {
                        self.beside_page
                            .insert(shape::measure_line(other, false).key);
                    }
                }
            }
            let numbered = || {
                page_neighbours(core.start + k, window.len())
                    .any(|j| window.get(j).map(line_text).is_some_and(bare_number))
            };
            if !page_number(s) && !bare_number(s) && numbered() {
                *self.beside_bare.entry(measured.key).or_insert(0) += 1;
            }
        }
    }
}

/// Where a group of lines sits in its document: the global index of its first line, and the
/// document's totals with the characters and prose lines before the group.
#[derive(Debug, Clone, Copy)]
pub struct At {
    pub first: usize,
    pub lines: usize,
    pub chars: usize,
    pub prose: usize,
    pub chars_before: usize,
    pub prose_before: usize,
}

impl At {
    /// The whole document is at hand.
    pub fn whole(infos: &[LineInfo]) -> At {
        At {
            first: 0,
            lines: infos.len(),
            chars: infos.iter().map(|i| i.shape.chars).sum(),
            prose: infos.iter().filter(|i| is_prose(&i.shape)).count(),
            chars_before: 0,
            prose_before: 0,
        }
    }
}

/// Hasher for keys that are already hashes (the line keys): passes the key through.
#[derive(Default)]
pub struct Prehashed(u64);

impl Hasher for Prehashed {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(*b);
        }
    }
    fn write_u64(&mut self, x: u64) {
        self.0 = x;
    }
}

/// Names of the per-line features, in order (checked against the learned weights).
pub const LOCAL_NAMES: &[&str] = &[
    "log_chars",
    "log_words",
    "stop_density",
    "terminal",
    "ends_colon",
    "upper_ratio",
    "digit_ratio",
    "capital_ratio",
    "avg_word_len",
    "commas_per_word",
    "log_sentences",
    "separators",
    "url_like",
    "starts_quote",
    "starts_lower",
    "non_latin",
    "short_1_3",
    "words_4_9",
    "long_25",
    "blank_before",
    "blank_after",
    "repeated",
    "log_copies",
    "date",
    "time",
    "relative_time",
    "credit_tail",
    "byline_start",
    "strong_cta",
    "cue_navigation",
    "cue_signup",
    "cue_cookie",
    "cue_share",
    "cue_related",
    "cue_advert",
    "cue_comments",
    "cue_footer",
    "cue_caption",
    "cue_metadata",
    "cue_byline",
    "cue_per_word",
    "rel_position",
    "rel_char_position",
];

/// Per-line features over a window of neighbours (jusText's context, boilerpipe's runs).
pub const NEIGHBOUR_NAMES: &[&str] = &[
    "prev_log_chars",
    "next_log_chars",
    "win3_log_chars",
    "win3_stop_density",
    "win3_prose",
    "win10_prose",
    "prev_prose",
    "next_prose",
    "short_run",
    "prose_before_share",
    "prose_after_share",
];

pub fn stage1_names(html: bool) -> Vec<&'static str> {
    let mut v: Vec<&'static str> = LOCAL_NAMES.iter().chain(NEIGHBOUR_NAMES).copied().collect();
    if html {
        v.extend(super::html::FEATURE_NAMES);
    }
    v
}

/// Features of the second stage: the first stage's verdicts around the line.
pub const CONTEXT_NAMES: &[&str] = &[
    "p1",
    "p1_prev",
    "p1_next",
    "p1_win2",
    "p1_win5",
    "p1_win15",
    "in_region",
    "before_region",
    "after_region",
    "log_dist_region",
    "region_rel_pos",
    "p1_max_win3",
];

pub fn stage2_names(html: bool) -> Vec<&'static str> {
    let mut v = stage1_names(html);
    v.extend(CONTEXT_NAMES);
    v
}

/// A line that reads like prose: long enough, full of function words, ends like a sentence.
fn prose(i: &LineInfo) -> f32 {
    b(is_prose(&i.shape))
}

pub fn is_prose(s: &Shape) -> bool {
    let stop_ok = s.stop_density() >= 0.25 || s.non_latin_ratio() > 0.5;
    s.words >= 12 && stop_ok && (s.terminal || s.words >= 30)
}

/// `ln(1 + x)`; small arguments (nearly all of them) come from a table filled with the very same
/// computation.
fn ln1(x: usize) -> f32 {
    const TABLE: usize = 1024;
    fn compute(x: usize) -> f32 {
        (1.0 + x as f32).ln()
    }
    static LN1: OnceLock<Vec<f32>> = OnceLock::new();
    let table = LN1.get_or_init(|| (0..TABLE).map(compute).collect());
    table.get(x).copied().unwrap_or_else(|| compute(x))
}

fn b(x: bool) -> f32 {
    if x {
        1.0
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_match_rows() {
        let text =
            "Home\nThe council met on Tuesday and agreed to fund the new bridge over the river.\n";
        let lines = super::super::lines::split(text);
        let infos = describe(text, &lines);
        let rows = stage1(&lines, &infos, None);
        assert_eq!(rows[0].len(), stage1_names(false).len());
        let rows2 = stage2(&rows, &infos, &[0.1, 0.9]);
        assert_eq!(rows2[0].len(), stage2_names(false).len());
        assert_eq!(
            LOCAL_NAMES.len() + NEIGHBOUR_NAMES.len(),
            columns::PLAIN_WIDTH
        );
    }
}
