//! Repairs for modern news and web text (DESIGN.md, `entgen22`): events typed as organisations,
//! a leading "The", a dateline's weekday run into a name, an organisation run into the person
//! after it, a body after a nationality ("Scottish Government"), a headline's verb ending
//! a name ("Charity Warns"), a year in brackets, and the acronyms of terms.

use super::words::word_list;
use super::*;

/// A name ending in an event's or a prize's head word ("Avignon Festival", "Royal Gold
/// Medal", "American Revolution") is MISC, whatever the tagger typed (as CoNLL types events).
/// `union` is the union of the sentence's classes: without an event's head no name is read.
pub(super) fn events(
    lex: &Lexicon,
    text: &dyn Text,
    cl: &[Classes],
    union: Classes,
    out: &mut [Named],
) {
    if union & EVENT_HEAD == 0 {
        return;
    }
    for m in out.iter_mut() {
        if m.end - m.start < 2 || m.kind == MISC || !has(cl, m.end - 1, EVENT_HEAD) {
            continue;
        }
        if listed_place(lex, text, cl, m) {
            continue;
        }
        m.kind = MISC;
        m.weight = WEIGHT_SURE;
    }
}

/// A leading "The" is no part of a name of three words or more ("The Brooklyn Paper" →
/// `Brooklyn Paper`; "The Oval" stays, as CoNLL marks it) nor of an acronym ("The BBC"), except
/// before a newspaper's head word ("The Washington Post", as CoNLL marks newspapers) and in a
/// listed place ("The Hague").
/// Without a capitalised "The" in the sentence (`union`) no name is read.
pub(super) fn leading_the(
    lex: &Lexicon,
    text: &dyn Text,
    cl: &[Classes],
    union: Classes,
    out: &mut [Named],
) {
    if union & THE_CAPITALISED == 0 {
        return;
    }
    for m in out.iter_mut() {
        // Two words when the second is an acronym ("The BBC"): an article is never part of one.
        let acronym = m.end - m.start == 2
            && class(cl, m.start + 1) & (CAPITALISED | HAS_ALPHA | HAS_LOWER)
                == CAPITALISED | HAS_ALPHA;
        if m.end - m.start < 3 && !acronym
            || !has(cl, m.start, THE_CAPITALISED)
            || !has(cl, m.start + 1, CAPITALISED)
            || has(cl, m.end - 1, NEWSPAPER_HEAD)
            || listed_place(lex, text, cl, m)
        {
            continue;
        }
        m.start += 1;
    }
}

/// A dateline's weekday is no part of the name before it: "… of the Magicians Wednesday,
/// October 9" → `… of the Magicians`. Only before a month: "Sheffield Wednesday 2" is a club.
/// Without both a weekday and a month in the sentence (`union`) no name is read.
pub(super) fn dateline_weekday(cl: &[Classes], union: Classes, out: &mut [Named]) {
    if union & WEEKDAY == 0 || union & ANY_MONTH == 0 {
        return;
    }
    for m in out.iter_mut() {
        let e = m.end;
        if e - m.start < 2 || !has(cl, e - 1, WEEKDAY) {
            continue;
        }
        // A month next, or after a comma (punctuation: no letter nor digit, within the sentence).
        let month_next = has(cl, e, ANY_MONTH)
            || class(cl, e) & (BARE_EMPTY | MEANINGFUL) == 0 && has(cl, e + 1, ANY_MONTH);
        if month_next {
            m.end -= 1;
        }
    }
}

/// An organisation's name run into a person's after it ("Washington State University Simon
/// Ličen"): split before a listed first name that follows a head word and precedes another
/// capitalised word. Only in a sentence with both (`union`: its words' classes).
pub(super) fn org_then_person(cl: &[Classes], union: Classes, out: &mut Vec<Named>) {
    if union & ORG_HEAD == 0 || union & FIRST_NAME == 0 {
        return;
    }
    let mut extra = Vec::new();
    for m in out.iter_mut() {
        if m.end - m.start < 4 {
            continue;
        }
        let split = (m.start + 1..m.end - 1).find(|&i| {
            has(cl, i - 1, ORG_HEAD)
                && class(cl, i) & (FIRST_NAME | CAPITALISED) == FIRST_NAME | CAPITALISED
                && has(cl, i + 1, CAPITALISED)
                && !has(cl, i + 1, ORG_HEAD | FACILITY_HEAD)
        });
        if let Some(i) = split {
            extra.push(Named {
                start: i,
                end: m.end,
                kind: PER,
                weight: WEIGHT_MULTI,
            });
            m.end = i;
            m.kind = ORG;
            m.weight = WEIGHT_SURE;
        }
    }
    if !extra.is_empty() {
        out.extend(extra);
        normalise(out);
    }
}

