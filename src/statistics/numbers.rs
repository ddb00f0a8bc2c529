//! English numbers in digits and words: "1,335", "3.5", "816 000", "1.5bn", "Three thousand",
//! "twenty-one", "half a million", "two thirds", "10 1/2", "3rd", "twenty-first".

use super::cursor::Cx;
use super::lexicon::{fraction_denominator, MAGNITUDE_SUFFIXES};
use super::tokens::Kind;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumKind {
    Cardinal,
    Ordinal,
}

/// A number found at tokens `start..end`.
#[derive(Debug, Clone, Copy)]
pub struct Num {
    pub value: f64,
    pub start: usize,
    pub end: usize,
    pub kind: NumKind,
    /// Written (at least partly) in words.
    pub words: bool,
    /// A plain run of digits with nothing else (candidates for years, times, ids).
    pub bare_digits: bool,
    /// Ends in a magnitude ("million", "bn"), so a following "m" is not a million again.
    pub scaled: bool,
}

/// How a number is read: money allows an attached "m" to mean million ("£3m").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    Plain,
    Money,
}

/// Reads a number (cardinal or ordinal) starting exactly at token `i`.
pub fn parse(cx: &Cx, i: usize, ctx: Context) -> Option<Num> {
    let key = u8::from(ctx == Context::Money);
    if let Ok(cache) = cx.numbers.try_borrow() {
        if let Some(hit) = cache.iter().find(|(k, c, _)| *k == i && *c == key) {
            return hit.2;
        }
    }
    let n = parse_uncached(cx, i, ctx);
    if let Ok(mut cache) = cx.numbers.try_borrow_mut() {
        cache.rotate_right(1);
        cache[0] = (i, key, n);
    }
    n
}

fn parse_uncached(cx: &Cx, i: usize, ctx: Context) -> Option<Num> {
    let mut n = parse_simple(cx, i, ctx)?;
    if n.kind != NumKind::Cardinal {
        return Some(n);
    }
    // "4 thousand 3 hundred and 21", "3 hundred and one": digits with word scales go on.
    // Each part smaller than the scale before it; a few parts at most.
    let mut parts = 0;
    let mut tail_scaled = n.scaled;
    while parts < 4 && (tail_scaled || cx.is(n.end.wrapping_sub(1), "hundred")) && !n.words {
        parts += 1;
        let mut k = n.end;
        let and = cx.is(k, "and") && cx.near(k);
        if and {
            k += 1;
        }
        if !cx.near(k) {
            break;
        }
        let Some(m) =
            parse_simple(cx, k, ctx).filter(|m| m.kind == NumKind::Cardinal && m.start == k)
        else {
            break;
        };
        let unit = scale_of_last(cx, n.end);
        if !(m.value < unit && (and || m.scaled) && m.value > 0.0) {
            break;
        }
        // "3 million and a half": a fraction after a scale is a fraction of that scale.
        let fraction = m.words && m.value < 1.0;
        n.value += if fraction { m.value * unit } else { m.value };
        n.end = m.end;
        tail_scaled = m.scaled && !fraction;
    }
    // "one out of three", "2000 over 3": a ratio.
    let k = n.end;
    if cx.near(k) && n.value > 0.0 {
        let in_ratio = cx.is(k, "in") && n.end == n.start + 1 && n.value >= 1.0 && n.value < 100.0;
        let (over, start) = if cx.is(k, "out") && cx.is(k + 1, "of") && cx.near(k + 1) {
            (false, k + 2)
        } else if in_ratio {
            // "one in five adults", "1 in 4".
            (false, k + 1)
        } else if cx.is(k, "over") {
            (true, k + 1)
        } else {
            (false, 0)
        };
        if start > 0 && cx.near(start) {
            if let Some(m) = parse_simple(cx, start, ctx)
                .filter(|m| m.kind == NumKind::Cardinal && m.start == start && m.value > 0.0)
            {
                // "over" means "more than" before anything countable: only a bare ratio.
                let bare_end = !cx.near(m.end) || !cx.is_word(m.end);
                let unit_follows = cx.near(m.end)
                    && cx.word(m.end).is_some_and(|w| {
                        w.time_unit.is_some()
                            || w.measure.is_some()
                            || w.currency.is_some()
                            || w.month.is_some()
                    });
                let in_ok = !in_ratio
                    || (m.value > n.value
                        && m.end == m.start + 1
                        && !unit_follows
                        && m.value <= 1000.0);
                if (!over || bare_end) && (over || m.value >= n.value) && in_ok {
                    n.value /= m.value;
                    n.end = m.end;
                    n.scaled = false;
                }
            }
        }
    }
    Some(n)
}

