//! Reads the structure of the HTML a text was copied from (a rich paste) and gives each line of
//! the text what the markup says about it: inside `<nav>`, a link, a `class="newsletter"`, the
//! page's main block of paragraphs, … The HTML is only tokenized (html5gum); nothing in it runs.
//!
//! Lines are found in the HTML by their words: both sides become streams of lowercased words,
//! and each line is anchored by its first (else last) three words at the first occurrence after
//! the previous line's match. Work and memory are linear in the input (the index is a sorted
//! vector, searched by bisection).

use html5gum::{DefaultEmitter, Token, Tokenizer};

use super::lines::Line;

mod title;
pub use title::{page_title, title_lines};

/// What the markup says about one line: per flag, the share of the line's words that carry it.
#[derive(Debug, Clone, PartialEq)]
pub struct HtmlLine {
    pub features: Vec<f32>,
}

/// Structural flags of a word (bits of a `u64`): the HTML feature names after `h_found`.
#[rustfmt::skip]
#[cfg(test)]
const FLAGS: &[&str] = &[
    "h_link", "h_nav", "h_header", "h_footer", "h_aside", "h_form", "h_article", "h_main", "h_p",
    "h_h1", "h_hx", "h_figure", "h_li", "h_blockquote", "h_table", "h_time",
    "c_nav", "c_footer", "c_share", "c_signup", "c_ad", "c_related", "c_comment", "c_caption",
    "c_byline", "c_body", "c_cookie", "c_hidden", "c_header", "c_sidebar", "c_title",
    "h_best_block", "h_best_clean",
];

pub const FEATURE_NAMES: &[&str] = &[
    "h_found",
    "h_link",
    "h_nav",
    "h_header",
    "h_footer",
    "h_aside",
    "h_form",
    "h_article",
    "h_main",
    "h_p",
    "h_h1",
    "h_hx",
    "h_figure",
    "h_li",
    "h_blockquote",
    "h_table",
    "h_time",
    "c_nav",
    "c_footer",
    "c_share",
    "c_signup",
    "c_ad",
    "c_related",
    "c_comment",
    "c_caption",
    "c_byline",
    "c_body",
    "c_cookie",
    "c_hidden",
    "c_header",
    "c_sidebar",
    "c_title",
    "h_best_block",
    "h_best_clean",
    "h_block_links",
    "h_block_words",
];

/// Flag bits counted per line (`h_link` … `h_best_clean`): the features after `h_found`.
const COUNTED_BITS: usize = 33;

const LINK: u64 = 1 << 0;
const BEST: u64 = 1 << 31;
/// In the block that holds the most text outside navigation, asides, footers, forms, comments,
/// sharing, sign-up, advert, related-links and hidden parts (a comments thread or a sidebar of
/// teasers may hold more text than a short article).
const BEST_CLEAN: u64 = 1 << 32;
/// An element's own tags, roles and classes that make its text page furniture, not the article:
/// `nav`, `footer`, `aside`, `form`, and the class words for navigation, footer, share, sign-up,
/// advert, related links, comments, cookie notices, hidden text and sidebars.
const FURNITURE: u64 = (1 << 1)
    | (1 << 3)
    | (1 << 4)
    | (1 << 5)
    | (1 << 16)
    | (1 << 17)
    | (1 << 18)
    | (1 << 19)
    | (1 << 20)
    | (1 << 21)
    | (1 << 22)
    | (1 << 26)
    | (1 << 27)
    | (1 << 29);
/// Text under these never reaches `innerText` (a bit past the feature flags).
const SKIP: u64 = 1 << 40;

/// Upper bound on words read from the HTML (a page has far fewer; this bounds memory).
const MAX_WORDS: usize = 2_000_000;
/// Deeper nesting than this is treated as flat (bounds the end-tag search).
const MAX_DEPTH: usize = 512;

fn tag_flags(name: &[u8]) -> u64 {
    let bit = |n: usize| 1u64 << n;
    match name {
        b"a" => LINK,
        b"nav" => bit(1),
        b"header" => bit(2),
        b"footer" => bit(3),
        b"aside" => bit(4),
        b"form" | b"button" | b"label" | b"select" | b"option" | b"input" => bit(5),
        b"article" => bit(6),
        b"main" => bit(7),
        b"p" => 1 << 8,
        b"h1" => bit(9),
        b"h2" | b"h3" | b"h4" | b"h5" | b"h6" => bit(10),
        b"figure" | b"figcaption" => bit(11),
        b"li" => bit(12),
        b"blockquote" => bit(13),
        b"table" => bit(14),
        b"time" => bit(15),
        // Not `head`: pages often leave it open, and browsers close it at the first body tag.
        b"script" | b"style" | b"noscript" | b"template" | b"title" | b"svg" | b"iframe" => SKIP,
        _ => 0,
    }
}

