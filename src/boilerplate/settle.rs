//! The calls on single lines made coherent: the article continued, its gaps filled, clutter
//! without evidence taken back, a clean text read as clean, and a paste the model finds no
//! article in given the article its paragraphs make.

use super::closing;
use super::comments;
use super::evidence::{
    Facts, BUTTON, CHROME, COPY, DATELINE_OPEN, GAP_OK, INGREDIENTS, LONG_PROSE, PLAIN, PRINT,
    PROSE, QUANTITY, SENTENCE, STAMP,
};

/// Longest run of lines between two article lines that can be taken into the article.
pub(super) const MAX_GAP: usize = 6;

/// Short lines between article lines are article (subheads, list items, Q&A labels, table rows,
/// one-line quotes): a run of at most [`MAX_GAP`] lines with article lines on both sides is taken
/// in, unless one of its lines carries clutter evidence of its own.
pub(super) fn fill_gaps(facts: &[Facts], content: &mut [bool]) {
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
pub(super) fn fill_plain_between(facts: &[Facts], content: &mut [bool]) {
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
pub(super) fn next_clutter_run(content: &[bool], from: usize) -> Option<std::ops::Range<usize>> {
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
pub(super) fn take_runs(content: &mut [bool], take: impl Fn(std::ops::Range<usize>, bool) -> bool) {
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

/// How far back an article line makes a long paragraph the article's continuation.
pub(super) const CONTINUE_REACH: usize = 6;

/// How far back an article line makes a sentence of prose the article's continuation.
pub(super) const CONTINUE_NEAR: usize = 2;

/// The calls on single lines made coherent: a long plain paragraph shortly after article text
/// continues the article; gaps in the article are filled; clutter without evidence is dropped;
/// and a text with (nearly) no page chrome is read as clean text, where only a line with chrome
/// of its own is clutter. `facts` are [`facts`] per line.
pub(super) fn settle(content: &mut [bool], facts: &[Facts], html: bool) {
    if html {
        fill_gaps(facts, content);
        // A paste with its page's markup is a page: the markup already told where the article
        // runs, and the rules for text alone cost it (cross-validated 0.952 -> 0.949).
        comments::drop_thread(facts, content);
        closing::drop_closing(facts, content);
        return;
    }
    settle_once(content, facts);
    if content.iter().any(|c| *c) {
        return;
    }
    // Every paste holds an article: a short one with a few clutter lines is too small for the
    // model's sense of a page's main block, so its long plain paragraphs are the article; where
    // it has none, its sentences of prose, if it has a few (a story told a sentence a paragraph,
    // each under LONG_PROSE_CHARS, between a page's menus and footer).
    let prose = facts.iter().filter(|f| *f & PROSE != 0).count();
    let take = if facts.iter().any(|f| f & LONG_PROSE != 0) {
        LONG_PROSE
    } else if prose >= MIN_SHORT_PARAGRAPHS {
        PROSE
    } else {
        return;
    };
    for (c, f) in content.iter_mut().zip(facts) {
        *c = f & take != 0;
    }
    settle_once(content, facts);
}

/// Sentences of prose from which a paste with no long paragraph is read as an article of short
/// ones ([`settle`]).
const MIN_SHORT_PARAGRAPHS: usize = 3;

/// [`settle`] for a text without its page's markup.
pub(super) fn settle_once(content: &mut [bool], facts: &[Facts]) {
    fill_gaps(facts, content);
    comments::drop_thread(facts, content);
    // Only beside an article found: a list alone is no story (a paste the model finds none in
    // is read by its paragraphs first).
    if content.iter().any(|c| *c) {
        take_ingredients(facts, content);
    }
    for k in 0..content.len() {
        let long = facts.get(k).is_some_and(|f| f & LONG_PROSE != 0);
        let after_article = content
            .get(k.saturating_sub(CONTINUE_REACH)..k)
            .is_some_and(|before| before.iter().any(|c| *c));
        // A shorter sentence continues the article when an article line is just above it
        // (an inline link between the two is no break).
        // A live blog's entry stamps between its paragraphs are passed over, with a share
        // button beside one.
        let prose = facts.get(k).is_some_and(|f| f & (PROSE | SENTENCE) != 0);
        let right_after = prose
            && (k.saturating_sub(CONTINUE_REACH)..k)
                .rev()
                .filter(|j| !entry_furniture(facts, *j))
                .take(CONTINUE_NEAR)
                .any(|j| content.get(j).copied().unwrap_or(false));
        if (long && after_article) || (prose && right_after) {
            if let Some(c) = content.get_mut(k) {
                *c = true;
            }
        }
    }
    // A page has one standfirst: a paragraph of prose right above the article with another
    // above it (page chrome aside) opens the article. From the end, so a run of such paragraphs
    // is taken in whole. Prose, not only long paragraphs: a story told a sentence a paragraph
    // lost all but one of its opening sentences as standfirsts (lines 0.899 -> 0.900 recall on
    // the labelled pages).
    for k in (0..content.len()).rev() {
        let prose = |j: usize| facts.get(j).is_some_and(|f| f & (PROSE | SENTENCE) != 0);
        // A paragraph opening with a dateline is the story's first, never a standfirst.
        let dateline = facts.get(k).is_some_and(|f| f & DATELINE_OPEN != 0);
        // A paragraph under page chrome (a byline, a stamp, a caption, share buttons), or under
        // a live blog entry's heading under its stamp, over the article is the story's first: a
        // standfirst sits under the headline.
        let has = |j: usize, bit: Facts| facts.get(j).is_some_and(|f| f & bit != 0);
        let under_chrome = || {
            k > 0
                && (has(k - 1, CHROME)
                    || k > 1 && subhead(facts, k - 1) && entry_stamp(facts, k - 2))
        };
        // Under a date alone on its line (a small site's stamp, not a comment's under its
        // author's name) with the article right under it: a caption under a photo's date has
        // its credit under it ("SUPPLIED").
        let under_date = || {
            k > 0
                && date_alone(facts, k - 1)
                && !(k > 1 && has(k - 2, comments::COMMENTER))
                && content.get(k + 1).copied().unwrap_or(false)
        };
        // Prose above, a subhead between allowed (a newsletter's sections).
        let after_prose = || {
            previous_plain_line(facts, k).is_some_and(|j| {
                prose(j) || subhead(facts, j) && previous_plain_line(facts, j).is_some_and(prose)
            })
        };
        let opens = || next_plain_line(facts, k).is_some_and(|j| opens_article(facts, content, j));
        if (dateline || prose(k) && (under_chrome() || after_prose())) && opens()
            || prose(k) && under_date()
        {
            if let Some(c) = content.get_mut(k) {
                *c = true;
            }
        }
    }
    take_entry_headings(facts, content);
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
    closing::drop_closing(facts, content);
}

/// Quantity lines under an ingredients heading at least for [`take_ingredients`].
const MIN_INGREDIENTS: usize = 3;

/// A recipe's ingredients are the story's: a heading naming them ([`INGREDIENTS`]) with
/// [`MIN_INGREDIENTS`] quantity lines ([`QUANTITY`]) or more under it is article with its run of
/// quantities and short plain lines ("Salt and black pepper", "For the topping:", the method's
/// heading), which the method's sentences then continue.
fn take_ingredients(facts: &[Facts], content: &mut [bool]) {
    let has = |j: usize, bit: Facts| facts.get(j).is_some_and(|f| f & bit != 0);
    for k in 0..facts.len() {
        if !has(k, INGREDIENTS) {
            continue;
        }
        let listed = |j: usize| {
            has(j, QUANTITY) || (has(j, PLAIN) && !has(j, PROSE | SENTENCE | INGREDIENTS))
        };
        let end = (k + 1..facts.len())
            .find(|j| !listed(*j))
            .unwrap_or(facts.len());
        if (k + 1..end).filter(|j| has(*j, QUANTITY)).count() >= MIN_INGREDIENTS {
            for c in content.get_mut(k..end).unwrap_or(&mut []) {
                *c = true;
            }
        }
    }
}

/// A live blog's entry heading: a plain line that is no sentence, right under an entry's stamp
/// and over the entry's text (article), is the entry's.
fn take_entry_headings(facts: &[Facts], content: &mut [bool]) {
    let has = |j: usize, bit: Facts| facts.get(j).is_some_and(|f| f & bit != 0);
    for k in 1..content.len() {
        if entry_stamp(facts, k - 1)
            && has(k, PLAIN)
            && !has(k, PROSE | SENTENCE)
            && content.get(k + 1).copied().unwrap_or(false)
        {
            if let Some(c) = content.get_mut(k) {
                *c = true;
            }
        }
    }
}

/// A live blog's entry furniture: a stamp, or a button's label beside one.
fn entry_furniture(facts: &[Facts], j: usize) -> bool {
    let has = |j: usize, bit: Facts| facts.get(j).is_some_and(|f| f & bit != 0);
    entry_stamp(facts, j)
        || has(j, BUTTON) && (entry_stamp(facts, j + 1) || j > 0 && entry_stamp(facts, j - 1))
}

/// A stamp label ([`STAMP`] with [`CHROME`]): a live blog entry's stamp.
fn entry_stamp(facts: &[Facts], j: usize) -> bool {
    facts
        .get(j)
        .is_some_and(|f| f & (STAMP | CHROME) == STAMP | CHROME)
}

/// A date alone on its line ([`STAMP`] without [`CHROME`]).
fn date_alone(facts: &[Facts], j: usize) -> bool {
    facts.get(j).is_some_and(|f| f & (STAMP | CHROME) == STAMP)
}

/// Line `j` is article, or a subhead with the article under it.
fn opens_article(facts: &[Facts], content: &[bool], j: usize) -> bool {
    let article = |j: usize| content.get(j).copied().unwrap_or(false);
    article(j) || subhead(facts, j) && next_plain_line(facts, j).is_some_and(article)
}

/// Line `j` may be a subhead: a plain line, no prose.
fn subhead(facts: &[Facts], j: usize) -> bool {
    facts
        .get(j)
        .is_some_and(|f| f & PLAIN != 0 && f & (PROSE | SENTENCE) == 0)
}

/// The nearest line before `k` that is not page chrome of its own, if any.
fn previous_plain_line(facts: &[Facts], k: usize) -> Option<usize> {
    (0..k)
        .rev()
        .find(|j| facts.get(*j).is_some_and(|f| f & CHROME == 0))
}

/// The nearest line after `k` that is not page chrome of its own, if any.
fn next_plain_line(facts: &[Facts], k: usize) -> Option<usize> {
    (k + 1..facts.len()).find(|j| facts.get(*j).is_some_and(|f| f & CHROME == 0))
}

/// A text with (nearly) no page furniture: at most one line in [`CLEAN_CHROME_SHARE`] (rounded
/// up) is chrome, repeated short lines counted; or, repetition aside, at most one line in
/// [`CLEAN_OWN_SHARE`] is (a text whose only chrome is lines it repeats, like a menu plan's
/// step labels). The dev pages have 10% or more chrome lines, 5.5% or more on their own terms.
pub(super) fn clean_text_like(facts: &[Facts]) -> bool {
    let lines = facts.len();
    // A pasted PDF's page numbers and running heads are no page around the text.
    let own = facts
        .iter()
        .filter(|f| *f & CHROME != 0 && *f & PRINT == 0)
        .count();
    let copies = facts.iter().filter(|f| *f & COPY != 0).count();
    own + copies <= lines.div_ceil(CLEAN_CHROME_SHARE) || own <= lines.div_ceil(CLEAN_OWN_SHARE)
}

/// See [`clean_text_like`].
pub(super) const CLEAN_OWN_SHARE: usize = 40;

/// A text is clean text when at most one line in this many (or one line) is page chrome.
pub(super) const CLEAN_CHROME_SHARE: usize = 20;

/// Clutter comes with evidence: a run of lines judged boilerplate in which no line carries any
/// (a cue word, a stamp, a credit, a web address, a copy elsewhere on the page, separators) is
/// article after all. This keeps clean text clean: a paragraph or an article body pasted
/// without its page has nothing that marks page furniture.
pub(super) fn keep_unanchored(facts: &[Facts], content: &mut [bool]) {
    take_runs(content, |run, _| {
        facts
            .get(run)
            .is_some_and(|run| run.iter().all(|f| f & PLAIN != 0))
    });
}
