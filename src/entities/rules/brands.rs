//! Companies and places of modern news that the tagger cuts or types as people, told by the
//! words around them (branch ent29): names whose own form ends in "'s" ("Macy's said",
//! "Sainsbury's."), a possessive before a college or a fund ("King's College London"), a
//! company's roles after its name ("Deliveroo founder", "TikTok chief executive"), "rival" before
//! a company, what a company owns ("owned by Alphabet"), a company's own "its" after its verb
//! ("Tesla plans its"), places joined by "upon" or "-on-" ("Burton upon Trent",
//! "Stratford-upon-Avon") and an organisation's "and" between common words ("Staffordshire Fire
//! and Rescue Service").

use super::*;

/// Words that may follow a name whose own form ends in "'s" and not a possessive ("Macy's said",
/// "at Sainsbury's.", "Bloomingdale's, which"): verbs the possessive never takes, and
/// punctuation. "Britain's economy", "Apple's shares" (a noun after it) stay possessives.
pub(super) fn ends_possessive_name(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "says"
            | "reported"
            | "announced"
            | "has"
            | "had"
            | "was"
            | "is"
            | "will"
            | "plans"
            | "."
            | ","
            | ";"
            | ":"
            | ")"
    )
}

/// Words never the first word of a company named here: months, weekdays, titles, listed
/// non-names, the most frequent words, frequent plurals, places and group words — the words
/// never a company before a verb of saying, less drawn-out words and first names (which the
/// rules below test apart).
const NEVER_A_BRAND: Classes = NEVER_A_SUBJECT & !(DRAWN_OUT | FIRST_NAME);

/// Whether word `i` may be a one-word company's name the tagger left out: capitalised, not
/// [`NEVER_A_BRAND`], no first name, not after a capitalised word (a longer name's end).
fn may_be_brand(cl: &[Classes], i: usize) -> bool {
    class(cl, i) & (CAPITALISED | HAS_ALPHA | NEVER_A_BRAND | FIRST_NAME) == CAPITALISED | HAS_ALPHA
        && (i == 0 || !has(cl, i - 1, CAPITALISED))
}

/// The one-word name at `i`: the index of the span that is exactly that word, or a new
/// span for a word no span covers that [`may_be_brand`]. `None` when a longer span covers it.
fn one_word_name(cl: &[Classes], out: &mut Vec<Named>, i: usize) -> Option<usize> {
    match covering(out, i) {
        Some(k) => (out[k].end - out[k].start == 1).then_some(k),
        None if may_be_brand(cl, i) => {
            out.push(Named::word(i, ORG, WEIGHT_SINGLE));
            normalise(out);
            starting_at(out, i)
        }
        None => None,
    }
}

/// A name whose own form ends in "'s" ([`ends_possessive_name`] after it) takes the "'s" and is
/// an organisation ("Macy's said", "Sainsbury's."): one word, typed anything but a place or a
/// group, or a capitalised word the tagger left out ([`may_be_brand`]). A first name or a
/// listed place stays a possessive. Running text only; only words after a possessive are read.
pub(super) fn possessive_names(
    text: &dyn Text,
    cl: &[Classes],
    union: Classes,
    mode: CaseMode,
    out: &mut Vec<Named>,
) {
    if mode != CaseMode::Normal || union & POSSESSIVE == 0 {
        return;
    }
    let mut from = 1;
    while let Some(p) = next_with(cl, from, POSSESSIVE, POSSESSIVE) {
        from = p + 1;
        let i = p - 1;
        if has(cl, i, GROUP_WORD) || !has(cl, i, CAPITALISED) {
            continue;
        }
        // What only a company has ("Disney's board", "Nike's shareholders"): the possessor is
        // a company; the "'s" stays apart.
        if class(cl, p + 1) & (HAS_LOWER | CAPITALISED) == HAS_LOWER
            && owned_by_company(text, p + 1)
        {
            company_owner(cl, out, i);
            continue;
        }
        if has(cl, i, PLACE_WORD) {
            continue;
        }
        if let Some(k) = covering(out, p + 1).filter(|_| has(cl, p + 1, ORG_HEAD | FACILITY_HEAD)) {
            // "King's College London", "King's Fund": the possessor opens the name.
            let possessor = covering(out, i);
            let by_name = possessor.is_none_or(|x| {
                out[x].end - out[x].start == 1 && matches!(out[x].kind, PER | ORG | MISC)
            });
            if out[k].start == p + 1 && by_name {
                if let Some(x) = possessor {
                    out[x].end = out[x].start; // dropped by normalise
                }
                out[k].start = i;
                out[k].weight = WEIGHT_SURE;
                normalise(out);
            }
            continue;
        }
        // A first name's possessive may stand alone ("the bag was Sarah's."), not before a
        // verb ("Macy's said").
        let after = text.word(p + 1);
        if !ends_possessive_name(after)
            || (has(cl, i, FIRST_NAME) && !after.bytes().all(|b| b.is_ascii_alphabetic()))
        {
            continue;
        }
        let Some(k) = one_word_name(cl, out, i) else {
            continue;
        };
        if matches!(out[k].kind, LOC | NORP) {
            continue;
        }
        out[k].end = p + 1;
        out[k].kind = ORG;
        out[k].weight = WEIGHT_SURE;
        normalise(out);
    }
}

