//! Years the words around them name as years, beside those of `years.rs` (branch gumtime43):
//! a year alone in brackets after a word ("Quilis (1964) showed", "Leap Year (2010)"), an
//! author–year citation opened by a bracket ("(Martin, 2000)"), a year after "c." or "ca"
//! (circa) and after "as recently as"; and a page's number after "p." or "pp.", which is none.

use crate::statistics::calendar::When;
use crate::statistics::cursor::Cx;
use crate::statistics::dates::{Cat, DatePhrase};

/// "p. 1225", "pp. 1225-1230": a page's number (or a range's second), never a year.
pub(super) fn page_number(cx: &Cx, i: usize) -> bool {
    let first = |i: usize| page_after_abbreviation(cx, i);
    first(i) || i >= 2 && cx.is_any(i - 1, &["-", "–"]) && cx.attached(i) && first(i - 2)
}

fn page_after_abbreviation(cx: &Cx, i: usize) -> bool {
    i >= 2
        && cx.is_digits(i)
        && cx.is(i - 1, ".")
        && cx.attached(i - 1)
        && cx.is_any(i - 2, &["p", "pp"])
        && !(cx.attached(i - 2) && cx.is_word(i - 3))
}

/// A year of four digits (1500–2099, or 1000–2099 after circa) that its neighbours name.
pub(super) fn context_year(cx: &Cx, i: usize) -> Option<DatePhrase> {
    if !(cx.is_digits(i) && cx.s(i).len() == 4 && i >= 2 && cx.near(i)) {
        return None;
    }
    let y: i32 = cx.s(i).parse().ok()?;
    let found = (1500..=2099).contains(&y) && (bracketed(cx, i) || bracket_citation(cx, i))
        || (1000..=2099).contains(&y) && (circa(cx, i) || as_recently_as(cx, i));
    found.then(|| {
        let when = When::Date {
            y: Some(y),
            m: None,
            d: None,
        };
        DatePhrase::new(i, i + 1, Cat::Date, when)
    })
}

/// "Quilis (1964) performed", "Leap Year (2010) and", "Viva Maria! (1965)", "Caparrós,
/// (2000)": the year alone in round brackets after a word that counts nothing, or after the
/// end of a title or a comma.
fn bracketed(cx: &Cx, i: usize) -> bool {
    let k = i - 2;
    cx.is(i - 1, "(")
        && cx.attached(i)
        && cx.near(i - 1)
        && cx.is(i + 1, ")")
        && cx.attached(i + 1)
        && (cx.is_word(k)
            && cx.word(k).is_none_or(|w| {
                w.currency.is_none()
                    && w.measure.is_none()
                    && w.scale.is_none()
                    && (w.time_unit.is_none() || cx.capitalised(k))
                    && w.unit.is_none()
                    && w.ten.is_none()
            })
            || matches!(cx.punct(k), Some(b'!' | b'?' | b',' | b'"'))
            || cx.is_any(k, &["”", "’"]))
}

/// "(Martin, 2000)", "(Cross, 2017;": a name in title case just inside a bracket, a comma, and
/// the year, closed by a bracket, a semicolon or a comma.
fn bracket_citation(cx: &Cx, i: usize) -> bool {
    i >= 3
        && cx.is(i - 1, ",")
        && cx.is_word(i - 2)
        && cx.capitalised(i - 2)
        && cx.attached(i - 2)
        && cx.is(i - 3, "(")
        && cx.attached(i + 1)
        && cx.is_any(i + 1, &[")", ";", ","])
}

/// "c. 1907", "ca 1907", "ca. 1907": circa.
fn circa(cx: &Cx, i: usize) -> bool {
    let k = if cx.is(i - 1, ".") && cx.attached(i - 1) {
        i - 2
    } else {
        i - 1
    };
    cx.is_word(k)
        && (cx.is(k, "ca") || cx.is(k, "c") && k + 2 == i)
        && cx.s(k).starts_with('c')
        && !(k > 0 && cx.attached(k))
}

/// "as recently as 1995"; "as early as 1870" and "as late as 1990" (bounds, whose words the
/// date grammar then takes inside the span).
fn as_recently_as(cx: &Cx, i: usize) -> bool {
    i >= 3
        && cx.is(i - 1, "as")
        && cx.is_any(i - 2, &["recently", "early", "late"])
        && cx.is(i - 3, "as")
}

/// "McFarlane", "MacDonald": a name whose capital after "Mc" or "Mac" keeps it out of title
/// case (an author of a citation: "(Kirriemuir & McFarlane, 2004;").
pub(super) fn mc(cx: &Cx, k: usize) -> bool {
    let s = cx.s(k);
    cx.is_word(k)
        && ["Mc", "Mac"].iter().any(|p| {
            s.strip_prefix(p).is_some_and(|rest| {
                let mut c = rest.chars();
                c.next().is_some_and(char::is_uppercase)
                    && c.next().is_some()
                    && c.all(char::is_lowercase)
            })
        })
}
