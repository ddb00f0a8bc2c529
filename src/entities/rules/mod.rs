//! Span repairs after tagging, one sentence at a time: the conventions of DESIGN.md that the
//! statistical tagger gets wrong as a class (titles, capitalised non-names, social-media
//! markers, name particles, organisation names with "of"/"for"/"and", facility head words).
//! Each rule looks only at the sentence's words and the tagger's spans, so it costs nothing on
//! tokens that are not near a name.

use std::ops::Range;

use super::features::{lower, CaseMode};
use super::lexicon::{self, Lexicon};
use super::tags::type_index;

pub mod classes;
#[cfg(test)]
mod tests;
mod text;
mod words;
use classes::*;
use text::*;
pub use words::is_company_suffix;
use words::*;

/// A name after the repairs: token span, type, and how much its type should count when the
/// mentions of one thing vote on its type ([`super::linking`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Named {
    pub start: usize,
    pub end: usize,
    pub kind: usize,
    pub weight: u32,
}

/// Vote weights: a one-word name at the start of a sentence (the position where common words are
/// capitalised too) counts least, a type fixed by a title or a head word most.
pub const WEIGHT_INITIAL: u32 = 1;
pub const WEIGHT_SINGLE: u32 = 2;
pub const WEIGHT_MULTI: u32 = 4;
pub const WEIGHT_SURE: u32 = 12;

const PER: usize = 0;
const ORG: usize = 1;
const LOC: usize = 2;

/// The gazetteer mark of a one-word first name (class FIRST = 4, part U = 3).
const FIRST_NAME_UNIT: u32 = 1 << (4 * 4 + 3);

/// Gazetteer marks of the place classes (COUNTRY, REGION, CITY: the first three, 4 bits each).
const PLACE_MARKS: u32 = 0xfff;

fn kind_name(kind: usize) -> &'static str {
    super::tags::TYPES.get(kind).copied().unwrap_or("MISC")
}

fn kind_of(name: &str) -> usize {
    type_index(name).unwrap_or(PER)
}

fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

