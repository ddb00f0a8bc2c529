//! Lines of the pasted kinds the page sets met late (bp44): a date standing alone on its line
//! over a story, an email's or a letter's greeting.

use super::stamps::{self, lower_eq_any, split_digits_prefix, Stamps};

/// Words a [`date_line`] has at most (`Thu, March 04, 2027 at 6:30 p.m.`).
const DATE_LINE_WORDS: usize = 8;

/// Bytes a [`date_line`] has at most (`Wednesday, September 29, 2027 at 10:45 a.m. BST` is 48).
const DATE_LINE_BYTES: usize = 64;

/// Weekdays, their three-letter forms first ([`date_line`]).
const WEEKDAYS: &[&str] = &[
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// A line that is only a date, with its weekday and time if any: `4 March 2027`, `4th March`,
/// `Thursday, March 4, 2027`, `Thu, March 04, 2027 at 6:30 p.m.`: one month's name, no other
/// word. A small site prints it alone between the headline and the story. `stamps` are the line's ([`stamps::scan`]): a line
/// with no date is none, and then the words are not read.
pub(super) fn date_line(line: &str, stamps: &Stamps) -> bool {
    // Most lines with a date are sentences, longer than any date line.
    if line.len() > DATE_LINE_BYTES || !stamps.date {
        return false;
    }
    let mut words = 0;
    let mut month = false;
    for w in line.split_whitespace() {
        words += 1;
        if words > DATE_LINE_WORDS {
            return false;
        }
        let w = w.trim_matches(|c| matches!(c, ',' | '.' | '|' | '·' | '•'));
        if w.is_empty() || matches!(w, "-" | "–" | "—" | "at") {
            continue;
        }
        if stamps::is_month(w) {
            if month {
                // Two dates: a range or a list, no stamp.
                return false;
            }
            month = true;
            continue;
        }
        let ok = ordinal_or_number(w) || lower_eq_any(w, WEEKDAYS) || stamps::is_clock_word(w);
        if !ok {
            return false;
        }
    }
    // A month's name: `04/03/2027` or `02-751-1500` alone may be a phone number or a code.
    month
}

/// `4`, `2027`, `4th`, `21st`, `22nd`, `3rd`: one to four digits, an ordinal's letters after.
fn ordinal_or_number(w: &str) -> bool {
    let (digits, rest) = split_digits_prefix(w);
    (1..=4).contains(&digits.len())
        && (rest.is_empty() || lower_eq_any(rest, &["st", "nd", "rd", "th"]))
}

/// Words a [`greeting`] has at most (`Dear Parents and Carers,`).
const GREETING_WORDS: usize = 6;

/// A letter's or an email's greeting on its own line: `Dear Parents and Carers,`, `Hi
/// neighbour,`, `Hello everyone,`: a greeting word, at most [`GREETING_WORDS`] words, a comma
/// at the end. The letter's body follows it, so it reads as the body's.
pub(super) fn greeting(line: &str) -> bool {
    let Some(body) = line.trim_end().strip_suffix(',') else {
        return false;
    };
    let mut words = body.split_whitespace();
    let first = words.next().unwrap_or("");
    lower_eq_any(first, &["dear", "hi", "hello", "hey", "greetings"])
        && words.count() < GREETING_WORDS
}

/// A thread's post number opening the line: `1/ …`, `2/5 …` (one or two digits, a slash, one
/// or two digits or none, a space). Its slash is no menu separator.
pub(super) fn thread_number(line: &str) -> bool {
    let b = line.as_bytes();
    let digits = |from: usize| {
        b.get(from..)
            .unwrap_or(&[])
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let n = digits(0);
    if !(1..=2).contains(&n) || b.get(n) != Some(&b'/') {
        return false;
    }
    let m = digits(n + 1);
    m <= 2 && b.get(n + 1 + m) == Some(&b' ')
}
