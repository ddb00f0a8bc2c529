//! Holidays by name: "Christmas Eve", "Boxing Day", "Easter".

use super::absolute::year_at;
use super::relative::relative;
use super::{Cat, DatePhrase, FromAnchor};
use crate::statistics::calendar::When;
use crate::statistics::cursor::Cx;
use crate::statistics::holiday_names;
use crate::statistics::lexicon::TimeUnit;
use crate::statistics::numbers::{self, Context, NumKind};
use crate::statistics::words::APOSTROPHES;

/// A holiday's words and its fixed (month, day), if it has one.
pub(super) type Holiday = (&'static [&'static str], Option<(u8, u8)>);

pub(super) const HOLIDAYS: &[Holiday] = &[
    (&["christmas", "eve"], Some((12, 24))),
    (&["christmas", "day"], Some((12, 25))),
    (&["christmas"], Some((12, 25))),
    (&["xmas", "eve"], Some((12, 24))),
    (&["xmas", "day"], Some((12, 25))),
    (&["xmas"], Some((12, 25))),
    (&["boxing", "day"], Some((12, 26))),
    (&["new", "year's", "eve"], Some((12, 31))),
    (&["new", "year's", "day"], Some((1, 1))),
    (&["new", "year"], Some((1, 1))),
    (&["halloween"], Some((10, 31))),
    (&["valentine's", "day"], Some((2, 14))),
    (&["independence", "day"], Some((7, 4))),
    (&["easter"], None),
    (&["thanksgiving"], None),
    (&["black", "friday"], None),
    // The Monday after Thanksgiving; named, not resolved, as Black Friday is.
    (&["cyber", "monday"], None),
    (&["labor", "day"], None),
    (&["labour", "day"], None),
    (&["memorial", "day"], None),
    // Days whose date differs by country (the second Sunday of May in the US, Mothering Sunday
    // in Britain): named, not resolved. "Mothers' Day" and "mothers day" are read too.
    (&["mother's", "day"], None),
    (&["mothers", "day"], None),
    (&["father's", "day"], None),
    (&["fathers", "day"], None),
];

/// The first words of the hand-written names that are no figure word of their own: the
/// lexicon marks them as opening a holiday.
pub(crate) const HOLIDAY_OPENERS: &[&str] =
    &["mother", "mothers", "father", "fathers", "xmas", "cyber"];

/// The first words of `HOLIDAYS` ("valentine" for "valentine's"): most words start no holiday,
/// and this turns them away before the list is tried.
pub(super) fn opens_holiday(word: &str) -> bool {
    matches!(
        word,
        "black"
            | "boxing"
            | "cyber"
            | "christmas"
            | "easter"
            | "halloween"
            | "independence"
            | "labor"
            | "labour"
            | "memorial"
            | "mother"
            | "mothers"
            | "father"
            | "fathers"
            | "new"
            | "thanksgiving"
            | "valentine"
            | "xmas"
    )
}

pub(super) fn holiday(cx: &Cx, i: usize) -> Option<DatePhrase> {
    let w = cx.word(i)?;
    if !may_open(cx, i) {
        return None;
    }
    matched(cx, i, w.holiday)
}

/// Whether a holiday's name may start at token `i`: `holiday` reads nothing elsewhere.
pub(in crate::statistics) fn may_open(cx: &Cx, i: usize) -> bool {
    let Some(w) = cx.word(i).filter(|w| w.starter) else {
        return false;
    };
    let first = cx.lower(i);
    // Only a first word of the generated lexicon (or "st", or such a word with an "s") finds a
    // name there, and the lexicon marks exactly those words `holiday`; the hand-written names
    // open with a word of `opens_holiday`. Most words are neither.
    (w.holiday || opens_holiday(&first)) && may_continue(cx, i, &first, w.holiday)
}

