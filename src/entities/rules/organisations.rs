//! Repairs of organisation names: "of"/"for"/"and" inside them, head words that type a name,
//! names whose shares trade.

use super::*;

/// "... and the ..." inside one span joins two names: cut it there. Only where the sentence
/// holds "and" and "The" as written (`union`: its words' classes); elsewhere
/// [`split_and_the_everywhere`] cuts nothing, and only its [`normalise`] is left.
pub(super) fn split_and_the(cl: &[Classes], union: Classes, out: &mut Vec<Named>) {
    if union & AND_EXACT != 0 && union & THE_EXACT != 0 {
        split_and_the_everywhere(cl, out);
    } else {
        normalise(out);
    }
}

/// [`split_and_the`] without its gate (the tests' reference).
pub(super) fn split_and_the_everywhere(cl: &[Classes], out: &mut Vec<Named>) {
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

/// Organisation names joined by "of"/"for"/"on" after a head ("Department of Water
/// Resources"), then by "and"/"&" between common words ("Office for Budget and Planning"). Two
/// names joined by "and" stay two. Every step starts at a name's head ([`OPENS_ORG`]): without
/// one in the sentence (`union`: its words' classes) only the spans' order is made normal.
pub(super) fn org_names(cl: &[Classes], union: Classes, mode: CaseMode, out: &mut Vec<Named>) {
    if union & OPENS_ORG == 0 {
        normalise(out);
        return;
    }
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
/// Channel", "Coral Sea": LOC); so is a person's or MISC name after "River" or "Lake".
/// Without a head word, or an opening word and "of"/"for", in the sentence (`union`) no name is
/// read.
pub(super) fn heads(
    lex: &Lexicon,
    text: &dyn Text,
    cl: &[Classes],
    union: Classes,
    out: &mut [Named],
) {
    if union & (FACILITY_HEAD | ORG_HEAD | GEO_HEAD) == 0
        && (union & OPENS_ORG == 0 || union & OF_FOR == 0)
    {
        return;
    }
    let misc = kind_of("MISC");
    for m in out.iter_mut() {
        if m.end - m.start < 2 {
            continue;
        }
        let last = class(cl, m.end - 1);
        let opens =
            m.end - m.start >= 3 && has(cl, m.start, OPENS_ORG) && has(cl, m.start + 1, OF_FOR);
        // Or first, for a river or lake named as in Britain ("River Severn", "Lake Vyrnwy"),
        // which the tagger reads as a person's title (ent31).
        let geo = m.kind == misc && last & GEO_HEAD != 0
            || matches!(m.kind, PER | MISC)
                && has(cl, m.start, GEO_HEAD)
                && matches!(text.word(m.start), "River" | "Lake")
            || natural_end(text, cl, m);
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
        } else if geo || last & FACILITY_HEAD != 0 && m.kind != NORP {
            m.kind = LOC;
            m.weight = m.weight.max(WEIGHT_MULTI);
        } else if last & ORG_HEAD != 0 && !(m.kind == misc && last & COMPETITION_HEAD != 0) {
            m.kind = ORG;
            m.weight = WEIGHT_SURE;
        }
    }
}

/// Whether a name typed PER or ORG (no sure type) ends in a natural place's or a region's head
/// that no company or channel ends in ("Red River", "Caspian Sea", "Samara Oblast"; branch
/// ent43): a place. Not "Channel", "Island", "Bay", "Valley" or "Coast"
/// ("River Island", "Coast" are shops).
fn natural_end(text: &dyn Text, cl: &[Classes], m: &Named) -> bool {
    matches!(m.kind, PER | ORG)
        && m.weight < WEIGHT_SURE
        && has(cl, m.end - 1, GEO_HEAD)
        && matches!(
            text.word(m.end - 1),
            "River"
                | "Sea"
                | "Ocean"
                | "Lake"
                | "Mountains"
                | "Desert"
                | "Peninsula"
                | "Glacier"
                | "Strait"
                | "Oblast"
                | "Prefecture"
                | "Governorate"
                | "Krai"
        )
}

/// A name whose shares or stock trade is a company ("Harborne shares fell", "Harborne's stock");
/// a listed place stays a place ("Tokyo shares" are the Tokyo market's).
/// Without a market's word in the sentence (`union`) no name is read.
pub(super) fn market_context(
    lex: &Lexicon,
    text: &dyn Text,
    cl: &[Classes],
    union: Classes,
    out: &mut [Named],
) {
    if union & MARKET == 0 {
        return;
    }
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

/// A name the tagger ended one word short of an organisation's: a head word right after it
/// ("Birmingham City" + "Council", tagged a place), or the nation or city an institution's name
/// ends in ("Imperial College" + "London", "NHS" + "England"). The word joins the name, an
/// organisation ([`WEIGHT_SURE`]), when no span covers it and the word after it is not
/// capitalised. Not a person's name ("Ada Marlow Foundation": [`named_after_people`]), nor a
/// competition's head ("Premier" + "League"), nor a legal suffix ("Inc"). Running text; only the word after each name is
/// looked at, by its classes.
pub(super) fn heads_after_names(
    text: &dyn Text,
    cl: &[Classes],
    union: Classes,
    mode: CaseMode,
    out: &mut [Named],
) {
    // Every word taken in is a head or a British nation.
    if mode != CaseMode::Normal || union & (ORG_HEAD | UK_NATION) == 0 {
        return;
    }
    for k in 0..out.len() {
        let next = out[k].end;
        let c = class(cl, next);
        if c & (CAPITALISED | HAS_LOWER) != CAPITALISED | HAS_LOWER
            || has(cl, next + 1, CAPITALISED)
            || out.get(k + 1).is_some_and(|n| n.start <= next)
        {
            continue;
        }
        let m = &out[k];
        let last = class(cl, m.end - 1);
        // A legal suffix after a place is left to `company_suffixes` ("Future US Inc": `US`).
        let head = c & ORG_HEAD != 0
            && c & COMPETITION_HEAD == 0
            && matches!(m.kind, LOC | ORG)
            && !is_company_suffix(text.word(next));
        let acronym = last & (UPPER_OR_DIGIT | HAS_LOWER) == UPPER_OR_DIGIT && m.end - m.start == 1;
        let place = m.kind == ORG
            && ((last & ORG_HEAD != 0 && c & PLACE_WORD != 0) || (acronym && c & UK_NATION != 0));
        if head || place {
            let m = &mut out[k];
            m.end = next + 1;
            m.kind = ORG;
            m.weight = WEIGHT_SURE;
        }
    }
}
