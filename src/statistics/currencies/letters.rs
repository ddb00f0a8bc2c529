//! A capital letter before a number read as a currency's local symbol ("R 200", "Q 50"), where
//! the text names a country or the currency that uses it.

use super::cues::{cues_in, CUE_AFTER, CUE_BEFORE};
use super::{far_name, table};
use crate::statistics::cursor::Cx;

/// A capital letter before a number that is a currency's local symbol ("R 200", "R15.99" in a
/// text about South Africa, "Q 50" in one about Guatemala): the currency, only where the text
/// names one of its countries within [`CUE_BEFORE`] tokens before or [`CUE_AFTER`] after, or
/// the reader's region uses it. A letter alone is too often something else ("R 2" a road,
/// "K 5" a grade) to be read without one.
pub fn letter_symbol(cx: &Cx, i: usize) -> Option<&'static str> {
    let s = cx.s(i);
    if s.len() != 1 || !cx.capitalised(i) || !cx.is_digits(i + 1) || !cx.near(i + 1) {
        return None;
    }
    let codes = table().letters.get(s)?;
    let own = || {
        let region = table().regions.get(cx.locale?.region())?;
        codes.iter().find(|c| region.contains(c)).copied()
    };
    cues_in(
        cx,
        i.saturating_sub(CUE_BEFORE)..(i + CUE_AFTER).min(cx.len()),
    )
    .iter()
    .find(|(_, c)| codes.contains(c))
    .map(|(_, c)| *c)
    .or_else(|| {
        let to = (i + NAME_AFTER).min(cx.len());
        named_near(cx, i.saturating_sub(NAME_BEFORE), to, codes)
    })
    .or_else(|| far_name::named_far(cx, i, codes))
    .or_else(own)
}

/// How many tokens around a letter's amount are searched for the currency's own name.
pub(super) const NAME_BEFORE: usize = 60;
const NAME_AFTER: usize = 30;

/// The currency of `codes` whose name a lower-case word of tokens `from..to` is ("the rand
/// firmed to R18.05", "the kwacha fell to K27.5"): the text says which money it speaks of as a
/// country would. In lower case only: "Ayn Rand", "Rand Merchant Bank" are names.
pub(super) fn named_near(
    cx: &Cx,
    from: usize,
    to: usize,
    codes: &[&'static str],
) -> Option<&'static str> {
    let t = table();
    (from..to)
        .filter(|&k| cx.is_word(k) && cx.s(k).starts_with(|c: char| c.is_ascii_lowercase()))
        .find_map(|k| {
            let lower = cx.lower(k);
            let iso = t
                .words
                .get(lower.as_str())
                .or_else(|| t.words.get(lower.strip_suffix('s').unwrap_or(&lower)))?;
            codes.iter().find(|c| **c == *iso).copied()
        })
}
