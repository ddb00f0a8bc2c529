//! The headline: the headline-shaped line shortly before the body that shares the most words
//! with the body's first lines (and its standfirst).

use std::collections::HashSet;

use super::evidence::{chrome_line, own_chrome};
use super::features::{self, LineInfo};
use super::{lines, shape};

/// The headline: among the boilerplate lines shortly before the body (which starts at line
/// `start`), the headline-shaped one ([`headline_shaped`]) with the most content words in the
/// body's first lines (then the largest share of its words, then the line nearest the body);
/// none when no line qualifies. The lines looked at are the [`TITLE_REACH`] lines before
/// the body that are not page chrome (a share panel between headline and body is passed over),
/// at most [`TITLE_REACH_MAX`] lines back. A headline the page repeats just above its body (a
/// title bar, then the headline) is still the headline: its last copy is chosen. `lines` and
/// `infos` are the lines from `first` on.
pub(super) fn title_line(
    text: &str,
    lines: &[lines::Line],
    infos: &[LineInfo],
    first: usize,
    content: &[bool],
    start: usize,
) -> Option<usize> {
    let line_text = |k: usize| {
        k.checked_sub(first)
            .and_then(|i| lines.get(i))
            .and_then(|l| text.get(l.span.clone()))
            .unwrap_or("")
    };
    let info_of = |k: usize| k.checked_sub(first).and_then(|i| infos.get(i));
    // The first line looked at: TITLE_REACH lines back, page chrome not counted.
    let mut from = start;
    let mut counted = 0;
    while from > 0 && counted < TITLE_REACH && start - from < TITLE_REACH_MAX {
        from -= 1;
        if !info_of(from).is_some_and(chrome_line) {
            counted += 1;
        }
    }
    let key = |k: usize| shape::measure_line(line_text(k), false).key;
    // The candidates and their words first (at most TITLE_REACH_MAX lines of at most 25
    // words), then the body's words one at a time, keeping only those a candidate has: a body
    // line may be megabytes long, and its words are never all held.
    let candidates: Vec<(usize, Vec<String>)> = (from..start)
        .filter(|&k| {
            let Some(info) = info_of(k) else {
                return false;
            };
            if content.get(k).copied().unwrap_or(true) {
                return false;
            }
            // Every copy of a repeated line lies in the lines looked at; the last one is taken.
            let repeated_here = info.copies > 1 && {
                let own = key(k);
                let copies = (from..start).filter(|j| key(*j) == own).count();
                let later = (k + 1..start).any(|j| key(j) == own);
                copies == info.copies as usize && !later
            };
            headline_shaped(line_text(k), info, repeated_here)
        })
        .map(|k| {
            let mut words: Vec<String> = content_words(line_text(k)).collect();
            crate::sorting::sort(&mut words);
            words.dedup();
            (k, words)
        })
        .filter(|(_, words)| words.len() >= MIN_TITLE_WORDS)
        .collect();
    if candidates.is_empty() {
        return None;
    }
    let wanted: HashSet<&str> = candidates
        .iter()
        .flat_map(|(_, words)| words.iter().map(String::as_str))
        .collect();
    let mut in_body: HashSet<&str> = HashSet::new();
    // A standfirst (short paragraphs of prose right above the body, page chrome aside) sums up
    // the story as the headline does: its words count with the body's.
    let mut standfirst = start;
    while standfirst > from
        && info_of(standfirst - 1).is_some_and(|i| {
            chrome_line(i) || (features::is_prose(&i.shape) && i.shape.words <= STANDFIRST_WORDS)
        })
    {
        standfirst -= 1;
    }
    for k in (standfirst..start).chain(start..start + BODY_SAMPLE) {
        let standfirst_line = k < start && info_of(k).is_some_and(|i| !chrome_line(i));
        if !standfirst_line && !content.get(k).copied().unwrap_or(false) {
            continue;
        }
        for word in content_words(line_text(k)) {
            if let Some(w) = wanted.get(word.as_str()) {
                in_body.insert(w);
            }
        }
    }
    // (score, line): on a tie the line nearer the body.
    let mut best: Option<(f32, usize)> = None;
    for (k, words) in &candidates {
        let shared = words
            .iter()
            .filter(|w| in_body.contains(w.as_str()))
            .count();
        // The number of its words in the body, then their share of its words (a teaser
        // sharing one word with the body loses to the headline sharing several).
        // A headline heads its story: a byline or a date line right under it tips the balance
        // ([`SIGNED_BONUS`], half a shared word) against a teaser sharing as many words.
        let signed = (k + 1..(k + 1 + SIGNED_REACH).min(start)).any(|j| {
            info_of(j).is_some_and(|i| {
                i.shape.words <= 12 && (i.byline_start || i.stamps.date || i.stamps.time)
            })
        });
        let score = shared as f32
            + shared as f32 / words.len().max(1) as f32 / 2.0
            + if signed { SIGNED_BONUS } else { 0.0 };
        if shared >= 1 && best.is_none_or(|(b, _)| score >= b) {
            best = Some((score, *k));
        }
    }
    best.map(|(_, k)| k)
}

