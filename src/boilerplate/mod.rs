//! Boilerplate layer: lines of a pasted page that are not the article, each with a reason.
//!
//! Each non-blank line is classified article vs boilerplate by two stacked logistic regressions
//! learned from labelled pages (see [`model`]; features in [`features`]), over what the line
//! looks like (length, function-word density, ending punctuation, case, digits, call-to-action
//! phrases, date stamps, repetition, position) and what its neighbours look like; a second stage
//! adds the first stage's verdicts around the line and its place relative to the main block of
//! prose. With the page's HTML ([`html`]) the markup around each line adds its own features.
//! A few unambiguous cues (a run of sign-up wording, a photo credit at the end of a line)
//! override the model. Each boilerplate line then gets a reason ([`reasons`]).
//!
//! Speed notes (what each pass costs a byte, what was tried): `src/boilerplate/DESIGN.md`.
//!
//! Reason codes (the annotation type; stable):
//!
//! | code | what |
//! |---|---|
//! | `NAVIGATION` | menus, section links, other page chrome |
//! | `SIGNUP` | newsletter/subscription/log-in prompts and their form text |
//! | `COOKIE` | cookie and consent notices |
//! | `SHARE` | share, social and follow buttons |
//! | `RELATED` | related links, "Read more", recommended and teaser headlines |
//! | `ADVERT` | advertisements and sponsored content |
//! | `COMMENTS` | comment sections and prompts |
//! | `FOOTER` | legal, copyright, site-info links |
//! | `CAPTION` | photo captions and credits (`(PA Archive)`, `Getty Images`) |
//! | `METADATA` | date stamps, "Updated 3 hours ago", reading time |
//! | `REPEATED` | a line whose text appears more than once on the page |
//! | `TITLE` | the headline (page furniture: kept on top of the clean text) |
//! | `STANDFIRST` | the summary under the headline |
//! | `BYLINE` | the author line |
//! | `DATELINE` | a place-and-date line heading the story |

#[cfg(test)]
mod clean_tests;
#[cfg(test)]
mod clutter_tests;
mod comments;
mod context;
#[cfg(test)]
mod equivalence_tests;
pub mod features;
#[cfg(test)]
mod headline_tests;
pub mod html;
pub mod lexicon;
pub mod lines;
pub mod model;
mod phrase_automaton;
pub mod reasons;
#[cfg(test)]
mod rule_tests;
pub mod shape;
#[cfg(test)]
mod short_paste_tests;
pub mod stamps;
mod stream;
#[cfg(test)]
mod tests;
mod wording;

use std::collections::HashSet;

use serde::Serialize;

use crate::annotation::{Annotation, Detail as AnyDetail};
use features::LineInfo;
use lexicon::Cue;
use reasons::{Place, Reason};

/// Why a span is boilerplate, in words for a person (the type carries the reason code).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Detail {
    pub reason: &'static str,
}

/// Per-line verdicts of the classifier, before reasons are given.
#[derive(Debug, Clone)]
pub struct Verdicts {
    pub lines: Vec<lines::Line>,
    pub infos: Vec<LineInfo>,
    /// P(article body) per line.
    pub content_probability: Vec<f32>,
    /// The final call per line (model plus overrides).
    pub content: Vec<bool>,
    /// With the page's HTML: the first line most of whose words are in its `<h1>`.
    pub h1: Option<usize>,
}

/// Classifies each non-blank line of `text` with the given models (the committed ones by
/// default; training passes its own).
pub fn classify_with(text: &str, html: Option<&str>, models: Option<&model::Models>) -> Verdicts {
    let lines = lines::split(text);
    let infos = features::describe(text, &lines);
    let html_lines = html
        .filter(|h| !h.trim().is_empty())
        .map(|h| html::read(h, text, &lines));
    let models = models.unwrap_or_else(|| {
        if html_lines.is_some() {
            model::html_models()
        } else {
            model::text_models()
        }
    });
    let probability = if models.fits(html_lines.is_some()) {
        model::content_probabilities(&lines, &infos, html_lines.as_deref(), models)
    } else {
        // Weights out of date with the features (only while developing): a plain prose test.
        infos
            .iter()
            .map(|i| {
                if i.shape.words >= 12 && i.shape.terminal {
                    0.9
                } else {
                    0.1
                }
            })
            .collect()
    };
    let mut content: Vec<bool> = probability
        .iter()
        .zip(&infos)
        .map(|(p, info)| *p >= models.threshold && !forced_boilerplate(info))
        .collect();
    let facts: Vec<u8> = infos.iter().map(facts).collect();
    settle(&mut content, &facts, html_lines.is_some());
    let h1 = html_lines.as_deref().and_then(html::h1_line);
    Verdicts {
        lines,
        infos,
        content_probability: probability,
        content,
        h1,
    }
}

