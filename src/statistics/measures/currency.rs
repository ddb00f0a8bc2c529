//! Money by a currency written before or after the number: a symbol ("£3.4bn", "S$20"), a code
//! ("EUR 40", "20 US$") or a name ("15 euros", "rupees 500").

use crate::statistics::currencies;
use crate::statistics::cursor::Cx;
use crate::statistics::detail::Detail;
use crate::statistics::named_numbers;
use crate::statistics::numbers::{self, Context, Num, NumKind};
use crate::statistics::tokens::Kind;
use crate::statistics::units::{
    code_needs_caps, currency_adjective, prefixed_currency, symbol_currency, CURRENCY_WORDS,
};
use crate::statistics::words::RANGE_DASHES;
use crate::statistics::Found;

/// The currency a symbol stands for; "$" alone is the reader's ([`Cx::symbol_dollar`]).
fn symbol_for(cx: &Cx, symbol: char) -> Option<&'static str> {
    if symbol == '$' {
        Some(cx.symbol_dollar())
    } else {
        symbol_currency(symbol)
    }
}

/// The currency named by the word at `j` and its minor-unit divisor; "dollars" is the
/// reader's dollar ([`Cx::dollar`]).
pub(in crate::statistics) fn currency_word(cx: &Cx, j: usize) -> Option<(&'static str, f64)> {
    currency_entry(cx, j).map(|c| (readers(cx, c), c.minor))
}

/// The entry's currency for this reader: the first entry ("dollars", "bucks") is the locale's.
fn readers(cx: &Cx, c: &'static crate::statistics::units::CurrencyWord) -> &'static str {
    if std::ptr::eq(c, &CURRENCY_WORDS[0]) {
        cx.dollar()
    } else {
        c.iso
    }
}

fn currency_entry(cx: &Cx, j: usize) -> Option<&'static crate::statistics::units::CurrencyWord> {
    let w = cx.word(j)?;
    let c = CURRENCY_WORDS.get(usize::from(w.currency?))?;
    let s = cx.s(j);
    if code_needs_caps(s) && !s.chars().all(|c| c.is_ascii_uppercase()) {
        return None;
    }
    Some(c)
}

/// "U.S." written with its stops at `k` (four tokens: the tokenizer keeps no stop inside a
/// word), before a word: the token after it.
pub(super) fn dotted_us(cx: &Cx, k: usize) -> Option<usize> {
    let ok = cx.s(k) == "U"
        && cx.is(k + 1, ".")
        && cx.s(k + 2) == "S"
        && cx.is(k + 3, ".")
        && cx.attached(k + 1)
        && cx.attached(k + 2)
        && cx.attached(k + 3)
        && cx.near(k + 4);
    ok.then_some(k + 4)
}

/// Letters and "$" (or "£", "¥") written together after a number ("US$", "A$", "NZ$", "E£"):
/// the currency they name. A one-letter prefix counts in capitals only ("20 a$" is no
/// Australian dollar), and not when digits follow ("5 US$ 20" is two figures).
fn dollar_after(cx: &Cx, k: usize) -> Option<&'static str> {
    let s = cx.s(k);
    let ok = cx.is_word(k)
        && cx.attached(k + 1)
        && (s.len() > 1 || s.bytes().all(|b| b.is_ascii_uppercase()))
        && !(cx.is_digits(k + 2) && cx.near(k + 2));
    ok.then(|| prefixed_currency(s, cx.s(k + 1))).flatten()
}

