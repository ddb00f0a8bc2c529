//! Absolute dates: days, months, years, centuries and quarters ("August 2022", "04th Jan 2019",
//! "2024-02-02", "the 15th century", "Q3 2023"). Dates in digits are read in [`numeric`], years by
//! context or era in [`years`].

use super::{Cat, DatePhrase};
use crate::statistics::calendar::{valid, When};
use crate::statistics::cursor::Cx;
use crate::statistics::numbers::{self};
use crate::statistics::words::ORDINAL_SUFFIXES;

/// "the 15th century", "the nineteenth century".
pub(super) fn century(cx: &Cx, i: usize) -> Option<DatePhrase> {
    let k = if cx.is(i, "the") { i + 1 } else { i };
    let (n, e) = if cx.is_digits(k) && cx.is_any(k + 1, ORDINAL_SUFFIXES) && cx.attached(k + 1) {
        (cx.s(k).parse::<i32>().ok()?, k + 2)
    } else {
        let (v, e) = numbers::word_ordinal(cx, k)?;
        (v as i32, e)
    };
    // "21st-century": joined by a hyphen before the noun it dates.
    let e = if cx.is(e, "-") && cx.attached(e) && cx.attached(e + 1) {
        e + 1
    } else {
        e
    };
    if !((1..=30).contains(&n) && cx.near(e) && cx.is_any(e, &["century", "centuries"])) {
        return None;
    }
    // "the 19th century" is the 1800s; "centuries" names no one century.
    let when = if cx.is(e, "century") {
        When::Century(n - 1)
    } else {
        When::Nothing
    };
    // "the 7th century BC", "the 2nd century AD": its era inside (a century before Christ
    // has no value here).
    if let Some((before, end)) = eras::era_at(cx, e + 1).filter(|_| cx.near(e + 1)) {
        let when = if before { When::Nothing } else { when };
        return Some(DatePhrase::new(k, end, Cat::Date, when));
    }
    Some(DatePhrase::new(k, e + 1, Cat::Date, when))
}

/// "the 18th" on its own: a day of this month (not "the 18th hole").
/// "the year 2011", "fiscal year 2008", "year 2012": a year named as one.
/// The kinds of year `named_year` reads: "the fiscal year 2024", "tax year 2023-24".
pub(crate) const NAMED_YEAR_KINDS: &[&str] = &[
    "fiscal",
    "financial",
    "calendar",
    "school",
    "academic",
    "tax",
];

pub(super) fn named_year(cx: &Cx, i: usize) -> Option<DatePhrase> {
    let mut k = i;
    if cx.is(k, "the") && cx.near(k + 1) {
        k += 1;
    }
    if cx.is_any(k, NAMED_YEAR_KINDS) && cx.near(k + 1) {
        k += 1;
    }
    if !(cx.is(k, "year") && cx.near(k + 1)) {
        return None;
    }
    let (y, e) = year_at(cx, k + 1)?;
    Some(DatePhrase::new(
        i,
        e,
        Cat::Date,
        When::Date {
            y: Some(y),
            m: None,
            d: None,
        },
    ))
}

pub(super) fn the_day(cx: &Cx, i: usize) -> Option<DatePhrase> {
    if !(cx.is(i, "the") && cx.is_digits(i + 1) && cx.near(i + 1)) {
        return None;
    }
    let (d, e) = day_at(cx, i + 1)?;
    // "the 2nd-largest city": a rank joined to its word, no day.
    if e != i + 3 || cx.is(e, "-") && cx.attached(e) {
        return None;
    }
    if cx.near(e)
        && cx.is_word(e)
        && !cx.is_any(e, &["at", "and", "or", "to", "from", "between", "of", "in"])
    {
        return None;
    }
    Some(DatePhrase::new(
        i,
        e,
        Cat::Date,
        When::Date {
            y: None,
            m: None,
            d: Some(d),
        },
    ))
}

