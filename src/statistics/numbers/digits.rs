//! Numbers in digits: "1,335", "3.5", "816 000", "1.5bn", "10 1/2", "3rd", "1E-12", "x10^6", "½".

use super::groups::{apostrophe_groups, continental_groups, indian_groups};
use super::plain;
use crate::statistics::cursor::Cx;
use crate::statistics::lexicon::MAGNITUDE_SUFFIXES;
use crate::statistics::num::{Context, Num, NumKind};
use crate::statistics::words::ORDINAL_SUFFIXES;

pub(super) fn vulgar_fraction(s: &str) -> Option<f64> {
    Some(match s {
        "½" => 0.5,
        "¼" => 0.25,
        "¾" => 0.75,
        "⅓" => 1.0 / 3.0,
        "⅔" => 2.0 / 3.0,
        "⅛" => 0.125,
        "⅕" => 0.2,
        _ => return None,
    })
}

pub(super) fn decimal_fraction(digits: &str) -> f64 {
    // Up to fifteen digits the whole number and the power of ten are exact in an f64, and one
    // division rounds their quotient correctly, as parsing "0.<digits>" does.
    match small_whole(digits) {
        Some(n) => n / POWERS_OF_TEN.get(digits.len()).copied().unwrap_or(f64::NAN),
        None => format!("0.{digits}").parse().unwrap_or(0.0),
    }
}

pub(super) fn int_value(digits: &str) -> f64 {
    small_whole(digits).unwrap_or_else(|| digits.parse::<f64>().unwrap_or(0.0))
}

/// The value of one to fifteen ASCII digits, exact (below 2^53): what parsing them gives,
/// without the float parser this runs at every digit run.
fn small_whole(digits: &str) -> Option<f64> {
    if digits.is_empty() || digits.len() > 15 {
        return None;
    }
    let mut n = 0u64;
    for b in digits.bytes() {
        if !b.is_ascii_digit() {
            return None;
        }
        n = n * 10 + u64::from(b - b'0');
    }
    Some(n as f64)
}

const POWERS_OF_TEN: [f64; 16] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
];

/// "1,3", "12,75": a decimal comma, read only where it cannot be a thousands separator (one or
/// two digits after it) or a list of numbers ("1,2,3", "[13,14]").
pub(super) fn european_decimal(cx: &Cx, i: usize, j: usize) -> bool {
    let list_before = i > 1 && cx.attached(i) && cx.is(i - 1, ",") && cx.is_digits(i - 2);
    // A full stop ending the sentence ("The rate is 1,3.") continues no list; "1,3.5" does.
    let list_after = cx.attached(j + 2)
        && (cx.is_any(j + 2, &[",", "/", "-"])
            || cx.is(j + 2, ".") && cx.attached(j + 3) && cx.is_digits(j + 3));
    // "[13,14]": references cited, or an interval; no decimal is written in square brackets.
    let bracketed = i > 0 && cx.is(i - 1, "[") && cx.attached(i) || cx.is(j + 2, "]");
    cx.is(j, ",")
        && cx.attached(j)
        && cx.is_digits(j + 1)
        && cx.attached(j + 1)
        && (1..=2).contains(&cx.s(j + 1).len())
        && !list_before
        && !list_after
        && !bracketed
        && !(cx.attached(j + 2) && cx.is_word(j + 2) && !cx.is_any(j + 2, &["m", "bn", "k"]))
}

/// "x10^6", "× 10^-4" after a number: scientific notation with a multiplication sign.
/// Returns the power of ten and the token after it.
pub(super) fn times_ten_power(cx: &Cx, j: usize) -> Option<(i32, usize)> {
    let k = j + 1;
    if !(cx.near(j) && cx.is_any(j, &["x", "×", "*"]) && cx.near(k) && cx.s(k) == "10") {
        return None;
    }
    if !(cx.is(k + 1, "^") && cx.attached(k + 1)) {
        return None;
    }
    let mut m = k + 2;
    let mut sign = 1;
    if cx.is_any(m, &["-", "−", "+"]) && cx.attached(m) {
        if !cx.is(m, "+") {
            sign = -1;
        }
        m += 1;
    }
    if !(cx.is_digits(m) && cx.attached(m) && cx.s(m).len() <= 3) {
        return None;
    }
    let e: i32 = cx.s(m).parse().ok()?;
    Some((sign * e, m + 1))
}