/// A nationality, group or place followed by a capitalised body the tagger left out
/// ("Scottish Government", "Welsh Parliament", "US Treasury", "French Senate") is one
/// organisation; so is one followed by a capitalised word and a force's word ("US Space
/// Force", "Kenyan Air Force", "US Coast Guard": [`is_force_word`], read only after a
/// capitalised word no span covers).
pub(super) fn government_bodies(
    text: &dyn Text,
    cl: &[Classes],
    union: Classes,
    mode: CaseMode,
    out: &mut Vec<Named>,
) {
    // The head is a government's or a force's word (a [`RULE_CUE`]).
    if mode != CaseMode::Normal || union & (GOVERNMENT_HEAD | RULE_CUE) == 0 {
        return;
    }
    let mut changed = false;
    for k in 0..out.len() {
        let m = &out[k];
        let e = m.end;
        if !matches!(m.kind, NORP | MISC | LOC) || !has(cl, e, CAPITALISED) {
            continue;
        }
        let next_start = out.get(k + 1).map_or(usize::MAX, |next| next.start);
        if next_start <= e {
            continue;
        }
        let end = if has(cl, e, GOVERNMENT_HEAD) {
            e + 1
        } else if next_start > e + 1
            && has(cl, e + 1, CAPITALISED)
            && is_force_word(text.word(e + 1))
        {
            e + 2
        } else {
            continue;
        };
        let m = &mut out[k];
        m.end = end;
        m.kind = ORG;
        m.weight = WEIGHT_SURE;
        changed = true;
    }
    if changed {
        normalise(out);
    }
}

word_list! {
FORCE_WORDS;
/// Last words of armed and emergency services named after a nation with a word before
/// ("Air Force", "Space Force", "Coast Guard", "Marine Corps", "Defence Forces").
pub(super) fn is_force_word(w: impl AsRef<[u8]>) -> bool {
    fn of(b: &[u8]) -> bool {
        matches!(b, b"Force" | b"Forces" | b"Guard" | b"Corps")
    }
    of(w.as_ref())
}
}

/// A title-case headline's verb ends the name before it ("Charity Warns" → `Charity`): the
/// rest of the name after it is a name of its own.
pub(super) fn headline_verbs(cl: &[Classes], out: &mut Vec<Named>) {
    let mut extra = Vec::new();
    for m in out.iter_mut() {
        let verb =
            |i: usize| class(cl, i) & (HEADLINE_VERB | CAPITALISED) == HEADLINE_VERB | CAPITALISED;
        let Some(v) = (m.start + 1..m.end).find(|&i| verb(i)) else {
            continue;
        };
        // The rest, without the connectives that open it ("… Calls for Change" → `Change`).
        let mut rest = v + 1;
        while rest < m.end && has(cl, rest, OF_FOR | AND | LOWER_THE | ON | HEADLINE_MINOR) {
            rest += 1;
        }
        if rest < m.end {
            extra.push(Named {
                start: rest,
                end: m.end,
                kind: m.kind,
                weight: m.weight,
            });
        }
        m.end = v;
    }
    if !extra.is_empty() {
        out.extend(extra);
        normalise(out);
    }
}

/// A year in brackets is no part of a name ("Jim (1962)" → `Jim`, "Quilis (1984)" →
/// `Quilis`). The name keeps its type: an organisation before a year is as often a citation
/// ("World Bank (2015)") as a work. But a name of two words or more typed a person or a place
/// before a year in brackets, with no listed first name, particle, title or "and" in it, is a
/// work (MISC, [`WEIGHT_SURE`]): a film's or a book's year ("Cemetery Junction (2010)"),
/// where a cited author is one surname, or several joined by "and" or "&" (branch gum38); so is
/// an organisation's there after a possessive ("Waugh's Brideshead Revisited (2008)").
/// Without both brackets and a year in the sentence (`union`) no name is read.
pub(super) fn bracketed_years(cl: &[Classes], union: Classes, out: &mut [Named]) {
    const ALL: Classes = OPEN_BRACKET | YEAR | CLOSE_BRACKET;
    if union & ALL != ALL {
        return;
    }
    for m in out.iter_mut() {
        let y = m.end.saturating_sub(3);
        if y > m.start
            && has(cl, y, OPEN_BRACKET)
            && has(cl, y + 1, YEAR)
            && has(cl, y + 2, CLOSE_BRACKET)
        {
            m.end = y;
        }
        if dated_work(cl, m) {
            m.kind = MISC;
            m.weight = WEIGHT_SURE;
        }
    }
}

