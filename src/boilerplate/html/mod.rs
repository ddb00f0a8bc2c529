//! Reads the structure of the HTML a text was copied from (a rich paste) and gives each line of
//! the text what the markup says about it: inside `<nav>`, a link, a `class="newsletter"`, the
//! page's main block of paragraphs, … The HTML is only tokenized (html5gum); nothing in it runs.
//!
//! Lines are found in the HTML by their words: both sides become streams of lowercased words,
//! and each line is anchored by its first (else last) three words at the first occurrence after
//! the previous line's match. Work and memory are linear in the input (the index is a sorted
//! vector, searched by bisection).

use super::lines::Line;

mod flags;
mod page;
mod title;
mod words;

pub use flags::FEATURE_NAMES;
use flags::*;
use page::*;
pub use title::{page_title, title_lines};
use words::*;

/// What the markup says about one line: per flag, the share of the line's words that carry it.
#[derive(Debug, Clone, PartialEq)]
pub struct HtmlLine {
    pub features: Vec<f32>,
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