/// Lower-case nouns after a one-word name that make it a company: its founder, chairman,
/// shareholders, customers ("Deliveroo founder Will Shu", "Pirelli chairman"). "chief" counts
/// before executive, operating or financial ("TikTok chief executive").
pub(super) fn is_company_role(text: &dyn Text, i: usize) -> bool {
    match text.word(i).as_bytes() {
        b"chief" => matches!(
            text.word(i + 1).as_bytes(),
            b"executive" | b"operating" | b"financial" | b"technology"
        ),
        w => is_one_word_role(w),
    }
}

/// The company's roles of one word ([`is_company_role`]; "chief" needs the word after it).
pub(super) fn is_one_word_role(w: &[u8]) -> bool {
    w != b"chief" && cue_words::listed(w) & cue_words::COMPANY_ROLE != 0
}

/// Words never a company before a possessive and what only a company owns ([`company_owner`]):
/// [`NEVER_A_BRAND`] but listed places (a place's name is also a company's: "Disney"), first
/// names and group words.
const NEVER_AN_OWNER: Classes = (NEVER_A_BRAND & !PLACE_WORD) | FIRST_NAME | GROUP_WORD;

/// The one word at `i`, a possessor of what only a company owns ([`owned_by_company`]), is a
/// company ([`WEIGHT_SURE`]): a one-word name typed anything but a place or a group, or a
/// capitalised word the tagger left out that is not [`NEVER_AN_OWNER`], a frequent word, nor
/// after a capitalised word or a title ("Mr Vellacott's board game" stays a person's).
fn company_owner(cl: &[Classes], out: &mut Vec<Named>, i: usize) {
    if has(cl, i, NEVER_AN_OWNER) || i > 0 && has(cl, i - 1, HONORIFIC) {
        return;
    }
    match covering(out, i) {
        Some(k) if out[k].end - out[k].start == 1 && !matches!(out[k].kind, LOC | NORP) => {
            out[k].kind = ORG;
            out[k].weight = WEIGHT_SURE;
        }
        Some(_) => {}
        // A frequent word capitalised ("Group's profits") is no name.
        None if class(cl, i) & (HAS_ALPHA | COMMON) == HAS_ALPHA
            && (i == 0 || !has(cl, i - 1, CAPITALISED)) =>
        {
            out.push(Named::word(i, ORG, WEIGHT_SURE));
            normalise(out);
        }
        None => {}
    }
}

/// Lower-case nouns after a possessive that only a company owns ("Disney's board", "Nike's
/// profits", "Zellmart's chief executive"): its roles ([`is_company_role`]) and its board,
/// investors, headquarters, profits, revenue and sales. Not shares or staff, which people
/// have too ("Vellacott's shares").
pub(super) fn owned_by_company(text: &dyn Text, i: usize) -> bool {
    is_company_role(text, i) || is_owned_thing(text.word(i))
}

/// What only a company owns ([`owned_by_company`], besides its roles).
pub(super) fn is_owned_thing(w: &str) -> bool {
    cue_words::listed(w.as_bytes()) & cue_words::OWNED_THING != 0
}

/// Verbs after "by" that make the one-word name after them a company ("which is owned by
/// Alphabet", "bought by Hershey"; ent33: "a vaccine made by Zentiva", "a factory operated by
/// Viettel"; not "published by": a book's "by" names its author, [`works_and_things`]).
pub(super) fn is_ownership_verb(w: &str) -> bool {
    cue_words::listed(w.as_bytes()) & cue_words::OWNERSHIP_VERB != 0
}

