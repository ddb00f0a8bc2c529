//! Money beyond a number and its currency: the minor part after an amount ("$20 and 43c",
//! "3 UAH 4 kopiykas", "twenty ringgit and 43"), ranges written with both ends whole ("from 10
//! dollars to 20 dollars", "between £2m and £3m"), "grand" for thousands and the US coins by
//! name ("twenty nickels", "a dime"), currencies written as a symbol or name several countries
//! share ("Rs 500", "ten rials") and codes with a magnitude on them ("45 MEUR").

use super::currencies;
use super::cursor::Cx;
use super::detail::Detail;
use super::numbers::{self, Context, Num, NumKind};
use super::words::RANGE_DASHES;
use super::Found;

mod article_led;
mod comparative;
pub(crate) mod counted_end;
mod half;
mod minor_units;
mod shared_scale;
pub use article_led::{a_coin, a_currency, a_slang, fraction_of_amount};

/// "20 kopecks", "50 paise", "10 eurocents", "10c": an amount in a currency's hundredths, after
/// the number `n` (word at `k`). "c" counts attached to digits of a whole number under 100
/// ("50c", read as cents, which [`super::cents`] gives the currency of the text), never apart
/// ("10 c") nor in capitals ("25C" is a temperature).
pub fn minor_alone(cx: &Cx, n: &Num, k: usize) -> Option<Found> {
    if !cx.near(k) || n.kind != NumKind::Cardinal || !cx.is_word(k) {
        return None;
    }
    if cx.s(k) == "c" {
        let whole = n.value.fract() == 0.0 && n.value > 0.0 && n.value < 100.0;
        let ok = whole && !n.words && cx.attached(k);
        return ok.then(|| {
            Found::new(
                n.start,
                k + 1,
                "MONEY",
                Detail::value(n.value).with_unit("USX"),
            )
        });
    }
    let s = cx.s(k);
    if s.bytes().any(|b| b.is_ascii_uppercase()) {
        return None;
    }
    let codes = minor_units::alone(s)?;
    let (code, note) = currencies::shared(s, codes);
    let mut d = Detail::value(n.value / minor_divisor(code)).with_unit(code);
    if note.is_some() {
        d.extra_mut().hint = note;
    }
    Some(Found::new(n.start, k + 1, "MONEY", d))
}

/// How many minor units make one of the currency `code`: 1,000 where ISO 4217 says so
/// ("KWD", "OMR"), else 100.
fn minor_divisor(code: &str) -> f64 {
    if currencies::in_thousandths(code) {
        1000.0
    } else {
        100.0
    }
}

/// The currencies a minor unit read alone belongs to ("30 centavos"), for
/// [`currencies::resolve_shared`] to pick one by the country the text names.
pub fn minor_alone_codes(lower: &str) -> Option<&'static [&'static str]> {
    minor_units::alone(lower)
}

/// "20,000 won", "5 billion won": the Korean won after a large number (a thousand or more, or
/// a number with a magnitude), where "won" ends the phrase or comes before a word no verb
/// "won" takes ("5,000 won a month"), or after a magnitude ("5 billion won in damages"); not
/// "1,200 won seats", "3 won".
pub fn won(cx: &Cx, n: &Num, k: usize) -> Option<Found> {
    if !(cx.is(k, "won") && cx.near(k) && n.kind == NumKind::Cardinal) {
        return None;
    }
    if !(n.scaled || n.value >= 1000.0 && !n.words) || cx.s(k) != "won" {
        return None;
    }
    // "Obama in 2008 won": a year after a preposition, then the verb.
    let year = n.bare_digits && (1800.0..=2100.0).contains(&n.value) && n.value.fract() == 0.0;
    if year
        && n.start > 0
        && cx.is_any(
            n.start - 1,
            &["in", "since", "by", "until", "from", "of", "during"],
        )
    {
        return None;
    }
    let ends = !cx.near(k + 1) || !cx.is_word(k + 1);
    let after = cx.is_any(
        k + 1,
        &[
            "a", "an", "per", "each", "apiece", "for", "to", "or", "and", "of", "here", "there",
            "now", "today", "only", "more", "less", "worth",
        ],
    );
    // A magnitude makes it money whatever follows ("5 billion won in damages").
    (n.scaled || ends || after).then(|| {
        Found::new(
            n.start,
            k + 1,
            "MONEY",
            Detail::value(n.value).with_unit("KRW"),
        )
    })
}