/// Whether `m` is a work's name before its year in brackets ([`bracketed_years`]).
fn dated_work(cl: &[Classes], m: &Named) -> bool {
    const NOT_IN_WORK: Classes = FIRST_NAME | PARTICLE | PARTICLE_LOWER | HONORIFIC | AND;
    m.end - m.start >= 2
        && m.weight < WEIGHT_SURE
        && has(cl, m.end, OPEN_BRACKET)
        && has(cl, m.end + 1, YEAR)
        && has(cl, m.end + 2, CLOSE_BRACKET)
        && match m.kind {
            PER | LOC => true,
            ORG => m.start > 0 && has(cl, m.start - 1, POSSESSIVE),
            _ => false,
        }
        && (m.start..m.end).all(|i| !has(cl, i, NOT_IN_WORK))
}

/// The acronym in brackets of lower-case words before it is a term, not a name: "sea surface
/// temperature (SST)", "gross domestic product (GDP)", "non-governmental organisations (NGOs)".
/// Its mention vetoes every mention of it in the text ([`WEIGHT_NOT_A_NAME`]).
/// `union` is the union of the sentence's classes: without both brackets no word is walked.
pub(super) fn defined_terms(text: &dyn Text, cl: &[Classes], union: Classes, out: &mut Vec<Named>) {
    if union & (OPEN_BRACKET | CLOSE_BRACKET) != OPEN_BRACKET | CLOSE_BRACKET {
        return;
    }
    let n = cl.len();
    for i in 1..n.saturating_sub(2) {
        if !has(cl, i, OPEN_BRACKET) || !has(cl, i + 2, CLOSE_BRACKET) {
            continue;
        }
        let acronym = text.word(i + 1);
        if !defines(text, cl, i, acronym) {
            continue;
        }
        let a = i + 1;
        match covering(out, a) {
            Some(k) if out[k].start == a && out[k].end == a + 1 => {
                out[k].weight = WEIGHT_NOT_A_NAME;
            }
            Some(_) => {}
            None => {
                let at = out.partition_point(|m| m.start < a);
                out.insert(
                    at,
                    Named {
                        start: a,
                        end: a + 1,
                        kind: MISC,
                        weight: WEIGHT_NOT_A_NAME,
                    },
                );
            }
        }
    }
}

/// Whether `acronym` (2 to 6 capitals, perhaps a plural "s") spells the initials of the
/// lower-case words that end right before word `open` (hyphenated words give one initial a
/// part, or one in all).
fn defines(text: &dyn Text, cl: &[Classes], open: usize, acronym: &str) -> bool {
    let letters = acronym.strip_suffix('s').unwrap_or(acronym).as_bytes();
    if !is_short_acronym(letters) {
        return false;
    }
    // The initials of the words before, last first: connectives may be skipped.
    let mut want = letters.iter().rev().peekable();
    let mut j = open;
    while want.peek().is_some() {
        if j == 0 {
            return false;
        }
        j -= 1;
        let c = class(cl, j);
        // Lower-case words (the first word of the sentence may be capitalised).
        if c & HAS_LOWER == 0 || c & CAPITALISED != 0 && j > 0 {
            return false;
        }
        let w = text.word(j).as_bytes();
        let parts: Vec<u8> = w
            .split(|&b| b == b'-')
            .filter_map(|p| p.first().copied())
            .collect();
        let Some(&&next) = want.peek() else {
            break;
        };
        if parts.len() > 1
            && parts
                .iter()
                .rev()
                .zip(want.clone())
                .all(|(p, l)| p.to_ascii_uppercase() == *l)
            && want.len() >= parts.len()
        {
            for _ in 0..parts.len() {
                want.next();
            }
        } else if w.first().is_some_and(|b| b.to_ascii_uppercase() == next) {
            want.next();
        } else if c & (OF_FOR | AND | LOWER_THE) == 0 {
            return false;
        }
    }
    true
}
