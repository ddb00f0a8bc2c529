//! Products named after their maker (branch ent31): "the maker of Guinness and Smirnoff", "the
//! makers of Velcro", "the brewer of Peroni". The tagger reads a brand alone as a place or a
//! person; the fixtures leave products unmarked (MISC, not scored).

use super::*;

/// Nouns for a company by what it makes, before "of" and its products.
fn is_maker(w: &str) -> bool {
    matches!(
        w,
        "maker" | "makers" | "brewer" | "brewers" | "distiller" | "manufacturer" | "producer"
    )
}

/// A name of one or two words right after "maker of" ([`is_maker`]), and the names joined to
/// it by "," or "and" ("the maker of Guinness, Baileys and Smirnoff"), are MISC: products. A
/// [`WEIGHT_SURE`] type stays (a head made it: "the maker of Acme Holdings' chips").
/// Walked only in sentences with "of"; a name's word before is read only after "of".
pub(super) fn made_products(text: &dyn Text, cl: &[Classes], union: Classes, out: &mut [Named]) {
    if union & OF_FOR == 0 {
        return;
    }
    let mut last_product: Option<usize> = None;
    for m in out.iter_mut() {
        let chained = last_product.take().is_some_and(|end| {
            end + 1 == m.start && (has(cl, end, AND_EXACT) || text.word(end) == ",")
        });
        let after_maker = m.start >= 2
            && has(cl, m.start - 1, OF_FOR)
            && text.word(m.start - 1) == "of"
            && is_maker(text.word(m.start - 2));
        if !(chained || after_maker) || m.end - m.start > 2 || m.weight == WEIGHT_SURE {
            continue;
        }
        if matches!(m.kind, PER | LOC | ORG) {
            m.kind = MISC;
            m.weight = WEIGHT_MULTI;
        }
        last_product = Some(m.end);
    }
}
