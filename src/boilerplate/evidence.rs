//! What a line carries as clutter evidence of its own (call-to-action wording, a photo credit, a
//! labelled date stamp, a web address, a copy elsewhere on the page, separators), and the bits of
//! [`facts`] per line that [`super::settle`] works from.

use super::comments;
use super::features::{self, LineInfo};
use super::lexicon::Cue;
use super::stamps;

/// What [`super::settle`] needs to know of a line, as bits: a long text keeps one per line.
pub(crate) type Facts = u16;

/// What [`settle`] needs to know of a line (bits [`PLAIN`], [`CHROME`], [`COPY`],
/// [`LONG_PROSE`], [`GAP_OK`], …): a long text keeps one per line.
pub(crate) fn facts(info: &LineInfo) -> Facts {
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
    // A sentence with a time in it ("will decide by 7pm") is prose all the same.
    if plain_but_stamps && features::is_prose(&info.shape) {
        f |= PROSE;
    }
    // A date alone on its line is a stamp too, but no chrome (a clean text or a comment's
    // heading may hold one): [`STAMP`] without [`CHROME`], which only it has.
    if stamp_label(info) || info.date_line {
        f |= STAMP;
    }
    // A line-up reads on from the report as a short sentence does (a labelled date is no
    // line-up: "First published: Tuesday, March 9, 2027").
    let roster = info.roster && !info.stamps.any();
    if (info.sentence || roster) && sentence_plain(info) {
        f |= SENTENCE;
    }
    if info.quantity && no_chrome_marks(info) {
        f |= QUANTITY;
    }
    if info.ingredients_heading {
        f |= INGREDIENTS;
    }
    if info.hits.has(Cue::Share) && info.shape.words <= BUTTON_WORDS && !info.shape.terminal {
        f |= BUTTON;
    }
    if plain_but_stamps && info.dateline_open {
        f |= DATELINE_OPEN;
    }
    // Between article lines a short line needs stronger evidence than a lone cue word ("by the
    // hospital", "opening hours"): a call to action, a credit, an address, a copy, separators.
    let gap_ok = no_chrome_marks(info) && !stamp_label(info);
    if plain || (info.shape.words <= 12 && gap_ok) {
        f |= GAP_OK;
    }
    if info.page_number || info.running_head {
        f |= PRINT;
    }
    if info.closing_heading || info.end_mark {
        f |= CLOSING;
    }
    if comments::heading(info) {
        f |= comments::HEADING;
    }
    if info.commenter {
        f |= comments::COMMENTER;
    }
    if info.posted {
        f |= comments::POSTED;
    }
    f
}

/// No clutter evidence of its own ([`plain_line`]).
pub(super) const PLAIN: Facts = 1;
/// Page chrome on the line's own terms ([`own_chrome`]).
pub(super) const CHROME: Facts = 2;
/// Chrome only by being a short line repeated in the text ([`chrome_line`]).
pub(super) const COPY: Facts = 16;
/// A plain sentence of prose ([`features::is_prose`]), of any length.
pub(super) const PROSE: Facts = 32;
/// Plain prose of [`LONG_PROSE_CHARS`] or more.
pub(super) const LONG_PROSE: Facts = 4;
/// May be taken into the article between article lines.
pub(super) const GAP_OK: Facts = 8;
/// A print layout's furniture: a page number, a running header or footer.
pub(super) const PRINT: Facts = 256;
/// Opens a text's closing matter ([`super::closing`]).
pub(super) const CLOSING: Facts = 512;
/// A date stamp on its own line ([`stamp_label`]): a live blog's entry stamp between paragraphs.
/// Without [`CHROME`] (which every stamp label has), a date alone on its line
/// ([`super::paste_lines::date_line`]).
pub(super) const STAMP: Facts = 1024;

