//! English numbers in digits and words: "1,335", "3.5", "816 000", "1.5bn", "Three thousand",
//! "twenty-one", "half a million", "two thirds", "10 1/2", "3rd", "twenty-first".

mod counted_subject;
mod digits;
mod fractions;
mod groups;
mod joined;
mod ranked_share;
mod words;

#[cfg(test)]
mod digit_run_gate_tests;
#[cfg(test)]
#[allow(clippy::type_complexity)]
mod tests;

use super::cursor::Cx;
use super::lexicon::MAGNITUDE_SUFFIXES;
pub use super::num::{Context, Num, NumKind};
use super::tokens::Kind;
use digits::{decimal_fraction, digits, scale_suffix, vulgar_fraction};
pub(crate) use digits::{network_generation, plural_count_noun};
pub use joined::joined;
pub use words::word_ordinal;
use words::words;

/// Reads a number (cardinal or ordinal) starting exactly at token `i`.
pub fn parse(cx: &Cx, i: usize, ctx: Context) -> Option<Num> {
    let key = u8::from(ctx == Context::Money);
    if let Ok(cache) = cx.numbers.try_borrow() {
        if let Some(hit) = cache.slots.iter().find(|(k, c, _)| *k == i && *c == key) {
            return hit.2;
        }
    }
    let n = parse_uncached(cx, i, ctx);
    if let Ok(mut cache) = cx.numbers.try_borrow_mut() {
        cache.put((i, key, n));
    }
    n
}

/// The last four number readings ([`Cx`]'s cache), by token and context: a ring whose oldest
/// reading a miss overwrites, as rotating the array and writing the first slot did (a hit
/// moves nothing in either), without moving the other three (~30 instructions a miss).
#[derive(Clone, Copy)]
pub struct NumberCache {
    slots: [(usize, u8, Option<Num>); 4],
    /// The slot the next reading goes into (the oldest).
    next: usize,
}

impl NumberCache {
    pub const EMPTY: NumberCache = NumberCache {
        slots: [(usize::MAX, 0, None); 4],
        next: 0,
    };

    fn put(&mut self, reading: (usize, u8, Option<Num>)) {
        if let Some(slot) = self.slots.get_mut(self.next) {
            *slot = reading;
        }
        self.next = (self.next + 1) % self.slots.len();
    }
}

/// The words a number in words may open with besides number words: a sign, an article before
/// a scale or fraction ("a hundred", "a third"), "half" and "quarter" (`words`, `signed_word`).
const OPENING_WORDS: &[&str] = &["minus", "negative", "a", "an", "half", "quarter"];

/// A word no number starts at, known without the cache (most words the grammars ask about:
/// "in", "the", names): `parse_simple` reads a word only through `words` and `signed_word`,
/// which open with a word of [`OPENING_WORDS`], a word the lexicon gives a number role (a unit,
/// ten, scale or ordinal), or, for a word the lexicon does not know, `joined`, whose own first
/// test is [`joined::may_be_joined`].
pub fn opens_no_number(cx: &Cx, i: usize) -> bool {
    if cx.kind(i) != Some(Kind::Word) {
        return false;
    }
    let number_role = cx.word(i).is_some_and(|w| {
        w.unit.is_some() || w.ten.is_some() || w.scale.is_some() || w.ordinal.is_some()
    });
    !number_role && !cx.is_any(i, OPENING_WORDS) && !joined::may_be_joined(cx.s(i).as_bytes())
}

/// Whether a number may start at the mark `i` (a token of [`Kind::Punct`]): `parse_simple`
/// reads a mark only as a minus before digits or a decimal point glued on ("-5", "-.5"), a
/// decimal point before digits glued on (".5"), or a fraction beyond ASCII ("½", and "−", the
/// minus sign): every other ASCII mark, most of them (".", ",", ")" ending a phrase), opens
/// none (`a_mark_opens_a_number_only_where_the_gate_says`).
pub fn mark_may_open_number(cx: &Cx, i: usize) -> bool {
    match cx.punct(i) {
        Some(b'-') => cx.attached(i + 1) && (cx.is_digits(i + 1) || cx.is(i + 1, ".")),
        Some(b'.') => cx.attached(i + 1) && cx.is_digits(i + 1),
        Some(_) => false,
        None => true,
    }
}

