//! Durations: "three years", "half an hour", "2 years 1 month 21 days" (measured from a point
//! in `duration_anchor`).

use super::duration_counts::{
    count_range, fraction_of_unit, many_of_units, minutes_seconds, modifier_then_unit, odd_or_plus,
    on_weekday, quarter_of_a_unit,
};
use super::{Cat, DatePhrase};
use crate::statistics::calendar::{duration_iso, When};
use crate::statistics::cursor::Cx;
use crate::statistics::lexicon::TimeUnit;
use crate::statistics::numbers::{self, Context, NumKind};
use crate::statistics::words::PERCENT_WORDS;

/// The words `duration` reads at its start besides a number (which `fraction_of_unit` reads
/// too, with "quarter"): "all day", "a few weeks", "several days", "half an hour", "an hour".
pub(in crate::statistics) const OPENING_WORDS: &[&str] = &[
    "all", "a", "an", "few", "several", "some", "couple", "many", "half", "quarter",
];

/// "three years", "3 minutes", "2.5 hours", "one and a half hours", "½ hour", "3h",
/// "half an hour", "a few days", "all day", "2 years 1 month 21 days".
pub fn duration(cx: &Cx, i: usize) -> Option<DatePhrase> {
    if let Some(p) = unit_long(cx, i).or_else(|| minutes_seconds(cx, i)) {
        return Some(p);
    }
    let lower = cx.lower(i);
    // "all day", "all week".
    if lower == "all"
        && cx.near(i + 1)
        && cx.is_any(
            i + 1,
            &[
                "day",
                "week",
                "month",
                "year",
                "night",
                "weekend",
                "morning",
                "afternoon",
                "evening",
            ],
        )
    {
        let mut p = DatePhrase::new(i, i + 2, Cat::Duration, When::Nothing);
        if let Some(u) = cx.word(i + 1).and_then(|w| w.time_unit) {
            p.duration = Some(duration_iso(1.0, u));
        }
        return Some(p);
    }
    // "few hours", "a few days", "several weeks", "some days", "a couple of weeks".
    let vague_end = {
        let mut k = i;
        if cx.is(k, "a") && cx.is_any(k + 1, &["few", "couple"]) {
            k += 1;
        }
        if cx.is_any(k, &["few", "several", "some", "couple", "many"]) && cx.near(k + 1) {
            k += 1;
            if cx.is(k, "of") {
                k += 1;
            } else if cx.word(k).is_some_and(|w| w.scale.is_some()) && cx.near(k + 1) {
                // "a few hundred years", "several thousand years": a vague count of a scale.
                k += 1;
            }
            cx.word(k).filter(|w| w.time_unit_plural).map(|_| k + 1)
        } else {
            None
        }
    };
    let vague_end = vague_end.or_else(|| many_of_units(cx, i));
    if let Some(end) = vague_end {
        if cx.is(i, "some") && !cx.is_any(end, &["ago", "later", "earlier"]) {
            // "some days" is vague enough to skip unless it anchors a date.
        }
        return Some(DatePhrase::new(i, end, Cat::Duration, When::Nothing));
    }
    // "half an hour", "half hour", "half a day"; "a half hour", "a half-hour", "half-day":
    // the article before "half" stands for the one half, inside as for "a dozen".
    let half = if lower == "a" && cx.is(i + 1, "half") && cx.near(i + 1) {
        Some(i + 1)
    } else {
        (lower == "half").then_some(i)
    };
    if let Some(h) = half.filter(|&h| cx.near(h + 1)) {
        let hyphen = cx.is(h + 1, "-") && cx.attached(h + 1) && cx.attached(h + 2);
        // "half-an-hour", "a half-a-day trip": the article hyphenated in too.
        let hyphened_article = hyphen
            && cx.is_any(h + 2, &["an", "a"])
            && cx.is(h + 3, "-")
            && cx.attached(h + 3)
            && cx.attached(h + 4);
        // "half an hour" (the article after "half" only without one before), "half-hour".
        let skip = hyphen || cx.is_any(h + 1, &["an", "a"]) && cx.near(h + 2) && h == i;
        let at = if hyphened_article {
            h + 4
        } else if skip {
            h + 2
        } else {
            h + 1
        };
        // The article and the hyphen only before the units of a day: a "half-year" and a
        // "half-term" are periods with names, a "half-century" fifty runs as often as years.
        let new_form = hyphen || h != i;
        let u = cx
            .word(at)
            .filter(|w| !w.time_unit_plural)
            .and_then(|w| w.time_unit)
            .filter(|u| {
                !new_form
                    || matches!(
                        u,
                        TimeUnit::Second | TimeUnit::Minute | TimeUnit::Hour | TimeUnit::Day
                    )
            });
        match u {
            Some(u) => {
                let mut p = DatePhrase::new(i, at + 1, Cat::Duration, When::Nothing);
                p.duration = Some(duration_iso(0.5, u));
                return Some(p);
            }
            None if h == i => return None,
            None => {}
        }
    }
    // "a quarter of an hour", "3/4 of an hour", "three-quarters of a day": a fraction of one
    // unit.
    if let Some(p) = fraction_of_unit(cx, i) {
        return Some(p);
    }
    // "a year", "an hour": only as the start of an anchored phrase ("a year ago").
    // "a hundred years", "a dozen days", "a quarter century" are counts like "100 years" (the
    // number reads its article); "a year" is one unit, read as the article alone.
    let unit_after_article = cx.is_any(i, &["a", "an"])
        && cx.near(i + 1)
        && cx.word(i + 1).is_some_and(|w| w.time_unit.is_some())
        && !quarter_of_a_unit(cx, i + 1);
    // "a full year", "an extra hour", "a whole week": one unit said to be whole or more, a
    // length by its form (no anchor needed), the article and the word inside.
    let modified = cx.is_any(i, &["a", "an"]) && cx.near(i + 1) && modifier_then_unit(cx, i + 1);
    let (amount, mut k, article) = if modified {
        (1.0, i + 2, true)
    } else if unit_after_article {
        (1.0, i + 1, true)
    } else {
        let n = numbers::parse(cx, i, Context::Plain)?;
        if n.kind != NumKind::Cardinal || n.value < 0.0 {
            return None;
        }
        // The article must be the number's own ("a hundred"), not one before it ("a 10-minute
        // walk" is read from "10"); "a half century" is a cricket score as often as fifty
        // years: only "a quarter" of the fractions an article opens.
        if cx.is_any(i, &["a", "an"]) && (n.start != i || n.value < 1.0 && n.value != 0.25) {
            return None;
        }
        if let Some(p) = count_range(cx, &n) {
            return Some(p);
        }
        let mut k = n.end;
        let mut value = n.value;
        // "5 and a half minutes": digits and a half.
        if cx.is(k, "and")
            && cx.is_any(k + 1, &["a", "an"])
            && cx.is(k + 2, "half")
            && cx.near(k + 3)
            && cx.word(k + 3).is_some_and(|w| w.time_unit.is_some())
        {
            value += 0.5;
            k += 3;
        } else if cx.is(k, "and") && cx.near(k + 1) {
            // "one and three-quarter hours", "two and a quarter days": a fraction the number
            // grammar left after "and", then the unit.
            let fraction = numbers::parse(cx, k + 1, Context::Plain).filter(|f| {
                f.start == k + 1
                    && f.value > 0.0
                    && f.value < 1.0
                    && cx.near(f.end)
                    && cx.word(f.end).is_some_and(|w| w.time_unit.is_some())
            });
            // "one and quarter hour", "two and half of hours": the fraction word alone.
            let unit_at = |j: usize| {
                cx.near(j) && cx.word(j).is_some_and(|w| w.time_unit.is_some())
                    || cx.is(j, "of")
                        && cx.near(j + 1)
                        && cx.word(j + 1).is_some_and(|w| w.time_unit.is_some())
            };
            let bare = match cx.lower(k + 1).as_str() {
                "half" => Some(0.5),
                "quarter" => Some(0.25),
                _ => None,
            }
            .filter(|_| unit_at(k + 2));
            if let Some(f) = fraction {
                value += f.value;
                k = f.end;
            } else if let Some(f) = bare {
                value += f;
                k += 2;
            }
        }
        // "one-and-a-half hours", "two-and-a-half years": the same, hyphenated; the unit
        // hyphenated too in "a three-and-a-half-hour wait".
        if cx.is(k, "-")
            && cx.is(k + 1, "and")
            && cx.is(k + 2, "-")
            && cx.is_any(k + 3, &["a", "an"])
            && cx.is(k + 4, "-")
            && cx.is(k + 5, "half")
            && (k..k + 6).all(|j| cx.attached(j))
            && cx.near(k + 6)
            && (cx.word(k + 6).is_some_and(|w| w.time_unit.is_some())
                || cx.is(k + 6, "-")
                    && cx.attached(k + 6)
                    && cx.attached(k + 7)
                    && cx.word(k + 7).is_some_and(|w| w.time_unit.is_some()))
        {
            value += 0.5;
            k += 6;
        }
        // "one and a quarter of hour", "two and three quarters of hours".
        if value.fract() != 0.0
            && cx.is(k, "of")
            && cx.near(k + 1)
            && cx.word(k + 1).is_some_and(|w| w.time_unit.is_some())
        {
            k += 1;
        }
        (value, k, false)
    };
    if !(cx.near(k) || (cx.attached(k) && !article)) {
        return None;
    }
    let odd_or_plus = odd_or_plus(cx, k).filter(|_| !article);
    if odd_or_plus.is_some() {
        k += 2;
    } else if cx.is(k, "-") && cx.attached(k) && cx.attached(k + 1) {
        // "15-minute", "three-year".
        k += 1;
    }
    // "5+ years", "10+ hours": a "+" glued on the digits and a space before the unit is "or
    // more" (as "50k+" is for a figure); not "2+2", nor a "+" spaced off ("5 + 3 days").
    let or_more = !article
        && cx.is(k, "+")
        && cx.attached(k)
        && cx.is_digits(k - 1)
        && cx.near(k + 1)
        && !cx.attached(k + 1);
    if or_more {
        k += 1;
    }
    // "the 5 upcoming years", "the 10 previous weeks".
    if !article
        && cx.is_any(
            k,
            &[
                "upcoming",
                "next",
                "past",
                "previous",
                "last",
                "coming",
                "following",
            ],
        )
        && cx.near(k + 1)
    {
        if let Some(u) = cx
            .word(k + 1)
            .filter(|w| w.time_unit_plural)
            .and_then(|w| w.time_unit)
        {
            let mut p = DatePhrase::new(i, k + 2, Cat::Date, When::Nothing);
            p.duration = Some(duration_iso(amount, u));
            return Some(p);
        }
    }
    // "two upcoming weeks", "3 coming days", "two past years", "four previous quarters": a
    // count of the units after or before now, as "the next two weeks" is (`relative`).
    if !article && cx.is_any(k, &["upcoming", "coming", "past", "previous"]) && cx.near(k + 1) {
        if let Some(u) = cx.word(k + 1).and_then(|w| w.time_unit) {
            let mut p = DatePhrase::new(i, k + 2, Cat::Date, When::Nothing);
            p.duration = Some(duration_iso(amount, u));
            p.qualifier = Some(if cx.is_any(k, &["past", "previous"]) {
                "last"
            } else {
                "next"
            });
            return Some(p);
        }
    }
    // "2 more minutes", "three extra days", "two fewer years", "three consecutive years",
    // "35 qualifying years", "four full weeks": a word on the amount or on the unit.
    if !article
        && cx.is_any(
            k,
            &[
                "more",
                "extra",
                "additional",
                "further",
                "fewer",
                "less",
                "consecutive",
                "straight",
                "successive",
                "full",
                "whole",
                "long",
                "solid",
                "qualifying",
                // "5 working days", "10 business days", "four calendar months", "30 trading
                // days": the kind of day counted.
                "working",
                "business",
                "calendar",
                "trading",
            ],
        )
        && cx.near(k + 1)
    {
        if let Some(u) = cx
            .word(k + 1)
            .filter(|w| w.time_unit_plural || amount == 1.0)
            .and_then(|w| w.time_unit)
        {
            let mut p = DatePhrase::new(i, k + 2, Cat::Duration, When::Nothing);
            p.duration = Some(duration_iso(amount, u));
            return Some(p);
        }
    }
    let w = cx.word(k)?;
    let unit = w.time_unit?;
    // "almost a quarter of all admissions", "three quarters of voters": a share of a whole,
    // not three months ("a quarter of an hour" is `fraction_of_unit`'s, read above).
    if unit == TimeUnit::Quarter && cx.is(k + 1, "of") {
        return None;
    }
    let written = cx.s(k);
    // "2021 weekend": a year, not two thousand weekends.
    if !w.time_unit_plural && amount >= 1000.0 {
        return None;
    }
    // "3h", "3Y" only attached; "h" alone after a space is not an hour.
    if written.len() == 1 && !(cx.attached(k)) {
        return None;
    }
    if written.eq_ignore_ascii_case("sec") && cx.is(k + 1, ".") {
        // fine
    }
    if cx.is_word(k + 1) && cx.attached(k + 1) {
        return None;
    }
    let mut amount = amount;
    let mut end = k + 1;
    // A duration by its form: "an hour and a half", "a minute and 30 seconds" need no anchor.
    let mut compound = false;
    // "one hour and half", "one year and a quarter".
    if cx.is(end, "and") && cx.near(end + 1) {
        let mut f = end + 1;
        if cx.is_any(f, &["a", "an"]) {
            f += 1;
        }
        if cx.is(f, "half") {
            amount += 0.5;
            end = f + 1;
            compound = true;
        } else if cx.is(f, "quarter") {
            amount += 0.25;
            end = f + 1;
            compound = true;
        }
    }
    let mut iso = duration_iso(amount, unit);
    // "2 years 1 month 21 days", "3 hours 30 minutes".
    let mut extra = 0;
    while extra < 3 && cx.near(end) {
        let mut k2 = end;
        // "1 year, 2 days, 3 hours and 4 seconds".
        if cx.is(k2, ",") && cx.near(k2 + 1) {
            k2 += 1;
        }
        if cx.is(k2, "and") && cx.near(k2 + 1) {
            k2 += 1;
        }
        let Some(n2) = numbers::parse(cx, k2, Context::Plain)
            .filter(|n| n.kind == NumKind::Cardinal && n.start == k2)
        else {
            break;
        };
        let u2 = n2.end;
        let Some(unit2) = cx
            .word(u2)
            .filter(|_| cx.near(u2))
            .and_then(|w| w.time_unit)
        else {
            // "2h 30m", "1h 45m": the minutes glued as "m" after an hour glued as "h" (alone,
            // "30m" is thirty metres or millions); not before a glued word ("2h 30mph").
            let glued_minutes = unit == TimeUnit::Hour
                && extra == 0
                && written.eq_ignore_ascii_case("h")
                && cx.is_digits(k2)
                && cx.s(u2) == "m"
                && cx.attached(u2)
                && !(cx.is_word(u2 + 1) && cx.attached(u2 + 1));
            if glued_minutes {
                append_iso(&mut iso, &duration_iso(n2.value, TimeUnit::Minute));
                end = u2 + 1;
                compound = true;
                break;
            }
            // "1 hour fifteen", "2 hours and 10": minutes left unsaid after hours, at the
            // end of the phrase.
            let phrase_ends = !cx.near(u2)
                || cx
                    .punct(u2)
                    .is_some_and(|b| matches!(b, b'.' | b',' | b';' | b'?' | b'!'));
            let minutes = n2.value.fract() == 0.0 && (1.0..60.0).contains(&n2.value);
            if unit == TimeUnit::Hour && extra == 0 && minutes && phrase_ends && !cx.is(k2 - 1, ",")
            {
                append_iso(&mut iso, &duration_iso(n2.value, TimeUnit::Minute));
                end = u2;
                compound = true;
            }
            break;
        };
        // "suspended for two years, and 200 hours of unpaid work": a second length that a
        // larger unit would carry (24 hours and more) is a length of its own.
        if (unit2 as u8) >= (unit as u8) || !below_carry(unit2, n2.value) {
            break;
        }
        append_iso(&mut iso, &duration_iso(n2.value, unit2));
        end = u2 + 1;
        extra += 1;
        compound = true;
    }
    // "a three-hour-long meeting", "a 3-week-long strike": "-long" glued on the unit.
    if long_after(cx, end) {
        if article {
            // "a week-long festival": the article is the noun's; the length is the unit's
            // alone (`unit_long`).
            return None;
        }
        end += 2;
    }
    // "an hour or so", "two weeks or so": about that long ("or so" outside, as a bound word
    // after a figure is).
    let or_so = cx.is(end, "or") && cx.near(end) && cx.is(end + 1, "so") && cx.near(end + 1);
    // "a second time", "for a second term": "second" is the ordinal before a noun.
    if article && !compound && cx.is(k, "second") && ordinal_before_noun(cx, end) {
        return None;
    }
    // "a second or two", "an hour or two", "a day or two": a length of one or two of the unit
    // (not the ordinal "second" and a count of two), as "three or four weeks" is a range.
    if article
        && !compound
        && !w.time_unit_plural
        && cx.is(end, "or")
        && cx.near(end)
        && cx.is(end + 1, "two")
        && cx.near(end + 1)
        && !(cx.is_word(end + 2)
            && cx.near(end + 2)
            && cx.word(end + 2).is_some_and(|w| w.time_unit.is_some()))
    {
        let mut p = DatePhrase::new(i, end + 2, Cat::Duration, When::Nothing);
        p.count_between = Some(Box::new((1.0, 2.0, unit)));
        return Some(p);
    }
    if article && !compound && !modified {
        // Needs an anchor to be a date/duration at all ("a year ago"); "£3 a day" is a rate,
        // and stays one before "from" ("£150 a month from April", "5% a year after 2026").
        let rate = i > 0
            && (cx.is_digits(i - 1)
                || cx.is_any(i - 1, PERCENT_WORDS)
                || cx.word(i - 1).is_some_and(|w| w.scale.is_some())
                || cx.is_any(i - 1, &["m", "bn", "k", "p"]));
        let anchored = if rate {
            &["ago", "later", "earlier"][..]
        } else {
            &[
                "ago", "later", "earlier", "hence", "from", "before", "after",
            ][..]
        };
        let anchored = cx.is_any(end, anchored) && cx.near(end) || on_weekday(cx, end);
        // "for a year", "about an hour", "nearly a decade", "at least a week", "up to a year":
        // after a preposition of time or a word that bounds a length.
        let bounded = i > 0
            && (cx.is_any(
                i - 1,
                &[
                    "about",
                    "around",
                    "nearly",
                    "almost",
                    "roughly",
                    "approximately",
                    "barely",
                ],
            ) || i > 1
                && (cx.is(i - 2, "at") && cx.is_any(i - 1, &["least", "most"])
                    || cx.is(i - 2, "up") && cx.is(i - 1, "to")
                    // "waiting more than a year", "less than an hour later".
                    || cx.is_any(i - 2, &["more", "less", "longer", "shorter"])
                        && cx.is(i - 1, "than")));
        let after_preposition = i > 0 && cx.is_any(i - 1, &["for", "in", "within", "over"]);
        if !(anchored || bounded || or_so || after_preposition) {
            return None;
        }
    }
    let mut p = DatePhrase::new(i, end, Cat::Duration, When::Nothing);
    p.duration = Some(iso);
    if or_more {
        p.qualifier = Some("or more");
    } else if odd_or_plus.is_some() {
        p.qualifier = odd_or_plus;
    } else if or_so {
        p.qualifier = Some("about");
    }
    Some(p)
}

