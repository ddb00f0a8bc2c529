//! Turns each line into numbers for the classifier: what the line looks like, what its
//! neighbours look like, and (second stage) how the first stage judged the lines around it.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use super::lexicon::{self, Hits};
use super::lines::Line;
use super::shape::{self, Shape};
use super::stamps::{self, Stamps};
use super::wording::{byline_start, credit_tail, page_number, question_subhead, related_label};

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
    /// A question put to no one in particular ([`super::wording::question_subhead`]): a subhead, where a
    /// call-to-action phrase ("the most popular") is part of the question.
    pub question: bool,
}

pub fn describe(text: &str, lines: &[Line]) -> Vec<LineInfo> {
    describe_counted(text, lines, None)
}

/// How many lines have each text (by line key), counted over a whole document.
pub type Counts = HashMap<u64, u32, BuildHasherDefault<Prehashed>>;

/// [`describe`] for some of a document's lines; `counts`, when given, are the copies of each
/// line text over the whole document (else they are counted over `lines`).
pub fn describe_counted(text: &str, lines: &[Line], counts: Option<&Counts>) -> Vec<LineInfo> {
    let cues = lexicon::scan_lines(text, lines);
    let mut keys = Vec::with_capacity(lines.len());
    let mut infos: Vec<LineInfo> = lines
        .iter()
        .zip(&cues)
        .map(|(l, cues)| {
            let s = text.get(l.span.clone()).unwrap_or("");
            let measured = shape::measure_line(s, cues.url);
            keys.push(measured.key);
            let stamps = if measured.may_have_stamp {
                stamps::scan(s)
            } else {
                Stamps::default()
            };
            LineInfo {
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
            }
        })
        .collect();
    let local;
    let counts = match counts {
        Some(c) => c,
        None => {
            let mut c = Counts::default();
            for k in &keys {
                *c.entry(*k).or_insert(0) += 1;
            }
            local = c;
            &local
        }
    };
    for (info, k) in infos.iter_mut().zip(&keys) {
        info.copies = counts.get(k).copied().unwrap_or(1);
    }
    infos
}

/// What the per-line features need to know about the whole document when only some of its
/// lines are at hand (see [`Totals::add`]).
#[derive(Debug, Clone, Default)]
pub struct Totals {
    pub lines: usize,
    pub chars: usize,
    pub prose: usize,
    pub counts: Counts,
}

impl Totals {
    /// Counts some lines of the document (call for every line once, in any grouping).
    pub fn add(&mut self, text: &str, lines: &[Line]) {
        let cues = lexicon::scan_lines(text, lines);
        for (l, cues) in lines.iter().zip(&cues) {
            let s = text.get(l.span.clone()).unwrap_or("");
            let measured = shape::measure_line(s, cues.url);
            self.lines += 1;
            self.chars += measured.shape.chars;
            self.prose += usize::from(is_prose(&measured.shape));
            *self.counts.entry(measured.key).or_insert(0) += 1;
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