/// The multiplier of the scale word just before `end` ("hundred" → 100).
fn scale_of_last(cx: &Cx, end: usize) -> f64 {
    end.checked_sub(1)
        .and_then(|k| {
            let lower = cx.lower(k);
            cx.word(k).and_then(|w| w.scale).or_else(|| {
                MAGNITUDE_SUFFIXES
                    .iter()
                    .find(|(w, _)| *w == lower)
                    .map(|&(_, m)| m)
            })
        })
        .unwrap_or(1.0)
}

fn parse_simple(cx: &Cx, i: usize, ctx: Context) -> Option<Num> {
    let t = cx.tok(i)?;
    match t.kind {
        Kind::Digits => digits(cx, i, ctx, 1.0),
        Kind::Punct => {
            let s = cx.s(i);
            if (s == "-" || s == "−") && cx.is_digits(i + 1) && cx.attached(i + 1) {
                // A minus sign, not a hyphen between two figures ("2-5").
                let prev_joins = i > 0 && cx.attached(i) && cx.kind(i - 1) != Some(Kind::Punct);
                if prev_joins {
                    return None;
                }
                let mut n = digits(cx, i + 1, ctx, -1.0)?;
                n.start = i;
                n.bare_digits = false;
                return Some(n);
            }
            if s == "." && cx.is_digits(i + 1) && cx.attached(i + 1) {
                if i > 0 && cx.attached(i) && cx.is_digits(i - 1) {
                    return None;
                }
                let frac = decimal_fraction(cx.s(i + 1));
                let mut n = plain(frac, i, i + 2);
                n.bare_digits = false;
                return Some(scale_suffix(cx, n, ctx));
            }
            let v = vulgar_fraction(s)?;
            Some(plain(v, i, i + 1))
        }
        Kind::Word => words(cx, i),
    }
}

fn plain(value: f64, start: usize, end: usize) -> Num {
    Num {
        value,
        start,
        end,
        kind: NumKind::Cardinal,
        words: false,
        bare_digits: false,
        scaled: false,
    }
}

