//! Figures with what they count: PERCENT, MONEY, QUANTITY (units, temperatures, ages), and
//! the bare CARDINAL / ORDINAL when nothing else claims the number.

use super::currencies;
use super::cursor::Cx;
use super::detail::Detail;
use super::numbers::{self, Context, Num, NumKind};
use super::units::{
    code_needs_caps, currency_adjective, dollar_prefix, symbol_currency, CURRENCY_WORDS,
};
use super::Found;
use crate::statistics::words::RANGE_DASHES;

/// "percentage point(s)", "5 points": a difference of percentages.
const POINTS: &[&str] = &["point", "points"];

/// Tries every figure grammar at token `i`; the longest reading wins.
pub fn parse(cx: &Cx, i: usize) -> Option<Found> {
    if let Some(f) = super::vague::parse(cx, i) {
        return Some(f);
    }
    if let Some(f) = super::money::a_coin(cx, i) {
        return Some(f);
    }
    if let Some(f) = super::money::a_currency(cx, i) {
        return Some(super::money::extend(cx, f));
    }
    if let Some(f) = super::quantities::one_unit(cx, i) {
        return Some(f);
    }
    if let Some(f) = super::quantities::fraction_of_unit(cx, i) {
        return Some(f);
    }
    if let Some(f) = money_prefix(cx, i) {
        return Some(super::money::extend(cx, f));
    }
    if let Some(f) = percent_prefix(cx, i) {
        return Some(f);
    }
    if let Some(f) = age_prefix(cx, i) {
        return Some(f);
    }
    let n = numbers::parse(cx, i, Context::Plain)?;
    if let Some(f) = super::money::quarters(cx, &n) {
        return Some(f);
    }
    if n.kind == NumKind::Ordinal {
        if is_set_phrase(cx, &n) {
            return None;
        }
        return Some(ordinal(cx, n));
    }
    // A range sharing one unit: "2-5%", "2 to 5 per cent", "between 2 and 5 per cent".
    let (n, upper) = range_tail(cx, n);
    // The unit after the second number applies to both.
    let last = upper.unwrap_or(n);
    let j = last.end;
    let found = percent_suffix(cx, &last, j)
        .or_else(|| money_suffix(cx, &last, j).map(|f| super::money::extend(cx, f)))
        .or_else(|| super::money::suffix_word(cx, &last, j))
        .or_else(|| temperature_suffix(cx, &last, j).map(|f| super::money::range(cx, f)))
        .or_else(|| age_suffix(cx, &last, j))
        .or_else(|| super::marks::after_number(cx, &last, j).filter(|_| upper.is_none()))
        .or_else(|| {
            super::quantities::unit_suffix(cx, &last, j).map(|f| super::money::range(cx, f))
        });
    match (found, upper) {
        (Some(mut f), Some(m)) => {
            let max = f.detail.value_of().unwrap_or(m.value);
            // "£2-3bn": the second number's magnitude applies to the first.
            let factor = if m.value == 0.0 { 1.0 } else { max / m.value };
            let lo = if n.scaled { n.value } else { n.value * factor };
            let extra = f.detail.extra_mut();
            extra.min = Some(lo);
            extra.max = Some(max);
            extra.qualifier = Some("between");
            // A range has no one SI value (its ends are in the written unit).
            extra.si_value = None;
            extra.si_unit = None;
            f.detail.set_value(None);
            f.set_start(n.start);
            Some(f)
        }
        (Some(f), None) => Some(f),
        (None, _) => {
            // Only the first number: the second is read on its own.
            let n = numbers::parse(cx, i, Context::Plain)?;
            if is_pronoun_one(cx, &n) {
                return None;
            }
            Some(Found::new(
                n.start,
                restated(cx, &n),
                "CARDINAL",
                Detail::value(n.value),
            ))
        }
    }
}

/// "forty-five (45)", "45 (forty-five)": the same number restated in brackets the other way
/// it can be written, one figure. Returns the token after the figure.
fn restated(cx: &Cx, n: &Num) -> usize {
    let k = n.end;
    if !(cx.near(k) && cx.is(k, "(") && cx.attached(k + 1)) {
        return n.end;
    }
    match numbers::parse(cx, k + 1, Context::Plain) {
        Some(m)
            if m.start == k + 1
                && m.kind == NumKind::Cardinal
                && m.words != n.words
                && m.value == n.value
                && cx.is(m.end, ")")
                && cx.attached(m.end) =>
        {
            m.end + 1
        }
        _ => n.end,
    }
}