/// US coins by name and their value in dollars ("quarters" only where the sentence speaks of
/// money: [`quarters`]).
const COINS: &[(&str, f64)] = &[
    ("nickel", 0.05),
    ("nickels", 0.05),
    ("dime", 0.1),
    ("dimes", 0.1),
    ("quarter", 0.25),
    ("quarters", 0.25),
];

/// Notes by their words of speech and their value in the reader's currency, counted after a
/// number ("three fivers", "two tenners"; "a fiver" is [`article_led::a_slang`]'s).
const NOTES: &[(&str, f64)] = &[
    ("fiver", 5.0),
    ("fivers", 5.0),
    ("tenner", 10.0),
    ("tenners", 10.0),
];

/// Words that make "quarters" coins when the sentence has one.
/// Amounts in "$" are not among them: financial news counts quarters of a year beside them.
const MONEY_WORDS: &[&str] = &[
    "¢", "cent", "cents", "coin", "coins", "change", "nickel", "nickels", "dime", "dimes", "penny",
    "pennies", "paid", "pay", "tip", "owed", "meter", "pocket", "vending",
];

/// Words before a count of quarters that make them quarters of a year ("for three quarters",
/// "the past two quarters").
const PERIOD_BEFORE: &[&str] = &[
    "for",
    "over",
    "past",
    "last",
    "next",
    "consecutive",
    "straight",
    "successive",
    "recent",
    "the",
    "in",
    "first",
    "second",
    "third",
    "fourth",
];

/// A word of [`MONEY_WORDS`] in the sentence around tokens `start..end`, within a few words.
fn money_around(cx: &Cx, start: usize, end: usize) -> bool {
    const WINDOW: usize = 12;
    let mut i = start;
    while i > 0 && start - i < WINDOW && !cx.sentence_start(i) {
        i -= 1;
        if cx.is_any(i, MONEY_WORDS) {
            return true;
        }
    }
    let mut j = end;
    while j < cx.len() && j - end < WINDOW && !cx.sentence_start(j) {
        if cx.is_any(j, MONEY_WORDS) {
            return true;
        }
        j += 1;
    }
    false
}

/// "three quarters", "a quarter" read as a number ending in the word, in a sentence about money
/// ("paid in three quarters and a dime"): coins, worth what the fraction says in dollars. Not
/// "three quarters of the vote", nor a time ("a quarter past", "three quarters of an hour").
pub fn quarters(cx: &Cx, n: &Num) -> Option<Found> {
    let last = n.end.checked_sub(1)?;
    if !cx.is_any(last, &["quarter", "quarters"])
        || n.kind != NumKind::Cardinal
        || last == n.start
        || cx.is_any(
            n.end,
            &[
                "of", "past", "to", "after", "before", "hour", "hours", "mile",
            ],
        )
        || n.start > 0 && cx.is_any(n.start - 1, PERIOD_BEFORE)
        || !money_around(cx, n.start, n.end)
    {
        return None;
    }
    Some(Found::new(
        n.start,
        n.end,
        "MONEY",
        Detail::value(n.value).with_unit(cx.dollar()),
    ))
}