/// Whether "-long" is glued on at `j` ("three-hour-long", "week-long").
fn long_after(cx: &Cx, j: usize) -> bool {
    cx.is(j, "-") && cx.attached(j) && cx.is(j + 1, "long") && cx.attached(j + 1)
}

/// Whether `i` is a time unit with "-long" glued on, no count before it: "a week-long
/// festival", "a decade-long war" (a "3-week-long" strike is read from its count).
pub(in crate::statistics) fn unit_long_at(cx: &Cx, i: usize) -> bool {
    long_after(cx, i + 1)
        && cx.s(i).len() > 1
        && !(i > 0 && cx.is(i - 1, "-") && cx.attached(i))
        && cx
            .word(i)
            .is_some_and(|w| w.time_unit.is_some() && !w.time_unit_plural)
}

/// "week-long", "year-long", "decade-long": one unit that lasts.
fn unit_long(cx: &Cx, i: usize) -> Option<DatePhrase> {
    if !unit_long_at(cx, i) {
        return None;
    }
    let unit = cx.word(i)?.time_unit?;
    let mut p = DatePhrase::new(i, i + 3, Cat::Duration, When::Nothing);
    p.duration = Some(duration_iso(1.0, unit));
    Some(p)
}

/// Whether `v` of `unit` is less than the next larger unit holds, as the parts of one length
/// are ("3 hours 30 minutes", "1 year 45 days"; not "2 years 200 hours").
fn below_carry(unit: TimeUnit, v: f64) -> bool {
    v < match unit {
        TimeUnit::Second | TimeUnit::Minute => 60.0,
        TimeUnit::Hour => 24.0,
        TimeUnit::Month => 12.0,
        TimeUnit::Week => 53.0,
        _ => 366.0,
    }
}