/// Longest run of lines between two article lines that can be taken into the article.
const MAX_GAP: usize = 6;

/// Short lines between article lines are article (subheads, list items, Q&A labels, table rows,
/// one-line quotes): a run of at most [`MAX_GAP`] lines with article lines on both sides is taken
/// in, unless one of its lines carries clutter evidence of its own.
fn fill_gaps(facts: &[u8], content: &mut [bool]) {
    take_runs(content, |run, inside| {
        inside
            && run.len() <= MAX_GAP
            && facts
                .get(run)
                .is_some_and(|run| run.iter().all(|f| f & GAP_OK != 0))
    });
}

/// Between article lines, a line with no clutter evidence of its own ([`PLAIN`]) is article even
/// when clutter lines stand next to it (a subhead between an inline link and an advert): a run
/// of at most [`MAX_GAP`] lines with article lines on both sides keeps only its lines with
/// evidence as clutter.
fn fill_plain_between(facts: &[u8], content: &mut [bool]) {
    let n = content.len();
    let mut k = 0;
    while let Some(run) = next_clutter_run(content, k) {
        k = run.end;
        let evidence = run
            .clone()
            .filter(|j| facts.get(*j).is_some_and(|f| f & PLAIN == 0))
            .count();
        if run.start > 0 && run.end < n && run.len() <= MAX_GAP && evidence <= 1 {
            for j in run {
                if facts.get(j).is_some_and(|f| f & PLAIN != 0) {
                    if let Some(c) = content.get_mut(j) {
                        *c = true;
                    }
                }
            }
        }
    }
}

/// The first run of clutter lines (`content` false) at or after line `from`, if any.
fn next_clutter_run(content: &[bool], from: usize) -> Option<std::ops::Range<usize>> {
    let rest = content.get(from..)?;
    let start = from + rest.iter().position(|c| !*c)?;
    let len = content
        .get(start..)
        .and_then(|r| r.iter().position(|c| *c))
        .unwrap_or(content.len() - start);
    Some(start..start + len)
}

/// Takes each run of clutter lines (`content` false) into the article where `take(run, inside)`
/// says so: `run` is the run's line range, `inside` whether article lines stand on both sides.
fn take_runs(content: &mut [bool], take: impl Fn(std::ops::Range<usize>, bool) -> bool) {
    let n = content.len();
    let mut k = 0;
    while let Some(run) = next_clutter_run(content, k) {
        k = run.end;
        if take(run.clone(), run.start > 0 && run.end < n) {
            for c in content.get_mut(run).unwrap_or(&mut []) {
                *c = true;
            }
        }
    }
}

/// What [`settle`] needs to know of a line, in one byte (bits [`PLAIN`], [`CHROME`], [`COPY`],
/// [`LONG_PROSE`], [`GAP_OK`]): a long text keeps one per line.
pub(crate) fn facts(info: &LineInfo) -> u8 {
    let plain = plain_line(info);
    // A schedule, a list of dates or a sentence with a date in the body: a stamp alone is no
    // evidence inside the article.
    let stampless = LineInfo {
        stamps: stamps::Stamps::default(),
        ..info.clone()
    };
    let plain_but_stamps = plain_line(&stampless);

    let mut f = 0;
    if plain {
        f |= PLAIN;
    }
    if own_chrome(info) {
        f |= CHROME;
    } else if chrome_line(info) {
        f |= COPY;
    }
    if plain_but_stamps && info.shape.chars >= LONG_PROSE_CHARS && features::is_prose(&info.shape) {
        f |= LONG_PROSE;
    }
    if plain && features::is_prose(&info.shape) {
        f |= PROSE;
    }
    // Between article lines a short line needs stronger evidence than a lone cue word ("by the
    // hospital", "opening hours"): a call to action, a credit, an address, a copy, separators.
    let gap_ok = cta_phrases(info) == 0
        && !related_link(info)
        && !info.credit_tail
        && !info.byline_start
        && !info.shape.url_like
        && info.copies == 1
        && info.shape.separators == 0
        && !stamp_label(info);
    if plain || (info.shape.words <= 12 && gap_ok) {
        f |= GAP_OK;
    }
    if comments::heading(info) {
        f |= comments::HEADING;
    }
    if info.commenter {
        f |= comments::COMMENTER;
    }
    f
}