/// Auxiliaries between a company and its verb before "its" ("Tesla will launch its").
fn is_auxiliary(w: &str) -> bool {
    matches!(
        w.as_bytes(),
        b"will"
            | b"would"
            | b"has"
            | b"had"
            | b"is"
            | b"was"
            | b"could"
            | b"can"
            | b"plans"
            | b"wants"
    )
}

/// One-word names shown to be companies by the words around them, [`WEIGHT_SURE`]: before a
/// company's role ([`is_company_role`]), after "rival" (not "his rival": a person's; "Rival"
/// glued to the name by the tagger is cut off), after "owned by" and the like
/// ([`is_ownership_verb`]), and a subject whose verb, or auxiliary and verb, is followed by
/// "its" ("Tesla plans its own service"). A name typed PER, LOC or MISC (not a listed place,
/// group word or first name: "Nice chief executive", "American customers", "Priyanka
/// founder") is retyped; a word no span covers is left (reading every capitalised word cost
/// too much).
/// Running text only; a sentence's words are read only next to a capitalised word.
pub(super) fn company_cues(
    text: &dyn Text,
    cl: &[Classes],
    cue_union: Cues,
    mode: CaseMode,
    out: &mut [Named],
) {
    // Each change needs one of these words in the sentence ("Rival", "its", a role, "by" after
    // a verb of owning, an owner, a company's part, a camel-case name): most sentences have none.
    const ANY_CUE: Cues = cue_words::RIVAL
        | cue_words::ITS
        | cue_words::COMPANY_ROLE
        | cue_words::OWNERSHIP_VERB
        | cue_words::OWNER
        | cue_words::COMPANY_PART
        | cue_words::CAMEL;
    if mode != CaseMode::Normal || cue_union & ANY_CUE == 0 {
        return;
    }
    // "Rival Ryanair" tagged as one name: the name is the second word. "Rival" tagged alone
    // is no name, and the word after it is a company: the tokens glued to it with it ("B&M").
    if out.first().is_some_and(|m| m.start == 0 && m.end == 2) && text.word(0) == "Rival" {
        out[0].start = 1;
        out[0].kind = ORG;
        out[0].weight = WEIGHT_SURE;
    } else if out.first().is_some_and(|m| m.start == 0 && m.end == 1) && text.word(0) == "Rival" {
        let glued = |j: usize| matches!((text.range(j - 1), text.range(j)), (Some(a), Some(b)) if a.end == b.start);
        let mut end = 2;
        while end < cl.len() && end < 2 + MAX_RUN && glued(end) {
            end += 1;
        }
        out[0].end = 0;
        if has(cl, 1, CAPITALISED) && out.get(1).is_none_or(|m| m.start >= end) {
            out[0] = Named {
                start: 1,
                end,
                kind: ORG,
                weight: WEIGHT_SURE,
            };
        }
    }
    // Only one-word names the tagger typed PER, LOC or MISC are read: a walk over every
    // capitalised word cost ~10 instructions a byte of news.
    for m in out.iter_mut() {
        // What is owned is no person ("Aer Lingus, owned by IAG,"; "Fernhill, acquired by
        // Vantor in 2019,"): a company, or a club or brand, which the convention types ORG.
        if matches!(m.kind, PER | MISC) && owned_after(text, m.end) {
            m.kind = ORG;
            m.weight = WEIGHT_SURE;
            continue;
        }
        if m.end - m.start == 2 && m.kind == PER && m.start == 0 && m.weight != WEIGHT_SURE {
            // A company named like a person opening a sentence, before a business verb and
            // "its" ("Harwick Lane cut its forecast", ent31); not before a verb of saying, nor
            // inside the sentence ("the air force under Hermann Vogt began its campaign").
            let i = m.end - 1;
            if class(cl, i + 1) & (HAS_LOWER | CAPITALISED) == HAS_LOWER
                && (has(cl, i + 2, TOP_WORD) || has(cl, i + 3, TOP_WORD))
                && its_after_verb(text, cl, i)
                && !is_saying_verb(text.word(i + 1))
            {
                m.kind = ORG;
                m.weight = WEIGHT_SURE;
            }
            continue;
        }
        if m.end - m.start != 1 || !matches!(m.kind, PER | LOC | MISC | NORP) {
            continue;
        }
        let i = m.start;
        // A name after a title is a person's ("Mr Vellacott said its roof leaked").
        if has(cl, i, NEVER_A_BRAND | FIRST_NAME) || (i > 0 && has(cl, i - 1, HONORIFIC)) {
            continue;
        }
        if has_company_cue(text, cl, i) {
            m.kind = ORG;
            m.weight = WEIGHT_SURE;
        } else if m.weight != WEIGHT_SURE && m.kind != NORP && is_camel_name(text.word(i)) {
            // A product named so ("PlayStation") is MISC after its kind ("the console
            // PlayStation": [`WEIGHT_SURE`]); the tagger's other types of such a word go.
            m.kind = ORG;
        }
    }
}

