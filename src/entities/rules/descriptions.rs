//! Names the words around them describe: a company the text calls one ("Grail, a California
//! company, found …", "Binance, the world's largest crypto exchange, agreed …"), a company
//! whose staff or shares are named ("analysts at Bernstein", "shares in Sony"), and a named
//! storm ("Storm Éowyn", "Hurricane Milton": an event, MISC). The tagger types short company
//! names by their letters alone (a surname, a place) and a storm's name as a person's; the
//! words the text puts around them tell what they are.

use super::words::word_list;
use super::*;

/// Most words of a description between its article and its kind ("the world's largest crypto
/// exchange").
const DESCRIPTION_WORDS: usize = 7;

/// Whether the words from `from` on, up to the next punctuation, describe an organisation: at
/// most [`DESCRIPTION_WORDS`] words, none a preposition, conjunction or other of the most
/// frequent words ("a director at the bank", "the head of the group" describe people), the
/// last a lower-case kind of organisation ([`ORG_KIND`]), or such a kind before "of" or "for"
/// ("a US maker of optical equipment"). Read by the classes alone.
fn describes_organisation(cl: &[Classes], from: usize) -> bool {
    const STOP: Classes = TOP_WORD | OF_FOR | AND;
    for j in from..(from + DESCRIPTION_WORDS + 1).min(cl.len() + 1) {
        let c = class(cl, j);
        if c & MEANINGFUL == 0 {
            let last = class(cl, j.wrapping_sub(1));
            return j > from
                && last & (HAS_LOWER | CAPITALISED) == HAS_LOWER
                && last & ORG_KIND != 0;
        }
        if c & STOP != 0 && c & (ARTICLE | POSSESSIVE) == 0 {
            // "a US maker of optical equipment": the kind before "of" or "for" (ent34).
            let last = class(cl, j.wrapping_sub(1));
            return j > from
                && c & OF_FOR != 0
                && last & (HAS_LOWER | CAPITALISED | ORG_KIND) == HAS_LOWER | ORG_KIND;
        }
    }
    false
}

/// Classes of a capitalised word that is never a company's name before its description: those
/// never one before a verb of saying, but a drawn-out word may be described.
const NEVER_DESCRIBED: Classes = NEVER_A_SUBJECT & !DRAWN_OUT;

/// Whether word `comma` is a comma before a description of an organisation ([`describes_organisation`]):
/// punctuation before a lower-case article or a listed place's possessive, read only then.
fn comma_describing(text: &dyn Text, cl: &[Classes], comma: usize) -> bool {
    if class(cl, comma) & MEANINGFUL != 0 {
        return false;
    }
    let next = class(cl, comma + 1);
    // Or a listed place's possessive before the kind ("Roskomnadzor, Russia's regulator,",
    // ent40).
    let from = if next & (ARTICLE | HAS_LOWER | CAPITALISED) == ARTICLE | HAS_LOWER {
        comma + 2
    } else if next & (PLACE_WORD | CAPITALISED) == PLACE_WORD | CAPITALISED
        && has(cl, comma + 2, POSSESSIVE)
    {
        comma + 3
    } else {
        return false;
    };
    text.word(comma) == "," && describes_organisation(cl, from)
}

/// Whether word `i`, which no span covers, may be a company's name before its description: a
/// capitalised word, not of [`NEVER_DESCRIBED`], at the sentence's start or after a word that
/// is not capitalised (a longer name's last word is left to the tagger).
fn may_be_described(cl: &[Classes], i: usize) -> bool {
    let w = class(cl, i);
    w & (CAPITALISED | HAS_ALPHA) == CAPITALISED | HAS_ALPHA
        && w & NEVER_DESCRIBED == 0
        && (i == 0 || !has(cl, i - 1, CAPITALISED))
}

/// Whether the sentence's words and classes hold what [`described_companies`] needs.
fn may_describe(union: Classes) -> bool {
    union & ORG_KIND != 0 && union & (ARTICLE | POSSESSIVE) != 0
}

/// Whether a sentence the tagger found no name in holds a word [`described_companies`] would
/// make a company ("Zentrix, the world's largest crypto exchange, agreed …").
pub(super) fn may_name_described(text: &dyn Text, cl: &[Classes], union: Classes) -> bool {
    may_describe(union)
        && (1..cl.len())
            .any(|comma| comma_describing(text, cl, comma) && may_be_described(cl, comma - 1))
}