/// No clutter evidence of its own ([`plain_line`]).
const PLAIN: u8 = 1;
/// Page chrome on the line's own terms ([`own_chrome`]).
const CHROME: u8 = 2;
/// Chrome only by being a short line repeated in the text ([`chrome_line`]).
const COPY: u8 = 16;
/// A plain sentence of prose ([`features::is_prose`]), of any length.
const PROSE: u8 = 32;
/// Plain prose of [`LONG_PROSE_CHARS`] or more.
const LONG_PROSE: u8 = 4;
/// May be taken into the article between article lines.
const GAP_OK: u8 = 8;

/// Characters (not counting spaces: about 130 with them) from which a prose paragraph is long
/// (125 until cross-validation by site said 110: text 0.923 -> 0.924; 95 gave 0.922).
const LONG_PROSE_CHARS: usize = 110;

/// How far back an article line makes a long paragraph the article's continuation.
const CONTINUE_REACH: usize = 6;

/// How far back an article line makes a sentence of prose the article's continuation.
const CONTINUE_NEAR: usize = 2;

/// The calls on single lines made coherent: a long plain paragraph shortly after article text
/// continues the article; gaps in the article are filled; clutter without evidence is dropped;
/// and a text with (nearly) no page chrome is read as clean text, where only a line with chrome
/// of its own is clutter. `facts` are [`facts`] per line.
fn settle(content: &mut [bool], facts: &[u8], html: bool) {
    if html {
        fill_gaps(facts, content);
        // A paste with its page's markup is a page: the markup already told where the article
        // runs, and the rules for text alone cost it (cross-validated 0.952 -> 0.949).
        comments::drop_thread(facts, content);
        return;
    }
    settle_once(content, facts);
    if !content.iter().any(|c| *c) && facts.iter().any(|f| f & LONG_PROSE != 0) {
        // Every paste holds an article: a short one with a few clutter lines is too small for
        // the model's sense of a page's main block, so its long plain paragraphs are the article.
        for (c, f) in content.iter_mut().zip(facts) {
            *c = f & LONG_PROSE != 0;
        }
        settle_once(content, facts);
    }
}

/// [`settle`] for a text without its page's markup.
fn settle_once(content: &mut [bool], facts: &[u8]) {
    fill_gaps(facts, content);
    comments::drop_thread(facts, content);
    for k in 0..content.len() {
        let long = facts.get(k).is_some_and(|f| f & LONG_PROSE != 0);
        let after_article = content
            .get(k.saturating_sub(CONTINUE_REACH)..k)
            .is_some_and(|before| before.iter().any(|c| *c));
        // A shorter sentence continues the article when an article line is just above it
        // (an inline link between the two is no break).
        let prose = facts.get(k).is_some_and(|f| f & PROSE != 0);
        let right_after = content
            .get(k.saturating_sub(CONTINUE_NEAR)..k)
            .is_some_and(|before| before.iter().any(|c| *c));
        if (long && after_article) || (prose && right_after) {
            if let Some(c) = content.get_mut(k) {
                *c = true;
            }
        }
    }
    // A page has one standfirst: a long paragraph right above the article with another long
    // paragraph above it (page chrome aside) opens the article.
    let mut above_prose = false;
    let mut was_prose = vec![false; content.len()];
    for (k, f) in facts.iter().enumerate() {
        if let Some(w) = was_prose.get_mut(k) {
            *w = above_prose;
        }
        if f & LONG_PROSE != 0 {
            above_prose = true;
        } else if f & CHROME == 0 {
            above_prose = false;
        }
    }
    for k in (0..content.len()).rev() {
        let long = facts.get(k).is_some_and(|f| f & LONG_PROSE != 0);
        if long
            && was_prose.get(k).copied().unwrap_or(false)
            && next_line_article(content, facts, k)
        {
            if let Some(c) = content.get_mut(k) {
                *c = true;
            }
        }
    }
    // Again: a paragraph taken in above may close a new gap.
    fill_gaps(facts, content);
    fill_plain_between(facts, content);
    keep_unanchored(facts, content);
    if clean_text_like(facts) {
        for (c, f) in content.iter_mut().zip(facts) {
            *c = *c || f & CHROME == 0;
        }
    }
    // A comments thread taken back in by the rules above is still the readers', not the article.
    comments::drop_thread(facts, content);
}