/// Whether the words from `e` are a comma and a participle of owning before "by" (", owned
/// by", ", acquired by", ", bought by", ", controlled by"). Not ", operated by" nor ", made by":
/// a flight, a ship or a product is operated or made, and is no company.
fn owned_after(text: &dyn Text, e: usize) -> bool {
    text.word(e) == ","
        && matches!(
            text.word(e + 1),
            "owned" | "acquired" | "bought" | "controlled"
        )
        && text.word(e + 2) == "by"
}

/// Whether the words around word `i` show a company ([`company_cues`]); a word is read only
/// where its classes allow the cue (a lower-case word after the name, "its" among the most
/// frequent words).
fn has_company_cue(text: &dyn Text, cl: &[Classes], i: usize) -> bool {
    let lower = |j: usize| class(cl, j) & (HAS_LOWER | CAPITALISED) == HAS_LOWER;
    if lower(i + 1)
        && (is_company_role(text, i + 1)
            || (has(cl, i + 2, TOP_WORD) || has(cl, i + 3, TOP_WORD))
                && its_after_verb(text, cl, i))
    {
        return true;
    }
    // The word before is read when it is in lower case, or opens the sentence ("Rival"); a
    // comma after an owner ("Its owner, Vantor,").
    let comma =
        i >= 3 && class(cl, i - 1) & MEANINGFUL == 0 && lower(i - 2) && has(cl, i - 3, TOP_WORD);
    if i == 0 || !(lower(i - 1) || i == 1 || comma) {
        return false;
    }
    match text.word(i - 1) {
        "rival" | "Rival" => i < 2 || !is_possessor(text.word(i - 2)),
        "by" => i >= 2 && is_ownership_verb(text.word(i - 2)),
        "," => comma && its_owner(text, i - 2) && text.word(i + 1) == ",",
        "owner" | "parent" | "owners" => its_owner(text, i - 1),
        w => is_company_part(w),
    }
}

/// Whether `w` is a company's name in camel case: a capital, lower-case letters, one capital
/// again and two or more lower-case letters, or "AI" ("PayPal", "ByteDance", "DoorDash",
/// "OpenAI"), ASCII letters only, not a surname's prefix ("McCall", "MacLeod", "DeSantis",
/// "LeBron", "DiMaggio", "VanDyke"). Three capitals or more are hashtags and nicknames in posts
/// ("ShareTheLove", "MysteryGuitarMan"); a product whose end is in capitals ("ChatGPT") is no
/// company.
pub(super) fn is_camel_name(w: &str) -> bool {
    let b = w.as_bytes();
    let lower = b
        .iter()
        .skip(1)
        .take_while(|c| c.is_ascii_lowercase())
        .count();
    let Some(tail) = b.get(2 + lower..) else {
        return false;
    };
    b[0].is_ascii_uppercase()
        && lower >= 1
        && b[1 + lower].is_ascii_uppercase()
        && (tail.len() >= 2 && tail.iter().all(u8::is_ascii_lowercase)
            || (b[1 + lower] == b'A' && tail == b"I"))
        && !matches!(
            &b[..1 + lower],
            b"Mc"
                | b"Mac"
                | b"De"
                | b"Di"
                | b"Da"
                | b"Du"
                | b"La"
                | b"Le"
                | b"Van"
                | b"Von"
                | b"St"
        )
}

/// Possessive determiners: "his rival Tarrow" is a person's rival.
/// Whether word `j` is a thing's owner ("its owner Vantor", "Its parent, Vantor,"): what owns
/// a thing is a company ("the club's owner Abramovich" is a person's).
fn its_owner(text: &dyn Text, j: usize) -> bool {
    matches!(text.word(j), "owner" | "parent" | "owners")
        && j >= 1
        && matches!(text.word(j - 1), "its" | "Its")
}

/// A part of a company named before its name ("its software arm Kelvo", "its subsidiary
/// Kelvo"): a person has an arm, but not one named after it.
pub(super) fn is_company_part(w: &str) -> bool {
    cue_words::listed(w.as_bytes()) & cue_words::COMPANY_PART != 0
}

