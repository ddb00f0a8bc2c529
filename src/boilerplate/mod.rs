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
mod closing;
#[cfg(test)]
mod clutter_tests;
mod comments;
mod context;
#[cfg(test)]
mod equivalence_tests;
mod evidence;
pub mod features;
mod headline;
#[cfg(test)]
mod headline_tests;
pub mod html;
pub mod lexicon;
pub mod lines;
#[cfg(test)]
mod mail_thread_tests;
pub mod model;
#[cfg(test)]
mod page_kinds_tests;
#[cfg(test)]
mod paste_kinds_tests;
mod paste_lines;
#[cfg(test)]
mod paste_shape_tests;
mod phrase_automaton;
pub mod reasons;
#[cfg(test)]
mod rule_tests;
mod settle;
pub mod shape;
#[cfg(test)]
mod sharing_tests;
#[cfg(test)]
mod short_paste_tests;
pub mod stamps;
#[cfg(test)]
mod story_lists_tests;
mod stream;
#[cfg(test)]
mod test_marks;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod thread_tests;
mod wording;
#[cfg(test)]
mod wording_speed_tests;

use serde::Serialize;

use crate::annotation::{Annotation, Detail as AnyDetail};
use crate::sharing::Sharing;
use evidence::*;
use features::LineInfo;
use headline::*;
use reasons::{Place, Reason};
use settle::*;

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
    classify_lines(text, lines::split(text), html, models, None)
}

/// [`classify_with`] for `text`'s lines, already split, the lines described with the other
/// thread's help where `sharing` is given.
fn classify_lines<'a>(
    text: &'a str,
    lines: Vec<lines::Line>,
    html: Option<&str>,
    models: Option<&model::Models>,
    sharing: Option<&Sharing<'a>>,
) -> Verdicts {
    let (infos, lines) = match sharing {
        Some(sharing) => features::describe_shared(text, lines, sharing),
        None => (features::describe(text, &lines), lines),
    };
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
    let facts: Vec<Facts> = infos.iter().map(facts).collect();
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

/// Marks the boilerplate in `text`. `html`, when given, is the page the text was copied from.
pub fn annotate(text: &str, html: Option<&str>) -> Vec<Annotation> {
    annotate_sharing(text, html, None)
}

/// [`annotate`], the lines described with the help of the other thread once it is free
/// ([`Sharing`]; the same annotations).
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn annotate_shared<'a>(
    text: &'a str,
    html: Option<&str>,
    sharing: &Sharing<'a>,
) -> Vec<Annotation> {
    annotate_sharing(text, html, Some(sharing))
}

fn annotate_sharing<'a>(
    text: &'a str,
    html: Option<&str>,
    sharing: Option<&Sharing<'a>>,
) -> Vec<Annotation> {
    let html = html.filter(|h| !h.trim().is_empty());
    // A long text without HTML is read a group of lines at a time, so memory stays a few bytes
    // per line (the result is the same).
    // The lines are split once: the first group's worth tells which way the text goes, and
    // a shorter text's lines are the ones classified.
    let mut v = if html.is_none() {
        let lines: Vec<lines::Line> = lines::iter(text).take(stream::GROUP + 1).collect();
        if lines.len() > stream::GROUP {
            drop(lines);
            return stream::annotate(text, stream::GROUP);
        }
        classify_lines(text, lines, None, None, sharing)
    } else {
        classify_lines(text, lines::split(text), html, None, sharing)
    };
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

/// The article as clean text: the headline on top, then the standfirst and the body, one
/// paragraph per line; every other boilerplate span is dropped.
///
/// The standfirst stays although the layer marks it (the labelled pages' convention counts it
/// apart from the body): it is the article's own summary, and a paste whose lines carry no
/// layout cannot always tell it from the first paragraph, which a clean copy must not lose.
pub fn clean_text(text: &str, annotations: &[Annotation]) -> String {
    let mut spans: Vec<&Annotation> = annotations
        .iter()
        .filter(|a| {
            matches!(a.detail, AnyDetail::Boilerplate(_)) && a.kind != reasons::STANDFIRST.code
        })
        .collect();
    crate::sorting::sort_by_key(&mut spans, |a| a.span.start);
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
