//! Capitalised words that are not names: connectives, page labels, counted nouns.

use super::calendar::is_month;
use super::word_list;

word_list! {
NON_NAME_WORDS;
/// Capitalised words that are never names on their own: connectives and sentence adverbs,
/// page labels and page actions ("Sign up", "Subscribe"), abbreviated months and days.
pub fn is_non_name(b: impl AsRef<[u8]>) -> bool {
    fn of(b: &[u8]) -> bool {
        matches!(
            b,
            b"moreover"
                | b"however"
                | b"meanwhile"
                | b"furthermore"
                | b"nevertheless"
                | b"nonetheless"
                | b"therefore"
                | b"thus"
                | b"hence"
                | b"additionally"
                | b"similarly"
                | b"likewise"
                | b"consequently"
                | b"otherwise"
                | b"besides"
                | b"instead"
                | b"indeed"
                | b"overall"
                | b"finally"
                | b"today"
                | b"yesterday"
                | b"tomorrow"
                | b"tonight"
                | b"graphic"
                | b"graphics"
                | b"photo"
                | b"photos"
                | b"picture"
                | b"pictures"
                | b"video"
                | b"factbox"
                | b"explainer"
                | b"analysis"
                | b"opinion"
                | b"editorial"
                | b"updated"
                | b"update"
                | b"exclusive"
                | b"breaking"
                | b"advertisement"
                | b"sponsored"
                | b"sign"
                | b"subscribe"
                | b"login"
                | b"share"
                | b"newsletter"
                | b"rt"
                | b"lol"
                | b"omg"
                // Chat's acronyms, written in capitals as often as not ("LMAO", "XD"); not
                // those that are also names ("SMH", "IMO").
                | b"lmao"
                | b"lmfao"
                | b"rofl"
                | b"xd"
                | b"stfu"
                | b"ftw"
                | b"tbh"
                | b"idk"
                | b"wtf"
                | b"btw"
                | b"omfg"
                | b"lmk"
                | b"nvm"
                | b"ikr"
        ) || is_month(b)
    }
    of(b.as_ref())
}
}

word_list! {
COUNTED_NOUN_WORDS;
/// Counted things that take a number ("Stage 3", "Phase 2"): not names.
pub fn is_counted_noun(b: impl AsRef<[u8]>) -> bool {
    fn of(b: &[u8]) -> bool {
        matches!(
            b,
            b"stage"
                | b"phase"
                | b"level"
                | b"step"
                | b"tier"
                | b"category"
                | b"grade"
                | b"round"
                | b"chapter"
                | b"section"
                | b"part"
                | b"week"
                | b"day"
                | b"item"
                | b"article"
                | b"page"
                | b"figure"
                | b"table"
                | b"question"
                | b"lot"
                | b"unit"
                | b"zone"
        )
    }
    of(b.as_ref())
}
}