/// "the Rwandan one", "this one", "one of them": "one" standing for a thing, not a count.
fn is_pronoun_one(cx: &Cx, n: &Num) -> bool {
    if !(n.end == n.start + 1 && cx.is(n.start, "one")) {
        return false;
    }
    let i = n.start;
    let prev = if i > 0 {
        cx.lower(i - 1)
    } else {
        super::lower::lower("")
    };
    if matches!(
        prev.as_str(),
        "this"
            | "that"
            | "which"
            | "each"
            | "every"
            | "no"
            | "any"
            | "the"
            | "another"
            | "a"
            | "no-"
            | "someone"
            | "anyone"
            | "little"
            | "only"
    ) {
        return true;
    }
    let next_is_word = cx.near(i + 1) && cx.is_word(i + 1);
    if next_is_word {
        // "one of the …", "one of them": one member of a group, not a count.
        if cx.is(i + 1, "of") && cx.near(i + 2) {
            return cx.is_any(i + 2, ONE_OF_GROUP);
        }
        // "One said …", "one would think": the pronoun as a subject, before a verb.
        return cx.is_any(
            i + 1,
            &[
                "another", "day", "way", "thing", "or", "who", "said", "says", "told", "added",
                "would", "could", "can", "may", "might", "must", "should",
            ],
        );
    }
    // Followed by punctuation: a count only after a verb or preposition ("the answer is one").
    !(i > 0
        && cx.is_any(
            i - 1,
            &[
                "is", "was", "are", "were", "than", "of", "to", "by", "just", "only", "from",
                "number", "at", "and", "be", "been",
            ],
        ))
}

/// Words after "one of" that name a group the "one" belongs to: "one of the", "one of them".
const ONE_OF_GROUP: &[&str] = &[
    "the", "them", "us", "these", "those", "its", "his", "her", "their", "our", "my", "your",
    "whom", "which", "many", "several", "few", "this", "that",
];

/// "first class", "first aid": set phrases where the ordinal ranks nothing countable.
fn is_set_phrase(cx: &Cx, n: &Num) -> bool {
    cx.is(n.start, "first")
        && cx.near(n.end)
        && cx.is_any(
            n.end,
            &[
                "class", "aid", "lady", "hand", "name", "names", "person", "place",
            ],
        )
        || cx.is(n.start, "second") && cx.near(n.end) && cx.is_any(n.end, &["hand", "person"])
}

/// "third largest": an ordinal and the superlative it ranks.
fn ordinal(cx: &Cx, n: Num) -> Found {
    let mut end = n.end;
    if cx.near(end) && !cx.attached(end) {
        let s = cx.s(end);
        let lower = super::lower::lower(s);
        if cx.is_any(end, &["most", "least"]) && cx.is_word(end + 1) && cx.near(end + 1) {
            end += 2;
        } else if cx.is_word(end)
            && lower.len() >= 5
            && lower.ends_with("est")
            && !matches!(
                lower.as_str(),
                "interest"
                    | "protest"
                    | "request"
                    | "harvest"
                    | "contest"
                    | "forest"
                    | "suggest"
                    | "arrest"
                    | "invest"
                    | "honest"
                    | "modest"
            )
            || matches!(lower.as_str(), "best" | "worst")
        {
            end += 1;
        }
    }
    Found::new(n.start, end, "ORDINAL", Detail::value(n.value))
}

/// "N - M", "N to M", "N and M" after "between": the upper number when one follows.
fn range_tail(cx: &Cx, n: Num) -> (Num, Option<Num>) {
    let j = n.end;
    if !cx.near(j) || n.kind != NumKind::Cardinal {
        return (n, None);
    }
    let between = n.start > 0 && cx.is(n.start - 1, "between");
    let connector = cx.is_any(j, &["-", "–", "—", "to"]) || (between && cx.is(j, "and"));
    if !connector || !cx.near(j + 1) {
        return (n, None);
    }
    // "2 - ~7 litres": an approximate upper end.
    let at = if cx.is(j + 1, "~") && cx.attached(j + 2) {
        j + 2
    } else {
        j + 1
    };
    // A hyphen between two plain digit runs may be a score, an id or a date: only when a unit follows.
    match numbers::parse(cx, at, Context::Plain) {
        // Both ends written the same way ("2-5%", "two to five per cent"); "eight to 10 feet"
        // reads as two figures.
        Some(m)
            if m.kind == NumKind::Cardinal
                && m.start == at
                && (m.words == n.words || between && cx.is(j, "and")) =>
        {
            (n, Some(m))
        }
        _ => (n, None),
    }
}