/// Whether the token at `j`, after "a second", is a word the ordinal "second" qualifies ("a
/// second time", "a second straight loss"): a word in lower case that no length of a second
/// comes before ("a second or two", "a second later", "for a second I").
fn ordinal_before_noun(cx: &Cx, j: usize) -> bool {
    cx.near(j)
        && cx.is_word(j)
        && cx
            .s(j)
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_lowercase())
        && !cx.is_any(
            j,
            &[
                "or", "and", "ago", "later", "earlier", "before", "after", "to", "then", "of",
                "we", "he", "she", "it", "they", "you", "there", "the", "as", "when", "while",
                "so", "but", "in", "on", "at", "longer", "more", "too", "from",
            ],
        )
}

/// Appends the ISO 8601 duration `part` ("PT30S") to `iso` ("PT1M" → "PT1M30S"; "P2D" +
/// "PT3H" → "P2DT3H"): one "P", and one "T" before the first time part.
fn append_iso(iso: &mut String, part: &str) {
    let part = part.strip_prefix('P').unwrap_or(part);
    match part.strip_prefix('T') {
        Some(time) if iso.contains('T') => iso.push_str(time),
        _ => iso.push_str(part),
    }
}

/// Whether the length `d` ends with "-long": an adjective before its noun ("a week-long
/// strike"), which no "in" or "after" before it makes a date ("After Week-Long Strike").
pub(super) fn ends_long(cx: &Cx, d: &DatePhrase) -> bool {
    d.end >= 2 && long_after(cx, d.end - 2)
}