/// Whether token `i + 1` may be the second token of a holiday's name that starts with `first`
/// (token `i`, lower case; `generated`: whether to look in the generated lexicon): for "new"
/// only "year", "years", an apostrophe, a hyphen or a stop ("new projects" is none), read off
/// the names themselves. The matchers read a name's second token as one of: the name's next
/// word (`is`, `lower ==`), that word with an "s" (a possessive written without its apostrophe,
/// "new years eve"; a first word "presidents" reads the name's word after "' s"), "st" for
/// "saint", an apostrophe ("Mothers' Day", "Valentine's"), a hyphen written for a space
/// ("Eid-al-Adha"), the stop after "St", or a later word when a name's hyphen is written as a
/// space ("Eid al Fitr" for "eid al - fitr"); a name of one word (or of a possessive alone)
/// needs no second token. Any word after the first of a name, each also with an "s", "st",
/// the apostrophes, "-" and "." cover all of these: the gate only turns away what no matcher
/// can read (`holiday_gate_tests` runs both on every name and many near-misses).
fn may_continue(cx: &Cx, i: usize, first: &str, generated: bool) -> bool {
    let next = cx.lower(i + 1);
    let next = next.as_str();
    if matches!(next, "-" | ".") || APOSTROPHES.contains(&next) {
        return true;
    }
    // The names' second words by first word, made once (`holiday_seconds`); walked from the
    // names in the WASM build, whose download the kept map would grow.
    #[cfg(not(target_arch = "wasm32"))]
    return super::holiday_seconds::reads(first, generated, next);
    #[cfg(target_arch = "wasm32")]
    return super::holiday_seconds::walked(first, generated, next);
}

/// A name's words after its first.
pub(super) fn rest<'a>(words: &'a [&'static str]) -> &'a [&'static str] {
    words.get(1..).unwrap_or(&[])
}

/// Whether a hand-written name opens with the word `first` ("valentine" for "valentine's").
pub(super) fn opens_with(words: &[&str], first: &str) -> bool {
    let w = words.first().copied().unwrap_or("");
    w.strip_suffix("'s").unwrap_or(w) == first
}

/// The names of both lists that start at token `i`; `generated`: whether to look in the
/// generated lexicon.
fn matched(cx: &Cx, i: usize, generated: bool) -> Option<DatePhrase> {
    let generated = if generated {
        self::generated(cx, i)
    } else {
        None
    };
    // The longer reading: "Easter Sunday 2019" (generated) over "Easter" (the short list); of
    // one length, the short list's, with the generated name's days for a year named relatively.
    let (p, days) = match (hand_written(cx, i), generated) {
        (Some(a), Some((b, h))) if b.end > a.end => (b, Some(h)),
        (Some(a), Some((b, h))) if b.end == a.end => (a, Some(h)),
        (Some(a), _) => {
            let days = days_of_hand_written(cx, i);
            (a, days)
        }
        (None, Some((b, h))) => (b, Some(h)),
        (None, None) => return None,
    };
    let p = in_named_year(tail(cx, p), days);
    Some(in_relative_year(cx, p, days))
}

/// The hand-written names without a fixed day that the generated lexicon keeps under a longer
/// name: "Easter" is Easter Sunday.
const LONGER_GENERATED_NAMES: &[(&str, &[&str])] = &[("easter", &["easter", "sunday"])];

/// The generated name whose days the hand-written name at `i` takes, when the lexicon keeps it
/// under a longer name ([`LONGER_GENERATED_NAMES`]).
fn days_of_hand_written(cx: &Cx, i: usize) -> Option<&'static holiday_names::Holiday> {
    let first = cx.lower(i);
    let (_, words) = LONGER_GENERATED_NAMES
        .iter()
        .find(|(w, _)| *w == first.as_str())?;
    holiday_names::starting_with(words.first()?)
        .iter()
        .find(|h| h.words == *words)
}

/// "Thanksgiving 2019", "Easter in 2018": a holiday without a fixed day in a year the text
/// names takes the generated name's day of that year (before, a hand-written name of one
/// length kept only the year).
fn in_named_year(mut p: DatePhrase, days: Option<&'static holiday_names::Holiday>) -> DatePhrase {
    if let (
        When::Date {
            y: Some(y),
            m: None,
            d: None,
        },
        Some(h),
    ) = (p.when, days)
    {
        if let Some((m, d)) = h.on(Some(y)) {
            p.when = When::Date {
                y: Some(y),
                m: Some(m),
                d: Some(d),
            };
        }
    }
    p
}

/// "Easter last year", "Thanksgiving next year", "Diwali of this year", "Christmas two years
/// ago", "Thanksgiving in a year", "Super Tuesday in three years' time", "Holi six years
/// hence", "Christmas next month": a holiday without a year, then the year it falls in named
/// from the dateline. The phrase takes the words; the day is the holiday's in that year (`days`:
/// the generated name's, for a holiday without a fixed day).
fn in_relative_year(
    cx: &Cx,
    mut p: DatePhrase,
    days: Option<&'static holiday_names::Holiday>,
) -> DatePhrase {
    let When::Date { y: None, m, d } = p.when else {
        return p;
    };
    if let Some((months, end)) = relative_year_after(cx, p.end) {
        p.end = end;
        p.when = When::HolidayIn {
            fixed: m.zip(d),
            days,
            months,
        };
    }
    p
}

