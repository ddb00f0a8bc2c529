//! Companies opening a sentence that the tagger cuts or types a person (branch ent38): a rare
//! capitalised word before a trade word ("Samsung Electronics posted …", tagged MISC
//! `Electronics`), and a firm of two words after a capitalised kind ("Insurer Tamsworth
//! Keale agreed …", tagged PER `Tamsworth Keale`); and anywhere, a nationality before
//! trade words ("Ethiopian Electric Power", "Turkish Airlines"), tagged NORP alone.

use super::*;

/// What the first word of "Samsung Electronics posted" must not be (besides one of the 5,000
/// most frequent words: "Consumer Electronics sales" names no company): a listed place, group or first name, a title, a date's
/// word, an article, a kind of organisation, a number.
const NOT_A_BRAND: Classes = TOP_WORD
    | PLACE_OR_GROUP
    | FIRST_NAME
    | HONORIFIC
    | TITLE_MODIFIER
    | NON_NAME
    | ANY_MONTH
    | WEEKDAY
    | ARTICLE
    | ORG_KIND
    | HEADLINE_VERB
    | NUMBER
    | POSSESSIVE;

/// A trade word that ends a company's name: [`is_trade_head`] or "Electronics".
fn is_trade_word(w: &str) -> bool {
    w == "Electronics" || is_trade_head(w)
}

/// The sentence's first name, one word at the second word, a trade word
/// ([`is_trade_word`]) before a lower-case word, after a capitalised first word that no name
/// covers and is no listed word ([`NOT_A_BRAND`]) nor among the 5,000 most frequent (its
/// frequency class 3 or more: "Samsung" is, "Consumer" is not), is the company of both words
/// (ORG, [`WEIGHT_SURE`]). The sentence's first name, of one to three words at the second
/// word typed PER or MISC before a lower-case word, after a capitalised kind of organisation
/// ("Insurer": [`ORG_KIND`]), is an organisation unless it opens with a listed first name
/// ("Insurer Maria Tolvek"). "Broker" is read with the name glued to it
/// (`openers::broker_opener`).
pub(super) fn company_openers(lex: &Lexicon, text: &dyn Text, cl: &[Classes], out: &mut [Named]) {
    let Some(m) = out.first_mut() else {
        return;
    };
    let first = class(cl, 0);
    if m.start != 1
        || first & (CAPITALISED | HAS_LOWER) != CAPITALISED | HAS_LOWER
        || class(cl, m.end) & (CAPITALISED | HAS_LOWER) != HAS_LOWER
    {
        return;
    }
    if m.end == 2
        && m.kind != NORP
        && first & NOT_A_BRAND == 0
        && has(cl, 1, CAPITALISED)
        && is_trade_word(text.word(1))
        && lex.freq_class(&lower(text.word(0))) >= 3
    {
        m.start = 0;
        m.kind = ORG;
        m.weight = WEIGHT_SURE;
        return;
    }
    if matches!(m.kind, PER | MISC)
        && m.end <= 4
        && !has(cl, 1, FIRST_NAME)
        && first & ORG_KIND != 0
    {
        m.kind = ORG;
        m.weight = WEIGHT_SURE;
    }
}

/// A one-word name typed NORP right before one or two capitalised trade words
/// ([`is_trade_word`]) that no name covers, the word after them not capitalised, is a company
/// of them all (ORG, [`WEIGHT_SURE`]): "Ethiopian Electric Power said", "Turkish Airlines
/// flights".
pub(super) fn national_trades(text: &dyn Text, cl: &[Classes], out: &mut Vec<Named>) {
    let trade = |i: usize| {
        class(cl, i) & (CAPITALISED | HAS_LOWER) == CAPITALISED | HAS_LOWER
            && is_trade_word(text.word(i))
    };
    let mut changed = false;
    for k in 0..out.len() {
        let m = &out[k];
        if m.kind != NORP || m.end != m.start + 1 || !trade(m.end) {
            continue;
        }
        let end = if trade(m.end + 1) {
            m.end + 2
        } else {
            m.end + 1
        };
        if has(cl, end, CAPITALISED) || out.get(k + 1).is_some_and(|n| n.start < end) {
            continue;
        }
        let m = &mut out[k];
        m.end = end;
        m.kind = ORG;
        m.weight = WEIGHT_SURE;
        changed = true;
    }
    if changed {
        normalise(out);
    }
}
