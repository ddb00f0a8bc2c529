//! Figures with what they count: PERCENT, MONEY, QUANTITY (units, temperatures, ages), and
//! the bare CARDINAL / ORDINAL when nothing else claims the number.

use super::cursor::Cx;
use super::detail::Detail;
use super::numbers::{self, Context, Num, NumKind};
use super::Found;

/// Tries every figure grammar at token `i`; the longest reading wins.
pub fn parse(cx: &Cx, i: usize) -> Option<Found> {
    // The grammars that open with a word (a vague count, an article, "half", "percent",
    // "aged", a minus before a currency's sign) read nothing at a digit run, half the starts on news: asked only at others
    // (`digit_start_gate_tests`).
    let word = !(super::GATES && cx.is_digits(i));
    // A vague count reads digits only as "100s", "1000s".
    let vague = word || cx.attached(i + 1) && cx.is(i + 1, "s");
    if let Some(f) = vague.then(|| super::vague::parse(cx, i)).flatten() {
        return Some(f);
    }
    if let Some(f) = word.then(|| super::money::a_coin(cx, i)).flatten() {
        return Some(f);
    }
    if let Some(f) = word
        .then(|| super::money::a_currency(cx, i).or_else(|| super::money::a_slang(cx, i)))
        .flatten()
    {
        return Some(super::money::extend(cx, f));
    }
    if let Some(f) = super::money::fraction_of_amount(cx, i) {
        return Some(f);
    }
    if let Some(f) = word.then(|| super::quantities::one_unit(cx, i)).flatten() {
        return Some(f);
    }
    if let Some(f) = super::quantities::fraction_of_unit(cx, i) {
        return Some(f);
    }
    if let Some(f) =
        money_prefix(cx, i).or_else(|| word.then(|| currency::signed_money(cx, i)).flatten())
    {
        return Some(super::money::extend(cx, f));
    }
    if let Some(f) = word
        .then(|| percent_prefix(cx, i))
        .flatten()
        .or_else(|| fraction_of_point(cx, i))
    {
        return Some(f);
    }
    if let Some(f) = word
        .then(|| age_prefix(cx, i))
        .flatten()
        .or_else(|| age::decade(cx, i))
        .or_else(|| age::group(cx, i))
    {
        return Some(f);
    }
    let n = numbers::parse(cx, i, Context::Plain)?;
    if let Some(f) = super::money::quarters(cx, &n) {
        return Some(f);
    }
    // "in_name": "the Second World War"; "5G": a network, not five of anything; the "7" of
    // "24/7": the end of a pair of day-sized numbers joined by a slash that no grammar read
    // whole (not "2222/2222", two numbers of their own).
    let network = numbers::network_generation(cx, &n);
    let day_sized = |k: usize| cx.s(k).len() <= 2 && cx.s(k).parse::<u8>().is_ok_and(|v| v <= 31);
    let slashed_tail = n.start >= 2
        && !n.words
        && cx.is(n.start - 1, "/")
        && cx.attached(n.start - 1)
        && cx.attached(n.start)
        && cx.is_digits(n.start - 2)
        && day_sized(n.start - 2)
        && day_sized(n.start);
    if in_name(cx, &n) || network || slashed_tail || plural_of_a_name(cx, &n) {
        return None;
    }
    if let Some(f) = rank::parse(cx, &n) {
        return Some(f);
    }
    if score::may_open(&n) && score_may_follow(cx, n.end) {
        if let Some(f) = score::parse(cx, &n)
            .or_else(|| score::results_pair(cx, &n))
            .or_else(|| score::vote_tally(cx, &n))
            .or_else(|| score::runs_for_wickets(cx, &n))
        {
            return Some(f);
        }
    }
    if n.kind == NumKind::Ordinal {
        if is_set_phrase(cx, &n)
            || in_compound(cx, &n)
            || super::named_numbers::numbered_book(cx, n.start, n.end)
        {
            return None;
        }
        return Some(ordinal(cx, n));
    }
    // A range sharing one unit: "2-5%", "2 to 5 per cent", "between 2 and 5 per cent".
    let (n, upper) = range_tail(cx, n);
    // The unit after the second number applies to both.
    let mut last = upper.unwrap_or(n);
    // "40ish dollars", "20-ish km": the writer's "about" between the number and its unit
    // (the glued token tested first: a number is nearly always followed by a space).
    let ish = if cx.attached(last.end) && upper.is_none() {
        super::qualifiers::ish_end(cx, last.end).filter(|&e| cx.near(e) && cx.is_word(e))
    } else {
        None
    };
    if let Some(end) = ish {
        last.end = end;
    }
    let j = last.end;
    let found = age_turned(cx, &last)
        .or_else(|| age_in_apposition(cx, &last))
        .or_else(|| age_at_event(cx, &last))
        .or_else(|| {
            // Asked only after "over"/"under", "as", "of", "was" or "were": kept off every
            // other number.
            (last.start >= 2
                && cx.is_any(
                    last.start - 1,
                    &["over", "under", "as", "of", "was", "were"],
                ))
            .then(|| age::after_word(cx, &last))
            .flatten()
        })
        .filter(|_| upper.is_none())
        .or_else(|| {
            percent_may_follow(cx, j)
                .then(|| percent_suffix(cx, &last, j))
                .flatten()
                .map(|f| super::money::range(cx, f))
        })
        .or_else(|| {
            (!unit_of_time_only(cx, j) && money_may_follow(cx, j))
                .then(|| money_suffix(cx, &last, j))
                .flatten()
                .map(|f| super::money::extend(cx, f))
        })
        .or_else(|| super::money::suffix_word(cx, &last, j))
        .or_else(|| super::money::won(cx, &last, j))
        .or_else(|| super::money::minor_alone(cx, &last, j).map(|f| super::money::range(cx, f)))
        .or_else(|| {
            temperature_may_follow(cx, j)
                .then(|| temperature_suffix(cx, &last, j))
                .flatten()
                .map(|f| super::money::range(cx, f))
        })
        .or_else(|| age_suffix(cx, &n, &last, j))
        .or_else(|| rate::per_round_number(cx, &last, j).filter(|_| upper.is_none()))
        .or_else(|| super::marks::after_number(cx, &last, j).filter(|_| upper.is_none()))
        .or_else(|| {
            (!unit_of_time_only(cx, j))
                .then(|| super::quantities::unit_suffix(cx, &last, j))
                .flatten()
                .map(|f| super::money::range(cx, f))
        })
        .or_else(|| super::points::after_number(cx, &last, j))
        .or_else(|| {
            // Asked only beside "magnitude", "length(s)" or a glued hyphen.
            let near_word = cx.is_any(j, &["-", "magnitude", "length", "lengths"])
                || last.start >= 1 && cx.is_any(last.start - 1, &["magnitude", "-"]);
            near_word
                .then(|| margins::after_number(cx, &last, j))
                .flatten()
        });
    // Rare: the found figure is changed in place, not moved through a match.
    let mut found = found;
    if ish.is_some() {
        found = found.filter(|f| f.kind != "CARDINAL");
        if let Some(f) = found.as_mut() {
            let v = f.detail.value_of();
            if f.detail.extra().qualifier.is_none() {
                super::qualifiers::set(f, "about", 0, v);
            }
        }
    }
    match (found, upper) {
        (Some(mut f), Some(m)) => {
            let max = f.detail.value_of().unwrap_or(m.value);
            let extra = f.detail.extra_mut();
            extra.min = Some(range_low(cx, &n, &m, max));
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
        // "between 200 and 300 people": a range of counts. Only after "between": "200 to
        // 300" may be a change ("from 200 to 300") or a vote ("passed 326 to 203"), and "2-1"
        // a score.
        (None, Some(m))
            if m.value > n.value
                && (n.start > 0 && cx.is(n.start - 1, "between") && cx.is(n.end, "and")
                    || dashed_count_range(cx, &n, &m)
                    || count_range::after_range_word(cx, &n)
                    || count_range::before_group(cx, &n, &m)
                    || decimal_interval(cx, &n, &m)) =>
        {
            let mut d = Detail::default();
            let extra = d.extra_mut();
            extra.min = Some(range_low(cx, &n, &m, m.value));
            extra.max = Some(m.value);
            extra.qualifier = Some("between");
            Some(Found::new(n.start, m.end, "CARDINAL", d))
        }
        (None, _) => {
            // Only the first number: the second is read on its own.
            let n = numbers::parse(cx, i, Context::Plain)?;
            if is_pronoun_one(cx, &n) || names::offer_one(cx, n.start) {
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

/// "5-10 people", "about 20–30 cars", "between 5-10 people": two counts in digits joined by a
/// dash, the second the larger, before the word of what they count (or after a word that makes
/// them approximate). Not a score ("won 2-1", read before), a telephone number ("555-1234") or
/// a pair before a number or a sign ("10-12.5").
#[inline(never)]
fn dashed_count_range(cx: &Cx, n: &Num, m: &Num) -> bool {
    let dash = n.end;
    if !(cx.is_any(dash, &["-", "–"]) && m.start == dash + 1 && n.bare_digits && m.bare_digits) {
        return false;
    }
    let (a, b) = (cx.s(n.start).len(), cx.s(m.start).len());
    if a == 3 && b == 4 || b > a + 1 {
        return false;
    }
    let approximate = n.start > 0
        && cx.near(n.start)
        && cx.is_any(
            n.start - 1,
            &[
                "between",
                "about",
                "around",
                "roughly",
                "approximately",
                "some",
                "perhaps",
            ],
        );
    let counted = cx.near(m.end)
        && cx.is_word(m.end)
        && !cx.capitalised(m.end)
        && !cx.is_any(
            m.end,
            &["and", "or", "to", "in", "on", "at", "of", "for", "with"],
        );
    approximate || counted
}

/// "95% CI 0.71–0.94", "(1.12 to 1.68)": an interval of two decimals, joined by a dash, or by
/// "to" in brackets or after an interval's name ("CI", "IQR", "range"). Not "fell 1.12 to
/// 1.68" (a change and its level) nor whole numbers ("2-1" is a score).
#[inline(never)]
fn decimal_interval(cx: &Cx, n: &Num, m: &Num) -> bool {
    let decimal = |x: &Num| {
        !x.words
            && !x.scaled
            && cx
                .text
                .get(cx.span(x.start, x.end))
                .is_some_and(|t| t.contains('.') && !t.contains(','))
    };
    // "10.30-11.30pm": two clock times written with dots, a time range.
    let clock = |x: &Num| {
        let t = cx.text.get(cx.span(x.start, x.end)).unwrap_or("");
        t.split_once('.').is_some_and(|(h, mm)| {
            mm.len() == 2 && h.parse::<u8>().is_ok_and(|h| h <= 24) && mm < "60"
        })
    };
    // "CI 1.12–1.51": after an interval's name, two decimals are no clock times.
    let named = n.start > 0 && cx.is_any(n.start - 1, &["ci", "cri", "iqr", "interval"]);
    if !(decimal(n) && decimal(m) && m.start == n.end + 1) || clock(n) && clock(m) && !named {
        return false;
    }
    // A spaced hyphen is a minus as often, in a table's columns ("+0.300 - 11.900").
    let dash = cx.is(n.end, "–") || cx.is(n.end, "-") && cx.attached(n.end) && cx.attached(m.start);
    dash || cx.is(n.end, "to")
        && n.start > 0
        && cx.is_any(
            n.start - 1,
            &["(", "[", "ci", "cri", "iqr", "range", "interval"],
        )
}

/// The lower end of a range from `n` to `m`, whose upper end is `max` in the figure's unit:
/// the second number's magnitude applies to the first ("£2-3bn", "between 5 and 10 million
/// dollars", "between 2 and 3 million"), unless that puts the first past the second ("from
/// 500 to 3 million").
fn range_low(cx: &Cx, n: &Num, m: &Num, max: f64) -> f64 {
    let factor = if m.value == 0.0 { 1.0 } else { max / m.value } * numbers::magnitude(cx, m);
    if n.scaled || n.value * factor > max {
        n.value
    } else {
        n.value * factor
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
        super::lower::LowerToken("")
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
    // "the Rwandan one", "a bigger one", "her old one": a determiner and an adjective before it.
    if i >= 2
        && cx.is_word(i - 1)
        // "the number one seed" is a rank.
        && !cx.is_any(i - 1, &["number", "no"])
        && cx.near(i)
        && cx.near(i - 1)
        && cx.is_any(
            i - 2,
            &[
                "the", "a", "an", "this", "that", "another", "each", "every", "any", "no", "its",
                "his", "her", "their", "our", "my", "your",
            ],
        )
    {
        return true;
    }
    let next_is_word = cx.near(i + 1) && cx.is_word(i + 1);
    if next_is_word {
        // "one of the …", "one of them": one member of a group, not a count.
        // "one of only three women", "one of 12 finalists": one member of a group counted.
        if cx.is(i + 1, "of") && cx.near(i + 2) {
            return cx.is_any(i + 2, ONE_OF_GROUP)
                || cx.is_digits(i + 2)
                || cx
                    .word(i + 2)
                    .is_some_and(|w| w.unit.is_some() || w.ten.is_some());
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
    "whom", "which", "many", "several", "few", "this", "that", "only", "just", "some", "about",
    "around", "nearly", "almost", "fewer", "more", "over",
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
        || rank::first_as_adverb(cx, n)
}

/// "third largest", "fourth-largest", "2nd most popular": an ordinal and the superlative it
/// ranks.
fn ordinal(cx: &Cx, n: Num) -> Found {
    let mut end = n.end;
    // "fourth-largest": the superlative joined by a hyphen.
    let at = if hyphen_joined(cx, end) { end + 1 } else { end };
    if cx.near(at) && (at > end || !cx.attached(at)) {
        if cx.is_any(at, &["most", "least"]) && cx.is_word(at + 1) && cx.near(at + 1) {
            end = at + 2;
        } else if is_superlative(cx, at) {
            end = at + 1;
        }
    }
    Found::new(n.start, end, "ORDINAL", Detail::value(n.value))
}

/// A hyphen at `k` joining the words on either side ("fourth-largest", "first-degree").
fn hyphen_joined(cx: &Cx, k: usize) -> bool {
    cx.is(k, "-") && cx.attached(k) && cx.attached(k + 1) && cx.is_word(k + 1)
}

/// A superlative at `k`: "largest", "best", "worst" (not "interest", "protest").
fn is_superlative(cx: &Cx, k: usize) -> bool {
    if !cx.is_word(k) {
        return false;
    }
    let lower = super::lower::lower(cx.s(k));
    lower.len() >= 5
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
}

/// "first-degree murder", "a third-party app", "first-time buyers", "second-hand": an ordinal
/// joined by a hyphen to a word that is neither a superlative it ranks ("fourth-largest"),
/// "most"/"least", nor a place in an order ("ninth-placed", "second-ranked"): a compound
/// adjective, no figure. A place in a count of time or of a sequence stays a rank ("a
/// 12th-minute penalty", "his first-half goal", "a fifth-round tie"), as does any ordinal in
/// digits ("the 89th-minute winner", "5th-grade pupils").
fn in_compound(cx: &Cx, n: &Num) -> bool {
    let k = n.end;
    hyphen_joined(cx, k)
        && n.words
        && cx.word(k + 1).is_none_or(|w| w.time_unit.is_none())
        && !cx.is_any(
            k + 1,
            &[
                "minute",
                "half",
                "round",
                "inning",
                "innings",
                "lap",
                "grade",
                "floor",
                "leg",
                "set",
                "stage",
                "term",
                "generation",
                "tier",
                "division",
            ],
        )
        && !is_superlative(cx, k + 1)
        && !cx.is_any(
            k + 1,
            &[
                "most", "least", "placed", "place", "ranked", "seeded", "seed",
            ],
        )
}

/// "N - M", "N to M", "N or M", "N and M" after "between": the upper number when one follows.
fn range_tail(cx: &Cx, n: Num) -> (Num, Option<Num>) {
    let j = n.end;
    if !cx.near(j) || n.kind != NumKind::Cardinal {
        return (n, None);
    }
    let between = n.start > 0 && cx.is(n.start - 1, "between");
    // "3 or 4 per cent", "5 or 10 km": two guesses at one amount, read as a range when the
    // second is the larger (as "three or four nights" is).
    let or = cx.is(j, "or");
    let connector = cx.is_any(j, &["-", "–", "—", "to"]) || (between && cx.is(j, "and")) || or;
    if !connector || !cx.near(j + 1) {
        return (n, None);
    }
    // "from 3.2m tonnes in 2015 to 4.1m tonnes": a recent year after "in", "since" … is the
    // date of the first level, not a range's low end.
    let year = (1900.0..=2100.0).contains(&n.value)
        && n.end == n.start + 1
        && cx.is_digits(n.start)
        && n.start > 0
        && cx.is_any(n.start - 1, &["in", "since", "during", "until", "by"]);
    if year {
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
                && (m.words == n.words || between && cx.is(j, "and"))
                && (!or || m.value > n.value) =>
        {
            (n, Some(m))
        }
        _ => (n, None),
    }
}

mod age;
pub(crate) mod count_range;
mod country_prefix;
mod currency;
#[cfg(test)]
mod digit_start_gate_tests;
mod gates;
mod margins;
mod names;
mod percent;
mod rank;
pub(in crate::statistics) use rank::labelled_number;
mod rate;
mod score;
#[cfg(test)]
mod suffix_gate_tests;
mod temperature;

use age::{age_at_event, age_in_apposition, age_prefix, age_suffix, age_turned};
pub(super) use currency::{currency_word, name_opens_money};
use currency::{money_prefix, money_suffix};
use gates::{
    money_may_follow, percent_may_follow, score_may_follow, temperature_may_follow,
    unit_of_time_only,
};
pub(super) use names::name_word;
use names::{in_name, plural_of_a_name, title_word};
use percent::{fraction_of_point, percent_prefix, percent_suffix};
use temperature::temperature_suffix;
