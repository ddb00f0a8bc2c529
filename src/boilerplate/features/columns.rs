//! The classifier's rows: stage one's features (the line's own measures and its neighbours'),
//! stage two's (the first stage's verdicts around the line and its place relative to the main
//! block of prose), stored column by column for the models.

use super::super::html::HtmlLine;
use super::super::lexicon::Cue;
use super::super::lines::Line;
use super::super::shape;
use super::{b, ln1, prose, At, LineInfo, CONTEXT_NAMES};

/// Feature values column by column (all of a feature's values, one per line, side by side): the
/// models run down the columns, many lines at a time.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Columns {
    width: usize,
    rows: usize,
    /// Column after column, `rows` values each.
    values: Vec<f32>,
}

impl Columns {
    fn zeros(width: usize, rows: usize) -> Columns {
        Columns {
            width,
            rows,
            values: vec![0.0; width * rows],
        }
    }

    pub fn column(&self, j: usize) -> &[f32] {
        self.values
            .get(j * self.rows..(j + 1) * self.rows)
            .unwrap_or(&[])
    }

    pub fn slices(&self) -> impl Iterator<Item = &[f32]> {
        (0..self.width).map(|j| self.column(j))
    }

    fn set(&mut self, j: usize, k: usize, x: f32) {
        if let Some(v) = self.values.get_mut(j * self.rows + k) {
            *v = x;
        }
    }

    /// Stores rows `start..start + block.len()` of the first `W` columns.
    fn put_block<const W: usize>(&mut self, start: usize, block: &[[f32; W]]) {
        let rows = self.rows;
        for j in 0..W.min(self.width) {
            let from = j * rows + start;
            if let Some(column) = self.values.get_mut(from..from + block.len()) {
                for (v, row) in column.iter_mut().zip(block) {
                    *v = row[j];
                }
            }
        }
    }

    /// Row `k` (for training, which works row by row).
    pub fn row(&self, k: usize) -> Vec<f32> {
        self.slices()
            .map(|c| c.get(k).copied().unwrap_or(0.0))
            .collect()
    }

    pub fn rows(&self) -> Vec<Vec<f32>> {
        (0..self.rows).map(|k| self.row(k)).collect()
    }
}

/// Stage-one rows: local and neighbour features, plus the HTML features when given.
pub fn stage1(lines: &[Line], infos: &[LineInfo], html: Option<&[HtmlLine]>) -> Vec<Vec<f32>> {
    stage1_columns(lines, infos, html).rows()
}

/// Number of local and neighbour features.
pub(super) const PLAIN_WIDTH: usize = 54;

/// Lines whose rows are gathered before they are stored column by column.
const BLOCK: usize = 32;

/// Stage one's features, column by column.
pub fn stage1_columns(lines: &[Line], infos: &[LineInfo], html: Option<&[HtmlLine]>) -> Columns {
    stage1_columns_at(lines, infos, html, &At::whole(infos))
}

