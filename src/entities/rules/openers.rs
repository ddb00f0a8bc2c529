//! Names of modern news the tagger glues to a word before them, cuts short or types as a
//! person (branch ent37): a kind of organisation or a person's role opening the sentence
//! glued to the name ("Broker Hargreaves Lansdown …", "The charity Tarnwell …", "Co-founder
//! Ada Kelvoran …"); a body whose name is a common word and a country ("Cancer Research UK",
//! "Reform UK") opening the sentence, cut to its last words or to the country; a company
//! written in camel case that the tagger left out ("WaterAid"); a one-word name typed a person
//! beside an organisation across "and" ("Tarnwell and Oxbridge"); a team's name after a
//! person's possessive ("Verstappen's Red Bull team").

use super::words::word_list;
use super::*;

word_list! {
OPENING_ROLES;
/// A person's role that opens a sentence before the person's name, capitalised by its place,
/// which the tagger may take into the name ("Co-founder Ada Kelvoran said").
pub(super) fn is_opening_role(w: impl AsRef<[u8]>) -> bool {
    fn of(b: &[u8]) -> bool {
        matches!(
            b,
            b"Co-founder" | b"Cofounder" | b"Founder" | b"Campaigner" | b"Economist" | b"Analyst"
            | b"Spokesman" | b"Spokeswoman" | b"Spokesperson"
        )
    }
    of(w.as_ref())
}
}

/// How far into a sentence a kind of organisation may open it ("The charity …", "Investment
/// platform …"): the kind word's index at most.
const KIND_REACH: usize = 2;

/// Kinds of organisation that open organisations' own names ("Union Pacific", "Network Rail",
/// "Club Med", "Bank Leumi"): as the sentence's first word they stay in the name.
fn opens_names(w: &str) -> bool {
    matches!(
        w.as_bytes(),
        b"Bank"
            | b"Union"
            | b"Club"
            | b"Network"
            | b"Exchange"
            | b"Chain"
            | b"Agency"
            | b"Label"
            | b"Company"
            | b"Giant"
            | b"Utility"
            | b"Outfit"
            | b"Maker"
            | b"Supplier"
            | b"Platform"
            | b"Operator"
    )
}

/// "Broker Hargreaves Lansdown agreed …": "Broker" opening the sentence before a capitalised
/// word, and the sentence's first name taking it in (of two words or more from the first word)
/// or starting right after it. A broker is a firm or a person: the name is the words after
/// "Broker", a person's when it opens with a listed first name ("Broker Khurshid Alam said"),
/// else an organisation ([`WEIGHT_SURE`]). One rule for the tagger's two spans (branches ent37
/// and ent38 had each read one).
fn broker_opener(text: &dyn Text, cl: &[Classes], m: &mut Named) -> bool {
    let glued = m.start == 0 && m.end >= 2;
    if !(glued || m.start == 1) || text.word(0) != "Broker" || !has(cl, 1, CAPITALISED) {
        return false;
    }
    m.start = 1;
    if has(cl, 1, FIRST_NAME) {
        m.kind = PER;
    } else {
        m.kind = ORG;
        m.weight = WEIGHT_SURE;
    }
    true
}