/// A name followed by a comma and a description that ends in a kind of organisation ("Grail, a
/// California company,", "Binance, the world's largest crypto exchange,") is an organisation
/// ([`WEIGHT_SURE`]): a name the tagger typed a person or a place is retyped (not one of two or
/// more words opening with a listed first name, nor one after a title, nor MISC: a product may be described so), and one
/// capitalised word it left out ([`may_be_described`]) is added. Running text; only sentences
/// with an article and a kind word are walked, and a word is read only where punctuation comes
/// before an article.
pub(super) fn described_companies(
    text: &dyn Text,
    cl: &[Classes],
    union: Classes,
    mode: CaseMode,
    out: &mut Vec<Named>,
) {
    if mode != CaseMode::Normal || !may_describe(union) {
        return;
    }
    let mut added = false;
    for comma in 1..cl.len() {
        if !comma_describing(text, cl, comma) {
            continue;
        }
        let name = comma - 1;
        match covering(out, name) {
            Some(k) => {
                let m = &mut out[k];
                // A one-word name that is also a given name is a company when so described
                // ("Zara, the fashion retailer,"); two words opening with one are a person's.
                let given = if m.end - m.start == 1 {
                    HONORIFIC
                } else {
                    FIRST_NAME | HONORIFIC
                };
                if m.end == comma
                    && matches!(m.kind, PER | LOC)
                    && !has(cl, m.start, given)
                    && !(m.start > 0 && has(cl, m.start - 1, HONORIFIC))
                {
                    m.kind = ORG;
                    m.weight = WEIGHT_SURE;
                }
            }
            None if may_be_described(cl, name) => {
                out.push(Named::word(name, ORG, WEIGHT_SURE));
                added = true;
            }
            None => {}
        }
    }
    if added {
        normalise(out);
    }
}

/// People who work for a company, named with it after "at" ("analysts at Bernstein"), in any
/// case ("Analysts at …" opens a sentence).
fn is_staff(w: &str) -> bool {
    matches!(
        bare(w).bytes(),
        b"analysts"
            | b"analyst"
            | b"economists"
            | b"economist"
            | b"strategists"
            | b"strategist"
            | b"researchers"
            | b"engineers"
            | b"executives"
            | b"employees"
            | b"bankers"
            | b"traders"
            | b"insiders"
    )
}

/// A name the tagger typed a person or a place, after "analysts at" (and other staff: "economists
/// at", "engineers at") or after "shares in" / "stock in", is a company ([`WEIGHT_SURE`]); a
/// listed place stays a place ("shares in Tokyo": the market's). Only the words before names
/// typed PER or LOC are read, and only after "in" or "at".
/// Without "at" or "in" in the sentence (`union`) no name is read.
pub(super) fn companies_by_staff(
    lex: &Lexicon,
    text: &dyn Text,
    cl: &[Classes],
    union: Classes,
    out: &mut [Named],
) {
    if union & YEAR_PREPOSITION == 0 {
        return;
    }
    for m in out.iter_mut() {
        if !matches!(m.kind, PER | LOC)
            || m.start < 2
            || !has(cl, m.start - 1, YEAR_PREPOSITION)
            || (m.kind == PER && has(cl, m.start, FIRST_NAME))
        {
            continue;
        }
        // "at" is a game's separator and "in" a place's preposition by their classes, which
        // tell which word to compare (none for "since", "by"…), and "in" is compared only
        // after a market's word: most names after "in" are read no further.
        let before = class(cl, m.start - 1);
        let company = if before & GAME_SEPARATOR != 0 {
            text.word(m.start - 1) == "at" && is_staff(text.word(m.start - 2))
        } else if before & PLACE_PREPOSITION != 0 {
            has(cl, m.start - 2, MARKET) && text.word(m.start - 1) == "in"
        } else {
            false
        };
        if company && !listed_place(lex, text, cl, m) {
            m.kind = ORG;
            m.weight = WEIGHT_SURE;
        }
    }
}

/// A name of two words or more that opens with "Storm", "Hurricane", "Typhoon" or "Cyclone"
/// ("Storm Éowyn", "Hurricane Milton") is a storm's: an event (MISC), not the person its
/// second word reads as. Only each such name's first word is read, in a sentence holding a
/// [`RULE_CUE`] (`union`: its words' classes).
pub(super) fn storms(text: &dyn Text, union: Classes, out: &mut [Named]) {
    if union & RULE_CUE == 0 {
        return;
    }
    for m in out.iter_mut() {
        if m.end - m.start >= 2 && is_storm_word(text.word(m.start)) {
            m.kind = MISC;
            m.weight = WEIGHT_SURE;
        }
    }
}

word_list! {
STORM_WORDS;
/// A storm's first word ([`storms`]; a [`RULE_CUE`]).
pub(super) fn is_storm_word(w: impl AsRef<[u8]>) -> bool {
    fn of(b: &[u8]) -> bool {
        matches!(b, b"Storm" | b"Hurricane" | b"Typhoon" | b"Cyclone")
    }
    of(w.as_ref())
}
}
