//! Where a figure may start: the scan's cheap prefilter, and the numbers that are not
//! figures (telephone numbers, "No. 5", "page 12").

use super::cursor::Cx;
use super::titled::day_in_name;
use super::words::PARTS_OF_DAY;
use super::{
    currencies, dates, lexicon, measures, money, numbers, tokens, units, vague, web_address,
};

/// Whether a word the lexicon does not know opens a figure: a currency code, symbol or name
/// before digits ("MYR 42", "Kr. 50", "malaysian ringgit 42"), a vague quantity ("several"), or
/// a joined number ("twentyfive"). The tests that need digits within three tokens run only when
/// there are some: most such words have none after them (`unknown_word_gate_tests` compares
/// this with the five tests run in turn).
pub(super) fn unknown_word_opens(cx: &Cx, i: usize) -> bool {
    if !cx.digits_within_three(i) {
        return counted_opens(cx, i);
    }
    let next = cx.is_digits(i + 1);
    // Digits further on: only a word that may open money before a word does more than count
    // (`word_before_money_word`).
    if super::GATES && !next && !word_before_money_word(cx, i) {
        return counted_opens(cx, i);
    }
    if super::GATES {
        // The same tests, the cheap ones first: the vague and joined numbers behind their
        // first letter, a letter's symbol only with its digits next (without `GATES`, the
        // order below).
        return counted_opens(cx, i)
            || next
                && (currencies::before_number(cx, i).is_some()
                    || money::scaled_code(cx.s(i)).is_some()
                    || currencies::letter_symbol(cx, i).is_some())
            || money::shared_symbol_before(cx, i).is_some()
            || measures::name_opens_money(cx, i);
    }
    next && (currencies::before_number(cx, i).is_some() || money::scaled_code(cx.s(i)).is_some())
        || vague::opens(cx, i)
        || money::shared_symbol_before(cx, i).is_some()
        || currencies::letter_symbol(cx, i).is_some()
        || numbers::joined(cx, i).is_some()
        || measures::name_opens_money(cx, i)
}

/// Whether a word the lexicon does not know, with no digits right after it, may still open money
/// through the tests of [`unknown_word_opens`] past `counted_opens`: a currency's code, local
/// symbol, scaled code or letter symbol needs the digits right after it; a shared symbol
/// (`shared_symbol_before`) needs them after a "." ("kr. 200"); a currency's name
/// (`name_before_number`, whose first reading needs the word itself in the lexicon) needs a
/// currency word after it ("malaysian ringgit 42", a near token with the lexicon's currency
/// role) or a name of several words it opens (`currencies::opens_name`; a plural word alone
/// needs its digits right after it). Each of these is a superset of what the test needs;
/// `unknown_word_gate_tests` holds the gate to the tests run in turn.
#[inline(always)]
fn word_before_money_word(cx: &Cx, i: usize) -> bool {
    cx.is(i + 1, ".")
        || cx.word(i + 1).is_some_and(|w| w.currency.is_some())
        || currencies::opens_name(cx.lower(i).as_str())
}

/// A vague count ("several") or a joined number ("twentyfive") at a word the lexicon does not
/// know: "tens", "scores", "several", "many" and the joined numbers (a ten and a unit:
/// "twentyfive", "fortythird", "eightyone", "ninetynine") open with one of these letters.
#[inline(always)]
fn counted_opens(cx: &Cx, i: usize) -> bool {
    let first = cx.first_byte(i).map(|b| b | 0x20);
    matches!(first, Some(b't' | b's' | b'm' | b'f' | b'e' | b'n'))
        && (vague::opens(cx, i) || numbers::joined(cx, i).is_some())
}

