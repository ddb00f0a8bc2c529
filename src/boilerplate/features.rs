//! Turns each line into numbers for the classifier: what the line looks like, what its
//! neighbours look like, and (second stage) how the first stage judged the lines around it.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};

use super::html::HtmlLine;
use super::lexicon::{self, Cue, Hits};
use super::lines::Line;
use super::shape::{self, Shape};
use super::stamps::{self, Stamps};

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
}

pub fn describe(text: &str, lines: &[Line]) -> Vec<LineInfo> {
    let keys: Vec<u64> = lines
        .iter()
        .map(|l| line_key(text.get(l.span.clone()).unwrap_or("")))
        .collect();
    let mut counts: HashMap<u64, u32> = HashMap::new();
    for k in &keys {
        *counts.entry(*k).or_insert(0) += 1;
    }
    lines
        .iter()
        .zip(&keys)
        .map(|(l, k)| {
            let s = text.get(l.span.clone()).unwrap_or("");
            LineInfo {
                shape: shape::measure(s),
                hits: lexicon::scan(s),
                stamps: stamps::scan(s),
                copies: counts.get(k).copied().unwrap_or(1),
                credit_tail: credit_tail(s),
                byline_start: byline_start(s),
            }
        })
        .collect()
}

/// A hash of the line's letters and digits, lowercased (so `Share` and `SHARE:` repeat).
fn line_key(s: &str) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    for c in s.chars().filter(|c| c.is_alphanumeric()) {
        for l in c.to_lowercase() {
            l.hash(&mut h);
        }
    }
    h.finish()
}

const CREDIT_WORDS: &[&str] = &[
    "ap",
    "pa",
    "afp",
    "epa",
    "reuters",
    "getty",
    "images",
    "photo",
    "photos",
    "archive",
    "file",
    "credit",
    "wire",
    "media",
    "shutterstock",
    "alamy",
    "bloomberg",
    "courtesy",
    "handout",
    "supplied",
    "efe",
    "xinhua",
    "pool",
    "upi",
    "istock",
    "istockphoto",
    "picture",
];

