//! Reading a page: its visible words, each with its flags and innermost block container, and
//! the container that holds the article.

use html5gum::{DefaultEmitter, Token, Tokenizer};

use super::flags::*;
use super::words::*;

/// Upper bound on words read from the HTML (a page has far fewer; this bounds memory).
const MAX_WORDS: usize = 2_000_000;
/// Deeper nesting than this is treated as flat (bounds the end-tag search).
const MAX_DEPTH: usize = 512;

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
pub(super) struct Page {
    pub(super) words: Vec<u64>,
    pub(super) flags: Vec<u64>,
    pub(super) containers: Vec<u32>,
    /// Per container: the share of its words (its descendants' included) inside links, and
    /// `ln(1 + words)`.
    pub(super) link_density: Vec<f32>,
    pub(super) log_words: Vec<f32>,
}

pub(super) const NO_CONTAINER: u32 = u32::MAX;

/// Tokenizes `html` into words with flags; marks the words of the block container that directly
/// holds the most non-link text (the readability idea) with `h_best_block`.
pub(super) fn read_page(html: &str) -> Page {
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