fn role_flags(role: &str) -> u64 {
    match role {
        "navigation" | "menu" | "menubar" => 1 << 1,
        "banner" => 1 << 2,
        "contentinfo" => 1 << 3,
        "complementary" => 1 << 4,
        "main" => 1 << 7,
        "article" => 1 << 6,
        "button" | "form" | "search" => 1 << 5,
        _ => 0,
    }
}

/// Flags from words in `class` and `id` values (`site-nav`, `newsletter-signup`, `ad-slot`).
fn class_flags(value: &str) -> u64 {
    let mut f = 0u64;
    for word in value
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let w = word.to_ascii_lowercase();
        let has = |p: &str| w.contains(p);
        let bit = |n: usize| 1u64 << n;
        if has("nav") || has("menu") || has("breadcrumb") {
            f |= bit(16);
        }
        if has("footer") || has("copyright") || has("legal") {
            f |= bit(17);
        }
        if has("share") || has("social") || has("sharing") {
            f |= bit(18);
        }
        if has("newsletter") || has("signup") || has("subscri") || has("paywall") || has("regwall")
        {
            f |= bit(19);
        }
        if matches!(w.as_str(), "ad" | "ads" | "dfp" | "gpt")
            || has("advert")
            || has("promo")
            || has("sponsor")
            || w.starts_with("ad")
                && w.len() <= 6
                && w.chars().nth(2).is_some_and(|c| c.is_ascii_digit())
        {
            f |= bit(20);
        }
        if has("related")
            || has("recommend")
            || has("trending")
            || has("popular")
            || has("teaser")
            || has("outbrain")
            || has("taboola")
        {
            f |= bit(21);
        }
        if has("comment") || has("disqus") {
            f |= bit(22);
        }
        if has("caption") || has("credit") {
            f |= bit(23);
        }
        if has("byline")
            || has("author")
            || has("dateline")
            || has("timestamp")
            || w == "date"
            || w == "meta"
            || has("published")
        {
            f |= bit(24);
        }
        if matches!(w.as_str(), "body" | "content" | "text" | "entry" | "prose")
            || has("articlebody")
            || has("storybody")
            || has("article")
            || has("story")
            || has("post")
        {
            f |= bit(25);
        }
        if has("cookie") || has("consent") || has("gdpr") {
            f |= bit(26);
        }
        if has("hidden") || has("sronly") || w == "sr" || has("visually") || has("offscreen") {
            f |= bit(27);
        }
        if has("header") || has("masthead") || has("banner") || has("topbar") {
            f |= bit(28);
        }
        if has("sidebar") || has("widget") || has("rail") {
            f |= bit(29);
        }
        if has("headline") || has("title") || has("standfirst") || has("summary") || has("dek") {
            f |= bit(30);
        }
    }
    f
}

/// Tags that end a word (block boxes and line breaks); other tags, like `<b>`, do not.
fn breaks_words(name: &[u8]) -> bool {
    !matches!(
        name,
        b"a" | b"b"
            | b"i"
            | b"em"
            | b"strong"
            | b"span"
            | b"small"
            | b"sup"
            | b"sub"
            | b"u"
            | b"abbr"
            | b"cite"
            | b"code"
            | b"mark"
            | b"q"
            | b"s"
            | b"time"
            | b"font"
    )
}

fn is_void(name: &[u8]) -> bool {
    matches!(
        name,
        b"area"
            | b"base"
            | b"br"
            | b"col"
            | b"embed"
            | b"hr"
            | b"img"
            | b"input"
            | b"link"
            | b"meta"
            | b"source"
            | b"track"
            | b"wbr"
    )
}

struct Frame {
    name: Vec<u8>,
    flags: u64,
    /// The nearest enclosing block container (this element, if it is one): where its text counts.
    container: Option<usize>,
    /// This element or one of its ancestors (below `<body>`) is page furniture ([`FURNITURE`]).
    furniture: bool,
}

/// Elements whose own text (paragraphs included, links excluded) is summed to find the block
/// that holds the article.
fn is_container(name: &[u8]) -> bool {
    matches!(
        name,
        b"div" | b"article" | b"section" | b"main" | b"td" | b"body"
    )
}