/// A short sentence of its own ([`sentence_shape`]): a story told a sentence a paragraph.
pub(super) const SENTENCE: Facts = 2048;
/// A share button's label ("Share", "Copy link"): page chrome of at most [`BUTTON_WORDS`]
/// words, which the article's continuation passes over beside a stamp (a live blog's entries
/// are apart by a share button and a stamp).
pub(super) const BUTTON: Facts = 8192;
/// Words of a [`BUTTON`] label.
pub(super) const BUTTON_WORDS: usize = 2;
/// A paragraph opening with a dateline ([`super::wording::dateline_opening`]).
pub(super) const DATELINE_OPEN: Facts = 4096;
/// A line opening with a quantity ([`super::wording::quantity_start`]) with no mark of page
/// chrome: an ingredient.
pub(super) const QUANTITY: Facts = 16384;
/// A heading over a recipe's ingredients ([`super::wording::ingredients_heading`]).
pub(super) const INGREDIENTS: Facts = 32768;

/// Characters (not counting spaces: about 130 with them) from which a prose paragraph is long
/// (125 until cross-validation by site said 110: text 0.923 -> 0.924; 95 gave 0.922).
pub(super) const LONG_PROSE_CHARS: usize = 110;

/// Page chrome of the plainest kind: a call to action, a photo credit, a web address, a menu's
/// separators, a short line repeated on the page, or a navigation/share/sign-up/cookie/footer/
/// comments word in a short line.
pub(super) fn chrome_line(info: &LineInfo) -> bool {
    own_chrome(info) || (info.copies > 1 && info.shape.words <= 6)
}

/// [`chrome_line`] on the line's own terms, repetition aside: in a text with no furniture a
/// line repeated in it (a recipe's step label, a schedule's heading) is no evidence.
pub(super) fn own_chrome(info: &LineInfo) -> bool {
    let s = &info.shape;
    // A menu item or button label, not a sentence that happens to hold such a word.
    let short_cue = s.words <= 6 && !s.terminal && purpose_cue(info);
    strong_evidence(info)
        || related_link(info)
        || info.credit_tail
        || url_evidence(info)
        || s.separators >= 2 && separator_evidence(info)
        || short_cue
        || stamp_label(info)
        || furniture(info)
}

/// A cue word of a page's purpose: navigating, sharing, signing up, cookies, the footer,
/// comments (what a menu item, a button or a prompt says; a story's words seldom).
fn purpose_cue(info: &LineInfo) -> bool {
    [
        Cue::Navigation,
        Cue::Share,
        Cue::Signup,
        Cue::Cookie,
        Cue::Footer,
        Cue::Comments,
    ]
    .iter()
    .any(|c| info.hits.has(*c))
}

/// A short line that is only a labelled date stamp ("Published 3 hours ago", "Updated 9:02
/// AM") or a bare clock or relative time (a live blog's `10:42`, `2h ago`): page furniture
/// wherever it stands, unlike a date in a schedule or in a sentence.
pub(super) fn stamp_label(info: &LineInfo) -> bool {
    let s = &info.shape;
    let labelled = info.stamps.any() && info.hits.has(Cue::Metadata);
    (labelled || info.bare_stamp) && s.words <= STAMP_LABEL_WORDS && !s.terminal
}

/// The shape of a sentence too short to be prose ([`features::is_prose`] wants
/// [`SENTENCE_WORDS`].end words): [`SENTENCE_WORDS`] words, opening with no lower-case letter,
/// closing like a sentence, with no sentence break inside ("Islanders said they were not
/// consulted."); [`super::wording::short_sentence`] reads its words. A teaser's or a subhead's
/// words end with no stop, a caption's credit or a call to action is evidence of its own.
pub(crate) fn sentence_shape(s: &super::shape::Shape) -> bool {
    SENTENCE_WORDS.contains(&s.words) && s.terminal && !s.starts_lower && s.sentence_breaks == 0
}

/// [`plain_line`] for a [`sentence_shape`]d line: no clutter evidence of its own, where a
/// lone cue word of a byline, a stamp, a caption or a teaser ("also rose, though by less",
/// "is published in") is the sentence's, and a date too. A page's purpose words (sharing,
/// signing up, cookies, comments, the footer, menus) still count.
pub(super) fn sentence_plain(info: &LineInfo) -> bool {
    no_chrome_marks(info) && !purpose_cue(info)
}

/// No mark of page chrome stronger than a lone cue word: no call to action, related link,
/// credit, byline, web address, copy, separators or furniture. What a short line between
/// article lines ([`GAP_OK`], with no stamp label) and a short sentence ([`sentence_plain`],
/// with no purpose cue) both lack.
fn no_chrome_marks(info: &LineInfo) -> bool {
    cta_phrases(info) == 0
        && !related_link(info)
        && !info.credit_tail
        && !info.byline_start
        && !info.shape.url_like
        && info.copies == 1
        && info.shape.separators == 0
        && !furniture(info)
}