fn percent_suffix(cx: &Cx, n: &Num, j: usize) -> Option<Found> {
    if !cx.near(j) {
        return None;
    }
    let mut end;
    let mut unit = "%";
    if cx.is(j, "%") {
        end = j + 1;
        if cx.near(end) && cx.is_any(end, &["points", "point", "pts"]) {
            unit = "pp";
            end += 1;
        }
    } else if cx.is_any(j, &["percent", "percents", "pct"]) {
        end = j + 1;
    } else if cx.is(j, "per") && cx.is(j + 1, "cent") && cx.near(j + 1) {
        end = j + 2;
    } else if cx.is(j, "pc") && cx.attached(j) {
        end = j + 1;
    } else if cx.is(j, "percentage") {
        end = j + 1;
        if cx.near(end) && cx.is_any(end, POINTS) {
            unit = "pp";
            end += 1;
        }
    } else if cx.is_any(j, &["pp", "ppt", "ppts"]) {
        end = j + 1;
        unit = "pp";
    } else {
        return None;
    }
    if unit == "%" && cx.near(end) && cx.is_any(end, POINTS) && !cx.is(j, "%") {
        unit = "pp";
        end += 1;
    }
    Some(Found::new(
        n.start,
        end,
        "PERCENT",
        Detail::value(n.value).with_unit(unit),
    ))
}

/// "per cent of 210": the spec-style reading where the number follows.
fn percent_prefix(cx: &Cx, i: usize) -> Option<Found> {
    let k = if cx.is_any(i, &["percent", "percentage"]) {
        i + 1
    } else if cx.is(i, "per") && cx.is(i + 1, "cent") && cx.near(i + 1) {
        i + 2
    } else {
        return None;
    };
    if i > 0
        && (cx.is_digits(i - 1)
            || cx
                .word(i - 1)
                .is_some_and(|w| w.unit.is_some() || w.ten.is_some()))
    {
        return None;
    }
    if !(cx.is(k, "of") && cx.near(k) && cx.near(k + 1)) {
        return None;
    }
    let n = numbers::parse(cx, k + 1, Context::Plain)?;
    if cx.near(n.end) && cx.is_word(n.end) {
        return None;
    }
    Some(Found::new(
        i,
        n.end,
        "PERCENT",
        Detail::value(n.value).with_unit("%"),
    ))
}

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
pub(super) fn currency_word(cx: &Cx, j: usize) -> Option<(&'static str, f64)> {
    currency_entry(cx, j).map(|c| (readers(cx, c), c.minor))
}

/// The entry's currency for this reader: the first entry ("dollars", "bucks") is the locale's.
fn readers(cx: &Cx, c: &'static super::units::CurrencyWord) -> &'static str {
    if std::ptr::eq(c, &CURRENCY_WORDS[0]) {
        cx.dollar()
    } else {
        c.iso
    }
}

fn currency_entry(cx: &Cx, j: usize) -> Option<&'static super::units::CurrencyWord> {
    let w = cx.word(j)?;
    let c = CURRENCY_WORDS.get(usize::from(w.currency?))?;
    let s = cx.s(j);
    if code_needs_caps(s) && !s.chars().all(|c| c.is_ascii_uppercase()) {
        return None;
    }
    Some(c)
}

/// Letters and "$" written together after a number ("US$", "A$", "NZ$"): the dollar they
/// name. A one-letter prefix counts in capitals only ("20 a$" is no Australian dollar), and
/// not when digits follow ("5 US$ 20" is two figures).
fn dollar_after(cx: &Cx, k: usize) -> Option<&'static str> {
    let s = cx.s(k);
    let ok = cx.is_word(k)
        && cx.is(k + 1, "$")
        && cx.attached(k + 1)
        && (s.len() > 1 || s.bytes().all(|b| b.is_ascii_uppercase()))
        && !(cx.is_digits(k + 2) && cx.near(k + 2));
    ok.then(|| dollar_prefix(s)).flatten()
}

