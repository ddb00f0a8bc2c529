//! Absolute dates: days, months, years, centuries and quarters ("August 2022", "04th Jan 2019",
//! "2024-02-02", "the 15th century", "Q3 2023").

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
    if !((1..=30).contains(&n) && cx.near(e) && cx.is_any(e, &["century", "centuries"])) {
        return None;
    }
    // "the 19th century" is the 1800s; "centuries" names no one century.
    let when = if cx.is(e, "century") {
        When::Century(n - 1)
    } else {
        When::Nothing
    };
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
    if e != i + 3 {
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
                "this", "early", "late", "mid", "-", "and", "to", "through", "before", "after",
                "every", "each", "between",
            ],
        );
    prev_ok && (cx.capitalised(j) || !matches!(lower.as_str(), "may" | "march"))
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

/// Digits joined by / - . : "2024-02-02", "22/04", "01/22/2016", "23.04.2022", "2019-aug-1",
/// "23/Sep/2020", "12-2015", "2/29".
pub(super) fn numeric_date(cx: &Cx, i: usize) -> Option<DatePhrase> {
    if i > 0
        && cx.attached(i)
        && (cx.is_digits(i - 1)
            || cx.is_word(i - 1)
            || cx.is_any(i - 1, &["/", ".", ",", ":", "+"])
                && i > 1
                && cx.attached(i - 1)
                && cx.is_digits(i - 2))
    {
        return None;
    }
    // Collect parts: digits or month words, joined by one kind of separator, all attached.
    let mut parts: Vec<(usize, bool)> = Vec::with_capacity(3); // (token, is_month)
    let mut sep = "";
    let mut j = i;
    loop {
        if cx.is_digits(j) {
            parts.push((j, false));
        } else if cx.word(j).is_some_and(|w| w.month.is_some()) {
            parts.push((j, true));
        } else {
            break;
        }
        j += 1;
        let s = cx.s(j);
        if cx.attached(j)
            && matches!(s, "/" | "-" | ".")
            && cx.attached(j + 1)
            && (sep.is_empty() || sep == s)
            && (cx.is_digits(j + 1) || cx.word(j + 1).is_some_and(|w| w.month.is_some()))
        {
            sep = s;
            j += 1;
            if parts.len() == 3 {
                return None;
            }
        } else {
            break;
        }
    }
    if parts.len() < 2 || sep.is_empty() {
        return None;
    }
    // More digits glued on: a phone number, an id.
    if cx.attached(j)
        && (cx.is_digits(j)
            || cx.is_word(j) && !cx.is_any(j, ORDINAL_SUFFIXES)
            || cx.is_any(j, &[".", ","]) && cx.is_digits(j + 1) && cx.attached(j + 1))
    {
        return None;
    }
    let num = |k: usize| cx.s(k).parse::<i32>().ok();
    let len = |k: usize| cx.s(k).len();
    let month_of = |k: usize| cx.word(k).and_then(|w| w.month);
    let (y, m, d): (Option<i32>, u8, Option<u8>) = match *parts.as_slice() {
        [(a, false), (b, false), (c, false)] => {
            let (a, b, c, la, lc) = (num(a)?, num(b)?, num(c)?, len(a), len(c));
            if la == 4 {
                (Some(a), u8::try_from(b).ok()?, Some(u8::try_from(c).ok()?))
            } else if lc == 4 || lc == 2 {
                let y = if lc == 2 {
                    if c > 50 {
                        1900 + c
                    } else {
                        2000 + c
                    }
                } else {
                    c
                };
                if sep == "." && lc == 2 {
                    return None;
                }
                // Day first unless that is impossible; when both read, the reader's locale
                // decides, else "/" is US order and "-", "." day first.
                let month_first = cx.day_first().map_or(sep == "/", |d| !d);
                if a > 12 {
                    (Some(y), u8::try_from(b).ok()?, Some(u8::try_from(a).ok()?))
                } else if b > 12 || month_first {
                    (Some(y), u8::try_from(a).ok()?, Some(u8::try_from(b).ok()?))
                } else {
                    (Some(y), u8::try_from(b).ok()?, Some(u8::try_from(a).ok()?))
                }
            } else {
                return None;
            }
        }
        [(a, false), (b, true), (c, false)] => {
            // "23/Sep/2020", "2019-aug-1", "2020/23/Sep" is handled below.
            let (a, c) = (num(a)?, num(c)?);
            let m = month_of(b)?;
            if len(parts[0].0) == 4 {
                (Some(a), m, Some(u8::try_from(c).ok()?))
            } else {
                (Some(c), m, Some(u8::try_from(a).ok()?))
            }
        }
        [(a, false), (b, false), (c, true)] => {
            let (a, b) = (num(a)?, num(b)?);
            (Some(a), month_of(c)?, Some(u8::try_from(b).ok()?))
        }
        [(a, false), (b, false)] => {
            let (a, b, la, lb) = (num(a)?, num(b)?, len(a), len(b));
            if sep == "." {
                return None;
            }
            if lb == 4 && (1..=12).contains(&a) && sep != "." {
                // "12-2015".
                (Some(b), u8::try_from(a).ok()?, None)
            } else if la <= 2 && lb <= 2 && sep == "/" {
                // "22/04", "7/6" — but "1/4" and "3/8" are fractions.
                if a < b && matches!(b, 2 | 3 | 4 | 8 | 16 | 32) {
                    return None;
                }
                // "9/11" names the attacks: September to every reader.
                let name = a == 9 && b == 11;
                if a > 12 || cx.day_first() == Some(true) && b <= 12 && !name {
                    (None, u8::try_from(b).ok()?, Some(u8::try_from(a).ok()?))
                } else {
                    (None, u8::try_from(a).ok()?, Some(u8::try_from(b).ok()?))
                }
            } else {
                return None;
            }
        }
        [(a, true), (b, false)] => (None, month_of(a)?, Some(u8::try_from(num(b)?).ok()?)),
        [(a, true), (b, false), (c, false)] => (
            Some(num(c)?),
            month_of(a)?,
            Some(u8::try_from(num(b)?).ok()?),
        ),
        _ => return None,
    };
    if !(1..=12).contains(&m) || d.is_some_and(|d| !(1..=31).contains(&d)) {
        return None;
    }
    if let Some(y) = y {
        if !(1000..=2999).contains(&y) {
            return None;
        }
    }
    let mut end = j;
    if cx.is_any(end, ORDINAL_SUFFIXES) && cx.attached(end) {
        end += 1;
    }
    Some(DatePhrase::new(
        i,
        end,
        Cat::Date,
        When::Date { y, m: Some(m), d },
    ))
}

