//! Dates that point ahead of the dateline or away from it by a length (branch `figs29`, issue
//! 12). A day, a month or a weekday written without its year is the latest on or before the
//! dateline (news reports the past), unless its clause announces what is to come: "Sentencing
//! is scheduled for Feb. 14", "the plant will close on June 1", "a vote is expected by
//! mid-April" resolve to the first such day on or after the dateline, as Duckling resolves
//! them against its reference time. A length counted from now ("two weeks ago", "in three
//! months", "3 days from now", "two years hence") names the day, month or year it points at.
//! A day of the month alone ("on the 3rd") is the dateline's month, or the one before or after.

use super::DatePhrase;
use crate::statistics::calendar::{valid, When, Ymd};
use crate::statistics::cursor::Cx;

/// What a word is to [`announced`], read off the token's lower case in one `match` (a test
/// holds it to the word lists it replaced, `roles_read_as_the_lists_do`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    /// No word of the clause's time.
    Other,
    /// A word that makes the clause's time a past one when it comes before a word of what is
    /// to come (walking back from the date): "was scheduled", "had planned", "said on Monday".
    Past,
    /// A future auxiliary, a verb or adjective of schedule or plan: "will", "scheduled".
    ToCome,
    /// A word of what is to come that is also a noun or reports a past act unless "to"
    /// follows: "plans to close on June 1", "vowed to return in May"; not "the plans unveiled
    /// on Monday", "playoff hopes after Monday's loss", "vowed on Monday to fight".
    WithTo,
    /// "set", only before "for" or "to" ("set for April 20"; not "a record set on Monday").
    Set,
    /// "due", only before "for", "on", "in", "by" (not "due to the storm").
    Due,
    /// "expected", not after "than" or "as" ("rose more than expected on Monday").
    Expected,
    /// A modal verb: the clause's time is ahead ("could hit on Sunday", "might reopen on 2
    /// May") unless "have" follows ("would have turned 80 on 3 May"). "may" is left out: it is
    /// a month.
    Modal,
    /// A verb of an event's start or end in the present's third person: with a day or month
    /// written out ("the tournament starts on 30 June") the present tense announces the date;
    /// not with a bare weekday, where it is habitual ("opens Tuesday 10-6").
    StartOrEnd,
    /// A participle of forecasting, only after "is" or "are": "snow is forecast for Sunday",
    /// "the deal is projected to close on 3 March"; not "the forecast on Monday said".
    Forecast,
}

/// The [`Role`] of a lower-case word (natively one `match`; the WASM build, optimised for
/// size, reads [`ROLES`] instead: the `match` weighed 193 bytes more there, gzipped).
#[cfg(not(target_arch = "wasm32"))]
fn role(lower: &str) -> Role {
    match lower {
        "was" | "were" | "had" | "did" | "said" | "told" | "ago" | "yesterday" | "last" => {
            Role::Past
        }
        "will" | "shall" | "scheduled" | "rescheduled" | "slated" | "planned" | "upcoming"
        | "forthcoming" => Role::ToCome,
        "plans" | "aims" | "intends" | "hopes" | "pledged" | "vowed" | "promised" | "expect"
        | "expects" => Role::WithTo,
        "set" => Role::Set,
        "due" => Role::Due,
        "expected" => Role::Expected,
        "could" | "might" | "should" | "would" | "must" => Role::Modal,
        "starts" | "begins" | "opens" | "reopens" | "closes" | "resumes" | "launches"
        | "expires" | "finishes" | "concludes" | "commences" => Role::StartOrEnd,
        "forecast" | "predicted" | "projected" => Role::Forecast,
        _ => Role::Other,
    }
}

/// [`role`] as a list, for the WASM build (`roles_read_as_the_lists_do` holds the two to the
/// same answers).
#[cfg(any(target_arch = "wasm32", test))]
const ROLES: &[(&str, Role)] = &[
    ("was", Role::Past),
    ("were", Role::Past),
    ("had", Role::Past),
    ("did", Role::Past),
    ("said", Role::Past),
    ("told", Role::Past),
    ("ago", Role::Past),
    ("yesterday", Role::Past),
    ("last", Role::Past),
    ("will", Role::ToCome),
    ("shall", Role::ToCome),
    ("scheduled", Role::ToCome),
    ("rescheduled", Role::ToCome),
    ("slated", Role::ToCome),
    ("planned", Role::ToCome),
    ("upcoming", Role::ToCome),
    ("forthcoming", Role::ToCome),
    ("plans", Role::WithTo),
    ("aims", Role::WithTo),
    ("intends", Role::WithTo),
    ("hopes", Role::WithTo),
    ("pledged", Role::WithTo),
    ("vowed", Role::WithTo),
    ("promised", Role::WithTo),
    ("expect", Role::WithTo),
    ("expects", Role::WithTo),
    ("set", Role::Set),
    ("due", Role::Due),
    ("expected", Role::Expected),
    ("could", Role::Modal),
    ("might", Role::Modal),
    ("should", Role::Modal),
    ("would", Role::Modal),
    ("must", Role::Modal),
    ("starts", Role::StartOrEnd),
    ("begins", Role::StartOrEnd),
    ("opens", Role::StartOrEnd),
    ("reopens", Role::StartOrEnd),
    ("closes", Role::StartOrEnd),
    ("resumes", Role::StartOrEnd),
    ("launches", Role::StartOrEnd),
    ("expires", Role::StartOrEnd),
    ("finishes", Role::StartOrEnd),
    ("concludes", Role::StartOrEnd),
    ("commences", Role::StartOrEnd),
    ("forecast", Role::Forecast),
    ("predicted", Role::Forecast),
    ("projected", Role::Forecast),
];

