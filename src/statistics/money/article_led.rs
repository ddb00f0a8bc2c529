//! Amounts opened by an article: one coin ("a dime"), one of a currency ("a dollar", "a
//! pound" where the sentence speaks of money), one of a money word of speech ("a buck", "a
//! grand") and a fraction of an amount ("half a dollar", "a quarter of a million dollars").

use super::minor_tail;
use crate::statistics::currencies;
use crate::statistics::cursor::Cx;
use crate::statistics::detail::Detail;
use crate::statistics::numbers::{self, Context};
use crate::statistics::Found;

/// "a nickel", "a dime": one coin. A dime, the one coin name that is no other word (a nickel
/// is also the metal), is one without the article too.
pub fn a_coin(cx: &Cx, i: usize) -> Option<Found> {
    let counted = cx.is_any(i, &["a", "one"]) && cx.near(i + 1);
    let at = if counted { i + 1 } else { i };
    if !(counted && cx.is(at, "nickel") || cx.is(at, "dime")) {
        return None;
    }
    // "a nickel mine", "the dime novel", "a dime store": a coin's name after an article and
    // before a noun qualifies it ("not a single dime went" is one coin); "in" ends a coin ("a
    // nickel in the couch") though not a slang amount ("shot a buck in the woods").
    let after_article = counted || i > 0 && cx.is_any(i - 1, &["a", "an", "the"]);
    let qualifies = after_article && !ends_amount(cx, at + 1) && !cx.is(at + 1, "in");
    if qualifies {
        return None;
    }
    // "two dime bags", "a dime-store novel": a number before or a hyphen after is not one coin.
    let numbered = !counted && i > 0 && cx.near(i) && cx.is_digits(i - 1);
    if numbered || cx.is(at + 1, "-") && cx.attached(at + 1) {
        return None;
    }
    let value = if cx.is(at, "nickel") { 0.05 } else { 0.1 };
    Some(Found::new(
        i,
        at + 1,
        "MONEY",
        Detail::value(value).with_unit(cx.dollar()),
    ))
}

/// "a dollar", "a euro": "a" with the singular name of a currency right
/// after it ("a dollar and 42 cents", "a euro a day"); not a code ("a USD"), a plural, nor a
/// word that names it only in part ("a sterling effort").
pub fn a_currency(cx: &Cx, i: usize) -> Option<Found> {
    if !(cx.is_any(i, &["a", "an"]) && cx.near(i + 1)) {
        return None;
    }
    let k = i + 1;
    // "costs a pound", "a pound twenty": sterling where the sentence speaks of money, as
    // "pounds" after a number is ("a pound of flour" is a weight).
    if cx.is(k, "pound")
        && !cx.capitalised(k)
        && crate::statistics::pounds::are_money(cx, i, k, 1.0)
    {
        return Some(Found::new(
            i,
            k + 1,
            "MONEY",
            Detail::value(1.0).with_unit("GBP"),
        ));
    }
    let entry = crate::statistics::units::CURRENCY_WORDS.get(usize::from(cx.word(k)?.currency?))?;
    let lower = cx.lower(k);
    if entry.minor != 1.0
        || crate::statistics::units::code_needs_caps(cx.s(k))
        || !currencies::singular_name(entry.iso, lower.as_str())
        || cx.is(k + 1, "-") && cx.attached(k + 1)
    {
        return None;
    }
    let iso = if std::ptr::eq(entry, &crate::statistics::units::CURRENCY_WORDS[0]) {
        cx.dollar()
    } else {
        entry.iso
    };
    Some(Found::new(
        i,
        k + 1,
        "MONEY",
        Detail::value(1.0).with_unit(iso),
    ))
}

/// Money words (of speech, and the minor units) counted one with "a": (word, amount, whose: "$" the reader's dollar,
/// "home" the reader's currency, else the code).
const ONE_SLANG: &[(&str, f64, &str)] = &[
    ("buck", 1.0, "$"),
    ("quid", 1.0, "GBP"),
    ("grand", 1000.0, "home"),
    ("fiver", 5.0, "home"),
    ("tenner", 10.0, "home"),
    ("penny", 1.0, "GBX"),
    ("cent", 1.0, "USX"),
];