/// A word no figure grammar (`factors::parse`, `measures::parse`) opens with, so the scan
/// asks only the date grammars there (`date_name_gate_tests`): a month's or a weekday's name
/// with no other role in the lexicon ("Tuesday", "April", "sept"), or one of the words that
/// open a date or a length of time before its number or name ("in 2004", "within 6 weeks",
/// "on Tuesday", "last year"). A figure after them starts at its own token.
pub(super) fn date_name_only(cx: &Cx, i: usize) -> bool {
    super::GATES
        && cx.word(i).is_some_and(|w| {
            w.unit.is_none()
                && w.ten.is_none()
                && w.scale.is_none()
                && w.ordinal.is_none()
                && w.plural_fraction.is_none()
                && w.time_unit.is_none()
                && w.measure.is_none()
                && w.currency.is_none()
                && (w.month.is_some()
                    || w.weekday.is_some()
                    || DATE_LEADS.contains(&cx.lower(i).as_str()))
        })
}

/// The words [`date_name_only`] names besides months and weekdays.
pub(super) const DATE_LEADS: &[&str] = &[
    "in", "within", "last", "next", "on", "by", "since", "until", "at", "during", "this",
];

/// Words before "fall" that make it the season (`dates::relative`'s "this/last/next fall").
const SEASON_FALL: &[&str] = &["this", "last", "next"];

/// Cheap prefilter: only digits, currency symbols and known words can open a statistic, and
/// a word that is not a figure by itself ("the", "since", "km") only when digits or such a
/// word follow within a few tokens.
pub(super) fn can_start(cx: &Cx, i: usize) -> bool {
    match cx.tok(i) {
        Some(t) => match t.kind() {
            // "http://bit.ly/9fQGkC": a web address's digits are no figure, but for a full date.
            // (Its words are asked by the scan, only when they may open: asked of every word
            // glued to a mark here, the test cost 3 instructions a byte.)
            tokens::Kind::Digits => !web_address::inside(cx, i) || web_address::full_date_at(cx, i),
            // "S$20", "R$ 300", "E£500": letters that pick a currency, whatever else the word is.
            tokens::Kind::Word if dollar_letters(cx, i) => true,
            tokens::Kind::Word => match cx.word(i) {
                Some(w) if w.strong => !day_in_name(cx, i),
                // A capitalised holiday name ("Yom Kippur") is a date with no figure near it.
                Some(w) if w.starter || w.time_unit.is_some() => {
                    strong_ahead(cx, i)
                        || w.holiday && (cx.capitalised(i) || cx.caseless)
                        || relative_before_holiday(cx, i)
                        // "next fall", "last fall": the season ("fall" signals nothing, a
                        // verb of change as often).
                        || cx.near(i + 1) && cx.is(i + 1, "fall") && cx.is_any(i, SEASON_FALL)
                        // "a month-long strike": a unit of time with "-long" is a length.
                        || w.time_unit.is_some() && dates::unit_long_at(cx, i)
                        // "a couple of tries" (`vague::couple`).
                        || cx.is(i + 1, "couple") && cx.is(i, "a")
                }
                // "USD 200": a currency code opens a figure only before digits.
                Some(w) if w.currency.is_some() => cx.is_digits(i + 1),
                // "MYR 42", "RM42": a code or symbol of the generated currency lexicon.
                None => unknown_word_opens(cx, i),
                // "Ft 500": a currency's symbol that is also a unit's.
                _ => {
                    // "morning of christmas 2013": a part of the day "of" a day, without "the".
                    cx.is(i + 1, "of") && cx.is_any(i, PARTS_OF_DAY)
                        || vague::opens(cx, i)
                        || measures::name_opens_money(cx, i)
                        || cx.is_digits(i + 1) && currencies::before_number(cx, i).is_some()
                        // "W1.2 trillion" where the text names South Korea: a letter that is
                        // also a unit's symbol (the watt) as a currency's sign.
                        || cx.s(i).len() == 1
                            && cx.is_digits(i + 1)
                            && currencies::letter_symbol(cx, i).is_some()
                }
            },
            tokens::Kind::Punct => match cx.punct(i) {
                // ".5": a decimal point opens a figure only right before digits.
                Some(b'.') => cx.attached(i + 1) && cx.is_digits(i + 1),
                // "@ 3pm": the sign for "at" before a clock time.
                Some(b) => b == b'-' || b == b'$' || b == b'@' && cx.is_digits(i + 1),
                None => cx.s(i).chars().next().is_some_and(opens_figure),
            },
        },
        None => false,
    }
}

