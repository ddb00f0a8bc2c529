//! Places the tagger misses as a class (DESIGN.md, `entgen23`): numbered roads ("Route 66",
//! "US 169", "Hwy 51"), a compass word before a place ("Northern England", "East Africa") and a
//! compass region after "the" ("the Midwest"). Each is written as a grammar over the sentence's
//! words, so it needs no list of names. Numbered streets ("5th Avenue") and interstates in one
//! word ("I-35") are left as the tagger has them: GUM's names hold only capitalised words
//! ("Avenue", "I"), so marking them whole lost GUM places.

use super::*;

/// Capitalised words that number a road: "Route 66", "Highway 1", "Interstate 95".
fn is_road_word(w: &str) -> bool {
    matches!(
        w,
        "Route" | "Rte" | "Highway" | "Hwy" | "Interstate" | "Terminal" | "Pier"
    )
}

/// A word a road's number follows: a road word, or "US" ("US 169"). Kept per word as
/// [`ROAD_HEAD`].
pub(super) fn is_road_head(w: &str) -> bool {
    is_road_word(w) || matches!(w, "US" | "U.S.")
}

/// Words that may open a numbered road's name before its road word ("State Route 9", "US
/// Highway 75", "County Road 12" is a street's head and needs none).
fn opens_road(w: &str) -> bool {
    matches!(w, "State" | "US" | "U.S." | "County" | "Old" | "Historic")
}

/// Digits only, one to four of them (a road's or a street's number).
fn road_number(w: &str) -> bool {
    (1..=4).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit())
}

/// Capitalised compass adjectives that make one place with the place after them ("Northern
/// England", "East Africa", "Southern California", "Northeast Ohio").
fn is_compass_word(w: &str) -> bool {
    matches!(
        w,
        "North"
            | "South"
            | "East"
            | "West"
            | "Northern"
            | "Southern"
            | "Eastern"
            | "Western"
            | "Central"
            | "Northeast"
            | "Northwest"
            | "Southeast"
            | "Southwest"
            | "Northeastern"
            | "Northwestern"
            | "Southeastern"
            | "Southwestern"
            | "Upper"
            | "Lower"
    )
}

/// Compass regions named alone after "the": "the Midwest", "the Northeast", "the South".
pub(super) fn is_compass_region(w: &str) -> bool {
    matches!(
        w,
        "Midwest"
            | "Northeast"
            | "Northwest"
            | "Southeast"
            | "Southwest"
            | "North"
            | "South"
            | "East"
            | "West"
    )
}

/// Whether word `i` is a number with a digit ([`NUMBER`] alone also holds for "." and ",").
pub(super) fn digits_number(cl: &[Classes], i: usize) -> bool {
    class(cl, i) & (NUMBER | UPPER_OR_DIGIT) == NUMBER | UPPER_OR_DIGIT
}

/// Puts the name `start..end` of type `kind` in `out`, sure: spans inside it go, a span that
/// reaches out of it leaves it as the tagger had it (false).
pub(super) fn put_sure(out: &mut Vec<Named>, start: usize, end: usize, kind: usize) -> bool {
    if out
        .iter()
        .any(|m| m.start < end && start < m.end && (m.start < start || m.end > end))
    {
        return false;
    }
    out.retain(|m| m.end <= start || m.start >= end);
    out.push(Named {
        start,
        end,
        kind,
        weight: WEIGHT_SURE,
    });
    true
}

/// Numbered roads: "Route 66", "State Route 9", "Interstate 95", "Hwy 51", "US 169" (only
/// before punctuation or the sentence's end: "US 2 Mexico 1" is a score, "the US 10 years ago"
/// a figure), "Terminal 2". A place, whatever the tagger typed.
/// `union` is the union of the sentence's classes: without a [`ROAD_HEAD`] word there is no
/// road to find and no word is walked.
pub(super) fn numbered_roads(
    text: &dyn Text,
    cl: &[Classes],
    union: Classes,
    out: &mut Vec<Named>,
) {
    if union & ROAD_HEAD == 0 {
        return;
    }
    let n = cl.len();
    let mut changed = false;
    for i in 1..n {
        // Class tests before reading a word (NUMBER alone holds for "." and ",").
        if !has(cl, i - 1, ROAD_HEAD) || !digits_number(cl, i) || !road_number(text.word(i)) {
            continue;
        }
        let road = text.word(i - 1);
        let mut span = None;
        if is_road_word(road) && !digits_number(cl, i + 1) {
            let opener = i >= 2 && opens_road(text.word(i - 2));
            span = Some((if opener { i - 2 } else { i - 1 }, i + 1));
        } else if matches!(road, "US" | "U.S.")
            && text.word(i).len() >= 2
            && class(cl, i + 1) & MEANINGFUL == 0
        {
            span = Some((i - 1, i + 1));
        }
        if let Some((s, e)) = span {
            changed |= put_sure(out, s, e, LOC);
        }
    }
    if changed {
        normalise(out);
    }
}

/// A compass word before a place ("Northern England", "East Africa", "Northeast Ohio") is part
/// of it; "the" before a compass region alone ("the Midwest", "the South") makes it a place.
/// Only places: "West Ham" (a club the tagger calls ORG) and "Western Union" stay.
/// `union` is the union of the sentence's classes (the regions are looked for only when it has
/// "the" and a [`COMPASS_REGION`] word).
pub(super) fn compass_places(
    text: &dyn Text,
    cl: &[Classes],
    union: Classes,
    out: &mut Vec<Named>,
) {
    let mut prev_end = 0;
    for m in out.iter_mut() {
        let s = m.start;
        // The compass word must be free: no name ends on it.
        let open = prev_end < s;
        prev_end = m.end;
        if m.kind != LOC || !open || !has(cl, s - 1, CAPITALISED) {
            continue;
        }
        if is_compass_word(text.word(s - 1)) {
            m.start -= 1;
            m.weight = m.weight.max(WEIGHT_MULTI);
        }
    }
    if union & (THE_EXACT | COMPASS_REGION) != THE_EXACT | COMPASS_REGION {
        return;
    }
    let n = cl.len();
    let mut regions = Vec::new();
    for i in 1..n {
        if !has(cl, i, COMPASS_REGION)
            || !has(cl, i - 1, THE_EXACT)
            || !has(cl, i, CAPITALISED)
            || has(cl, i + 1, CAPITALISED)
            || covering(out, i).is_some()
        {
            continue;
        }
        regions.push(Named::word(i, LOC, WEIGHT_MULTI));
    }
    if !regions.is_empty() {
        out.extend(regions);
        normalise(out);
    }
}
