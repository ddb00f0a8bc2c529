//! Date and time stamps: `date 2024-02-02`, `Updated 3 hours ago`, `Nov 19, 2019, 9:02 AM`.

/// What kind of stamp words a line holds.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Stamps {
    /// A calendar date: `2024-02-02`, `02/02/2024`, `Feb 2, 2024`, `2 February`.
    pub date: bool,
    /// A clock time: `9:02`, `9:02 AM`, `10am`.
    pub time: bool,
    /// A relative time: `3 hours ago`, `yesterday`.
    pub relative: bool,
}

impl Stamps {
    pub fn any(&self) -> bool {
        self.date || self.time || self.relative
    }
}

#[cfg(any(test, target_arch = "wasm32"))]
pub(super) const MONTHS: &[&str] = &[
    "jan",
    "january",
    "feb",
    "february",
    "mar",
    "march",
    "apr",
    "april",
    "may",
    "jun",
    "june",
    "jul",
    "july",
    "aug",
    "august",
    "sep",
    "sept",
    "september",
    "oct",
    "october",
    "nov",
    "november",
    "dec",
    "december",
];
pub(super) const UNITS: &[&str] = &[
    "sec", "secs", "second", "seconds", "min", "mins", "minute", "minutes", "hr", "hrs", "hour",
    "hours", "day", "days", "week", "weeks", "month", "months", "year", "years",
];

/// Whether `word` is one of `list`'s words, in any ASCII case.
pub(super) fn lower_eq_any(word: &str, list: &[&str]) -> bool {
    list.iter().any(|m| m.eq_ignore_ascii_case(word))
}

fn all_digits(w: &str) -> bool {
    !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit())
}

/// Which ASCII bytes end a word for [`scan`]: whitespace (as `char::is_whitespace` has it in
/// ASCII), commas and brackets.
const ENDS_WORD: [bool; 128] = {
    let mut t = [false; 128];
    let mut b = 0;
    while b < 128 {
        t[b] = matches!(
            b as u8,
            b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ' | b',' | b'(' | b')'
        );
        b += 1;
    }
    t
};

/// [`ENDS_WORD`] and every non-ASCII byte (whose character is tested on its own).
const MAY_END_WORD: [bool; 256] = {
    let mut t = [true; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = ENDS_WORD[b];
        b += 1;
    }
    t
};

/// Finds stamps among the words of `line` (one pass; looks at most two words around each word).
///
/// Words are split on whitespace, commas and brackets, keeping `-`, `/`, `:` inside (for
/// 2024-02-02, 9:02), and trimmed of `.`, `;`, `|`, `•`. The split walks the bytes (a table
/// look-up for ASCII, the full whitespace test only for other characters), and the stamp tests
/// run only where one can succeed: each needs the word or the word before it to open with a
/// digit, or the word to be `ago` or `yesterday` (`stamps_match_reference` checks the result
/// against the plain `split`-based scanner this replaced).
pub fn scan(line: &str) -> Stamps {
    let mut s = Stamps::default();
    let mut window: [&str; 3] = [""; 3];
    let bytes = line.as_bytes();
    let mut start = 0;
    let mut i = 0;
    loop {
        // The bytes inside a word, in a tight loop.
        while bytes.get(i).is_some_and(|&b| !MAY_END_WORD[usize::from(b)]) {
            i += 1;
        }
        let Some(&b) = bytes.get(i) else {
            break;
        };
        let (ends_word, len) = if b < 0x80 {
            (true, 1)
        } else {
            match line.get(i..).and_then(|rest| rest.chars().next()) {
                Some(c) => (c.is_whitespace(), c.len_utf8()),
                None => break,
            }
        };
        if ends_word {
            if let Some(raw) = line.get(start..i) {
                word(&mut s, &mut window, raw);
            }
            start = i + len;
        }
        i += len;
    }
    if let Some(raw) = line.get(start..) {
        word(&mut s, &mut window, raw);
    }
    s
}