/// Whether the first line after `k` that is not page chrome is an article line.
fn next_line_article(content: &[bool], facts: &[u8], k: usize) -> bool {
    (k + 1..content.len())
        .find(|j| facts.get(*j).is_some_and(|f| f & CHROME == 0))
        .and_then(|j| content.get(j).copied())
        .unwrap_or(false)
}

/// A text with (nearly) no page furniture: at most one line in [`CLEAN_CHROME_SHARE`] (rounded
/// up) is chrome, repeated short lines counted; or, repetition aside, at most one line in
/// [`CLEAN_OWN_SHARE`] is (a text whose only chrome is lines it repeats, like a menu plan's
/// step labels). The dev pages have 10% or more chrome lines, 5.5% or more on their own terms.
fn clean_text_like(facts: &[u8]) -> bool {
    let lines = facts.len();
    let own = facts.iter().filter(|f| *f & CHROME != 0).count();
    let copies = facts.iter().filter(|f| *f & COPY != 0).count();
    own + copies <= lines.div_ceil(CLEAN_CHROME_SHARE) || own <= lines.div_ceil(CLEAN_OWN_SHARE)
}

/// See [`clean_text_like`].
const CLEAN_OWN_SHARE: usize = 40;

/// A text is clean text when at most one line in this many (or one line) is page chrome.
const CLEAN_CHROME_SHARE: usize = 20;

/// Page chrome of the plainest kind: a call to action, a photo credit, a web address, a menu's
/// separators, a short line repeated on the page, or a navigation/share/sign-up/cookie/footer/
/// comments word in a short line.
fn chrome_line(info: &LineInfo) -> bool {
    own_chrome(info) || (info.copies > 1 && info.shape.words <= 6)
}

/// [`chrome_line`] on the line's own terms, repetition aside: in a text with no furniture a
/// line repeated in it (a recipe's step label, a schedule's heading) is no evidence.
fn own_chrome(info: &LineInfo) -> bool {
    let s = &info.shape;
    // A menu item or button label, not a sentence that happens to hold such a word.
    let short_cue = s.words <= 6
        && !s.terminal
        && [
            Cue::Navigation,
            Cue::Share,
            Cue::Signup,
            Cue::Cookie,
            Cue::Footer,
            Cue::Comments,
        ]
        .iter()
        .any(|c| info.hits.has(*c));
    strong_evidence(info)
        || related_link(info)
        || info.credit_tail
        || url_evidence(info)
        || s.separators >= 2 && separator_evidence(info)
        || short_cue
        || stamp_label(info)
}

/// A short line that is only a labelled date stamp ("Published 3 hours ago", "Updated 9:02
/// AM"): page furniture wherever it stands, unlike a date in a schedule or in a sentence.
fn stamp_label(info: &LineInfo) -> bool {
    let s = &info.shape;
    info.stamps.any() && info.hits.has(Cue::Metadata) && s.words <= STAMP_LABEL_WORDS && !s.terminal
}

/// Longest labelled date stamp [`stamp_label`] calls page furniture.
const STAMP_LABEL_WORDS: usize = 8;