pub(super) fn digits(cx: &Cx, i: usize, ctx: Context, sign: f64) -> Option<Num> {
    digits_read(cx, i, ctx, sign, true)
}

/// Whether nothing after the digit run at `i` can join it: the next token is a word after a
/// space (or there is none). Every reading below but the magnitude needs a mark or digits next
/// (a comma, dot or apostrophe of a group, a decimal, "e", "^", "/", "-", a fraction, a group
/// after a space) or a suffix glued on; only "x" in "5 x 10^6" is a word, and it is let through.
/// `digit_run_gate_tests` compares the two paths.
fn alone_before_a_word(cx: &Cx, i: usize) -> bool {
    let next = i + 1;
    !cx.attached(next) && (next >= cx.len() || cx.is_word(next) && !cx.is(next, "x"))
}

/// Whether the digit run at `i` ends before a one-byte mark glued on that nothing below reads:
/// "16%", "2004,", "(3)", "2028.". Of the ASCII marks the readings below join "/" (a fraction,
/// a date), "-" (a fraction), "^" and "*" (a power of ten), and ",", "." and "'" only before
/// digits glued on (a group, a decimal); every other mark, and those three before anything
/// else, ends the number where the run does, as after a word. `digit_run_gate_tests` compares
/// the two paths.
fn alone_before_a_mark(cx: &Cx, i: usize) -> bool {
    let next = i + 1;
    match cx.punct(next) {
        Some(b'/' | b'-' | b'^' | b'*') | None => false,
        Some(b',' | b'.' | b'\'') => !(cx.attached(next + 1) && cx.is_digits(next + 1)),
        Some(_) => true,
    }
}

/// "p=0.02", "n=120", "(r=0.4": a statistic's letter standing alone before "=" (a query string's
/// "?p=2" has the letter glued to what comes before it).
fn statistic_equals(cx: &Cx, i: usize) -> bool {
    i >= 2
        && cx.is(i - 1, "=")
        && cx.is_any(i - 2, &["p", "n", "r"])
        && (!cx.attached(i - 2) || cx.is_any(i - 3, &["(", "["]))
}

/// Whether the digit run at `i` is a group of three after a comma, in a grouped number whose
/// first digits are glued to a word ("R2,500": the "500").
fn lettered_group(cx: &Cx, i: usize) -> bool {
    let mut k = i;
    while k >= 2
        && cx.s(k).len() == 3
        && cx.is(k - 1, ",")
        && cx.attached(k)
        && cx.attached(k - 1)
        && cx.is_digits(k - 2)
    {
        k -= 2;
    }
    k != i && k > 0 && cx.attached(k) && cx.is_word(k - 1)
}