pub(super) fn money_suffix(cx: &Cx, n: &Num, j: usize) -> Option<Found> {
    if !cx.near(j) || n.kind != NumKind::Cardinal {
        return None;
    }
    let mut value = n.value;
    let mut k = j;
    let iso;
    if let Some(sym) = cx
        .s(k)
        .chars()
        .next()
        .filter(|_| cx.s(k).chars().count() == 1)
        .and_then(|c| symbol_for(cx, c))
    {
        // "10 $", "100 ₡": a symbol after the number.
        if cx.is_digits(k + 1) && cx.near(k + 1) {
            return None;
        }
        iso = sym;
        k += 1;
    } else if let Some(dollar) = dollar_after(cx, k) {
        // "20 US$", "3.14US$", "15 NZ$": a country's dollar after the number.
        iso = dollar;
        k += 2;
    } else if cx.is(k, "¢") && !n.words {
        // "10¢", "25 ¢": cents, kept as written like "42 cents".
        return Some(Found::new(
            n.start,
            k + 1,
            "MONEY",
            Detail::value(value).with_unit("USX"),
        ));
    } else if cx.is(k, "p") && cx.attached(k) && !n.words && !named_numbers::designation(cx, k) {
        // "75p": pence, kept as written.
        return Some(Found::new(
            n.start,
            k + 1,
            "MONEY",
            Detail::value(value).with_unit("GBX"),
        ));
    } else if cx.is(k, "-")
        && cx.attached(k)
        && cx.attached(k + 1)
        && currency_entry(cx, k + 1).is_some()
    {
        // "a 12-cent dividend", "a one-yen bid".
        let c = currency_entry(cx, k + 1)?;
        let unit = if c.minor == 1.0 {
            readers(cx, c)
        } else {
            c.minor_unit
        };
        return Some(Found::new(
            n.start,
            k + 2,
            "MONEY",
            Detail::value(value).with_unit(unit),
        ));
    } else if crate::statistics::pounds::hyphened_money(cx, k) {
        // "a ten-pound note", "a 20-pound fine": sterling as an adjective.
        return Some(Found::new(
            n.start,
            k + 2,
            "MONEY",
            Detail::value(value).with_unit("GBP"),
        ));
    } else if crate::statistics::pounds::are_money(cx, n.start, k, value) {
        // "cost ten pounds", "a 5 million pound deal": sterling, not a weight; "64 pounds
        // sterling" names it in full.
        let sterling = cx.near(k + 1) && cx.is(k + 1, "sterling");
        return Some(Found::new(
            n.start,
            k + 1 + usize::from(sterling),
            "MONEY",
            Detail::value(value).with_unit("GBP"),
        ));
    } else {
        // Optional nationality: "10 us dollars", "100 chinese yuan", "10 million U.S. dollars".
        let dotted = dotted_us(cx, k).filter(|&e| {
            currency_entry(cx, e).is_some_and(|c| currency_adjective("us", c.iso).is_some())
        });
        let (adj, at) = match (dotted, currency_entry(cx, k + 1)) {
            (Some(e), _) => (Some("USD"), e),
            (None, Some(c)) if cx.near(k + 1) => match currency_adjective(cx.s(k), c.iso) {
                Some(code) => (Some(code), k + 1),
                None => (None, k),
            },
            _ => (None, k),
        };
        let Some(entry) = currency_entry(cx, at) else {
            // Currencies the hand-written table does not name: "42 KWD", "10 Qatari riyals".
            if let Some((iso, m)) = crate::statistics::money::scaled_code(cx.s(k)) {
                // "45 MEUR", "300 kUSD": a code with the magnitude written on it.
                return Some(Found::new(
                    n.start,
                    k + 1,
                    "MONEY",
                    Detail::value(value * m).with_unit(iso),
                ));
            }
            let Some((iso, end)) = currencies::after_number(cx, k) else {
                return crate::statistics::money::shared_after(cx, n, k);
            };
            return Some(Found::new(
                n.start,
                end,
                "MONEY",
                Detail::value(value).with_unit(iso),
            ));
        };
        let (base, minor) = (readers(cx, entry), entry.minor);
        iso = if minor == 1.0 {
            adj.unwrap_or(base)
        } else {
            entry.minor_unit
        };
        k = at + 1;
        // "10 euro cents": hundredths of the currency named.
        if minor == 1.0
            && cx.near(k)
            && cx.is_any(k, &["cent", "cents"])
            && currencies::in_cents(iso)
        {
            return Some(Found::new(
                n.start,
                k + 1,
                "MONEY",
                Detail::value(value / 100.0).with_unit(iso),
            ));
        }
        // "75 USD million".
        if cx.near(k) {
            if let Some(m) = cx.word(k).and_then(|w| w.scale).filter(|&m| m >= 1e3) {
                value *= m;
                k += 1;
            }
        }
        // "thirteen dollars and forty-five cents", "15 dollars 50".
        if minor == 1.0 && cx.near(k) {
            let c0 = if cx.is(k, "and") && cx.near(k + 1) {
                k + 1
            } else {
                k
            };
            if let Some(c) = numbers::parse(cx, c0, Context::Plain) {
                if c.value > 0.0 && c.value < 100.0 && c.value.fract() == 0.0 {
                    if cx.is_any(c.end, &["cents", "cent", "pence", "p"]) && cx.near(c.end) {
                        value += c.value / 100.0;
                        k = c.end + 1;
                    } else if c0 == k && !(cx.near(c.end) && cx.is_word(c.end)) {
                        value += c.value / 100.0;
                        k = c.end;
                    }
                }
            }
        }
    }
    Some(Found::new(
        n.start,
        k,
        "MONEY",
        Detail::value(value).with_unit(iso),
    ))
}

