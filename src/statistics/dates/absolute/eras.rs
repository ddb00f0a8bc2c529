//! Years of an era: "44 BC", "2014 A.D.", "300 BCE", "AD 79".

use crate::statistics::calendar::When;
use crate::statistics::cursor::Cx;
use crate::statistics::dates::{Cat, DatePhrase};

/// "44 BC", "2014 A.D.", "300 BCE", "AD 79": a year of the Christian era or before it. A year
/// before it is given as ISO 8601 counts it (1 BC is year 0: "44 BC" is -0043).
pub(in crate::statistics::dates) fn era_year(cx: &Cx, i: usize) -> Option<DatePhrase> {
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
pub(super) fn era_at(cx: &Cx, k: usize) -> Option<(bool, usize)> {
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
