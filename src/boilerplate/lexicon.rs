//! Phrase lists that name what a clutter line is for (sign-up, cookies, sharing, …), matched in one
//! pass with Aho-Corasick. The phrases are generic web-page wording, never one site's strings.

use std::ops::Range;
use std::sync::OnceLock;

use super::lines::Line;
use super::phrase_automaton::{PhraseAutomaton, State};

/// What a phrase suggests a line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    Navigation,
    Signup,
    Cookie,
    Share,
    Related,
    Advert,
    Comments,
    Footer,
    Caption,
    Metadata,
    Byline,
}

impl Cue {
    pub const ALL: [Cue; 11] = [
        Cue::Navigation,
        Cue::Signup,
        Cue::Cookie,
        Cue::Share,
        Cue::Related,
        Cue::Advert,
        Cue::Comments,
        Cue::Footer,
        Cue::Caption,
        Cue::Metadata,
        Cue::Byline,
    ];

    pub fn index(self) -> usize {
        self as usize
    }
}

/// Phrases per cue; `strong` phrases are call-to-action wording that prose almost never uses.
struct Entry {
    phrase: &'static str,
    cue: Cue,
    strong: bool,
}

const fn e(phrase: &'static str, cue: Cue, strong: bool) -> Entry {
    Entry {
        phrase,
        cue,
        strong,
    }
}