/// [`digits`] with the shortcut for a run alone before a word (`gate`), or without it.
#[inline(always)]
pub(super) fn digits_read(cx: &Cx, i: usize, ctx: Context, sign: f64, gate: bool) -> Option<Num> {
    // Digits glued to letters on the left ("A320", "scp-173") are part of a name or id, and
    // digits inside a URL or query string ("q=30%25") are not figures.
    if i > 0 && cx.attached(i) {
        if cx.is_word(i - 1) && ctx != Context::Money {
            return None;
        }
        if cx.is_any(i - 1, &["=", "%", "&", "?", "_", "@", "#"]) && !statistic_equals(cx, i) {
            return None;
        }
        // The middle of "1.2.3".
        if cx.is(i - 1, ".") && i > 1 && cx.attached(i - 1) && cx.is_digits(i - 2) {
            return None;
        }
        // "R2,500", "R12,000,000" where no currency is named: the groups after digits glued to
        // a letter are the rest of that name or amount, no count of their own.
        if cx.is(i - 1, ",") && lettered_group(cx, i) {
            return None;
        }
        // (Not after a month's name, "Jan-2020", nor "magnitude-7.1", the scale's value.)
        if cx.is(i - 1, "-")
            && i > 1
            && cx.attached(i - 1)
            && cx.is_word(i - 2)
            && cx.word(i - 2).is_none_or(|w| w.month.is_none())
            && !cx.is(i - 2, "magnitude")
        {
            return None;
        }
    }
    let first = cx.s(i);
    // "<3" standing alone is a heart, not "less than 3" ("x<3" and "<3%" still are).
    if first == "3"
        && i > 0
        && cx.is(i - 1, "<")
        && cx.attached(i)
        && !(i > 1 && cx.attached(i - 1))
        && !(cx.near(i + 1) && (cx.is_word(i + 1) || cx.is_digits(i + 1) || cx.is(i + 1, "%")))
    {
        return None;
    }
    // "0590 88 38 99", "04512": five or more digits after a leading zero are a telephone
    // number, a postcode or an identifier, never a count (a count drops its leading zeros).
    if first.len() >= 5 && first.starts_with('0') {
        return None;
    }
    if gate && (alone_before_a_word(cx, i) || cx.attached(i + 1) && alone_before_a_mark(cx, i)) {
        let n = Num {
            value: int_value(first) * sign,
            start: i,
            end: i + 1,
            kind: NumKind::Cardinal,
            words: false,
            bare_digits: true,
            scaled: false,
        };
        return Some(scale_suffix(cx, n, ctx));
    }
    // A simple fraction: "1/4 mile", "3/4".
    if sign > 0.0 {
        if let Some((f, end)) = slash_fraction(cx, i, false) {
            let mut n = plain(f, i, end);
            n.bare_digits = false;
            return Some(n);
        }
    }
    // The integer part, group by group (no string to build: this runs at every digit run).
    let mut int_part = int_value(first);
    let mut j = i + 1;
    let mut grouped = false;
    if first.len() <= 3 {
        // "1,234,567": comma groups of exactly three digits.
        while cx.is(j, ",")
            && cx.attached(j)
            && cx.is_digits(j + 1)
            && cx.attached(j + 1)
            && cx.s(j + 1).len() == 3
        {
            int_part = int_part * 1000.0 + int_value(cx.s(j + 1));
            j += 2;
            grouped = true;
        }
        // "3,45,000", "12,34,56,789": Indian grouping, pairs of digits then a last three.
        if !grouped {
            if let Some((v, end)) = indian_groups(cx, i) {
                int_part = v;
                j = end;
                grouped = true;
            }
        }
        // "2.345.678", "2.345,67": continental grouping, dots between groups of three.
        if !grouped {
            if let Some((v, end)) = continental_groups(cx, i) {
                int_part = v;
                j = end;
                grouped = true;
            }
        }
        // "1'000'000", "12’500": Swiss grouping, apostrophes between groups of three.
        if !grouped {
            if let Some((v, end)) = apostrophe_groups(cx, i) {
                int_part = v;
                j = end;
                grouped = true;
            }
        }
        // "816 000", "40 000": one space, then groups of three digits not followed by more.
        if !grouped {
            while cx.is_digits(j)
                && cx.s(j).len() == 3
                && cx.gap(j) == crate::statistics::tokens::Gap::Space
                && cx.gap_bytes(j) <= 3
                && !(cx.attached(j + 1)
                    && cx.is_any(j + 1, &["/", ":", "."])
                    && cx.is_digits(j + 2))
            {
                int_part = int_part * 1000.0 + int_value(cx.s(j));
                j += 1;
                grouped = true;
            }
        }
    }
    let mut value = int_part;
    let mut bare = !grouped;
    let continental = grouped && cx.is(i + 1, ".");
    // Decimal part.
    if continental {
        // "2.345,67": the comma is the decimal mark.
        if cx.is(j, ",") && cx.attached(j) && cx.is_digits(j + 1) && cx.attached(j + 1) {
            value += decimal_fraction(cx.s(j + 1));
            j += 2;
        }
    } else if cx.is(j, ".") && cx.attached(j) && cx.is_digits(j + 1) && cx.attached(j + 1) {
        // "1.2.3" is a version or a date, not a number.
        if cx.is(j + 2, ".") && cx.attached(j + 2) && cx.is_digits(j + 3) && cx.attached(j + 3) {
            return None;
        }
        value += decimal_fraction(cx.s(j + 1));
        j += 2;
        bare = false;
    } else if !grouped && european_decimal(cx, i, j) {
        value += decimal_fraction(cx.s(j + 1));
        j += 2;
        bare = false;
    }
    // Exponent: "12.32e+14", "1.1^23".
    if let Some((e, nj)) = exponent(cx, j).or_else(|| times_ten_power(cx, j)) {
        // Zero stays zero: "0E622" is not 0 × ∞ (NaN).
        if value != 0.0 {
            value *= 10f64.powi(e);
        }
        j = nj;
        bare = false;
    } else if cx.is(j, "^") && cx.attached(j) {
        let mut k = j + 1;
        let mut esign = 1.0;
        while cx.is_any(k, &["+", "-"]) && cx.attached(k) {
            if cx.is(k, "-") {
                esign = -esign;
            }
            k += 1;
        }
        if cx.is_digits(k) && cx.attached(k) {
            value = value.powf(esign * int_value(cx.s(k)));
            j = k + 1;
            bare = false;
        }
    }
    // Mixed fraction "10 1/2" or simple "3/4".
    if !grouped && bare && value.fract() == 0.0 {
        if let Some((f, nj)) = slash_fraction(cx, j, true) {
            value += f;
            j = nj;
            bare = false;
        } else if let Some((f, nj)) = hyphen_fraction(cx, j) {
            // "2-3/4 inches": a whole number and a fraction joined by a hyphen.
            value += f;
            j = nj;
            bare = false;
        } else if cx.is(j, "/") && cx.attached(j) && !(cx.is_word(j + 1) && cx.attached(j + 1)) {
            // "3/", "12/05": a part of a fraction or a date; "£95/MWh" is a price per unit.
            return None;
        } else if let Some(v) = cx
            .tok(j)
            // "1½", and "2 ¾" with one space, as recipes write a mixed number.
            .filter(|_| {
                cx.attached(j) || bare && cx.gap(j) == crate::statistics::tokens::Gap::Space
            })
            .and_then(|_| vulgar_fraction(cx.s(j)))
            .filter(|_| !(cx.attached(j + 1) && cx.is_digits(j + 1)))
        {
            value += v;
            j += 1;
            bare = false;
        }
    }
    let n = Num {
        value: value * sign,
        start: i,
        end: j,
        kind: NumKind::Cardinal,
        words: false,
        bare_digits: bare,
        scaled: false,
    };
    // "12st 4lb": "st" after a number that does not end in one ("12th" is its ordinal) and
    // before pounds is a stone, read by the quantities.
    let stone = cx.is(j, "st")
        && !(n.value % 10.0 == 1.0 && n.value % 100.0 != 11.0)
        && crate::statistics::quantities::stone_abbreviated(cx, j).is_some();
    // Ordinal suffix: "3rd", "21st", "04th".
    if cx.is_any(j, ORDINAL_SUFFIXES) && cx.attached(j) && sign > 0.0 && n.bare_digits && !stone {
        if cx.is_word(j + 1) && cx.attached(j + 1) {
            return None;
        }
        return Some(Num {
            kind: NumKind::Ordinal,
            end: j + 1,
            bare_digits: false,
            ..n
        });
    }
    Some(scale_suffix(cx, n, ctx))
}