/// "$ 75 million", "£2.7bn", "US$3", "c $ 16.4 million", "€40", "USD 200", "GBP350".
pub(super) fn money_prefix(cx: &Cx, i: usize) -> Option<Found> {
    // Every reading below opens with a currency's symbol, code or name, which the lexicon and
    // the tables never spell with digits: half the starts on news are digit runs.
    if cx.is_digits(i) {
        return None;
    }
    let s = cx.s(i);
    let mut note = None;
    let mut named_first = false;
    let mut letter = false;
    let mut start = i;
    let (iso, mut j) = if let Some(iso) = s
        .chars()
        .next()
        .filter(|_| s.chars().count() == 1)
        .and_then(|c| symbol_for(cx, c))
    {
        // "US $ 8.00", "U.S. $4.5 million", "NZ $20": the letters apart from the symbol
        // still name the currency, and open the amount.
        match super::country_prefix::before_symbol(cx, i) {
            Some((named, at)) => {
                start = at;
                (named, i + 1)
            }
            None => (iso, i + 1),
        }
    } else if cx.is_word(i)
        && cx.is_any(i + 1, &["$", "£", "¥"])
        && (cx.attached(i + 1) || s.len() == 1 && cx.near(i + 1))
    {
        // "US$", "C$", "c $", "Mex$", "NT$", "E£", "CN¥".
        if i > 0 && cx.attached(i) && cx.is_word(i - 1) {
            return None;
        }
        // "lost a $12 million contract": the article, not "A$"; "A$40" is written attached
        // and in capitals.
        if cx.is(i, "a") && !(s == "A" && cx.attached(i + 1)) {
            return None;
        }
        (prefixed_currency(s, cx.s(i + 1))?, i + 2)
    } else if let Some((iso, minor)) = currency_word(cx, i)
        .filter(|_| cx.is_word(i) && s.len() == 3 && s.chars().all(|c| c.is_ascii_alphabetic()))
    {
        // An ISO code before the amount: "USD 200", "usd115".
        if minor != 1.0 || !cx.near(i + 1) || !cx.is_digits(i + 1) {
            return None;
        }
        // "usd 20": apart from the number, a lower-case code is read when no English word
        // shares it ("cad" is a code in capitals only, which `currency_word` checks).
        let case_ok = cx.attached(i + 1)
            || s.chars().all(|c| c.is_ascii_uppercase())
            || s.chars().all(|c| c.is_ascii_lowercase());
        if !case_ok {
            return None;
        }
        (iso, i + 1)
    } else if let Some(iso) = cx
        .is_digits(i + 1)
        .then(|| currencies::before_number(cx, i))
        .flatten()
    {
        // "MYR 42", "RM42", "zł 30" (the generated lexicon). The digits are asked first: the
        // look-up was made at every word that reached here and then thrown away at most.
        (iso, i + 1)
    } else if let Some(f) = scaled_code_before(cx, i) {
        return Some(f);
    } else if let Some((codes, at)) = crate::statistics::money::shared_symbol_before(cx, i) {
        // "Rs 500", "Rs. 2,500 crore": the rupee of the country the text names.
        let (iso, why) = currencies::shared(cx.s(i), codes);
        note = why;
        (iso, at)
    } else if let Some(iso) = currencies::letter_symbol(cx, i)
        .filter(|_| !(i > 0 && cx.near(i) && cx.is_any(i - 1, LETTER_NOT_AFTER)))
    {
        // "R 200", "R15.99" where the text names South Africa (checked on the number below).
        letter = true;
        (iso, i + 1)
    } else if let Some((iso, at)) = name_before_number(cx, i) {
        // "rupees 500", "malaysian ringgit 42": the name first, as price lists write it.
        named_first = true;
        (iso, at)
    } else {
        return None;
    };
    if !cx.near(j) {
        return None;
    }
    if cx.is(j, "-") && cx.attached(j) && cx.is_digits(j + 1) {
        // "$-5" is odd; a minus is read by the number grammar.
    }
    let n = numbers::parse(cx, j, Context::Money)?;
    if n.kind != NumKind::Cardinal {
        return None;
    }
    j = n.end;
    // A letter's amount is written as money is (grouped, with cents or a magnitude: "R1,500",
    // "R15.99", "R2 million") or said to be one ("paid R 200"); "the R61" is a road, a letter
    // and one digit a label ("Q3 sales", "K2", "P5"), and no letter is glued to the number's
    // end ("R21a").
    if letter
        && (cx.attached(j) && cx.is_word(j)
            || cx.near(j) && cx.is_any(j, LETTER_NOT_BEFORE)
            || n.bare_digits
                && (n.value < 10.0 || !crate::statistics::pounds::money_spoken_of(cx, i, j - 1)))
    {
        return None;
    }
    // "dollars 10 years ago", "euros 5% more": the number counts something else.
    if named_first
        && cx.near(j)
        && (cx.is_any(j, &["%", "percent"])
            || cx.is(j, "per") && cx.is(j + 1, "cent")
            || unit_word_at(cx, j))
    {
        return None;
    }
    let mut d = Detail::value(n.value).with_unit(iso);
    // "$2m-$3m", "£2-3bn", "$5 to $10"; not "rose by $2bn to $18bn", a change and its level.
    let to_level = cx.is(j, "to") && crate::statistics::changes::stated_before(cx, start);
    // "rose from $5 to $8": a change between two levels, not a range.
    let change_from = start > 0
        && cx.is(start - 1, "from")
        && crate::statistics::money::change_stated_before(cx, start - 1);
    let between = start > 0 && cx.is(start - 1, "between");
    // "$3 or 4 million", "£2 or £3 billion": two guesses at one amount sharing the second's
    // scale, a range as "2 or 3 per cent" is; "$3 or $4 each" (no shared scale) stays two.
    let or = cx.is(j, "or") && !n.scaled;
    if cx.near(j)
        && (cx.is_any(j, RANGE_DASHES) || or)
        && cx.near(j + 1)
        && !to_level
        && !change_from
    {
        let mut k = j + 1;
        if cx.s(k).chars().next().and_then(|c| symbol_for(cx, c)) == Some(iso) {
            k += 1;
        }
        if let Some(m) = numbers::parse(cx, k, Context::Money)
            .filter(|m| m.kind == NumKind::Cardinal && m.start == k && (!or || m.scaled))
            .filter(|m| !crate::statistics::money::counted_end::counts_after(cx, j + 1, m.end))
        {
            let lo = if !n.scaled && m.scaled {
                let raw = numbers::parse(cx, m.start, Context::Plain)
                    .map(|r| r.value)
                    .unwrap_or(1.0);
                let factor = if raw == 0.0 { 1.0 } else { m.value / raw };
                // "€2-3bn": "bn" is read in plain numbers too.
                let factor = if factor == 1.0 {
                    numbers::magnitude(cx, &m)
                } else {
                    factor
                };
                // Not past the second end ("$500-3m" is from $500).
                if n.value * factor > m.value {
                    n.value
                } else {
                    n.value * factor
                }
            } else {
                n.value
            };
            // "from $47bn to $8bn": a range is written from its low end; falling ends are a
            // change, each its own figure.
            if (lo <= m.value || between) && !(or && lo >= m.value) {
                d.set_value(None);
                let extra = d.extra_mut();
                extra.min = Some(lo.min(m.value));
                extra.max = Some(lo.max(m.value));
                extra.qualifier = Some("between");
                j = m.end;
            }
        }
    }
    if note.is_some() {
        d.extra_mut().hint = note;
    }
    Some(Found::new(start, j, "MONEY", d))
}