/// The token inside a date read from `i` to `end` where an amount, percentage or quantity
/// starts that reads past `end`, when the date ends inside a number ("around 3" of "around
/// 3-5 kilometers", "July 10" of "July 10.8 pct"): the last such token.
pub(super) fn figure_past(cx: &Cx, i: usize, end: usize) -> Option<usize> {
    // A dash goes on to a range's second end even after a space ("around 2 -7 g").
    // A dash to a second number ("3-5 km", "2 -7 g"), or a hyphen inside a compound
    // ("in 120-year-old").
    let dash = cx.near(end)
        && cx.is_any(end, &["-", "–"])
        && (cx.is_digits(end + 1) || cx.attached(end) && cx.attached(end + 1));
    let point = cx.attached(end)
        && cx.is_any(end, &[".", ","])
        && cx.attached(end + 1)
        && cx.is_digits(end + 1);
    let cut = dash || point || cx.attached(end) && cx.is_digits(end);
    if !cut {
        return None;
    }
    (i + 1..end).rev().find(|&k| {
        measures::parse(cx, k).is_some_and(|f| {
            f.end() > end && matches!(f.kind.as_str(), "QUANTITY" | "MONEY" | "PERCENT")
        })
    })
}

/// Letters attached to a "$", "£" or "¥" that name a currency ("S$", "NZ$", "E£", "CN¥").
fn dollar_letters(cx: &Cx, i: usize) -> bool {
    // `prefixed_currency` reads only "$", "£" and "¥" (0xC2 0xA3, 0xC2 0xA5) after the letters:
    // the mark's first byte is asked before either token is sliced (this runs at every word
    // glued to what follows it).
    cx.attached(i + 1)
        && matches!(cx.first_byte(i + 1), Some(b'$' | 0xC2))
        && units::prefixed_currency(cx.s(i), cx.s(i + 1)).is_some()
}

/// A mark beyond ASCII that may open a figure: a currency symbol, a minus sign, a fraction.
fn opens_figure(c: char) -> bool {
    units::symbol_currency(c).is_some() || "−½¼¾⅓⅔⅛⅕".contains(c)
}

