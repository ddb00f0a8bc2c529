//! Years: where the context says a number is one ("in 2019", "the 1990s", "2017 q1"); years of
//! an era are in `eras.rs`.

use super::numeric::split_year;
use super::year_names;
use super::{quarter_code, year_at};
use crate::statistics::calendar::When;
use crate::statistics::cursor::Cx;
use crate::statistics::dates::{Cat, DatePhrase};
use crate::statistics::starts::holiday_only;
use crate::statistics::words::PERCENT_WORDS;
use crate::statistics::{lexicon, measures};

/// A year where the context says it is one: "in 2019", "since 1998", "the year 2008",
/// "2017 q1", "1990s". A bare four-digit number elsewhere is left to the number grammar.
pub(in crate::statistics::dates) fn year_atom(cx: &Cx, i: usize) -> Option<DatePhrase> {
    if super::context_years::page_number(cx, i) {
        return None;
    }
    // Decades and centuries: "1990s", "1990 s", "1800s".
    if cx.is_digits(i)
        && cx.s(i).len() == 4
        && cx.s(i).ends_with('0')
        && cx.is(i + 1, "s")
        && cx.near(i + 1)
        && !cx.is_word(i + 2) | !cx.attached(i + 2)
    {
        let y: i32 = cx.s(i).parse().ok()?;
        // "1000s of fans" is a vague count, not the decade 1000–1009.
        if y < 1100 {
            return None;
        }
        // "the 1800s" is a century; "the 2000s" is read as the decade it mostly names.
        let when = if y % 100 == 0 && (1100..2000).contains(&y) {
            When::Century(y / 100)
        } else {
            When::Decade(y)
        };
        return Some(DatePhrase::new(i, i + 2, Cat::Date, when));
    }
    // "the 1930's", "1990’s": the decade with an apostrophe before its "s".
    if cx.is_digits(i)
        && cx.s(i).len() == 4
        && cx.s(i).ends_with('0')
        && cx.is_any(i + 1, &["'", "’"])
        && cx.attached(i + 1)
        && cx.is(i + 2, "s")
        && cx.attached(i + 2)
        && !(cx.is_word(i + 3) && cx.attached(i + 3))
    {
        let y: i32 = cx.s(i).parse().ok()?;
        if (1100..2100).contains(&y) {
            return Some(DatePhrase::new(i, i + 3, Cat::Date, When::Decade(y)));
        }
    }
    if let Some(p) = two_digit_decade(cx, i).or_else(|| fiscal_year_code(cx, i)) {
        return Some(p);
    }
    if let Some(p) = split_year(cx, i) {
        return Some(p);
    }
    if let Some(p) = cited_year(cx, i).or_else(|| super::context_years::context_year(cx, i)) {
        return Some(p);
    }
    let (y, mut end) = year_at(cx, i)?;
    // "2017 q1", "2019-H2".
    if let Some((q, e)) = quarter_code(
        cx,
        if cx.is(end, "-") && cx.attached(end) {
            end + 1
        } else {
            end
        },
    ) {
        if cx.near(end) {
            return Some(DatePhrase::new(
                i,
                e,
                Cat::Date,
                When::Quarter { y: Some(y), q },
            ));
        }
    }
    let prev_ok = i > 0
        && cx.is_any(
            i - 1,
            &[
                "in",
                "since",
                "by",
                "until",
                "till",
                "through",
                "from",
                "during",
                "of",
                "year",
                "before",
                "after",
                "early",
                "late",
                "mid",
                "between",
                "circa",
                "c",
                "around",
                "summer",
                "winter",
                "spring",
                "autumn",
                "fall",
                "than",
                "fy",
                "fiscal",
                "cy",
                "for",
                "election",
                "season",
                "budget",
                "census",
                "q1",
                "q2",
                "q3",
                "q4",
                "end",
                "beginning",
                "start",
                "©",
                "copyright",
            ],
        );
    // The second year of a range ("2014-2018", "2014 to 2018"), or the first one.
    let joined_before = i >= 2
        && cx.is_any(i - 1, &["-", "–", "to", "and", "through", "~", "or"])
        && year_at(cx, i - 2).is_some();
    let joined_after = cx.near(end)
        && cx.is_any(end, &["-", "–", "to", "through", "~"])
        && year_at(cx, end + 1).is_some_and(|(y2, _)| y2 > y)
        // "2012-13", and "(1892 – 94)" with a space on each side of the dash.
        || (cx.is_any(end, &["-", "–"])
            && cx.near(end)
            && cx.near(end + 1)
            && cx.attached(end) == cx.attached(end + 1)
            && cx.is_digits(end + 1)
            && cx.s(end + 1).len() == 2
            && cx.s(end + 1).parse::<i32>().is_ok_and(|yy| {
                let full = y / 100 * 100 + yy;
                full > y && full - y <= 10
            }));
    let modifier = year_modifier(cx, i, end)
        || event_year(cx, i, y)
        || year_names::dates_a_name(cx, i, end, y);
    let by_what_follows = || year_by_what_follows(cx, end, y);
    // "In 2019 sales rose", "by 2030 emissions must halve", "up three points on 2019": after a
    // preposition of time or comparison a number that reads as a recent year and is no round
    // count is the year, whatever follows; so after "fiscal" ("its fiscal 1997 first quarter")
    // and "due" (a bond's maturity: "notes due 2001").
    let plain_year = i > 0
        && cx.is_any(
            i - 1,
            &[
                "in", "since", "by", "until", "till", "through", "during", "before", "after",
                "circa", "on", "against", "versus", "vs", "into", "fiscal", "fy", "due",
            ],
        )
        && ((1900..=2100).contains(&y) || (1000..1900).contains(&y) && !counted_after(cx, end))
        && y % 100 != 0
        // "5% below 2019 levels", "12% above 2020": a percentage measured against a year.
        || i > 1
            && cx.is_any(i - 1, &["below", "above"])
            && cx.is_any(i - 2, PERCENT_WORDS)
            && (1900..=2100).contains(&y);
    let prev_ok = prev_ok
        || joined_before
        || joined_after
        || modifier
        || plain_year
        || by_what_follows()
        || year_as_subject(cx, i, end, y);
    let next_ok = !cx.near(end)
        || cx.is_any(end, &[",", ".", ";", ")", ":", "and", "or", "to", "-", "–"])
        || cx.gap(end) >= crate::statistics::tokens::Gap::Line;
    if !prev_ok && !(next_ok && (i == 0 || cx.sentence_start(i))) {
        return None;
    }
    // "in 2000 pieces" / "by 1500 people": a count, not a year.
    if !modifier
        && !plain_year
        && cx.near(end)
        && cx.is_word(end)
        && !cx.is_any(
            end,
            &[
                "and", "or", "to", "through", "till", "until", "the", "a", "an", "it", "he", "she",
                "they", "we", "i", "there", "this", "that", "when", "as", "its", "his", "her",
                "their", "was", "were", "is", "had", "has", "alone", "onwards", "onward",
                "compared", "while", "but", "after", "before", "at", "on", "in", "with", "for",
                "against", "than", "by", "from", "versus", "vs",
            ],
        )
        && !by_what_follows()
        && !year_as_subject(cx, i, end, y)
    {
        let w = cx.word(end);
        let date_word =
            w.is_some_and(|w| w.month.is_some() || w.weekday.is_some() || w.time_unit.is_some());
        if !date_word && !cx.capitalised(end) {
            return None;
        }
    }
    if cx.is(end, "s") && cx.attached(end) {
        end += 1;
    }
    Some(a_year(i, end, y))
}

