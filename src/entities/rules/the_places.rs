//! A place whose listed name opens with "The" (branch ent36): "The Hague". The tagger marks
//! "Hague" alone (CoNLL leaves a lower-case "the" out); GeoNames lists the name with its
//! article, and not without it.

use super::*;

/// A name typed LOC right after a capitalised "The" takes it in when "The" and the name
/// together are a listed place and the name alone is not ("in The Hague" → `The Hague`; "The
/// Netherlands", listed both ways, keeps the article out, as CoNLL does). "The" must start a gazetteer
/// phrase ([`STARTS_PHRASE`]). For the name `k` of `out`, typed LOC ([`people_walk`]
/// (super::people_walk) calls it in a sentence holding a capitalised "The").
pub(super) fn the_place_at(
    lex: &Lexicon,
    text: &dyn Text,
    cl: &[Classes],
    out: &mut [Named],
    k: usize,
) {
    let Some(m) = out.get(k) else {
        return;
    };
    let start = m.start;
    let free = k == 0 || out.get(k - 1).is_some_and(|p| p.end < start);
    if start >= 1
        && free
        && class(cl, start - 1) & (THE_CAPITALISED | STARTS_PHRASE)
            == THE_CAPITALISED | STARTS_PHRASE
    {
        let wider = Named {
            start: start - 1,
            end: m.end,
            kind: LOC,
            weight: m.weight,
        };
        if listed_place(lex, text, cl, &wider) && !listed_place(lex, text, cl, m) {
            if let Some(m) = out.get_mut(k) {
                m.start = start - 1;
            }
        }
    }
}