#[rustfmt::skip]
const ENTRIES: &[Entry] = &[
    // Navigation and page chrome.
    e("home", Cue::Navigation, false), e("menu", Cue::Navigation, false),
    e("search", Cue::Navigation, false), e("skip to content", Cue::Navigation, true),
    e("skip to main content", Cue::Navigation, true), e("toggle navigation", Cue::Navigation, true),
    e("back to top", Cue::Navigation, true), e("sections", Cue::Navigation, false),
    e("next article", Cue::Navigation, true), e("previous article", Cue::Navigation, true),
    e("close", Cue::Navigation, false), e("open menu", Cue::Navigation, true),
    e("go to", Cue::Navigation, false), e("navigation", Cue::Navigation, false),
    e("all sections", Cue::Navigation, true), e("more", Cue::Navigation, false),
    e("log in", Cue::Signup, false), e("login", Cue::Signup, false), e("sign in", Cue::Signup, false),
    e("sign out", Cue::Signup, true), e("my account", Cue::Signup, true), e("register", Cue::Signup, false),
    // Sign-up and subscription, with its form text.
    e("sign up", Cue::Signup, false), e("signup", Cue::Signup, false), e("sign-up", Cue::Signup, false),
    e("sign up for", Cue::Signup, true), e("newsletter", Cue::Signup, false),
    e("newsletters", Cue::Signup, false), e("subscribe", Cue::Signup, false),
    e("subscribe now", Cue::Signup, true), e("subscription", Cue::Signup, false),
    e("subscribers", Cue::Signup, false), e("already a subscriber", Cue::Signup, true),
    e("email address", Cue::Signup, false), e("e-mail address", Cue::Signup, false),
    e("enter your email", Cue::Signup, true), e("valid email", Cue::Signup, true),
    e("your inbox", Cue::Signup, true), e("to your inbox", Cue::Signup, true),
    e("thanks for signing up", Cue::Signup, true), e("thank you for signing up", Cue::Signup, true),
    e("privacy notice", Cue::Signup, false), e("would like to be emailed", Cue::Signup, true),
    e("offers, events and updates", Cue::Signup, true), e("get our free", Cue::Signup, true),
    e("free trial", Cue::Signup, true), e("unlimited access", Cue::Signup, true),
    e("create an account", Cue::Signup, true), e("create a free account", Cue::Signup, true),
    e("unsubscribe", Cue::Signup, true), e("get the latest", Cue::Signup, false),
    e("delivered to your", Cue::Signup, true), e("notifications", Cue::Signup, false),
    e("subscribe to", Cue::Signup, true), e("become a member", Cue::Signup, true),
    e("support our journalism", Cue::Signup, true), e("donate", Cue::Signup, false),
    e("tick this box", Cue::Signup, true), e("tick the box", Cue::Signup, true),
    e("reader offers", Cue::Signup, false), e("upgrade to paid", Cue::Signup, true),
    e("read in app", Cue::Navigation, true), e("open in app", Cue::Navigation, true),
    e("show key events only", Cue::Navigation, true),
    // Cookies and consent.
    e("cookie", Cue::Cookie, false), e("cookies", Cue::Cookie, false), e("consent", Cue::Cookie, false),
    e("we use cookies", Cue::Cookie, true), e("accept all", Cue::Cookie, true),
    e("manage preferences", Cue::Cookie, true), e("privacy settings", Cue::Cookie, true),
    e("do not sell", Cue::Cookie, true), e("gdpr", Cue::Cookie, false), e("accept cookies", Cue::Cookie, true),
    // Sharing and following.
    e("share", Cue::Share, false), e("shares", Cue::Share, false), e("share this", Cue::Share, true),
    e("share on", Cue::Share, true), e("tweet", Cue::Share, false), e("facebook", Cue::Share, false),
    e("twitter", Cue::Share, false), e("linkedin", Cue::Share, false), e("pinterest", Cue::Share, false),
    e("whatsapp", Cue::Share, false), e("reddit", Cue::Share, false), e("instagram", Cue::Share, false),
    e("youtube", Cue::Share, false), e("flipboard", Cue::Share, false), e("email this", Cue::Share, true),
    e("copy link", Cue::Share, true), e("print", Cue::Share, false), e("follow us", Cue::Share, true),
    e("follow", Cue::Share, false), e("share this article", Cue::Share, true), e("share via", Cue::Share, true),
    // Related links and teasers.
    e("read more", Cue::Related, true), e("related", Cue::Related, false), e("recommended", Cue::Related, false),
    e("more from", Cue::Related, false), e("you may also like", Cue::Related, true),
    e("you might also like", Cue::Related, true), e("most popular", Cue::Related, true),
    e("most read", Cue::Related, true), e("trending", Cue::Related, false), e("top stories", Cue::Related, true),
    e("latest news", Cue::Related, false), e("more stories", Cue::Related, true), e("up next", Cue::Related, true),
    e("see also", Cue::Related, false), e("editor's picks", Cue::Related, true), e("don't miss", Cue::Related, true),
    e("continue reading", Cue::Related, true), e("popular", Cue::Related, false), e("watch:", Cue::Related, false),
    e("read next", Cue::Related, true), e("more on this", Cue::Related, true), e("click here", Cue::Related, true),
    // Advertising.
    e("advertisement", Cue::Advert, true), e("advertising", Cue::Advert, false), e("sponsored", Cue::Advert, false),
    e("adchoices", Cue::Advert, true), e("ad choices", Cue::Advert, true), e("promoted", Cue::Advert, false),
    e("paid content", Cue::Advert, true), e("partner content", Cue::Advert, true),
    e("story continues below", Cue::Advert, true), e("advertise", Cue::Advert, false), e("shop now", Cue::Advert, true),
    // A shop's buttons and its reviews' furniture.
    e("add to basket", Cue::Advert, true), e("add to cart", Cue::Advert, true),
    e("add to bag", Cue::Advert, true), e("add to wishlist", Cue::Advert, true),
    e("buy now", Cue::Advert, true), e("customers also bought", Cue::Related, true),
    e("customers also viewed", Cue::Related, true), e("frequently bought together", Cue::Related, true),
    e("write a review", Cue::Comments, true), e("verified purchase", Cue::Comments, true),
    e("found this helpful", Cue::Comments, true),
    // A station's line under every story: "For the latest news, weather, sports, …, head to …".
    e("for the latest news", Cue::Related, true),
    // A mail's furniture: "View in browser", the confidentiality footer ("… intended solely
    // for the addressee. If you have received this email in error …"); a syndicated copy's
    // "Sponsored Content" box.
    e("view in browser", Cue::Signup, true), e("received this email in error", Cue::Footer, true),
    e("received this e-mail in error", Cue::Footer, true), e("intended solely for", Cue::Footer, true),
    e("sponsored content", Cue::Advert, true),
    // Comments.
    e("comments", Cue::Comments, false), e("comment", Cue::Comments, false),
    e("join the conversation", Cue::Comments, true), e("leave a comment", Cue::Comments, true),
    e("post a comment", Cue::Comments, true), e("view comments", Cue::Comments, true),
    e("show comments", Cue::Comments, true), e("reply", Cue::Comments, false),
    e("community guidelines", Cue::Comments, true), e("commenting", Cue::Comments, false),
    // Footer and legal.
    e("©", Cue::Footer, false), e("copyright", Cue::Footer, false), e("all rights reserved", Cue::Footer, true),
    e("terms of use", Cue::Footer, true), e("terms of service", Cue::Footer, true),
    e("terms and conditions", Cue::Footer, true), e("privacy policy", Cue::Footer, true),
    e("contact us", Cue::Footer, true), e("about us", Cue::Footer, true), e("careers", Cue::Footer, false),
    e("accessibility", Cue::Footer, false), e("site map", Cue::Footer, true), e("sitemap", Cue::Footer, true),
    e("rss", Cue::Footer, false), e("cookie policy", Cue::Footer, true), e("faq", Cue::Footer, false),
    e("help center", Cue::Footer, true), e("corrections", Cue::Footer, false),
    // A newsletter's closing prompt: "Thanks for reading …! Subscribe for free …".
    e("thanks for reading", Cue::Signup, true),
    // A wire story's note on syndicated copy ("… auto-generated from a syndicated feed.").
    e("syndicated feed", Cue::Footer, true),
    // Photo captions and credits.
    e("getty images", Cue::Caption, true), e("getty", Cue::Caption, false), e("photo:", Cue::Caption, true),
    e("photograph:", Cue::Caption, true), e("image:", Cue::Caption, true), e("credit:", Cue::Caption, true),
    e("photo by", Cue::Caption, true), e("photo credit", Cue::Caption, true), e("file photo", Cue::Caption, true),
    e("ap photo", Cue::Caption, true), e("pa archive", Cue::Caption, true), e("pa wire", Cue::Caption, true),
    e("pa media", Cue::Caption, true), e("shutterstock", Cue::Caption, true), e("alamy", Cue::Caption, true),
    e("image caption", Cue::Caption, true), e("media caption", Cue::Caption, true),
    e("image copyright", Cue::Caption, true), e("photo", Cue::Caption, false), e("photos", Cue::Caption, false),
    e("image", Cue::Caption, false), e("images", Cue::Caption, false), e("courtesy", Cue::Caption, false),
    e("via getty", Cue::Caption, true), e("illustration", Cue::Caption, false), e("video", Cue::Caption, false),
    // Time stamps and reading time.
    e("updated", Cue::Metadata, false), e("published", Cue::Metadata, false), e("posted", Cue::Metadata, false),
    e("min read", Cue::Metadata, true), e("minute read", Cue::Metadata, true), e("ago", Cue::Metadata, false),
    e("for immediate release", Cue::Metadata, true), e("last modified", Cue::Metadata, true), e("reading time", Cue::Metadata, true), e("date", Cue::Metadata, false),
    // Audio players and read times: "Listen to this article · 4 min", "Read Time: 2 min".
    e("listen to this article", Cue::Metadata, true), e("listen to this story", Cue::Metadata, true),
    e("read time", Cue::Metadata, true), e("min listen", Cue::Metadata, true),
    // Bylines.
    e("by", Cue::Byline, false), e("staff writer", Cue::Byline, true), e("correspondent", Cue::Byline, false),
    e("reporter", Cue::Byline, false), e("editor", Cue::Byline, false), e("contributor", Cue::Byline, false),
    e("associated press", Cue::Byline, false), e("written by", Cue::Byline, true), e("author", Cue::Byline, false),
];