/// Words of a [`sentence_shape`]d line.
pub(super) const SENTENCE_WORDS: std::ops::Range<usize> = 3..12;

/// Longest labelled date stamp [`stamp_label`] calls page furniture.
pub(super) const STAMP_LABEL_WORDS: usize = 8;

/// A paragraph of prose ([`features::is_prose`], [`PROSE_WORDS`] words or more): a lone
/// call-to-action phrase ("the most popular"), a web address or a slash ("$0.23/W") in it is
/// part of a sentence, not page chrome.
pub(super) fn long_prose(info: &LineInfo) -> bool {
    info.shape.words >= PROSE_WORDS && features::is_prose(&info.shape)
}

/// Words from which a prose line is a paragraph for [`long_prose`].
pub(super) const PROSE_WORDS: usize = 20;

/// Call-to-action phrases of a line that count as clutter evidence: none in a question put as
/// a subhead ([`wording::question_subhead`]: "Which … are the most popular?").
pub(super) fn cta_phrases(info: &LineInfo) -> u16 {
    if info.question {
        0
    } else {
        info.hits.strong_total
    }
}

/// Call-to-action wording: in a paragraph of prose, only a run of it ([`cta_run`]).
pub(super) fn strong_evidence(info: &LineInfo) -> bool {
    cta_phrases(info) > 0 && (!long_prose(info) || cta_run(info))
}

/// A web address, unless it sits in a paragraph of prose.
pub(super) fn url_evidence(info: &LineInfo) -> bool {
    info.shape.url_like && !long_prose(info)
}

/// Menu separators (`|`, `/`, `•`), unless they sit in a paragraph of prose.
pub(super) fn separator_evidence(info: &LineInfo) -> bool {
    info.shape.separators > 0 && !long_prose(info)
}

/// At least one call-to-action phrase per 25 words: the line is a call to action.
pub(super) fn cta_run(info: &LineInfo) -> bool {
    cta_phrases(info) >= 2 && usize::from(cta_phrases(info)) * 25 >= info.shape.words
}

/// A line with no clutter evidence of its own: no cue word, date stamp, photo credit, web
/// address or copy elsewhere on the page.
pub(super) fn plain_line(info: &LineInfo) -> bool {
    cta_phrases(info) == 0
        && !related_link(info)
        && (info.shape.words >= 12 || !info.hits.any.iter().any(|c| *c > 0))
        && !info.stamps.any()
        && !info.credit_tail
        && !info.byline_start
        && !info.shape.url_like
        && info.copies == 1
        && info.shape.separators == 0
        && !furniture(info)
}

/// Page furniture by its shape alone: a page number, a running header or footer, a tag list,
/// a press release's end mark.
pub(super) fn furniture(info: &LineInfo) -> bool {
    info.page_number || info.running_head || info.tag_label || info.end_mark
}

/// Cues strong enough to overrule the model: a run of call-to-action wording, or a photo credit
/// closing the line.
pub(super) fn forced_boilerplate(info: &LineInfo) -> bool {
    let s = &info.shape;
    let credit = info.credit_tail || (info.hits.strong(Cue::Caption) && s.words <= 40);
    cta_run(info)
        || credit
        || related_link(info)
        || cta_label(info)
        || stamp_label(info)
        || furniture(info)
}

/// A short label that is only a call to action ("Sign up for our morning briefing", "Follow us
/// on Twitter"): no sentence around the phrase, so even between paragraphs it is no article.
pub(super) fn cta_label(info: &LineInfo) -> bool {
    let s = &info.shape;
    cta_phrases(info) > 0 && s.words <= CTA_LABEL_WORDS && !s.terminal
}

/// Longest call-to-action label [`cta_label`] overrules the model for.
pub(super) const CTA_LABEL_WORDS: usize = 8;

/// An inline link to another story, `Related: …` or `Read more: …` (not a paragraph that
/// happens to start so).
pub(super) fn related_link(info: &LineInfo) -> bool {
    info.related_label && info.shape.words <= 25
}
