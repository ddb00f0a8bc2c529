//! Numbers inside a web address: "http://bit.ly/9fQGkC", "https://site.com/2010/09/17/story",
//! "www.example.com/top-10-list". The digits are part of the address (a path, a short link's
//! code), no figure a reader checks; a full date written in it is still a date
//! ("/archive-2018-09-23", "/2019/11/19/story": the day the page was put up).

use super::cursor::Cx;

/// How far back a token's run of characters is read for the start of an address (longer
/// addresses are rare; a long run of text with no space is read no further).
const REACH: usize = 400;

/// Whether token `i` is written inside a web address: it is glued to what comes before it
/// (a token after a space starts a run of its own, which an address then would too), and the
/// run of characters with no space it belongs to has a scheme ("://") or opens with "www."
/// before the token. Costs nothing for a token after a space, most of them.
pub(super) fn inside(cx: &Cx, i: usize) -> bool {
    if !cx.attached(i) {
        return false;
    }
    let Some(start) = cx.tok(i).map(|t| t.start()) else {
        return false;
    };
    let bytes = cx.text.as_bytes();
    let lo = start.saturating_sub(REACH);
    let head = bytes.get(lo..start).unwrap_or_default();
    let from = head
        .iter()
        .rposition(u8::is_ascii_whitespace)
        .map_or(0, |p| p + 1);
    let run = head.get(from..).unwrap_or_default();
    if run.windows(3).any(|w| w == b"://") {
        return true;
    }
    // "(www.site.com/2024": an opening bracket or quote may come before the address.
    let opens = run
        .iter()
        .position(|b| !matches!(b, b'(' | b'[' | b'"' | b'\'' | b'<'))
        .map_or(&[][..], |p| run.get(p..).unwrap_or_default());
    opens.len() > 4
        && opens
            .get(..4)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"www."))
}

/// Whether a full date starts at token `i`: four digits of a year, then a month and a day of
/// one or two digits, each after the same "-" or "/" glued on ("2018-09-23", "2019/11/19").
pub(super) fn full_date_at(cx: &Cx, i: usize) -> bool {
    let short = |k: usize| cx.is_digits(k) && cx.attached(k) && cx.s(k).len() <= 2;
    let sep = cx.s(i + 1);
    cx.is_digits(i)
        && cx.s(i).len() == 4
        && matches!(sep, "-" | "/")
        && cx.attached(i + 1)
        && short(i + 2)
        && cx.s(i + 3) == sep
        && cx.attached(i + 3)
        && short(i + 4)
}