/// A paragraph of prose ([`features::is_prose`], [`PROSE_WORDS`] words or more): a lone
/// call-to-action phrase ("the most popular"), a web address or a slash ("$0.23/W") in it is
/// part of a sentence, not page chrome.
fn long_prose(info: &LineInfo) -> bool {
    info.shape.words >= PROSE_WORDS && features::is_prose(&info.shape)
}

/// Words from which a prose line is a paragraph for [`long_prose`].
const PROSE_WORDS: usize = 20;

/// Call-to-action phrases of a line that count as clutter evidence: none in a question put as
/// a subhead ([`wording::question_subhead`]: "Which … are the most popular?").
fn cta_phrases(info: &LineInfo) -> u16 {
    if info.question {
        0
    } else {
        info.hits.strong_total
    }
}

/// Call-to-action wording: in a paragraph of prose, only a run of it ([`cta_run`]).
fn strong_evidence(info: &LineInfo) -> bool {
    cta_phrases(info) > 0 && (!long_prose(info) || cta_run(info))
}

/// A web address, unless it sits in a paragraph of prose.
fn url_evidence(info: &LineInfo) -> bool {
    info.shape.url_like && !long_prose(info)
}

/// Menu separators (`|`, `/`, `•`), unless they sit in a paragraph of prose.
fn separator_evidence(info: &LineInfo) -> bool {
    info.shape.separators > 0 && !long_prose(info)
}

/// At least one call-to-action phrase per 25 words: the line is a call to action.
fn cta_run(info: &LineInfo) -> bool {
    cta_phrases(info) >= 2 && usize::from(cta_phrases(info)) * 25 >= info.shape.words
}

/// Clutter comes with evidence: a run of lines judged boilerplate in which no line carries any
/// (a cue word, a stamp, a credit, a web address, a copy elsewhere on the page, separators) is
/// article after all. This keeps clean text clean: a paragraph or an article body pasted
/// without its page has nothing that marks page furniture.
fn keep_unanchored(facts: &[u8], content: &mut [bool]) {
    take_runs(content, |run, _| {
        facts
            .get(run)
            .is_some_and(|run| run.iter().all(|f| f & PLAIN != 0))
    });
}

/// A line with no clutter evidence of its own: no cue word, date stamp, photo credit, web
/// address or copy elsewhere on the page.
fn plain_line(info: &LineInfo) -> bool {
    cta_phrases(info) == 0
        && !related_link(info)
        && (info.shape.words >= 12 || !info.hits.any.iter().any(|c| *c > 0))
        && !info.stamps.any()
        && !info.credit_tail
        && !info.byline_start
        && !info.shape.url_like
        && info.copies == 1
        && info.shape.separators == 0
}

/// Cues strong enough to overrule the model: a run of call-to-action wording, or a photo credit
/// closing the line.
fn forced_boilerplate(info: &LineInfo) -> bool {
    let s = &info.shape;
    let credit = info.credit_tail || (info.hits.strong(Cue::Caption) && s.words <= 40);
    cta_run(info) || credit || related_link(info) || cta_label(info) || stamp_label(info)
}

/// A short label that is only a call to action ("Sign up for our morning briefing", "Follow us
/// on Twitter"): no sentence around the phrase, so even between paragraphs it is no article.
fn cta_label(info: &LineInfo) -> bool {
    let s = &info.shape;
    cta_phrases(info) > 0 && s.words <= CTA_LABEL_WORDS && !s.terminal
}

/// Longest call-to-action label [`cta_label`] overrules the model for.
const CTA_LABEL_WORDS: usize = 8;

/// An inline link to another story, `Related: …` or `Read more: …` (not a paragraph that
/// happens to start so).
fn related_link(info: &LineInfo) -> bool {
    info.related_label && info.shape.words <= 25
}

