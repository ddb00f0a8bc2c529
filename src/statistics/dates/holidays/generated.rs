//! The holidays of the generated lexicon: "Diwali 2019", "Saint Patrick's Day".

use super::years::year_after;
use crate::statistics::calendar::When;
use crate::statistics::cursor::Cx;
use crate::statistics::dates::{Cat, DatePhrase};
use crate::statistics::holiday_names;
use crate::statistics::words::APOSTROPHES;

/// Words before a holiday's name written in lower case that make it a date.
const LOWER_CASE_CUES: &[&str] = &[
    "next", "last", "this", "on", "until", "till", "since", "before", "after", "by", "over",
];

/// Where the holiday name `words` written from token `i` ends, reading "St" or "St." for
/// "saint", a possessive without its apostrophe ("new years eve", "presidents day") and a
/// hyphen written as a space and a space as a hyphen ("Eid al Fitr", "Eid-al-Adha").
fn name_end(cx: &Cx, i: usize, words: &[&str]) -> Option<usize> {
    let (mut k, mut n) = (i, 0);
    while let Some(&w) = words.get(n) {
        if k > i && !cx.near(k) {
            return None;
        }
        if w == "saint" && cx.is(k, "st") {
            k += 1;
            if cx.is(k, ".") && cx.attached(k) {
                k += 1;
            }
            n += 1;
            continue;
        }
        // "Eid al Fitr" for "eid al - fitr": a name's hyphen may be written as a space.
        if w == "-" && !cx.is(k, "-") && k > i {
            n += 1;
            continue;
        }
        // "Eid-al-Adha" for "eid al - adha": and a space as a hyphen.
        if w != "-" && k > i && cx.is(k, "-") && cx.attached(k) && cx.attached(k + 1) {
            k += 1;
        }
        // "Veterans' Day" for "veterans day", "Presidents' Day" for "president ' s day": a
        // plural's apostrophe glued after its "s", where the name writes none.
        if w != "'" && k > i && cx.is_any(k, APOSTROPHES) && cx.attached(k) && cx.near(k + 1) {
            let plural = cx.lower(k - 1);
            if plural.as_str().ends_with('s') {
                k += 1;
            }
        }
        let possessive = words.get(n + 1) == Some(&"'") && words.get(n + 2) == Some(&"s");
        if possessive && cx.lower(k).strip_suffix('s') == Some(w) {
            k += 1;
            n += 3;
            continue;
        }
        // "Veteran's Day" for "veterans day", "All Saint's Day" for "all saints ' day": a plural
        // of the name written as its singular's possessive (the name's own apostrophe with it).
        if !possessive
            && cx.is_any(k + 1, APOSTROPHES)
            && cx.attached(k + 1)
            && cx.is(k + 2, "s")
            && cx.attached(k + 2)
            && w.strip_suffix('s') == Some(cx.lower(k).as_str())
        {
            k += 3;
            n += if words.get(n + 1) == Some(&"'") { 2 } else { 1 };
            continue;
        }
        // "Groundhogs Day" for "groundhog day": a word of the name written as its plural.
        if !possessive
            && n + 1 < words.len()
            && !w.ends_with('s')
            && cx.lower(k).strip_suffix('s') == Some(w)
        {
            k += 1;
            n += 1;
            continue;
        }
        let ok = if w == "'" {
            cx.is_any(k, APOSTROPHES)
        } else {
            cx.lower(k) == w
        };
        if !ok {
            return None;
        }
        k += 1;
        n += 1;
    }
    Some(k)
}

/// The names of the generated lexicon that may start with the word `first` (lower case).
pub(in crate::statistics::dates) fn generated_names(
    first: &str,
) -> impl Iterator<Item = &'static holiday_names::Holiday> {
    // "St Patrick's Day", "St. David's Day": the names are kept with "saint" written out;
    // "Presidents Day" under "president ' s day".
    let first = if first == "st" { "saint" } else { first };
    let possessives = holiday_names::possessive_first_words();
    let stem = possessives
        .binary_search_by_key(&first, |(plural, _)| *plural)
        .ok()
        .and_then(|k| possessives.get(k))
        .map(|(_, w)| *w);
    holiday_names::starting_with(first)
        .iter()
        .chain(stem.map_or(&[][..], holiday_names::starting_with))
}

/// A holiday of the generated lexicon: "Diwali 2019", "Saint Patrick's Day", "Waitangi Day",
/// resolved to its day where it has a fixed one or the year is given.
pub(super) fn generated(
    cx: &Cx,
    i: usize,
) -> Option<(DatePhrase, &'static holiday_names::Holiday)> {
    for h in generated_names(cx.lower(i).as_str()) {
        let Some(mut k) = name_end(cx, i, &h.words) else {
            continue;
        };
        let mut y = None;
        if cx.near(k) {
            if let Some((yy, e)) = year_after(cx, k) {
                y = Some(yy);
                k = e;
            }
        }
        // A holiday's name is written with capitals ("Labour Day", "Lent"). In lower case a
        // name is read when a year follows, a date word comes before it ("last guy fawkes
        // day", "since family day"), or it is a possessive ("saint patrick's day"), no
        // everyday phrase ("a human rights day out" is one, "he lent me" another); or when the
        // text has no capital at all, so its case tells nothing.
        let lower_ok = y.is_some()
            || i > 0 && cx.is_any(i - 1, LOWER_CASE_CUES)
            || h.words.contains(&"'")
            || cx.caseless;
        if !cx.capitalised(i) && !lower_ok {
            return None;
        }
        let (m, d) = h.on(y).unzip();
        let when = When::Date { y, m, d };
        let mut p = DatePhrase::new(i, k, Cat::Date, when);
        // "Ramadan 2024": a season, from its first day to its last.
        if let Some((uy, um, ud)) = y.and_then(|y| h.until(y)).filter(|_| m.is_some()) {
            p.until = Some(When::Date {
                y: Some(uy),
                m: Some(um),
                d: Some(ud),
            });
        }
        return Some((p, h));
    }
    None
}