/// A season or financial year written with a slash, "2023/24" or "2023/2024": two years in a
/// row and nothing else (a slash between other numbers is a ratio or a date).
fn split_year(cx: &Cx, i: usize) -> Option<DatePhrase> {
    if !(cx.is_digits(i) && cx.s(i).len() == 4 && cx.is(i + 1, "/")) {
        return None;
    }
    let y: i32 = cx.s(i).parse().ok()?;
    let second = cx.s(i + 2);
    if !((1000..=2998).contains(&y) && cx.attached(i + 1) && cx.attached(i + 2)) {
        return None;
    }
    let next = match (cx.is_digits(i + 2), second.len()) {
        // "1999/00": the second year is in the next century.
        (true, 2) => (y + 1) / 100 * 100 + second.parse::<i32>().ok()?,
        (true, 4) => second.parse().ok()?,
        _ => return None,
    };
    if next != y + 1 || (cx.attached(i + 3) && !cx.is_any(i + 3, &[",", ".", ";", ":", ")"])) {
        return None;
    }
    let year = |y| When::Date {
        y: Some(y),
        m: None,
        d: None,
    };
    let mut p = DatePhrase::new(i, i + 3, Cat::Date, year(y));
    p.until = Some(year(next));
    p.qualifier = Some("between");
    Some(p)
}