/// Marks the boilerplate in `text`. `html`, when given, is the page the text was copied from.
pub fn annotate(text: &str, html: Option<&str>) -> Vec<Annotation> {
    let html = html.filter(|h| !h.trim().is_empty());
    // A long text without HTML is read a group of lines at a time, so memory stays a few bytes
    // per line (the result is the same).
    if html.is_none() && lines::iter(text).nth(stream::GROUP).is_some() {
        return stream::annotate(text, stream::GROUP);
    }
    let mut v = classify_with(text, html, None);
    // With the page's HTML, the line holding its own <h1> is the headline; else the line that
    // is the page's own title (`og:title` or `<title>`, the site's name taken off).
    // Of its copies, the last one before the article's first line (as for the text alone).
    let page_title = || {
        let title = html.and_then(html::page_title)?;
        let found: Vec<usize> = html::title_lines(&title, text, &v.lines)
            .into_iter()
            .filter(|k| v.infos.get(*k).is_some_and(|i| i.shape.words <= 30))
            .collect();
        let body = v.content.iter().position(|c| *c).unwrap_or(v.lines.len());
        found
            .iter()
            .rev()
            .find(|k| **k < body)
            .or(found.first())
            .copied()
    };
    let h1 =
        v.h1.or_else(page_title)
            .filter(|k| v.infos.get(*k).is_some_and(|i| !own_chrome(i)));
    if let Some(c) = h1.and_then(|k| v.content.get_mut(k)) {
        *c = false;
    }
    let region = body_region(&v.content);
    let title = h1.or_else(|| {
        region.and_then(|(start, _)| title_line(text, &v.lines, &v.infos, 0, &v.content, start))
    });
    let n = v.lines.len();
    let mut out = Vec::new();
    for (k, (line, info)) in v.lines.iter().zip(&v.infos).enumerate() {
        if v.content.get(k).copied().unwrap_or(true) {
            continue;
        }
        mark_line(
            text,
            line,
            info,
            place(k, region, n),
            title == Some(k),
            &mut out,
        );
    }
    context::apply(text, &mut out);
    out
}

/// Where line `k` of `n` sits relative to the body `region`.
fn place(k: usize, region: Option<(usize, usize)>, n: usize) -> Place {
    match region {
        Some((a, _)) if k < a => Place::Before {
            lines_to_body: a - k,
        },
        Some((_, z)) if k > z => Place::After {
            near_page_end: k + 10 >= n,
        },
        Some(_) => Place::Inside,
        None => Place::After {
            near_page_end: k + 10 >= n,
        },
    }
}

/// The annotation(s) of one boilerplate line.
fn mark_line(
    text: &str,
    line: &lines::Line,
    info: &LineInfo,
    place: Place,
    is_title: bool,
    out: &mut Vec<Annotation>,
) {
    let reason = if related_link(info) && !is_title {
        reasons::RELATED
    } else {
        reasons::assign(info, place, is_title)
    };
    let line_text = text.get(line.span.clone()).unwrap_or("");
    // A date stamp run into a clutter line ("date 2024-02-02 Sign up for …") gets its own span.
    match stamps::leading_stamp_len(line_text) {
        Some(len) if reason.code != reasons::METADATA.code => {
            let rest_start = line_text
                .get(len..)
                .map_or(len, |r| len + (r.len() - r.trim_start().len()));
            out.push(mark(
                line.span.start..line.span.start + len,
                reasons::METADATA,
            ));
            out.push(mark(line.span.start + rest_start..line.span.end, reason));
        }
        _ => out.push(mark(line.span.clone(), reason)),
    }
}

/// A boilerplate span from elsewhere (the page's, after a reader's corrections), for
/// [`clean_text`]: the headline or other clutter.
pub fn marked(span: std::ops::Range<usize>, title: bool) -> Annotation {
    mark(
        span,
        if title {
            reasons::TITLE
        } else {
            reasons::OTHER
        },
    )
}

fn mark(span: std::ops::Range<usize>, reason: Reason) -> Annotation {
    Annotation {
        span,
        kind: reason.code,
        detail: AnyDetail::Boilerplate(Detail {
            reason: reason.sentence,
        }),
    }
}

/// First and last article line of the longest-weighted run of article lines (the body).
fn body_region(content: &[bool]) -> Option<(usize, usize)> {
    let first = content.iter().position(|c| *c)?;
    let last = content.iter().rposition(|c| *c)?;
    Some((first, last))
}