/// The words of the page's visible text, each with its flags and the innermost block container
/// it sits in ([`NO_CONTAINER`] when none).
struct Page {
    words: Vec<u64>,
    flags: Vec<u64>,
    containers: Vec<u32>,
    /// Per container: the share of its words (its descendants' included) inside links, and
    /// `ln(1 + words)`.
    link_density: Vec<f32>,
    log_words: Vec<f32>,
}

const NO_CONTAINER: u32 = u32::MAX;

/// Tokenizes `html` into words with flags; marks the words of the block container that directly
/// holds the most non-link text (the readability idea) with `h_best_block`.
fn read_page(html: &str) -> Page {
    let mut page = Page {
        words: Vec::new(),
        flags: Vec::new(),
        containers: Vec::new(),
        link_density: Vec::new(),
        log_words: Vec::new(),
    };
    let mut stack: Vec<Frame> = Vec::new();
    // Per container: first word, end word, and the non-link words directly inside it.
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let mut own_words: Vec<usize> = Vec::new();
    let mut furniture: Vec<bool> = Vec::new();
    let mut word = WordBuilder::default();
    let mut emitter = DefaultEmitter::default();
    // `<script>`, `<style>` and friends hold raw text, not markup.
    emitter.naively_switch_states(true);
    for token in Tokenizer::new_with_emitter(html, emitter).flatten() {
        if page.words.len() >= MAX_WORDS {
            break;
        }
        match token {
            Token::StartTag(tag) => {
                let name = tag.name.to_ascii_lowercase();
                if breaks_words(&name) {
                    word.finish(&mut page);
                }
                let parent = stack.last();
                let mut own = tag_flags(&name);
                for (key, value) in &tag.attributes {
                    let value = String::from_utf8_lossy(value);
                    match key.as_slice() {
                        b"class" | b"id" => own |= class_flags(&value),
                        b"role" => own |= role_flags(&value.to_ascii_lowercase()),
                        b"hidden" => own |= 1u64 << 27,
                        b"aria-hidden" if value.eq_ignore_ascii_case("true") => own |= 1u64 << 27,
                        _ => {}
                    }
                }
                let flags = parent.map_or(0, |f| f.flags) | own;
                // A class on `<html>` or `<body>` ("has-sidebar") says nothing of one block.
                let is_root = matches!(name.as_slice(), b"html" | b"body");
                let in_furniture =
                    parent.is_some_and(|f| f.furniture) || (!is_root && own & FURNITURE != 0);
                if is_void(&name) || tag.self_closing || stack.len() >= MAX_DEPTH {
                    continue;
                }
                let container = if is_container(&name) {
                    spans.push((page.words.len(), page.words.len()));
                    own_words.push(0);
                    furniture.push(in_furniture);
                    Some(spans.len() - 1)
                } else {
                    parent.and_then(|f| f.container)
                };
                stack.push(Frame {
                    name,
                    flags,
                    container,
                    furniture: in_furniture,
                });
            }
            Token::EndTag(tag) => {
                let name = tag.name.to_ascii_lowercase();
                if breaks_words(&name) {
                    word.finish(&mut page);
                }
                if let Some(depth) = stack.iter().rposition(|f| f.name == name) {
                    while stack.len() > depth {
                        if let Some(frame) = stack.pop() {
                            close(&frame, &stack, &mut spans, page.words.len());
                        }
                    }
                }
            }
            Token::String(text) => {
                let top = stack.last();
                let flags = top.map_or(0, |f| f.flags);
                if flags & SKIP != 0 {
                    continue;
                }
                word.container = top
                    .and_then(|f| f.container)
                    .and_then(|c| u32::try_from(c).ok())
                    .unwrap_or(NO_CONTAINER);
                let before = page.words.len();
                if text.is_ascii() {
                    for &b in text.iter() {
                        if b.is_ascii_alphanumeric() {
                            word.push_ascii(b, flags);
                        } else {
                            word.finish(&mut page);
                        }
                    }
                } else {
                    for c in String::from_utf8_lossy(&text).chars() {
                        if c.is_alphanumeric() {
                            word.push(c, flags);
                        } else {
                            word.finish(&mut page);
                        }
                    }
                }
                if flags & LINK == 0 {
                    if let Some(count) = top
                        .and_then(|f| f.container)
                        .and_then(|c| own_words.get_mut(c))
                    {
                        *count += page.words.len() - before;
                    }
                }
            }
            _ => {}
        }
    }
    word.finish(&mut page);
    while let Some(frame) = stack.pop() {
        close(&frame, &stack, &mut spans, page.words.len());
    }
    let best = own_words.iter().enumerate().max_by_key(|(_, w)| **w);
    let best_clean = own_words
        .iter()
        .enumerate()
        .filter(|(c, _)| !furniture.get(*c).copied().unwrap_or(false))
        .max_by_key(|(_, w)| **w);
    for (found, bit) in [(best, BEST), (best_clean, BEST_CLEAN)] {
        if let Some(&(a, z)) = found.and_then(|(c, _)| spans.get(c)) {
            for f in page.flags.get_mut(a..z).unwrap_or(&mut []) {
                *f |= bit;
            }
        }
    }
    // Links per container, from a running count of link words.
    let mut links_before = Vec::with_capacity(page.flags.len() + 1);
    let mut links = 0u32;
    links_before.push(0);
    for f in &page.flags {
        links += u32::from(f & LINK != 0);
        links_before.push(links);
    }
    for &(a, z) in &spans {
        let words = z.saturating_sub(a);
        let linked =
            links_before.get(z).copied().unwrap_or(0) - links_before.get(a).copied().unwrap_or(0);
        page.link_density.push(if words == 0 {
            0.0
        } else {
            linked as f32 / words as f32
        });
        page.log_words.push((1.0 + words as f32).ln());
    }
    page
}

