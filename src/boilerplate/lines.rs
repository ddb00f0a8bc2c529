//! Splits a text into its non-blank lines, with byte ranges trimmed of surrounding whitespace.

use std::ops::Range;

/// One non-blank line of the input.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// The line's text without surrounding whitespace (no `\n`, no `\r`), in UTF-8 bytes.
    pub span: Range<usize>,
    /// A blank line (or the start of the text) comes right before this line.
    pub blank_before: bool,
    /// A blank line (or the end of the text) comes right after this line.
    pub blank_after: bool,
}

/// The non-blank lines of `text` in order. Handles `\n`, `\r\n` and lone `\r` line ends.
pub fn split(text: &str) -> Vec<Line> {
    let mut lines: Vec<Line> = Vec::new();
    let mut blank_pending = true;
    let bytes = text.as_bytes();
    let mut start = 0;
    loop {
        let end = memchr::memchr2(b'\n', b'\r', bytes.get(start..).unwrap_or(&[]))
            .map_or(bytes.len(), |p| start + p);
        let raw = text.get(start..end).unwrap_or("");
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            if let Some(last) = lines.last_mut() {
                last.blank_after = true;
            }
            blank_pending = true;
        } else {
            let lead = raw.len() - raw.trim_start().len();
            let begin = start + lead;
            lines.push(Line {
                span: begin..begin + trimmed.len(),
                blank_before: blank_pending,
                blank_after: false,
            });
            blank_pending = false;
        }
        let Some(&brk) = bytes.get(end) else {
            break;
        };
        // A CRLF pair is one line end.
        start = if brk == b'\r' && bytes.get(end + 1) == Some(&b'\n') {
            end + 2
        } else {
            end + 1
        };
    }
    if let Some(last) = lines.last_mut() {
        last.blank_after = true;
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_lines() {
        let cases: &[(&str, &str, &[&str])] = &[
            ("empty", "", &[]),
            ("one line", "Hello world.", &["Hello world."]),
            ("lf", "a\nb\n\nc", &["a", "b", "c"]),
            ("crlf", "a\r\nb\r\n\r\n  c  \r\n", &["a", "b", "c"]),
            ("lone cr", "a\rb", &["a", "b"]),
            ("nbsp trimmed", "\u{a0}x\u{a0}\n", &["x"]),
            ("cjk and emoji", "東京 🎉\n北京", &["東京 🎉", "北京"]),
        ];
        for (name, text, want) in cases {
            let got: Vec<&str> = split(text).iter().map(|l| &text[l.span.clone()]).collect();
            assert_eq!(&got, want, "{name}");
        }
    }

    #[test]
    fn marks_blank_neighbours() {
        let text = "a\nb\n\nc";
        let lines = split(text);
        let flags: Vec<(bool, bool)> = lines
            .iter()
            .map(|l| (l.blank_before, l.blank_after))
            .collect();
        assert_eq!(flags, vec![(true, false), (false, true), (true, true)]);
    }
}
