//! Numbers written into a name or a code, which look like figures but count nothing:
//! "First Corinthians" (a book of the Bible), "COP28" (a currency code that is also an
//! acronym, glued to a small number), "comet 81P/Wild" (a designation, not 81 pence), and
//! "2" or "4" glued to a word in chat ("4ever", "2nite"); and the number of a model before a
//! singular word ("a Boeing 737 crashed"). Each test is asked only where
//! its grammar already matched, so it costs nothing for most numbers.

use super::cursor::Cx;
use super::labels::lower_case_word;

/// Words after a name's number that a count may go on with, or that follow a count of people:
/// "Airbus 2 than", "told Reuters 40 were". Short words first (`rustfmt` packs them).
const COUNT_GOES_ON: &[&str] = &[
    "than", "out", "off", "more", "less", "per", "the", "not", "are", "were", "too", "all", "each",
    "apiece", "other", "old", "odd", "ish", "yet", "but", "nil", "love", "overall", "dead",
    "injured", "wounded", "killed", "died", "missing", "hurt", "aboard", "down", "higher", "lower",
    "easier", "firmer", "ahead", "behind", "back", "short", "below", "above", "over", "under",
    "after", "before", "since", "until", "ago", "later", "earlier", "net", "only", "away", "clear",
    "adrift", "apart", "instead", "again", "both",
];

/// Plurals with no "s": "told Reuters 40 people".
const PLURALS_WITHOUT_S: &[&str] = &[
    "people", "men", "women", "children", "police", "staff", "cattle", "sheep", "fish", "deer",
    "feet", "teeth", "mice", "geese", "crew", "head",
];

/// Whether the word at `j`, after the number `number` that follows a name's word, says the
/// number is part of the name: "a Boeing 737 crashed", "the Ilyushin 76 cargo plane", "a
/// Thunderbolt 3 dock". A count above one is followed by what it counts, a plural ("told
/// Reuters 40 people"), so a lower-case word that is no plural, has no role in the lexicon
/// (no unit, scale, currency or time: "Tesla 2 million", "Apple 5 percent") and is none of
/// the words a count goes on with ("than", "of", "were", …) ends the name.
pub(super) fn singular_word_after(cx: &Cx, j: usize, number: usize) -> bool {
    let s = cx.s(j);
    lower_case_word(cx, j)
        && !cx.attached(j)
        && s.len() >= 3
        && !s.ends_with('s')
        && cx.word(j).is_none()
        && cx.s(number) != "1"
        // "Eagles 24 http://…": a web address after a score is no word of the name.
        && !(cx.is(j + 1, ":") && cx.attached(j + 1))
        && !cx.is_any(j, COUNT_GOES_ON)
        && !cx.is_any(j, PLURALS_WITHOUT_S)
        && !(s.ends_with("men") || s.ends_with("people"))
}

/// Books of the Bible that come in numbered parts, read with an ordinal word before them
/// ("First Corinthians", "Third John"). Not "Kings": a word only of holidays' names is named
/// by no grammar, so the scan's gate may turn it away (`start_gate_tests`).
const NUMBERED_BOOKS: &[&str] = &[
    "corinthians",
    "thessalonians",
    "timothy",
    "samuel",
    "chronicles",
    "maccabees",
    "esdras",
    "peter",
    "john",
];

/// Of [`NUMBERED_BOOKS`], the ones that are also given names ("First John said …" at a
/// sentence's start may be a list's first item): read only inside a sentence.
const BOOKS_ALSO_NAMES: &[&str] = &["timothy", "samuel", "peter", "john"];

/// Whether the ordinal word ending at `end` (from `start`) is the number of a book of the
/// Bible: the ordinal written in words with a capital ("First", "Second"), the book's name
/// capitalised right after it. "the first Kings" (no capital) and "1st Corinthians" (digits)
/// are left alone: the first is a rank, the second rare.
pub(super) fn numbered_book(cx: &Cx, start: usize, end: usize) -> bool {
    end == start + 1
        && cx.is_word(start)
        && cx.capitalised(start)
        && cx.near(end)
        && !cx.attached(end)
        && cx.capitalised(end)
        && cx.is_any(end, NUMBERED_BOOKS)
        && !(cx.is_any(end, BOOKS_ALSO_NAMES) && cx.sentence_start(start))
}

/// Whether the currency code at `i`, written in capitals and glued to the number after it, is
/// an acronym's label rather than an amount: "COP28" (a summit), "TOP10" (a list). Only codes
/// that are also English words (the table's `word` mark: read as codes only when glued to a
/// number) and only before a whole number of one or two digits that goes on into nothing
/// ("COP5,000", "COP1.5m", "TOP250" stay amounts).
pub(super) fn code_glued_to_label(cx: &Cx, i: usize) -> bool {
    // Cheapest tests first: this is asked of every word before a number.
    let s = cx.s(i);
    s.len() == 3
        && cx.attached(i + 1)
        && s.bytes().all(|b| b.is_ascii_uppercase())
        && cx.is_digits(i + 1)
        && cx.s(i + 1).len() <= 2
        && !(cx.attached(i + 2) && cx.is_any(i + 2, &[".", ","]) && cx.is_digits(i + 3))
        && super::currencies::code(s, true).is_some()
        && super::currencies::code(s, false).is_none()
}

/// Whether the "P" at `k`, glued to the number before it, opens a designation rather than
/// pence: a capital "P", a slash glued on and a capitalised name ("81P/Wild", "1P/Halley",
/// "67P/Churyumov"): a periodic comet's number and name.
pub(super) fn designation(cx: &Cx, k: usize) -> bool {
    cx.s(k) == "P"
        && cx.is(k + 1, "/")
        && cx.attached(k + 1)
        && cx.attached(k + 2)
        && cx.is_word(k + 2)
        && cx.capitalised(k + 2)
}

/// Whether the digits at `i` are a "2" or a "4" glued to a lower-case word, as chat writes
/// "to" and "for" into words: "4ever", "2nite", "2mmrow", "2gether". The word has three or
/// more letters, no plural "s" ("4mos", "2hrs" are lengths of time, "2nb" a count of no-balls)
/// and is unknown to the lexicon (so "2pm", "4km", "2nd" are read by their grammars), and no
/// digits follow it ("2nite4"). Other digits glued to a word may be a figure with a unit the
/// lexicon lacks ("226ppi", "12MP", "100Wh") and are left alone.
pub(super) fn glued_to_word(cx: &Cx, i: usize) -> bool {
    let k = i + 1;
    let s = cx.s(k);
    matches!(cx.s(i), "2" | "4")
        && cx.attached(k)
        && lower_case_word(cx, k)
        && s.len() >= 3
        && !s.ends_with('s')
        && cx.word(k).is_none()
        && !cx.is(k, "ish")
        && !(cx.is_digits(k + 1) && cx.attached(k + 1))
}