/// The year named from the dateline at `k`, after a holiday: as months from the dateline's
/// month (whole years as twelve), and the token after it. "last year" / "of next year" / "this
/// year" / "next month"; "in a year", "in 3 years", "in three years' time"; "two years ago",
/// "two years hence", "two years from now". Not "last year's" (a possessive names a thing of
/// last year: "at Easter last year's winner spoke"), nor a year counted from another point
/// ("two years later", "two years after").
fn relative_year_after(cx: &Cx, k: usize) -> Option<(i32, usize)> {
    if !cx.near(k) {
        return None;
    }
    let j = if cx.is(k, "of") && cx.near(k + 1) {
        k + 1
    } else {
        k
    };
    // "last year", "this coming year", "next month": the relative grammar's year or month,
    // counted from the dateline (not "the following year", counted from another date), the
    // unit right after ("this fiscal year" is no calendar year) and no possessive after it.
    if let Some(r) = relative(cx, j).filter(|r| r.start == j && r.from_anchor == FromAnchor::No) {
        let unit_at = r.end.min(cx.len()).saturating_sub(1);
        let months = match r.when {
            When::Relative {
                unit: TimeUnit::Year,
                offset,
            } => 12 * offset,
            When::Relative {
                unit: TimeUnit::Month,
                offset,
            } if cx.is(unit_at, "month") => offset,
            _ => return None,
        };
        if cx.word(unit_at).is_none_or(|w| w.time_unit.is_none())
            || cx.is_any(r.end, APOSTROPHES) && cx.attached(r.end)
        {
            return None;
        }
        return Some((months, r.end));
    }
    if j != k {
        return None;
    }
    let future = cx.is(k, "in") && cx.near(k + 1);
    let at = if future { k + 1 } else { k };
    let (n, u) = if cx.is_any(at, &["a", "an"]) {
        (1, at + 1)
    } else {
        let n = numbers::parse(cx, at, Context::Plain).filter(|n| {
            n.start == at
                && n.kind == NumKind::Cardinal
                && n.value.fract() == 0.0
                && (1.0..=100.0).contains(&n.value)
        })?;
        (n.value as i32, n.end)
    };
    if !(cx.near(u)
        && cx
            .word(u)
            .is_some_and(|w| w.time_unit == Some(TimeUnit::Year)))
    {
        return None;
    }
    let e = u + 1;
    if future {
        // "in three years' time", "in 3 years time".
        let time = if cx.is_any(e, APOSTROPHES) && cx.attached(e) {
            e + 1
        } else {
            e
        };
        if cx.is(time, "time") && cx.near(time) {
            return Some((12 * n, time + 1));
        }
        return Some((12 * n, e));
    }
    if !cx.near(e) {
        return None;
    }
    if cx.is(e, "ago") {
        return Some((-12 * n, e + 1));
    }
    if cx.is(e, "hence") {
        return Some((12 * n, e + 1));
    }
    if cx.is(e, "from") && cx.is(e + 1, "now") && cx.near(e + 1) {
        return Some((12 * n, e + 2));
    }
    None
}

/// What a holiday's name may take after it: "Thanksgiving Day" (a name without "day"), "Memorial
/// Day weekend", "Easter week-end", "Labor Day 2021 weekend".
fn tail(cx: &Cx, mut p: DatePhrase) -> DatePhrase {
    let last = cx.lower(p.end.saturating_sub(1));
    let named_day = matches!(
        last.as_str(),
        "day" | "eve" | "sunday" | "monday" | "friday"
    );
    if !named_day
        && cx.near(p.end)
        && cx.is(p.end, "day")
        && !(cx.attached(p.end + 1) && (cx.is_word(p.end + 1) || cx.is(p.end + 1, "-")))
    {
        p.end += 1;
    }
    if cx.near(p.end) && cx.is_any(p.end, &["weekend", "week-end"]) {
        p.end += 1;
    } else if cx.near(p.end)
        && cx.is(p.end, "week")
        && cx.is(p.end + 1, "-")
        && cx.is(p.end + 2, "end")
        && cx.attached(p.end + 1)
        && cx.attached(p.end + 2)
    {
        p.end += 3;
    }
    // "Thanksgiving Day 2012", "Halloween weekend 2021": the year after the tail.
    if let When::Date { y: None, m, d } = p.when {
        if let Some((y, e)) = year_after(cx, p.end) {
            p.end = e;
            p.when = When::Date { y: Some(y), m, d };
        }
    }
    p
}