/// A day in digits of a list whose month is written once: before the last day ("3 and 4 June",
/// "3, 4 and 5 June 2024": the days before the last) or after the first ("June 3 and 4": the
/// day after "and"). The last and the first are read as dates of their own.
pub(super) fn listed_day(cx: &Cx, i: usize) -> Option<DatePhrase> {
    if !cx.is_digits(i) {
        return None;
    }
    let (d, e) = day_at(cx, i)?;
    let dated = |when: When| match when {
        When::Date { y, m: Some(m), .. } => Some(When::Date {
            y,
            m: Some(m),
            d: Some(d),
        }),
        _ => None,
    };
    // "June 3 and 4": the month and first day before.
    if i >= 3
        && cx.is_any(i - 1, &["and", "&"])
        && cx.is_digits(i - 2)
        && cx.near(i - 1)
        && cx.near(i)
        && !(cx.near(e) && cx.word(e).is_some_and(|w| w.month.is_some()))
    {
        if let Some(m) = cx.word(i - 3).and_then(|w| w.month) {
            let first = day_at(cx, i - 2).filter(|&(f, end)| end == i - 1 && f < d);
            if first.is_some() && cx.near(i - 2) {
                let when = When::Date {
                    y: None,
                    m: Some(m),
                    d: Some(d),
                };
                return Some(DatePhrase::new(i, e, Cat::Date, when));
            }
        }
    }
    // "3 and 4 June", "3, 4 and 5 June": later days joined up to the one the month follows.
    let (mut k, mut last) = (e, d);
    for _ in 0..6 {
        if !(cx.near(k) && cx.is_any(k, &[",", "and", "&"]) && cx.near(k + 1)) {
            return None;
        }
        let (next_day, next) =
            day_at(cx, k + 1).filter(|&(n, _)| cx.is_digits(k + 1) && n > last)?;
        if let Some(p) = day_month(cx, k + 1) {
            return dated(p.when).map(|when| DatePhrase::new(i, e, Cat::Date, when));
        }
        (k, last) = (next, next_day);
    }
    None
}

/// A day of the month at `j`: "4", "04th", "second", "twenty-first", "the 9th". (day, end)
pub(super) fn day_at(cx: &Cx, j: usize) -> Option<(u8, usize)> {
    let mut j = j;
    if cx.is(j, "the") && cx.near(j + 1) {
        j += 1;
    }
    if cx.is_digits(j) {
        let s = cx.s(j);
        if s.len() > 2 {
            return None;
        }
        let d: u8 = s.parse().ok()?;
        if !(1..=31).contains(&d) {
            return None;
        }
        let mut end = j + 1;
        if cx.is_any(end, ORDINAL_SUFFIXES) && cx.attached(end) {
            end += 1;
        }
        if cx.attached(end) && (cx.is_word(end) || cx.is_digits(end)) {
            return None;
        }
        return Some((d, end));
    }
    let (v, end) = numbers::word_ordinal(cx, j)?;
    (1..=31).contains(&v).then_some((v as u8, end))
}

/// The year at `j` (`year_at`) as a date phrase of that year alone.
pub(super) fn year_phrase(cx: &Cx, j: usize) -> Option<DatePhrase> {
    let (y, end) = year_at(cx, j)?;
    let when = When::Date {
        y: Some(y),
        m: None,
        d: None,
    };
    Some(DatePhrase::new(j, end, Cat::Date, when))
}

/// A year written with two digits: "74" is 1974, "18" is 2018.
pub(super) fn two_digit_year(yy: i32) -> i32 {
    if yy > 50 {
        1900 + yy
    } else {
        2000 + yy
    }
}

/// A four-digit year at `j` (1000–2999), not part of a longer number.
pub(super) fn year_at(cx: &Cx, j: usize) -> Option<(i32, usize)> {
    if !cx.is_digits(j) || cx.s(j).len() != 4 {
        return None;
    }
    let y: i32 = cx.s(j).parse().ok()?;
    if !(1000..=2999).contains(&y) {
        return None;
    }
    if cx.attached(j + 1) && (cx.is_digits(j + 1) || cx.is_word(j + 1)) {
        return None;
    }
    if cx.attached(j + 1)
        && cx.is_any(j + 1, &[",", "."])
        && cx.is_digits(j + 2)
        && cx.attached(j + 2)
    {
        return None;
    }
    Some((y, j + 1))
}

