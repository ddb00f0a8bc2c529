//! Organisation shapes the tagger cuts (branch `entgen24`): the capitalised words before a
//! head word ("West Mercia Police" tagged from "Mercia", "Competition and Markets Authority"
//! from "Markets"), a company's legal suffix after its name ("Dunmere plc", "Pirelli SpA"), and
//! chat words that are never names ("Loooool", "GWOOOOD").

use super::words::word_list;
use super::*;

/// An organisation ending in its head word takes back the capitalised words the tagger left
/// before it ("Kettering Borough Council", "Computing Research Association"), a group word or
/// place typed as a name of its own right before it ("Australian" + "Paralympic Committee"),
/// and one or two capitalised common words joined by "and" ("Competition and Markets
/// Authority"). Running text only: in a title-case or ALL-CAPS line every word is capitalised.
///
/// Without an organisation's head word in the sentence (`union`) no name is read.
pub(super) fn org_front(
    lex: &Lexicon,
    text: &dyn Text,
    cl: &[Classes],
    union: Classes,
    mode: CaseMode,
    out: &mut Vec<Named>,
) {
    if mode != CaseMode::Normal || union & ORG_HEAD == 0 {
        return;
    }
    // A capitalised word that may open an organisation's name: not a connective, label, date,
    // title or article, and not the sentence's first word (capitalised for its place: "Key" in
    // "Key Security Council powers", "Computing" in "Computing Research Association said").
    let opener = |i: usize| {
        let c = class(cl, i);
        i > 0
            && c & CAPITALISED != 0
            && c & (NON_NAME | ANY_MONTH | WEEKDAY | HONORIFIC | TITLE_MODIFIER | ARTICLE) == 0
            && c & THE_CAPITALISED == 0
    };
    let mut changed = false;
    for k in 0..out.len() {
        let m = &out[k];
        if m.kind != ORG || !has(cl, m.end - 1, ORG_HEAD) || has(cl, m.end - 1, COMPETITION_HEAD) {
            continue;
        }
        let mut b = m.start;
        while b > 0 && m.end - b < MAX_RUN && opener(b - 1) && covering(out, b - 1).is_none() {
            b -= 1;
        }
        // A group word or a place right before it, typed as a name of its own ("Swedish" +
        // "Prosecution Authority").
        if let Some(p) = k.checked_sub(1).filter(|&p| {
            let q = &out[p];
            q.end == b
                && q.end - q.start <= 2
                && matches!(q.kind, NORP | LOC)
                && (q.start..q.end).all(|i| has(cl, i, CAPITALISED))
        }) {
            b = out[p].start;
        }
        // "Competition and Markets Authority": common words on both sides of "and".
        if b >= 2
            && has(cl, b - 1, AND_EXACT)
            && (b..out[k].end - 1).all(|i| has(cl, i, COMMON))
            && b < out[k].end - 1
        {
            let mut a = b - 1;
            while a > 0
                && b - a <= 2
                && class(cl, a - 1) & (CAPITALISED | COMMON) == CAPITALISED | COMMON
                && class(cl, a - 1) & (NON_NAME | ANY_MONTH | WEEKDAY | ARTICLE | THE_CAPITALISED)
                    == 0
                && covering(out, a - 1).is_none()
            {
                a -= 1;
            }
            if a < b - 1 {
                b = a;
            }
        }
        // A listed place keeps its own words ("West Bank").
        let whole = Named {
            start: b,
            ..out[k].clone()
        };
        if b < out[k].start && !listed_place(lex, text, cl, &whole) {
            out[k].start = b;
            out[k].weight = WEIGHT_SURE;
            // A name now inside it (the group word or place taken in) is dropped by `normalise`.
            if let Some(p) = k.checked_sub(1).filter(|&p| out[p].end > b) {
                out[p].end = out[p].start;
            }
            changed = true;
        }
    }
    if changed {
        normalise(out);
    }
}