/// A year where the context says it is one: "in 2019", "since 1998", "the year 2008",
/// "2017 q1", "1990s". A bare four-digit number elsewhere is left to the number grammar.
pub(super) fn year_atom(cx: &Cx, i: usize) -> Option<DatePhrase> {
    // Decades and centuries: "1990s", "1990 s", "1800s".
    if cx.is_digits(i)
        && cx.s(i).len() == 4
        && cx.s(i).ends_with('0')
        && cx.is(i + 1, "s")
        && cx.near(i + 1)
        && !cx.is_word(i + 2) | !cx.attached(i + 2)
    {
        let y: i32 = cx.s(i).parse().ok()?;
        // "1000s of fans" is a vague count, not the decade 1000–1009.
        if y < 1100 {
            return None;
        }
        // "the 1800s" is a century; "the 2000s" is read as the decade it mostly names.
        let when = if y % 100 == 0 && (1100..2000).contains(&y) {
            When::Century(y / 100)
        } else {
            When::Decade(y)
        };
        return Some(DatePhrase::new(i, i + 2, Cat::Date, when));
    }
    if let Some(p) = split_year(cx, i) {
        return Some(p);
    }
    let (y, mut end) = year_at(cx, i)?;
    // "2017 q1", "2019-H2".
    if let Some((q, e)) = quarter_code(
        cx,
        if cx.is(end, "-") && cx.attached(end) {
            end + 1
        } else {
            end
        },
    ) {
        if cx.near(end) {
            return Some(DatePhrase::new(
                i,
                e,
                Cat::Date,
                When::Quarter { y: Some(y), q },
            ));
        }
    }
    let prev_ok = i > 0
        && cx.is_any(
            i - 1,
            &[
                "in",
                "since",
                "by",
                "until",
                "till",
                "through",
                "from",
                "during",
                "of",
                "year",
                "before",
                "after",
                "early",
                "late",
                "mid",
                "between",
                "circa",
                "c",
                "around",
                "summer",
                "winter",
                "spring",
                "autumn",
                "fall",
                "than",
                "fy",
                "cy",
                "for",
                "election",
                "season",
                "budget",
                "census",
                "q1",
                "q2",
                "q3",
                "q4",
                "end",
                "beginning",
                "start",
                "©",
                "copyright",
            ],
        );
    // The second year of a range ("2014-2018", "2014 to 2018"), or the first one.
    let joined_before = i >= 2
        && cx.is_any(i - 1, &["-", "–", "to", "and", "through", "~", "or"])
        && year_at(cx, i - 2).is_some();
    let joined_after = cx.near(end)
        && cx.is_any(end, &["-", "–", "to", "through", "~"])
        && year_at(cx, end + 1).is_some_and(|(y2, _)| y2 > y)
        || (cx.is_any(end, &["-", "–"])
            && cx.attached(end)
            && cx.is_digits(end + 1)
            && cx.s(end + 1).len() == 2
            && cx.s(end + 1).parse::<i32>().is_ok_and(|yy| {
                let full = y / 100 * 100 + yy;
                full > y && full - y <= 10
            }));
    let modifier = year_modifier(cx, i, end);
    let prev_ok = prev_ok || joined_before || joined_after || modifier;
    let next_ok = !cx.near(end)
        || cx.is_any(end, &[",", ".", ";", ")", ":", "and", "or", "to", "-", "–"])
        || cx.gap(end) >= crate::statistics::tokens::Gap::Line;
    if !prev_ok && !(next_ok && (i == 0 || cx.sentence_start(i))) {
        return None;
    }
    // "in 2000 pieces" / "by 2030 people": a count, not a year.
    if !modifier
        && cx.near(end)
        && cx.is_word(end)
        && !cx.is_any(
            end,
            &[
                "and", "or", "to", "through", "till", "until", "the", "a", "an", "it", "he", "she",
                "they", "we", "i", "there", "this", "that", "when", "as", "its", "his", "her",
                "their", "was", "were", "is", "had", "has", "alone", "onwards", "onward",
                "compared", "while", "but", "after", "before", "at", "on", "in", "with", "for",
                "against", "than", "by", "from", "versus", "vs",
            ],
        )
    {
        let w = cx.word(end);
        let date_word =
            w.is_some_and(|w| w.month.is_some() || w.weekday.is_some() || w.time_unit.is_some());
        if !date_word && !cx.capitalised(end) {
            return None;
        }
    }
    if cx.is(end, "s") && cx.attached(end) {
        end += 1;
    }
    Some(DatePhrase::new(
        i,
        end,
        Cat::Date,
        When::Date {
            y: Some(y),
            m: None,
            d: None,
        },
    ))
}

