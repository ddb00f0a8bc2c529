//! Names of international wire news the tagger types by their look (branch ent43): a product's
//! or a project's name after "codenamed" or "sold as" ("a chip codenamed Heron", "sold as
//! Zepbound": read as people), a company whose last word is a trade's plural glued to a prefix
//! ("Helix Microdevices", "Orvane Microsystems": read as people, no list holding the word), and
//! a union or society of people named "… Workers of America" (cut to the place).

use super::cue_words::{self, Cues};
use super::words::word_list;
use super::*;

/// Whether the words before a name's first word `start` introduce a product's or a project's
/// name: "codenamed" / "code-named" right before it, or "sold", "marketed" or "branded" and
/// "as" ("sold as Zepbound").
fn after_product_cue(text: &dyn Text, cl: &[Classes], start: usize) -> bool {
    if start == 0 || has(cl, start - 1, CAPITALISED) || !has(cl, start - 1, HAS_LOWER) {
        return false;
    }
    match text.word(start - 1) {
        "codenamed" | "code-named" => true,
        "as" => start >= 2 && matches!(text.word(start - 2), "sold" | "marketed" | "branded"),
        _ => false,
    }
}

/// The lower-case endings of a company's last word that name a trade in the plural or a
/// science, alone ("Systems") or glued to a prefix ("Microdevices", "Biosciences"): no
/// person's surname ends so.
const TRADE_ENDINGS: [&str; 16] = [
    "devices",
    "systems",
    "tronics",
    "sciences",
    "therapeutics",
    "robotics",
    "semiconductors",
    "networks",
    "technologies",
    "dynamics",
    "logistics",
    "analytics",
    "genomics",
    "pharmaceuticals",
    "materials",
    "aerospace",
];

/// Whether `w` ends in `end`, compared ASCII-blind.
fn ends_with(w: &str, end: &str) -> bool {
    w.len()
        .checked_sub(end.len())
        .and_then(|at| w.as_bytes().get(at..))
        .is_some_and(|tail| tail.eq_ignore_ascii_case(end.as_bytes()))
}

/// Whether `w` (capitalised) ends in a trade's ending ([`TRADE_ENDINGS`]), compared ASCII-blind.
fn ends_in_trade(w: &str) -> bool {
    w.len() >= 7 && TRADE_ENDINGS.iter().any(|e| ends_with(w, e))
}

/// The lower-case endings of the plural of a kind of people that a union or society is named
/// after ("Communications Workers", "Boy Scouts", "Veterans").
fn is_people_plural(w: &str) -> bool {
    ["workers", "employees", "scouts", "veterans"]
        .iter()
        .any(|e| ends_with(w, e))
}

/// Names after "codenamed" or "sold as" are products (MISC, [`WEIGHT_SURE`]): "a chip codenamed
/// Heron", "sold as Zepbound in the US". A name of two or three words typed PER whose
/// last word ends in a trade ([`ends_in_trade`]: "Helix Microdevices") and whose first word is
/// no listed first name is a company (ORG, [`WEIGHT_SURE`]). A place typed alone after "of"
/// after two or three capitalised words ending in a plural of people ("Communications Workers
/// of America", [`is_people_plural`]) is the union of them all (ORG, [`WEIGHT_SURE`]).
pub(super) fn wire_names(text: &dyn Text, cl: &[Classes], cue_union: Cues, out: &mut Vec<Named>) {
    if cue_words::lacks(cue_union, cue_words::WIRE) {
        return;
    }
    let mut changed = false;
    for k in 0..out.len() {
        let m = &out[k];
        let (start, end, kind, weight) = (m.start, m.end, m.kind, m.weight);
        if kind != MISC && after_product_cue(text, cl, start) {
            let m = &mut out[k];
            m.kind = MISC;
            m.weight = WEIGHT_SURE;
            continue;
        }
        let len = end - start;
        if kind == PER
            && (2..=3).contains(&len)
            && weight < WEIGHT_SURE
            && !has(cl, start, FIRST_NAME)
            && class(cl, end - 1) & (CAPITALISED | HAS_LOWER | FIRST_NAME | PLACE_OR_GROUP)
                == CAPITALISED | HAS_LOWER
            && ends_in_trade(text.word(end - 1))
        {
            let m = &mut out[k];
            m.kind = ORG;
            m.weight = WEIGHT_SURE;
            continue;
        }
        if kind == LOC
            && start >= 3
            && has(cl, start - 1, OF_FOR)
            && text.word(start - 1) == "of"
            && class(cl, start - 2) & (CAPITALISED | HAS_LOWER) == CAPITALISED | HAS_LOWER
            && is_people_plural(text.word(start - 2))
        {
            // The capitalised words before the plural (one or two), no article nor frequent word.
            let mut from = start - 2;
            while from > 0
                && start - 2 - (from - 1) <= 2
                && class(cl, from - 1) & (CAPITALISED | HAS_LOWER | TOP_WORD | ARTICLE)
                    == CAPITALISED | HAS_LOWER
            {
                from -= 1;
            }
            if from == start - 2 {
                continue;
            }
            // Names inside the words taken in are dropped (below, by their emptiness).
            for n in out.iter_mut().take(k) {
                if n.end > from {
                    n.end = n.start;
                }
            }
            let m = &mut out[k];
            m.start = from;
            m.kind = ORG;
            m.weight = WEIGHT_SURE;
            changed = true;
        }
    }
    if changed {
        normalise(out);
    }
    described_people(text, cl, out);
    region_names(text, cl, out);
}

