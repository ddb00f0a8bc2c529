//! Date and time stamps: `date 2024-02-02`, `Updated 3 hours ago`, `Nov 19, 2019, 9:02 AM`.

/// What kind of stamp words a line holds, and how much of the line they make up.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Stamps {
    /// A calendar date: `2024-02-02`, `02/02/2024`, `Feb 2, 2024`, `2 February`.
    pub date: bool,
    /// A clock time: `9:02`, `9:02 AM`, `10am`.
    pub time: bool,
    /// A relative time: `3 hours ago`, `yesterday`.
    pub relative: bool,
    /// A date written in figures alone: `2024-02-02`, `02/02/2024`, `2.2.2024`.
    pub numeric: bool,
    /// Slashes inside the numeric dates (`12/03/2031` has two): a date's, not a menu's.
    pub slashes: u16,
    /// Words of the line (whitespace- and comma-separated, with a letter or digit).
    pub words: u16,
    /// Of [`Stamps::words`], those that belong to a stamp: the date, time and time-ago words
    /// themselves and the words that go with them on a stamp line (`Published`, `Updated`,
    /// `By`, `min read`, a weekday, a time zone).
    pub stamp_words: u16,
}

impl Stamps {
    pub fn any(&self) -> bool {
        self.date || self.time || self.relative
    }

    /// The share of the line's words that make up its stamp (0 without one): near 1 for a
    /// stamp line (`Published 12/03/2024 10:45`), small for a sentence that mentions a date.
    pub fn share(&self) -> f32 {
        if self.any() && self.words > 0 {
            f32::from(self.stamp_words) / f32::from(self.words)
        } else {
            0.0
        }
    }

    /// A date, time or time-ago mentioned in a line mostly of other words (a sentence), as
    /// against a stamp line: under half of the line's words are the stamp's.
    pub fn mention(&self) -> bool {
        self.any() && self.share() < 0.5
    }
}

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

/// Words that stand with a date on a stamp line: what the date is, who wrote the piece, how
/// long it takes to read (`read`: `min` is a unit of time ago too), the weekday and the time
/// zone (at most eight letters; the two of nine are in [`stamp_companion`]).
const COMPANIONS: [&[u8]; 43] = [
    b"updated",
    b"posted",
    b"modified",
    b"edited",
    b"filed",
    b"created",
    b"uploaded",
    b"date",
    b"dated",
    b"last",
    b"by",
    b"read",
    b"today",
    b"gmt",
    b"utc",
    b"bst",
    b"est",
    b"edt",
    b"cst",
    b"cdt",
    b"pst",
    b"pdt",
    b"cet",
    b"cest",
    b"ist",
    b"aest",
    b"et",
    b"pt",
    b"mon",
    b"monday",
    b"tue",
    b"tues",
    b"tuesday",
    b"wed",
    b"thu",
    b"thurs",
    b"thursday",
    b"fri",
    b"friday",
    b"sat",
    b"saturday",
    b"sun",
    b"sunday",
];

/// [`COMPANIONS`] as numbers (a word's bytes, little-endian), sorted for a binary search.
const COMPANION_KEYS: [u64; COMPANIONS.len()] = {
    let mut keys = [0u64; COMPANIONS.len()];
    let mut i = 0;
    while i < keys.len() {
        let word = COMPANIONS[i];
        let mut j = 0;
        while j < word.len() {
            keys[i] |= (word[j] as u64) << (8 * j);
            j += 1;
        }
        // Insertion sort.
        let mut k = i;
        while k > 0 && keys[k - 1] > keys[k] {
            let t = keys[k - 1];
            keys[k - 1] = keys[k];
            keys[k] = t;
            k -= 1;
        }
        i += 1;
    }
    keys
};

/// A word of [`COMPANIONS`] (any case; a colon may follow): one look-up of the word's bytes as
/// a number, so the words of a long sentence cost little.
fn stamp_companion(word: &str) -> bool {
    let word = word.strip_suffix(':').unwrap_or(word).as_bytes();
    match word.len() {
        2..=8 => {
            let key = word.iter().enumerate().fold(0u64, |k, (i, b)| {
                k | u64::from(b.to_ascii_lowercase()) << (8 * i)
            });
            COMPANION_KEYS.binary_search(&key).is_ok()
        }
        9 => word.eq_ignore_ascii_case(b"published") || word.eq_ignore_ascii_case(b"wednesday"),
        _ => false,
    }
}

fn lower_eq_any(word: &str, list: &[&str]) -> bool {
    list.iter().any(|m| m.eq_ignore_ascii_case(word))
}

fn all_digits(w: &str) -> bool {
    !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit())
}