fn parse_uncached(cx: &Cx, i: usize, ctx: Context) -> Option<Num> {
    if opens_no_number(cx, i) {
        return None;
    }
    let mut n = parse_simple(cx, i, ctx)?;
    if n.kind != NumKind::Cardinal {
        return Some(n);
    }
    // "20-odd", "twenty-odd", "10-odd million": a round number and some more, with its scale
    // after the "odd" (the figure's qualifier is set with the others, `qualifiers.rs`).
    if let Some(end) = odd_suffix(cx, &n) {
        n.end = end;
        n.bare_digits = false;
        let scale = cx.word(end).and_then(|w| w.scale);
        if let Some(scale) =
            scale.filter(|_| cx.near(end) && !n.scaled && !cx.s(end).ends_with('s'))
        {
            n.value *= scale;
            n.end = end + 1;
            n.scaled = true;
        }
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
    // "1 point 1", "3 point 75": a decimal point said as a word between digits.
    let k = n.end;
    if !n.words
        && n.bare_digits
        && cx.is(k, "point")
        && cx.near(k)
        && cx.near(k + 1)
        && cx.is_digits(k + 1)
        && !(cx.attached(k + 2) && (cx.is_word(k + 2) || cx.is_digits(k + 2)))
    {
        let fraction = decimal_fraction(cx.s(k + 1));
        n.value += if n.value < 0.0 { -fraction } else { fraction };
        n.end = k + 2;
        n.bare_digits = false;
    }
    // "one out of three", "2000 over 3": a ratio.
    let k = n.end;
    if cx.near(k) && n.value > 0.0 {
        let in_ratio = cx.is(k, "in") && n.end == n.start + 1 && n.value >= 1.0 && n.value < 100.0;
        // "a 1-in-20 chance", "a one-in-five risk": the ratio's words glued by hyphens.
        if !in_ratio && n.end == n.start + 1 && n.value >= 1.0 && n.value < 100.0 {
            if let Some((whole, end)) = hyphened_ratio(cx, k, ctx) {
                if whole > n.value {
                    n.value /= whole;
                    n.end = end;
                    n.scaled = false;
                    n.bare_digits = false;
                    return Some(n);
                }
            } else if hyphened_in(cx, k) {
                // "a 1-in-100-year flood", "a 3-in-1 printer": a return period or a
                // product's name, no figure.
                return None;
            }
        }
        let (over, start) = if cx.is(k, "out") && cx.is(k + 1, "of") && cx.near(k + 1) {
            (false, k + 2)
        } else if in_ratio {
            // "one in five adults", "1 in 4", "one in every 200 people".
            let every = cx.is(k + 1, "every") && cx.near(k + 1);
            (false, if every { k + 2 } else { k + 1 })
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
                // "one in a million", "one in a hundred": "a" and a scale word.
                let a_scale = cx.is_any(m.start, &["a", "an"])
                    && m.end == m.start + 2
                    && m.words
                    && !(cx.attached(m.end) && cx.is(m.end, "-"));
                // "1 in 139.8 million", "one in 14 million": odds against one, a scaled count.
                let odds = n.value == 1.0 && m.scaled;
                let in_ok = !in_ratio
                    || (m.value > n.value
                        && (m.end == m.start + 1 && m.value <= 1000.0 || a_scale || odds)
                        && !unit_follows);
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

/// The whole of a ratio glued by hyphens at `k` ("-in-20" of "1-in-20", "-in-five" of
/// "one-in-five") and the token after it: a count up to 1,000 in one token, with no unit or
/// word glued after it ("a 1-in-100-year flood" is a return period, read by no grammar).
fn hyphened_ratio(cx: &Cx, k: usize, ctx: Context) -> Option<(f64, usize)> {
    if !hyphened_in(cx, k) {
        return None;
    }
    let at = k + 3;
    if cx.attached(at + 1)
        && !cx
            .punct(at + 1)
            .is_some_and(|b| matches!(b, b',' | b'.' | b')'))
    {
        return None;
    }
    let whole = if cx.is_digits(at) {
        cx.s(at).parse::<f64>().ok()?
    } else {
        parse_simple(cx, at, ctx)
            .filter(|m| m.kind == NumKind::Cardinal && m.start == at && m.end == at + 1)?
            .value
    };
    (whole <= 1000.0).then_some((whole, at + 1))
}

/// Whether "-in-" and a token are glued at `k` ("-in-20", "-in-100-year").
fn hyphened_in(cx: &Cx, k: usize) -> bool {
    cx.is(k, "-") && cx.is(k + 1, "in") && cx.is(k + 2, "-") && (k..k + 4).all(|j| cx.attached(j))
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

/// The token after "-odd" glued to a round number `n` ("20-odd", "a hundred-odd"): ten or more,
/// a whole multiple of ten; not before a glued word ("20-odd-year-old").
fn odd_suffix(cx: &Cx, n: &Num) -> Option<usize> {
    let e = n.end;
    let odd = cx.is(e, "-") && cx.attached(e) && cx.is(e + 1, "odd") && cx.attached(e + 1);
    // Asked only before "-odd": `%` on a float is a call to `fmod` (~160 instructions), and
    // this runs at every number read.
    let round = odd && n.value >= 10.0 && n.value % 10.0 == 0.0;
    let glued_on = cx.attached(e + 2) && (cx.is(e + 2, "-") || cx.is_word(e + 2));
    (round && odd && !glued_on).then_some(e + 2)
}

/// Whether the figure at tokens `start..end` is a round number and some more ("20-odd").
pub fn odd_within(cx: &Cx, start: usize, end: usize) -> bool {
    (start + 1..end).any(|k| cx.is(k, "odd") && cx.attached(k) && cx.is(k - 1, "-"))
}

fn parse_simple(cx: &Cx, i: usize, ctx: Context) -> Option<Num> {
    let t = cx.tok(i)?;
    match t.kind() {
        Kind::Digits => digits(cx, i, ctx, 1.0),
        Kind::Punct => {
            let s = cx.s(i);
            // "-.5", "−.0012G": a minus before a decimal point.
            if (s == "-" || s == "−")
                && cx.is(i + 1, ".")
                && cx.attached(i + 1)
                && cx.attached(i + 2)
                && cx.is_digits(i + 2)
                && !(i > 0 && cx.attached(i) && cx.kind(i - 1) != Some(Kind::Punct))
            {
                let mut n = parse_simple(cx, i + 1, ctx)?;
                n.value = -n.value;
                n.start = i;
                return Some(n);
            }
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
        Kind::Word => words(cx, i).or_else(|| signed_word(cx, i, ctx)),
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

/// "minus 12", "negative 1.5 million", "minus five": a sign written as a word before a number.
fn signed_word(cx: &Cx, i: usize, ctx: Context) -> Option<Num> {
    if !sign_word(cx, i) {
        return None;
    }
    let mut n = parse_simple(cx, i + 1, ctx)
        .filter(|n| n.kind == NumKind::Cardinal && n.start == i + 1 && n.value > 0.0)?;
    n.value = -n.value;
    n.start = i;
    n.bare_digits = false;
    Some(n)
}

/// Whether token `i` is a sign written as a word ("minus", "negative") before a number. Not
/// in "plus or minus 3 points", "plus or minus three percentage points": a margin, read by
/// the qualifiers; the number is positive.
pub(super) fn sign_word(cx: &Cx, i: usize) -> bool {
    cx.is_any(i, &["minus", "negative"])
        && cx.near(i + 1)
        && !(i >= 2 && cx.is(i - 1, "or") && cx.is(i - 2, "plus"))
}

/// The second number of a range of counts after `n`: joined to it by one of `joins`, or by
/// "and" when "between" comes before `n` ("between 5 and 11"), and larger than it ("4-6",
/// "four to six", "three or four").
pub fn range_end(cx: &Cx, n: &Num, joins: &[&str]) -> Option<Num> {
    let k = n.end;
    let between = n.start > 0 && cx.is(n.start - 1, "between");
    let joined = cx.is_any(k, joins) || between && cx.is(k, "and");
    if !(joined && cx.near(k) && cx.near(k + 1)) {
        return None;
    }
    parse(cx, k + 1, Context::Plain)
        .filter(|m| m.kind == NumKind::Cardinal && m.start == k + 1 && m.value > n.value)
}

/// The magnitude a scaled number ends with ("10 million", "3bn": 1e6, 1e9), else 1: what the
/// first end of a range shares ("between 5 and 10 million").
pub fn magnitude(cx: &Cx, m: &Num) -> f64 {
    if !m.scaled || m.end <= m.start + 1 {
        return 1.0;
    }
    let k = m.end - 1;
    let lower = cx.lower(k);
    MAGNITUDE_SUFFIXES
        .iter()
        .find(|(w, _)| *w == lower.as_str())
        .map(|(_, v)| *v)
        .or_else(|| cx.word(k).and_then(|w| w.scale))
        .filter(|&s| s > 1.0 && s <= m.value)
        .unwrap_or(1.0)
}
