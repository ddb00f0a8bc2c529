//! Places named in pairs and lists (branch ent32): "between Brixton and Walthamstow", "from
//! Carlisle to Glasgow", "in Harpenden and Stevenage", "in Kettering, Rugby and Corby". The
//! tagger types a town that is also a surname or a company's name as a person or an
//! organisation; the place beside it, joined so, shows what it is.

use super::words::word_list;
use super::*;

/// Whether the words before and between two names, `a` then `b` with one word between, make a
/// pair of places when one is: "between a and b", "from a to b". Read only for such names.
fn pair_words(text: &dyn Text, cl: &[Classes], a: &Named) -> bool {
    let (opener, joiner) = (a.start - 1, a.end);
    match text.word(opener) {
        "between" => has(cl, joiner, AND_EXACT),
        "from" => text.word(joiner) == "to",
        _ => false,
    }
}

/// Whether `m` is one word the tagger typed a person or an organisation, not before a
/// possessive or an apostrophe ("between Brixton and Leeds's ground"), with a tagger's weight.
fn retypable(text: &dyn Text, cl: &[Classes], m: &Named) -> bool {
    m.end - m.start == 1
        && matches!(m.kind, PER | ORG)
        && m.weight != WEIGHT_SURE
        && !has(cl, m.end, POSSESSIVE)
        && !is_apostrophe(text, cl, m.end)
}

/// A listed place typed a person or an organisation, paired with a place by "between … and"
/// or "from … to", is a place, and so is any such one word paired with a listed city
/// ([`a_town`]: "between Carlisle and Glasgow"); two people or parties ("between Starmer and
/// Macron", "between Labour and Reform") are left, and so is a name beside a country ("talks
/// between Trump and China"). Then the names listed after a place
/// found after "in" ([`PLACE_PREPOSITION`]), joined by "and" or by commas before an "and"
/// ("in Harpenden and Stevenage", "in Kettering, Rugby and Corby"): one word the tagger typed a
/// person, not a listed first name unless the list holds three names, or typed an organisation, lower-case letters in it and no
/// organisation's head, is a place. A single mention's weight: the text's other mentions still
/// decide by vote.
pub(super) fn place_pairs(
    lex: &Lexicon,
    text: &dyn Text,
    cl: &[Classes],
    union: Classes,
    out: &mut [Named],
) {
    for k in 1..out.len() {
        let (a, b) = (&out[k - 1], &out[k]);
        if a.start == 0 || b.start != a.end + 1 {
            continue;
        }
        let x = match (a.kind, b.kind) {
            (LOC, PER | ORG) => k,
            (PER | ORG, LOC) => k - 1,
            _ => continue,
        };
        let other = if x == k { k - 1 } else { k };
        if retypable(text, cl, &out[x])
            && pair_words(text, cl, &out[k - 1])
            && (listed_place(lex, text, cl, &out[x]) || a_town(lex, text, cl, &out[other]))
        {
            out[x].kind = LOC;
            out[x].weight = out[x].weight.max(WEIGHT_MULTI);
        }
    }
    // A list after "in" is joined by "and"; a site is a [`RULE_CUE`].
    if union & (PLACE_PREPOSITION | AND_EXACT) == PLACE_PREPOSITION | AND_EXACT {
        places_listed_after_in(text, cl, out);
    }
    if union & (TOP_WORD | POSSESSIVE) != 0 {
        sites_of_companies(text, cl, out);
    }
}

word_list! {
SITE_NOUN_WORDS;
/// Lower-case nouns for a company's sites, which a town's name goes before ("its Rotherham
/// plant").
pub(super) fn is_site_noun(w: impl AsRef<[u8]>) -> bool {
    fn of(b: &[u8]) -> bool {
        matches!(
            b,
            b"plant"
                | b"plants"
                | b"factory"
                | b"factories"
                | b"yard"
                | b"shipyard"
                | b"site"
                | b"works"
                | b"mill"
                | b"depot"
                | b"warehouse"
                | b"refinery"
                | b"smelter"
                | b"campus"
                | b"headquarters"
        )
    }
    of(w.as_ref())
}
}