/// Which bytes may need [`word`]'s trimming at a word's end: ASCII `.;|`, and any non-ASCII byte
/// (a `•`'s, or not).
const MAY_TRIM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = matches!(b as u8, b'.' | b';' | b'|') || b >= 0x80;
        b += 1;
    }
    t
};

/// Takes the next piece of [`scan`]'s split: trims it, and when a word is left, moves the window
/// on and tests it.
#[inline(always)]
fn word<'a>(s: &mut Stamps, window: &mut [&'a str; 3], raw: &'a str) {
    let w = match (raw.as_bytes().first(), raw.as_bytes().last()) {
        (None, _) | (_, None) => return,
        // Most words need no trimming: only an ASCII `.;|` or a non-ASCII `•` at an end is cut.
        (Some(&f), Some(&l)) if !(MAY_TRIM[usize::from(f)] | MAY_TRIM[usize::from(l)]) => raw,
        _ => raw.trim_matches(|c: char| matches!(c, '.' | ';' | '|' | '•')),
    };
    if w.is_empty() {
        return;
    }
    *window = [window[1], window[2], w];
    let [a, b, c] = *window;
    let c_digit = c.as_bytes().first().is_some_and(u8::is_ascii_digit);
    let b_digit = b.as_bytes().first().is_some_and(u8::is_ascii_digit);
    // Every test below needs one of these (a small number is all digits).
    if c_digit || b_digit || c.eq_ignore_ascii_case("ago") || c.eq_ignore_ascii_case("yesterday") {
        test_window(s, a, b, c, c_digit);
    }
}

/// Whether `word` is a month's name or short name (`MONTHS`, any case): its bytes in ASCII
/// lower case matched at once (as `eq_ignore_ascii_case` with each of the 24 compares them;
/// `is_month_is_a_months_name` holds the two together).
pub(super) fn is_month(word: &str) -> bool {
    let w = word.as_bytes();
    // Each opens with one of these letters and has three to nine: most words fail here.
    let opens = w.first().is_some_and(|b| {
        matches!(
            b.to_ascii_lowercase(),
            b'j' | b'f' | b'm' | b'a' | b's' | b'o' | b'n' | b'd'
        )
    });
    if !opens || !(3..=9).contains(&w.len()) {
        return false;
    }
    // The list compared in turn in the WASM build, whose download the match grows.
    #[cfg(target_arch = "wasm32")]
    return lower_eq_any(word, MONTHS);
    #[cfg(not(target_arch = "wasm32"))]
    is_month_matched(w)
}

/// [`is_month`]'s word (three to nine bytes) lower-cased in ASCII and matched with the names.
#[cfg(not(target_arch = "wasm32"))]
fn is_month_matched(w: &[u8]) -> bool {
    let mut low = [0u8; 9];
    for (l, b) in low.iter_mut().zip(w) {
        *l = b.to_ascii_lowercase();
    }
    matches!(
        low.get(..w.len()),
        Some(
            b"jan"
                | b"january"
                | b"feb"
                | b"february"
                | b"mar"
                | b"march"
                | b"apr"
                | b"april"
                | b"may"
                | b"jun"
                | b"june"
                | b"jul"
                | b"july"
                | b"aug"
                | b"august"
                | b"sep"
                | b"sept"
                | b"september"
                | b"oct"
                | b"october"
                | b"nov"
                | b"november"
                | b"dec"
                | b"december"
        )
    )
}

/// The stamp tests on the last three words, `c` the newest. Each test only sets its flag, so a
/// flag already set is not tested again (a line of prose names its first date early and goes
/// on); within a flag the cheap tests come first.
fn test_window(s: &mut Stamps, a: &str, b: &str, c: &str, c_digit: bool) {
    let b_small_number = || b.len() <= 2 && all_digits(b);
    if !s.date {
        s.date = c_digit && is_numeric_date(c)
            || is_month(c) && b_small_number()
            || c_digit
                && is_month(b)
                && all_digits(c.trim_end_matches(|ch: char| ch.is_alphabetic()));
    }
    if !s.time {
        s.time = (c_digit && is_clock(c)) || (b_small_number() && is_ampm(c));
    }
    if !s.relative {
        s.relative = c.eq_ignore_ascii_case("ago")
            && ((lower_eq_any(b, UNITS)
                && (all_digits(a) || a.eq_ignore_ascii_case("a") || a.eq_ignore_ascii_case("an")))
                || compact_relative(b))
            || c.eq_ignore_ascii_case("yesterday");
    }
}