/// "(Smith, 2010)", "Quilis (1964) showed", "Brown et al., 2012a;", "see Jones 2008)": the year
/// of an author–year citation, a date and not a count. It follows an author's name (a word in
/// title case or capitals, not a sentence's first) or "et al.", directly, after a comma or in
/// a bracket opened after the name, or another cited year and a comma ("Smith, 2010, 2012");
/// a letter may tell apart one author's works of a year ("2012a"); a bracket, semicolon, colon
/// (a page: "2000: 103") or comma closes it. A year between commas after a place ("Paris, 1998,
/// was") reads the same and is a date too.
#[inline(never)]
fn cited_year(cx: &Cx, i: usize) -> Option<DatePhrase> {
    if !(cx.is_digits(i) && cx.s(i).len() == 4 && i > 0 && cx.near(i)) {
        return None;
    }
    let y: i32 = cx.s(i).parse().ok()?;
    if !(1500..=2099).contains(&y) {
        return None;
    }
    let mut end = i + 1;
    if cx.attached(end) && cx.is_word(end) && cx.s(end).len() == 1 {
        if !cx.s(end).bytes().all(|b| b.is_ascii_lowercase()) {
            return None;
        }
        end += 1;
    } else if cx.attached(end) && (cx.is_word(end) || cx.is_digits(end)) {
        return None;
    }
    if !(cx.near(end) && matches!(cx.punct(end), Some(b')' | b']' | b';' | b':' | b','))) {
        return None;
    }
    // "2000: 103" is a page; "2000:30" would be a clock.
    if cx.is(end, ":") && cx.attached(end + 1) {
        return None;
    }
    let author = |k: usize| {
        !cx.sentence_start(k)
            && (crate::statistics::measures::name_word(cx, k)
                || super::context_years::mc(cx, k)
                || {
                    let w = cx.s(k);
                    cx.is_word(k) && w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase())
                })
            && cx
                .word(k)
                .is_none_or(|w| w.currency.is_none() && w.measure.is_none() && !w.starter)
            || k >= 1 && cx.is(k, ".") && cx.is(k - 1, "al")
            || k >= 1 && cx.is(k, "s") && cx.is_any(k - 1, &["'", "’"]) && k >= 2 && {
                crate::statistics::measures::name_word(cx, k - 2)
            }
    };
    let k = i - 1;
    let cited = if cx.is(k, ",") && k >= 1 {
        author(k - 1)
            || cx.is_digits(k - 1)
                && cx.s(k - 1).len() == 4
                && k >= 2
                && cited_year(cx, k - 1).is_some()
    } else if cx.is_any(k, &["(", "["]) && cx.attached(i) && k >= 1 {
        author(k - 1)
    } else {
        author(k)
    };
    cited.then(|| a_year(i, end, y))
}