/// The phrase list as `(phrase, cue, strong)` (for tests of the scanner).
#[cfg(test)]
pub(crate) fn phrases() -> Vec<(&'static str, Cue, bool)> {
    ENTRIES
        .iter()
        .map(|e| (e.phrase, e.cue, e.strong))
        .collect()
}

/// Substrings that make a line look like a web address (matched anywhere, case-insensitively);
/// scanned for in the same pass as the phrases. Their patterns come after [`ENTRIES`].
const URL_MARKERS: &[&str] = &["http", "www."];

/// One automaton for the phrases and the URL markers, run once over the whole text.
pub(super) fn automaton() -> &'static PhraseAutomaton {
    static AUTOMATON: OnceLock<PhraseAutomaton> = OnceLock::new();
    AUTOMATON.get_or_init(|| {
        PhraseAutomaton::new(
            ENTRIES
                .iter()
                .map(|e| e.phrase)
                .chain(URL_MARKERS.iter().copied()),
        )
    })
}

/// Phrase hits in one line, per cue.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Hits {
    pub any: [u16; 11],
    pub strong: [u16; 11],
    /// Distinct strong phrases seen (a run of call-to-action text has several).
    pub strong_total: u16,
}

impl Hits {
    pub fn has(&self, cue: Cue) -> bool {
        self.any[cue.index()] > 0
    }
    pub fn strong(&self, cue: Cue) -> bool {
        self.strong[cue.index()] > 0
    }
    /// The cue with the most strong hits, then the most hits.
    pub fn top(&self) -> Option<Cue> {
        Cue::ALL
            .iter()
            .copied()
            .filter(|c| self.any[c.index()] > 0)
            .max_by_key(|c| (self.strong[c.index()], self.any[c.index()]))
    }
}