/// A company's legal suffix after a name makes it one organisation: "Dunmere plc", "Pirelli
/// SpA", "Barnett Banks Inc." (the tagger leaves a lower-case "plc" out, and types the name
/// before it by its words). Suffixes that are also other words ("AG", "SA": an attorney
/// general, South Australia) only after a name already typed ORG.
///
/// Every suffix holds a letter: a name before a word without one (punctuation, a number, the
/// sentence's end) is passed over by its classes, before the word is read.
pub(super) fn company_suffixes(
    text: &dyn Text,
    cl: &[Classes],
    union: Classes,
    out: &mut Vec<Named>,
) {
    // The suffix is a [`RULE_CUE`] ([`is_legal_suffix`]).
    if union & RULE_CUE == 0 {
        return;
    }
    let mut changed = false;
    for k in 0..out.len() {
        if name_before_lone_suffix(text, cl, k, out) {
            changed = true;
            continue;
        }
        let e = out[k].end;
        // A place before a suffix is mostly the end of a longer name ("Future US Inc"), a
        // group word an adjective ("a British Ltd company").
        if !has(cl, e, HAS_ALPHA)
            || matches!(out[k].kind, NORP | LOC)
            || starting_at(out, e).is_some()
        {
            continue;
        }
        let w = text.word(e);
        let strong = is_strong_suffix(w);
        let weak = is_weak_suffix(w) && out[k].kind == ORG;
        if strong || weak {
            out[k].end = e + 1;
            out[k].kind = ORG;
            out[k].weight = WEIGHT_SURE;
            changed = true;
        }
    }
    if changed {
        normalise(out);
    }
}

/// A strong suffix the tagger typed as a name by itself ("Ltd." ending a sentence: "© 2031
/// Quill Media Ltd."): the capitalised words right before it are the company's name, and the
/// whole is one ORG. The sentence's first word only where it is no frequent or common word
/// ("Copyright Quill Media Ltd." keeps "Copyright" out). Whether `out[k]` was such a suffix
/// and grew.
fn name_before_lone_suffix(text: &dyn Text, cl: &[Classes], k: usize, out: &mut [Named]) -> bool {
    let s = out[k].start;
    if out[k].end != s + 1 || !is_strong_suffix(text.word(s)) {
        return false;
    }
    let name_word = |i: usize| {
        let c = class(cl, i);
        c & (CAPITALISED | HAS_ALPHA) == CAPITALISED | HAS_ALPHA
            && c & (NON_NAME | ANY_MONTH | WEEKDAY | HONORIFIC | ARTICLE) == 0
            && (i > 0 || c & (TOP_WORD | COMMON) == 0)
    };
    let mut b = s;
    while b > 0 && s - b < MAX_RUN && name_word(b - 1) && covering(out, b - 1).is_none() {
        b -= 1;
    }
    if b == s {
        return false;
    }
    out[k].start = b;
    out[k].kind = ORG;
    out[k].weight = WEIGHT_SURE;
    true
}

word_list! {
STRONG_SUFFIX_WORDS;
/// A company's legal suffix that is no other word ([`company_suffixes`]).
fn is_strong_suffix(w: impl AsRef<[u8]>) -> bool {
    fn of(b: &[u8]) -> bool {
        matches!(
            b,
            b"Inc"
                | b"Inc."
                | b"Ltd"
                | b"Ltd."
                | b"plc"
                | b"Plc"
                | b"PLC"
                | b"LLC"
                | b"LLP"
                | b"GmbH"
                | b"SpA"
        )
    }
    of(w.as_ref())
}
}

word_list! {
WEAK_SUFFIX_WORDS;
/// A company's legal suffix that is also another word, read after a name typed ORG only.
fn is_weak_suffix(w: impl AsRef<[u8]>) -> bool {
    fn of(b: &[u8]) -> bool {
        matches!(
            b,
            b"Corp" | b"Corp." | b"AG" | b"SA" | b"S.A." | b"NV" | b"N.V."
        )
    }
    of(w.as_ref())
}
}

/// A suffix [`company_suffixes`] takes in (a [`RULE_CUE`]).
pub(super) fn is_legal_suffix(w: &str) -> bool {
    is_strong_suffix(w) || is_weak_suffix(w)
}

/// A name holding a word with one letter three times running ("Loooool", "GWOOOOD SHIIIIT",
/// "Awwwww") is chat, not a name ([`is_drawn_out`], kept as the word's [`DRAWN_OUT`] class).
pub(super) fn chat_words(cl: &[Classes], union: Classes, out: &mut Vec<Named>) {
    if union & DRAWN_OUT == 0 {
        return;
    }
    out.retain(|m| !(m.start..m.end).any(|i| has(cl, i, DRAWN_OUT)));
}