/// The year after a holiday's name at `k`: "Diwali 2019", "Easter in 2018", "Labour Day of
/// 2016", "Easter Sunday two thousand ten". (year, the token after it)
fn year_after(cx: &Cx, k: usize) -> Option<(i32, usize)> {
    if !cx.near(k) {
        return None;
    }
    if let Some(y) = year_at(cx, k) {
        return Some(y);
    }
    // "in 2018", but not "in 2000 km": nothing after the year that makes it a count.
    if cx.is_any(k, &["in", "of"]) && cx.near(k + 1) {
        if let Some((y, e)) = year_at(cx, k + 1).filter(|&(_, e)| super::spoken::free_after(cx, e))
        {
            return Some((y, e));
        }
    }
    super::spoken::spoken_year(cx, k, true)
}

/// The short hand-written list, with its case rules ("new year" in lower case).
fn hand_written(cx: &Cx, i: usize) -> Option<DatePhrase> {
    let first = cx.lower(i);
    if !opens_holiday(&first) {
        return None;
    }
    // The first word is token `i` itself (a possessive's stem for "valentine's"): the names
    // that start with another word are passed over without reading the tokens.
    for (words, md) in HOLIDAYS
        .iter()
        .filter(|(words, _)| opens_with(words, &first))
    {
        let mut k = i;
        let mut ok = true;
        for w in words.iter() {
            if let Some(stem) = w.strip_suffix("'s") {
                if cx.is(k, stem) && cx.is_any(k + 1, APOSTROPHES) && cx.is(k + 2, "s") {
                    k += 3;
                    continue;
                }
                // "new years eve": the possessive without its apostrophe.
                if k > i && cx.near(k) && cx.lower(k).strip_suffix('s') == Some(stem) {
                    k += 1;
                    continue;
                }
                ok = false;
                break;
            }
            if !(cx.is(k, w) && (k == i || cx.near(k))) {
                ok = false;
                break;
            }
            k += 1;
            // "Mothers' Day": the apostrophe after a plural.
            if w.ends_with('s') && cx.is_any(k, APOSTROPHES) && cx.attached(k) {
                k += 1;
            }
        }
        if !ok {
            continue;
        }
        // "new year" in lower case is usually just a new year, unless a date word leads to it.
        // "new year's eve", "new year's day" are the holidays in any case.
        if !cx.capitalised(i)
            && words[0] == "new"
            && words.len() < 3
            && !(i > 0 && cx.is_any(i - 1, &["before", "after", "until", "since", "over", "by"]))
        {
            return None;
        }
        let mut y = None;
        if cx.near(k) {
            if let Some((yy, e)) = year_after(cx, k) {
                y = Some(yy);
                k = e;
            }
        }
        // "mothers day" without capitals or an apostrophe ("a mothers day care centre") needs
        // a year after it or "next", "last" or "this" before it.
        // ("christmas" ends in an "s" and is no plural.)
        let bare_plural = words[0]
            .strip_suffix('s')
            .is_some_and(|stem| HOLIDAY_OPENERS.contains(&stem))
            && !cx.capitalised(i)
            && !(i + 1..k).any(|j| cx.is_any(j, APOSTROPHES));
        if bare_plural && y.is_none() && !(i > 0 && cx.is_any(i - 1, &["next", "last", "this"])) {
            return None;
        }
        let when = match md {
            Some((m, d)) => When::Date {
                y,
                m: Some(*m),
                d: Some(*d),
            },
            None => When::Date {
                y,
                m: None,
                d: None,
            },
        };
        return Some(DatePhrase::new(i, k, Cat::Date, when));
    }
    None
}

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
pub(super) fn generated_names(
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
fn generated(cx: &Cx, i: usize) -> Option<(DatePhrase, &'static holiday_names::Holiday)> {
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

#[cfg(test)]
#[path = "holiday_gate_tests.rs"]
mod gate_tests;
