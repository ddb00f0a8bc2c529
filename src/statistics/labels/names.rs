//! Numbers that are part of a name: "Windows 11", "the Boeing 737", "the FTSE 100", "Wi-Fi 6".

use crate::statistics::cursor::Cx;

/// "Windows 11", "the Boeing 737", "Apollo 11 landed", "Nikkei 225 (N225)", "the 787-9
/// Dreamliner" after "Boeing": a whole number after a word of a name, part of that name, not
/// a count. The name's word is not a sentence's first (a capital there says nothing), a month,
/// a unit or a currency; the number has at most four digits and is no year ("Tokyo 2020" is
/// read as a date); after it comes what ends a name: another word of a name ("737 Max"), a
/// closing mark, or a word that no count comes before ("in", "was"). So "told Reuters 40
/// people" and "visited Paris 3 times" keep their counts.
#[inline(never)]
pub(super) fn named_by_title_word(cx: &Cx, i: usize) -> bool {
    let k = i - 1;
    let digits = cx.s(i);
    if !(cx.near(i)
        && !cx.attached(i)
        && (super::super::measures::name_word(cx, k) || mixed_case(cx, k))
        && !cx.sentence_start(k)
        && digits.len() <= 4
        && !(digits.len() == 4 && (b'1'..=b'2').contains(&digits.as_bytes()[0])))
    {
        return false;
    }
    if cx.word(k).is_some_and(|w| {
        w.currency.is_some() || w.measure.is_some() || w.time_unit.is_some() || w.starter
    }) {
        return false;
    }
    // "787-9": the name's number goes on after a hyphen.
    let mut j = i + 1;
    if cx.is(j, "-") && cx.attached(j) && cx.is_digits(j + 1) && cx.attached(j + 1) {
        j += 2;
    }
    if !cx.near(j) {
        return true;
    }
    let plural = |k: usize| cx.s(k).ends_with('s');
    (super::super::measures::name_word(cx, j) && !plural(j))
        || in_capitals(cx, j)
        || cx
            .punct(j)
            .is_some_and(|b| matches!(b, b'.' | b',' | b';' | b')' | b'(' | b'!' | b'?'))
            && !(cx.is(j, ".") && cx.attached(j) && cx.is_digits(j + 1))
            // "Jones 10,987": a group of thousands goes on after the comma.
            && !(cx.is(j, ",")
                && cx.attached(j)
                && cx.attached(j + 1)
                && cx.is_digits(j + 1)
                && cx.s(j + 1).len() == 3)
        || cx.is_any(j, NAME_ENDS)
        || j == i + 1 && super::super::named_numbers::singular_word_after(cx, j, i)
}

/// Words that no count comes before but the number of a name does: "Windows 11 in October",
/// "the Nikkei 225 index", "the Boeing 737 programme".
const NAME_ENDS: &[&str] = &[
    "in",
    "on",
    "at",
    "and",
    "or",
    "for",
    "with",
    "from",
    "by",
    "which",
    "that",
    "is",
    "was",
    "has",
    "had",
    "will",
    "would",
    "can",
    "could",
    "index",
    "program",
    "programme",
    "mission",
    "series",
    "update",
    "edition",
    "model",
    "variant",
    "version",
    "jet",
    "jets",
    "aircraft",
    "airliner",
    "airliners",
    "rocket",
    "engine",
    "summit",
];

/// A word of two or more letters all in capitals: an acronym ("FTSE", "NHS") or a model's
/// name ("MAX").
pub(in crate::statistics) fn in_capitals(cx: &Cx, k: usize) -> bool {
    cx.is_word(k) && {
        let s = cx.s(k);
        s.len() >= 2 && s.bytes().all(|b| b.is_ascii_uppercase())
    }
}

/// "the FTSE 100", "the CAC 40", "call NHS 111", "the COP 29 summit": a whole number named
/// after an acronym, a name, not a quantity. Not a currency code ("EUR 40"), a month ("JAN 5"),
/// an era ("AD 79"), a score ("USA 2-1") or a grouped or decimal number ("BBC 2,000 jobs"), nor
/// a line in capitals ("STORM KILLS 12 IN TEXAS").
pub(super) fn named_by_acronym(cx: &Cx, i: usize) -> bool {
    let capitals = |k: usize| in_capitals(cx, k);
    let k = i - 1;
    capitals(k)
        && cx.near(i)
        && cx.word(k).is_none_or(|w| {
            w.currency.is_none() && w.month.is_none() && w.weekday.is_none() && w.unit.is_none()
        })
        && !cx.is_any(k, &["AD", "BC", "CE", "BCE", "NO"])
        && !(k > 0 && capitals(k - 1))
        && !(cx.near(i + 1)
            && (capitals(i + 1)
                || cx.is_any(i + 1, &["-", "–", ",", ".", ":"]) && cx.is_digits(i + 2)))
}

/// "PlayStation", "McLaren", "YouTube": a capital, lower-case letters, and a capital after one
/// of them: a brand's or a name's word that `measures::name_word` (title case) leaves out.
pub(super) fn mixed_case(cx: &Cx, k: usize) -> bool {
    let s = cx.s(k).as_bytes();
    cx.is_word(k)
        && s.first().is_some_and(u8::is_ascii_uppercase)
        && s.iter().all(u8::is_ascii_alphabetic)
        && s.windows(2)
            .any(|p| p[0].is_ascii_lowercase() && p[1].is_ascii_uppercase())
}

/// "Wi-Fi 6 networks", "Wi-Fi 7": one digit after a name of two capitalised words joined by a
/// hyphen, the generation of a standard, not a count.
#[inline(never)]
pub(super) fn hyphened_name(cx: &Cx, i: usize) -> bool {
    let k = i - 1;
    let titled = |k: usize| cx.is_word(k) && cx.capitalised(k) && cx.word(k).is_none();
    i >= 3
        && cx.s(i).len() == 1
        && cx.near(i)
        && !cx.attached(i)
        && !(cx.is(i + 1, ".") && cx.attached(i + 1))
        && titled(k)
        && cx.is(k - 1, "-")
        && cx.attached(k)
        && cx.attached(k - 1)
        && titled(k - 2)
}