/// What the phrase scan finds in one line.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct LineCues {
    pub hits: Hits,
    /// `http` or `www.` occurs in the line (any case).
    pub url: bool,
}

/// Finds every phrase of the lists in `line` that stands as whole words.
pub fn scan(line: &str) -> Hits {
    let whole = Line {
        span: 0..line.len(),
        blank_before: true,
        blank_after: true,
    };
    scan_lines(line, std::slice::from_ref(&whole))
        .first()
        .map(|c| c.hits)
        .unwrap_or_default()
}

/// [`scan`] for each of `lines` (in text order), in one pass over `text`. No phrase holds a line
/// break or starts or ends with a space, so a match inside a line is exactly a match of the
/// line on its own; matches arrive in order of their ends, so a cursor finds their lines.
pub fn scan_lines(text: &str, lines: &[Line]) -> Vec<LineCues> {
    let mut out = vec![LineCues::default(); lines.len()];
    let bytes = text.as_bytes();
    let automaton = automaton();
    let mut state = automaton.start_state();
    let mut k = 0;
    // Only the bytes of these lines are read (a match must start inside a line): a long text
    // read a group of lines at a time is scanned once in all.
    let from = lines.first().map_or(0, |l| l.span.start);
    let to = lines.last().map_or(0, |l| l.span.end);
    // Every match of every phrase (overlapping ones too), each reported where it ends. A plain
    // slice loop: `enumerate().take().skip()` cost three times the automaton's own step.
    let read = bytes.get(from..to.min(bytes.len())).unwrap_or_default();
    // Each match, reported at its end: counted on its line when it starts inside it.
    let mut report = |state: State, end: usize| {
        while lines.get(k).is_some_and(|l| l.span.end < end) {
            k += 1;
        }
        let (Some(line), Some(cues)) = (lines.get(k), out.get_mut(k)) else {
            return;
        };
        for &phrase in automaton.matches(state) {
            let start = match_start(bytes, end, phrase_bytes(phrase));
            if start >= line.span.start {
                record(cues, phrase as usize, start..end, bytes, &line.span);
            }
        }
    };
    // The phrases are written with single ASCII spaces; a text may join its words by no-break
    // spaces (a phone's or a word processor's paste) or by runs of spaces: each such run is read
    // as one space, and a match's start is found by walking back over the text itself. Most
    // texts have neither, and are read a byte a step without the folding's tests.
    let folds = memchr::memmem::find(read, b"  ").is_some()
        || memchr::memmem::find(read, &NO_BREAK_SPACE).is_some();
    if !folds {
        automaton.scan(state, read, |state, end| report(state, from + end));
        return out;
    }
    let mut at = 0;
    let mut after_space = false;
    while let Some(&byte) = read.get(at) {
        at += 1;
        let byte = if FOLDS[usize::from(byte)] {
            if byte == 0xC2 && read.get(at) == Some(&0xA0) {
                at += 1;
            } else if byte == 0xC2 {
                after_space = false;
                state = automaton.next_state(state, byte);
                continue;
            }
            if after_space {
                continue;
            }
            after_space = true;
            b' '
        } else {
            after_space = false;
            byte
        };
        state = automaton.next_state(state, byte);
        if state.is_match() {
            report(state, from + at);
        }
    }
    out
}