/// The sentence's first name, of two words or more from the first word, that holds a kind of
/// organisation ([`ORG_KIND`], lower case after the first word: "Insurer Tamsworth Keale",
/// "The charity Tarnwell", "Investment platform Hargreaves Lansdown") before a capitalised
/// word, is the words after the kind, an organisation ([`WEIGHT_SURE`]); "maker" ends people's
/// jobs too ("Film maker …") and is left. A person's role glued to the name
/// ([`is_opening_role`]) is cut off, and a name opening with a listed first name after it is
/// a person's. "Broker" first: [`broker_opener`]. Without a kind of organisation in the
/// sentence (`union`) or "Broker" or a role ([`cue_words::OPENER`] in `cues`), no word is read.
pub(super) fn kind_openers(
    text: &dyn Text,
    cl: &[Classes],
    union: Classes,
    cues: Cues,
    out: &mut [Named],
) {
    if union & ORG_KIND == 0 && cue_words::lacks(cues, cue_words::OPENER) {
        return;
    }
    let Some(m) = out.first_mut() else {
        return;
    };
    if broker_opener(text, cl, m) || m.start != 0 || m.end < 2 {
        return;
    }
    if is_opening_role(text.word(0)) && has(cl, 1, CAPITALISED) {
        m.start = 1;
        if has(cl, 1, FIRST_NAME) {
            m.kind = PER;
        }
        return;
    }
    for k in 0..=KIND_REACH.min(m.end - 2) {
        let c = class(cl, k);
        // After the first word: lower-case words only ("The Charity Commission" is a name).
        if k > 0 && c & (HAS_LOWER | CAPITALISED) != HAS_LOWER {
            return;
        }
        if c & ORG_KIND != 0 {
            let w = text.word(k);
            if has(cl, k + 1, CAPITALISED) && w != "maker" && (k > 0 || !opens_names(w)) {
                m.start = k + 1;
                m.kind = ORG;
                m.weight = WEIGHT_SURE;
            }
            return;
        }
    }
}

/// What a common word opening a sentence before a country must not be to start a body's
/// name: among the most frequent words, a title, a listed non-name, a date's word, a
/// headline's verb, an article, a number, a listed place or group, a kind of organisation.
const NEVER_OPENS_BODY: Classes = TOP_WORD
    | HONORIFIC
    | TITLE_MODIFIER
    | NON_NAME
    | WEEKDAY
    | ANY_MONTH
    | HEADLINE_VERB
    | ARTICLE
    | NUMBER
    | POSSESSIVE
    | PLACE_OR_GROUP
    | ORG_KIND
    | FIRST_NAME;

/// Verbs after a body's name of a common word and a country ("Reform UK came third"): a
/// country's name before them is the body's end, where "Overall UK sales rose" has a noun.
fn is_body_verb(w: &str) -> bool {
    matches!(
        w.as_bytes(),
        b"said"
            | b"says"
            | b"came"
            | b"won"
            | b"wins"
            | b"lost"
            | b"called"
            | b"calls"
            | b"wants"
            | b"warned"
            | b"warns"
            | b"urged"
            | b"urges"
            | b"announced"
            | b"estimates"
            | b"estimated"
    )
}

/// A country written as a code of two or three capitals ("UK", "US", "UAE"): a body's name
/// ends in one ("Reform UK"); an era or a state of a country is written with its name
/// ("Medieval England", "Independent Scotland").
fn is_country_code(w: &str) -> bool {
    (2..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase())
}

/// A body named by a common word and a country, opening the sentence (the common word is
/// capitalised by its place, so the tagger leaves it out): the tagger's organisation of two
/// words or more from the second word, ending in a listed place ("Cancer Research UK" tagged
/// `Research UK`), takes in the first word; a listed country's code alone as the second word,
/// before a verb ([`is_body_verb`]: "Reform UK came third"), is the body's name with the first word
/// ([`WEIGHT_MULTI`]).
pub(super) fn common_openers(text: &dyn Text, cl: &[Classes], out: &mut [Named]) {
    let c = class(cl, 0);
    if c & (CAPITALISED | HAS_LOWER | COMMON) != CAPITALISED | HAS_LOWER | COMMON
        || c & NEVER_OPENS_BODY != 0
    {
        return;
    }
    let Some(m) = out.first_mut() else {
        return;
    };
    if m.start != 1 || !has(cl, m.end - 1, PLACE_WORD) {
        return;
    }
    if m.end - m.start >= 2 && m.kind == ORG {
        m.start = 0;
    } else if m.end == 2
        && m.kind == LOC
        && is_country_code(text.word(1))
        && class(cl, 2) & (HAS_LOWER | CAPITALISED) == HAS_LOWER
        && is_body_verb(text.word(2))
    {
        m.start = 0;
        m.kind = ORG;
        m.weight = WEIGHT_MULTI;
    }
}