/// Whether the word at `j` says that the number before it counts something: a plural noun
/// ("in 1500 words"), a unit or a scale. An older year after "in" is followed by anything else
/// ("in 1733 gave him", "in 1859 proclaimed").
fn counted_after(cx: &Cx, j: usize) -> bool {
    if !(cx.near(j) && cx.is_word(j)) {
        return false;
    }
    // "1500m", "1800ft": a unit run on.
    if cx.attached(j) {
        return true;
    }
    if cx.word(j).is_some_and(|w| {
        w.measure.is_some() || w.currency.is_some() || w.scale.is_some() || w.time_unit.is_some()
    }) {
        return true;
    }
    let lower = cx.lower(j);
    let w = lower.as_str();
    matches!(w, "people" | "men" | "women" | "children")
        || w.len() > 3
            && w.ends_with('s')
            && !(w.ends_with("ss") || w.ends_with("us") || w.ends_with("is"))
            && !cx.capitalised(j)
}

/// "2016's Star Trek", "2009’s film" (a count has no possessive), "a 2015 or older laptop",
/// "from 2012 or later", "above 2019 levels": what follows a recent year says it is one.
#[inline(never)]
fn year_by_what_follows(cx: &Cx, end: usize, y: i32) -> bool {
    (1900..=2100).contains(&y)
        && (cx.is_any(end, &["'", "’"])
            && cx.attached(end)
            && cx.is(end + 1, "s")
            && cx.attached(end + 1)
            && !(cx.attached(end + 2) && cx.is_word(end + 2))
            || cx.is(end, "or")
                && cx.near(end)
                && cx.near(end + 1)
                && cx.is_any(end + 1, &["older", "earlier", "later", "newer"])
            || cx.is(end, "levels") && cx.near(end))
}

/// "2024 was the hottest year on record", "2023 saw a record 1,200 crossings", "2026 will be
/// tougher": a recent year opening a sentence as the subject of a verb a year takes is that
/// year (a count that opens a sentence is written in words), and so after a verb of report
/// ("said 2025 was"). Not "2,024 was" (a comma) nor a round hundred ("1900 was paid").
#[inline(never)]
fn year_as_subject(cx: &Cx, i: usize, end: usize, y: i32) -> bool {
    (1900..=2100).contains(&y)
        && y % 100 != 0
        && (i == 0 || cx.sentence_start(i) || reported(cx, i))
        && cx.near(end)
        && cx.is_any(
            end,
            &[
                "was", "is", "will", "has", "had", "saw", "sees", "marked", "marks", "brought",
                "began", "ended", "proved",
            ],
        )
}