/// Whether a month word at `j` is a month here: "may" and "march" are also verbs.
pub(super) fn month_ok(cx: &Cx, j: usize, followed_by_number: bool) -> bool {
    let lower = cx.lower(j);
    let ambiguous = matches!(
        lower.as_str(),
        "may"
            | "march"
            | "mar"
            | "jan"
            | "jun"
            | "sep"
            | "dec"
            | "oct"
            | "nov"
            | "aug"
            | "apr"
            | "jul"
            | "feb"
            | "sept"
    );
    if !ambiguous || day_of(cx, j) {
        return true;
    }
    if followed_by_number {
        return !matches!(lower.as_str(), "may" | "march")
            || cx.capitalised(j)
            || cx.is(j + 1, "/");
    }
    let prev_ok = j > 0
        && cx.is_any(
            j - 1,
            &[
                "in", "since", "of", "from", "until", "till", "by", "during", "last", "next",
                "this", "early", "late", "mid", "-", "–", "and", "to", "through", "before",
                "after", "every", "each", "between",
            ],
        );
    prev_ok && (cx.capitalised(j) || !matches!(lower.as_str(), "may" | "march"))
        || cx.capitalised(j) && after_superlative(cx, j)
        // "its March quarter": a quarter named by its last month (`month_period`).
        || cx.capitalised(j) && cx.is(j + 1, "quarter") && cx.near(j + 1)
}

/// "its wettest May", "the busiest March on record": a superlative in lower case after a
/// determiner, just before a capitalised month, makes it the month (a verb "May" does not
/// follow an adjective; "polls suggest May will win" has no determiner; "Wales's wettest
/// May" has its possessive).
fn after_superlative(cx: &Cx, j: usize) -> bool {
    if j < 2 || cx.capitalised(j - 1) || !cx.is_word(j - 1) {
        return false;
    }
    let w = cx.lower(j - 1);
    let w = w.as_str();
    (w.len() >= 6 && w.ends_with("est") || matches!(w, "best" | "worst"))
        && cx.is_any(
            j - 2,
            &["the", "its", "their", "our", "his", "her", "a", "s"],
        )
}

/// Nouns of a statistic a month's name may classify: "the second highest June figure", "the
/// hottest July day", "the wettest May total".
const STATISTIC_NOUNS: &[&str] = &[
    "figure",
    "figures",
    "total",
    "totals",
    "reading",
    "readings",
    "level",
    "tally",
    "count",
    "day",
    "night",
    "week",
    "weekend",
    "rainfall",
    "temperature",
];

/// "the second highest June figure", "the hottest July day on record": a month alone between a
/// superlative and a noun of a statistic classifies the figure (any June), it names no month
/// of the story. "its wettest May on record", "the busiest March since 2019" stay the month.
fn statistic_of_a_month(cx: &Cx, i: usize, j: usize) -> bool {
    if i == 0 || j != i + 1 || !cx.near(j) || !cx.is_word(i - 1) || !cx.is_any(j, STATISTIC_NOUNS) {
        return false;
    }
    let w = cx.lower(i - 1);
    let w = w.as_str();
    // "the latest June figures" are this June's.
    w.len() >= 6 && w.ends_with("est") && w != "latest" || matches!(w, "best" | "worst")
}

/// "the 1st of march", "the third of may": a day "of" the month at `j`, whatever its case.
fn day_of(cx: &Cx, j: usize) -> bool {
    j >= 2
        && cx.is(j - 1, "of")
        && (j >= 3 && cx.is_any(j - 2, ORDINAL_SUFFIXES) && cx.is_digits(j - 3)
            || cx.word(j - 2).is_some_and(|w| w.ordinal.is_some()))
}