/// The line ends with a short parenthesised credit, like `… on Monday (PA Archive)`.
pub fn credit_tail(s: &str) -> bool {
    let Some(body) = s.strip_suffix(')') else {
        return false;
    };
    let Some(open) = body.rfind('(') else {
        return false;
    };
    let inner = body.get(open + 1..).unwrap_or("");
    let words: Vec<&str> = inner
        .split(|c: char| c.is_whitespace() || c == '/' || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() || words.len() > 6 || open == 0 {
        return false;
    }
    let credit = words
        .iter()
        .any(|w| CREDIT_WORDS.iter().any(|c| c.eq_ignore_ascii_case(w)));
    let all_caps_short =
        words.len() <= 2 && words.iter().all(|w| w.chars().all(|c| c.is_uppercase()));
    credit || all_caps_short
}

fn byline_start(s: &str) -> bool {
    let mut words = s.split_whitespace();
    let first = words.next().unwrap_or("");
    let second = words.next().unwrap_or("");
    first.eq_ignore_ascii_case("by") && second.chars().next().is_some_and(|c| c.is_uppercase())
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
    let s = &i.shape;
    let stop_ok = s.stop_density() >= 0.25 || s.non_latin_ratio() > 0.5;
    if s.words >= 12 && stop_ok && (s.terminal || s.words >= 30) {
        1.0
    } else {
        0.0
    }
}

fn ln1(x: usize) -> f32 {
    (1.0 + x as f32).ln()
}

fn b(x: bool) -> f32 {
    if x {
        1.0
    } else {
        0.0
    }
}

/// Stage-one rows: local and neighbour features, plus the HTML features when given.
pub fn stage1(lines: &[Line], infos: &[LineInfo], html: Option<&[HtmlLine]>) -> Vec<Vec<f32>> {
    let n = infos.len();
    let total_chars: usize = infos.iter().map(|i| i.shape.chars).sum::<usize>().max(1);
    let prose_flags: Vec<f32> = infos.iter().map(prose).collect();
    let log_chars: Vec<f32> = infos.iter().map(|i| ln1(i.shape.chars)).collect();
    let stop: Vec<f32> = infos.iter().map(|i| i.shape.stop_density()).collect();
    let short: Vec<f32> = infos.iter().map(|i| b(i.shape.words <= 3)).collect();
    let prose_prefix = prefix(&prose_flags);
    let chars_prefix = prefix(&log_chars);
    let stop_prefix = prefix(&stop);
    let short_prefix = prefix(&short);
    let total_prose = prose_flags.iter().sum::<f32>().max(1.0);
    let mut chars_before = 0usize;
    let mut rows = Vec::with_capacity(n);
    for (k, (info, line)) in infos.iter().zip(lines).enumerate() {
        let s = &info.shape;
        let h = &info.hits;
        let cue_total: u16 = h.any.iter().sum();
        let mut row = vec![
            ln1(s.chars),
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
        ];
        // A lone cue word in a long sentence ("declined to comment") says little; in a short
        // line, or as a call-to-action phrase, it says a lot.
        for cue in Cue::ALL {
            row.push(b(h.strong(cue) || (h.has(cue) && s.words <= 12)));
        }
        row.push((cue_total as f32 / s.words.max(1) as f32).min(1.0));
        row.push(k as f32 / n.max(1) as f32);
        row.push(chars_before as f32 / total_chars as f32);
        chars_before += s.chars;

        // Neighbours.
        let prev = k.checked_sub(1);
        let next = (k + 1 < n).then_some(k + 1);
        row.push(prev.map_or(0.0, |p| log_chars[p]));
        row.push(next.map_or(0.0, |q| log_chars[q]));
        row.push(window_mean(&chars_prefix, k, 3, n));
        row.push(window_mean(&stop_prefix, k, 3, n));
        row.push(window_mean(&prose_prefix, k, 3, n));
        row.push(window_mean(&prose_prefix, k, 10, n));
        row.push(prev.map_or(0.0, |p| prose_flags[p]));
        row.push(next.map_or(0.0, |q| prose_flags[q]));
        row.push(window_mean(&short_prefix, k, 3, n));
        row.push(prose_prefix[k] / total_prose);
        row.push((prose_prefix[n] - prose_prefix[k + 1]) / total_prose);
        if let Some(h) = html {
            match h.get(k) {
                Some(hl) => row.extend_from_slice(&hl.features),
                None => row.extend(std::iter::repeat_n(0.0, super::html::FEATURE_NAMES.len())),
            }
        }
        rows.push(row);
    }
    rows
}

/// Stage-two rows: stage one's rows plus the stage-one probabilities around each line and the
/// line's place relative to the main block of article text (the best-scoring run of lines).
pub fn stage2(rows1: &[Vec<f32>], infos: &[LineInfo], p1: &[f32]) -> Vec<Vec<f32>> {
    let n = p1.len();
    let pp = prefix(p1);
    let region = main_region(infos, p1);
    rows1
        .iter()
        .enumerate()
        .map(|(k, r)| {
            let mut row = r.clone();
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
            row.extend_from_slice(&[
                at(Some(k)),
                at(k.checked_sub(1)),
                at(Some(k + 1)),
                window_mean(&pp, k, 2, n),
                window_mean(&pp, k, 5, n),
                window_mean(&pp, k, 15, n),
                b(in_r),
                b(before),
                b(after),
                ln1(dist),
                rel,
                max3,
            ]);
            row
        })
        .collect()
}

/// The run of lines with the highest total of (p − ½) weighted by length: the article body.
pub fn main_region(infos: &[LineInfo], p: &[f32]) -> Option<(usize, usize)> {
    let mut best: Option<(f32, usize, usize)> = None;
    let mut run = 0.0f32;
    let mut start = 0;
    for (k, (info, pk)) in infos.iter().zip(p).enumerate() {
        let w = ln1(info.shape.chars);
        if run <= 0.0 {
            run = 0.0;
            start = k;
        }
        run += (pk - 0.5) * w;
        if best.is_none_or(|(s, _, _)| run > s) {
            best = Some((run, start, k));
        }
    }
    best.filter(|(s, _, _)| *s > 0.0).map(|(_, a, z)| (a, z))
}

fn prefix(v: &[f32]) -> Vec<f32> {
    let mut out = Vec::with_capacity(v.len() + 1);
    let mut acc = 0.0;
    out.push(0.0);
    for x in v {
        acc += x;
        out.push(acc);
    }
    out
}

/// Mean of the values within `radius` lines of `k`, excluding `k` itself.
fn window_mean(prefix: &[f32], k: usize, radius: usize, n: usize) -> f32 {
    let lo = k.saturating_sub(radius);
    let hi = (k + radius + 1).min(n);
    let count = hi - lo - 1;
    if count == 0 {
        return 0.0;
    }
    let sum = prefix[hi] - prefix[lo] - (prefix[k + 1] - prefix[k]);
    sum / count as f32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credit_tails() {
        let cases: &[(&str, bool)] = &[
            ("The minister leaves Downing Street (PA)", true),
            ("Crowds at the parade on Sunday (AP Photo/Jane Roe)", true),
            ("Fans at the ground (Getty Images)", true),
            ("He joined the World Health Organization (WHO).", false),
            ("The figures were revised (see below)", false),
            ("(PA)", false),
        ];
        for (line, want) in cases {
            assert_eq!(credit_tail(line), *want, "{line}");
        }
    }

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
    }
}