/// [`role`] read from [`ROLES`].
#[cfg(any(target_arch = "wasm32", test))]
fn listed_role(lower: &str) -> Role {
    ROLES
        .iter()
        .find(|(w, _)| *w == lower)
        .map_or(Role::Other, |&(_, r)| r)
}

#[cfg(target_arch = "wasm32")]
use listed_role as role;

/// How many tokens before a date its clause's word of what is to come may be.
const REACH: usize = 12;

/// Whether the date phrase `p` is one whose year (or month, or week) a word of the future
/// can settle: a day or month without its year, a day of the month alone, a bare weekday.
fn settles(p: &DatePhrase) -> bool {
    matches!(
        p.when,
        When::Date {
            y: None,
            m: Some(_),
            ..
        } | When::Date {
            y: None,
            m: None,
            d: Some(_)
        } | When::Weekday { rel: 0, .. }
            | When::Moving(_)
    )
}

/// Whether the clause before token `start` announces what is to come: a word of what is to
/// come ([`Role`]) within [`REACH`] tokens in the same sentence, with no word of the past
/// between it and the date nor right before it ("was scheduled for Feb. 14", "once expected"
/// stay in the past); a modal, or before a day or month (not a bare `weekday`) a present verb
/// of a start or end, announces it as well. Each token's role is one `match` on its lower case
/// (the lists it had been, tested word by word, cost ~1 instruction a byte of news).
fn announced(cx: &Cx, start: usize, weekday: bool, reach: usize) -> bool {
    let mut k = start;
    // A decimal point is no sentence's end: "is expected to hold rates at 3.75% on 5 February".
    let decimal = |k: usize| {
        k >= 2 && cx.is_digits(k) && cx.attached(k) && cx.attached(k - 1) && cx.is_digits(k - 2)
    };
    while k > 0 && start - k < reach && (!cx.sentence_start(k) || decimal(k)) {
        k -= 1;
        // Every word of a role is letters: a number or a mark is `Role::Other`.
        if !cx.is_word(k) {
            continue;
        }
        let ok = match role(cx.lower(k).as_str()) {
            Role::Other => continue,
            Role::Past => return false,
            Role::Modal => return !cx.is(k + 1, "have"),
            Role::StartOrEnd if weekday => continue,
            Role::StartOrEnd => return true,
            Role::Forecast => k > 0 && cx.is_any(k - 1, &["is", "are"]),
            Role::ToCome => true,
            Role::WithTo => cx.is(k + 1, "to"),
            Role::Set => cx.is_any(k + 1, &["for", "to"]),
            Role::Due => cx.is_any(k + 1, &["for", "on", "in", "by"]),
            Role::Expected => !(k > 0 && cx.is_any(k - 1, &["than", "as"])),
        };
        if !ok {
            continue;
        }
        // "was scheduled", "had been planned", "were due", "once expected": a plan of the past.
        let before = |j: usize| k >= j && cx.is_any(k - j, &["was", "were", "had", "been", "once"]);
        return !(before(1) || before(2));
    }
    false
}

/// Whether a verb of a scheduled change in the present stands right before the preposition
/// before the date at `start` (a day or month written out, not a bare weekday): a plain form
/// after a plural in lower case ("thresholds fall on 1 April", "fares rise in March"), or
/// "come(s) into force", "take(s) effect" ("the law comes into force on 1 July"); not "sharp
/// falls on 3 March", "the rise on" (no plural before a plain form). Asked at fixed places
/// before the date, not in [`announced`]'s walk, whose `match` each word of the walk pays for.
fn scheduled_change(cx: &Cx, start: usize) -> bool {
    if start < 3 || !cx.is_any(start - 1, &["on", "in", "from"]) {
        return false;
    }
    let v = start - 2;
    if cx.is(v, "force") && cx.is(v - 1, "into") && v >= 2 {
        return cx.is_any(v - 2, &["come", "comes"]);
    }
    if cx.is(v, "effect") {
        return cx.is_any(v - 1, &["take", "takes"]);
    }
    cx.is_any(v, &["rise", "fall", "increase", "change"])
        && cx.is_word(v - 1)
        && !cx.capitalised(v - 1)
        && {
            let before = cx.lower(v - 1);
            let w = before.as_str();
            w.len() > 3
                && w.ends_with('s')
                && !(w.ends_with("ss") || w.ends_with("us") || w.ends_with("is"))
        }
}