/// A company's name in camel case ([`is_camel_name`]: "WaterAid") that no name covers, in
/// running text, is an organisation ([`WEIGHT_MULTI`]): not after an article or a capitalised
/// word, nor before a capitalised word or at the sentence's end, where products and series
/// named so stand ("the GoPro", "Vancouver IndyCar race"). Only sentences with a rule's cue
/// ([`RULE_CUE`], which camel-case words get) are read, and only such words in them.
pub(super) fn camel_names(
    text: &dyn Text,
    cl: &[Classes],
    union: Classes,
    mode: CaseMode,
    out: &mut Vec<Named>,
) {
    if mode != CaseMode::Normal || union & RULE_CUE == 0 {
        return;
    }
    let mut added = false;
    for (i, &c) in cl.iter().enumerate() {
        if c & (CAPITALISED | HAS_LOWER | RULE_CUE) != CAPITALISED | HAS_LOWER | RULE_CUE
            || c & (SOCIAL | HASH) != 0
            || !is_camel_name(text.word(i))
            || i + 1 >= cl.len()
            || has(cl, i + 1, CAPITALISED)
            || (i > 0 && has(cl, i - 1, ARTICLE | CAPITALISED))
            || covering(out, i).is_some()
        {
            continue;
        }
        out.push(Named::word(i, ORG, WEIGHT_MULTI));
        added = true;
    }
    if added {
        normalise(out);
    }
}

/// Two one-word names joined by "and", one an organisation a rule found (weight
/// [`WEIGHT_MULTI`] or more) and the other typed a person, are both organisations
/// ("TarnAid and Oxbridge appealed"): the person's ([`WEIGHT_SURE`]) unless a listed first name
/// or after a title.
pub(super) fn coordinated_orgs(cl: &[Classes], union: Classes, out: &mut [Named]) {
    if union & AND_EXACT == 0 {
        return;
    }
    for k in 1..out.len() {
        let (a, b) = (&out[k - 1], &out[k]);
        if a.end - a.start != 1 || b.end - b.start != 1 || b.start != a.end + 1 {
            continue;
        }
        if !has(cl, a.end, AND_EXACT) {
            continue;
        }
        // The organisation must be one a rule found ("WaterAid"), not the tagger's guess
        // ("Dreghorn and McIlwraith").
        let person = match (a.kind, b.kind) {
            (ORG, PER) if a.weight >= WEIGHT_MULTI => k,
            (PER, ORG) if b.weight >= WEIGHT_MULTI => k - 1,
            _ => continue,
        };
        let p = out[person].start;
        if has(cl, p, FIRST_NAME | HONORIFIC | TITLE_MODIFIER)
            || (p > 0 && has(cl, p - 1, HONORIFIC))
            || out[person].weight == WEIGHT_SURE
        {
            continue;
        }
        out[person].kind = ORG;
        out[person].weight = WEIGHT_SURE;
    }
}

/// Words a possessive's team may have before "team": capitalised, at most this many.
const TEAM_WORDS: usize = 3;

/// Capitalised words no name covers between a possessive and "team" ("Verstappen's Red Bull
/// team") are the team's name, an organisation ([`WEIGHT_SURE`]). Only sentences with a
/// possessive and a rule's cue ([`RULE_CUE`]: "team" is one) are read.
pub(super) fn possessive_teams(
    text: &dyn Text,
    cl: &[Classes],
    union: Classes,
    out: &mut Vec<Named>,
) {
    if union & (POSSESSIVE | RULE_CUE) != POSSESSIVE | RULE_CUE {
        return;
    }
    let mut added = false;
    for i in 1..cl.len() {
        if !has(cl, i, POSSESSIVE) {
            continue;
        }
        let start = i + 1;
        let mut end = start;
        while end < cl.len()
            && end - start < TEAM_WORDS
            && class(cl, end) & (CAPITALISED | HAS_ALPHA) == CAPITALISED | HAS_ALPHA
            && !has(cl, end, NON_NAME | ANY_MONTH | WEEKDAY)
        {
            end += 1;
        }
        if end == start
            || text.word(end) != "team"
            || (start..end).any(|j| covering(out, j).is_some())
        {
            continue;
        }
        out.push(Named {
            start,
            end,
            kind: ORG,
            weight: WEIGHT_SURE,
        });
        added = true;
    }
    if added {
        normalise(out);
    }
}