/// Records where a container's words end.
fn close(frame: &Frame, stack: &[Frame], spans: &mut [(usize, usize)], end: usize) {
    let own = frame.container;
    let parents = stack.last().and_then(|f| f.container);
    // Only a container's own frame closes its span (its children share the id).
    if is_container(&frame.name) && own != parents {
        if let Some(span) = own.and_then(|c| spans.get_mut(c)) {
            span.1 = end;
        }
    }
}

/// Builds one lowercased word's hash across text tokens.
#[derive(Default)]
struct WordBuilder {
    hash: u64,
    len: usize,
    flags: u64,
    /// The container of the text the word is read from (set before each text token).
    container: u32,
    /// The container of the word's first letter.
    word_container: u32,
}

impl WordBuilder {
    fn push(&mut self, c: char, flags: u64) {
        if self.len == 0 {
            self.hash = FNV_OFFSET;
            self.flags = flags;
            self.word_container = self.container;
        }
        for l in c.to_lowercase() {
            self.hash = fnv(self.hash, l as u64);
        }
        self.len += 1;
    }

    /// [`WordBuilder::push`] for an ASCII letter or digit (its lowercase is one byte).
    fn push_ascii(&mut self, b: u8, flags: u64) {
        if self.len == 0 {
            self.hash = FNV_OFFSET;
            self.flags = flags;
            self.word_container = self.container;
        }
        self.hash = fnv(self.hash, u64::from(b.to_ascii_lowercase()));
        self.len += 1;
    }

    fn finish(&mut self, page: &mut Page) {
        if self.len > 0 {
            page.words.push(self.hash);
            page.flags.push(self.flags);
            page.containers.push(self.word_container);
            self.len = 0;
        }
    }
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

fn fnv(h: u64, x: u64) -> u64 {
    (h ^ x).wrapping_mul(0x0100_0000_01b3)
}

/// The lowercased words of a line, hashed the same way as the page's words.
fn line_words(line: &str) -> Vec<u64> {
    let mut out = Vec::new();
    let mut h = FNV_OFFSET;
    let mut len = 0;
    for c in line.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                h = fnv(h, u64::from(c.to_ascii_lowercase()));
                len += 1;
                continue;
            }
        } else if c.is_alphanumeric() {
            for l in c.to_lowercase() {
                h = fnv(h, l as u64);
            }
            len += 1;
            continue;
        }
        if len > 0 {
            out.push(h);
            h = FNV_OFFSET;
            len = 0;
        }
    }
    if len > 0 {
        out.push(h);
    }
    out
}

fn gram_key(words: &[u64]) -> u64 {
    words.iter().fold(words.len() as u64, |h, w| fnv(h, *w))
}

/// Sorted `(key of the 1-, 2- and 3-word runs starting at a position, position)`.
fn index(words: &[u64]) -> Vec<(u64, u32)> {
    let mut idx = Vec::with_capacity(words.len() * 3);
    for i in 0..words.len() {
        for k in 1..=3 {
            if let Some(run) = words.get(i..i + k) {
                idx.push((gram_key(run), i as u32));
            }
        }
    }
    sort_index(idx)
}

