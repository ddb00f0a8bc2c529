//! Repairs of people's names: titles outside the span, name particles, a listed first name
//! joining the surname after it.

use super::*;

/// Titles stay outside person spans: a span that starts with a title loses it (and is a
/// person's name), a span that is only a title goes, and a capitalised word right after an
/// honorific that the tagger missed or mistyped becomes a person's name.
pub(super) fn titles(cl: &[Classes], union: Classes, mode: CaseMode, out: &mut Vec<Named>) {
    // Every step below starts at an honorific (a title run holds one, and so does the walk for
    // names after one): without one in the sentence (`union`: its words' classes) only the
    // spans' order is made normal.
    if union & HONORIFIC == 0 {
        normalise(out);
        return;
    }
    // Starts of the people's names that follow a title, to be made whole below.
    let mut titled: Vec<usize> = Vec::new();
    // In a headline every word is capitalised: only an uncommon one reads as a name there
    // (asked only once a title is seen).
    let mut headline: Option<bool> = None;
    let mut is_headline = || *headline.get_or_insert_with(|| headlines::headline_like(cl, mode));
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
    // The place or group words before a title, cut off a name that runs through the title.
    let mut before_title = Vec::new();
    for m in out.iter_mut() {
        let Some(j) = title_run(m.start, m.end).or_else(|| modifiers_after_title(cl, m)) else {
            if let Some((p, j)) = inner_title(cl, m, &title_run) {
                before_title.push(Named {
                    start: m.start,
                    end: p,
                    kind: if has(cl, p - 1, GROUP_WORD) {
                        NORP
                    } else {
                        LOC
                    },
                    weight: if p - m.start >= 2 {
                        WEIGHT_MULTI
                    } else {
                        WEIGHT_SINGLE
                    },
                });
                m.start = j;
                m.kind = PER;
                m.weight = WEIGHT_SURE;
                titled.push(j);
            }
            continue;
        };
        let plain = (m.start..j).any(|i| has(cl, i, PLAIN_HONORIFIC));
        let last = class(cl, m.end - 1);
        let possessive = has(cl, m.end, POSSESSIVE);
        // A listed first name after the title makes a person whatever the tagger's type
        // ("Prof Malcolm Tregothnan" typed LOC), unless the title starts a listed place
        // ("Prince George") or the name ends in a place's or a competition's head word.
        let first_name = has(cl, j, FIRST_NAME)
            && !has(cl, m.start, STARTS_PHRASE)
            && last & (GEO_HEAD | COMPETITION_HEAD) == 0;
        if j == m.end && !possessive {
            m.end = m.start; // only a title: removed below
        } else if (m.kind == PER || plain || first_name) && last & (ORG_HEAD | FACILITY_HEAD) == 0 {
            m.start = j;
            m.kind = PER;
            m.weight = WEIGHT_SURE;
            titled.push(j);
        }
    }
    out.extend(before_title);
    normalise(out);
    out.retain(|m| m.start < m.end);
    // Names right after an honorific (collected apart: they only cover tokens after `i`).
    let n = cl.len();
    let mut added = Vec::new();
    let mut i = 0;
    while i < n {
        // On to the next honorific before a capitalised word (one pass over the classes, no
        // bounds test a word): the words before it are passed over.
        let next = cl.get(i..).and_then(|rest| {
            rest.windows(2).position(
                |pair| matches!(pair, [c, after] if c & HONORIFIC != 0 && after & CAPITALISED != 0),
            )
        });
        let Some(k) = next else {
            break;
        };
        i += k;
        let mut after = i + 1;
        // A title's modifiers after it belong to the title ("Secretary General Farouk …").
        while has(cl, after, TITLE_MODIFIER)
            && !has(cl, after, HONORIFIC)
            && has(cl, after + 1, CAPITALISED)
        {
            after += 1;
        }
        if has(cl, after, NON_NAME) {
            i += 1;
            continue;
        }
        // A title after the honorific ("Mr. President", "Mr. Chief Justice", "Madam Deputy
        // Speaker") is how a speaker is addressed, no name: the tagger's name made only of
        // its words goes too.
        if let Some(j) = title_run(after, n) {
            if let Some(k) = starting_at(out, after).filter(|&k| out[k].end <= j) {
                out.remove(k);
            }
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
                    titled.push(after);
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
                    let common = c & COMMON != 0 && is_headline();
                    if !ok
                        || common
                        || c & (HONORIFIC | HEADLINE_VERB) != 0
                        || covering(out, e).is_some()
                    {
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
    if mode != CaseMode::AllCaps && !titled.is_empty() {
        // In a Title Case line that is no headline (a list, a line with numbers) as well.
        let common_stops = mode == CaseMode::Title || is_headline();
        for start in titled {
            whole_after_title(cl, common_stops, start, out);
        }
        normalise(out);
    }
}

/// Most words of a place or group before a title inside one name ("New South Wales Premier …").
const BEFORE_TITLE_MAX: usize = 3;

/// A name that runs from listed place or group words through a title to a person's name
/// ("Quebec Premier Sylvain Bergeron-Lafleur", "Welsh First Minister Eluned Caradog"): where
/// the title starts and where the person's name does. Not when the name ends in a head word
/// ("Queensland Premier League", "Texas Governor Mansion Trust": no person there).
fn inner_title(
    cl: &[Classes],
    m: &Named,
    title_run: &impl Fn(usize, usize) -> Option<usize>,
) -> Option<(usize, usize)> {
    if m.end - m.start < 3 || !has(cl, m.start, PLACE_OR_GROUP | STARTS_PHRASE) {
        return None;
    }
    let title_words = HONORIFIC | TITLE_MODIFIER;
    let p = (m.start + 1..(m.start + BEFORE_TITLE_MAX + 1).min(m.end - 1))
        .find(|&i| has(cl, i, title_words))?;
    let j = title_run(p, m.end).filter(|&j| j < m.end)?;
    let heads = ORG_HEAD | FACILITY_HEAD | GEO_HEAD | COMPETITION_HEAD;
    let words_before = (m.start..p).all(|i| has(cl, i, CAPITALISED));
    (words_before
        && has(cl, p - 1, PLACE_WORD | GROUP_WORD)
        && class(cl, j) & (CAPITALISED | NON_NAME) == CAPITALISED
        && !has(cl, m.end - 1, heads))
    .then_some((p, j))
}

/// Most words a person's name after a title runs to ("Mayor Imogen de la Tallis").
const TITLED_NAME_MAX: usize = 4;

/// The person's name starting at `start`, right after a title, takes in the capitalised words
/// that follow it and any names the tagger made of them ("Mayor" + "Imogen" + "Tallis" →
/// `Imogen Tallis`). Merged names are left empty for [`normalise`].
fn whole_after_title(cl: &[Classes], headline: bool, start: usize, out: &mut [Named]) {
    let Some(k) = starting_at(out, start) else {
        return;
    };
    if out[k].kind != PER || out[k].end <= start {
        return;
    }
    let stops =
        HONORIFIC | NON_NAME | WEEKDAY | ANY_MONTH | ORG_HEAD | FACILITY_HEAD | HEADLINE_VERB;
    let mut e = out[k].end;
    while e < cl.len() && e - start < TITLED_NAME_MAX {
        let c = class(cl, e);
        let name_word = c & (CAPITALISED | HAS_LOWER) == CAPITALISED | HAS_LOWER
            && c & stops == 0
            && !(headline && c & COMMON != 0);
        if !name_word {
            break;
        }
        match starting_at(out, e) {
            Some(x) if out[x].end - start <= TITLED_NAME_MAX && out[x].kind != LOC => {
                e = out[x].end;
                out[x].end = out[x].start; // merged
            }
            Some(_) => break,
            None => e += 1,
        }
    }
    out[k].end = e;
}

/// Particles join the parts of one name: "Khalid bin Salman", "Anouk van der Berg". Only where
/// the sentence holds a particle, as written or lower-cased (`union`: its words' classes);
/// elsewhere [`particles_everywhere`] joins nothing (each of its steps starts at one), and only
/// its [`normalise`] is left.
pub(super) fn particles(cl: &[Classes], union: Classes, out: &mut Vec<Named>) {
    if union & (PARTICLE | PARTICLE_LOWER) != 0 {
        particles_everywhere(cl, out);
    } else {
        normalise(out);
    }
}

/// [`particles`] without its gate (the tests' reference).
pub(super) fn particles_everywhere(cl: &[Classes], out: &mut Vec<Named>) {
    let n = cl.len();
    for m in out.iter_mut() {
        // A listed first name, a particle in lower case, a capitalised word that is no listed
        // place nor an organisation's head: a person ("Marguerite van Dalen", "Khalid bin
        // Salman") the tagger typed an organisation or MISC ("Santiago de Cuba" stays a place).
        if matches!(m.kind, ORG | MISC)
            && m.end - m.start >= 3
            && has(cl, m.start, FIRST_NAME)
            && (m.start + 1..m.end - 1).any(|j| {
                class(cl, j) & (PARTICLE | CAPITALISED) == PARTICLE && has(cl, j + 1, CAPITALISED)
            })
            && !has(cl, m.end - 1, ORG_HEAD | PLACE_WORD)
        {
            m.kind = PER;
        }
        // A capitalised particle opening the sentence before a one-word name the tagger began
        // after it ("Van Dalen said": the tagger reads "Van" as a common word): one name.
        if m.start == 1
            && m.end == 2
            && class(cl, 0) & (PARTICLE_LOWER | CAPITALISED | PARTICLE)
                == PARTICLE_LOWER | CAPITALISED
            && !has(cl, 2, CAPITALISED)
        {
            m.start = 0;
        }
    }
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
/// every word looks like a name. Without a listed first name in the sentence (`union`: its
/// words' classes) only the spans' order is made normal.
pub(super) fn first_name_joins(
    cl: &[Classes],
    union: Classes,
    mode: CaseMode,
    out: &mut Vec<Named>,
) {
    if mode != CaseMode::Normal {
        return;
    }
    if union & FIRST_NAME == 0 {
        normalise(out);
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

/// The end of the title modifiers opening name `m` right after an honorific ("Secretary General
/// Haitham al-Ghais": the tagger's name began at "General", branch ent41), if it opens with one.
fn modifiers_after_title(cl: &[Classes], m: &Named) -> Option<usize> {
    if m.start == 0 || !has(cl, m.start - 1, HONORIFIC) {
        return None;
    }
    let j = (m.start..m.end)
        .find(|&j| class(cl, j) & (TITLE_MODIFIER | HONORIFIC) != TITLE_MODIFIER)
        .unwrap_or(m.end);
    (j > m.start).then_some(j)
}