/// Units a live blog or a feed writes run into their number: `2h ago`, `14m ago`, `3d ago`.
pub(super) const COMPACT_UNITS: &[&str] =
    &["s", "m", "h", "d", "w", "y", "min", "mins", "hr", "hrs"];

/// `2h`, `14min`: one to three digits and a unit of [`COMPACT_UNITS`] (before `ago`).
fn compact_relative(w: &str) -> bool {
    let (digits, unit) = split_digits_prefix(w);
    (1..=3).contains(&digits.len()) && lower_eq_any(unit, COMPACT_UNITS)
}

/// Time zones a live blog writes after its clock stamps.
const ZONES: &[&str] = &[
    "gmt", "bst", "utc", "cet", "cest", "et", "est", "edt", "ct", "cdt", "pt", "pst", "pdt", "ist",
    "aest", "aedt",
];

/// Words a bare stamp line has at most (`10:42 am GMT`).
const BARE_STAMP_WORDS: usize = 3;

/// A line that is only a clock or relative time, as a live blog heads its entries: `10:42`,
/// `09:58 GMT`, `2h ago`, `14 minutes ago`. `stamps` are the line's ([`scan`]); a date, or any
/// other word ("09:00 Registration" in a programme), makes it none.
pub fn bare_stamp(line: &str, stamps: &Stamps) -> bool {
    if !(stamps.time || stamps.relative) || stamps.date {
        return false;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    words.len() <= BARE_STAMP_WORDS
        && words.iter().all(|w| {
            is_clock(w)
                || is_ampm(w)
                || all_digits(w)
                || compact_relative(w)
                || lower_eq_any(w, ZONES)
                || lower_eq_any(w, UNITS)
                || w.eq_ignore_ascii_case("ago")
        })
}

/// A clock's word: `6:30`, `10am`, `p.m`, `BST` ([`super::paste_lines::date_line`]).
pub(super) fn is_clock_word(w: &str) -> bool {
    is_clock(w) || is_ampm(w) || lower_eq_any(w, ZONES)
}

fn is_ampm(w: &str) -> bool {
    ["am", "pm", "a.m", "p.m"]
        .iter()
        .any(|m| m.eq_ignore_ascii_case(w))
}

/// `9:02`, `21:45`, `10am`, `9:02pm`.
fn is_clock(w: &str) -> bool {
    // Either form needs an "m" at the end or a colon: tested first, as most numbers have neither.
    if !(w.ends_with(['m', 'M']) || w.contains(':')) {
        return false;
    }
    let (digits, suffix) = split_digits_prefix(w);
    if !suffix.is_empty() && is_ampm(suffix) && !digits.is_empty() && digits.len() <= 2 {
        return true;
    }
    let Some((h, rest)) = w.split_once(':') else {
        return false;
    };
    let (m, suffix) = split_digits_prefix(rest);
    all_digits(h) && h.len() <= 2 && m.len() == 2 && (suffix.is_empty() || is_ampm(suffix))
}

/// `w`'s leading ASCII digits and the rest.
pub(super) fn split_digits_prefix(w: &str) -> (&str, &str) {
    let n = w.bytes().take_while(|b| b.is_ascii_digit()).count();
    (w.get(..n).unwrap_or(""), w.get(n..).unwrap_or(""))
}

/// `2024-02-02`, `02/02/2024`, `2.2.2024`, `2024/02/02`.
fn is_numeric_date(w: &str) -> bool {
    // A separator is needed: tested first, as most numbers have none.
    if !w.bytes().any(|b| matches!(b, b'-' | b'/' | b'.')) {
        return false;
    }
    ['-', '/', '.'].into_iter().any(|sep| {
        // Exactly three parts of at most four digits (a fourth part would be the rest).
        let mut parts = w.splitn(4, sep);
        let (Some(p0), Some(p1), Some(p2), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return false;
        };
        let ok = |p: &str| all_digits(p) && p.len() <= 4;
        let has_year = [p0, p1, p2].iter().any(|p| p.len() == 4) || p2.len() == 2;
        ok(p0) && ok(p1) && ok(p2) && has_year
    })
}

/// Length in bytes of a date stamp at the very start of `line` (`date 2024-02-02`,
/// `Updated 2 Feb 2024`), when more text follows it. Lets a stamp be split off a clutter line.
pub fn leading_stamp_len(line: &str) -> Option<usize> {
    let mut end = 0;
    let mut words = 0;
    let mut found = false;
    for (i, word) in word_spans(line) {
        let lead_word = words == 0
            && ["date", "updated", "published", "posted"]
                .iter()
                .any(|p| word.trim_end_matches(':').eq_ignore_ascii_case(p));
        let stamp_word = is_numeric_date(word.trim_end_matches(',')) || is_clock(word);
        if !(lead_word || stamp_word) {
            break;
        }
        found |= stamp_word;
        words += 1;
        end = i + word.len();
        if words >= 4 {
            break;
        }
    }
    (found && end < line.trim_end().len()).then_some(end)
}

fn word_spans(line: &str) -> impl Iterator<Item = (usize, &str)> {
    line.split_whitespace().map(move |w| {
        let offset = w.as_ptr() as usize - line.as_ptr() as usize;
        (offset, w)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_stamps() {
        let cases: &[(&str, &str, (bool, bool, bool))] = &[
            ("iso date", "date 2031-03-04", (true, false, false)),
            ("relative", "Updated 3 hours ago", (false, false, true)),
            ("compact relative", "2h ago", (false, false, true)),
            ("compact minutes", "Updated 14min ago", (false, false, true)),
            ("no number", "h ago", (false, false, false)),
            ("a model name", "the X5h ago", (false, false, false)),
            (
                "month day year",
                "Nov 19, 2031, 9:02 AM",
                (true, true, false),
            ),
            ("day month", "Published 4 March 2031", (true, false, false)),
            (
                "prose without stamps",
                "The vote passed by 12 to 3.",
                (false, false, false),
            ),
            (
                "score is not a date",
                "They won 6-4, 7-6 in the final.",
                (false, false, false),
            ),
        ];
        for (name, line, (d, t, r)) in cases {
            let s = scan(line);
            assert_eq!((s.date, s.time, s.relative), (*d, *t, *r), "{name}");
        }
    }

    #[test]
    fn is_month_is_a_months_name() {
        let mut words: Vec<String> = Vec::new();
        for m in MONTHS {
            words.push(m.to_string());
            words.push(m.to_uppercase());
            let mut cap = m.to_string();
            cap[..1].make_ascii_uppercase();
            words.push(cap.clone());
            words.push(format!("{cap}."));
            words.push(format!("{m}s"));
            words.push(m[..m.len() - 1].to_string());
            words.push(format!("x{m}"));
        }
        for w in [
            "",
            "j",
            "ja",
            "maya",
            "Mär",
            "märz",
            "déc",
            "junio",
            "septembers",
            "a",
            "and",
            "sep1",
            "JUNE",
            "ApR",
            "\u{212a}",
            "mayo",
            "octobre",
            "nove",
            "decembe",
            "augus",
        ] {
            words.push(w.to_string());
        }
        for w in &words {
            assert_eq!(is_month(w), lower_eq_any(w, MONTHS), "{w:?}");
        }
    }

    #[test]
    fn splits_leading_stamp() {
        assert_eq!(
            leading_stamp_len("date 2031-03-04 Sign up for our emails"),
            Some(15)
        );
        assert_eq!(leading_stamp_len("date 2031-03-04"), None);
        assert_eq!(leading_stamp_len("Sign up 2031-03-04"), None);
    }
}
