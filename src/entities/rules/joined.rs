//! Names joined by their own small words or signs that the tagger leaves out or cuts (branch
//! ent30): places written as one hyphened word with "-on-", "-upon-", "-on-the-", "-in-", "-le-"
//! … ("Henley-on-Thames", "Walton-on-the-Naze", "Barrow-in-Furness") that no span covers,
//! names joined by "&" ("Johnson & Johnson", "Dolce & Gabbana": one company), and a country
//! or city before an organisation that ends in a head word ("US" + "Supreme" + "Court", "Leeds"
//! + "City Council": one organisation).

use super::*;

/// Lower-case words that join the parts of a place's name written as one hyphened word
/// ("Stoke-on-Trent", "Weston-super-Mare", "Walton-on-the-Naze", "Barrow-in-Furness",
/// "Chester-le-Street", "Ashby-de-la-Zouch", "Boulogne-sur-Mer", "Frankfurt-am-Main").
/// Not "of", "to" or "and": "Man-of-the-Match", "Face-to-Face", "Stop-and-Search".
fn is_place_joiner(w: &str) -> bool {
    matches!(
        w,
        "on" | "upon"
            | "under"
            | "super"
            | "in"
            | "le"
            | "la"
            | "les"
            | "de"
            | "des"
            | "by"
            | "the"
            | "next"
            | "cum"
            | "over"
            | "en"
            | "sur"
            | "sous"
            | "am"
            | "an"
            | "der"
            | "ob"
    )
}

/// Whether `w` is a place's name written as one hyphened word ([`JOINED_PLACE`]): three parts or
/// more, the first capitalised and then in lower case ("Henley", not "HENLEY"), the last
/// capitalised, each between a joiner ([`is_place_joiner`]) or capitalised ("Saint-Jean-de-Luz"),
/// at least one joiner. Not a doubled word ("Hand-in-Hand", "Side-by-Side", "Year-on-Year"), nor
/// a family word's "-in-Law".
pub fn is_joined_place(w: &str) -> bool {
    if w.len() < 7 || !w.as_bytes().contains(&b'-') {
        return false;
    }
    let mut parts = w.split('-');
    let Some(first) = parts.next() else {
        return false;
    };
    let title = |p: &str| {
        let mut cs = p.chars();
        cs.next().is_some_and(char::is_uppercase) && cs.all(|c| c.is_lowercase() || c == '\'')
    };
    if !title(first) {
        return false;
    }
    let (mut joiners, mut last) = (0, first);
    for p in parts {
        if is_place_joiner(p) {
            joiners += 1;
        } else if !title(p) {
            return false;
        }
        last = p;
    }
    joiners > 0
        && !is_place_joiner(last)
        && !last.eq_ignore_ascii_case(first)
        && !matches!(last, "Law" | "Laws")
}

/// A place written as one hyphened word ([`JOINED_PLACE`]) that no span covers is a place
/// ("trains to Berwick-upon-Tweed", "in Henley-on-Thames"): the tagger knows few such words.
/// A multi-word mention's weight (its shape is the evidence; "Stoke-on-Trent City" as a club
/// is the tagger's, and a longer span is kept). `union` is the union of the sentence's
/// classes: without such a word nothing is walked.
pub(super) fn joined_place_words(
    text: &dyn Text,
    cl: &[Classes],
    union: Classes,
    out: &mut Vec<Named>,
) {
    if union & JOINED_PLACE == 0 {
        return;
    }
    let mut from = 0;
    let mut added = false;
    while let Some(i) = next_with(cl, from, JOINED_PLACE, JOINED_PLACE) {
        from = i + 1;
        // (A hyphened adjective shares the class: [`super::place_adjectives`] reads it.)
        if covering(out, i).is_none() && is_joined_place(text.word(i)) {
            out.push(Named::word(i, LOC, WEIGHT_MULTI));
            crate::sorting::sort_by_key(out, |m| m.start);
            added = true;
        }
    }
    if added {
        normalise(out);
    }
}

/// Most words one side of "&" may have ("Marks" + "&" + "Spencer", "Bang & Olufsen",
/// "Abercrombie & Fitch", "Standard Life & Aberdeen").
const AMPERSAND_SIDE: usize = 3;