fn vulgar_fraction(s: &str) -> Option<f64> {
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

fn decimal_fraction(digits: &str) -> f64 {
    format!("0.{digits}").parse().unwrap_or(0.0)
}

fn int_value(digits: &str) -> f64 {
    digits.parse::<f64>().unwrap_or(0.0)
}

/// "1,3", "12,75": a decimal comma, read only where it cannot be a thousands separator (one or
/// two digits after it) or a list of numbers ("1,2,3").
fn european_decimal(cx: &Cx, i: usize, j: usize) -> bool {
    let list_before = i > 1 && cx.attached(i) && cx.is(i - 1, ",") && cx.is_digits(i - 2);
    let list_after = cx.attached(j + 2) && cx.is_any(j + 2, &[",", ".", "/", "-"]);
    cx.is(j, ",")
        && cx.attached(j)
        && cx.is_digits(j + 1)
        && cx.attached(j + 1)
        && (1..=2).contains(&cx.s(j + 1).len())
        && !list_before
        && !list_after
        && !(cx.attached(j + 2) && cx.is_word(j + 2) && !cx.is_any(j + 2, &["m", "bn", "k"]))
}

/// "x10^6", "× 10^-4" after a number: scientific notation with a multiplication sign.
/// Returns the power of ten and the token after it.
fn times_ten_power(cx: &Cx, j: usize) -> Option<(i32, usize)> {
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

fn digits(cx: &Cx, i: usize, ctx: Context, sign: f64) -> Option<Num> {
    // Digits glued to letters on the left ("A320", "scp-173") are part of a name or id, and
    // digits inside a URL or query string ("q=30%25") are not figures.
    if i > 0 && cx.attached(i) {
        if cx.is_word(i - 1) && ctx != Context::Money {
            return None;
        }
        if cx.is_any(i - 1, &["=", "%", "&", "?", "_", "@", "#"]) {
            return None;
        }
        // The middle of "1.2.3".
        if cx.is(i - 1, ".") && i > 1 && cx.attached(i - 1) && cx.is_digits(i - 2) {
            return None;
        }
        if cx.is(i - 1, "-")
            && i > 1
            && cx.attached(i - 1)
            && cx.is_word(i - 2)
            && cx.word(i - 2).is_none_or(|w| w.month.is_none())
        {
            return None;
        }
    }
    let first = cx.s(i);
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
        // "816 000", "40 000": one space, then groups of three digits not followed by more.
        if !grouped {
            while cx.is_digits(j)
                && cx.s(j).len() == 3
                && cx.gap(j) == super::tokens::Gap::Space
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
    // Decimal part.
    if cx.is(j, ".") && cx.attached(j) && cx.is_digits(j + 1) && cx.attached(j + 1) {
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
        value *= 10f64.powi(e);
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
        } else if cx.is(j, "/") && cx.attached(j) {
            return None;
        } else if let Some(v) = cx
            .tok(j)
            .filter(|_| cx.attached(j))
            .and_then(|_| vulgar_fraction(cx.s(j)))
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
    // Ordinal suffix: "3rd", "21st", "04th".
    if cx.is_any(j, &["st", "nd", "rd", "th"]) && cx.attached(j) && sign > 0.0 && n.bare_digits {
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

fn exponent(cx: &Cx, j: usize) -> Option<(i32, usize)> {
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

/// " 1/2" after a whole number (`spaced`), or "3/4" at `j`.
fn slash_fraction(cx: &Cx, j: usize, spaced: bool) -> Option<(f64, usize)> {
    if spaced && !(cx.is_digits(j) && cx.near(j) && !cx.attached(j)) {
        return None;
    }
    let (a, b) = (cx.s(j), cx.s(j + 2));
    if !(cx.is(j + 1, "/") && cx.attached(j + 1) && cx.is_digits(j + 2) && cx.attached(j + 2)) {
        return None;
    }
    let (a, b) = (int_value(a), int_value(b));
    if b == 0.0 || a >= b || b > 64.0 {
        return None;
    }
    // "1/2/2020" is a date.
    if cx.is(j + 3, "/") && cx.attached(j + 3) {
        return None;
    }
    Some((a / b, j + 3))
}

/// A magnitude written after a number: attached ("1.5bn", "3k", "2mil") or spaced
/// ("2 million", "10 bln", "1,674,200.5 M"), possibly chained ("three lakh crore").
fn scale_suffix(cx: &Cx, mut n: Num, ctx: Context) -> Num {
    let j = n.end;
    let s = cx.s(j);
    if cx.is_word(j) && cx.near(j) && !(cx.is_word(j + 1) && cx.attached(j + 1)) {
        let attached = cx.attached(j);
        let lower = super::cursor::lower(s);
        let mult = MAGNITUDE_SUFFIXES
            .iter()
            .find(|(w, _)| *w == lower)
            .map(|&(_, m)| m)
            .or_else(|| cx.word(j).and_then(|w| w.scale));
        if let Some(m) = mult {
            let ok = match lower.as_str() {
                // "m" is a metre and "g" a gram unless money or capitals say otherwise.
                "m" => s == "M" || (attached && ctx == Context::Money),
                "g" => s == "G",
                "t" => s == "T" && attached,
                "b" => attached,
                "k" => true,
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

/// States of the word-number grammar: what the last component was.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Last {
    Start,
    Unit,
    Teen,
    Ten,
    Hundred,
    Scale(u8),
}

fn scale_rank(v: f64) -> u8 {
    match v {
        x if x >= 1e12 => 5,
        x if x >= 1e9 => 4,
        x if x >= 1e7 => 3,
        x if x >= 1e6 => 3,
        x if x >= 1e5 => 2,
        _ => 1,
    }
}

/// Word numbers, fractions and ordinals starting at token `i`.
fn words(cx: &Cx, i: usize) -> Option<Num> {
    let mut j = i;
    let mut sign = 1.0;
    if cx.is_any(j, &["minus", "negative"]) && cx.near(j + 1) {
        sign = -1.0;
        j += 1;
    }
    // "a"/"an" stand for one before a scale or a fraction: "a hundred", "a third", "a half".
    if cx.is_any(j, &["a", "an"]) && cx.near(j + 1) {
        let w = cx.word(j + 1)?;
        if let Some(m) = w.scale {
            let mut n = cardinal_words(cx, j + 1, Some(m))?;
            n.start = i;
            n.value *= sign;
            return Some(n);
        }
        if let Some(d) =
            fraction_denominator(w).or_else(|| compound_denominator(cx, j + 1).map(|(d, _)| d))
        {
            if cx.is(j + 1, "second") {
                return None;
            }
            let end = compound_denominator(cx, j + 1)
                .map(|(_, e)| e)
                .unwrap_or(j + 2);
            let mut n = plain(sign / d as f64, i, end);
            n.words = true;
            // "a half million", "a quarter million".
            return Some(after_fraction_scale(cx, n));
        }
        return None;
    }
    // "half a million", "half a dozen", "half million", "quarter million".
    if cx.is_any(j, &["half", "quarter"]) {
        let part = if cx.is(j, "half") { 0.5 } else { 0.25 };
        let k = if cx.is(j + 1, "a") && cx.near(j + 1) {
            j + 2
        } else {
            j + 1
        };
        if cx.near(k) {
            if let Some(m) = cx.word(k).and_then(|w| w.scale) {
                let mut n = plain(sign * part * m, i, k + 1);
                n.words = true;
                return Some(n);
            }
        }
        return None;
    }
    let w = cx.word(j)?;
    if w.unit.is_none() && w.ten.is_none() && w.scale.is_none() && w.ordinal.is_none() {
        return None;
    }
    // Ordinals: "third", "twenty-first", "twenty first".
    if let Some((v, end)) = word_ordinal(cx, j) {
        if sign < 0.0 {
            return None;
        }
        return Some(Num {
            value: v as f64,
            start: i,
            end,
            kind: NumKind::Ordinal,
            words: true,
            bare_digits: false,
            scaled: false,
        });
    }
    let mut n = cardinal_words(cx, j, None)?;
    n.start = i;
    n.value *= sign;
    Some(n)
}

/// "twenty-first" / "twenty first" / "third" at `j`: (rank, end).
pub fn word_ordinal(cx: &Cx, j: usize) -> Option<(u64, usize)> {
    let w = cx.word(j)?;
    if let Some(o) = w.ordinal {
        return Some((o, j + 1));
    }
    let ten = w.ten?;
    let mut k = j + 1;
    if cx.is(k, "-") && cx.near(k) {
        k += 1;
    }
    if !cx.near(k) {
        return None;
    }
    let o = cx.word(k)?.ordinal?;
    if o < 10 {
        return Some((u64::from(ten) + o, k + 1));
    }
    None
}

/// "twenty-firsts" / "twenty-first" as a denominator: (denominator, end).
fn compound_denominator(cx: &Cx, j: usize) -> Option<(u64, usize)> {
    let ten = cx.word(j)?.ten?;
    let mut k = j + 1;
    if cx.is(k, "-") && cx.near(k) {
        k += 1;
    }
    if !cx.near(k) {
        return None;
    }
    let w = cx.word(k)?;
    let o = w.plural_fraction.or(w.ordinal)?;
    (o < 10).then_some((u64::from(ten) + o, k + 1))
}

fn after_fraction_scale(cx: &Cx, mut n: Num) -> Num {
    if cx.near(n.end) {
        if let Some(m) = cx.word(n.end).and_then(|w| w.scale) {
            if m >= 1e3 {
                n.value *= m;
                n.end += 1;
            }
        }
    }
    n
}

/// The core word grammar: "one hundred and six", "twenty-one trillion and three hundred",
/// "fifty two", "three dozens", "two hundred point seventy-one", "one and a half",
/// "two thirds", "one hundred and three and two thirds". `start_scale` is set when a leading
/// "a" stands for one ("a hundred thousand").
fn cardinal_words(cx: &Cx, i: usize, start_scale: Option<f64>) -> Option<Num> {
    let mut total = 0.0f64;
    let mut group = 0.0f64;
    let mut last = Last::Start;
    let mut j = i;
    let mut end = i;
    let mut max_scale_rank = u8::MAX;
    let mut last_scale = 1.0;
    if let Some(m) = start_scale {
        if m >= 1000.0 {
            total = m;
            max_scale_rank = scale_rank(m);
            last = Last::Scale(max_scale_rank);
        } else {
            group = m;
            last = Last::Hundred;
        }
        j += 1;
        end = j;
    }
    loop {
        // Separators between components: spaces, a hyphen, or "and" before a number word.
        let mut k = j;
        if k > i {
            if !cx.near(k) {
                break;
            }
            if cx.is(k, "-") {
                k += 1;
                if !cx.near(k) {
                    break;
                }
            } else if cx.is(k, "and") && last != Last::Start {
                // "and" continues only before a smaller component after a hundred/scale.
                if !matches!(last, Last::Hundred | Last::Scale(_)) {
                    break;
                }
                // "and a half", "and three fifths": a fraction, read by `fraction_tail`.
                let frac_at = |f: usize| {
                    cx.word(f).is_some_and(|w| {
                        w.plural_fraction.is_some() || w.ordinal.is_some_and(|o| o > 2)
                    })
                };
                if cx.is_any(k + 1, &["a", "one"]) && frac_at(k + 2)
                    || cx.word(k + 1).is_some_and(|w| w.unit.is_some()) && frac_at(k + 2)
                {
                    break;
                }
                k += 1;
                if !cx.near(k) {
                    break;
                }
            }
        }
        let Some(w) = cx.word(k) else { break };
        if let Some(u) = w.unit {
            let ok = match last {
                Last::Start | Last::Hundred | Last::Scale(_) => true,
                Last::Ten => u < 10 && u > 0,
                Last::Unit | Last::Teen => false,
            };
            if !ok {
                break;
            }
            group += f64::from(u);
            last = if u >= 10 { Last::Teen } else { Last::Unit };
        } else if let Some(t) = w.ten {
            if !matches!(last, Last::Start | Last::Hundred | Last::Scale(_)) {
                break;
            }
            group += f64::from(t);
            last = Last::Ten;
        } else if let Some(m) = w.scale {
            if m == 12.0 {
                // "three dozen(s)": only right after a count, and it ends the number.
                if matches!(last, Last::Start | Last::Scale(_)) {
                    break;
                }
                group *= 12.0;
                end = k + 1;
                break;
            }
            if m == 100.0 {
                if matches!(last, Last::Hundred) {
                    break;
                }
                group = group.max(1.0) * 100.0;
                last = Last::Hundred;
            } else {
                let rank = scale_rank(m);
                if group == 0.0 && matches!(last, Last::Scale(_)) && m >= 1e5 {
                    // "lakh crore": multiply.
                    total *= m;
                } else {
                    if rank >= max_scale_rank || group == 0.0 && !matches!(last, Last::Start) {
                        break;
                    }
                    total += group.max(1.0) * m;
                    group = 0.0;
                    max_scale_rank = rank;
                    last_scale = m;
                }
                last = Last::Scale(rank);
            }
        } else {
            break;
        }
        j = k + 1;
        end = j;
    }
    if end == i {
        return None;
    }
    let mut value = total + group;
    // "point seventy-one", "point nought four".
    if cx.is(end, "point") && cx.near(end) {
        let mut digits = String::new();
        let mut k = end + 1;
        while cx.near(k) {
            let Some(w) = cx.word(k) else { break };
            if let Some(u) = w.unit.filter(|&u| u < 10) {
                digits.push(char::from(b'0' + u));
                k += 1;
            } else if let Some(t) = w.ten {
                let mut v = t;
                let mut k2 = k + 1;
                if cx.is(k2, "-") && cx.near(k2) {
                    k2 += 1;
                }
                if let Some(u) = cx
                    .word(k2)
                    .filter(|_| cx.near(k2))
                    .and_then(|w| w.unit)
                    .filter(|&u| u < 10 && u > 0)
                {
                    v += u;
                    k = k2 + 1;
                } else {
                    k += 1;
                }
                digits.push_str(&v.to_string());
            } else {
                break;
            }
            if cx.is(k, "-") && cx.near(k) && cx.word(k + 1).is_some_and(|w| w.unit.is_some()) {
                k += 1;
            }
        }
        if !digits.is_empty() {
            value += decimal_fraction(&digits);
            end = k;
        }
    }
    let mut n = Num {
        value,
        start: i,
        end,
        kind: NumKind::Cardinal,
        words: true,
        bare_digits: false,
        scaled: matches!(last, Last::Scale(_)),
    };
    fraction_tail(
        cx,
        &mut n,
        last,
        if group == 0.0 { last_scale } else { 1.0 },
    );
    Some(n)
}

/// After a word number: "two thirds" (a count of a fraction), or "… and a half",
/// "… and three fifths".
fn fraction_tail(cx: &Cx, n: &mut Num, last: Last, scale: f64) {
    let j = n.end;
    if !cx.near(j) {
        return;
    }
    // "two thirds", "one eighth", "three twenty-firsts", "one - fourth".
    if matches!(last, Last::Unit | Last::Teen | Last::Ten | Last::Hundred) && n.value > 0.0 {
        let j = if cx.is(j, "-") && cx.near(j + 1) {
            j + 1
        } else {
            j
        };
        let den = compound_denominator(cx, j).or_else(|| {
            let w = cx.word(j)?;
            let d = fraction_denominator(w)?;
            // Plural after more than one ("two thirds"); singular after one ("one eighth").
            let plural = w.plural_fraction.is_some();
            let singular_ok = n.value == 1.0 && w.ordinal.is_some();
            (plural || singular_ok).then_some((d, j + 1))
        });
        if let Some((d, end)) = den {
            if !cx.is(j, "second") && !cx.is(j, "seconds") && d > 0 {
                n.value /= d as f64;
                n.end = end;
                // "three quarters billion".
                *n = after_fraction_scale(cx, *n);
                return;
            }
        }
    }
    // "and a half", "and a quarter", "and three fifths", "and one fourth"; after a scale the
    // fraction is of that scale ("five billion and three quarters").
    if cx.is(j, "and") && cx.near(j + 1) {
        let k = j + 1;
        if cx.is_any(k, &["a", "one"]) && cx.near(k + 1) {
            if let Some(d) = cx.word(k + 1).and_then(fraction_denominator) {
                if !cx.is(k + 1, "second") {
                    n.value += scale / d as f64;
                    n.end = k + 2;
                    return;
                }
            }
        }
        if let Some(u) = cx.word(k).and_then(|w| w.unit).filter(|&u| u > 1) {
            if let Some(d) = cx
                .word(k + 1)
                .filter(|_| cx.near(k + 1))
                .and_then(|w| w.plural_fraction)
            {
                n.value += scale * f64::from(u) / d as f64;
                n.end = k + 2;
            }
        }
    }
}

#[cfg(test)]
#[allow(clippy::type_complexity)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn first_number(text: &str) -> Option<(String, f64, NumKind)> {
        let mut toks = Vec::new();
        tokenize(text, &mut toks);
        let cx = Cx::new(text, &toks);
        (0..toks.len()).find_map(|i| {
            parse(&cx, i, Context::Plain)
                .map(|n| (text[cx.span(n.start, n.end)].to_string(), n.value, n.kind))
        })
    }

    #[test]
    fn reads_numbers() {
        use NumKind::*;
        let cases: &[(&str, &str, &str, f64, NumKind)] = &[
            (
                "thousands separators",
                "The council spent 12,450,000 on roads",
                "12,450,000",
                12_450_000.0,
                Cardinal,
            ),
            ("decimal", "a rate of 3.75 was set", "3.75", 3.75, Cardinal),
            (
                "decimal comma",
                "the rate fell to 2,5 over the year",
                "2,5",
                2.5,
                Cardinal,
            ),
            (
                "a fraction of the scale before it",
                "about 2 million and a half tonnes",
                "2 million and a half",
                2_500_000.0,
                Cardinal,
            ),
            (
                "digits with several word scales",
                "some 2 thousand 4 hundred and 15 votes",
                "2 thousand 4 hundred and 15",
                2415.0,
                Cardinal,
            ),
            (
                "scientific with a times sign",
                "a density of 2.5x10^4 cells",
                "2.5x10^4",
                25_000.0,
                Cardinal,
            ),
            (
                "scientific with a negative power",
                "a dose of 4 × 10^-3 grams",
                "4 × 10^-3",
                0.004,
                Cardinal,
            ),
            (
                "space groups",
                "some 816 000 visitors",
                "816 000",
                816_000.0,
                Cardinal,
            ),
            (
                "attached magnitude",
                "a 1.5bn budget",
                "1.5bn",
                1.5e9,
                Cardinal,
            ),
            (
                "spaced magnitude",
                "nearly 2 million homes",
                "2 million",
                2e6,
                Cardinal,
            ),
            ("k suffix", "with 3k followers", "3k", 3000.0, Cardinal),
            ("negative", "it was -4 overnight", "-4", -4.0, Cardinal),
            (
                "mixed fraction",
                "a 7 1/4 inch pipe",
                "7 1/4",
                7.25,
                Cardinal,
            ),
            (
                "words",
                "Four thousand two hundred and ten fans",
                "Four thousand two hundred and ten",
                4210.0,
                Cardinal,
            ),
            (
                "hyphenated",
                "aged forty-seven today",
                "forty-seven",
                47.0,
                Cardinal,
            ),
            ("a dozen", "about a dozen boats", "a dozen", 12.0, Cardinal),
            (
                "half a million",
                "half a million people",
                "half a million",
                500_000.0,
                Cardinal,
            ),
            (
                "count of fraction",
                "two fifths of voters",
                "two fifths",
                0.4,
                Cardinal,
            ),
            (
                "a third",
                "a third of schools",
                "a third",
                1.0 / 3.0,
                Cardinal,
            ),
            (
                "and a half",
                "six and a half weeks",
                "six and a half",
                6.5,
                Cardinal,
            ),
            (
                "point",
                "scored eight point five",
                "eight point five",
                8.5,
                Cardinal,
            ),
            ("ordinal digits", "the 21st attempt", "21st", 21.0, Ordinal),
            (
                "ordinal words",
                "the twenty-second bill",
                "twenty-second",
                22.0,
                Ordinal,
            ),
            (
                "minus words",
                "minus seven degrees",
                "minus seven",
                -7.0,
                Cardinal,
            ),
        ];
        for (name, text, span, value, kind) in cases {
            let got = first_number(text).unwrap_or_else(|| panic!("{name}: nothing found"));
            assert_eq!(got.0, *span, "{name}");
            assert!(
                (got.1 - value).abs() < 1e-9 * value.abs().max(1.0),
                "{name}: {} != {value}",
                got.1
            );
            assert_eq!(got.2, *kind, "{name}");
        }
    }

    #[test]
    fn leaves_non_numbers_alone() {
        let cases: &[(&str, &str)] = &[
            ("id glued to letters", "flight BA284 left"),
            ("version", "release 1.2.3 is out"),
            ("plain words", "nothing to see here"),
        ];
        for (name, text) in cases {
            assert!(
                first_number(text).is_none(),
                "{name}: {:?}",
                first_number(text)
            );
        }
    }
}
