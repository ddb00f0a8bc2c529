//! A weekday's short form that is a word too ("Sun", "Sat", "Wed", "Mon") opening a name:
//! "Sun Valley", "Sun City", "Sun Country Airlines" (branch gumtime43).

use crate::statistics::cursor::Cx;
use crate::statistics::words::PARTS_OF_DAY;

/// Words in title case that go on a listing's day rather than a name ("Sun Closed").
const LISTING_WORDS: &[&str] = &[
    "closed", "open", "only", "and", "to", "through", "thru", "till", "until", "noon", "midnight",
    "am", "pm", "all", "by",
];

/// Whether the short form at `i` is followed on its line by a word of a name: title case, no
/// word the figures know (a month, a weekday, a unit, a number, a part of the day) and no word
/// of an opening-hours listing.
pub(super) fn name_goes_on(cx: &Cx, i: usize) -> bool {
    let k = i + 1;
    cx.near(k)
        && crate::statistics::measures::name_word(cx, k)
        && cx.word(k).is_none()
        && !cx.is_any(k, PARTS_OF_DAY)
        && !cx.is_any(k, LISTING_WORDS)
}