/// Sorts the index entries: first into buckets by the top bits of their keys (the keys are
/// hashes, so the buckets come out small and even), then each bucket on its own. The result is
/// exactly `sort_unstable`'s, at a fraction of the comparisons.
fn sort_index(idx: Vec<(u64, u32)>) -> Vec<(u64, u32)> {
    let n = idx.len();
    let bits = (usize::BITS - n.leading_zeros())
        .saturating_sub(3)
        .clamp(1, 16);
    let buckets = 1usize << bits;
    let bucket = |key: u64| (key >> (64 - bits)) as usize;
    // starts[b]..starts[b + 1] is bucket b's place in the output.
    let mut starts = vec![0usize; buckets + 1];
    for e in &idx {
        if let Some(c) = starts.get_mut(bucket(e.0) + 1) {
            *c += 1;
        }
    }
    let mut total = 0;
    for s in starts.iter_mut() {
        total += *s;
        *s = total;
    }
    let mut next = starts.clone();
    let mut out = vec![(0u64, 0u32); n];
    for e in idx {
        if let Some(at) = next.get_mut(bucket(e.0)) {
            if let Some(slot) = out.get_mut(*at) {
                *slot = e;
            }
            *at += 1;
        }
    }
    for w in starts.windows(2) {
        if let Some(run) = out.get_mut(w[0]..w[1]) {
            run.sort_unstable();
        }
    }
    out
}

/// First position of `key` at or after `from`, else the first anywhere.
fn find(idx: &[(u64, u32)], key: u64, from: usize) -> Option<usize> {
    let lo = idx.partition_point(|e| e.0 < key);
    let hi = idx.partition_point(|e| e.0 <= key);
    let hits = idx.get(lo..hi)?;
    let after = hits.partition_point(|e| (e.1 as usize) < from);
    hits.get(after).or(hits.first()).map(|e| e.1 as usize)
}

/// What the HTML says about each line of `text`.
pub fn read(html: &str, text: &str, lines: &[Line]) -> Vec<HtmlLine> {
    let page = read_page(html);
    let idx = index(&page.words);
    let mut cursor = 0usize;
    lines
        .iter()
        .map(|l| {
            let words = line_words(text.get(l.span.clone()).unwrap_or(""));
            let mut features = vec![0.0f32; FEATURE_NAMES.len()];
            let k = words.len().min(3);
            if k == 0 {
                return HtmlLine { features };
            }
            let head = find(&idx, gram_key(&words[..k]), cursor);
            let tail = || {
                let start = words.len() - k;
                find(&idx, gram_key(&words[start..]), cursor).and_then(|p| p.checked_sub(start))
            };
            let Some(at) = head.or_else(tail) else {
                return HtmlLine { features };
            };
            let end = (at + words.len()).min(page.words.len());
            let mut matched = 0usize;
            let mut counts = [0usize; COUNTED_BITS];
            let (mut density, mut size) = (0.0f32, 0.0f32);
            for (i, w) in (at..end).zip(&words) {
                if page.words.get(i) == Some(w) {
                    matched += 1;
                    let f = page.flags.get(i).copied().unwrap_or(0);
                    for (bit, c) in counts.iter_mut().enumerate() {
                        if f & (1 << bit) != 0 {
                            *c += 1;
                        }
                    }
                    let c = page.containers.get(i).copied().unwrap_or(NO_CONTAINER) as usize;
                    density += page.link_density.get(c).copied().unwrap_or(0.0);
                    size += page.log_words.get(c).copied().unwrap_or(0.0);
                }
            }
            if matched * 2 >= words.len() {
                cursor = end;
            }
            features[0] = matched as f32 / words.len() as f32;
            let denom = matched.max(1) as f32;
            for (slot, c) in features[1..].iter_mut().zip(counts.iter()) {
                *slot = *c as f32 / denom;
            }
            if let Some(tail) = features.get_mut(1 + COUNTED_BITS..) {
                for (slot, x) in tail.iter_mut().zip([density, size / 10.0]) {
                    *slot = x / denom;
                }
            }
            HtmlLine { features }
        })
        .collect()
}

/// The first line most of whose words sit in an `<h1>` (the page's own headline), if any.
pub fn h1_line(lines: &[HtmlLine]) -> Option<usize> {
    let j = FEATURE_NAMES.iter().position(|n| *n == "h_h1")?;
    lines
        .iter()
        .position(|l| l.features.get(j).is_some_and(|x| *x >= 0.5))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_line_up() {
        assert_eq!(FEATURE_NAMES.len(), FLAGS.len() + 3);
        assert_eq!(&FEATURE_NAMES[1..FLAGS.len() + 1], FLAGS);
        assert_eq!(FLAGS.len(), COUNTED_BITS);
    }
}
