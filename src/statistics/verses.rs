//! A chapter and verse after a book of the Bible ("John 3:16"), a label rather than a clock time
//! (moved from `labels.rs`).

use super::cursor::Cx;

/// Books of the Bible whose name comes before a chapter and verse ("John 3:16"). Not "Kings":
/// a word only of holidays' names ("Three Kings Day") is named by no grammar
/// (`start_gate_tests`).
const BOOKS: &[&str] = &[
    "genesis",
    "exodus",
    "leviticus",
    "numbers",
    "deuteronomy",
    "joshua",
    "judges",
    "ruth",
    "samuel",
    "chronicles",
    "ezra",
    "nehemiah",
    "esther",
    "job",
    "psalm",
    "psalms",
    "proverbs",
    "ecclesiastes",
    "isaiah",
    "jeremiah",
    "lamentations",
    "ezekiel",
    "daniel",
    "hosea",
    "joel",
    "amos",
    "obadiah",
    "jonah",
    "micah",
    "nahum",
    "habakkuk",
    "zephaniah",
    "haggai",
    "zechariah",
    "malachi",
    "matthew",
    "mark",
    "luke",
    "john",
    "acts",
    "romans",
    "corinthians",
    "galatians",
    "ephesians",
    "philippians",
    "colossians",
    "thessalonians",
    "timothy",
    "titus",
    "philemon",
    "hebrews",
    "james",
    "peter",
    "jude",
    "revelation",
];

/// "John 3:16", "First Corinthians 9:25", "Romans 8:28-30": a chapter and verse after the
/// capitalised name of a book of the Bible, not a clock time. Not before "am"/"pm" or a
/// decimal ("Mark 2:15.3", a time taken). Returns the token after the reference.
#[inline(never)]
pub(super) fn verse(cx: &Cx, i: usize) -> Option<usize> {
    let small = |k: usize| cx.is_digits(k) && cx.s(k).len() <= 3 && cx.attached(k);
    if !(cx.is_digits(i) && cx.is(i + 1, ":") && cx.attached(i + 1) && small(i + 2)) {
        return None;
    }
    if !(i > 0 && cx.near(i) && !cx.attached(i) && cx.capitalised(i - 1) && cx.is_any(i - 1, BOOKS))
    {
        return None;
    }
    let mut end = i + 3;
    if cx.is_any(end, &["-", "–"]) && cx.attached(end) && small(end + 1) {
        end += 2;
    }
    let clock = cx.near(end)
        && (cx.is_any(end, &["am", "pm", "a", "p", ":"])
            || cx.is(end, ".")
                && cx.attached(end)
                && cx.is_digits(end + 1)
                && cx.attached(end + 1));
    (!clock).then_some(end)
}
