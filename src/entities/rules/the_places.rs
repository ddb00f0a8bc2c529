//! A place whose listed name opens with "The" (branch ent36): "The Hague". The tagger marks
//! "Hague" alone (CoNLL leaves a lower-case "the" out); GeoNames lists the name with its
//! article, and not without it.

use super::*;

/// A name typed LOC right after a capitalised "The" takes it in when "The" and the name
/// together are a listed place and the name alone is not ("in The Hague" → `The Hague`; "The
/// Netherlands", listed both ways, keeps the article out, as CoNLL does). "The" must start a gazetteer
/// phrase ([`STARTS_PHRASE`]); only sentences holding a capitalised "The" (`union`) are read.
pub(super) fn the_places(
    lex: &Lexicon,
    text: &dyn Text,
    cl: &[Classes],
    union: Classes,
    out: &mut [Named],
) {
    if union & THE_CAPITALISED == 0 {
        return;
    }
    let mut end = 0;
    for m in out.iter_mut() {
        let start = m.start;
        if m.kind == LOC
            && start >= 1
            && start > end
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
                m.start = start - 1;
            }
        }
        end = m.end;
    }
}