/// Verbs whose subject's "its" is often another thing's ("Ada Marlow said its roof leaked").
fn is_saying_verb(w: &str) -> bool {
    matches!(
        w.as_bytes(),
        b"said"
            | b"says"
            | b"told"
            | b"added"
            | b"thinks"
            | b"thought"
            | b"believes"
            | b"hopes"
            | b"fears"
    )
}

fn is_possessor(w: &str) -> bool {
    matches!(
        w.as_bytes(),
        b"his" | b"her" | b"their" | b"my" | b"your" | b"our"
    )
}

/// Whether word `i` is followed by a verb, or an auxiliary ([`is_auxiliary`]) and a verb, then
/// "its" ("Tesla plans its", "Spotify will raise its"): only a thing's subject takes "its" so.
fn its_after_verb(text: &dyn Text, cl: &[Classes], i: usize) -> bool {
    let verb = text.word(i + 1);
    if text.word(i + 2) == "its" {
        return !matches!(
            verb,
            "and" | "or" | "of" | "in" | "to" | "for" | "with" | "on" | "at"
        );
    }
    is_auxiliary(verb)
        && class(cl, i + 2) & (HAS_LOWER | CAPITALISED) == HAS_LOWER
        && text.word(i + 3) == "its"
}

/// Places joined by "upon" ("Burton upon Trent", tagged `Burton` + `Trent`) are one place; a
/// one-word name of [`JOINED_PLACE`]'s shape typed PER, ORG or MISC is a place
/// ("Stratford-upon-Avon"). Longer names keep their type ("Stratford-on-Avon District
/// Council": its head types it). Only one-word names are read, and the word after one only
/// where its classes may be "upon".
pub(super) fn joined_places(text: &dyn Text, cl: &[Classes], union: Classes, out: &mut Vec<Named>) {
    // "upon" is a [`RULE_CUE`].
    if union & (RULE_CUE | JOINED_PLACE) == 0 {
        return;
    }
    let mut k = 0;
    while k < out.len() {
        let m = &out[k];
        k += 1;
        if m.end - m.start != 1 || m.kind == NORP {
            continue;
        }
        let i = m.start;
        // "upon" is no frequent word, and a capitalised one follows it.
        let upon = class(cl, i + 1) & (HAS_LOWER | CAPITALISED | TOP_WORD) == HAS_LOWER
            && has(cl, i + 2, CAPITALISED)
            && !has(cl, i + 2, TOP_WORD)
            && text.word(i + 1) == "upon";
        if upon {
            let end = covering(out, i + 2).map_or(i + 3, |x| out[x].end.max(i + 3));
            if end > i + 4 {
                continue;
            }
            if let Some(x) = covering(out, i + 2) {
                out[x].end = out[x].start;
            }
            let m = &mut out[k - 1];
            m.end = end;
            m.kind = LOC;
            m.weight = WEIGHT_SURE;
            normalise(out);
            continue;
        }
        if m.kind != LOC && has(cl, i, JOINED_PLACE) && super::joined::is_joined_place(text.word(i))
        {
            out[k - 1].kind = LOC;
            out[k - 1].weight = WEIGHT_SURE;
        }
    }
}

/// Two organisations joined by "and" where the words around it are common and the second ends
/// in an organisation's head ("Staffordshire Fire" + "and" + "Rescue Service", "Food" + "and" +
/// "Drug Administration") are one. "Vellacott and Rescue Service" (a person's name before it)
/// and "Ofcom and Fire Service" (no common word before "and") stay two.
pub(super) fn and_inside_orgs(cl: &[Classes], union: Classes, out: &mut Vec<Named>) {
    if union & AND == 0 || out.len() < 2 {
        return;
    }
    let mut k = 0;
    while k + 1 < out.len() {
        let (a, b) = (&out[k], &out[k + 1]);
        let joins = a.kind == ORG
            && b.start == a.end + 1
            && has(cl, a.end, AND)
            && has(cl, a.end - 1, COMMON)
            && has(cl, b.end - 1, ORG_HEAD)
            && b.end - b.start >= 2
            && (b.start..b.end - 1).all(|j| has(cl, j, COMMON) && has(cl, j, CAPITALISED));
        if joins {
            let end = out[k + 1].end;
            out[k].end = end;
            out[k].weight = WEIGHT_SURE;
            out.remove(k + 1);
        } else {
            k += 1;
        }
    }
}
