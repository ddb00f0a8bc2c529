//! Short words a title-case headline leaves in lower case.

use super::word_list;

word_list! {
HEADLINE_MINOR_WORDS;
/// Short words a title-case headline leaves in lower case: articles, conjunctions and
/// prepositions ("Water Bills to Rise by a Fifth as Firm Seeks Funds for Pipes").
pub fn is_headline_minor(b: impl AsRef<[u8]>) -> bool {
    fn of(b: &[u8]) -> bool {
        matches!(
            b,
            b"a" | b"an"
                | b"the"
                | b"and"
                | b"but"
                | b"or"
                | b"nor"
                | b"for"
                | b"so"
                | b"yet"
                | b"as"
                | b"at"
                | b"by"
                | b"in"
                | b"of"
                | b"off"
                | b"on"
                | b"per"
                | b"to"
                | b"up"
                | b"via"
                | b"with"
                | b"from"
                | b"into"
                | b"over"
                | b"vs"
                | b"v"
                | b"after"
                | b"amid"
                | b"is"
                | b"are"
        )
    }
    of(b.as_ref())
}
}
