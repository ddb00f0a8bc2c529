//! The date an article was published, when the text states it ("date 2024-02-02",
//! "Published 3 March 2024", a date alone on its own line or set apart on it by "·" or "|"):
//! relative dates resolve against it.

use super::calendar::{valid, When, Ymd};
use super::cursor::Cx;
use super::dates::DatePhrase;
use super::tokens::Gap;
use super::Found;

const CUES: &[&str] = &[
    "date",
    "dated",
    "published",
    "updated",
    "posted",
    "dateline",
    "modified",
    "first",
];

/// Marks a page sets between the items of a line of metadata.
const SEPARATORS: &[&str] = &["·", "|", "•"];

/// The first full date that a dateline cue introduces, or that stands alone on a line or
/// between a line's separator marks ([`SEPARATORS`]).
pub fn find(cx: &Cx, found: &[Found], dates: &[(usize, DatePhrase)]) -> Option<Ymd> {
    dates.iter().find_map(|(k, p)| {
        let f = found.get(*k)?;
        let When::Date {
            y: Some(y),
            m: Some(m),
            d: Some(d),
        } = p.when
        else {
            return None;
        };
        if !valid(y, m, d) || p.qualifier.is_some() {
            return None;
        }
        let cued = (1..=3).any(|back| {
            let Some(k) = f.start().checked_sub(back) else {
                return false;
            };
            // The cue must be on the same line as the date.
            let same_line = (k + 1..=f.start()).all(|t| cx.gap(t) <= Gap::Space);
            same_line && cx.is_any(k, CUES)
        });
        // Alone on its line, or set apart on it by a page's separator marks ("Saturday 14
        // November 2031 · 6 min read", "By Ann Lee | 3 March 2031").
        // `gap`: before the date's first token or after its last; `mark`: the token beyond.
        let set_apart = |gap: Gap, mark: Option<usize>| {
            gap >= Gap::Line
                || (gap <= Gap::Space && mark.is_some_and(|t| cx.is_any(t, SEPARATORS)))
        };
        let alone = set_apart(cx.gap(f.start()), f.start().checked_sub(1))
            && set_apart(cx.gap(f.end()), Some(f.end()));
        (cued || alone).then_some(Ymd { y, m, d })
    })
}