/// Finds stamps among the words of `line` (one pass; looks at most two words around each word).
pub fn scan(line: &str) -> Stamps {
    let mut s = Stamps::default();
    // Tokens split on whitespace and commas, keeping `-`, `/`, `:` inside (for 2024-02-02, 9:02).
    let mut window: [&str; 3] = [""; 3];
    // Which words of the window belong to a stamp (bit 0: `a`, 1: `b`, 2: `c`), counted into
    // `stamp_words` as they leave the window.
    let mut marks = 0u8;
    for w in words(line) {
        window = [window[1], window[2], w];
        s.stamp_words = s.stamp_words.saturating_add(u16::from(marks & 1));
        marks >>= 1;
        let [a, b, c] = window;
        if c.as_bytes().first().is_some_and(u8::is_ascii_alphanumeric)
            || c.chars().any(char::is_alphanumeric)
        {
            s.words = s.words.saturating_add(1);
        }
        // Every number test needs a leading digit: checked first, it spares most words the rest.
        let c_digit = c.as_bytes().first().is_some_and(u8::is_ascii_digit);
        let b_small_number = all_digits(b) && b.len() <= 2;
        if c_digit && is_numeric_date(c) {
            s.date = true;
            s.numeric = true;
            s.slashes = s.slashes.saturating_add(c.matches('/').count() as u16);
            marks |= 0b100;
        }
        if c_digit && is_clock(c) {
            s.time = true;
            marks |= 0b100;
        }
        if (b_small_number || marks & 0b010 != 0) && is_ampm(c) {
            if b_small_number {
                s.time = true;
                marks |= 0b110;
            } else {
                // `9:02 AM`: the clock is marked already.
                marks |= 0b100;
            }
        }
        if b_small_number && lower_eq_any(c, MONTHS) {
            s.date = true;
            marks |= 0b110;
        }
        if c_digit
            && all_digits(c.trim_end_matches(|ch: char| ch.is_alphabetic()))
            && lower_eq_any(b, MONTHS)
        {
            s.date = true;
            marks |= 0b110;
        }
        if c.eq_ignore_ascii_case("ago")
            && lower_eq_any(b, UNITS)
            && (all_digits(a) || a.eq_ignore_ascii_case("a") || a.eq_ignore_ascii_case("an"))
        {
            s.relative = true;
            marks |= 0b111;
        }
        if c.eq_ignore_ascii_case("yesterday") {
            s.relative = true;
            marks |= 0b100;
        }
    }
    s.stamp_words = s.stamp_words.saturating_add(marks.count_ones() as u16);
    if s.any() && s.words <= STAMP_LINE_WORDS {
        let companions = words(line).filter(|w| stamp_companion(w)).count();
        s.stamp_words = s.stamp_words.saturating_add(companions as u16).min(s.words);
    }
    s
}

/// Words from which a line is no stamp line: in a longer line (a sentence) the companions of a
/// stamp ([`stamp_companion`]) are not looked for, and the stamp's share is its own words'.
const STAMP_LINE_WORDS: u16 = 20;

/// The words [`scan`] reads: split on whitespace, commas and brackets, trimmed of full stops,
/// semicolons and bars.
fn words(line: &str) -> impl Iterator<Item = &str> {
    line.split(|c: char| c.is_whitespace() || c == ',' || c == '(' || c == ')')
        .map(|raw| raw.trim_matches(|c: char| matches!(c, '.' | ';' | '|' | '•')))
        .filter(|w| !w.is_empty())
}

fn is_ampm(w: &str) -> bool {
    ["am", "pm", "a.m", "p.m"]
        .iter()
        .any(|m| m.eq_ignore_ascii_case(w))
}

/// `9:02`, `21:45`, `10am`, `9:02pm`.
fn is_clock(w: &str) -> bool {
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

fn split_digits_prefix(w: &str) -> (&str, &str) {
    let n = w.bytes().take_while(|b| b.is_ascii_digit()).count();
    (w.get(..n).unwrap_or(""), w.get(n..).unwrap_or(""))
}

/// `2024-02-02`, `02/02/2024`, `2.2.2024`, `2024/02/02`.
fn is_numeric_date(w: &str) -> bool {
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
    fn tells_a_stamp_line_from_a_sentence_that_mentions_a_date() {
        let stamp_lines = [
            "Published 12/03/2031 10:45",
            "Updated: 2031-03-12",
            "By Jane Doe | 12/03/2031",
            "12.03.2031 · 4 min read",
            "Wednesday, 11/20/31 by Jane Roe",
            "BY JANE ROE ON 11/13/31 AT 4:00 PM EST",
            "Nov 19, 2031, 9:02 AM",
            "Updated 3 hours ago",
        ];
        for line in stamp_lines {
            let s = scan(line);
            assert!(s.any() && !s.mention(), "{line}: {s:?}");
        }
        let mentions = [
            "The council spent $5 million on 3/4/2031, up 12 per cent.",
            "Sales rose on 2031-03-12.",
            "The deadline for the applications is 3.4.2031.",
            "On 12/03/2031 the council met to vote on the budget.",
            "The mayor said on Monday that the bridge would open at 9:30 am on 4 March.",
        ];
        for line in mentions {
            let s = scan(line);
            assert!(s.mention(), "{line}: {s:?}");
        }
        assert_eq!(scan("The vote passed by 12 to 3.").share(), 0.0);
        let s = scan("Published 12/03/2031 10:45");
        assert_eq!(
            (s.numeric, s.words, s.stamp_words, s.slashes),
            (true, 3, 3, 2)
        );
        assert_eq!(scan("Updated: 2031-03-12").slashes, 0);
        assert!(!scan("Published 4 March 2031").numeric);
    }

    #[test]
    fn knows_the_companions_of_a_stamp() {
        for w in [
            "Published",
            "UPDATED:",
            "by",
            "Wednesday",
            "read",
            "EST",
            "sunday",
        ] {
            assert!(stamp_companion(w), "{w}");
        }
        for w in [
            "council",
            "publishe",
            "b",
            "",
            "Wednesdays",
            "spent",
            "é",
            "min",
        ] {
            assert!(!stamp_companion(w), "{w}");
        }
        assert!(COMPANION_KEYS.windows(2).all(|w| w[0] < w[1]));
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
