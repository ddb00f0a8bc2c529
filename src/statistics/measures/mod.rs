//! Figures with what they count: PERCENT, MONEY, QUANTITY (units, temperatures, ages), and
//! the bare CARDINAL / ORDINAL when nothing else claims the number.

use super::cursor::Cx;
use super::detail::Detail;
use super::numbers::{self, Context, Num, NumKind};
use super::Found;

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
    if let Some(f) = super::money::a_currency(cx, i).or_else(|| super::money::a_slang(cx, i)) {
        return Some(super::money::extend(cx, f));
    }
    if let Some(f) = super::money::fraction_of_amount(cx, i) {
        return Some(f);
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
    if let Some(f) = percent_prefix(cx, i).or_else(|| fraction_of_point(cx, i)) {
        return Some(f);
    }
    if let Some(f) = age_prefix(cx, i).or_else(|| age::decade(cx, i)) {
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
    if score::may_open(&n) {
        if let Some(f) = score::parse(cx, &n).or_else(|| score::results_pair(cx, &n)) {
            return Some(f);
        }
    }
    if n.kind == NumKind::Ordinal {
        if is_set_phrase(cx, &n) || in_compound(cx, &n) {
            return None;
        }
        return Some(ordinal(cx, n));
    }
    // A range sharing one unit: "2-5%", "2 to 5 per cent", "between 2 and 5 per cent".
    let (n, upper) = range_tail(cx, n);
    // The unit after the second number applies to both.
    let last = upper.unwrap_or(n);
    let j = last.end;
    let found = age_turned(cx, &last)
        .or_else(|| age_in_apposition(cx, &last))
        .filter(|_| upper.is_none())
        .or_else(|| percent_suffix(cx, &last, j))
        .or_else(|| money_suffix(cx, &last, j).map(|f| super::money::extend(cx, f)))
        .or_else(|| super::money::suffix_word(cx, &last, j))
        .or_else(|| super::money::won(cx, &last, j))
        .or_else(|| super::money::minor_alone(cx, &last, j).map(|f| super::money::range(cx, f)))
        .or_else(|| temperature_suffix(cx, &last, j).map(|f| super::money::range(cx, f)))
        .or_else(|| age_suffix(cx, &last, j))
        .or_else(|| rate::per_round_number(cx, &last, j).filter(|_| upper.is_none()))
        .or_else(|| super::marks::after_number(cx, &last, j).filter(|_| upper.is_none()))
        .or_else(|| {
            super::quantities::unit_suffix(cx, &last, j).map(|f| super::money::range(cx, f))
        });
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
                    || dashed_count_range(cx, &n, &m)) =>
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

/// A number word written as part of a proper name: "the Second World War", "the First
/// Minister", "in World War Two", "Formula One is". An ordinal counts as a name's word after a
/// lower-case word and before a capitalised one; a cardinal after a run of capitalised words
/// that a lower-case word opens, or that opens a sentence going on in lower case, or between two
/// capitalised words. Not a title-case headline ("Storm Kills Three", "Labour Wins Second
/// Term"), a date ("June Three"), or a line in capitals.
fn in_name(cx: &Cx, n: &Num) -> bool {
    let i = n.start;
    if !(n.words && n.end == i + 1 && i > 0 && cx.near(i) && title_word(cx, i)) {
        return false;
    }
    let lower_word = |k: usize| cx.is_word(k) && !cx.capitalised(k);
    if n.kind == NumKind::Ordinal {
        // "The Third Reich fell": after a capitalised "The" opening a sentence, the name must
        // run into lower-case words, as a headline's words do not.
        let opens = lower_word(i - 1)
            || cx.is(i - 1, "the") && cx.sentence_start(i - 1) && {
                let mut k = i + 1;
                while cx.near(k) && title_word(cx, k) {
                    k += 1;
                }
                cx.near(k) && lower_word(k)
            };
        return opens && cx.near(i + 1) && title_word(cx, i + 1);
    }
    let mut k = i;
    while k > 0 && cx.near(k) && !cx.sentence_start(k) && name_word(cx, k - 1) {
        k -= 1;
    }
    // "Pick Six Newsletter", "the Big Four Accounting firms": between two words of a name, a
    // number above one before a singular word is a word of the name (a count of two or more
    // counts a plural: "Storm Kills Three People").
    let inside = n.value >= 2.0
        && cx.near(i + 1)
        && name_word(cx, i + 1)
        && !cx.s(i + 1).ends_with('s')
        && !cx.is_any(i + 1, PLURALS_WITHOUT_S);
    k < i
        && (k > 0 && cx.near(k) && !cx.sentence_start(k) && lower_word(k - 1)
            || cx.sentence_start(k) && cx.near(i + 1) && lower_word(i + 1)
            || inside)
}

/// Plural nouns with no "s" that a count comes before in a title-case headline ("Storm Kills
/// Three People", "Fire Kills Two Children").
const PLURALS_WITHOUT_S: &[&str] = &[
    "people",
    "children",
    "men",
    "women",
    "police",
    "feet",
    "teeth",
    "mice",
    "geese",
    "sheep",
    "fish",
    "deer",
    "cattle",
    "aircraft",
    "personnel",
    "staff",
    "crew",
];

/// A word written with a capital and then lower-case letters ("War", not "WAR" or "war").
fn title_word(cx: &Cx, k: usize) -> bool {
    let mut chars = cx.s(k).chars();
    cx.is_word(k)
        && chars.next().is_some_and(char::is_uppercase)
        && chars.all(|c| !c.is_uppercase())
}

/// "737s", "A380s": the plural of a model's name, not a count. Decades ("the 1990s", "in
/// their 30s") end in a zero and are read as dates and ages.
#[inline(never)]
fn plural_of_a_name(cx: &Cx, n: &Num) -> bool {
    n.bare_digits
        && n.end == n.start + 1
        && cx.s(n.start).len() >= 3
        && !cx.s(n.start).ends_with('0')
        && cx.s(n.end) == "s"
        && cx.attached(n.end)
}

/// A word of a name: written in title case and no month or weekday ("War", "Stokes", not
/// "June" or "Monday").
pub(super) fn name_word(cx: &Cx, k: usize) -> bool {
    title_word(cx, k)
        && cx
            .word(k)
            .is_none_or(|w| w.month.is_none() && w.weekday.is_none())
}

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
    } else if let Some(e) = basis_points(cx, j) {
        // "150 basis points", "25bp": hundredths of a percentage point.
        let d = Detail::value(n.value / 100.0).with_unit("pp");
        return Some(Found::new(n.start, e, "PERCENT", d));
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

/// "basis points", "basis point", and "bp"/"bps" attached or in lower case ("25bp", "50 bps";
/// "BP" spaced is the oil company): the end of the unit at `j`.
fn basis_points(cx: &Cx, j: usize) -> Option<usize> {
    if cx.is(j, "basis") && cx.near(j + 1) && cx.is_any(j + 1, &["points", "point"]) {
        return Some(j + 2);
    }
    let written = cx.s(j);
    (matches!(written, "bp" | "bps" | "bpts") || cx.attached(j) && cx.is_any(j, &["bp", "bps"]))
        .then_some(j + 1)
}

/// "a quarter of a percentage point", "half a percentage point", "three-quarters of a point":
/// a fraction of a percentage point.
fn fraction_of_point(cx: &Cx, i: usize) -> Option<Found> {
    // The cheap test first: this is tried wherever a figure may start.
    if !(i + 2..i + 7).any(|k| cx.is(k, "point")) {
        return None;
    }
    let (value, a) = if cx.is(i, "half") {
        (0.5, i + 1)
    } else {
        let n = numbers::parse(cx, i, Context::Plain)?;
        if !(n.value > 0.0 && n.value < 1.0 && cx.is(n.end, "of") && cx.near(n.end)) {
            return None;
        }
        (n.value, n.end + 1)
    };
    if !(cx.is(a, "a") && cx.near(a) && cx.near(a + 1)) {
        return None;
    }
    let mut e = a + 1;
    if cx.is(e, "percentage") && cx.near(e + 1) {
        e += 1;
    }
    if !cx.is(e, "point") {
        return None;
    }
    Some(Found::new(
        i,
        e + 1,
        "PERCENT",
        Detail::value(value).with_unit("pp"),
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

mod age;
mod currency;
mod rank;
mod rate;
mod score;
mod temperature;

use age::{age_in_apposition, age_prefix, age_suffix, age_turned};
pub(super) use currency::{currency_word, name_opens_money};
use currency::{money_prefix, money_suffix};
use temperature::temperature_suffix;