/// Two names joined by "&" as written are one organisation ("Johnson & Johnson", "Dolce &
/// Gabbana", "Barnes & Noble": news joins two names with "and"), also when the tagger left one
/// side out, a capitalised word that is not one of the most frequent ("Tate & Lyle" tagged
/// `Tate` alone). Two places stay two ("Britain & Ireland"), and a group word keeps its name
/// ("British & Irish"). A name whose own form ends in "'s" takes it as [`possessive_names`]
/// does ("Ben & Jerry's said"). Authors cited with a year or a number stay apart ("Carrano &
/// Biewener 1999", "Carrano & Biewener [7]"), and a title after "&" is no side ("Kermie Worm &
/// Mr. Tarrow"). Walked from "&" to "&" (class [`AND`] without a letter) in sentences with an
/// "and" or "&".
pub(super) fn ampersand_names(
    text: &dyn Text,
    cl: &[Classes],
    union: Classes,
    out: &mut Vec<Named>,
) {
    if union & AND == 0 || out.is_empty() {
        return;
    }
    let side = |i: usize| {
        class(cl, i) & (CAPITALISED | HAS_ALPHA | TOP_WORD | NON_NAME | HONORIFIC)
            == CAPITALISED | HAS_ALPHA
    };
    // Authors cited with their year or number ("Carrano & Biewener 1999", "(Carrano &
    // Biewener, 1999)", "Carrano & Biewener [7]").
    let cited = |end: usize| {
        has(cl, end, YEAR)
            || has(cl, end + 1, YEAR) && !has(cl, end, CAPITALISED)
            || has(cl, end + 1, NUMBER) && matches!(text.word(end), "[" | "(")
    };
    let short = |m: &Named| m.end - m.start <= AMPERSAND_SIDE;
    let mut changed = false;
    // "&" is the one word of class AND without a letter or digit.
    let mut from = 1;
    while let Some(amp) = next_with(cl, from, AND | MEANINGFUL, AND) {
        from = amp + 1;
        let (left, right) = (covering(out, amp - 1), starting_at(out, amp + 1));
        // The name kept, its new start and end, and the name after "&" it takes in.
        let (keep, start, end, taken) = match (left, right) {
            (Some(a), Some(b)) => {
                let (x, y) = (&out[a], &out[b]);
                let places = x.kind == LOC && y.kind == LOC;
                if x.end != amp
                    || !short(x)
                    || !short(y)
                    || places
                    || x.kind == NORP
                    || y.kind == NORP
                {
                    continue;
                }
                (a, x.start, y.end, Some(b))
            }
            (Some(a), None) => {
                let x = &out[a];
                if x.end != amp || !short(x) || matches!(x.kind, LOC | NORP) || !side(amp + 1) {
                    continue;
                }
                (a, x.start, amp + 2, None)
            }
            // A left side the tagger left out ("Tate & Lyle" tagged `Lyle`).
            (None, Some(b)) => {
                let y = &out[b];
                if !short(y) || matches!(y.kind, LOC | NORP) || !side(amp - 1) {
                    continue;
                }
                (b, amp - 1, y.end, None)
            }
            (None, None) => continue,
        };
        if cited(end) || text.word(amp) != "&" {
            continue;
        }
        let end = if has(cl, end, POSSESSIVE) && ends_possessive_name(text.word(end + 1)) {
            end + 1
        } else {
            end
        };
        if let Some(b) = taken {
            out.remove(b);
        }
        let m = &mut out[keep];
        m.start = start;
        m.end = end;
        m.kind = ORG;
        m.weight = WEIGHT_SURE;
        changed = true;
    }
    if changed {
        normalise(out);
    }
}

/// Most capitalised words the tagger left out between a place and an organisation's name
/// ("US" + "Supreme" + `Court`), or that make the name after a country ("US" + "Supreme Court").
const BODY_GAP: usize = 3;

/// A place of one or two listed words typed LOC right before an organisation whose last word
/// is an organisation's or a government's head is one organisation with it ("US" + `Supreme
/// Court`, "UK" + `Treasury`, "Leeds" + `City Council`, as CoNLL marks "U.S. Treasury"), also
/// across capitalised words the tagger left out ("US" + "Supreme" + `Court`). After a listed
/// country, words the tagger left out that end in such a head make the name too ("US" +
/// "Supreme Court", "US" + "District Court"); after a city or a district they may be a
/// building ("Southwark" + "Crown Court"). A name not ending in such a head stays apart
/// ("India" + `RBI`, "Brazil" + `CVRD`), and so does a person or a title ("US" +
/// "President"). Only the tagger's spans typed LOC are read, in sentences with a head word
/// (`union`: the classes of the sentence's words).
pub(super) fn places_before_bodies(
    lex: &Lexicon,
    text: &dyn Text,
    cl: &[Classes],
    union: Classes,
    out: &mut Vec<Named>,
) {
    if union & (ORG_HEAD | GOVERNMENT_HEAD) == 0 {
        return;
    }
    let gap_word = |i: usize| {
        class(cl, i) & (CAPITALISED | HAS_ALPHA | TOP_WORD | HONORIFIC | PLACE_WORD)
            == CAPITALISED | HAS_ALPHA
    };
    let head = |i: usize| has(cl, i, ORG_HEAD | GOVERNMENT_HEAD) && !has(cl, i, COMPETITION_HEAD);
    let mut changed = false;
    let mut k = 0;
    while k < out.len() {
        let a = &out[k];
        k += 1;
        if a.kind != LOC || a.end - a.start > 2 || !(a.start..a.end).all(|i| has(cl, i, PLACE_WORD))
        {
            continue;
        }
        let next_start = out.get(k).map_or(cl.len(), |b| b.start);
        let gap = (a.end..next_start.min(a.end + BODY_GAP))
            .take_while(|&i| gap_word(i))
            .count();
        let end = match out.get(k) {
            Some(b) if b.kind == ORG && b.start == a.end + gap && head(b.end - 1) => {
                let end = b.end;
                out.remove(k);
                end
            }
            // One word alone is a legal suffix as often ("Future US" + "Inc"): bodies of one
            // word after a country are [`government_bodies`]'.
            _ if gap >= 2
                && head(a.end + gap - 1)
                && listed_as(lex, text, cl, &out[k - 1], COUNTRY_MARKS) =>
            {
                a.end + gap
            }
            _ => continue,
        };
        let m = &mut out[k - 1];
        m.end = end;
        m.kind = ORG;
        m.weight = WEIGHT_SURE;
        changed = true;
    }
    if changed {
        normalise(out);
    }
}