/// Whether `w` is a word one of the rules here reads (a sentence without one is passed over in
/// native builds: [`cue_words::WIRE`]): the cue of a product's name, a word ending in a trade or
/// in a plural of workers, an office, "Moon", a region's kind. (Native builds make the cue by
/// `cue_words::exact` and [`has_wire_ending`]; this is what the tests hold them against.)
#[cfg(test)]
pub(super) fn is_wire_word(w: &str) -> bool {
    is_wire_listed(w) || has_wire_ending(w)
}

/// The words [`is_wire_word`] names exactly (native builds read them from
/// `cue_words::exact::GATE_LISTS`, with the lists of [`is_office`] and [`is_region_kind`]).
#[cfg(test)]
pub(super) fn is_wire_listed(w: &str) -> bool {
    CUE_WORDS.contains(&w.as_bytes()) || is_office(w) || is_region_kind(w)
}

/// The words the rules here read besides their lists and endings: a product's cue
/// (`after_product_cue`) and "Moon".
#[cfg(any(test, not(target_arch = "wasm32")))]
pub(in crate::entities::rules) const CUE_WORDS: &[&[u8]] = &[
    b"codenamed",
    b"code-named",
    b"sold",
    b"marketed",
    b"branded",
    b"Moon",
];

/// The endings [`is_wire_word`] reads: a capitalised word of seven bytes or more ending in a
/// trade ([`ends_in_trade`]) or a plural of people ([`is_people_plural`]).
#[cfg(not(target_arch = "wasm32"))]
pub(super) fn has_wire_ending(w: &str) -> bool {
    w.len() >= 7
        && w.as_bytes()[0].is_ascii_uppercase()
        && matches!(w.as_bytes().last(), Some(b's' | b'e'))
        && (ends_in_trade(w) || is_people_plural(w))
}

word_list! {
OFFICES;
/// Whether `w` is a person's office written after a comma and before "of" or the body
/// ("Fikile Mbalula, secretary-general of the ANC,").
fn is_office(w: impl AsRef<[u8]>) -> bool {
    fn of(b: &[u8]) -> bool {
        matches!(
            b,
            b"secretary-general" | b"spokesman" | b"spokeswoman" | b"spokesperson" | b"chairman"
            | b"chairwoman" | b"director-general" | b"deputy" | b"governor" | b"ambassador"
            | b"envoy" | b"commissioner"
        )
    }
    of(w.as_ref())
}
}

/// A name of two or three capitalised words typed ORG (no sure type, no head word) followed by
/// a comma and a person's office ([`is_office`]) is a person ("Fikile Mbalula, secretary-general
/// of the ANC, said"): a body is not described so. "the Moon" typed otherwise is a place (the
/// Earth's moon, LOC, [`WEIGHT_SURE`]).
fn described_people(text: &dyn Text, cl: &[Classes], out: &mut [Named]) {
    for m in out.iter_mut() {
        let len = m.end - m.start;
        if m.kind == ORG
            && (2..=3).contains(&len)
            && m.weight < WEIGHT_SURE
            && !has(cl, m.end - 1, ORG_HEAD | FACILITY_HEAD)
            && (m.start..m.end).all(|i| has(cl, i, CAPITALISED))
            && text.word(m.end) == ","
            && is_office(text.word(m.end + 1))
        {
            m.kind = PER;
            m.weight = WEIGHT_SURE;
        } else if len == 1
            && m.kind != LOC
            && m.start > 0
            && has(cl, m.start - 1, LOWER_THE)
            && text.word(m.start) == "Moon"
        {
            m.kind = LOC;
            m.weight = WEIGHT_SURE;
        }
    }
}

word_list! {
REGION_KINDS;
/// Whether `w` is a region's kind written in lower case after its name ("Quảng Ninh
/// province", "Sennar and Gezira states").
fn is_region_kind(w: impl AsRef<[u8]>) -> bool {
    fn of(b: &[u8]) -> bool {
        matches!(
            b,
            b"province" | b"provinces" | b"prefecture" | b"prefectures" | b"oblast" | b"governorate"
        )
    }
    of(w.as_ref())
}
}

/// A name typed PER or ORG (no sure type) right before a region's kind in lower case
/// ([`is_region_kind`]: "Quảng Ninh and Hải Phòng provinces") is a place (LOC,
/// [`WEIGHT_SURE`]), and so is a name so typed before "and" and such a place.
fn region_names(text: &dyn Text, cl: &[Classes], out: &mut [Named]) {
    let mut next_start = usize::MAX;
    for m in out.iter_mut().rev() {
        let after = class(cl, m.end);
        let before_kind = after & (CAPITALISED | HAS_LOWER) == HAS_LOWER
            && (is_region_kind(text.word(m.end))
                || has(cl, m.end, AND_EXACT) && next_start == m.end + 1);
        if before_kind && matches!(m.kind, PER | ORG) && m.weight < WEIGHT_SURE {
            m.kind = LOC;
            m.weight = WEIGHT_SURE;
            next_start = m.start;
        } else if before_kind && m.kind == LOC {
            next_start = m.start;
        } else {
            next_start = usize::MAX;
        }
    }
}
