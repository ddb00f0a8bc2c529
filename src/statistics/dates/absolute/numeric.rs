//! Dates written in digits joined by / - . ("2024-02-02", "22/04", "23.04.2022") and seasons
//! written with a slash ("2023/24").

use crate::statistics::calendar::When;
use crate::statistics::cursor::Cx;
use crate::statistics::dates::{Cat, DatePhrase};
use crate::statistics::words::ORDINAL_SUFFIXES;

/// Digits joined by / - . : "2024-02-02", "22/04", "01/22/2016", "23.04.2022", "2019-aug-1",
/// "23/Sep/2020", "12-2015", "2/29".
pub(in crate::statistics::dates) fn numeric_date(cx: &Cx, i: usize) -> Option<DatePhrase> {
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
    // (token, is_month), at most three: on the stack (a `Vec` cost an allocation at every
    // digit run asked).
    let mut kept = [(0, false); 3];
    let mut count = 0;
    let mut sep = "";
    let mut j = i;
    loop {
        let part = if cx.is_digits(j) {
            (j, false)
        } else if cx.word(j).is_some_and(|w| w.month.is_some()) {
            (j, true)
        } else {
            break;
        };
        if let Some(slot) = kept.get_mut(count) {
            *slot = part;
            count += 1;
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
            if count == 3 {
                return None;
            }
        } else {
            break;
        }
    }
    let parts = kept.get(..count).unwrap_or_default();
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
    let (y, m, d): (Option<i32>, u8, Option<u8>) = match *parts {
        [(a, false), (b, false), (c, false)] => {
            let (a, b, c, la, lc) = (num(a)?, num(b)?, num(c)?, len(a), len(c));
            if la == 4 {
                (Some(a), u8::try_from(b).ok()?, Some(u8::try_from(c).ok()?))
            } else if lc == 4 || lc == 2 {
                let y = if lc == 2 { super::two_digit_year(c) } else { c };
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
            let (la, lc) = (len(a), len(c));
            let (a, c) = (num(a)?, num(c)?);
            let m = month_of(b)?;
            if la == 4 {
                (Some(a), m, Some(u8::try_from(c).ok()?))
            } else {
                // "31-Oct-74": a year of two digits after a day and a month's name; not with
                // dots, as for digits ("24.SEP.02" is a bond's code in a table as often).
                if sep == "." && lc == 2 {
                    return None;
                }
                (Some(year_of(c, lc)), m, Some(u8::try_from(a).ok()?))
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
                // "12-2015", "3/2019", "01/2000": a month of a recent year. "1/1000", "1/2000",
                // "1-1800" are a fraction or a range: a year far back, or a round thousand
                // after a month without its zero.
                let round = b % 1000 == 0 && la == 1;
                if !(1900..=2099).contains(&b) || round {
                    return None;
                }
                (Some(b), u8::try_from(a).ok()?, None)
            } else if la <= 2 && lb <= 2 && sep == "/" {
                // "22/04", "7/6" — but "1/4" and "3/8" are fractions.
                // "1/10 of a second", "3/5 of voters": a part of something, not a day.
                let part_of = cx.is(j, "of") && cx.near(j);
                if a < b && matches!(b, 2 | 3 | 4 | 8 | 16 | 32)
                    || a <= b && (marked(cx, i) || b == 10 && verdict_after(cx, i + 3))
                    || a < b && part_of
                    || crate::statistics::odds::odds(cx, i, j)
                {
                    return None;
                }
                // "open 24/7": all day, every day, unless a preposition makes it a date
                // ("on 24/7").
                let on = i > 0
                    && cx.is_any(
                        i - 1,
                        &["on", "by", "from", "until", "since", "before", "after"],
                    );
                if a == 24 && b == 7 && !on {
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
        [(a, true), (b, false), (c, false)] if sep != "." || len(c) != 2 => (
            Some(year_of(num(c)?, len(c))),
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

/// The year a date's last part writes: two digits are a year of this century or the last
/// ("31-Oct-74" is 1974, "3-Jan-05" 2005), as for "01/22/16"; other lengths as written.
fn year_of(y: i32, digits: usize) -> i32 {
    if digits == 2 {
        super::two_digit_year(y)
    } else {
        y
    }
}

/// A season or financial year written with a slash, "2023/24" or "2023/2024": two years in a
/// row and nothing else (a slash between other numbers is a ratio or a date).
pub(super) fn split_year(cx: &Cx, i: usize) -> Option<DatePhrase> {
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

/// "10/10 would recommend", "8/10 for me", "7/10 overall": a reviewer's verdict after a mark
/// out of ten (at `k`), which follows no date.
fn verdict_after(cx: &Cx, k: usize) -> bool {
    cx.near(k)
        && (cx.is_any(k, &["would", "recommend", "overall"])
            || cx.is_any(k, &["for", "from"]) && cx.is(k + 1, "me") && cx.near(k + 1))
}

/// "scored 3/5", "rated it 4/5", "gave the film 7/10", "got 9/10": a mark out of a whole after
/// a verb of marking (with "it" or a short object between), not a date.
#[inline(never)]
fn marked(cx: &Cx, i: usize) -> bool {
    const MARKING: &[&str] = &[
        "scored", "scores", "score", "scoring", "rated", "rates", "rate", "rating", "gave", "give",
        "gives", "giving", "got", "gets", "get", "earned", "earns", "marked", "awarded",
    ];
    // Up to two lower-case words between ("rated it", "gave the film"), not a preposition of
    // a date ("scored on 3/5").
    const DATE_PREPOSITIONS: &[&str] = &[
        "on", "by", "from", "until", "since", "before", "after", "in", "at", "for", "of",
    ];
    (1..=3).any(|back| {
        i >= back
            && cx.is_any(i - back, MARKING)
            && (i - back + 1..=i).all(|k| cx.near(k))
            && (i - back + 1..i)
                .all(|k| cx.is_word(k) && !cx.capitalised(k) && !cx.is_any(k, DATE_PREPOSITIONS))
    })
}