/// Words before a capital letter and a number that make them a name ("the R61", "route R 21",
/// "Section K 5"), not an amount.
const LETTER_NOT_AFTER: &[&str] = &[
    "the", "route", "road", "highway", "motorway", "section", "grade", "row", "level", "class",
    "type", "model", "exit", "junction",
];

/// Words after a capital letter and a number that make them a name ("R 21 road", "K 2 summit").
const LETTER_NOT_BEFORE: &[&str] = &[
    "road",
    "highway",
    "motorway",
    "freeway",
    "route",
    "interchange",
    "exit",
    "junction",
    "summit",
    "model",
    "series",
    "engine",
    "grade",
];

/// "-$5 million", "−£3.2bn": a minus sign glued before a currency symbol is the amount's sign,
/// as in "-5%". Not the dash of a range ("$5-$10", "5 -$10" keep their figures) nor a hyphen
/// after a word; an amount that is already a range keeps no sign.
pub(super) fn signed_money(cx: &Cx, i: usize) -> Option<Found> {
    if !(cx.is_any(i, &["-", "−"]) && cx.attached(i + 1)) {
        return None;
    }
    let symbol = cx
        .s(i + 1)
        .chars()
        .next()
        .filter(|_| cx.s(i + 1).chars().count() == 1);
    symbol.and_then(|c| symbol_for(cx, c))?;
    let glued_before = i > 0 && cx.attached(i) && cx.kind(i - 1) != Some(Kind::Punct);
    let after_figure = i > 0 && (cx.is_digits(i - 1) || cx.is_word(i - 1) && cx.attached(i));
    if glued_before || after_figure {
        return None;
    }
    let mut f = money_prefix(cx, i + 1)?;
    let v = f.detail.value_of()?;
    if f.start() != i + 1 || v <= 0.0 {
        return None;
    }
    f.detail.set_value(Some(-v));
    f.set_start(i);
    Some(f)
}

