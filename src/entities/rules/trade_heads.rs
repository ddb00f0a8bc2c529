//! Companies named by a place, a family or a brand and a trade (branch ent35): "Anglian Water",
//! "Volvo Cars", "Riyadh Air", "Utilita Energy", "Bentley Motors". The tagger reads the first
//! word's kind (a person's or a place's name) for the whole. No shipped list carries these
//! heads (the gazetteers hold places and people; `heads.tsv`, learned from CoNLL-2003 train,
//! has "airways" and "airlines" but none of the trades below: CoNLL's 1996 news names few
//! utilities), so they are listed by hand: the trades British and world news name companies by.

use super::cue_words::TRADE_HEAD;
use super::*;

/// A capitalised last word that names a company's trade ("Water", "Energy", "Cars" …), as
/// written.
pub(super) fn is_trade_head(w: &str) -> bool {
    // Listed in [`super::cue_words::WORDS`] (technology and materials from ent36: "Ampere
    // Computing", "Tianqi Lithium").
    super::cue_words::listed(w.as_bytes()) & TRADE_HEAD != 0
}

/// A name of two to four capitalised words typed PER, LOC or MISC whose last word is a trade
/// head ([`is_trade_head`]) is a company (ORG): "Anglian Water" PER, "Riyadh Air" PER, "Dee
/// Valley Water" LOC. A name of one to three such words right before a trade head that no
/// name holds, the word after it not capitalised, takes it in and is the company ("South
/// East" LOC + "Water" at a sentence's start). A place is kept where a place's preposition
/// comes right before it ("swam in Derwent Water", "on Coniston Water": lakes) or its first
/// word is a title; a person stays where a listed given name opens the name or a title
/// comes before it ("Samantha Power", "Mr Power"). Not gated by [`RULE_CUE`]: the heads are frequent capitalised
/// words ("Air Force", "Power"), and a sentence holding one would open every gated rule; a
/// name's words are compared only where it is typed PER, LOC or MISC and the word's classes
/// allow a head (capitalised, lower case after, no listed place or first name).
///
/// The heads are told by their cue ([`TRADE_HEAD`]): a sentence without one (~85 % of news's)
/// returns at once.
pub(super) fn trade_heads(text: &dyn Text, cl: &[Classes], cue_union: Cues, out: &mut [Named]) {
    const HEAD: Classes = CAPITALISED | HAS_LOWER | PLACE_OR_GROUP | FIRST_NAME;
    if cue_union & TRADE_HEAD == 0 {
        return;
    }
    let head_at =
        |i: usize| class(cl, i) & HEAD == CAPITALISED | HAS_LOWER && is_trade_head(text.word(i));
    for k in 0..out.len() {
        let m = out[k].clone();
        let len = m.end.saturating_sub(m.start);
        if !(1..=4).contains(&len) || m.kind == NORP {
            continue;
        }
        // The head is the name's last word, or the free word right after it (a name already
        // typed ORG only takes that word in: "Yorkshire" ORG + "Water").
        let end = if len >= 2 && m.kind != ORG && head_at(m.end - 1) {
            m.end
        } else if len <= 3
            && head_at(m.end)
            && !has(cl, m.end + 1, CAPITALISED)
            && !out.iter().any(|n| n.start <= m.end && m.end < n.end)
        {
            m.end + 1
        } else {
            continue;
        };
        // A person named Power or Steel: a listed given name before the head ("Samantha Power";
        // not the first of three words, "Severn Trent Water", where places lend given names),
        // or a title before the name.
        if (m.start..end).any(|i| !has(cl, i, CAPITALISED))
            || has(cl, m.start, HONORIFIC | TITLE_MODIFIER)
            || m.kind == PER
                && (end - m.start == 2 && has(cl, m.start, FIRST_NAME)
                    || m.start > 0 && has(cl, m.start - 1, HONORIFIC | TITLE_MODIFIER))
        {
            continue;
        }
        if m.kind == LOC && m.start > 0 {
            let before = text.word(m.start - 1);
            if has(cl, m.start - 1, PLACE_PREPOSITION)
                || matches!(before, "on" | "at" | "across" | "to" | "from")
            {
                continue;
            }
        }
        let m = &mut out[k];
        m.end = end;
        m.kind = ORG;
        m.weight = WEIGHT_SURE;
    }
}
