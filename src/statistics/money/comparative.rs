//! A comparative after a minor part: "15 USD 50 more, they would", "3 euros 20 less than".

use crate::statistics::cursor::Cx;

/// "15 USD 50 more, they would", "3 euros 20 less than last year", "2 pounds 40 extra for
/// delivery": a comparative at token `e`, after the minor part, qualifies the whole amount
/// when the phrase ends there or `function_words` or "than" follow it; not "5 dollars 50 more
/// people" (a count of more things).
pub(super) fn after_minor_part(cx: &Cx, e: usize, function_words: &[&str]) -> bool {
    cx.is_any(e, &["more", "less", "extra"])
        && (!cx.near(e + 1)
            || !cx.is_word(e + 1)
            || cx.is_any(e + 1, function_words)
            || cx.is(e + 1, "than"))
}
