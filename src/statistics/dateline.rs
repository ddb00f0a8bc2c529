//! The date an article was published, when the text states it ("date 2024-02-02",
//! "Published 3 March 2024", a date alone on its own line): relative dates resolve against it.

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

/// The first full date that a dateline cue introduces, or that stands alone on a line.
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
        let alone = cx.gap(f.start()) >= Gap::Line && cx.gap(f.end()) >= Gap::Line;
        (cued || alone).then_some(Ymd { y, m, d })
    })
}