/// How far back [`from_far`] walks: a clause with its figures ("will raise the minimum wage by
/// 65 cent to €14.15 an hour from 1 January").
const FROM_REACH: usize = 32;

/// A date after "from" that starts what the clause's figures describe: the word of what is to
/// come may stand before all of them, past [`REACH`] ("will rise by 4.6% to £3,940 a year from
/// 2 March"). Asked only after "from", when the near walk found none.
fn from_far(cx: &Cx, start: usize, weekday: bool) -> bool {
    start > REACH && cx.is(start - 1, "from") && announced(cx, start, weekday, FROM_REACH)
}

/// Marks `p` as pointing ahead when its clause announces what is to come.
pub(super) fn mark(cx: &Cx, p: &mut DatePhrase) {
    let weekday = matches!(p.when, When::Weekday { .. });
    if settles(p)
        && (announced(cx, p.start, weekday, REACH)
            || from_far(cx, p.start, weekday)
            || !weekday && scheduled_change(cx, p.start)
            || weekday && super::present_event::present_event(cx, p.start)
            || !weekday && super::present_event::day_to_come(cx, p.start, p.end))
    {
        p.ahead = true;
    }
}

impl When {
    /// ISO 8601 for a phrase of what is to come: a day, month or weekday without its year is the
    /// first such on or after the dateline; anything else as [`When::resolve`] reads it.
    pub fn resolve_ahead(&self, dateline: Option<Ymd>) -> Option<String> {
        let Some(base) = dateline else {
            return self.resolve(None);
        };
        match *self {
            When::Date {
                y: None,
                m: Some(m),
                d,
            } => {
                let this_year = match d {
                    Some(d) => (m, d) >= (base.m, base.d),
                    None => m >= base.m,
                };
                let y = if this_year { base.y } else { base.y + 1 };
                When::Date {
                    y: Some(y),
                    m: Some(m),
                    d,
                }
                .resolve(None)
            }
            When::Date {
                y: None,
                m: None,
                d: Some(d),
            } => day_of_month(base, d, true),
            When::Moving(h) => super::moving_day(h, base, true),
            When::Weekday { wd, rel: 0 } => {
                let ahead = (i64::from(wd) - i64::from(base.weekday())).rem_euclid(7);
                Some(base.add_days(ahead).iso())
            }
            _ => self.resolve(dateline),
        }
    }
}

/// "on the 3rd": the day `d` of the dateline's month, or of the month before (the latest on or
/// before the dateline) or after (`ahead`: the first on or after it); a day no month of the
/// three has ("the 31st" in a run of short months) is None.
pub fn day_of_month(base: Ymd, d: u8, ahead: bool) -> Option<String> {
    let step: i32 = if ahead { 1 } else { -1 };
    let this_month = if ahead { d >= base.d } else { d <= base.d };
    let first = if this_month { 0 } else { step };
    [first, first + step]
        .into_iter()
        .map(|shift| {
            let idx = base.y * 12 + i32::from(base.m) - 1 + shift;
            let m = u8::try_from(idx.rem_euclid(12) + 1).unwrap_or(1);
            (idx.div_euclid(12), m)
        })
        .find(|&(y, m)| valid(y, m, d))
        .map(|(y, m)| Ymd { y, m, d }.iso())
}

/// A length counted from the dateline (`shift` −1 "ago", +1 "from now", "in …", "hence"),
/// written `iso` ("P2W", "P3M", "P1Y"), as the point it names: the day for days and weeks, the
/// month for months, the year for years (a reader dates "two years ago" by its year). None
/// for no dateline, no shift, a length of hours or of several units ("P1Y6M"), or a fraction.
pub fn shifted(iso: &str, shift: i8, dateline: Option<Ymd>) -> Option<String> {
    let base = dateline?;
    if shift == 0 {
        return None;
    }
    let rest = iso.strip_prefix('P')?;
    let unit = rest.chars().last()?;
    let n: i64 = rest.get(..rest.len() - 1)?.parse().ok()?;
    let n = n * i64::from(shift);
    let months = |k: i64| {
        let idx = i64::from(base.y) * 12 + i64::from(base.m) - 1 + k;
        (idx.div_euclid(12), idx.rem_euclid(12) + 1)
    };
    match unit {
        'D' => Some(base.add_days(n).iso()),
        'W' => Some(base.add_days(7 * n).iso()),
        'M' => {
            let (y, m) = months(n);
            Some(format!("{y:04}-{m:02}"))
        }
        'Y' => Some(format!("{:04}", i64::from(base.y) + n)),
        _ => None,
    }
}

#[cfg(test)]
#[path = "ahead_tests.rs"]
mod ahead_tests;
