//! The page's own title from its `<head>` (`og:title`, `<title>`) and the lines of the text
//! that hold it.

use html5gum::{DefaultEmitter, Token, Tokenizer};

use super::line_words;
use crate::boilerplate::lines::Line;

/// How much of the HTML [`page_title`] reads at most: the `<head>` is at the start.
const TITLE_SCAN: usize = 256 * 1024;

/// The page's own title from its `<head>`: `og:title` (or `twitter:title`), else `<title>`,
/// with the site's name taken off ("Headline | Site", "Headline - Site": the longest part).
/// Reads up to the `<body>` (at most [`TITLE_SCAN`] bytes); none when the paste has no head.
pub fn page_title(html: &str) -> Option<String> {
    let mut end = html.len().min(TITLE_SCAN);
    while !html.is_char_boundary(end) {
        end -= 1;
    }
    let head = html.get(..end)?;
    let mut meta: Option<String> = None;
    let mut title: Option<String> = None;
    let mut in_title = false;
    let mut emitter = DefaultEmitter::default();
    emitter.naively_switch_states(true);
    for token in Tokenizer::new_with_emitter(head, emitter).flatten() {
        match token {
            Token::StartTag(tag) => {
                let name = tag.name.to_ascii_lowercase();
                match name.as_slice() {
                    b"body" => break,
                    b"title" => in_title = title.is_none(),
                    b"meta" if meta.is_none() => {
                        let attr = |k: &[u8]| {
                            tag.attributes
                                .iter()
                                .find(|(key, _)| key.eq_ignore_ascii_case(k))
                                .map(|(_, v)| String::from_utf8_lossy(v).into_owned())
                        };
                        let kind = attr(b"property").or_else(|| attr(b"name"));
                        if kind.is_some_and(|k| {
                            k.eq_ignore_ascii_case("og:title")
                                || k.eq_ignore_ascii_case("twitter:title")
                        }) {
                            meta = attr(b"content").filter(|c| !c.trim().is_empty());
                        }
                    }
                    _ => {}
                }
            }
            Token::EndTag(tag) if tag.name.eq_ignore_ascii_case(b"title") => in_title = false,
            Token::String(text) if in_title => {
                title
                    .get_or_insert_with(String::new)
                    .push_str(&String::from_utf8_lossy(&text));
            }
            _ => {}
        }
    }
    let full = meta.or(title)?;
    without_site_name(&full)
}

/// The longest part of a page title split at ` | `, ` - `, ` – `, ` — `, ` :: ` or ` · `.
fn without_site_name(title: &str) -> Option<String> {
    let mut parts: Vec<&str> = vec![title];
    for sep in [" | ", " - ", " – ", " — ", " :: ", " · "] {
        parts = parts.iter().flat_map(|p| p.split(sep)).collect();
    }
    parts
        .into_iter()
        .map(str::trim)
        .max_by_key(|p| p.split_whitespace().count())
        .filter(|p| !p.is_empty())
        .map(|p| {
            p.replace("&amp;", "&")
                .replace("&#39;", "'")
                .replace("&quot;", "\"")
        })
}

/// The lines of `text` that are the page title `title`: most of their words are the title's
/// and most of the title's words are in them (four in five both ways).
pub fn title_lines(title: &str, text: &str, lines: &[Line]) -> Vec<usize> {
    let mut want = line_words(title);
    crate::sorting::sort_plain(&mut want);
    want.dedup();
    if want.is_empty() {
        return Vec::new();
    }
    (0..lines.len())
        .filter(|k| {
            let line = lines.get(*k).and_then(|l| text.get(l.span.clone()));
            let mut words = line_words(line.unwrap_or(""));
            crate::sorting::sort_plain(&mut words);
            words.dedup();
            let both = words
                .iter()
                .filter(|w| want.binary_search(w).is_ok())
                .count();
            !words.is_empty() && both * 5 >= words.len() * 4 && both * 5 >= want.len() * 4
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_titles_lose_the_site_name() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            (
                "og title over title",
                "<html><head><title>Other | Site</title><meta property=\"og:title\" content=\"Harbour council backs new crossing\"></head><body><p>x</p></body></html>",
                Some("Harbour council backs new crossing"),
            ),
            (
                "title with a site name after a bar",
                "<html><head><title>Harbour council backs new crossing | The Example Herald</title></head><body></body></html>",
                Some("Harbour council backs new crossing"),
            ),
            (
                "site name first with a dash",
                "<head><title>Herald - Harbour council backs new crossing</title></head>",
                Some("Harbour council backs new crossing"),
            ),
            (
                "a fragment without a head",
                "<p>Harbour council backs new crossing</p>",
                None,
            ),
            (
                "a title after the body starts is not the page's",
                "<body><svg><title>Close</title></svg></body>",
                None,
            ),
        ];
        for (name, html, want) in cases {
            assert_eq!(page_title(html).as_deref(), *want, "{name}");
        }
    }
}
