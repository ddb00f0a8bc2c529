//! Organisations and "and" (branch ent38): two bodies the tagger joins across "and" ("the Welsh
//! Government and Arts Council of Wales gave …"), a body whose own name holds "and" between
//! common words, the first of which the tagger leaves out ("the Fire and Rescue Service"
//! tagged `Rescue Service`), and a sentence's capitalised "The" the tagger takes into a body ("The Ministry of
//! Education said").

use super::*;

/// The first word of "Maritime and Coastguard Agency" before "and": a frequent word no list
/// holds, none of these.
const NEVER_JOINED: Classes = TOP_WORD
    | PLACE_OR_GROUP
    | FIRST_NAME
    | HONORIFIC
    | TITLE_MODIFIER
    | NON_NAME
    | ANY_MONTH
    | WEEKDAY
    | ORG_HEAD
    | GOVERNMENT_HEAD
    | POSSESSIVE;

/// Each ORG name: (1) opening the sentence with "The" before a head word ("The Ministry of
/// …"), starts after it; (2) of five words or more holding "and" right after a capitalised
/// head word ([`ORG_HEAD`] or [`GOVERNMENT_HEAD`], the first part two words or more) with a
/// head word after it, is cut into the two bodies ([`WEIGHT_MULTI`] each); (3) of two or three
/// capitalised words ending in a head word, its first a common word too, right after "and"
/// and a capitalised common word ([`COMMON`], none of [`NEVER_JOINED`]) that no name covers,
/// after no capitalised word but an article, takes both words in ("Fire and Rescue Service";
/// not "Food and Kettering Borough Council", nor "Maritime and Coastguard Agency", which no
/// list tells from it).
pub(super) fn and_bodies(cl: &[Classes], union: Classes, out: &mut Vec<Named>) {
    const HEAD: Classes = ORG_HEAD | GOVERNMENT_HEAD;
    // Each change needs a head word in the sentence.
    if union & HEAD == 0 {
        return;
    }
    let mut extra = Vec::new();
    let mut changed = false;
    for k in 0..out.len() {
        let (s, e) = (out[k].start, out[k].end);
        if out[k].kind != ORG {
            continue;
        }
        if s == 0 && e >= 3 && has(cl, 0, THE_CAPITALISED) {
            if has(cl, 1, HEAD) && has(cl, 1, CAPITALISED) {
                out[k].start = 1;
                changed = true;
            }
            continue;
        }
        if e - s >= 5 {
            let cut = (s + 2..e - 2).find(|&j| {
                has(cl, j, AND_EXACT)
                    && has(cl, j - 1, CAPITALISED)
                    && has(cl, j - 1, HEAD)
                    && has(cl, j + 1, CAPITALISED)
                    && (j + 1..e).any(|i| has(cl, i, ORG_HEAD))
            });
            if let Some(j) = cut {
                out[k].end = j;
                out[k].weight = out[k].weight.max(WEIGHT_MULTI);
                extra.push(Named {
                    start: j + 1,
                    end: e,
                    kind: ORG,
                    weight: WEIGHT_MULTI,
                });
                changed = true;
                continue;
            }
        }
        if s >= 2
            && (2..=3).contains(&(e - s))
            && has(cl, s - 1, AND_EXACT)
            && has(cl, e - 1, ORG_HEAD)
            && (s..e).all(|i| has(cl, i, CAPITALISED))
            && class(cl, s) & (COMMON | NEVER_JOINED) == COMMON
            && class(cl, s - 2) & (CAPITALISED | HAS_LOWER | COMMON)
                == CAPITALISED | HAS_LOWER | COMMON
            && class(cl, s - 2) & NEVER_JOINED == 0
            && (s == 2 || class(cl, s - 3) & (CAPITALISED | ARTICLE) != CAPITALISED)
            && (k == 0 || out[k - 1].end <= s - 2)
        {
            out[k].start = s - 2;
            out[k].weight = out[k].weight.max(WEIGHT_MULTI);
            changed = true;
        }
    }
    if changed {
        out.extend(extra);
        normalise(out);
    }
}