/// Words from which a line with a cue word may be a headline ("Meal Prep for a Little More
/// Obsessed"; "More from the harbour" and "Read more about it" are too short).
pub(super) const CUE_HEADLINE_WORDS: usize = 7;

/// Share of capitalised words from which a line is in title case (prose has about one in five).
pub(super) const TITLE_CASE_SHARE: f32 = 0.5;

/// How many lines under a headline candidate a byline or date line is looked for.
pub(super) const SIGNED_REACH: usize = 2;

/// What a byline or date line under a candidate adds to its score (in shared words: more would
/// let a standfirst between the headline and the byline win).
pub(super) const SIGNED_BONUS: f32 = 0.5;

/// Content words ([`content_words`]) a headline has at least ("Back to Gallery" has two).
pub(super) const MIN_TITLE_WORDS: usize = 3;

/// A line that can be a headline on its own terms: 3 to 25 words, one sentence (an abbreviation
/// like "U.S." or "Rep." may look like a break), not ending in a full stop (a caption, a
/// sentence) nor a long sentence of prose (a standfirst, a quotation); no photo credit,
/// call-to-action wording, date stamp, byline, breadcrumb trail ("Blog > Recipes") or slash in a
/// short line (a credit: "Jane Roe/Agency"); a cue word only in a line of 7 words or more
/// ("…, ecobee deals, more"); not page chrome; not repeated elsewhere on the page
/// (`repeated_here`: the copies all lie just above the body, where a page repeats its headline).
pub(super) fn headline_shaped(line: &str, info: &LineInfo, repeated_here: bool) -> bool {
    let s = &info.shape;
    let any_cue = info.hits.any.iter().any(|c| *c > 0);
    // Title case ("A Mix of Native Ad Units Generate the Highest …") is a headline's, not prose's.
    let title_case = s.capital_ratio() >= TITLE_CASE_SHARE;
    let sentence_of_prose = s.words > 15 && s.stop_density() >= 0.3 && !title_case;
    // A caption or a sentence, not a headline ("The band performs at the Beacon.").
    let ends_full_stop = line
        .trim_end_matches(['"', '\'', '”', '’', ')'])
        .ends_with('.')
        && !line.ends_with("...");
    (3..=25).contains(&s.words)
        && (s.sentence_breaks == 0 || (s.sentence_breaks == 1 && !s.terminal))
        && !ends_full_stop
        && !(s.separators > 0 && s.words <= 8)
        && !line.contains(" > ")
        && !sentence_of_prose
        && !info.credit_tail
        && info.hits.strong_total == 0
        && (!any_cue || s.words >= CUE_HEADLINE_WORDS)
        && !info.stamps.any()
        && !info.byline_start
        && (info.copies == 1 || repeated_here)
        && !own_chrome(info)
}

/// Lowercased words of four letters or more that are not function words.
pub(super) fn content_words(line: &str) -> impl Iterator<Item = String> + '_ {
    line.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 4 && !shape::is_stopword(w))
        .map(str::to_lowercase)
}

/// Words a standfirst line has at most for [`title_line`].
pub(super) const STANDFIRST_WORDS: usize = 60;

/// Body lines whose words the headline is compared with.
pub(super) const BODY_SAMPLE: usize = 12;

/// How many lines before the body (page chrome not counted) the headline is looked for.
pub(super) const TITLE_REACH: usize = 16;

/// How many lines before the body the headline is looked for at most.
pub(super) const TITLE_REACH_MAX: usize = 48;
