//! Reasons from the lines around a clutter line, once every line has its own: a reader comments
//! section (its heading, then commenters' names, time-ago stamps, "Reply" and "Report" and the
//! comments themselves) is COMMENTS throughout; a teaser's kicker (a short all-capitals section
//! label right above another story's headline) is RELATED like the headline it labels.

use super::lexicon::{self, Cue};
use super::reasons::{self, Reason};
use crate::annotation::{Annotation, Detail as AnyDetail};

/// Codes a line gets from its own shape alone, which its neighbours may overrule.
const GENERIC: &[&str] = &[
    "NAVIGATION",
    "RELATED",
    "REPEATED",
    "METADATA",
    "CAPTION",
    "FOOTER",
];

/// Gives the annotations of one text (in text order) their reasons in context.
pub fn apply(text: &str, out: &mut [Annotation]) {
    comments_sections(text, out);
    kickers(text, out);
    super::closing::closing_reasons(text, out);
}

fn set(a: &mut Annotation, reason: Reason) {
    a.kind = reason.code;
    a.detail = AnyDetail::Boilerplate(super::Detail {
        reason: reason.sentence,
    });
}

/// Article text lies between the end of one annotation and the start of the next.
fn article_between(text: &str, end: usize, start: usize) -> bool {
    text.get(end..start)
        .is_some_and(|gap| !gap.trim().is_empty())
}

/// After a COMMENTS line, the clutter lines that follow with no article text between and no cue
/// of their own other than comments or a time stamp are the comments section's.
fn comments_sections(text: &str, out: &mut [Annotation]) {
    let mut open = false;
    let mut last_end = 0;
    for a in out.iter_mut() {
        if article_between(text, last_end, a.span.start) {
            open = false;
        }
        last_end = a.span.end;
        if a.kind == reasons::COMMENTS.code {
            open = true;
            continue;
        }
        if !open {
            continue;
        }
        let hits = lexicon::scan(a.text(text));
        let other_cue = hits
            .top()
            .is_some_and(|c| !matches!(c, Cue::Comments | Cue::Metadata));
        if other_cue || !GENERIC.contains(&a.kind) {
            open = false;
            continue;
        }
        set(a, reasons::COMMENTS);
    }
}

/// A short all-capitals label (three words at most) right above a RELATED line, with no article
/// text between, is that teaser's kicker. The codes are asked first, the label's letters last:
/// most clutter lines are followed by no RELATED line (a caption, a sign-up prompt), and reading
/// every line's letters into a list was most of this layer's context pass on news.
fn kickers(text: &str, out: &mut [Annotation]) {
    for k in 0..out.len().saturating_sub(1) {
        let (Some(a), Some(next)) = (out.get(k), out.get(k + 1)) else {
            continue;
        };
        if next.kind != reasons::RELATED.code
            || !matches!(a.kind, "NAVIGATION" | "FOOTER" | "REPEATED")
        {
            continue;
        }
        let label = a.text(text).trim();
        let mut letters = label.chars().filter(|c| c.is_alphabetic()).peekable();
        let kicker = letters.peek().is_some()
            && letters.all(char::is_uppercase)
            && label.split_whitespace().count() <= 3
            && !article_between(text, a.span.end, next.span.start);
        if kicker {
            if let Some(a) = out.get_mut(k) {
                set(a, reasons::RELATED);
            }
        }
    }
}