fn money_suffix(cx: &Cx, n: &Num, j: usize) -> Option<Found> {
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
    } else if cx.is(k, "p") && cx.attached(k) && !n.words {
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
    } else if super::pounds::are_money(cx, n.start, k, value) {
        // "cost ten pounds", "a 5 million pound deal": sterling, not a weight.
        return Some(Found::new(
            n.start,
            k + 1,
            "MONEY",
            Detail::value(value).with_unit("GBP"),
        ));
    } else {
        // Optional nationality: "10 us dollars", "100 chinese yuan".
        let (adj, at) = match currency_entry(cx, k + 1) {
            Some(c) if cx.near(k + 1) => match currency_adjective(cx.s(k), c.iso) {
                Some(code) => (Some(code), k + 1),
                None => (None, k),
            },
            _ => (None, k),
        };
        let Some(entry) = currency_entry(cx, at) else {
            // Currencies the hand-written table does not name: "42 KWD", "10 Qatari riyals".
            if let Some((iso, m)) = super::money::scaled_code(cx.s(k)) {
                // "45 MEUR", "300 kUSD": a code with the magnitude written on it.
                return Some(Found::new(
                    n.start,
                    k + 1,
                    "MONEY",
                    Detail::value(value * m).with_unit(iso),
                ));
            }
            let Some((iso, end)) = currencies::after_number(cx, k) else {
                return super::money::shared_after(cx, n, k);
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
fn money_prefix(cx: &Cx, i: usize) -> Option<Found> {
    let s = cx.s(i);
    let mut note = None;
    let mut named_first = false;
    let (iso, mut j) = if let Some(iso) = s
        .chars()
        .next()
        .filter(|_| s.chars().count() == 1)
        .and_then(|c| symbol_for(cx, c))
    {
        // "US $ 8.00": the letters apart from the symbol still name the dollar.
        let us = i > 0 && cx.near(i) && matches!(cx.s(i - 1), "US" | "U.S.");
        (if us { "USD" } else { iso }, i + 1)
    } else if cx.is_word(i)
        && cx.is(i + 1, "$")
        && (cx.attached(i + 1) || s.len() == 1 && cx.near(i + 1))
    {
        // "US$", "C$", "c $", "Mex$".
        if i > 0 && cx.attached(i) && cx.is_word(i - 1) {
            return None;
        }
        // "lost a $12 million contract": the article, not "A$"; "A$40" is written attached
        // and in capitals.
        if cx.is(i, "a") && !(s == "A" && cx.attached(i + 1)) {
            return None;
        }
        (dollar_prefix(s)?, i + 2)
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
    } else if let Some(iso) = currencies::before_number(cx, i).filter(|_| cx.is_digits(i + 1)) {
        // "MYR 42", "RM42", "zł 30" (the generated lexicon).
        (iso, i + 1)
    } else if let Some((codes, at)) = super::money::shared_symbol_before(cx, i) {
        // "Rs 500", "Rs. 2,500 crore": the rupee of the country the text names.
        let (iso, why) = currencies::shared(cx.s(i), codes);
        note = why;
        (iso, at)
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
    // "$2m-$3m", "£2-3bn", "$5 to $10".
    if cx.near(j) && cx.is_any(j, RANGE_DASHES) && cx.near(j + 1) {
        let mut k = j + 1;
        if cx.s(k).chars().next().and_then(|c| symbol_for(cx, c)) == Some(iso) {
            k += 1;
        }
        if let Some(m) = numbers::parse(cx, k, Context::Money)
            .filter(|m| m.kind == NumKind::Cardinal && m.start == k)
        {
            let lo = if !n.scaled && m.scaled {
                let raw = numbers::parse(cx, m.start, Context::Plain)
                    .map(|r| r.value)
                    .unwrap_or(1.0);
                n.value * if raw == 0.0 { 1.0 } else { m.value / raw }
            } else {
                n.value
            };
            d.set_value(None);
            let extra = d.extra_mut();
            extra.min = Some(lo);
            extra.max = Some(m.value);
            extra.qualifier = Some("between");
            j = m.end;
        }
    }
    if note.is_some() {
        d.extra_mut().hint = note;
    }
    Some(Found::new(i, j, "MONEY", d))
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
    if i > 0
        && cx.near(i)
        && (cx.is_digits(i - 1)
            || numbers::parse(cx, i - 1, Context::Plain).is_some_and(|n| n.end == i))
    {
        return None;
    }
    let plural = |k: usize| cx.lower(k).ends_with('s');
    let (iso, at) = if let Some(entry) = currency_entry(cx, i).filter(|e| e.minor == 1.0) {
        (plural(i) && !cx.is(i, "bucks")).then(|| (readers(cx, entry), i + 1))?
    } else if let Some(entry) =
        currency_entry(cx, i + 1).filter(|e| e.minor == 1.0 && cx.near(i + 1))
    {
        (currency_adjective(s, entry.iso)?, i + 2)
    } else {
        // Not a code or a symbol ("USD", "Rs"): those are read before the number elsewhere.
        if s.len() <= 3 || s.bytes().all(|b| b.is_ascii_uppercase()) {
            return None;
        }
        let (iso, end) = currencies::after_number(cx, i)?;
        (end - i >= 2 || plural(i)).then_some((iso, end))?
    };
    (cx.is_digits(at) && cx.near(at)).then_some((iso, at))
}

/// Whether a currency's name at `i` opens an amount ("malaysian ringgit 42"): digits a few
/// tokens on are tested first, as this is asked of many words.
pub(super) fn name_opens_money(cx: &Cx, i: usize) -> bool {
    (1..=3).any(|k| cx.is_digits(i + k)) && name_before_number(cx, i).is_some()
}

/// A unit of measure or time at `k` ("years", "km").
fn unit_word_at(cx: &Cx, k: usize) -> bool {
    cx.word(k)
        .is_some_and(|w| w.measure.is_some() || w.time_unit.is_some())
}

fn temperature_suffix(cx: &Cx, n: &Num, j: usize) -> Option<Found> {
    if !cx.near(j) {
        return None;
    }
    let scale_at = |k: usize| -> Option<&'static str> {
        let s = cx.lower(k);
        match s.as_str() {
            "c" | "celsius" | "celcius" | "centigrade" | "centigrate" => Some("°C"),
            "f" | "fahrenheit" | "farenheit" => Some("°F"),
            "k" | "kelvin" => Some("K"),
            _ => None,
        }
    };
    let mut k = j;
    let mut unit = None;
    // "25ºC" (the ordinal indicator typed for a degree sign), "25 ℃", "77℉".
    let sign_unit = match cx.s(k) {
        "℃" | "ºC" | "ºc" => Some("°C"),
        "℉" | "ºF" | "ºf" => Some("°F"),
        // "1º" alone is an ordinal in Spanish and Portuguese ("1º de Mayo").
        "º" if cx.near(k + 1) => scale_at(k + 1).filter(|u| *u != "K"),
        _ => None,
    };
    if let Some(u) = sign_unit {
        k += if cx.is(k, "º") { 2 } else { 1 };
        unit = Some(u);
    } else if cx.is(k, "°") {
        k += 1;
        unit = Some("°");
        if cx.near(k) && cx.is_word(k) {
            if let Some(u) = scale_at(k) {
                unit = Some(u);
                k += 1;
            }
        }
    } else if cx.is_any(k, &["deg", "degree", "degrees"]) {
        k += 1;
        unit = Some("°");
        if cx.is(k, ".") && cx.attached(k) && cx.is(j, "deg") {
            k += 1;
        }
        if cx.near(k) && cx.is_word(k) {
            if let Some(u) = scale_at(k) {
                unit = Some(u);
                k += 1;
            }
        }
    } else if cx.s(k).len() > 1 && cx.is_word(k) {
        if let Some(u) = scale_at(k).filter(|u| *u != "K") {
            unit = Some(u);
            k += 1;
        }
    } else if cx.attached(k)
        && cx.is_any(k, &["C", "F"])
        && cx.capitalised(k)
        && !n.words
        && !cx.is(k + 1, "/")
        && (-60.0..=130.0).contains(&n.value)
        && !(n.start > 0 && cx.capitalised(n.start - 1) && cx.is_word(n.start - 1))
        && !(cx.near(k + 1) && cx.is_any(k + 1, &["be", "is", "form", "filing", "filings"]))
    {
        // "21C", "70F" as in weather reports.
        unit = Some(if cx.is(k, "C") { "°C" } else { "°F" });
        k += 1;
    }
    // "5 below zero", "four degrees below zero": under zero.
    let below =
        |k: usize| cx.near(k) && cx.is(k, "below") && cx.near(k + 1) && cx.is(k + 1, "zero");
    let mut value = n.value;
    if unit.is_none() && below(j) && n.value > 0.0 {
        unit = Some("°");
        k = j;
    }
    if below(k) && n.value > 0.0 {
        value = -n.value;
        k += 2;
    }
    let unit = unit?;
    let mut d = Detail::value(value).with_unit(unit);
    // "Temperatures fell to −7.5 degrees": bare degrees are a temperature when the sentence
    // before them speaks of one, or they are below zero.
    let warmth = unit != "°" || value < 0.0 || temperature_before(cx, n.start);
    d.extra_mut().measure = Some(if warmth { "temperature" } else { "degrees" });
    Some(Found::new(n.start, k, "QUANTITY", d))
}

/// Words that make bare degrees a temperature.
const WARMTH: &[&str] = &[
    "temperature",
    "temperatures",
    "temps",
    "warm",
    "warmer",
    "warmest",
    "cold",
    "colder",
    "coldest",
    "hot",
    "hotter",
    "hottest",
    "heat",
    "freezing",
    "thermometer",
    "mercury",
    "forecast",
    "weather",
    "frost",
    "chill",
    "heatwave",
    "thermostat",
    "fever",
];

/// A temperature word in the sentence before token `start`, within a few words.
fn temperature_before(cx: &Cx, start: usize) -> bool {
    let mut i = start;
    while i > 0 && start - i < 12 && !cx.sentence_start(i) {
        i -= 1;
        if cx.is_any(i, WARMTH) {
            return true;
        }
    }
    false
}

/// "29 years old", "ten months old", "3 years of age", "90 day old", "29-year-old", "87 yo".
fn age_suffix(cx: &Cx, n: &Num, j: usize) -> Option<Found> {
    if !cx.near(j) || n.kind != NumKind::Cardinal {
        return None;
    }
    if cx.is_any(j, &["yo", "yrs"]) && cx.is(j, "yo") {
        return Some(age(n, j + 1, "year"));
    }
    let mut k = j;
    let hyphen = cx.is(k, "-") && cx.attached(k);
    if hyphen {
        k += 1;
    }
    let unit = cx.word(k).and_then(|w| w.time_unit)?;
    let name = match unit {
        super::lexicon::TimeUnit::Year => "year",
        super::lexicon::TimeUnit::Month => "month",
        super::lexicon::TimeUnit::Week => "week",
        super::lexicon::TimeUnit::Day => "day",
        _ => return None,
    };
    let mut e = k + 1;
    if hyphen {
        if cx.is(e, "-") && cx.attached(e) && cx.is(e + 1, "old") {
            return Some(age(n, e + 2, name));
        }
        return None;
    }
    if cx.is(e, "-") && cx.attached(e) {
        e += 1;
    }
    if cx.near(e) && cx.is(e, "old") {
        return Some(age(n, e + 1, name));
    }
    if cx.near(e) && cx.is(e, "of") && cx.is(e + 1, "age") {
        return Some(age(n, e + 2, name));
    }
    None
}

fn age(n: &Num, end: usize, unit: &'static str) -> Found {
    let mut d = Detail::value(n.value).with_unit(unit);
    d.extra_mut().measure = Some("age");
    Found::new(n.start, end, "QUANTITY", d)
}

/// "age 87", "aged 29".
fn age_prefix(cx: &Cx, i: usize) -> Option<Found> {
    if !cx.is_any(i, &["age", "aged"]) || !cx.near(i + 1) {
        return None;
    }
    let n = numbers::parse(cx, i + 1, Context::Plain)?;
    if n.kind != NumKind::Cardinal || n.value <= 0.0 || n.value > 130.0 {
        return None;
    }
    // "aged 18 to 24" is a range of ages; keep it simple and take the first.
    if cx.near(n.end)
        && cx
            .word(n.end)
            .is_some_and(|w| w.time_unit.is_some() || w.measure.is_some())
    {
        return None;
    }
    Some(age(&n, n.end, "year")).map(|mut f| {
        f.set_start(i);
        f
    })
}