/// [`stage1_columns`] for a group of a document's lines (`at` says where it sits). The rows of
/// lines within 10 lines of the group's edges are exact only at the document's own edges: the
/// caller gives a margin of neighbours and keeps the rows inside it.
pub fn stage1_columns_at(
    lines: &[Line],
    infos: &[LineInfo],
    html: Option<&[HtmlLine]>,
    at_doc: &At,
) -> Columns {
    let n = infos.len().min(lines.len());
    let html_width = if html.is_some() {
        super::super::html::FEATURE_NAMES.len()
    } else {
        0
    };
    let mut out = Columns::zeros(PLAIN_WIDTH + html_width, n);
    let total_chars: usize = at_doc.chars.max(1);
    let prose_flags: Vec<f32> = infos.iter().map(prose).collect();
    let log_chars: Vec<f32> = infos.iter().map(|i| ln1(i.shape.chars)).collect();
    let stop: Vec<f32> = infos.iter().map(|i| i.shape.stop_density()).collect();
    let short: Vec<f32> = infos.iter().map(|i| b(i.shape.words <= 3)).collect();
    let total_prose = (at_doc.prose as f32).max(1.0);
    let at = |v: &[f32], i: usize| v.get(i).copied().unwrap_or(0.0);
    // Window means over the document's lines, read from the lines at hand.
    let doc_n = at_doc.lines;
    let first = at_doc.first;
    let win = |v: &[f32], k: usize, radius: usize| window_mean(v, first + k, radius, doc_n, first);
    let mut chars_before = at_doc.chars_before;
    let mut prose_before = at_doc.prose_before as f32;
    let mut block = [[0.0f32; PLAIN_WIDTH]; BLOCK];
    let mut block_start = 0;
    for (k, (info, line)) in infos.iter().zip(lines).enumerate() {
        let s = &info.shape;
        let h = &info.hits;
        let cue_total: u16 = h.any.iter().sum();
        // A lone cue word in a long sentence ("declined to comment") says little; in a short
        // line, or as a call-to-action phrase, it says a lot.
        let cue = |c: Cue| b(h.strong(c) || (h.has(c) && s.words <= 12));
        let prev = k.checked_sub(1);
        let next = (k + 1 < n).then_some(k + 1);
        let row = [
            at(&log_chars, k),
            ln1(s.words),
            s.stop_density(),
            b(s.terminal),
            b(s.ends_colon),
            s.upper_ratio(),
            s.digit_ratio(),
            s.capital_ratio(),
            s.avg_word_len().min(15.0) / 10.0,
            shape::ratio(s.commas, s.words).min(1.0),
            ln1(s.sentence_breaks),
            ln1(s.separators),
            b(s.url_like),
            b(s.starts_quote),
            b(s.starts_lower),
            s.non_latin_ratio(),
            b(s.words <= 3),
            b((4..=9).contains(&s.words)),
            b(s.words >= 25),
            b(line.blank_before),
            b(line.blank_after),
            b(info.copies > 1),
            ln1(info.copies as usize - 1),
            b(info.stamps.date),
            b(info.stamps.time),
            b(info.stamps.relative),
            b(info.credit_tail),
            b(info.byline_start),
            ln1(h.strong_total as usize),
            cue(Cue::Navigation),
            cue(Cue::Signup),
            cue(Cue::Cookie),
            cue(Cue::Share),
            cue(Cue::Related),
            cue(Cue::Advert),
            cue(Cue::Comments),
            cue(Cue::Footer),
            cue(Cue::Caption),
            cue(Cue::Metadata),
            cue(Cue::Byline),
            (cue_total as f32 / s.words.max(1) as f32).min(1.0),
            (first + k) as f32 / doc_n.max(1) as f32,
            chars_before as f32 / total_chars as f32,
            // Neighbours.
            prev.map_or(0.0, |p| at(&log_chars, p)),
            next.map_or(0.0, |q| at(&log_chars, q)),
            win(&log_chars, k, 3),
            win(&stop, k, 3),
            win(&prose_flags, k, 3),
            win(&prose_flags, k, 10),
            prev.map_or(0.0, |p| at(&prose_flags, p)),
            next.map_or(0.0, |q| at(&prose_flags, q)),
            win(&short, k, 3),
            prose_before / total_prose,
            (at_doc.prose as f32 - prose_before - at(&prose_flags, k)) / total_prose,
        ];
        chars_before += s.chars;
        prose_before += at(&prose_flags, k);
        let filled = k - block_start;
        if let Some(slot) = block.get_mut(filled) {
            *slot = row;
        }
        if filled + 1 == BLOCK || k + 1 == n {
            out.put_block(block_start, block.get(..=filled).unwrap_or(&[]));
            block_start = k + 1;
        }
        if let Some(h) = html {
            let features = h.get(k).map(|hl| hl.features.as_slice());
            for j in 0..html_width {
                let x = features.and_then(|f| f.get(j)).copied().unwrap_or(0.0);
                out.set(PLAIN_WIDTH + j, k, x);
            }
        }
    }
    out
}

/// Stage-two rows: stage one's rows plus the stage-one probabilities around each line and the
/// line's place relative to the main block of article text (the best-scoring run of lines).
pub fn stage2(rows1: &[Vec<f32>], infos: &[LineInfo], p1: &[f32]) -> Vec<Vec<f32>> {
    let extra = stage2_columns(infos, p1);
    rows1
        .iter()
        .enumerate()
        .map(|(k, r)| {
            let mut row = r.clone();
            row.extend(extra.row(k));
            row
        })
        .collect()
}