/// "The Met Office said 2025 was", "data showed 2024 was", "found that 2023 was": a reported
/// clause opens at the year, as a sentence does.
fn reported(cx: &Cx, i: usize) -> bool {
    const REPORTS: &[&str] = &["said", "says", "found", "showed", "shows", "confirmed"];
    let k = if cx.is(i - 1, "that") { i - 1 } else { i };
    k >= 2 && cx.is_any(k - 1, REPORTS) && cx.near(k) && cx.near(k - 1) && !cx.capitalised(k - 1)
}

/// The year `y` written at tokens `start..end`.
fn a_year(start: usize, end: usize, y: i32) -> DatePhrase {
    DatePhrase::new(
        start,
        end,
        Cat::Date,
        When::Date {
            y: Some(y),
            m: None,
            d: None,
        },
    )
}

/// A fiscal year written as companies code it: "FY24", "FY 2024", "FY2024/25". Two digits are
/// of the 2000s. The span opens at "FY".
fn fiscal_year_code(cx: &Cx, i: usize) -> Option<DatePhrase> {
    if !(i > 0 && cx.s(i - 1) == "FY" && cx.near(i) && cx.is_digits(i)) {
        return None;
    }
    let s = cx.s(i);
    let y: i32 = match s.len() {
        2 => 2000 + s.parse::<i32>().ok()?,
        4 => s.parse().ok().filter(|y| (1900..=2099).contains(y))?,
        _ => return None,
    };
    // "FY2024/25", "FY23-24": both years, as for "the 2023/24 season", when the second is the
    // next one (a second of four digits or the last two).
    let mut end = i + 1;
    let mut next = false;
    if cx.is_any(end, &["/", "-"])
        && cx.attached(end)
        && cx.is_digits(end + 1)
        && cx.attached(end + 1)
    {
        let (s2, n2) = (cx.s(end + 1), cx.s(end + 1).parse::<i32>().unwrap_or(0));
        next = s2.len() == 4 && n2 == y + 1 || s2.len() == 2 && n2 == (y + 1) % 100;
        end += 2;
    }
    if cx.attached(end) && (cx.is_digits(end) || cx.is_word(end)) {
        return None;
    }
    let mut p = a_year(i - 1, end, y);
    if next {
        p.until = Some(a_year(i - 1, end, y + 1).when);
        p.qualifier = Some("between");
    }
    Some(p)
}

/// A decade in two digits: "the '70s", "the ’80s", "the late 90s", "the mid-60s". The
/// apostrophe or "the" (perhaps with "early", "late", "mid") says it is a decade, not an age
/// ("in their 70s") or a count. '20 to '90 are of the 1900s, '00 and '10 of the 2000s.
fn two_digit_decade(cx: &Cx, i: usize) -> Option<DatePhrase> {
    let s = cx.s(i);
    if !(cx.is_digits(i)
        && s.len() == 2
        && s.ends_with('0')
        && cx.is(i + 1, "s")
        && cx.attached(i + 1))
        || cx.is_word(i + 2) && cx.attached(i + 2)
        // "in the 30s°F": a temperature.
        || cx.attached(i + 2) && cx.is_any(i + 2, &["°", "º"])
    {
        return None;
    }
    let apostrophe = i > 0 && cx.is_any(i - 1, &["'", "’", "‘"]) && cx.attached(i);
    let mut k = if apostrophe { i - 1 } else { i };
    // "mid-60s": the hyphen joins "mid" to the decade.
    if k >= 2 && cx.is(k - 1, "-") && cx.attached(k) && cx.attached(k - 1) && cx.is(k - 2, "mid") {
        k -= 2;
    } else if k >= 1 && cx.is_any(k - 1, &["early", "late", "mid"]) {
        k -= 1;
    }
    let the = k >= 1 && cx.is(k - 1, "the") && cx.near(k);
    if !(apostrophe || the) {
        return None;
    }
    let yy: i32 = s.parse().ok()?;
    let y = if yy >= 20 { 1900 + yy } else { 2000 + yy };
    let start = if apostrophe { i - 1 } else { i };
    Some(DatePhrase::new(start, i + 2, Cat::Date, When::Decade(y)))
}