/// Lower-case nouns for a company's other sites, frequent words of news that
/// [`is_site_noun`]'s cue (which wakes several rules) leaves out ("its Leeds office").
fn is_office_noun(w: &str) -> bool {
    matches!(
        w.as_bytes(),
        b"office" | b"offices" | b"mine" | b"facility" | b"hub"
    )
}

/// One word the tagger typed an organisation, a person or a thing (MISC), after "its" or a
/// possessive and
/// before a site's noun ([`is_site_noun`], [`is_office_noun`]), is the town the site is in: "its Rotherham plant",
/// "the firm's Geoje yard" (LOC, a single mention's weight). A word is read only after "its"
/// (among the most frequent words) or a possessive, before a lower-case word.
fn sites_of_companies(text: &dyn Text, cl: &[Classes], out: &mut [Named]) {
    for m in out.iter_mut() {
        if m.end - m.start != 1
            || !matches!(m.kind, ORG | PER | MISC)
            || m.start == 0
            || m.weight == WEIGHT_SURE
            || !has(cl, m.start - 1, TOP_WORD | POSSESSIVE)
            || class(cl, m.end) & (HAS_LOWER | CAPITALISED) != HAS_LOWER
            || class(cl, m.start) & HAS_LOWER == 0
        {
            continue;
        }
        let owner = has(cl, m.start - 1, POSSESSIVE) || text.word(m.start - 1) == "its";
        let site = text.word(m.end);
        if owner && (is_site_noun(site) || is_office_noun(site)) {
            m.kind = LOC;
        }
    }
}

/// Whether `m` is a listed city and no country ("Glasgow", not "China"): a town paired with
/// one is a town, whatever else its name is ("Carlisle" is listed as a first name only).
fn a_town(lex: &Lexicon, text: &dyn Text, cl: &[Classes], m: &Named) -> bool {
    listed_as(lex, text, cl, m, CITY_MARKS) && !listed_as(lex, text, cl, m, COUNTRY_MARKS)
}

/// The names after a place found after "in", joined to it by "and" or commas ([`place_pairs`]).
fn places_listed_after_in(text: &dyn Text, cl: &[Classes], out: &mut [Named]) {
    let mut k = 0;
    while k < out.len() {
        let m = &out[k];
        if m.kind != LOC || m.start == 0 || !has(cl, m.start - 1, PLACE_PREPOSITION) {
            k += 1;
            continue;
        }
        // The run of names joined by one comma or "and" each, and whether an "and" joins one.
        let mut end = k + 1;
        let mut has_and = false;
        while let Some(n) = out.get(end) {
            let gap = out[end - 1].end;
            if n.start != gap + 1 {
                break;
            }
            if has(cl, gap, AND_EXACT) {
                has_and = true;
            } else if text.word(gap) != "," {
                break;
            }
            end += 1;
            if has_and {
                break;
            }
        }
        if has_and {
            // Three names or more in a list take a first name too ("in Kettering, Corby and …").
            let long_list = end - k >= 3;
            for n in &mut out[k + 1..end] {
                let person = n.kind == PER && (long_list || !has(cl, n.start, FIRST_NAME));
                let org = n.kind == ORG
                    && class(cl, n.start) & (HAS_LOWER | ORG_HEAD | NEVER_A_PLACE) == HAS_LOWER;
                if retypable(text, cl, n) && (person || org) {
                    n.kind = LOC;
                }
            }
        }
        k = end;
    }
}

/// Classes of a word that is no town's name in a list of places: titles, months, weekdays,
/// listed non-names and group words.
const NEVER_A_PLACE: Classes = HONORIFIC | ANY_MONTH | WEEKDAY | NON_NAME | GROUP_WORD;