/// Heads of political bodies named after a creed ("Democratic Alliance", "Liberal Front").
fn is_political_head(w: &str) -> bool {
    matches!(
        w.as_bytes(),
        b"Alliance" | b"Party" | b"Front" | b"Movement" | b"Coalition" | b"Congress" | b"Union"
    )
}

/// A group word typed NORP alone right before a political body's head
/// ([`is_political_head`]) that no name covers is the body's name with it, an organisation
/// ([`WEIGHT_SURE`]): "the Democratic Alliance agreed".
pub(super) fn creed_bodies(text: &dyn Text, cl: &[Classes], out: &mut [Named]) {
    for k in 0..out.len() {
        let m = &out[k];
        if m.kind != NORP
            || m.end - m.start != 1
            || !has(cl, m.end, CAPITALISED)
            || out.get(k + 1).is_some_and(|n| n.start <= m.end)
            || !is_political_head(text.word(m.end))
        {
            continue;
        }
        let m = &mut out[k];
        m.end += 1;
        m.kind = ORG;
        m.weight = WEIGHT_SURE;
    }
}

/// An acronym of a common job or thing ("MP", "CEO") after a lower-case word and an article
/// or a possessive determiner ("the local MP", "its new CEO") is no name. (Each such acronym is
/// in capitals: a name holding a lower-case letter is passed before any word is read, where
/// the words before most one-word names were read.)
pub(super) fn job_acronyms(text: &dyn Text, cl: &[Classes], out: &mut Vec<Named>) {
    let mut removed = false;
    for m in out.iter_mut() {
        if m.end - m.start != 1
            || m.start < 2
            || has(cl, m.start, HAS_LOWER)
            || class(cl, m.start - 1) & (HAS_LOWER | CAPITALISED) != HAS_LOWER
            || !(has(cl, m.start - 2, ARTICLE)
                || matches!(text.word(m.start - 2), "his" | "her" | "its" | "their"))
            || !is_common_noun_acronym(text.word(m.start))
        {
            continue;
        }
        m.end = m.start;
        removed = true;
    }
    if removed {
        out.retain(|m| m.start < m.end);
    }
}

/// A one-word name after "the broker" (or "the brokers"), no listed first name, before a word
/// in lower case or a full stop or comma, is a firm ([`WEIGHT_SURE`]): "the broker Moneyfacts
/// said"; "the broker Ana Ruiz" stays a person. A word no name covers there is taken too.
/// Only sentences with a rule's cue ([`RULE_CUE`]: "broker" is one) are read, and only the
/// words after one.
pub(super) fn brokers(text: &dyn Text, cl: &[Classes], union: Classes, out: &mut Vec<Named>) {
    if union & (ARTICLE | RULE_CUE) != ARTICLE | RULE_CUE {
        return;
    }
    let mut added = false;
    for i in 2..cl.len() {
        if !has(cl, i - 1, RULE_CUE) {
            continue;
        }
        if class(cl, i) & (CAPITALISED | HAS_LOWER | FIRST_NAME | NON_NAME)
            != CAPITALISED | HAS_LOWER
            || has(cl, i + 1, CAPITALISED)
            || !has(cl, i - 2, ARTICLE)
            || !matches!(text.word(i - 1), "broker" | "brokers")
        {
            continue;
        }
        match covering(out, i) {
            Some(k) if out[k].end - out[k].start == 1 => {
                out[k].kind = ORG;
                out[k].weight = WEIGHT_SURE;
            }
            Some(_) => {}
            None => {
                out.push(Named::word(i, ORG, WEIGHT_SURE));
                added = true;
            }
        }
    }
    if added {
        normalise(out);
    }
}