/// Month first: "August 2022", "January 12, 2016", "Jan 3rd", "Dec-2018", "jan/3", "mar4",
/// "April of 87", "July 4th of 1995", "January".
pub(super) fn month_phrase(cx: &Cx, i: usize) -> Option<DatePhrase> {
    let m = cx.word(i)?.month?;
    let mut j = i + 1;
    // "Sept." abbreviation dot.
    if cx.is(j, ".")
        && cx.attached(j)
        && cx.s(i).len() <= 4
        && (cx.is_digits(j + 1) && cx.near(j + 1))
    {
        j += 1;
    }
    let sep_ok = |k: usize| cx.is_any(k, &["-", "/", "."]) && cx.attached(k) && cx.attached(k + 1);
    // Day after the month.
    let mut k = j;
    if sep_ok(k) {
        k += 1;
    }
    let day = if cx.near(k) || cx.attached(k) {
        day_at(cx, k).filter(|_| year_at(cx, k).is_none())
    } else {
        None
    };
    // "Dec, 2018": a year after a comma also makes an abbreviation a month.
    let comma_year = cx.is(j, ",") && cx.near(j + 1) && year_at(cx, j + 1).is_some();
    let followed_by_number =
        day.is_some() || (cx.near(k) && (cx.is_digits(k) || sep_ok(j))) || comma_year;
    if !(month_ok(cx, i, followed_by_number) || day_written_out(cx, k, day)) {
        return None;
    }
    let mut d = None;
    if let Some((dd, e)) = day {
        // "May 2 million" is not a date.
        if !(cx.near(e) && cx.word(e).is_some_and(|w| w.scale.is_some())) {
            d = Some(dd);
            j = e;
        }
    }
    // Year: "August 2022", "Jan 12, 2016", "Dec-2018", "April of 87", "July 4th of 1995".
    let mut y = None;
    let mut k = j;
    if (cx.is(k, ",") && cx.near(k)) || sep_ok(k) || (cx.is_any(k, &["of", "in"]) && cx.near(k)) {
        k += 1;
    }
    if cx.near(k) || cx.attached(k) {
        if let Some((yy, e)) = year_at(cx, k) {
            y = Some(yy);
            j = e;
        } else if cx.is(k - 1, "of") && cx.is_digits(k) && cx.s(k).len() == 2 && !cx.attached(k + 1)
        {
            let yy: i32 = cx.s(k).parse().ok()?;
            y = Some(if yy > 30 { 1900 + yy } else { 2000 + yy });
            j = k + 1;
        }
    }
    if d.is_none() && y.is_none() && statistic_of_a_month(cx, i, j) {
        return None;
    }
    // "mar4" style attachment is allowed; "Mayfair" never reaches here (one token).
    if let (Some(yy), Some(dd)) = (y, d) {
        if !valid(yy, m, dd) && dd > 29 {
            // "feb 30" is still written as a date; keep it unresolved.
        }
    }
    Some(DatePhrase::new(
        i,
        j,
        Cat::Date,
        When::Date { y, m: Some(m), d },
    ))
}

/// Whether the day read at `k` after a lower-case "may" or "march" makes it the month: a day
/// with a year after it ("march 3rd 2015", "may first, 2019"), written with an ordinal suffix
/// ("march 3rd"), or digits that end the phrase ("march 3."): not "march 20 miles".
fn day_written_out(cx: &Cx, k: usize, day: Option<(u8, usize)>) -> bool {
    let Some((_, e)) = day else {
        return false;
    };
    let year_after = cx.near(e) && year_at(cx, e).is_some()
        || cx.is(e, ",") && cx.near(e + 1) && year_at(cx, e + 1).is_some();
    let suffixed = cx.is_digits(k) && e == k + 2;
    let ends = cx.is_digits(k) && !(cx.near(e) && (cx.is_word(e) || cx.is_digits(e)));
    cx.near(k) && (year_after || suffixed || ends)
}