/// Counts one match lying inside the line at `line` (byte range in `bytes`).
fn record(cues: &mut LineCues, pattern: usize, m: Range<usize>, bytes: &[u8], line: &Range<usize>) {
    let Some(entry) = ENTRIES.get(pattern) else {
        cues.url = true;
        return;
    };
    // Word edges are checked only where the phrase itself starts or ends with a letter.
    let first_is_word = entry.phrase.bytes().next().is_some_and(is_word_byte);
    let last_is_word = entry.phrase.bytes().last().is_some_and(is_word_byte);
    let before_ok = !first_is_word || m.start <= line.start || !word_ends_at(bytes, m.start);
    let after_ok = !last_is_word || m.end >= line.end || !word_starts_at(bytes, m.end);
    if !(before_ok && after_ok) {
        return;
    }
    let hits = &mut cues.hits;
    let k = entry.cue.index();
    hits.any[k] = hits.any[k].saturating_add(1);
    if entry.strong {
        hits.strong[k] = hits.strong[k].saturating_add(1);
        hits.strong_total = hits.strong_total.saturating_add(1);
    }
}

/// Letters, digits and any non-ASCII byte (so a phrase never matches inside a longer word).
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

/// A no-break space, U+00A0.
const NO_BREAK_SPACE: [u8; 2] = [0xC2, 0xA0];

/// Bytes the phrase scan reads specially: a space, and the first byte of a no-break space.
const FOLDS: [bool; 256] = {
    let mut t = [false; 256];
    t[b' ' as usize] = true;
    t[0xC2] = true;
    t
};

/// Whether a word's letter ends just before `at` (a no-break space is no letter).
fn word_ends_at(bytes: &[u8], at: usize) -> bool {
    let before = bytes.get(..at).unwrap_or_default();
    !before.ends_with(&NO_BREAK_SPACE) && before.last().copied().is_some_and(is_word_byte)
}

/// Whether a word's letter starts at `at` (a no-break space is no letter).
fn word_starts_at(bytes: &[u8], at: usize) -> bool {
    let after = bytes.get(at..).unwrap_or_default();
    !after.starts_with(&NO_BREAK_SPACE) && after.first().copied().is_some_and(is_word_byte)
}

/// The bytes of pattern `id` (a phrase, or a URL marker after the phrases).
fn phrase_bytes(id: u32) -> &'static [u8] {
    let id = id as usize;
    match ENTRIES.get(id) {
        Some(entry) => entry.phrase.as_bytes(),
        None => URL_MARKERS
            .get(id.saturating_sub(ENTRIES.len()))
            .map_or(&[][..], |m| m.as_bytes()),
    }
}

/// Where a match of `phrase` ending at `end` starts in `bytes`: walked back byte by byte, a
/// space of the phrase taking the whole run of spaces and no-break spaces the scan read as one.
fn match_start(bytes: &[u8], end: usize, phrase: &[u8]) -> usize {
    let mut at = end;
    for &b in phrase.iter().rev() {
        if b != b' ' {
            at = at.saturating_sub(1);
            continue;
        }
        loop {
            let before = bytes.get(..at).unwrap_or_default();
            if before.ends_with(b" ") {
                at -= 1;
            } else if before.ends_with(&NO_BREAK_SPACE) {
                at -= 2;
            } else {
                break;
            }
        }
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_cues() {
        let cases: &[(&str, &str, Option<Cue>)] = &[
            (
                "sign-up form",
                "Please enter a valid email address",
                Some(Cue::Signup),
            ),
            (
                "cookie notice",
                "We use cookies to improve your experience. Accept all",
                Some(Cue::Cookie),
            ),
            (
                "share row",
                "Share this article on Facebook",
                Some(Cue::Share),
            ),
            (
                "related",
                "Read more: Council backs new bridge",
                Some(Cue::Related),
            ),
            (
                "credit",
                "Firefighters at the scene (Getty Images)",
                Some(Cue::Caption),
            ),
            (
                "legal",
                "© 2031 Example Media. All rights reserved.",
                Some(Cue::Footer),
            ),
            (
                "no partial words",
                "The homeowner shared a photograph",
                None,
            ),
            (
                "prose",
                "The mayor said the bridge would open in spring.",
                None,
            ),
        ];
        for (name, line, want) in cases {
            assert_eq!(scan(line).top(), *want, "{name}");
        }
    }

    #[test]
    fn strong_phrases_count() {
        let h = scan("Sign up for our newsletter to get the best stories delivered to your inbox");
        assert!(h.strong(Cue::Signup));
        assert!(h.strong_total >= 2);
    }
}