/// The features stage two adds to stage one's, column by column.
pub fn stage2_columns(infos: &[LineInfo], p1: &[f32]) -> Columns {
    let region = main_region(infos, p1);
    stage2_columns_at(p1, region, 0..p1.len())
}

/// [`stage2_columns`] for the lines `rows` of a document, given stage one's verdicts on every
/// line of it and its main region.
pub fn stage2_columns_at(
    p1: &[f32],
    region: Option<(usize, usize)>,
    rows: std::ops::Range<usize>,
) -> Columns {
    let n = p1.len();
    let first = rows.start;
    let mut out = Columns::zeros(CONTEXT_NAMES.len(), rows.len());
    for k in rows {
        let at = |i: Option<usize>| i.and_then(|i| p1.get(i)).copied().unwrap_or(0.0);
        let (in_r, before, after, dist, rel) = match &region {
            Some((a, z)) => {
                let inside = k >= *a && k <= *z;
                let dist = if k < *a { a - k } else { k.saturating_sub(*z) };
                let rel = if inside {
                    (k - a) as f32 / (z - a + 1) as f32
                } else {
                    0.0
                };
                (inside, k < *a, k > *z, dist, rel)
            }
            None => (false, false, false, n, 0.0),
        };
        let lo = k.saturating_sub(1);
        let hi = (k + 2).min(n);
        let max3 = p1
            .get(lo..hi)
            .unwrap_or(&[])
            .iter()
            .copied()
            .fold(0.0f32, f32::max);
        let row = [
            at(Some(k)),
            at(k.checked_sub(1)),
            at(Some(k + 1)),
            window_mean(p1, k, 2, n, 0),
            window_mean(p1, k, 5, n, 0),
            window_mean(p1, k, 15, n, 0),
            b(in_r),
            b(before),
            b(after),
            ln1(dist),
            rel,
            max3,
        ];
        for (j, x) in row.into_iter().enumerate() {
            out.set(j, k - first, x);
        }
    }
    out
}

/// The run of lines with the highest total of (p − ½) weighted by length: the article body.
pub fn main_region(infos: &[LineInfo], p: &[f32]) -> Option<(usize, usize)> {
    let mut region = Region::default();
    for (info, pk) in infos.iter().zip(p) {
        region.push(info.shape.chars, *pk);
    }
    region.best()
}

/// [`main_region`] one line at a time (Kadane's best run), for lines read a group at a time.
#[derive(Debug, Clone, Default)]
pub struct Region {
    best: Option<(f32, usize, usize)>,
    run: f32,
    start: usize,
    k: usize,
}

impl Region {
    /// The next line: its non-space characters and its stage-one P(article).
    pub fn push(&mut self, chars: usize, p: f32) {
        let k = self.k;
        let w = ln1(chars);
        if self.run <= 0.0 {
            self.run = 0.0;
            self.start = k;
        }
        self.run += (p - 0.5) * w;
        if self.best.is_none_or(|(s, _, _)| self.run > s) {
            self.best = Some((self.run, self.start, k));
        }
        self.k += 1;
    }

    pub fn best(&self) -> Option<(usize, usize)> {
        self.best
            .filter(|(s, _, _)| *s > 0.0)
            .map(|(_, a, z)| (a, z))
    }
}

/// Mean of the values within `radius` lines of line `k` of a document of `n` lines, excluding
/// `k` itself; `v` holds the values of the lines from `first` on. Summed line by line, so the
/// figure does not depend on which lines are at hand.
fn window_mean(v: &[f32], k: usize, radius: usize, n: usize, first: usize) -> f32 {
    let lo = k.saturating_sub(radius);
    let hi = (k + radius + 1).min(n);
    let count = hi - lo - 1;
    if count == 0 {
        return 0.0;
    }
    // The lines before `k`, then those after, each in order (the same additions as one loop
    // that skips `k`); a line not at hand adds 0.
    let value = |i: usize| {
        i.checked_sub(first)
            .and_then(|i| v.get(i))
            .copied()
            .unwrap_or(0.0)
    };
    let mut sum = 0.0f32;
    for i in lo..k.min(hi) {
        sum += value(i);
    }
    for i in (k + 1).max(lo)..hi {
        sum += value(i);
    }
    sum / count as f32
}
