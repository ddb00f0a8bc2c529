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
    iter(text).collect()
}

/// The lines of [`split`] one at a time, so a long text's lines need not all be held at once.
pub fn iter(text: &str) -> Lines<'_> {
    Lines {
        text,
        start: 0,
        done: false,
        blank_pending: true,
        pending: None,
    }
}

/// Iterator over the non-blank lines of a text (see [`iter`]).
pub struct Lines<'a> {
    text: &'a str,
    /// Where the next raw line starts.
    start: usize,
    done: bool,
    blank_pending: bool,
    /// A line read but not given out yet: whether a blank line follows it is still unknown.
    pending: Option<Line>,
}

impl Iterator for Lines<'_> {
    type Item = Line;

    fn next(&mut self) -> Option<Line> {
        let bytes = self.text.as_bytes();
        while !self.done {
            let start = self.start;
            let end = memchr::memchr2(b'\n', b'\r', bytes.get(start..).unwrap_or(&[]))
                .map_or(bytes.len(), |p| start + p);
            let raw = self.text.get(start..end).unwrap_or("");
            let trimmed = raw.trim();
            match bytes.get(end) {
                None => self.done = true,
                // A CRLF pair is one line end.
                Some(&b'\r') if bytes.get(end + 1) == Some(&b'\n') => self.start = end + 2,
                Some(_) => self.start = end + 1,
            }
            if trimmed.is_empty() {
                if let Some(last) = self.pending.as_mut() {
                    last.blank_after = true;
                }
                self.blank_pending = true;
            } else {
                let lead = raw.len() - raw.trim_start().len();
                let begin = start + lead;
                let line = Line {
                    span: begin..begin + trimmed.len(),
                    blank_before: self.blank_pending,
                    blank_after: false,
                };
                self.blank_pending = false;
                if let Some(previous) = self.pending.replace(line) {
                    return Some(previous);
                }
            }
        }
        // The last line is followed by the end of the text.
        self.pending.take().map(|mut last| {
            last.blank_after = true;
            last
        })
    }
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