fn has_upper_or_digit(w: &str) -> bool {
    w.chars().any(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// The span covering token `i` (`out` sorted by start, no overlaps).
fn covering(out: &[Named], i: usize) -> Option<usize> {
    let k = out.partition_point(|m| m.end <= i);
    out.get(k).filter(|m| m.start <= i).map(|_| k)
}

/// The span starting at token `i` (`out` sorted by start, no overlaps).
fn starting_at(out: &[Named], i: usize) -> Option<usize> {
    let k = out.partition_point(|m| m.start < i);
    out.get(k).filter(|m| m.start == i).map(|_| k)
}

/// Sorts `out` by start and drops empty spans and spans that overlap an earlier, longer one.
fn normalise(out: &mut Vec<Named>) {
    // Most often the spans are already so (no rule changed them): nothing to do.
    let normal = out.iter().all(|m| m.start < m.end)
        && out.windows(2).all(|w| match w {
            [a, b] => b.start >= a.end,
            _ => true,
        });
    if normal {
        return;
    }
    out.retain(|m| m.start < m.end);
    out.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    let mut end = 0;
    out.retain(|m| {
        let keep = m.start >= end;
        if keep {
            end = m.end;
        }
        keep
    });
}

/// Whether every word of the name is covered by a listed place.
fn listed_place(lex: &Lexicon, text: &dyn Text, cl: &[Classes], m: &Named) -> bool {
    let len = if m.start <= m.end && m.end <= cl.len() {
        m.end - m.start
    } else {
        0
    };
    // The first word's marks come only from phrases that start at it: when it starts none,
    // it has no mark and the name is no listed place.
    if len > 0 && !has(cl, m.start, STARTS_PHRASE) {
        return false;
    }
    // The name's words, in a stack array when short (most are).
    let mut short = [""; 8];
    let long: Vec<&str>;
    let span: &[&str] = match short.get_mut(..len) {
        Some(slots) => {
            for (k, slot) in slots.iter_mut().enumerate() {
                *slot = text.word(m.start + k);
            }
            slots
        }
        None => {
            long = (m.start..m.start + len).map(|i| text.word(i)).collect();
            &long
        }
    };
    thread_local! {
        static BUF: std::cell::RefCell<lexicon::MarksBuf> = Default::default();
    }
    BUF.with(|buf| match buf.try_borrow_mut() {
        Ok(mut buf) => lex
            .marks_of_words_with(span, &mut buf)
            .iter()
            .all(|&k| k & PLACE_MARKS != 0),
        Err(_) => lex
            .marks_of_words(span)
            .iter()
            .all(|&k| k & PLACE_MARKS != 0),
    })
}

/// Longest run of words a repair adds to a name.
const MAX_RUN: usize = 6;

/// Digits, full stops and commas only (compared as bytes: no other character has them, and a
/// [`Bare`] word is then not checked as UTF-8 again).
fn is_number(w: impl AsRef<[u8]>) -> bool {
    let b = w.as_ref();
    !b.is_empty()
        && b.iter()
            .all(|&c| c.is_ascii_digit() || c == b'.' || c == b',')
}

/// The classes of word `i` ([`BEYOND`] past the sentence's end).
fn class(cl: &[Classes], i: usize) -> Classes {
    cl.get(i).copied().unwrap_or(BEYOND)
}

/// Whether word `i` has any of the classes `bits`.
fn has(cl: &[Classes], i: usize, bits: Classes) -> bool {
    class(cl, i) & bits != 0
}

/// What the repairs read of a sentence besides its words' classes, read only where a rule
/// needs it (a caller need not list the words): word `i` ("" past the end) and its byte span.
pub trait Text {
    fn word(&self, i: usize) -> &str;
    fn range(&self, i: usize) -> Option<Range<usize>>;
}

/// A sentence given as lists of its words and their byte spans.
pub struct Lists<'a, 'w> {
    pub words: &'a [&'w str],
    pub ranges: &'a [Range<usize>],
}

impl Text for Lists<'_, '_> {
    fn word(&self, i: usize) -> &str {
        self.words.get(i).copied().unwrap_or("")
    }

    fn range(&self, i: usize) -> Option<Range<usize>> {
        self.ranges.get(i).cloned()
    }
}

/// Repairs one sentence's spans. `words` are its tokens, `ranges` their byte spans (to see what
/// is glued to what), `spans` the tagger's `(start, end, type)` token spans in order.
pub fn repair(
    lex: &Lexicon,
    words: &[&str],
    ranges: &[Range<usize>],
    mode: CaseMode,
    spans: &[(usize, usize, usize)],
) -> Vec<Named> {
    let mut out = Vec::new();
    let mut cl = Vec::new();
    classes::of_words(lex, words, &mut cl);
    repair_into(lex, &Lists { words, ranges }, &cl, mode, spans, &mut out);
    out
}

/// [`repair`] into `out` (emptied first), reusing its memory: most sentences of news hold a name.
/// `cl` holds the [`classes::of`] each word of the sentence (kept per distinct word by the
/// caller), `text` the rest the rules read.
pub fn repair_into(
    lex: &Lexicon,
    text: &dyn Text,
    cl: &[Classes],
    mode: CaseMode,
    spans: &[(usize, usize, usize)],
    out: &mut Vec<Named>,
) {
    let n = cl.len();
    let word = |i: usize| text.word(i);
    out.clear();
    for &(s, e, kind) in spans {
        let weight = if e - s >= 2 {
            WEIGHT_MULTI
        } else if s == 0 {
            WEIGHT_INITIAL
        } else {
            WEIGHT_SINGLE
        };
        out.push(Named {
            start: s,
            end: e.min(n),
            kind,
            weight,
        });
    }
    social(text, cl, out);
    titles(cl, mode, out);
    split_and_the(cl, out);
    trim_trailing_lower(cl, mode, out);
    non_names(cl, mode, out);
    particles(cl, out);
    first_name_joins(cl, mode, out);
    org_names(cl, mode, out);
    heads(lex, text, cl, out);
    market_context(lex, text, cl, out);
    place_context(lex, text, cl, out);
    table_lines(lex, text, cl, mode, out);
    out.retain(|m| m.start < m.end && m.end <= n && (m.start..m.end).any(|i| !word(i).is_empty()));
    out.sort_by_key(|m| m.start);
    // Overlaps can only come from extensions: keep the earlier, longer one (a name is kept
    // when it starts at or after the end of the last one kept).
    let mut kept_end: Option<usize> = None;
    out.retain(|m| {
        if kept_end.is_some_and(|end| m.start < end) {
            return false;
        }
        kept_end = Some(m.end);
        true
    });
}

/// @handles, web addresses and hashtags are not names (DESIGN.md); a leading "RT" is dropped.
fn social(text: &dyn Text, cl: &[Classes], out: &mut Vec<Named>) {
    let glued_to_hash = |i: usize| {
        i > 0
            && has(cl, i - 1, HASH)
            && text.range(i - 1).map(|r| r.end) == text.range(i).map(|r| r.start)
    };
    out.retain(|m| !(m.start..m.end).any(|i| has(cl, i, SOCIAL)) && !glued_to_hash(m.start));
}

/// Titles stay outside person spans: a span that starts with a title loses it (and is a
/// person's name), a span that is only a title goes, and a capitalised word right after an
/// honorific that the tagger missed or mistyped becomes a person's name.
fn titles(cl: &[Classes], mode: CaseMode, out: &mut Vec<Named>) {
    // The end of a title run starting at `i` ("Prime Minister", "Mr."), if it holds an honorific.
    let title_run = |i: usize, limit: usize| -> Option<usize> {
        let mut j = i;
        let mut honorific = false;
        while j < limit {
            let c = class(cl, j);
            if c & HONORIFIC != 0 {
                honorific = true;
            } else if c & TITLE_MODIFIER == 0 {
                break;
            }
            j += 1;
        }
        (honorific && j > i).then_some(j)
    };
    for m in out.iter_mut() {
        let Some(j) = title_run(m.start, m.end) else {
            continue;
        };
        let plain = (m.start..j).any(|i| has(cl, i, PLAIN_HONORIFIC));
        let last = class(cl, m.end - 1);
        let possessive = has(cl, m.end, POSSESSIVE);
        if j == m.end && !possessive {
            m.end = m.start; // only a title: removed below
        } else if (m.kind == PER || plain) && last & (ORG_HEAD | FACILITY_HEAD) == 0 {
            m.start = j;
            m.kind = PER;
            m.weight = WEIGHT_SURE;
        }
    }
    out.retain(|m| m.start < m.end);
    // Names right after an honorific (collected apart: they only cover tokens after `i`).
    let n = cl.len();
    let mut added = Vec::new();
    let mut i = 0;
    while i < n {
        let after = i + 1;
        if after >= n || !has(cl, after, CAPITALISED) || !has(cl, i, HONORIFIC) {
            i += 1;
            continue;
        }
        if has(cl, after, NON_NAME) {
            i += 1;
            continue;
        }
        if title_run(after, n).is_some() && has(cl, after, HONORIFIC) {
            i += 1;
            continue;
        }
        if covering(out, i).is_some() {
            i += 1;
            continue;
        }
        match starting_at(out, after) {
            Some(k) => {
                let m = &mut out[k];
                if !has(cl, m.end - 1, ORG_HEAD | FACILITY_HEAD) {
                    m.kind = PER;
                    m.weight = WEIGHT_SURE;
                }
            }
            None => {
                // Up to three capitalised words (particles allowed between them).
                let mut e = after;
                while e < n && e - after < 4 {
                    let c = class(cl, e);
                    let ok = if mode == CaseMode::AllCaps {
                        c & HAS_ALPHA != 0
                    } else {
                        c & CAPITALISED != 0 && c & HAS_LOWER != 0
                            || e > after
                                && c & PARTICLE != 0
                                && e + 1 < n
                                && has(cl, e + 1, CAPITALISED)
                    };
                    if !ok || c & HONORIFIC != 0 || covering(out, e).is_some() {
                        break;
                    }
                    e += 1;
                }
                if e > after {
                    added.push(Named {
                        start: after,
                        end: e,
                        kind: PER,
                        weight: WEIGHT_SURE,
                    });
                    i = e;
                    continue;
                }
            }
        }
        i += 1;
    }
    out.extend(added);
    normalise(out);
}

/// "... and the ..." inside one span joins two names: cut it there.
fn split_and_the(cl: &[Classes], out: &mut Vec<Named>) {
    let mut extra = Vec::new();
    for m in out.iter_mut() {
        let cut = (m.start + 1..m.end.saturating_sub(2)).find(|&i| {
            has(cl, i, AND_EXACT) && has(cl, i + 1, THE_EXACT) && has(cl, i + 2, CAPITALISED)
        });
        if let Some(i) = cut {
            extra.push(Named {
                start: i + 2,
                end: m.end,
                kind: m.kind,
                weight: m.weight,
            });
            m.end = i;
        }
    }
    out.extend(extra);
    normalise(out);
}

/// A name that starts capitalised does not end in a lower-case word ("Omar arrived").
fn trim_trailing_lower(cl: &[Classes], mode: CaseMode, out: &mut [Named]) {
    if mode == CaseMode::AllCaps {
        return;
    }
    for m in out.iter_mut() {
        if !has(cl, m.start, CAPITALISED) {
            continue;
        }
        let bracketed = (m.start..m.end).any(|i| has(cl, i, OPEN_BRACKET));
        loop {
            while m.end > m.start + 1
                && !has(cl, m.end - 1, UPPER_OR_DIGIT)
                && !(bracketed && has(cl, m.end - 1, CLOSE_BRACKET))
            {
                m.end -= 1;
            }
            // Nor in a preposition and a number: "joined Kestrel Dynamics in 2019".
            let e = m.end;
            if e >= m.start + 3 && has(cl, e - 1, NUMBER) && has(cl, e - 2, YEAR_PREPOSITION) {
                m.end = e - 2;
                continue;
            }
            break;
        }
    }
}

/// Capitalised words that are not names: connectives, page labels, months and dates, counted
/// things with a number ("Stage 3"), and a sentence-initial common plural ("Traders").
fn non_names(cl: &[Classes], mode: CaseMode, out: &mut Vec<Named>) {
    out.retain(|m| {
        let span = || (m.start..m.end).map(|i| class(cl, i));
        let len = m.end.saturating_sub(m.start);
        let first = span().next().unwrap_or(BEYOND);
        if len == 1 && first & NON_NAME != 0 {
            return false;
        }
        // Months with day numbers or abbreviated ("Nov. 3", "Sept.").
        let dated = span().all(|c| c & (ANY_MONTH | BARE_NUMBER | BARE_EMPTY) != 0)
            && (span().any(|c| c & MONTH != 0)
                || has(cl, m.end, NUMBER)
                || span().any(|c| c & BARE_NUMBER != 0));
        if dated && span().any(|c| c & ANY_MONTH != 0) {
            return false;
        }
        // "Stage 3": a counted noun and its number.
        if first & COUNTED_NOUN != 0
            && (len == 1 && has(cl, m.end, NUMBER)
                || len >= 2 && span().skip(1).all(|c| c & BARE_NUMBER != 0))
        {
            return false;
        }
        // A common plural starting a normally cased sentence, listed by no gazetteer.
        !(len == 1
            && m.start == 0
            && mode == CaseMode::Normal
            && m.kind != kind_of("NORP")
            && first & COMMON_PLURAL != 0)
    });
}

/// Particles join the parts of one name: "Khalid bin Salman", "Anouk van der Berg".
fn particles(cl: &[Classes], out: &mut Vec<Named>) {
    let n = cl.len();
    // A listed first name the tagger left out, then particles, then a name: "Khalid bin Rashed".
    for m in out.iter_mut() {
        let mut j = m.start;
        while j > 0 && m.start - j < 2 && has(cl, j - 1, PARTICLE) {
            j -= 1;
        }
        if j == m.start || j == 0 || !has(cl, j - 1, CAPITALISED) || m.start - j > 2 {
            continue;
        }
        if has(cl, j - 1, FIRST_NAME) {
            m.start = j - 1;
            m.kind = PER;
            m.weight = WEIGHT_SURE;
        }
    }
    normalise(out);
    let mut k = 0;
    while k < out.len() {
        let (end, kind) = (out[k].end, out[k].kind);
        if out[k].start >= end {
            k += 1;
            continue;
        }
        let mut j = end;
        // Particles, also capitalised after a person's name: "Rashed Al Nahyan".
        while j < n
            && j - end < 2
            && (has(cl, j, PARTICLE) || kind == PER && has(cl, j, PARTICLE_LOWER))
        {
            j += 1;
        }
        // A person's name that stops at a capitalised particle goes on: "… Rashed Al" + "Nahyan".
        let open_particle = kind == PER
            && end >= out[k].start + 2
            && class(cl, end - 1) & (CAPITALISED | PARTICLE_LOWER) == CAPITALISED | PARTICLE_LOWER;
        if (j == end && !open_particle) || j >= n || !has(cl, j, CAPITALISED) {
            k += 1;
            continue;
        }
        let next = starting_at(out, j);
        let next_kind = next.map(|x| out[x].kind);
        if kind != PER && next_kind != Some(PER) {
            k += 1;
            continue;
        }
        let new_end = match next {
            Some(x) => out[x].end,
            None => j + 1,
        };
        out[k].end = new_end;
        out[k].kind = PER;
        if let Some(x) = next {
            out[x].end = out[x].start; // merged: dropped below
        }
        k += 1;
    }
    normalise(out);
}

/// A listed first name the tagger closed as a name of its own right before another short name
/// ("Ngozi" + "Adeyemi-Clarke") starts one person's name. Not when the first name is also a
/// place or a group word ("Jordan", "Georgia"), nor in ALL-CAPS or Title Case lines, where
/// every word looks like a name.
fn first_name_joins(cl: &[Classes], mode: CaseMode, out: &mut Vec<Named>) {
    if mode != CaseMode::Normal {
        return;
    }
    for k in 1..out.len() {
        let (a, b) = (&out[k - 1], &out[k]);
        if a.end - a.start != 1
            || a.end != b.start
            || b.end - b.start > 2
            || !has(cl, a.start, CAPITALISED)
            || !has(cl, b.start, CAPITALISED)
        {
            continue;
        }
        if class(cl, a.start) & (FIRST_NAME | PLACE_OR_GROUP) != FIRST_NAME {
            continue;
        }
        let end = b.end;
        out[k - 1].end = end;
        out[k - 1].kind = PER;
        out[k - 1].weight = WEIGHT_MULTI;
        out[k].end = out[k].start; // merged: dropped below
    }
    normalise(out);
}

/// Organisation names joined by "of"/"for"/"on" after a head ("Department of Water
/// Resources"), then by "and"/"&" between common words ("Office for Budget and Planning"). Two
/// names joined by "and" stay two.
fn org_names(cl: &[Classes], mode: CaseMode, out: &mut Vec<Named>) {
    let n = cl.len();
    let name_word = |i: usize| {
        let c = class(cl, i);
        if mode == CaseMode::AllCaps {
            c & HAS_ALPHA != 0 && c & CAPS_CONNECTIVE == 0
        } else {
            c & CAPITALISED != 0
        }
    };
    let mut k = 0;
    while k < out.len() {
        // "the Department of Water Resources" tagged from "Water": take the head back in.
        let s0 = out[k].start;
        if s0 >= 2
            && has(cl, s0 - 1, OF_FOR)
            && has(cl, s0 - 2, OPENS_ORG)
            && name_word(s0 - 2)
            && covering(out, s0 - 2).is_none()
        {
            let mut b = s0 - 2;
            while b > 0
                && s0 - b < MAX_RUN
                && name_word(b - 1)
                && covering(out, b - 1).is_none()
                && !has(cl, b - 1, ARTICLE)
                && !(b - 1 == 0 && has(cl, 0, NON_NAME))
            {
                b -= 1;
            }
            out[k].start = b;
            out[k].kind = ORG;
            out[k].weight = WEIGHT_SURE;
        }
        let m = out[k].clone();
        // Already joined by the tagger ("Office for Budget"): it may go on with "and".
        let joined_inside =
            m.end - m.start >= 3 && has(cl, m.start, OPENS_ORG) && has(cl, m.start + 1, OF_FOR);
        if !has(cl, m.end - 1, OPENS_ORG) && !joined_inside {
            k += 1;
            continue;
        }
        let mut end = m.end;
        let mut joined = joined_inside;
        loop {
            // 1: "of"/"for", 2: "on", 3: "and"/"&", 0: anything else.
            let c = class(cl, end);
            let link = if c & OF_FOR != 0 {
                1
            } else if c & ON != 0 {
                2
            } else if c & AND != 0 {
                3
            } else {
                0
            };
            let allowed = match link {
                1 | 2 => true,
                3 => joined,
                _ => false,
            };
            // "of the" before a name: "Office of the Governor".
            let the = link == 1 && has(cl, end + 1, LOWER_THE) && name_word(end + 2);
            let s1 = end + 1 + usize::from(the);
            if !allowed || s1 >= n || !name_word(s1) || has(cl, s1, WEEKDAY | ANY_MONTH) {
                break;
            }
            let and = link == 3;
            let mut e = s1;
            while e < n && e - end <= MAX_RUN && name_word(e) && (!and || has(cl, e, COMMON)) {
                e += 1;
            }
            if e == s1 {
                break;
            }
            // A run that is a name of its own after "and" is a second name.
            if and && starting_at(out, s1).is_some_and(|x| out[x].kind != ORG) {
                break;
            }
            end = e;
            joined = true;
            if end - m.start > 3 * MAX_RUN {
                break;
            }
        }
        if end > m.end {
            out[k].end = end;
            out[k].kind = ORG;
            out[k].weight = WEIGHT_SURE;
            // Names now inside this one are dropped (after it in order: spans do not overlap).
            let mut x = k + 1;
            while out.get(x).is_some_and(|o| o.start < end) {
                out[x].end = out[x].start; // inside or overlapping it: dropped below
                x += 1;
            }
        }
        k += 1;
    }
    normalise(out);
}

/// A multi-word name ending in an organisation's head word is an organisation; in a
/// facility's head word, a place; one opening with an organisation's head and "of"/"for"
/// ("Office of Water Planning", "Bank of Ruritania") is an organisation. A name the tagger
/// typed MISC keeps its type before a competition's head ("Premier League"), but not before
/// other organisation heads ("Ruritanian National Police") or a geographic head ("English
/// Channel", "Coral Sea": LOC).
fn heads(lex: &Lexicon, text: &dyn Text, cl: &[Classes], out: &mut [Named]) {
    let misc = kind_of("MISC");
    for m in out.iter_mut() {
        if m.end - m.start < 2 {
            continue;
        }
        let last = class(cl, m.end - 1);
        let opens =
            m.end - m.start >= 3 && has(cl, m.start, OPENS_ORG) && has(cl, m.start + 1, OF_FOR);
        let geo = m.kind == misc && last & GEO_HEAD != 0;
        if last & (FACILITY_HEAD | ORG_HEAD) == 0 && !opens && !geo {
            continue;
        }
        // A listed place ("West Bank", "Russian Federation") keeps its type.
        if listed_place(lex, text, cl, m) {
            continue;
        }
        if opens {
            m.kind = ORG;
            m.weight = WEIGHT_SURE;
        } else if geo || last & FACILITY_HEAD != 0 && kind_name(m.kind) != "NORP" {
            m.kind = LOC;
            m.weight = m.weight.max(WEIGHT_MULTI);
        } else if last & ORG_HEAD != 0 && !(m.kind == misc && last & COMPETITION_HEAD != 0) {
            m.kind = ORG;
            m.weight = WEIGHT_SURE;
        }
    }
}

/// Lines of tables and results: a header line is not a name; two sides of a game ("BOSTON AT
/// TORONTO", "Leeds 2 Carrow 1") are the same kind of thing; an ALL-CAPS headline's name does
/// not run on into its verb ("MARLOW WINS").
fn table_lines(
    lex: &Lexicon,
    text: &dyn Text,
    cl: &[Classes],
    mode: CaseMode,
    out: &mut Vec<Named>,
) {
    let word = |i: usize| text.word(i);
    let n = cl.len();
    let meaningful = |i: usize| has(cl, i, MEANINGFUL);
    // A header: the only name on its line and the line's last word a header word.
    if out.len() == 1 && (mode != CaseMode::Normal || n <= 4) {
        out.retain(|m| {
            let alone = !(0..m.start).any(meaningful) && !(m.end..n).any(meaningful);
            !(alone && has(cl, m.end - 1, HEADER_WORD))
        });
    }
    // Two sides of a game: NAME (AT|VS|V|number) NAME [number].
    if out.len() == 2 {
        let (a, b) = (&out[0], &out[1]);
        // One word between them (read only then, and the line around them only for a game).
        let game =
            b.start.checked_sub(a.end) == Some(1) && has(cl, a.end, GAME_SEPARATOR | BARE_NUMBER);
        let org = kind_of("ORG");
        if game
            && (a.kind == org || b.kind == org)
            && !(0..a.start).any(meaningful)
            && (b.end..n).all(|i| has(cl, i, NUMBER) || !meaningful(i))
        {
            for m in out.iter_mut() {
                m.kind = org;
            }
        }
    }
    // "MARLOW WINS": a common verb-like word of an ALL-CAPS name is the headline's verb, and
    // the name ends before it, or before a preposition ("BRANDT ARRESTED IN LISBON").
    if mode == CaseMode::AllCaps {
        for m in out.iter_mut() {
            if m.end - m.start < 2 {
                continue;
            }
            let lowers: Vec<String> = (m.start..m.end).map(|i| lower(word(i))).collect();
            let marks = lex.marks(&lowers);
            let cut = (1..lowers.len()).find(|&j| {
                let w = lowers[j].as_str();
                let listed = marks.get(j).copied().unwrap_or(0) != 0;
                let verb_like = (w.ends_with('s') && !w.ends_with("ss")) || w.ends_with("ed");
                let verb = verb_like
                    && !listed
                    && lex.freq_class(w) <= 2
                    && !is_org_head(bare(w))
                    && !is_facility_head(bare(w));
                verb || matches!(w, "in" | "at" | "to" | "after" | "over" | "from" | "with")
            });
            if let Some(j) = cut {
                m.end = m.start + j;
            }
        }
    }
}

/// A name whose shares or stock trade is a company ("Harborne shares fell", "Harborne's stock");
/// a listed place stays a place ("Tokyo shares" are the Tokyo market's).
fn market_context(lex: &Lexicon, text: &dyn Text, cl: &[Classes], out: &mut [Named]) {
    for m in out.iter_mut() {
        let mut j = m.end;
        if has(cl, j, POSSESSIVE) {
            j += 1;
        }
        if has(cl, j, MARKET) && m.kind != kind_of("NORP") && !listed_place(lex, text, cl, m) {
            m.kind = ORG;
            m.weight = WEIGHT_SURE;
        }
    }
}

/// A listed place the tagger typed ORG is a place again after "in", "near" or "outside" ("the
/// station in Leeds"), unless it owns something ("in Leeds's win", the team). A multi-word
/// mention's weight: the document's other mentions still decide by vote (DESIGN.md).
fn place_context(lex: &Lexicon, text: &dyn Text, cl: &[Classes], out: &mut [Named]) {
    for m in out.iter_mut() {
        if m.kind != ORG
            || m.start == 0
            || !has(cl, m.start - 1, PLACE_PREPOSITION)
            || has(cl, m.end, POSSESSIVE | APOSTROPHE)
            || !listed_place(lex, text, cl, m)
        {
            continue;
        }
        m.kind = LOC;
        m.weight = m.weight.max(WEIGHT_MULTI);
    }
}