/// The whole amount `f` (one value, no range yet) with what follows it: a minor part, or a
/// second end of a range.
pub fn extend(cx: &Cx, mut f: Found) -> Found {
    if f.kind != "MONEY" || f.detail.value_of().is_none() {
        return f;
    }
    // "between EUR 10 and 20": the second end of a range, not a minor part.
    let between = f.start() > 0 && cx.is(f.start() - 1, "between") && cx.is(f.end(), "and");
    if !between {
        // A name several currencies share may be one whose minor unit is a thousandth
        // ("4 rials and 200 baisa"): the minor unit's name then says which. Asked only where
        // a minor part's count follows (`minor_tail_of` reads none elsewhere, whatever the
        // divisor): "£172 million on" has none.
        let shared = f
            .detail
            .extra()
            .hint
            .as_ref()
            .filter(|_| minor_count(cx, f.end()).is_some())
            .and_then(|_| currencies::shared_in(cx, &f));
        let own = minor_divisor(f.detail.unit().unwrap_or_default());
        let limit = shared.map_or(own, |codes| {
            codes.iter().map(|c| minor_divisor(c)).fold(own, f64::max)
        });
        let tail = minor_tail_of(cx, f.end(), limit).and_then(|t| {
            let picked = shared.and_then(|codes| t.named?.iter().find(|c| codes.contains(c)));
            let divisor = picked.map_or(own, |c| minor_divisor(c));
            (t.count < divisor).then_some((t, picked, divisor))
        });
        if let Some((tail, picked, divisor)) = tail {
            if let Some(v) = f.detail.value_of() {
                f.detail.set_value(Some(v + tail.count / divisor));
            }
            f.set_end(tail.end);
            // "10 riyals and 50 halalas": the halala is Saudi Arabia's.
            if let Some(&code) = picked {
                f.detail.set_unit(Some(code.into()));
                f.detail.extra_mut().hint = None;
            }
        } else if let Some((cents, end)) = coin_tail(cx, &f) {
            if let Some(v) = f.detail.value_of() {
                f.detail.set_value(Some(v + cents / 100.0));
            }
            f.set_end(end);
        } else if let Some(end) = half::and_a_half(cx, &f) {
            if let Some(v) = f.detail.value_of() {
                f.detail.set_value(Some(v + 0.5));
            }
            f.set_end(end);
        }
    }
    range(cx, f)
}

/// "and a quarter", "and a dime" after a whole amount in the reader's dollars ("a dollar and a
/// quarter" is $1.25): the coin in hundredths and the token after it. Not "and a quarter of".
fn coin_tail(cx: &Cx, f: &Found) -> Option<(f64, usize)> {
    let k = f.end();
    let whole = f
        .detail
        .value_of()
        .is_some_and(|v| v.fract() == 0.0 && v < 1000.0);
    if !(whole && f.detail.unit() == Some(cx.dollar()) && cx.is(k, "and") && cx.near(k)) {
        return None;
    }
    if !(cx.is(k + 1, "a") && cx.near(k + 1) && cx.near(k + 2)) || cx.is(k + 3, "of") {
        return None;
    }
    let &(_, each) = COINS
        .iter()
        .find(|(w, _)| !w.ends_with('s') && cx.is(k + 2, w))?;
    Some((each * 100.0, k + 3))
}

/// "and 43c", "43 sen", "and fourteen" (at the end of the phrase) after a whole amount ending
/// before token `k`: the hundredths and the token after them.
pub(super) fn minor_tail(cx: &Cx, k: usize) -> Option<(f64, usize)> {
    minor_tail_of(cx, k, 100.0).map(|t| (t.count, t.end))
}

/// A minor part after a whole amount: how many minor units, the token after them, and the
/// currencies the minor unit's name belongs to when it names some ("halalas": SAR).
struct MinorTail {
    count: f64,
    end: usize,
    named: Option<&'static [&'static str]>,
}

/// Words that join a whole amount and its minor part written with the minor unit's name:
/// "4 dollars plus 20 cents", "4 dollars & 20 cents" ("and" may join a bare number too).
const MINOR_JOINERS: &[&str] = &["and", "plus", "&"];

/// The count a minor part opens with after a whole amount ending before token `k` (at `k`, or
/// after a joining word or comma there), and how it is joined: what [`minor_tail_of`] reads
/// first, whatever the currency.
struct MinorCount {
    joiner: bool,
    and: bool,
    comma: bool,
    n: Num,
}

fn minor_count(cx: &Cx, k: usize) -> Option<MinorCount> {
    if !cx.near(k) {
        return None;
    }
    let joiner = cx.is_any(k, MINOR_JOINERS);
    let and = cx.is(k, "and");
    // "ten euros, fifty cents.": a comma after a currency's name, before a minor part that
    // ends the sentence (not a list of prices: "4 dollars, 20 cents, 1 euro").
    let comma = cx.punct(k) == Some(b',') && k > 0 && cx.is_word(k - 1) && !cx.is_digits(k - 1);
    let at = if joiner || comma { k + 1 } else { k };
    if !cx.near(at) {
        return None;
    }
    let n = numbers::parse(cx, at, Context::Plain)
        .filter(|n| n.start == at && n.kind == NumKind::Cardinal)?;
    Some(MinorCount {
        joiner,
        and,
        comma,
        n,
    })
}