/// The headline: among the boilerplate lines shortly before the body (which starts at line
/// `start`), the headline-shaped one ([`headline_shaped`]) with the most content words in the
/// body's first lines (then the largest share of its words, then the line nearest the body);
/// none when no line qualifies. The lines looked at are the [`TITLE_REACH`] lines before
/// the body that are not page chrome (a share panel between headline and body is passed over),
/// at most [`TITLE_REACH_MAX`] lines back. A headline the page repeats just above its body (a
/// title bar, then the headline) is still the headline: its last copy is chosen. `lines` and
/// `infos` are the lines from `first` on.
fn title_line(
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
            words.sort();
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
const CUE_HEADLINE_WORDS: usize = 7;

/// Share of capitalised words from which a line is in title case (prose has about one in five).
const TITLE_CASE_SHARE: f32 = 0.5;

/// How many lines under a headline candidate a byline or date line is looked for.
const SIGNED_REACH: usize = 2;

/// What a byline or date line under a candidate adds to its score (in shared words: more would
/// let a standfirst between the headline and the byline win).
const SIGNED_BONUS: f32 = 0.5;

/// Content words ([`content_words`]) a headline has at least ("Back to Gallery" has two).
const MIN_TITLE_WORDS: usize = 3;

/// A line that can be a headline on its own terms: 3 to 25 words, one sentence (an abbreviation
/// like "U.S." or "Rep." may look like a break), not ending in a full stop (a caption, a
/// sentence) nor a long sentence of prose (a standfirst, a quotation); no photo credit,
/// call-to-action wording, date stamp, byline, breadcrumb trail ("Blog > Recipes") or slash in a
/// short line (a credit: "Jane Roe/Agency"); a cue word only in a line of 7 words or more
/// ("…, ecobee deals, more"); not page chrome; not repeated elsewhere on the page
/// (`repeated_here`: the copies all lie just above the body, where a page repeats its headline).
fn headline_shaped(line: &str, info: &LineInfo, repeated_here: bool) -> bool {
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
fn content_words(line: &str) -> impl Iterator<Item = String> + '_ {
    line.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 4 && !shape::is_stopword(w))
        .map(str::to_lowercase)
}

/// Words a standfirst line has at most for [`title_line`].
const STANDFIRST_WORDS: usize = 60;

/// Body lines whose words the headline is compared with.
const BODY_SAMPLE: usize = 12;

/// How many lines before the body (page chrome not counted) the headline is looked for.
const TITLE_REACH: usize = 16;

/// How many lines before the body the headline is looked for at most.
const TITLE_REACH_MAX: usize = 48;

/// The article as clean text: the headline on top, then the body, one paragraph per line;
/// every other boilerplate span is dropped.
pub fn clean_text(text: &str, annotations: &[Annotation]) -> String {
    let mut spans: Vec<&Annotation> = annotations
        .iter()
        .filter(|a| matches!(a.detail, AnyDetail::Boilerplate(_)))
        .collect();
    spans.sort_by_key(|a| a.span.start);
    let mut out = String::new();
    if let Some(title) = spans.iter().find(|a| a.kind == reasons::TITLE.code) {
        out.push_str(title.text(text).trim());
    }
    // Spans before `first` end before the current line: lines come in order, so each span is
    // passed over once and the whole walk stays linear.
    let mut first = 0;
    for line in lines::split(text) {
        while spans
            .get(first)
            .is_some_and(|a| a.span.end <= line.span.start)
        {
            first += 1;
        }
        // Keep what no boilerplate span covers.
        let mut pos = line.span.start;
        let mut kept = String::new();
        for a in spans[first..]
            .iter()
            .take_while(|a| a.span.start < line.span.end)
            .filter(|a| a.span.end > line.span.start)
        {
            if a.span.start > pos {
                kept.push_str(text.get(pos..a.span.start).unwrap_or(""));
                kept.push(' ');
            }
            pos = pos.max(a.span.end);
        }
        if pos < line.span.end {
            kept.push_str(text.get(pos..line.span.end).unwrap_or(""));
        }
        let kept = kept.trim();
        if !kept.is_empty() {
            if !out.is_empty() {
                out.push_str("\n\n");
            }
            out.push_str(kept);
        }
    }
    out
}
