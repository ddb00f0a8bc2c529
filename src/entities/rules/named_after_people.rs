//! Institutions named after a person (branch ent36): "Francis Crick Institute", "Joseph
//! Rowntree Foundation", "George Mason University". The tagger reads the person's name and
//! leaves the head out. In CoNLL-2003 train and dev, no person's name comes right before a
//! capitalised "Institute", "University", "Foundation", "Trust", "College" or "School" after
//! two capitalised words: those words end the institution's name.

use super::*;

/// The heads of an institution that may carry a person's name, as written.
fn is_institution_head(w: &str) -> bool {
    matches!(
        w.as_bytes(),
        b"Institute" | b"University" | b"Foundation" | b"Trust" | b"College" | b"School"
    )
}

/// A person's name of two or three words right before one of those heads ([`ORG_HEAD`]s), no
/// name covering the head and no capitalised word after it, takes the head in and is the
/// institution ([`WEIGHT_SURE`]). For the name `k` of `out`, typed PER ([`people_walk`]
/// (super::people_walk) calls it in running text with a head in the sentence); only a head's
/// word is compared.
pub(super) fn institution_at(text: &dyn Text, cl: &[Classes], out: &mut [Named], k: usize) {
    let Some(&Named { start, end, .. }) = out.get(k) else {
        return;
    };
    let len = end.saturating_sub(start);
    if !(2..=3).contains(&len)
        || class(cl, end) & (ORG_HEAD | CAPITALISED) != ORG_HEAD | CAPITALISED
        || has(cl, end + 1, CAPITALISED)
        || out.get(k + 1).is_some_and(|n| n.start <= end)
        || !is_institution_head(text.word(end))
    {
        return;
    }
    if let Some(m) = out.get_mut(k) {
        m.end = end + 1;
        m.kind = ORG;
        m.weight = WEIGHT_SURE;
    }
}