/// Whether a date, time or duration could start at `i`: any word may (the grammar decides),
/// but a number only with a date sign close behind it (a unit of time, a month, "pm", a "/"
/// or ":" joining digits, an ordinal suffix) or when it is four digits (a year).
pub(super) fn date_possible(cx: &Cx, i: usize) -> bool {
    let number_word = cx
        .word(i)
        .is_some_and(|w| w.unit.is_some() || w.ten.is_some());
    // A sign or a decimal point opens a number, never a date.
    if cx.is_any(i, &["-", "−", "."]) {
        return false;
    }
    if !(cx.is_digits(i) || number_word) {
        return true;
    }
    // "2019", "2019-7", "20200314".
    if cx.is_digits(i) && matches!(cx.s(i).len(), 4 | 8) {
        return true;
    }
    // "31 10 1974": a day and a month before a year.
    if cx.is_digits(i) && cx.is_digits(i + 1) && cx.is_digits(i + 2) && cx.s(i + 2).len() == 4 {
        return true;
    }
    // "nineteen ninety", "six thirty pm": a year or a time in words.
    if number_word
        && cx.near(i + 1)
        && cx
            .word(i + 1)
            .is_some_and(|w| w.unit.is_some() || w.ten.is_some() || w.scale.is_some())
    {
        return true;
    }
    (i + 1..(i + 7).min(cx.len())).any(|k| match cx.tok(k) {
        Some(t) => match t.kind() {
            tokens::Kind::Digits => false,
            tokens::Kind::Punct => {
                t.gap() == tokens::Gap::None && cx.is_any(k, &["/", ":", "-", "–", ".", "~"])
            }
            // One `match` on the lower-cased word rather than a comparison per keyword.
            tokens::Kind::Word => {
                cx.word(k).is_some_and(|w| {
                    w.month.is_some() || w.weekday.is_some() || w.time_unit.is_some()
                }) || matches!(
                    cx.lower(k).as_str(),
                    "am" | "pm"
                        | "a"
                        | "p"
                        | "o"
                        | "oclock"
                        | "past"
                        | "to"
                        | "after"
                        | "before"
                        | "century"
                        | "centuries"
                        // "44 BC", "2014 A.D.": an era after a year.
                        | "bc"
                        | "bce"
                        | "ad"
                        | "ce"
                        | "b"
                        | "morning"
                        | "afternoon"
                        | "evening"
                        | "night"
                        | "ago"
                        | "later"
                        | "s"
                        | "q"
                        | "h"
                        | "st"
                        | "nd"
                        | "rd"
                        | "th"
                        | "upcoming"
                        | "next"
                        | "previous"
                        | "last"
                        | "coming"
                        | "in"
                        | "and"
                        | "of"
                        | "min"
                        | "mins"
                        | "today"
                        | "tomorrow"
                        | "yesterday"
                        | "tonight"
                        | "weekend"
                        | "weekends"
                )
            }
        },
        None => false,
    })
}

/// Words after "the" that a statistic opening with "the" may continue with, besides numbers,
/// ordinals and the kinds of named year ("the fiscal year 2024"): "the day after tomorrow", "the
/// same month last year", "the end of May", "the last week of July".
const AFTER_THE: &[&str] = &[
    "day",
    "year",
    "same",
    "end",
    "beginning",
    "start",
    "middle",
    "last",
    "final",
    // "the week of October 6", "the month after next".
    "week",
    "month",
    "weekend",
    // "the quarter ending June", "the half-year to 30 June".
    "quarter",
    "half",
    // "the early hours of Sunday", "the small hours of 3 May".
    "early",
    "small",
    "wee",
    // "the closest Monday to Oct 5th" (`dates::closest`).
    "closest",
    "nearest",
    // "the morning of March 3".
    "morning",
    "afternoon",
    "evening",
    "night",
];

/// Common starters that no grammar can read anything from where they stand: "the" with no
/// number, ordinal or word of `AFTER_THE` after it, "to" not before "date". Turning them away
/// here spares trying every grammar on the commonest words of prose.
pub(super) fn opens_nothing(cx: &Cx, i: usize) -> bool {
    if !cx.word(i).is_some_and(|w| w.starter && !w.strong) {
        return false;
    }
    // "to date"; "tax year 2024", "the fiscal year 2024".
    if cx.is(i, "to") {
        return !cx.is(i + 1, "date");
    }
    // "Tax Day 2024": a kind of named year may open a holiday's name too.
    if cx.is_any(i, dates::NAMED_YEAR_KINDS) {
        return !cx.is(i + 1, "year") && !dates::holiday_may_open(cx, i);
    }
    if cx.is(i, "in") {
        return in_opens_nothing(cx, i);
    }
    if cx.is_any(i, &["a", "an"]) {
        return article_opens_nothing(cx, i);
    }
    if cx.word(i).is_some_and(holiday_only) && !cx.is_any(i, NAMED_HOLIDAY_WORDS) {
        return holiday_word_opens_nothing(cx, i);
    }
    if !cx.is(i, "the") {
        return false;
    }
    match cx.tok(i + 1) {
        Some(t) if t.kind() == tokens::Kind::Word => {
            let number = cx
                .word(i + 1)
                .is_some_and(|w| w.ordinal.is_some() || w.ten.is_some() || w.unit.is_some());
            // "the Monday after" (`dates::parts::around`).
            let weekday = || {
                cx.word(i + 1).is_some_and(|w| w.weekday.is_some())
                    && cx.is_any(i + 2, &["after", "before"])
            };
            !number
                && !cx.is_any(i + 1, AFTER_THE)
                && !cx.is_any(i + 1, dates::NAMED_YEAR_KINDS)
                && !weekday()
        }
        // Digits and marks: the grammars decide.
        Some(_) => false,
        None => true,
    }
}

