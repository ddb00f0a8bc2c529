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
            let end = line_end(bytes, start);
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

/// Bytes looked at one by one for the end of a line before `memchr2` is called: its set-up
/// costs more than the whole of a short line (a text of one-letter lines has millions).
const SHORT_LINE: usize = 4;

/// Where the raw line starting at byte `start` ends: its first `\n` or `\r`, else the end.
fn line_end(bytes: &[u8], start: usize) -> usize {
    let rest = bytes.get(start..).unwrap_or(&[]);
    let head = rest.get(..SHORT_LINE).unwrap_or(rest);
    if let Some(p) = head.iter().position(|&b| b == b'\n' || b == b'\r') {
        return start + p;
    }
    let tail = rest.get(head.len()..).unwrap_or(&[]);
    memchr::memchr2(b'\n', b'\r', tail).map_or(bytes.len(), |p| start + head.len() + p)
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
    fn line_ends_match_memchr() {
        let pieces = [
            "a",
            "bcd",
            "\n",
            "\r",
            "\r\n",
            " ",
            "é",
            "0123456789abcdef",
            "x",
        ];
        let mut rng = crate::test_rng::XorShift::new(0x2545_f491_4f6c_dd1d);
        // Each text's length is the last number drawn (the seed for the first) modulo 24.
        let mut last = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..3000 {
            let mut text = String::new();
            for _ in 0..(last % 24) {
                last = rng.next_u64();
                text.push_str(pieces[(last % pieces.len() as u64) as usize]);
            }
            let bytes = text.as_bytes();
            for start in 0..=bytes.len() {
                let want = memchr::memchr2(b'\n', b'\r', &bytes[start..])
                    .map_or(bytes.len(), |p| start + p);
                assert_eq!(line_end(bytes, start), want, "{text:?} from {start}");
            }
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
