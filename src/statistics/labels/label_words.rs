//! Words that label the number after them: "page 12", "Flight 284", "junctions 10 and 11",
//! "Step 3:", "type 2 diabetes".

use crate::statistics::cursor::Cx;

/// "junctions 10 and 11", "pages 4 or 5", "platforms 3 to 6": the second number of a list
/// after a plural label word is a label as the first is (branch `figs30`). A singular label
/// leaves it a count ("gate 5 and 300 passengers").
pub(super) fn listed_label(cx: &Cx, i: usize) -> bool {
    i >= 3
        && cx.is_any(i - 1, &["and", "or", "to"])
        && cx.is_digits(i - 2)
        && cx.s(i - 3).ends_with('s')
        && label_word(cx, i - 3)
}

/// Whether the word at `k` labels the number after it: "page", "Chapter", "Flight", "#", or
/// a product's name in camel case ("iPhone").
pub(in crate::statistics) fn label_word(cx: &Cx, k: usize) -> bool {
    // One match on the lower case (a switch on the length, then a few compares) where a list
    // compared word by word cost ~420 instructions a call. A digit run matches none of them.
    matches!(
        cx.lower(k).as_str(),
        "page" | "pages" | "p" | "pp" | "chapter" | "section" | "paragraph" | "footnote" |
        "article" | "clause" | "flight" | "route" | "platform" | "room" | "#" | "ref" |
        "studio" | "gate" | "terminal" | "highway" | "interstate" | "episode" | "volume" |
        "vol" | "version" | "model" | "tier" | "phase" | "level" | "category" | "psalm" |
        "ward" | "exhibit" | "figure" | "fig" | "table" | "item" | "lane" | "pier" | "block" |
        "row" | "seat" | "channel" | "radio" | "junction" | "junctions" | "platforms" |
        "gates" | "sections" | "chapters" | "articles" | "clauses" | "rooms" | "routes" |
        "episodes" | "volumes" | "categories" | "phases" | "wards" | "lanes" | "seats" |
        "levels" | "rows" | "blocks" | "items" | "grade" | "grades" | "size" | "sizes"
    )
        // "gas mark 6": an oven's setting (branch `figs42`).
        || k > 0 && cx.is(k, "mark") && cx.is(k - 1, "gas")
        // "iPhone 15", "iPad 10": a product's name written in camel case.
        || cx.is_word(k) && {
            let s = cx.s(k).as_bytes();
            s.first().is_some_and(u8::is_ascii_lowercase) && s.iter().any(u8::is_ascii_uppercase)
        }
}

/// Words that, capitalised, label the number after them: "Step 3:", "Stage 2 trials", "the
/// Wave 4 interviews", "Type 2 diabetes", "Part 2 of", a school year ("pupils in Year 6", "Year
/// 11 results"; a year of four digits is no label: the length is at most three). Lower case they may count ("two
/// stages"), so only with a capital (a sentence's first word included: "Step 3: mix").
const CAPITAL_LABELS: &[&str] = &[
    "step", "stage", "wave", "part", "act", "scene", "type", "grade", "class", "division", "zone",
    "district", "league", "band", "unit", "sector", "schedule", "series", "season", "day", "week",
    "game", "meal", "round", "lap", "year", "question", "exercise", "problem", "task", "lesson",
];

/// "Step 3:", "Stage 2 trials", "Wave 4 interviews": a capitalised word of
/// [`CAPITAL_LABELS`] right before a whole number of up to three digits: a label, not a count.
#[inline(never)]
pub(super) fn capital_label(cx: &Cx, i: usize) -> bool {
    let k = i - 1;
    cx.capitalised(k)
        && cx.near(i)
        && !cx.attached(i)
        && cx.s(i).len() <= 3
        && cx.is_any(k, CAPITAL_LABELS)
}

/// "type 2 diabetes", "class 5 pupils", "stage 4 cancer", "Type 45 destroyers": a lower-case
/// word of a kind or a grade before a number of one or two digits is its label (branch
/// `newsfigs36`); not the stage of a story ("At this stage 40 people had died", "by that
/// stage 12%"), nor before a unit, a scale or a mark of an amount ("stage 3%"), nor a part of
/// a whole ("at stage 2 of 5").
#[inline(never)]
pub(super) fn lower_label(cx: &Cx, i: usize) -> bool {
    let Some(k) = i.checked_sub(1) else {
        return false;
    };
    if !(cx.is_any(k, &["type", "class", "stage"])
        && cx.near(i)
        && !cx.attached(i)
        && cx.s(i).len() <= 2)
    {
        return false;
    }
    if k > 0
        && cx.is_any(
            k - 1,
            &["this", "that", "which", "what", "each", "every", "same"],
        )
    {
        return false;
    }
    let e = i + 1;
    if !cx.near(e) {
        return true;
    }
    if cx.attached(e) {
        return cx.is_any(e, &[",", ".", ";", ":", ")"]) && !cx.is_digits(e + 1);
    }
    if !cx.is_word(e) {
        return !cx.is_digits(e) && !cx.is_any(e, &["%", "-", "–", "/"]);
    }
    cx.word(e).is_none_or(|w| {
        w.measure.is_none() && w.currency.is_none() && w.scale.is_none() && w.unit.is_none()
    }) && !cx.is_any(e, &["per", "percent", "people", "times", "of"])
}