/// A word with one ASCII letter three times running, longer than three letters. Roman
/// numerals' letters are left ("Henry VIII", "Title III"), and so are words of three letters
/// ("AAA", an acronym).
/// (Asked once a distinct word: one pass over the bytes counting the run of one byte up to
/// case, where three-byte windows cost ~110 instructions a word.)
pub(super) fn is_drawn_out(w: &str) -> bool {
    let b = w.as_bytes();
    if b.len() <= 3 {
        return false;
    }
    let mut run = 1;
    let mut prev = 0;
    for (i, &x) in b.iter().enumerate() {
        if i > 0 && x.eq_ignore_ascii_case(&prev) {
            run += 1;
            // (The run's first three bytes are one letter up to case: the window at `i - 2`.)
            if run >= 3 {
                let t = b.get(i.wrapping_sub(2)).copied().unwrap_or(0);
                if t.is_ascii_alphabetic() && !b"ivxlcdmIVXLCDM".contains(&t) {
                    return true;
                }
            }
        } else {
            run = 1;
        }
        prev = x;
    }
    false
}

/// [`is_drawn_out`] by three-byte windows (the reference its run count is tested against).
#[cfg(test)]
pub(super) fn is_drawn_out_by_windows(w: &str) -> bool {
    w.len() > 3
        && w.as_bytes().windows(3).any(|t| {
            t[0].is_ascii_alphabetic()
                && t[0].eq_ignore_ascii_case(&t[1])
                && t[1].eq_ignore_ascii_case(&t[2])
                && !b"ivxlcdmIVXLCDM".contains(&t[0])
        })
}

/// The acronym in brackets right after a name, spelling the initials of its capitalised words,
/// is a name of the same type ("National Health Service (NHS)", "Competition and Markets
/// Authority (CMA)"): the tagger often leaves it, and linking then joins the two by their
/// initials. Only in a sentence with both brackets (`union`: its words' classes).
pub(super) fn bracketed_acronyms(
    text: &dyn Text,
    cl: &[Classes],
    union: Classes,
    out: &mut Vec<Named>,
) {
    if union & OPEN_BRACKET == 0 || union & CLOSE_BRACKET == 0 {
        return;
    }
    let mut found = Vec::new();
    for m in out.iter() {
        let open = m.end;
        if !has(cl, open, OPEN_BRACKET)
            || !has(cl, open + 2, CLOSE_BRACKET)
            || m.kind != ORG
            || covering(out, open + 1).is_some()
        {
            continue;
        }
        let acronym = text.word(open + 1);
        // A plural ("GDRs", "NGOs") names a kind of thing, not one organisation.
        let letters = acronym.as_bytes();
        if !(2..=ACRONYM_LETTERS).contains(&letters.len())
            || !letters.iter().all(u8::is_ascii_uppercase)
        {
            continue;
        }
        let mut initials = (m.start..m.end)
            .filter(|&i| has(cl, i, CAPITALISED))
            .filter_map(|i| text.word(i).as_bytes().first().copied());
        let spelled =
            letters.iter().all(|&l| initials.next() == Some(l)) && initials.next().is_none();
        if spelled {
            found.push(Named {
                start: open + 1,
                end: open + 2,
                kind: m.kind,
                weight: m.weight.max(WEIGHT_MULTI),
            });
        }
    }
    if !found.is_empty() {
        out.extend(found);
        crate::sorting::sort_by_key(out, |m| m.start);
    }
}

/// Most letters of an organisation's acronym.
const ACRONYM_LETTERS: usize = 8;