/// "and 43c", "43 sen", "and fourteen", "plus 20 cents", ", 50 cents" after a whole amount
/// ending before token `k`, in a currency of `divisor` minor units ("3 dinars 250 fils").
fn minor_tail_of(cx: &Cx, k: usize, divisor: f64) -> Option<MinorTail> {
    let MinorCount {
        joiner,
        and,
        comma,
        n,
    } = minor_count(cx, k)?;
    if !(n.value > 0.0 && n.value < divisor && n.value.fract() == 0.0) {
        return None;
    }
    let e = n.end;
    let phrase_ends = |e: usize| {
        !cx.near(e)
            || cx
                .punct(e)
                .is_some_and(|b| matches!(b, b'.' | b',' | b';' | b'!' | b'?'))
    };
    let lower = cx.lower(e);
    if cx.near(e) && minor_units::is_minor(lower.as_str()) {
        // "43c", "43p" attached; "43 cents" apart.
        let short = cx.is_any(e, &["c", "p"]);
        if short && !cx.attached(e) {
            return None;
        }
        let sentence_ends = !cx.near(e + 1)
            || cx
                .punct(e + 1)
                .is_some_and(|b| matches!(b, b'.' | b';' | b'!' | b'?'));
        if comma && !sentence_ends {
            return None;
        }
        return Some(MinorTail {
            count: n.value,
            end: e + 1,
            named: minor_units::currencies_of(lower.as_str()),
        });
    }
    if comma || joiner && !and {
        return None;
    }
    // A bare number ends the amount only when nothing follows it in the phrase: "twenty
    // dollar and 43", "20 ringgit 43", not "$20 and 43 people". Without "and" it is digits,
    // or words after a currency's name ("a dollar fifty", "a buck twenty"), not a symbol's.
    let ends = phrase_ends(e);
    let named = k > 0 && cx.is_word(k - 1);
    // Right after a currency's name, a word no count qualifies may follow too: "a dollar fifty
    // for a coffee", "five euros twenty a month" (not "5 dollars 20 times", "$20 and 43 people").
    let function_word_after = named
        && !and
        && cx.near(e)
        && !cx.attached(e)
        && (cx.is_any(e, AFTER_MINOR_PART)
            || comparative::after_minor_part(cx, e, AFTER_MINOR_PART)
            // "a dollar fifty before 10am", "two euros twenty yesterday": a time after the
            // amount, which no count of things is followed by.
            || crate::statistics::dates::parse(cx, e).is_some_and(|d| d.start == e));
    ((ends || function_word_after) && (and || !n.words || named)).then_some(MinorTail {
        count: n.value,
        end: e,
        named: None,
    })
}

/// Words after "a dollar fifty", "3 pounds 50" that end the amount: prepositions, articles and
/// adverbs, which no count of things is followed by.
const AFTER_MINOR_PART: &[&str] = &[
    "a", "an", "for", "each", "apiece", "per", "at", "in", "on", "to", "from", "with", "or",
    "plus", "now", "then", "today", "instead", "back", "but", "if", "so", "when", "while",
    "because", "unless", "here", "there",
];

/// Words before a range's second end that make it approximate, kept inside the range.
const APPROXIMATE: &[&str] = &["about", "around", "approximately", "roughly", "some", "~"];