pub(super) fn exponent(cx: &Cx, j: usize) -> Option<(i32, usize)> {
    if !(cx.is(j, "e") && cx.attached(j)) {
        return None;
    }
    let mut k = j + 1;
    let mut sign = 1;
    if cx.is_any(k, &["+", "-"]) && cx.attached(k) {
        if cx.is(k, "-") {
            sign = -1;
        }
        k += 1;
    }
    if cx.is_digits(k) && cx.attached(k) && cx.s(k).len() <= 3 {
        let e: i32 = cx.s(k).parse().ok()?;
        return Some((sign * e, k + 1));
    }
    None
}

/// "-3/4" attached after a whole number: the fraction of a mixed number.
fn hyphen_fraction(cx: &Cx, j: usize) -> Option<(f64, usize)> {
    if !(cx.is(j, "-") && cx.attached(j) && cx.attached(j + 1) && cx.is_digits(j + 1)) {
        return None;
    }
    slash_fraction(cx, j + 1, false)
}

/// " 1/2" after a whole number (`spaced`), or "3/4" at `j`.
pub(super) fn slash_fraction(cx: &Cx, j: usize, spaced: bool) -> Option<(f64, usize)> {
    if spaced && !(cx.is_digits(j) && cx.near(j) && !cx.attached(j)) {
        return None;
    }
    let (a, b) = (cx.s(j), cx.s(j + 2));
    if !(cx.is(j + 1, "/") && cx.attached(j + 1) && cx.is_digits(j + 2) && cx.attached(j + 2)) {
        return None;
    }
    let (a, b) = (int_value(a), int_value(b));
    // "the 7/4 favourites": betting odds over one, written as a fraction.
    let odds = || !spaced && crate::statistics::odds::odds(cx, j, j + 3);
    if b == 0.0 || a >= b && !odds() || b > 64.0 && !over_power_of_ten(cx.s(j + 2)) {
        return None;
    }
    // "1/2/2020" is a date.
    if cx.is(j + 3, "/") && cx.attached(j + 3) {
        return None;
    }
    // "1/100th of a second": the ordinal ending says the same fraction again.
    if b > 64.0 && cx.attached(j + 3) && cx.is_word(j + 3) {
        return (cx.is(j + 3, "th") && !(cx.attached(j + 4) && cx.is_word(j + 4)))
            .then_some((a / b, j + 4));
    }
    Some((a / b, j + 3))
}

