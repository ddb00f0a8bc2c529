//! Reader comments are never the article: below a comments heading ("Comments", "10 Comments",
//! "Leave a reply"), a thread of comments each headed by its commenter (`jane_doe says:`,
//! `Sam Roe on May 2, 2031 at 4:47 pm said:`) is clutter from its first commenter on, however
//! much its comments read like prose.

use super::evidence::{Facts, CHROME, COPY, GAP_OK, PLAIN, PROSE};
use super::features::LineInfo;
use super::lexicon::Cue;
use super::shape;
use super::stamps::Stamps;

/// Fact bit ([`super::facts`]): a comments heading ([`heading`]); with [`COMMENTER`] too, a
/// posted commenter line ([`posted`]).
pub(super) const HEADING: Facts = 64;
/// Fact bit: a commenter line ([`commenter_line`]).
pub(super) const COMMENTER: Facts = 128;
/// Both bits: a commenter line with what only a comment system writes ([`posted`]). The
/// pair stands from when the facts were one byte; a comments heading is no commenter line.
pub(super) const POSTED: Facts = HEADING | COMMENTER;

/// Commenter lines below a heading from which the lines are a thread (one could be a quotation).
const MIN_COMMENTERS: usize = 2;

/// Lines from a comments heading to the thread's first commenter line ("12 comments", "Leave a
/// reply", then the first comment), for a thread found without the article above it.
const HEADING_REACH: usize = 3;

/// Lines above a comments heading the post's last paragraph may be (its tags, "Posted in …",
/// "Previous post").
const POST_REACH: usize = 8;

/// Lines other than prose between two paragraphs of one post (a subhead, a one-line quote).
const POST_GAP: usize = 2;

/// Words a comments heading has at most ("Join the conversation: 48 comments").
const HEADING_WORDS: usize = 6;

/// Words a commenter line has at most (a name, a date and a time, then `said:`).
const COMMENTER_WORDS: usize = 14;

/// A short line naming the comments section.
pub(super) fn heading(info: &LineInfo) -> bool {
    info.shape.words <= HEADING_WORDS && info.hits.has(Cue::Comments)
}

/// A commenter line as only a comment system writes it: with when it was posted
/// (`Ann Lee on May 2, 2031 at 4:47 pm said:`) or in `says:` (`harbour_watcher says:`). A
/// letter quoted in an article is introduced by its writer alone (`Ann Lee, Kendal, wrote:`).
pub(super) fn posted(line: &str, stamps: &Stamps) -> bool {
    commenter_line(line) && (stamps.any() || ends_with_ignore_case(line.trim_end(), "says:"))
}

fn ends_with_ignore_case(line: &str, end: &str) -> bool {
    line.len()
        .checked_sub(end.len())
        .and_then(|at| line.get(at..))
        .is_some_and(|tail| tail.eq_ignore_ascii_case(end))
}

/// A short line ending in `says:`, `said:` or `wrote:`: a commenter heading a comment.
pub fn commenter_line(line: &str) -> bool {
    let line = line.trim_end();
    let Some(head) = ["says:", "said:", "wrote:"].iter().find_map(|end| {
        ends_with_ignore_case(line, end).then(|| line.get(..line.len() - end.len()))?
    }) else {
        return false;
    };
    // A name or handle (`plum_and_pear` is one word), perhaps with when it was posted ("on …,
    // at …"): a sentence leading into a quotation ("The minister said:", "On May 2 the council
    // said:") has other function words, or no name before its date.
    let words: Vec<&str> = head
        .split(|c: char| !c.is_alphanumeric() && !matches!(c, '\'' | '’' | '_'))
        .filter(|w| !w.is_empty())
        .collect();
    let stamp = |w: &&&str| matches!(w.to_ascii_lowercase().as_str(), "on" | "at");
    let name: Vec<&&str> = words.iter().take_while(|w| !stamp(w)).collect();
    let sentence = name.is_empty() || name.iter().any(|w| shape::is_stopword(w));
    (1..COMMENTER_WORDS).contains(&words.len()) && !sentence
}

fn is_heading(f: Facts) -> bool {
    f & POSTED == HEADING
}

fn is_commenter(f: Facts) -> bool {
    f & COMMENTER != 0
}

fn is_posted(f: Facts) -> bool {
    f & POSTED == POSTED
}

/// Marks a comments thread as clutter, from its first commenter line to the end of the text:
/// [`MIN_COMMENTERS`] commenter lines below a comments heading that follows article text; or,
/// whatever the lines above were judged, a thread of posted commenter lines
/// ([`posted_thread`]). A post then left with no article line above its thread (a short post
/// above a long thread reads less like a page's main text than the thread does) gets back its
/// paragraphs ([`take_post`]). `facts` are [`super::facts`] per line.
pub(super) fn drop_thread(facts: &[Facts], content: &mut [bool]) {
    // The earlier of the two: a comment the model took for the article may itself look like
    // the article above a thread.
    let Some((heading, first)) = [article_thread(facts, content), posted_thread(facts)]
        .into_iter()
        .flatten()
        .min_by_key(|(_, first)| *first)
    else {
        return;
    };
    if let Some(rest) = content.get_mut(first..) {
        rest.fill(false);
    }
    if !content.get(..heading).is_some_and(|c| c.contains(&true)) {
        take_post(facts, content, heading);
    }
}

