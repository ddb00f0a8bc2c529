//! Institutions and facilities named after a person: "Francis Crick Institute", "Joseph
//! Rowntree Foundation", "George Mason University" (branch ent36); "the Moulay Abdellah
//! Stadium" (ent37). The tagger reads the person's name and leaves the head out. In CoNLL-2003
//! train and dev, no person's name comes right before a capitalised "Institute", "University",
//! "Foundation", "Trust", "College" or "School" after two capitalised words: those words end
//! the institution's name.

use std::ops::RangeInclusive;

use super::*;

/// The heads of an institution that may carry a person's name, as written.
fn is_institution_head(w: &str) -> bool {
    matches!(
        w.as_bytes(),
        b"Institute" | b"University" | b"Foundation" | b"Trust" | b"College" | b"School"
    )
}

/// The end of the name `k` of `out` (its head's index) when the name has a length in `lens`
/// and is right before a capitalised head of the classes `head_class` whose word `is_head`
/// accepts, no name covering the head and no capitalised word after it. Only the head's word
/// is compared, and only after the classes.
fn head_after_name(
    text: &dyn Text,
    cl: &[Classes],
    out: &[Named],
    k: usize,
    lens: RangeInclusive<usize>,
    head_class: Classes,
    is_head: fn(&str) -> bool,
) -> Option<usize> {
    let &Named { start, end, .. } = out.get(k)?;
    let wanted = head_class | CAPITALISED;
    (lens.contains(&end.saturating_sub(start))
        && class(cl, end) & wanted == wanted
        && !has(cl, end + 1, CAPITALISED)
        && out.get(k + 1).is_none_or(|n| n.start > end)
        && is_head(text.word(end)))
    .then_some(end)
}

/// A person's name of two or three words right before one of those heads ([`ORG_HEAD`]s), no
/// name covering the head and no capitalised word after it, takes the head in and is the
/// institution ([`WEIGHT_SURE`]). For the name `k` of `out`, typed PER ([`people_walk`]
/// (super::people_walk) calls it in running text with a head in the sentence); only a head's
/// word is compared.
pub(super) fn institution_at(text: &dyn Text, cl: &[Classes], out: &mut [Named], k: usize) {
    let Some(end) = head_after_name(text, cl, out, k, 2..=3, ORG_HEAD, is_institution_head) else {
        return;
    };
    if let Some(m) = out.get_mut(k) {
        m.end = end + 1;
        m.kind = ORG;
        m.weight = WEIGHT_SURE;
    }
}

/// Facilities often named after a person, whose name the tagger types PER without the head
/// ("the Moulay Abdellah Stadium"); "Hall", "Park", "Street" are surnames too and are left.
fn is_person_named_facility(w: &str) -> bool {
    matches!(
        w.as_bytes(),
        b"Stadium"
            | b"Airport"
            | b"Arena"
            | b"Hospital"
            | b"Museum"
            | b"Library"
            | b"Cathedral"
            | b"Mosque"
    )
}

/// A person's name of two words or more right before a facility's head
/// ([`is_person_named_facility`]) that no name covers, the word after it not capitalised, is
/// the facility's name with it, a place ([`WEIGHT_SURE`]); a title before the person's name
/// after "the" joins it ("the Prince Moulay Abdellah Stadium").
pub(super) fn person_facilities(text: &dyn Text, cl: &[Classes], out: &mut [Named]) {
    for k in 0..out.len() {
        if out[k].kind != PER
            || head_after_name(
                text,
                cl,
                out,
                k,
                2..=usize::MAX,
                0,
                is_person_named_facility,
            )
            .is_none()
        {
            continue;
        }
        let m = &out[k];
        let start = if m.start >= 2
            && class(cl, m.start - 1) & (HONORIFIC | CAPITALISED) == HONORIFIC | CAPITALISED
            && has(cl, m.start - 2, LOWER_THE)
            && (k == 0 || out[k - 1].end < m.start - 1)
        {
            m.start - 1
        } else {
            m.start
        };
        let m = &mut out[k];
        m.start = start;
        m.end += 1;
        m.kind = LOC;
        m.weight = WEIGHT_SURE;
    }
}