/// A denominator of hundredths, thousandths, … ("20/100", "1/1000", "3/10000"): a share or a
/// dose, never a date (no month or day is 100) nor a pair of years ("2001/2002").
fn over_power_of_ten(b: &str) -> bool {
    (3..=7).contains(&b.len()) && b.starts_with('1') && b.bytes().skip(1).all(|c| c == b'0')
}

/// A whole number from 2 to 6 written in digits with "G" attached after it: a mobile
/// network's generation ("5G"), not a number of billions.
pub(crate) fn network_generation(cx: &Cx, n: &Num) -> bool {
    !n.words
        && n.value.fract() == 0.0
        && (2.0..=6.0).contains(&n.value)
        && cx.attached(n.end)
        && cx.s(n.end) == "G"
}

/// A magnitude written after a number: attached ("1.5bn", "3k", "2mil") or spaced
/// ("2 million", "10 bln", "1,674,200.5 M"), possibly chained ("three lakh crore").
pub(super) fn scale_suffix(cx: &Cx, mut n: Num, ctx: Context) -> Num {
    let j = n.end;
    let s = cx.s(j);
    if cx.is_word(j) && cx.near(j) && !(cx.is_word(j + 1) && cx.attached(j + 1)) {
        let attached = cx.attached(j);
        // The window's lower-case copy: what `lower::lower(s)` gives, without copying the word.
        let lower = cx.lower(j);
        let mult = MAGNITUDE_SUFFIXES
            .iter()
            .find(|(w, _)| *w == lower)
            .map(|&(_, m)| m)
            .or_else(|| cx.word(j).and_then(|w| w.scale));
        if let Some(m) = mult {
            let ok = match lower.as_str() {
                // "m" is a metre and "g" a gram unless money or capitals say otherwise.
                // "2.4m households", "5m people": an attached "m" before a plural count noun
                // is a million.
                "m" => s == "M" || attached && (ctx == Context::Money || counted_after(cx, &n, j)),
                // "5G", "4G": a mobile network's generation, no number of billions.
                "g" => s == "G" && !network_generation(cx, &n),
                "t" => s == "T" && attached,
                "b" => attached,
                // "0.8 K/psu": a spaced capital "K" before a "/" is kelvin over a unit, not
                // thousands ("3k/month" keeps its thousands).
                "k" => !(s == "K" && !attached && cx.is(j + 1, "/") && cx.attached(j + 1)),
                // "3 cr" may be course credits; "Rs 5,000 cr", "₹40 cr" are crores.
                "cr" => ctx == Context::Money,
                _ => true,
            };
            // "4 thousand 3 hundred" etc. are fine; "two hundred thousand" is words' job.
            if ok {
                n.value *= m;
                n.end = j + 1;
                n.bare_digits = false;
                n.scaled = true;
                // Chained word scales: "three lakh crore", "1.5 million million".
                while cx.near(n.end) {
                    match cx.word(n.end).and_then(|w| w.scale) {
                        Some(m2) if m2 >= 1e5 => {
                            n.value *= m2;
                            n.end += 1;
                        }
                        _ => break,
                    }
                }
            }
        }
    }
    n
}