/// "MEUR 45", "MAUD 60", "kUSD 300": a code with its magnitude written on it before a plain
/// number, as "45 MEUR" is read after one (`money::scaled_code`). The number must carry no
/// magnitude of its own and no range ("MEUR 4-5" is left alone); the code is a whole token.
fn scaled_code_before(cx: &Cx, i: usize) -> Option<Found> {
    let (iso, times) = crate::statistics::money::scaled_code(cx.s(i))?;
    if !(cx.near(i + 1) && cx.is_digits(i + 1)) || i > 0 && cx.attached(i) && cx.is_word(i - 1) {
        return None;
    }
    let n = numbers::parse(cx, i + 1, Context::Plain)
        .filter(|n| n.kind == NumKind::Cardinal && n.start == i + 1 && !n.scaled)?;
    if cx.near(n.end) && cx.is_any(n.end, RANGE_DASHES) {
        return None;
    }
    let d = Detail::value(n.value * times).with_unit(iso);
    Some(Found::new(i, n.end, "MONEY", d))
}

/// A currency's name right before digits: a plural name word ("rupees 500", "euros 30") or
/// a name of several words ("malaysian ringgit 42", "us dollars 20"); not a singular word
/// alone ("the dollar 1.2% up", "euro 2024"), and not after a number ("5 dollars 50" is
/// the minor part). The currency and the token where the number starts.
fn name_before_number(cx: &Cx, i: usize) -> Option<(&'static str, usize)> {
    let s = cx.s(i);
    if !cx.is_word(i) {
        return None;
    }
    let (iso, at) = if let Some(entry) = currency_entry(cx, i).filter(|e| e.minor == 1.0) {
        (cx.lower(i).ends_with('s') && !cx.is(i, "bucks")).then(|| (readers(cx, entry), i + 1))?
    } else if let Some(entry) = cx
        .near(i + 1)
        .then(|| currency_entry(cx, i + 1))
        .flatten()
        .filter(|e| e.minor == 1.0)
    {
        (currency_adjective(s, entry.iso)?, i + 2)
    } else {
        // Not a code or a symbol ("USD", "Rs"): those are read before the number elsewhere.
        if s.len() <= 3 || s.bytes().all(|b| b.is_ascii_uppercase()) {
            return None;
        }
        // The word lower-cased once (this is asked of every word the lexicon does not know
        // with digits near).
        let lower = cx.lower(i);
        let plural = lower.ends_with('s');
        // Without a name of several words opening here (`after_number` reads every other
        // name as one token), only a plural name word right before its digits can do: the
        // other words are turned away before `after_number`'s look-ups (`name_gate_tests`).
        if !(plural && cx.is_digits(i + 1) || currencies::opens_name(lower.as_str())) {
            return None;
        }
        let (iso, end) = currencies::after_number(cx, i)?;
        (end - i >= 2 || plural).then_some((iso, end))?
    };
    // The number before is read last, only when digits follow: it is the dearest test, and
    // most words name no currency ("five dollars" ends here).
    if !(cx.is_digits(at) && cx.near(at)) {
        return None;
    }
    let after_number = i > 0
        && cx.near(i)
        && (cx.is_digits(i - 1)
            || numbers::parse(cx, i - 1, Context::Plain).is_some_and(|n| n.end == i));
    (!after_number).then_some((iso, at))
}

/// Whether a currency's name at `i` opens an amount ("malaysian ringgit 42"): digits a few
/// tokens on are tested first, as this is asked of many words.
pub(in crate::statistics) fn name_opens_money(cx: &Cx, i: usize) -> bool {
    (1..=3).any(|k| cx.is_digits(i + k)) && name_before_number(cx, i).is_some()
}

/// A unit of measure or time at `k` ("years", "km").
fn unit_word_at(cx: &Cx, k: usize) -> bool {
    cx.word(k)
        .is_some_and(|w| w.measure.is_some() || w.time_unit.is_some())
}

#[cfg(test)]
#[path = "name_gate_tests.rs"]
mod name_gate_tests;

#[cfg(test)]
#[path = "digit_run_gate_tests.rs"]
mod digit_run_gate_tests;