/// The thread as the article's readers see it: a heading after article text, then at least
/// [`MIN_COMMENTERS`] commenter lines. The heading's line and the first commenter's.
fn article_thread(facts: &[Facts], content: &[bool]) -> Option<(usize, usize)> {
    let mut article_seen = false;
    let mut heading: Option<usize> = None;
    let mut first: Option<usize> = None;
    let mut commenters = 0;
    for (k, &f) in facts.iter().enumerate() {
        if heading.is_none() {
            article_seen |= content.get(k).copied().unwrap_or(false);
            heading = (article_seen && is_heading(f)).then_some(k);
            continue;
        }
        if is_commenter(f) {
            first.get_or_insert(k);
            commenters += 1;
        }
    }
    (commenters >= MIN_COMMENTERS).then_some((heading?, first?))
}

/// The thread by its shape alone: at least [`MIN_COMMENTERS`] posted commenter lines
/// ([`posted`]), with a comments heading within [`HEADING_REACH`] lines above the first of them
/// ("12 comments") or between them ("Reply"). The line the post ends above (the heading, or
/// else the first commenter's) and the first commenter's.
fn posted_thread(facts: &[Facts]) -> Option<(usize, usize)> {
    let first = facts.iter().position(|f| is_posted(*f))?;
    let last = facts.iter().rposition(|f| is_posted(*f))?;
    let posted = facts.iter().skip(first).filter(|f| is_posted(**f)).count();
    if posted < MIN_COMMENTERS {
        return None;
    }
    let heading = |k: &usize| facts.get(*k).is_some_and(|f| is_heading(*f));
    let above = (first.saturating_sub(HEADING_REACH)..first)
        .rev()
        .find(heading);
    let between = (first..last).any(|k| heading(&k));
    match above {
        Some(k) => Some((k, first)),
        None => between.then_some((first, first)),
    }
}

/// The post above a comments heading: its paragraphs, from the last one (at most
/// [`POST_REACH`] lines above the heading) up to the page chrome above them or more than
/// [`POST_GAP`] other lines; the short lines between two of them too. The last paragraph may
/// also be a line with clutter evidence that is no page chrome on its own terms (a post asking
/// its readers to write to an e-mail address).
fn take_post(facts: &[Facts], content: &mut [bool], heading: usize) {
    let prose = |k: usize| facts.get(k).is_some_and(|f| f & PROSE != 0);
    // The nearest paragraph may carry such evidence; above it only plain prose extends the
    // post (a dated byline with a separator has evidence too, and no bit tells its length).
    let paragraph = |k: &usize| {
        facts
            .get(*k)
            .is_some_and(|f| f & PROSE != 0 || f & (CHROME | COPY | GAP_OK | PLAIN) == 0)
    };
    let Some(last) = (heading.saturating_sub(POST_REACH)..heading)
        .rev()
        .find(paragraph)
    else {
        return;
    };
    if let Some(c) = content.get_mut(last) {
        *c = true;
    }
    let mut top = last;
    for k in (0..last).rev() {
        let f = facts.get(k).copied().unwrap_or(0);
        if f & CHROME != 0 || top - k > POST_GAP + 1 {
            break;
        }
        if prose(k) {
            top = k;
        }
    }
    for k in top..=last {
        let between = facts.get(k).is_some_and(|f| f & GAP_OK != 0);
        if prose(k) || between {
            if let Some(c) = content.get_mut(k) {
                *c = true;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commenter_lines() {
        let cases: &[(&str, &str, bool)] = &[
            ("handle says", "harbour_watcher says:", true),
            (
                "name and time said",
                "Ann Lee on May 2, 2031 at 4:47 pm said:",
                true,
            ),
            ("wrote in capitals", "Old Salt Wrote:", true),
            (
                "a sentence ending in said",
                "The mayor has long held views about what was said:",
                false,
            ),
            ("says alone", "says:", false),
            ("a handle of words", "plum_and_pear says:", true),
            (
                "says inside a line",
                "She says: the bridge opens in May",
                false,
            ),
            (
                "a quotation's lead",
                "In a statement, the council said:",
                false,
            ),
        ];
        for (name, line, want) in cases {
            assert_eq!(commenter_line(line), *want, "{name}");
        }
    }

    #[test]
    fn posted_commenter_lines() {
        let cases: &[(&str, &str, bool)] = &[
            (
                "with its post time",
                "Ann Lee on May 2, 2031 at 4:47 pm said:",
                true,
            ),
            ("a handle that says", "harbour_watcher says:", true),
            ("a letter's writer", "Ann Lee, Kendal, wrote:", false),
            ("a name that said", "Old Salt said:", false),
            (
                "a quotation's lead with a date",
                "On May 2, 2031 the council said:",
                false,
            ),
        ];
        for (name, line, want) in cases {
            let stamps = super::super::stamps::scan(line);
            assert_eq!(posted(line, &stamps), *want, "{name}");
        }
    }
}