/// A name right after a lower-case noun for a kind of organisation is an organisation
/// ("regulator Ofcom", "the airline Flybe", "the bank Santander"), whatever the tagger typed,
/// unless it opens with a listed first name ("the charity Mary set up"); in running text, a
/// word the tagger left out there is one too ([`named_after_kinds`]).
/// `union` is the union of the sentence's classes: without a kind word no word is walked.
pub(super) fn org_kinds(
    text: &dyn Text,
    cl: &[Classes],
    union: Classes,
    mode: CaseMode,
    out: &mut Vec<Named>,
) {
    if mode == CaseMode::AllCaps || union & ORG_KIND == 0 {
        return;
    }
    for m in out.iter_mut() {
        let before = m.start.checked_sub(1).map_or(BEYOND, |i| class(cl, i));
        // The kind opening the sentence is capitalised ("Steelmaker Calder Forge will …", ent32).
        if before & ORG_KIND != 0
            && (before & CAPITALISED == 0 || m.start == 1)
            && m.kind != NORP
            && (!has(cl, m.start, FIRST_NAME) || named_in_full(text, cl, m))
            && has(cl, m.start, CAPITALISED | UPPER_OR_DIGIT)
        {
            m.kind = ORG;
            m.weight = WEIGHT_SURE;
        }
    }
    if mode == CaseMode::Normal {
        named_after_kinds(cl, out);
    }
}

/// Whether `m`, opening with a listed first name after a kind of organisation, is the
/// organisation's whole name ("the retailer Calder Forge said", ent32): two capitalised words
/// or more, or one before a word in lower case ("the chipmaker Marvell fell", ent36), not
/// before the verb of a clause about a person ("the charity Mary Byrne set up",
/// "the club Ana Ruiz joined": [`person_clause_verb`]).
fn named_in_full(text: &dyn Text, cl: &[Classes], m: &Named) -> bool {
    // "maker" ends people's jobs too ("policy maker Rachel Reeves", "film maker").
    // One word is the name when a lower-case verb follows that is no clause's about a person
    // ("the chipmaker Marvell fell", ent36; "the charity Mary set up" stays).
    let lower_after = class(cl, m.end) & (HAS_LOWER | CAPITALISED) == HAS_LOWER;
    // Or one word ending the sentence ("the airport operator Aena.", ent37): no clause follows.
    (m.end - m.start >= 2 || lower_after || m.end + 1 == cl.len() && text.word(m.end) == ".")
        && text.word(m.start - 1) != "maker"
        && (m.start..m.end).all(|i| has(cl, i, CAPITALISED))
        && (!lower_after || !person_clause_verb(text.word(m.end)))
}

/// Verbs of a clause whose subject founded, runs or joined the organisation before it: a past
/// tense in "-ed" and the few irregular ones.
fn person_clause_verb(w: &str) -> bool {
    w.ends_with("ed")
        || matches!(
            w,
            "set"
                | "runs"
                | "run"
                | "leads"
                | "led"
                | "owns"
                | "built"
                | "began"
                | "left"
                | "chairs"
                | "heads"
        )
}

/// One capitalised word that no span covers, right after a lower-case kind of organisation
/// and before a word in lower case or punctuation, is the organisation's name: "payments
/// startup Quillpay,", "the airline Skyvane cancelled" (the tagger leaves such a word out
/// when it knows nothing of it). Not a listed first name ("the charity Mary set up"), group
/// word ("the union Welsh members"), title, month, weekday, listed non-name or frequent word
/// ("the bank Holiday", "the firm In"); a run of capitalised words is left to the tagger.
fn named_after_kinds(cl: &[Classes], out: &mut Vec<Named>) {
    const NEVER: Classes = NON_NAME
        | ANY_MONTH
        | WEEKDAY
        | HONORIFIC
        | TITLE_MODIFIER
        | TOP_WORD
        | COMMON
        | COMMON_PLURAL
        | SOCIAL
        | DRAWN_OUT
        | FIRST_NAME
        | GROUP_WORD;
    let mut added = false;
    for (i, pair) in cl.windows(2).enumerate() {
        let &[kind, c] = pair else { continue };
        let at = i + 1;
        if kind & (ORG_KIND | CAPITALISED) != ORG_KIND
            || c & (CAPITALISED | HAS_ALPHA) != CAPITALISED | HAS_ALPHA
            || c & NEVER != 0
            || has(cl, at + 1, CAPITALISED)
            || covering(out, at).is_some()
        {
            continue;
        }
        out.push(Named::word(at, ORG, WEIGHT_SURE));
        added = true;
    }
    if added {
        normalise(out);
    }
}