/// "from $10 to $20", "between 10 dollars and 20 dollars", "$10 to $20", "from 3km to 5km":
/// one range when both ends are amounts of the same currency or quantities of the same unit.
/// Percentages only after "between" ("between 4.25% and 4.5%"): "3% to 5%" is often a change.
pub fn range(cx: &Cx, mut f: Found) -> Found {
    let j = f.end();
    let between = f.start() > 0 && cx.is(f.start() - 1, "between");
    let percent = f.kind == "PERCENT"
        && (between && cx.is(j, "and")
            || cx.is(j, "to") && after_range_word(cx, f.start())
            || glued_dash(cx, j));
    if !(matches!(f.kind.as_str(), "MONEY" | "QUANTITY") || percent)
        || f.detail.value_of().is_none()
    {
        return f;
    }
    let from = f.start() > 0 && cx.is(f.start() - 1, "from");
    // "raised by $2bn to $18bn", "rose 3km to 5km": a change and the level it reached.
    let to_level = cx.is(j, "to") && !from && super::changes::stated_before(cx, f.start());
    // "rose from $5 to $8", "was slashed sharply from $47bn to $8bn": a change between two
    // levels, each its own figure, not a range.
    let change_from = from && change_stated_before(cx, f.start() - 1);
    // "10$ - 20$": a dash between two whole amounts too.
    let dash = cx.is_any(j, RANGE_DASHES) && !between && !to_level;
    let joins = (cx.is(j, "to") && (from || !between) && !to_level || dash) && !change_from
        || cx.is(j, "and") && between;
    if !(joins && cx.near(j) && cx.near(j + 1)) {
        return f;
    }
    // "between 2l and about 7l": an approximate second end.
    let at = if cx.is_any(j + 1, APPROXIMATE) && cx.near(j + 2) {
        j + 2
    } else {
        j + 1
    };
    let second = super::measures::parse(cx, at).filter(|s| {
        s.kind == f.kind
            && s.start() == at
            && s.detail.unit() == f.detail.unit()
            && s.detail.value_of().is_some()
    });
    let (hi, end) = match second {
        Some(s) => (s.detail.value_of(), s.end()),
        // "between EUR 10 and 20": a bare number ending the phrase is in the first's currency.
        None if between && f.kind == "MONEY" => match bare_end(cx, at) {
            Some((v, e)) => (Some(v), e),
            None => return f,
        },
        None => return f,
    };
    if counted_end::counts_after(cx, at, end) {
        return f;
    }
    let (Some(lo), Some(hi)) = (f.detail.value_of(), hi) else {
        return f;
    };
    let lo = if between && f.kind == "MONEY" {
        shared_scale::low_end(cx, &f, at, lo, hi)
    } else {
        lo
    };
    // "from £3m to £2m": a range is written from its low end; falling ends are a change.
    if lo > hi && !between {
        return f;
    }
    f.detail.set_value(None);
    let extra = f.detail.extra_mut();
    extra.min = Some(lo.min(hi));
    extra.max = Some(lo.max(hi));
    extra.qualifier = Some("between");
    // A range has no one SI value (its ends are in the written unit).
    extra.si_value = None;
    extra.si_unit = None;
    f.set_end(end);
    f
}

/// Whether a word that names a range ends before the figure at `start`, alone or with "of",
/// "from", "at", "is" or "was" after it: "a range of 3.5% to 3.75%", "ranged from 1.5% to 2.5%",
/// "a target range at 4.25% to 4.5%", "ranging 2% to 4%". Two percentages joined by "to" are
/// otherwise a change and its level ("rose 3% to 5%").
fn after_range_word(cx: &Cx, start: usize) -> bool {
    let word = |k: usize| cx.is_any(k, &["range", "ranges", "ranged", "ranging"]);
    start > 1
        && cx.near(start)
        && (word(start - 1)
            || cx.is_any(start - 1, &["of", "from", "at", "is", "was"])
                && cx.near(start - 1)
                && word(start - 2))
}

/// A dash glued to both percentages ("4.25%-4.5%", "2%–3%"): a range, not a minus before the
/// second.
fn glued_dash(cx: &Cx, j: usize) -> bool {
    cx.is_any(j, &["-", "–"]) && cx.attached(j) && cx.attached(j + 1) && cx.is_digits(j + 1)
}

/// Whether a verb of change ends right before `k` ("rose", "fell", "was cut"), or before an
/// adverb of manner there ("rose sharply", "fell steadily").
#[inline(never)]
pub(crate) fn change_stated_before(cx: &Cx, k: usize) -> bool {
    let adverb = k > 1 && cx.is_word(k - 1) && cx.s(k - 1).ends_with("ly") && cx.near(k);
    let at = if adverb { k - 1 } else { k };
    super::changes::stated_before(cx, at) && !cx.is(at - 1, "by")
}

/// A plain number at `at` that ends the phrase ("… and 20", "… and 20."): its value and end.
fn bare_end(cx: &Cx, at: usize) -> Option<(f64, usize)> {
    let n = numbers::parse(cx, at, Context::Money)
        .filter(|n| n.start == at && n.kind == NumKind::Cardinal)?;
    let e = n.end;
    let ends = !cx.near(e)
        || cx
            .punct(e)
            .is_some_and(|b| matches!(b, b'.' | b',' | b';' | b'!' | b'?'));
    ends.then_some((n.value, e))
}