/// Plurals without an "s" that count people or animals.
const IRREGULAR_PLURALS: &[&str] = &[
    "people",
    "children",
    "men",
    "women",
    "staff",
    "personnel",
    "police",
    "cattle",
    "sheep",
    "livestock",
    "fish",
    "poultry",
];

/// Words of four letters or more ending in "s" that are not plural nouns.
const NOT_PLURALS: &[&str] = &[
    "this",
    "thus",
    "plus",
    "minus",
    "across",
    "towards",
    "always",
    "perhaps",
    "unless",
    "whereas",
    "besides",
    "afterwards",
    "upwards",
    "downwards",
    "onwards",
    "overseas",
    "versus",
    "does",
    "goes",
    "says",
    "sometimes",
    "hers",
    "theirs",
    "ours",
    "yours",
    "nevertheless",
];

/// Whether the word after the "m" at `j` is a plural noun of things counted ("2.4m
/// households", "5m Americans", "3m people"), so that the "m" is a million, not a metre: a
/// length takes an adjective or a singular ("a 2.4m wall", "2.4m high", "100m freestyle"). A
/// subject that counts before a verb of level says so too ("Downloads passed 50m in a week").
/// "the 100m hurdles" names a race (50 m or more, in whole metres): a length after "the".
fn counted_after(cx: &Cx, n: &Num, j: usize) -> bool {
    let k = j + 1;
    if !(cx.is_word(k) && cx.near(k) && !cx.attached(k)) {
        return super::counted_subject::counted_before(cx, n.start);
    }
    let race = n.value.fract() == 0.0 && n.value >= 50.0;
    if race && n.start > 0 && cx.is(n.start - 1, "the") {
        return false;
    }
    plural_count_noun(cx, k) || super::counted_subject::counted_before(cx, n.start)
}

/// Whether the word at `k` is a plural noun of things counted ("households", "people").
pub(crate) fn plural_count_noun(cx: &Cx, k: usize) -> bool {
    let w = crate::statistics::lower::lower(cx.s(k));
    let w = w.as_str();
    IRREGULAR_PLURALS.contains(&w)
        || w.len() >= 4
            && w.bytes().all(|b| b.is_ascii_alphabetic())
            && w.ends_with('s')
            && !(w.ends_with("ss") || w.ends_with("us") || w.ends_with("is"))
            && !NOT_PLURALS.contains(&w)
}