/// Words that may follow "a buck", "a grand", "a dime" when they are money: the end of the
/// phrase, or a word that is no noun the word would qualify ("a grand jury", "a quid pro quo",
/// "a penny stock", "a nickel mine" are not amounts): articles, prepositions, conjunctions and
/// adverbs ("borrowed a grand from him", "found a penny on the floor").
const AFTER_ONE_SLANG: &[&str] = &[
    "a",
    "an",
    "each",
    "apiece",
    "per",
    "for",
    "or",
    "and",
    "to",
    "more",
    "less",
    "short",
    "extra",
    "too",
    "plus",
    "every",
    "last",
    "this",
    "next",
    "from",
    "on",
    "at",
    "into",
    "onto",
    "off",
    "out",
    "back",
    "with",
    "without",
    "by",
    "under",
    "over",
    "as",
    "than",
    "but",
    "so",
    "if",
    "when",
    "because",
    "after",
    "before",
    "since",
    "until",
    "ago",
    "later",
    "here",
    "there",
    "now",
    "then",
    "today",
    "tonight",
    "yesterday",
    "tomorrow",
    "again",
    "instead",
    "only",
    "up",
    "down",
    "away",
];

/// Whether a money word of speech or a coin's name ends an amount before token `k`: the phrase
/// ends there, or a word of [`AFTER_ONE_SLANG`] follows.
fn ends_amount(cx: &Cx, k: usize) -> bool {
    !cx.near(k) || !cx.is_word(k) && !cx.is(k, "-") || cx.is_any(k, AFTER_ONE_SLANG)
}

/// "a buck", "a quid", "a grand", "a fiver", "a penny": one of a money word of speech (a
/// thousand for "grand"), at the end of the phrase or before a word that is no noun it
/// qualifies. "a grand" is thousands of the currency the sentence names, else the reader's.
pub fn a_slang(cx: &Cx, i: usize) -> Option<Found> {
    if !(cx.is_any(i, &["a", "an"]) && cx.near(i + 1)) {
        return None;
    }
    let k = i + 1;
    let &(_, value, whose) = ONE_SLANG.iter().find(|(w, _, _)| cx.is(k, w))?;
    // "a buck fifty": a minor part may follow.
    let next_ok = ends_amount(cx, k + 1) || minor_tail(cx, k + 1).is_some();
    if !next_ok || cx.capitalised(k) && !cx.caseless {
        return None;
    }
    let unit = match whose {
        "$" => cx.dollar(),
        "home" if crate::statistics::pounds::sterling_around(cx, i, k) => "GBP",
        "home" => cx.home_currency(),
        code => code,
    };
    Some(Found::new(
        i,
        k + 1,
        "MONEY",
        Detail::value(value).with_unit(unit),
    ))
}

/// "half a dollar", "a quarter of a million dollars", "three quarters of a billion euros": a
/// fraction of an amount written after "a".
pub fn fraction_of_amount(cx: &Cx, i: usize) -> Option<Found> {
    let (fraction, a) = if cx.is(i, "half") {
        (0.5, i + 1)
    } else {
        // The cheap test first: this is tried wherever a figure may start.
        if !(i + 1..i + 5).any(|k| cx.is(k, "of")) {
            return None;
        }
        let n = numbers::parse(cx, i, Context::Plain)?;
        if !(n.start == i && n.value > 0.0 && n.value < 1.0 && cx.is(n.end, "of")) {
            return None;
        }
        (n.value, n.end + 1)
    };
    if !(cx.near(a) && cx.near(i + 1) && cx.is_any(a, &["a", "an"]) && cx.near(a + 1)) {
        return None;
    }
    let mut f = crate::statistics::measures::parse(cx, a)?;
    let v = f.detail.value_of()?;
    if f.kind != "MONEY" || f.start() != a {
        return None;
    }
    f.detail.set_value(Some(v * fraction));
    f.set_start(i);
    Some(f)
}
