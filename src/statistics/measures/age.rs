//! Ages: "29 years old", "a 29-year-old", "aged 87".

use crate::statistics::cursor::Cx;
use crate::statistics::detail::Detail;
use crate::statistics::numbers::{self, Context, Num, NumKind};
use crate::statistics::Found;

mod plain;
pub(super) use plain::after_word;

/// "29 years old", "ten months old", "3 years of age", "90 day old", "29-year-old", "87 yo",
/// the plural noun "five-year-olds"; after a range (`first` its low end, `n` its high end: "16
/// to 24-year-olds", "18-24-year-olds", "6 to 11 years old") the ages between.
pub(super) fn age_suffix(cx: &Cx, first: &Num, n: &Num, j: usize) -> Option<Found> {
    let f = age_after(cx, n, j)?;
    if first.start == n.start {
        return Some(f);
    }
    if first.kind != NumKind::Cardinal || first.value >= n.value {
        return None;
    }
    let mut d = Detail::default().with_unit(f.detail.unit().unwrap_or("year").to_string());
    let extra = d.extra_mut();
    extra.measure = Some("age");
    extra.min = Some(first.value);
    extra.max = Some(n.value);
    extra.qualifier = Some("between");
    Some(Found::new(first.start, f.end(), "QUANTITY", d))
}