/// Whether "in" at `i` opens nothing, read off the grammars (`start_gate_tests` runs them on
/// every word of the lexicon and others after "in" to check it):
/// - the figure grammars never read "in" itself: `factors` needs a factor word or a number at
///   `i`, and `measures::parse` a number at `i` (no number opens with "in": no number role,
///   not a sign, article, "half" or "quarter") after its word-opened grammars, which open with
///   other words ("a", "half", "per", "age", ...) except `money_prefix`. That one reads "in"
///   only before "$", "£" or "¥", before digits (a code, a shared symbol), or before a
///   currency's name word ("in dollars 5" as an adjective): a word after "in" with no
///   currency role rules all three out (`name_before_number` turns "in" itself away: too short).
/// - `dates::parse_core` reads after "in" (on the same line) only a duration, then "in the
///   morning" (`part_of_day`), and returns either way. A duration opens with a number or a word
///   of [`dates::DURATION_OPENING_WORDS`], after one of [`dates::APPROXIMATELY`]; the part of
///   the day is one of [`dates::IN_PARTS_OF_DAY`], after "the" or not.
///
/// So "in" followed on its line by a word that is none of these, opens no number and names no
/// currency ("in Leeds", "in the market", "in order") starts nothing: 1,746 starts on news.
/// Nor does "in" before digits that a stop or a comma closes ("first proposed in 2004, would",
/// "in 1990."): a duration needs its unit after the number (the year itself is read from its
/// own token).
fn in_opens_nothing(cx: &Cx, i: usize) -> bool {
    let k = i + 1;
    cx.near(k)
        && (cx.is_word(k)
            && cx.word(k).is_none_or(|w| w.currency.is_none())
            && numbers::opens_no_number(cx, k)
            && !cx.is_any(k, dates::DURATION_OPENING_WORDS)
            && !cx.is_any(k, dates::APPROXIMATELY)
            && !cx.is_any(k, dates::IN_PARTS_OF_DAY)
            && !(cx.is(k, "the") && cx.is_any(k + 1, dates::IN_PARTS_OF_DAY))
            || super::GATES && digits_then_stop(cx, k))
}

/// Digits at `k` closed by a comma, stop, semicolon, bracket, "!" or "?" glued to them, with no
/// digits glued after the mark ("2004, would"; not "2,000" nor "2.5").
fn digits_then_stop(cx: &Cx, k: usize) -> bool {
    let m = k + 1;
    cx.is_digits(k)
        && cx.attached(m)
        && matches!(cx.punct(m), Some(b',' | b'.' | b';' | b')' | b'!' | b'?'))
        && !(cx.attached(m + 1) && cx.is_digits(m + 1))
}

/// "a" or "an" opens nothing before a word the lexicon does not know ("a decision", "an
/// attempt": 550 starts on news). What the grammars read after an article is a word with a
/// lexicon role: a scale or fraction ("a hundred", "a third"), a time unit ("a year"), a unit
/// ("a kilometre"), a currency or a coin ("a dollar", "a dime"), money slang ("a buck"), or a
/// word they name ("a few", "a couple", "a half") and the lexicon holds; else a mark ("A$40",
/// "a.d."), which is no word. The article itself is no number (`numbers::words` reads it only
/// with a known word after it), no currency code or symbol, no holiday. `start_gate_tests`
/// runs every grammar after "a", "an" and "A" before every literal the grammars hold and many
/// other words.
fn article_opens_nothing(cx: &Cx, i: usize) -> bool {
    // "a full year", "an extra hour": a word the lexicon lacks before one unit of time.
    cx.is_word(i + 1) && cx.word(i + 1).is_none() && !super::dates::modifier_then_unit(cx, i + 1)
}

