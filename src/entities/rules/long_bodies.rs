//! Long names of public bodies that the tagger cuts at their "and" or their commas (branch
//! ent31): "Food" + "and" + "Drug Administration" (the first part left out), "Department for
//! Culture" + ", Media and Sport", "Bureau of Alcohol" + ", Tobacco, Firearms and Explosives".
//! The words joined are common words in title case, so two names joined by "and" ("Ofcom and
//! Thames Water Authority", "Vellacott and Rescue Service") stay two.

use super::*;

/// Most common words a body's first part before "and" has ("Product Safety and Standards
/// Agency", "Food and Drug Administration").
const BEFORE_AND: usize = 2;

/// Most words of an item of a body's list ("Rural Affairs", "Net Zero").
const ITEM: usize = 2;

/// Words of a body's name: capitalised, no first name or article, no span or a one-word span
/// of another type over it ("Media" typed LOC), and frequent in lower case ([`COMMON`], or so
/// by the lexicon when a gazetteer lists it too: "Food", "Media").
fn body_word(lex: &Lexicon, text: &dyn Text, cl: &[Classes], out: &[Named], j: usize) -> bool {
    covering(out, j).is_none_or(|k| out[k].end - out[k].start == 1)
        && common_title(lex, text, cl, j)
}

/// A capitalised word, no first name or article, frequent in lower case ([`COMMON`], or so by
/// the lexicon when a gazetteer lists it too).
fn common_title(lex: &Lexicon, text: &dyn Text, cl: &[Classes], j: usize) -> bool {
    let c = class(cl, j);
    c & (CAPITALISED | HAS_LOWER | FIRST_NAME | ARTICLE) == CAPITALISED | HAS_LOWER
        && (c & COMMON != 0 || c & STARTS_PHRASE != 0 && lex.freq_class(&lower(text.word(j))) <= 3)
}

/// An organisation whose name ends in a head ([`ORG_HEAD`], [`GOVERNMENT_HEAD`], "Administration") right after
/// "and", with up to [`BEFORE_AND`] capitalised common words before the "and" that no span
/// covers, or a one-word span of another type ("Medicines" typed MISC): one body ("Food and
/// Drug Administration"). A word before them that is capitalised but not common ends the body
/// only when it is a name the tagger found ("US" + "Food and …": [`places_before_bodies`]
/// joins it then); an unknown capitalised word ("Avon and Somerset Police") leaves the span.
/// Two organisations are [`and_inside_orgs`]'s.
pub(super) fn bodies_across_and(
    lex: &Lexicon,
    text: &dyn Text,
    cl: &[Classes],
    union: Classes,
    out: &mut Vec<Named>,
) {
    if union & AND_EXACT == 0 {
        return;
    }
    let mut k = 0;
    while k < out.len() {
        let b = out[k].clone();
        k += 1;
        if b.kind != ORG
            || b.start < 2
            || !has(cl, b.start - 1, AND_EXACT)
            || !(has(cl, b.end - 1, ORG_HEAD | GOVERNMENT_HEAD)
                || text.word(b.end - 1) == "Administration")
            || !(b.start..b.end - 1).all(|j| common_title(lex, text, cl, j))
            || !body_word(lex, text, cl, out, b.start - 2)
        {
            continue;
        }
        let mut s = b.start - 2;
        while s > 0 && b.start - 1 - s < BEFORE_AND && body_word(lex, text, cl, out, s - 1) {
            s -= 1;
        }
        let before_ok = s == 0
            || !has(cl, s - 1, CAPITALISED)
            || has(cl, s - 1, ARTICLE)
            || covering(out, s - 1).is_some();
        if !before_ok {
            continue;
        }
        // A listed country's one word right before it is the body's ("US" + "Food and Drug
        // Administration"), as [`places_before_bodies`] joins one before a head.
        if s > 0 {
            if let Some(p) = covering(out, s - 1) {
                let m = &out[p];
                if m.kind == LOC && m.start + 1 == s && has(cl, m.start, PLACE_WORD) {
                    s = m.start;
                }
            }
        }
        out.retain(|m| m.end <= s || m.start >= b.start);
        let at = out.partition_point(|m| m.start < b.start);
        if let Some(m) = out.get_mut(at) {
            m.start = s;
            m.weight = WEIGHT_SURE;
        }
        k = at + 1;
    }
}

/// An organisation whose name ends in "of"/"for" and one or two capitalised words ("Department
/// for Culture", "Bureau of Alcohol") followed by a list of capitalised common words, commas
/// between and "and" before the last (", Media and Sport", ", Tobacco, Firearms and
/// Explosives", ", Maritime and Transport Workers"): the list is the name's. Spans the tagger
/// made inside the list go. A list that does not end in "and" and capitalised words, or holds
/// an uncommon word ("Department for Education, Ofsted and Unison"), stays apart.
pub(super) fn bodies_with_lists(
    lex: &Lexicon,
    text: &dyn Text,
    cl: &[Classes],
    union: Classes,
    out: &mut Vec<Named>,
) {
    if union & AND_EXACT == 0 || union & OF_FOR == 0 {
        return;
    }
    let mut k = 0;
    while k < out.len() {
        let a = out[k].clone();
        k += 1;
        let e = a.end;
        if a.kind != ORG || has(cl, e, MEANINGFUL) || text.word(e) != "," {
            continue;
        }
        let of_at = (a.start + 1..e.saturating_sub(1))
            .rev()
            .take(ITEM + 1)
            .find(|&j| has(cl, j, OF_FOR));
        let Some(of_at) = of_at else {
            continue;
        };
        if a.kind != ORG || !(of_at + 1..e).all(|j| has(cl, j, CAPITALISED)) || text.word(e) != ","
        {
            continue;
        }
        // Items: ", Word [Word]" repeated, then "and Word [Word [Word]]".
        let mut p = e;
        let mut end = None;
        while text.word(p) == "," {
            let n = (p + 1..p + 1 + ITEM)
                .take_while(|&j| body_word(lex, text, cl, out, j))
                .count();
            if n == 0 {
                break;
            }
            p += 1 + n;
            if has(cl, p, AND_EXACT) {
                let m = (p + 1..p + 2 + ITEM)
                    .take_while(|&j| has(cl, j, ORG_HEAD) || body_word(lex, text, cl, out, j))
                    .count();
                if m > 0 {
                    end = Some(p + 1 + m);
                }
                break;
            }
        }
        let Some(end) = end else {
            continue;
        };
        out.retain(|m| m.end <= e || m.start >= end);
        if let Some(m) = out.get_mut(k - 1) {
            m.end = end;
            m.weight = WEIGHT_SURE;
        }
    }
}