/// "the 2022 budget", "a 2015 study", "its 1999 report", "the 1990 World Cup": a year (1900–2099)
/// between a determiner and the singular noun it dates. A count there takes a plural ("the 2000
/// workers", "the 2000 people"), a unit ("the 1500 metres") or a threshold ("the 2000 mark").
fn year_modifier(cx: &Cx, i: usize, end: usize) -> bool {
    const DETERMINERS: &[&str] = &[
        "the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that",
        "whose",
    ];
    const PLURAL_NOUNS: &[&str] = &[
        "people",
        "men",
        "women",
        "children",
        "police",
        "staff",
        "cattle",
        "personnel",
        "feet",
        "sheep",
        "fish",
        "deer",
        "crew",
        "strong",
    ];
    const THRESHOLDS: &[&str] = &[
        "mark",
        "level",
        "levels",
        "barrier",
        "threshold",
        "point",
        "points",
        "figure",
        "milestone",
        "limit",
        "line",
        "total",
        "number",
        "range",
        "plus",
        "or",
        "odd",
        "-",
        // No noun follows: "the 2000 were sent home", "the 1900 who stayed".
        "were",
        "was",
        "are",
        "is",
        "had",
        "have",
        "has",
        "who",
        "which",
        "that",
        "of",
        "in",
        "on",
        "at",
        "to",
        "and",
        "with",
        "will",
        "would",
        "could",
        "can",
        "did",
        "do",
        "remaining",
    ];
    let y: i32 = cx.s(i).parse().unwrap_or(0);
    if !((1900..=2099).contains(&y) && i > 0 && cx.is_any(i - 1, DETERMINERS) && cx.near(i)) {
        return false;
    }
    if !(cx.near(end) && cx.is_word(end)) || cx.attached(end) {
        return false;
    }
    if cx.is_any(end, PLURAL_NOUNS) || cx.is_any(end, THRESHOLDS) {
        return false;
    }
    if cx.word(end).is_some_and(|w| {
        w.measure.is_some() || w.currency.is_some() || w.scale.is_some() || w.time_unit.is_some()
    }) {
        return false;
    }
    let lower = cx.lower(end);
    let w = lower.as_str();
    let plural = w.len() > 3
        && w.ends_with('s')
        && !(w.ends_with("ss") || w.ends_with("us") || w.ends_with("is") || w == "series");
    !plural || cx.capitalised(end)
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
    let when = if q <= 4 {
        When::Quarter { y, q }
    } else {
        When::Date {
            y,
            m: None,
            d: None,
        }
    };
    Some(DatePhrase::new(i, end, Cat::Date, when))
}

/// "44 BC", "2014 A.D.", "300 BCE", "AD 79": a year of the Christian era or before it. A year
/// before it is given as ISO 8601 counts it (1 BC is year 0: "44 BC" is -0043).
pub(super) fn era_year(cx: &Cx, i: usize) -> Option<DatePhrase> {
    let year_digits = |k: usize| {
        let s = cx.s(k);
        (cx.is_digits(k) && (1..=4).contains(&s.len()))
            .then(|| s.parse::<i32>().ok())
            .flatten()
            .filter(|&y| y > 0)
    };
    let (y, before, end) = if let Some(y) = year_digits(i) {
        // "3.5 BC" is no year; neither is a year run into a word.
        if i > 0 && cx.attached(i) && !cx.is_word(i - 1) && !cx.is_any(i - 1, &["(", "["]) {
            return None;
        }
        let (before, end) = era_at(cx, i + 1).filter(|_| cx.near(i + 1))?;
        (y, before, end)
    } else {
        // "AD 79": the era first, for the Christian era only.
        let (before, k) = era_at(cx, i)?;
        let y = year_digits(k).filter(|_| !before && cx.near(k))?;
        // "the AD 2020 campaign": an advertisement's name, with a word after the number.
        if cx.near(k + 1) && (cx.is_word(k + 1) || cx.is_digits(k + 1)) {
            return None;
        }
        (y, before, k + 1)
    };
    let y = if before { 1 - y } else { y };
    let when = When::Date {
        y: Some(y),
        m: None,
        d: None,
    };
    Some(DatePhrase::new(i, end, Cat::Date, when))
}

/// An era at `k`: "BC", "BCE", "AD", "CE" in capitals, or dotted in any case ("B.C.", "a.d.",
/// "B.C.E."). (before Christ, the token after it)
fn era_at(cx: &Cx, k: usize) -> Option<(bool, usize)> {
    let s = cx.s(k);
    let plain = match s {
        "BC" | "BCE" => Some(true),
        "AD" | "CE" => Some(false),
        _ => None,
    };
    if let Some(before) = plain {
        return (!(cx.attached(k + 1) && cx.is_word(k + 1))).then_some((before, k + 1));
    }
    // Dotted: one letter and a stop each.
    let letter = |j: usize, c: &str| cx.lower(j) == c && (j == k || cx.attached(j));
    let dot = |j: usize| cx.is(j, ".") && cx.attached(j);
    let before = if letter(k, "b") && dot(k + 1) && letter(k + 2, "c") {
        true
    } else if letter(k, "a") && dot(k + 1) && letter(k + 2, "d") {
        false
    } else {
        return None;
    };
    let mut end = k + 3;
    if dot(end) {
        end += 1;
        if before && letter(end, "e") && dot(end + 1) {
            end += 2;
        }
    }
    Some((before, end))
}