/// A word the lexicon knows only as the first word of a holiday's name ("new", "national",
/// "president"): no number, date, unit or currency role.
pub(super) fn holiday_only(w: &lexicon::Word) -> bool {
    w.holiday
        && w.unit.is_none()
        && w.ten.is_none()
        && w.scale.is_none()
        && w.ordinal.is_none()
        && w.plural_fraction.is_none()
        && w.month.is_none()
        && w.weekday.is_none()
        && !w.weekday_plural
        && w.time_unit.is_none()
        && w.measure.is_none()
        && w.currency.is_none()
}

/// The words of [`holiday_only`] that a grammar names ("all day", "mid-May", "double"):
/// `start_gate_tests` reads the grammars' literals and checks that this holds them all.
pub(super) const NAMED_HOLIDAY_WORDS: &[&str] = &[
    "all",
    "beginning",
    "chinese",
    "double",
    "great",
    // "first lady" (`measures::is_set_phrase`); "Lady of Camarin Day" opens with it.
    "lady",
    "last",
    "late",
    "majority",
    "mid",
    "sacred",
    "spring",
    "st",
    "tax",
    "victory",
    // "as young as 11" (`measures/age/plain.rs`, read before the number, never opening).
    "young",
];

/// Whether a word that only opens holidays' names opens nothing at `i` ("new projects",
/// "National Trust", "President Biden"). No grammar names such a word (but those of
/// [`NAMED_HOLIDAY_WORDS`]), and none reads it through a lexicon role, as it has none; so
/// a grammar can read it only as a number in words (`numbers::parse`, asked here), as a
/// holiday's name (`holiday_may_open`: its second-token gate), or as a currency's name or
/// symbol before an amount (`money_prefix`): that needs "$", "£" or "¥" after the word, digits
/// after it (a code, a symbol), a currency word after it (as an adjective), or a currency's name
/// of several words that it opens, continued by the next word (`currencies::name_continues`).
fn holiday_word_opens_nothing(cx: &Cx, i: usize) -> bool {
    let k = i + 1;
    cx.is_word(k)
        && cx.word(k).is_none_or(|w| w.currency.is_none())
        && !dates::holiday_may_open(cx, i)
        && !currencies::name_continues(cx.lower(i).as_str(), cx.lower(k).as_str())
        && numbers::parse(cx, i, numbers::Context::Plain).is_none()
}

/// "next Martin Luther King's Day", "this St Patrick's Day": a relative word before a holiday's
/// name whose signal word ("Day") stands beyond [`strong_ahead`]'s reach.
fn relative_before_holiday(cx: &Cx, i: usize) -> bool {
    cx.word(i + 1).is_some_and(|w| w.holiday)
        && cx.near(i + 1)
        && cx.is_any(i, &["this", "next", "last"])
        && dates::holiday_may_open(cx, i + 1)
}

fn strong_ahead(cx: &Cx, i: usize) -> bool {
    (i + 1..(i + 5).min(cx.len())).any(|k| match cx.tok(k) {
        Some(t) => match t.kind() {
            tokens::Kind::Digits => true,
            tokens::Kind::Word => cx.word(k).is_some_and(|w| w.signal),
            tokens::Kind::Punct => cx
                .s(k)
                .chars()
                .next()
                .is_some_and(|c| units::symbol_currency(c).is_some() || "½¼¾".contains(c)),
        },
        None => false,
    })
}

#[cfg(test)]
#[path = "unknown_word_gate_tests.rs"]
mod unknown_word_gate_tests;
