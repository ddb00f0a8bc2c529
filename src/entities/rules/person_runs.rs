//! A person's full name, where the tagger cut it or wrapped it in another name: the tail of a
//! MISC or NORP span after a lower-case word or a bracket ("Nobel laureate Anouk
//! Verhaege", "Dean (Jarek Tolland" → the person), a name cut before its last part ("Clara
//! Martínez" + "Cantón", "Pierre Augustin" + "Caron de Beaumarchais"), and a listed first name
//! left just before a surname ("Lotte" + "Wilms"). Modern biographies, academic papers and
//! interviews give people three or four names, which news rarely does (GUM, twenty-ninth
//! session figures in DESIGN.md). Each step walks the sentence's spans only.

use super::*;

/// Most words a person's name grows to by these joins.
const FULL_NAME_MAX: usize = 5;

/// Words that are never the next part of a person's name: listed non-names, months, weekdays,
/// the most frequent words, titles and head words, places and groups, possessives.
const NOT_A_NAME_PART: Classes = NON_NAME
    | ANY_MONTH
    | WEEKDAY
    | TOP_WORD
    | COMMON
    | COMMON_PLURAL
    | HONORIFIC
    | TITLE_MODIFIER
    | PLAIN_HONORIFIC
    | ORG_HEAD
    | FACILITY_HEAD
    | GEO_HEAD
    | COMPETITION_HEAD
    | EVENT_HEAD
    | NEWSPAPER_HEAD
    | GOVERNMENT_HEAD
    | PLACE_OR_GROUP
    | POSSESSIVE
    | SOCIAL
    | YEAR;

/// A listed first name that is no place or group word, capitalised, with a lower-case letter.
fn first_name(cl: &[Classes], i: usize) -> bool {
    class(cl, i) & (FIRST_NAME | PLACE_OR_GROUP | CAPITALISED | HAS_LOWER)
        == FIRST_NAME | CAPITALISED | HAS_LOWER
}

/// A capitalised word, not all capitals, that may go on a person's name.
fn name_part(cl: &[Classes], i: usize) -> bool {
    class(cl, i) & (CAPITALISED | HAS_LOWER | NOT_A_NAME_PART) == CAPITALISED | HAS_LOWER
}

/// The three joins, in normally cased sentences (in ALL-CAPS and Title Case lines every word
/// looks like a name). `union`: every class of the sentence's words; the joins of a first name
/// walk nothing in a sentence without one, and the cut needs a MISC or NORP span.
pub(super) fn person_runs(cl: &[Classes], union: Classes, mode: CaseMode, out: &mut Vec<Named>) {
    if mode != CaseMode::Normal || out.is_empty() {
        return;
    }
    if out.iter().any(|m| matches!(m.kind, MISC | NORP)) {
        people_inside_other_names(cl, out);
    }
    if union & FIRST_NAME != 0 {
        names_run_on(cl, out);
        first_names_before(cl, out);
    }
}

/// A MISC or NORP span whose tail is a first name and capitalised words, after a word that is
/// not capitalised (a lower-case word, a bracket, a comma; not "of", "the", "and"), is that
/// person's name:
/// "Nobel laureate Anouk Verhaege" (MISC) → `Anouk Verhaege` (PER). A tail of the first name
/// alone takes the untagged capitalised word after the span ("co-star Genevieve" + "Cortese").
/// Without a listed first name, a tail of two or three capitalised words after a lower-case
/// word that titles of works do not hold ("laureate", "co-star": not "of", "the", "and") is a
/// person's name too ("Nobel laureate Władysław Reymont"; "Gone with the Wind Falls" stays).
fn people_inside_other_names(cl: &[Classes], out: &mut Vec<Named>) {
    /// Lower-case words that titles of works hold.
    const TITLE_WORD: Classes =
        HEADLINE_MINOR | TOP_WORD | ARTICLE | AND | OF_FOR | ON | PARTICLE_LOWER;
    let n = cl.len();
    let mut changed = false;
    for k in 0..out.len() {
        let m = &out[k];
        if !matches!(m.kind, MISC | NORP) || m.end - m.start < 2 {
            continue;
        }
        let (s, e) = (m.start, m.end);
        // A word that cuts the person off what comes before: not capitalised, and no small
        // word that titles of works hold ("of", "the").
        let cuts = |i: usize| class(cl, i) & (CAPITALISED | TITLE_WORD) == 0;
        let cut = if let Some(j) = (s + 1..e).find(|&j| first_name(cl, j)) {
            let tail_named = (j + 1..e).all(|i| has(cl, i, CAPITALISED) || has(cl, i, PARTICLE));
            ((s..j).any(cuts) && tail_named).then_some(j)
        } else {
            // The last word of the span that is not capitalised: a lower-case word.
            (s..e)
                .rev()
                .find(|&i| !has(cl, i, CAPITALISED))
                .filter(|&i| {
                    cuts(i)
                        && has(cl, i, HAS_LOWER)
                        && (2..=3).contains(&(e - i - 1))
                        && (i + 1..e).all(|w| name_part(cl, w))
                })
                .map(|i| i + 1)
        };
        let Some(j) = cut else {
            continue;
        };
        let mut end = e;
        if end == j + 1 && end < n && name_part(cl, end) && starting_at(out, end).is_none() {
            end += 1;
        }
        if end == j + 1 {
            continue;
        }
        let m = &mut out[k];
        m.start = j;
        m.end = end;
        m.kind = PER;
        m.weight = WEIGHT_MULTI;
        changed = true;
    }
    if changed {
        normalise(out);
    }
}

/// A person's name of two or three words that opens with a listed first name goes on into the
/// capitalised word right after it that no span holds ("Clara Martínez" + "Cantón"), or into a
/// person's name that starts right there ("Pierre Augustin" + "Caron de Beaumarchais").
fn names_run_on(cl: &[Classes], out: &mut Vec<Named>) {
    let n = cl.len();
    let mut changed = false;
    let mut k = 0;
    while k < out.len() {
        let m = &out[k];
        let (s, e) = (m.start, m.end);
        k += 1;
        if m.kind != PER || !(2..=3).contains(&(e - s)) || !first_name(cl, s) || e >= n {
            continue;
        }
        if !name_part(cl, e) {
            continue;
        }
        let end = match out.get(k) {
            Some(next) if next.start == e => {
                if next.kind != PER || next.end - s > FULL_NAME_MAX {
                    continue;
                }
                next.end
            }
            _ => e + 1,
        };
        if let Some(next) = out.get_mut(k).filter(|x| x.start == e) {
            next.end = next.start; // merged: dropped below
        }
        if let Some(m) = out.get_mut(k - 1) {
            m.end = end;
            m.weight = m.weight.max(WEIGHT_MULTI);
        }
        changed = true;
    }
    if changed {
        normalise(out);
    }
}

/// A listed first name that no span holds, right before a person's name of one or two words,
/// opens it ("Lotte" + "Wilms"). Not the sentence's first word (where any word is capitalised).
fn first_names_before(cl: &[Classes], out: &mut [Named]) {
    let mut before_end = 0;
    for m in out.iter_mut() {
        let s = m.start;
        let ok = m.kind == PER
            && m.end - s <= 2
            && s >= 2
            && s > before_end
            && first_name(cl, s - 1)
            && name_part(cl, s - 1)
            && has(cl, s, CAPITALISED);
        before_end = m.end;
        if ok {
            m.start = s - 1;
            m.weight = m.weight.max(WEIGHT_MULTI);
        }
    }
}