/// Day first: "04th Jan 2019", "second of Aug", "30 December", "the 09th of May", "13 Sept".
pub(super) fn day_month(cx: &Cx, i: usize) -> Option<DatePhrase> {
    let (d, mut j) = day_at(cx, i)?;
    if cx.is(j, "of") && cx.near(j) {
        j += 1;
    }
    if !(cx.near(j) || cx.is_digits(i) && cx.attached(j)) {
        return None;
    }
    let m = cx.word(j)?.month?;
    if !month_ok(cx, j, true) {
        return None;
    }
    let mut end = j + 1;
    if cx.is(end, ".")
        && cx.attached(end)
        && cx.s(j).len() <= 4
        && cx.is_digits(end + 1)
        && cx.near(end + 1)
    {
        end += 1;
    }
    let mut y = None;
    let mut k = end;
    if cx.is_any(k, &[",", "of", "in"]) && cx.near(k) {
        k += 1;
    }
    if cx.near(k) {
        if let Some((yy, e)) = year_at(cx, k) {
            y = Some(yy);
            end = e;
        }
    }
    let start = i;
    Some(DatePhrase::new(
        start,
        end,
        Cat::Date,
        When::Date {
            y,
            m: Some(m),
            d: Some(d),
        },
    ))
}

/// "q1", "Q3", "h2" (token pair letter + digit). (quarter number, end)
pub(super) fn quarter_code(cx: &Cx, j: usize) -> Option<(u8, usize)> {
    if !(cx.is_any(j, &["q", "h"]) && cx.is_digits(j + 1) && cx.attached(j + 1)) {
        return None;
    }
    let n: u8 = cx.s(j + 1).parse().ok()?;
    let max = if cx.is(j, "q") { 4 } else { 2 };
    if !(1..=max).contains(&n) || cx.attached(j + 2) && (cx.is_word(j + 2) || cx.is_digits(j + 2)) {
        return None;
    }
    let q = if cx.is(j, "h") { n * 10 } else { n };
    Some((q, j + 2))
}

/// "Q1", "q1-2019", "Q3 2023".
pub(super) fn quarter(cx: &Cx, i: usize) -> Option<DatePhrase> {
    let (q, mut end) = quarter_code(cx, i)?;
    if i > 0 && cx.attached(i) && cx.is_word(i - 1) {
        return None;
    }
    let mut y = None;
    let k = if cx.is(end, "-") && cx.attached(end) {
        end + 1
    } else {
        end
    };
    if cx.near(k) {
        if let Some((yy, e)) = year_at(cx, k) {
            y = Some(yy);
            end = e;
        }
    }
    Some(DatePhrase::new(i, end, Cat::Date, When::Quarter { y, q }))
}

/// A year written with its quarter or half, attached: "2018Q4", "18q4", "2019H1", and the
/// quarter first as analysts write it, "4Q18", "1Q2020". The digits at `i` open it.
pub(super) fn compact_quarter(cx: &Cx, i: usize) -> Option<DatePhrase> {
    let digits = cx.s(i);
    let year = |s: &str| -> Option<i32> {
        let n: i32 = s.parse().ok()?;
        match s.len() {
            2 => Some(two_digit_year(n)),
            4 if (1900..=2099).contains(&n) => Some(n),
            _ => None,
        }
    };
    if !cx.attached(i + 1) || i > 0 && cx.attached(i) && (cx.is_word(i - 1) || cx.is_digits(i - 1))
    {
        return None;
    }
    // "2018Q4": the year, then the quarter.
    if let Some(y) = year(digits) {
        if let Some((q, end)) = quarter_code(cx, i + 1) {
            return Some(DatePhrase::new(
                i,
                end,
                Cat::Date,
                When::Quarter { y: Some(y), q },
            ));
        }
    }
    // "4Q18": the quarter, then the year.
    let n: u8 = digits.parse().ok().filter(|n| (1..=4).contains(n))?;
    if digits.len() != 1 || !cx.is(i + 1, "q") || !cx.attached(i + 2) {
        return None;
    }
    let y = cx.is_digits(i + 2).then(|| year(cx.s(i + 2))).flatten()?;
    if cx.attached(i + 3) && (cx.is_word(i + 3) || cx.is_digits(i + 3)) {
        return None;
    }
    Some(DatePhrase::new(
        i,
        i + 3,
        Cat::Date,
        When::Quarter { y: Some(y), q: n },
    ))
}

mod context_years;
mod eras;
mod numeric;
mod year_names;
mod years;

pub(super) use eras::era_year;
pub(super) use numeric::numeric_date;
pub(super) use years::year_atom;