/// "Euro 2024", "Expo 2020", "the World Cup 2026", "the Paris Olympics 2024": a year
/// (1900–2100) right after the capitalised name of an event held in it, a date whatever
/// follows ("Euro" is no euro here: the money grammar reads a singular "euro" before digits as
/// nothing).
fn event_year(cx: &Cx, i: usize, y: i32) -> bool {
    const EVENTS: &[&str] = &[
        "euro",
        "expo",
        "cup",
        "olympics",
        "paralympics",
        "games",
        "eurovision",
        "championship",
        "championships",
        "worlds",
    ];
    (1900..=2100).contains(&y)
        && i > 0
        && cx.near(i)
        && !cx.attached(i)
        && cx.capitalised(i - 1)
        && cx.is_any(i - 1, EVENTS)
}

/// "the 2022 budget", "a 2015 study", "its 1999 report", "the 1990 World Cup": a year (1900–2099)
/// between a determiner or a name's word and the singular noun it dates, or two years and the
/// plural ("the 2015 and 2019 elections"). A count there takes a plural ("the 2000
/// workers", "the 2000 people"), a unit ("the 1500 metres") or a threshold ("the 2000 mark").
fn year_modifier(cx: &Cx, i: usize, end: usize) -> bool {
    const DETERMINERS: &[&str] = &[
        "the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that",
        "whose",
    ];
    const PLURAL_NOUNS: &[&str] = &[
        "people",
        "men",
        "women",
        "children",
        "police",
        "staff",
        "cattle",
        "personnel",
        "feet",
        "sheep",
        "fish",
        "deer",
        "crew",
        "strong",
    ];
    const THRESHOLDS: &[&str] = &[
        "mark",
        "level",
        "levels",
        "barrier",
        "threshold",
        "point",
        "points",
        "figure",
        "milestone",
        "limit",
        "line",
        "total",
        "number",
        "range",
        "plus",
        "or",
        "odd",
        "-",
        // No noun follows: "the 2000 were sent home", "the 1900 who stayed".
        "were",
        "was",
        "are",
        "is",
        "had",
        "have",
        "has",
        "who",
        "which",
        "that",
        "of",
        "in",
        "on",
        "at",
        "to",
        "and",
        "with",
        "will",
        "would",
        "could",
        "can",
        "did",
        "do",
        "remaining",
    ];
    // A noun after the year (or after a second year joined by a word, "and 2019 elections")
    // is needed below: before a mark ("in 2004,", "2028.") there is none, and nothing else is
    // asked (~300 instructions a year there).
    if !cx.is_word(end) {
        return false;
    }
    let year = |k: usize| {
        cx.is_digits(k)
            && cx.s(k).len() == 4
            && cx
                .s(k)
                .parse::<i32>()
                .is_ok_and(|y| (1900..=2099).contains(&y))
    };
    // "the 2015 and 2019 elections": two years date one plural noun.
    let joined = |k: usize| cx.is_any(k, &["and", "or"]) && cx.near(k);
    let (first, end, paired) = if joined(end) && year(end + 1) && cx.near(end + 1) {
        (i, end + 2, true)
    } else if i >= 3 && joined(i - 1) && year(i - 2) {
        (i - 2, end, true)
    } else {
        (i, end, false)
    };
    // "the Tokyo 2020 Olympics", "the Euro 2024 final": a name's word dates the noun as well,
    // one that opens only a holiday's name too ("Europe", of "Europe Day").
    let named = |k: usize| {
        let name_role = |w: &lexicon::Word| {
            holiday_only(w) || w.currency.is_none() && w.measure.is_none() && !w.starter
        };
        measures::name_word(cx, k) && !cx.sentence_start(k) && cx.word(k).is_none_or(name_role)
    };
    if !(year(i)
        && first > 0
        && (cx.is_any(first - 1, DETERMINERS) || named(first - 1))
        && cx.near(first))
    {
        return false;
    }
    if !(cx.near(end) && cx.is_word(end)) || cx.attached(end) {
        return false;
    }
    if cx.is_any(end, PLURAL_NOUNS) || cx.is_any(end, THRESHOLDS) {
        return false;
    }
    if cx.word(end).is_some_and(|w| {
        w.measure.is_some() || w.currency.is_some() || w.scale.is_some() || w.time_unit.is_some()
    }) {
        return false;
    }
    let lower = cx.lower(end);
    let w = lower.as_str();
    let plural = w.len() > 3
        && w.ends_with('s')
        && !(w.ends_with("ss") || w.ends_with("us") || w.ends_with("is") || w == "series");
    paired || !plural || cx.capitalised(end)
}
