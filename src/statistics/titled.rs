//! Numbers and day words that their neighbours show to be no figure: a day word in a title
//! ("via USA Today,"), an emergency number before its call ("911 calls"), the number of a
//! list's item ("2. Never skip"). Read by `starts` (branch `figclass16`).

use super::cursor::Cx;
use super::{measures, tokens};

/// "via USA Today,", "told Sports Tonight that": a capitalised word of a day ("Today",
/// "Tonight", "Tomorrow", "Yesterday") inside a sentence after an acronym, or after a word of a
/// name when the sentence goes on in lower case, is a title (a paper's, a programme's), not a
/// date. A title-case headline ("Storm Hits Texas Today") keeps its date: no acronym before,
/// no lower-case word after.
#[inline(never)]
pub(super) fn day_in_name(cx: &Cx, i: usize) -> bool {
    if !(i > 0
        && cx.capitalised(i)
        && cx.near(i)
        && !cx.sentence_start(i)
        && cx.is_any(i, &["today", "tonight", "tomorrow", "yesterday"])
        && measures::name_word(cx, i))
    {
        return false;
    }
    let k = i - 1;
    let lower_after = cx.near(i + 1) && cx.is_word(i + 1) && !cx.capitalised(i + 1);
    super::labels::in_capitals(cx, k) && cx.word(k).is_none()
        || measures::name_word(cx, k) && !cx.sentence_start(k) && lower_after
}

/// "2. Never urged Ukraine", "12) Stay hydrated", "3. \"Not some channel\"": one or two
/// digits opening a line, a full stop or bracket glued on, then a space and a capitalised word
/// or a quotation mark: the number of a list's item, not a count. ("2.5 litres" has digits
/// glued on; "3 Hospitalized After …", a headline's count, has no mark.)
#[inline(never)]
pub(super) fn list_item(cx: &Cx, i: usize) -> bool {
    cx.s(i).len() <= 2
        && cx.gap(i) >= tokens::Gap::Line
        && cx.is_any(i + 1, &[".", ")"])
        && cx.attached(i + 1)
        && cx.gap(i + 2) == tokens::Gap::Space
        && (cx.is_word(i + 2) && cx.capitalised(i + 2) || cx.is_any(i + 2, &["\"", "“", "'", "‘"]))
}

/// "911 calls", "a 999 operator", "the 112 dispatcher": an emergency number before what it
/// names (the call, the line, the person answering), not a count of calls.
#[inline(never)]
pub(super) fn emergency_line(cx: &Cx, i: usize) -> bool {
    matches!(cx.s(i), "911" | "999" | "112")
        && cx.near(i + 1)
        && cx.is_any(
            i + 1,
            &[
                "call",
                "calls",
                "caller",
                "callers",
                "dispatcher",
                "dispatchers",
                "operator",
                "operators",
                "center",
                "centre",
                "line",
                "service",
                "system",
                "recording",
                "recordings",
                "tape",
                "tapes",
            ],
        )
}