/// "10 grand", "twenty nickels", "ten dimes" after the number `n` (word at `k`).
pub fn suffix_word(cx: &Cx, n: &Num, k: usize) -> Option<Found> {
    if !cx.near(k) || n.kind != NumKind::Cardinal {
        return None;
    }
    let note = NOTES.iter().find(|(w, _)| cx.is(k, w));
    let value = if cx.is(k, "grand") {
        n.value * 1000.0
    } else if let Some(&(word, each)) = note {
        // "one fiver", "three tenners": a count of notes; not "two fiver" nor "one tenners".
        if (n.value == 1.0) == word.ends_with('s') || cx.is(k + 1, "-") && cx.attached(k + 1) {
            return None;
        }
        n.value * each
    } else {
        let &(_, each) = COINS.iter().find(|(w, _)| cx.is(k, w))?;
        // "one nickel", "twenty nickels": a count of coins.
        if (n.value == 1.0) != cx.is_any(k, &["nickel", "dime", "quarter"]) {
            return None;
        }
        // "10 quarters" are coins only where the sentence speaks of money (not "2 quarters of
        // growth").
        if cx.is_any(k, &["quarter", "quarters"])
            && (cx.is(k + 1, "of")
                || n.start > 0 && cx.is_any(n.start - 1, PERIOD_BEFORE)
                || !money_around(cx, n.start, k + 1))
        {
            return None;
        }
        n.value * each
    };
    let unit = if super::pounds::sterling_around(cx, n.start, k) {
        "GBP"
    } else if cx.is(k, "grand") || note.is_some() {
        // Thousands (or notes) of the reader's currency (GBP in Britain); "$" alone is USD.
        cx.home_currency()
    } else {
        cx.dollar()
    };
    Some(Found::new(
        n.start,
        k + 1,
        "MONEY",
        Detail::value(value).with_unit(unit),
    ))
}

/// "MEUR", "MUSD", "kEUR", "KGBP": an ISO code in capitals after "M" (millions) or "k"
/// (thousands), as business reports write amounts. The code and the multiplier.
pub fn scaled_code(s: &str) -> Option<(&'static str, f64)> {
    if s.len() != 4 || !s.is_ascii() {
        return None;
    }
    let (head, code) = (s.get(..1)?, s.get(1..)?);
    let m = match head {
        "M" => 1e6,
        "k" | "K" => 1e3,
        _ => return None,
    };
    Some((currencies::code(code, false)?, m))
}

/// A symbol several currencies write ("Rs", "Rs.", "Kr") before digits: its currencies and the
/// token where the number starts.
pub fn shared_symbol_before(cx: &Cx, i: usize) -> Option<(&'static [&'static str], usize)> {
    let at = if cx.is(i + 1, ".") && cx.attached(i + 1) {
        i + 2
    } else {
        i + 1
    };
    // The cheap tests first: this is asked of words the lexicon does not know.
    // "Rs 500", "kr 200", "kr. 200": capitalised, or all in lower case as price tags write it.
    let case_ok = || cx.capitalised(i) || cx.s(i).bytes().all(|b| b.is_ascii_lowercase());
    // A shared symbol is at most four bytes (`currencies::shared_symbol`): the length is asked
    // before the case.
    if !(cx.is_digits(at) && cx.near(at) && cx.is_word(i) && cx.s(i).len() <= 4 && case_ok()) {
        return None;
    }
    let codes = currencies::shared_symbol(cx.s(i))?;
    Some((codes, at))
}

/// A symbol or name word several currencies share after a number ("20Rs", "500 kr", "ten
/// rials"): the found amount, with a note when the text does not say which currency.
pub fn shared_after(cx: &Cx, n: &Num, k: usize) -> Option<Found> {
    if !cx.is_word(k) {
        return None;
    }
    let s = cx.s(k);
    let codes = currencies::shared_word(cx.lower(k).as_str())
        .or_else(|| currencies::shared_symbol_at(cx, k))?;
    let (iso, note) = currencies::shared(s, codes);
    let mut end = k + 1;
    if cx.is(end, ".") && cx.attached(end) && currencies::shared_symbol(s).is_some() {
        end += 1;
    }
    let mut d = Detail::value(n.value).with_unit(iso);
    if note.is_some() {
        d.extra_mut().hint = note;
    }
    Some(Found::new(n.start, end, "MONEY", d))
}
