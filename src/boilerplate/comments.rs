//! Reader comments are never the article: below a comments heading ("Comments", "10 Comments",
//! "Leave a reply"), a thread of comments each headed by its commenter (`jane_doe says:`,
//! `Sam Roe on May 2, 2031 at 4:47 pm said:`) is clutter from its first commenter on, however
//! much its comments read like prose.

use super::features::LineInfo;
use super::lexicon::Cue;
use super::shape;

/// Fact bit ([`super::facts`]): a comments heading ([`heading`]).
pub(super) const HEADING: u8 = 64;
/// Fact bit: a commenter line ([`commenter_line`]).
pub(super) const COMMENTER: u8 = 128;

/// Commenter lines below a heading from which the lines are a thread (one could be a quotation).
const MIN_COMMENTERS: usize = 2;

/// Words a comments heading has at most ("Join the conversation: 48 comments").
const HEADING_WORDS: usize = 6;

/// Words a commenter line has at most (a name, a date and a time, then `said:`).
const COMMENTER_WORDS: usize = 14;

/// A short line naming the comments section.
pub(super) fn heading(info: &LineInfo) -> bool {
    info.shape.words <= HEADING_WORDS && info.hits.has(Cue::Comments)
}

/// A short line ending in `says:`, `said:` or `wrote:`: a commenter heading a comment.
pub fn commenter_line(line: &str) -> bool {
    let line = line.trim_end();
    let Some(head) = ["says:", "said:", "wrote:"].iter().find_map(|end| {
        let at = line.len().checked_sub(end.len())?;
        let tail = line.get(at..)?;
        tail.eq_ignore_ascii_case(end).then(|| line.get(..at))?
    }) else {
        return false;
    };
    // A name or handle, perhaps with when it was posted ("on …, at …"): a sentence leading into
    // a quotation ("The minister said:") has other function words.
    let words: Vec<&str> = head
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .collect();
    let stamp = |w: &&&str| matches!(w.to_ascii_lowercase().as_str(), "on" | "at");
    let sentence = words
        .iter()
        .take_while(|w| !stamp(w))
        .any(|w| shape::is_stopword(w));
    (1..COMMENTER_WORDS).contains(&words.len()) && !sentence
}

/// Marks a comments thread as clutter: from the first commenter line after a comments heading
/// that follows article text, to the end of the text, when [`MIN_COMMENTERS`] commenter lines
/// follow the heading. `facts` are [`super::facts`] per line.
pub(super) fn drop_thread(facts: &[u8], content: &mut [bool]) {
    let mut article_seen = false;
    let mut heading_seen = false;
    let mut first: Option<usize> = None;
    let mut commenters = 0;
    for (k, f) in facts.iter().enumerate() {
        if !heading_seen {
            article_seen |= content.get(k).copied().unwrap_or(false);
            heading_seen = article_seen && f & HEADING != 0;
            continue;
        }
        if f & COMMENTER != 0 {
            first.get_or_insert(k);
            commenters += 1;
        }
    }
    if commenters < MIN_COMMENTERS {
        return;
    }
    if let Some(rest) = first.and_then(|k| content.get_mut(k..)) {
        rest.fill(false);
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
}