fn age_after(cx: &Cx, n: &Num, j: usize) -> Option<Found> {
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
        crate::statistics::lexicon::TimeUnit::Year => "year",
        crate::statistics::lexicon::TimeUnit::Month => "month",
        crate::statistics::lexicon::TimeUnit::Week => "week",
        crate::statistics::lexicon::TimeUnit::Day => "day",
        _ => return None,
    };
    let mut e = k + 1;
    if hyphen {
        if cx.is(e, "-") && cx.attached(e) && cx.is_any(e + 1, &["old", "olds"]) {
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

/// "age 87", "aged 29", "at the age of 17", and a range of ages: "aged 18 to 24", "aged
/// between 5 and 11 years", "aged 65-74 years old".
pub(super) fn age_prefix(cx: &Cx, i: usize) -> Option<Found> {
    if !cx.is_any(i, &["age", "aged"]) || !cx.near(i + 1) {
        return None;
    }
    let between = cx.is(i + 1, "between") && cx.near(i + 2);
    // "at the age of 17": "of" between the word and the number.
    let of = cx.is(i, "age") && cx.is(i + 1, "of") && cx.near(i + 2);
    // "aged under 25", "aged over 65", "aged at least 18": a bound on the age.
    let bound = (cx.is(i, "aged") && !between)
        .then(|| crate::statistics::qualifiers::opening_at(cx, i + 1))
        .flatten();
    let first = match bound {
        Some((len, _, _)) => i + 1 + len,
        None if between || of => i + 2,
        None => i + 1,
    };
    let n = numbers::parse(cx, first, Context::Plain)?;
    if n.kind != NumKind::Cardinal || n.value <= 0.0 || n.value > 130.0 {
        return None;
    }
    if let Some(f) = age_range(cx, i, &n).filter(|_| bound.is_none()) {
        return Some(f);
    }
    if between {
        return None;
    }
    if cx.near(n.end)
        && cx
            .word(n.end)
            .is_some_and(|w| w.time_unit.is_some() || w.measure.is_some())
    {
        return None;
    }
    let mut f = age(&n, n.end, "year");
    f.set_start(i);
    if let Some((_, q, b)) = bound {
        crate::statistics::qualifiers::set(&mut f, q, b, Some(n.value));
    }
    Some(f)
}

/// The upper end of "aged 18 to 24 (years (old))" after the first age `n`.
fn age_range(cx: &Cx, i: usize, n: &Num) -> Option<Found> {
    let m = numbers::range_end(cx, n, &["to", "-", "–"]).filter(|m| m.value <= 130.0)?;
    let mut end = m.end;
    if cx.near(end) && cx.is_any(end, &["years", "yrs"]) {
        end += 1;
        if cx.near(end) && cx.is(end, "old") {
            end += 1;
        }
    }
    let mut d = Detail::default().with_unit("year");
    let extra = d.extra_mut();
    extra.measure = Some("age");
    extra.min = Some(n.value);
    extra.max = Some(m.value);
    extra.qualifier = Some("between");
    Some(Found::new(i, end, "QUANTITY", d))
}

/// "James, who turns 40 next month", "she turned 18 in May", "turning 65 this year": an age
/// reached. Not "turned 3 corners", "turns 180 degrees" (a count or a unit follows), nor a
/// number in words ("turned one page").
pub(super) fn age_turned(cx: &Cx, n: &Num) -> Option<Found> {
    let ok = n.kind == NumKind::Cardinal
        && !n.words
        && n.value >= 1.0
        && n.value <= 130.0
        && n.value.fract() == 0.0
        && n.start > 0
        && cx.near(n.start)
        && cx.is_any(n.start - 1, &["turns", "turned", "turning", "turn"]);
    if !ok {
        return None;
    }
    age_turned_end(cx, n).map(|end| age(n, end, "year"))
}

/// Where an age reached ends, if what follows lets the number be one: the sentence goes on
/// with a time or a conjunction, or ends; "years old" is part of the age.
fn age_turned_end(cx: &Cx, n: &Num) -> Option<usize> {
    let e = n.end;
    let years_old = cx.is_any(e, &["years", "year"]) && cx.is(e + 1, "old");
    let goes_on = cx.is_any(
        e,
        &[
            "next", "this", "last", "on", "in", "at", "today", "tomorrow", "and", "but", "later",
            "soon", "before", "after", "when", "while",
        ],
    );
    // A clock's colon or dot, a decimal: "at 14:30", "at 14.5".
    let clock = cx.is_any(e, &[":", "."]) && cx.attached(e) && cx.is_digits(e + 1);
    let punctuation = !cx.is_word(e) && !cx.is_digits(e) && !cx.is_any(e, &["%", "°", "-"]);
    let ends = !cx.near(e) || punctuation && !clock || goes_on || years_old;
    ends.then_some(if years_old { e + 2 } else { e })
}

/// "left school at 14", "died at 82", "retired at 60", "married at nineteen": an age after
/// "at" after a verb of a life's event, the figure standing alone (the sentence ends or goes on
/// as after an age reached). From 13 on only: "left school at 3" and "died at 11" may be clock
/// times; not "at 14:30", "at 82%", "died at 82 Main Street" (a word follows).
pub(super) fn age_at_event(cx: &Cx, n: &Num) -> Option<Found> {
    let i = n.start;
    let ok = n.kind == NumKind::Cardinal
        && (13.0..=120.0).contains(&n.value)
        && n.value.fract() == 0.0
        && i >= 2
        && cx.near(i)
        && cx.is(i - 1, "at")
        && cx.near(i - 1)
        && life_event_before(cx, i - 2);
    if !ok {
        return None;
    }
    // "left school at 16 to work": the age, then what was done at it.
    let to = cx.is(n.end, "to") && cx.near(n.end);
    age_turned_end(cx, n)
        .or_else(|| to.then_some(n.end))
        .map(|end| age(n, end, "year"))
}

/// Verbs of a life's event that an age after "at" goes with, alone ("died at 82") or with
/// their object (`LIFE_EVENT_OBJECTS`: "left school at 16").
const LIFE_EVENTS: &[&str] = &[
    "died",
    "dies",
    "retired",
    "retires",
    "retire",
    "retiring",
    "married",
    "marries",
    "emigrated",
    "debuted",
    "diagnosed",
];

/// Verbs whose object makes a life's event: "left school", "started university", "turned
/// professional", "dropped out".
const LIFE_EVENT_OBJECTS: &[(&[&str], &[&str])] = &[
    (
        &[
            "left", "leaves", "leave", "leaving", "quit", "started", "starts", "start", "starting",
            "finished", "began",
        ],
        &["school", "university", "college", "education"],
    ),
    (&["turned", "turning"], &["professional", "pro"]),
    (&["dropped", "dropping"], &["out"]),
];

/// Whether a verb of a life's event (or such a verb and its object) ends at token `k`.
fn life_event_before(cx: &Cx, k: usize) -> bool {
    if cx.is_any(k, LIFE_EVENTS) {
        return true;
    }
    k > 0
        && cx.near(k)
        && LIFE_EVENT_OBJECTS
            .iter()
            .any(|(verbs, objects)| cx.is_any(k, objects) && cx.is_any(k - 1, verbs))
}

/// "Ben Stokes, 32, said", "Maria Lopez, 41, a nurse": a whole number set off by commas right
/// after a capitalised name is the person's age, as news writes it, also when the name opens
/// the sentence ("Djokovic, 36, was") or is a noun of a person ("the driver, 34, was"). Not a
/// list ("3, 32, 45"), a date ("Monday, 12, …"), a sentence adverb ("However, 32 …" has no
/// second comma), nor a line in capitals.
pub(super) fn age_in_apposition(cx: &Cx, n: &Num) -> Option<Found> {
    let i = n.start;
    let ok = n.kind == NumKind::Cardinal
        && !n.words
        && (1.0..=115.0).contains(&n.value)
        && n.value.fract() == 0.0
        && n.end == i + 1
        && i >= 2
        && cx.is(n.end, ",")
        && cx.near(i)
        && (cx.is(i - 1, ",")
            && cx.attached(i - 1)
            && (super::name_word(cx, i - 2)
                || person_word(cx, i - 2)
                || plain::eldest(cx, i - 2)
                || noun_before_a_persons_verb(cx, i - 2, n.end + 1))
            || who_was(cx, i))
        && cx.is(n.end, ",")
        && cx.attached(n.end)
        && cx.near(n.end + 1)
        && cx.is_word(n.end + 1)
        && !cx.capitalised(n.end + 1);
    ok.then(|| age(n, n.end, "year"))
}

/// "those over 65 were", "children under five.", "adults over 50 who", "anyone under 18 can",
/// "12,000 offenders were under 18":
/// an age after "over" or "under" after a plural noun of people, the number standing alone
/// (the clause ends, or goes on with a lower-case word that counts nothing). The bound word
/// stays outside (`qualifiers` gives it: `more than`, `min`). Not "people over 50 per cent",
/// "children under 5 kilos", "adults over 40 hours" (a unit follows), "boys over 30 goals".
/// ("workers", "drivers", "players" are words of holiday names, which no grammar may name.)
#[inline(never)]
fn over_under(cx: &Cx, n: &Num) -> Option<Found> {
    let i = n.start;
    let e = n.end;
    let ok = n.kind == NumKind::Cardinal
        && (1.0..=120.0).contains(&n.value)
        && n.value.fract() == 0.0
        && i >= 2
        && cx.near(i)
        && cx.near(i - 1)
        && cx.is_any(i - 1, &["over", "under"])
        && (cx.is_any(i - 2, GROUPS_OF_PEOPLE) || plain::group_were(cx, i - 2, GROUPS_OF_PEOPLE));
    if !ok {
        return None;
    }
    let punctuation = !cx.is_word(e) && !cx.is_digits(e) && !cx.is_any(e, &["%", "°", "-"]);
    let counts_nothing = || {
        let lower = cx.lower(e);
        let w = lower.as_str();
        cx.is_word(e)
            && !cx.capitalised(e)
            && (!w.ends_with('s') || w.ends_with("ss"))
            && !matches!(
                w,
                "per" | "percent" | "cent" | "people" | "million" | "thousand"
            )
            && cx.word(e).is_none_or(|x| {
                x.measure.is_none()
                    && x.currency.is_none()
                    && x.scale.is_none()
                    && x.time_unit.is_none()
            })
    };
    (!cx.near(e) || punctuation || counts_nothing()).then(|| age(n, e, "year"))
}

/// Plural nouns of people an age group after "over"/"under" belongs to.
const GROUPS_OF_PEOPLE: &[&str] = &[
    "those",
    "people",
    "children",
    "adults",
    "men",
    "women",
    "patients",
    "pupils",
    "anyone",
    "everyone",
    "residents",
    "pensioners",
    "girls",
    "boys",
    "teenagers",
    "voters",
    "babies",
    "kids",
    "offenders",
    "victims",
    "suspects",
    "defendants",
    "employees",
    "applicants",
    "claimants",
    "participants",
    "migrants",
    "students",
];

/// "The actor, who was 94, made", "her mother, who is 81,": a clause on a person that gives
/// the age (`i`: the number). Not "the total, which was 94,".
fn who_was(cx: &Cx, i: usize) -> bool {
    cx.is_any(i - 1, &["was", "is", "were", "are"])
        && cx.is(i - 2, "who")
        && cx.near(i - 1)
        && i >= 3
        && cx.is(i - 3, ",")
}

/// What only a person does, right after an age set off by commas: "the ringleader, 47, was
/// jailed", "the landlord, 58, denied", "a climber, 33, died".
const PERSONS_VERBS: &[&str] = &[
    "said", "says", "told", "died", "admitted", "admits", "denied", "denies", "pleaded", "pleads",
    "appeared",
];

/// Past participles after "was" or "is" that a person undergoes: "was jailed", "is charged".
const PERSONS_PASSIVES: &[&str] = &[
    "jailed",
    "sentenced",
    "charged",
    "arrested",
    "convicted",
    "cleared",
    "remanded",
    "bailed",
    "fined",
    "killed",
    "injured",
    "hurt",
    "rescued",
];

/// A noun of a person outside [`PEOPLE`] ("the ringleader, 47, was jailed", "a landlord, 58,
/// denied"): a lower-case word after "the", "a" or "an" (as [`person_word`] walks back), when
/// the word after the age's second comma (`e`) is what a person does (the two lists above).
/// Not "the total, 94, was up", "the index, 12, is expected" (no person's verb after it).
fn noun_before_a_persons_verb(cx: &Cx, k: usize, e: usize) -> bool {
    let persons = cx.is_any(e, PERSONS_VERBS)
        || cx.is_any(e, &["was", "is", "has"])
            && cx.near(e + 1)
            && (cx.is_any(e + 1, PERSONS_PASSIVES)
                || cx.is(e + 1, "been") && cx.near(e + 2) && cx.is_any(e + 2, PERSONS_PASSIVES));
    persons
        && k > 0
        && cx.near(k)
        && cx.is_word(k)
        && cx.s(k).bytes().all(|b| b.is_ascii_lowercase())
        && cx.is_any(k - 1, &["the", "a", "an"])
}

/// Nouns news sets an age after as it does after a name: "the driver, 34, was", "a woman,
/// 82, died".
/// ("mother", "father", "worker" open holidays: `start_gate_tests` keeps them out of grammars.)
const PEOPLE: &[&str] = &[
    "man",
    "woman",
    "boy",
    "girl",
    "teenager",
    "patient",
    "driver",
    "victim",
    "suspect",
    "pensioner",
    "motorist",
    "cyclist",
    "pedestrian",
    "passenger",
    "resident",
    "officer",
    "defendant",
    "pilot",
    "rider",
    "student",
    "nurse",
    "doctor",
    "teacher",
    "grandmother",
    "grandfather",
    "widow",
    "son",
    "daughter",
    "wife",
    "husband",
    "owner",
    "candidate",
    "applicant",
    "winner",
    "nominee",
    "soldier",
];

/// A noun of [`PEOPLE`] at `k` after "the", "a" or "an", with up to two lower-case words
/// between ("the winning candidate, 29,", "an injured cyclist, 41,").
fn person_word(cx: &Cx, k: usize) -> bool {
    if !cx.is_any(k, PEOPLE) {
        return false;
    }
    let mut j = k;
    for _ in 0..3 {
        if j == 0 || !cx.near(j) {
            return false;
        }
        j -= 1;
        if cx.is_any(j, &["the", "a", "an"]) {
            return true;
        }
        if !(cx.is_word(j) && cx.s(j).starts_with(|c: char| c.is_ascii_lowercase())) {
            return false;
        }
    }
    false
}

/// "in their 30s", "a man in his 40s", "her mid-20s", "in my early 50s", "their late 70s": an
/// age decade after a possessive, a range of ages (30–39; "early" the first four years of it,
/// "mid" the middle three, "late" the last three). The span is the decade with its "early",
/// "mid" or "late"; the possessive says it is an age and is not part of it. Not "the 1990s"
/// (a date) nor "in the 30s" (temperatures, speeds: no possessive).
#[inline(never)]
pub(super) fn decade(cx: &Cx, i: usize) -> Option<Found> {
    let s = cx.s(i);
    let ok = cx.is_digits(i)
        && s.len() == 2
        && s.ends_with('0')
        && s != "10"
        && cx.is(i + 1, "s")
        && cx.attached(i + 1)
        && !(cx.attached(i + 2) && cx.is_word(i + 2));
    if !ok || i == 0 {
        return None;
    }
    let low = f64::from(s.as_bytes()[0] - b'0') * 10.0;
    // "mid-20s", "mid 20s", "early 30s".
    let part = |k: usize| cx.is_any(k, &["early", "mid", "late"]).then_some(k);
    let hyphen = i >= 2 && cx.is(i - 1, "-") && cx.attached(i - 1) && cx.attached(i);
    let at = if hyphen {
        part(i - 2)
    } else {
        cx.near(i).then(|| part(i - 1)).flatten()
    };
    let start = at.unwrap_or(i);
    let (min, max) = match at.map(|k| cx.lower(k)).as_deref() {
        Some("early") => (low, low + 3.0),
        Some("mid") => (low + 3.0, low + 6.0),
        Some("late") => (low + 7.0, low + 9.0),
        _ => (low, low + 9.0),
    };
    let owner = start.checked_sub(1)?;
    if !(cx.near(start) && cx.is_any(owner, &["his", "her", "their", "my", "your", "our", "its"])) {
        return None;
    }
    let mut d = Detail::default().with_unit("year");
    let extra = d.extra_mut();
    extra.measure = Some("age");
    extra.min = Some(min);
    extra.max = Some(max);
    extra.qualifier = Some("between");
    Some(Found::new(start, i + 2, "QUANTITY", d))
}

/// "the over-65s", "the under-18s", "the over 50s": an age group named by its bound, a range of
/// ages open at one end (QUANTITY age in years: "over" `more than` with `min`, "under" `less
/// than` with `max`). The bound word is inside: the group's name is one word with it. Spaced,
/// only after "the" ("over 70s music" is no group). Not "the 1990s", nor "over-60 hours" (no
/// plural "s").
#[inline(never)]
pub(super) fn group(cx: &Cx, i: usize) -> Option<Found> {
    if !(cx.is_digits(i) && cx.is(i + 1, "s")) {
        return None;
    }
    let s = cx.s(i);
    let ok = (1..=2).contains(&s.len())
        && i >= 2
        && cx.is(i + 1, "s")
        && cx.attached(i + 1)
        && !(cx.attached(i + 2) && cx.is_word(i + 2));
    if !ok {
        return None;
    }
    let hyphen = cx.is(i - 1, "-") && cx.attached(i - 1) && cx.attached(i);
    let bound = if hyphen { i - 2 } else { i - 1 };
    if !cx.is_any(bound, &["over", "under"]) {
        return None;
    }
    let after_the = cx.near(i) && bound > 0 && cx.is(bound - 1, "the");
    if !(hyphen || after_the) {
        return None;
    }
    let age: f64 = s.parse().ok()?;
    let mut d = Detail::default().with_unit("year");
    let extra = d.extra_mut();
    extra.measure = Some("age");
    if cx.is(bound, "over") {
        extra.min = Some(age);
        extra.qualifier = Some("more than");
    } else {
        extra.max = Some(age);
        extra.qualifier = Some("less than");
    }
    Some(Found::new(bound, i + 2, "QUANTITY", d))
}
