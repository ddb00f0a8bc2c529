//! A time zone written after a clock time ("6:42am EDT", "at 9.30 (BST)") is no organisation:
//! the tagger types such capitals ORG as often as MISC. Typed MISC, CoNLL's convention for
//! "GMT" (the figures layer keeps the zone inside the time's span). The zones are the
//! statistics layer's ([`crate::statistics::is_zone`], capitals as written there).

use super::*;

/// Whether `w` reads as a clock time or its "am"/"pm": "11am", "6:42pm", "10:30", "10.30",
/// "a.m.", "PM", "noon", "midnight".
fn is_clock(w: &str) -> bool {
    const WORDS: [&str; 8] = ["am", "pm", "a.m.", "p.m.", "a.m", "p.m", "noon", "midnight"];
    if WORDS.iter().any(|s| w.eq_ignore_ascii_case(s)) {
        return true;
    }
    let b = w.as_bytes();
    if !b.first().is_some_and(u8::is_ascii_digit) {
        return false;
    }
    let digits_end = b
        .iter()
        .position(|c| !c.is_ascii_digit())
        .unwrap_or(b.len());
    let rest = &w[digits_end..];
    let rest = match rest.as_bytes().first() {
        Some(b':' | b'.')
            if rest.len() >= 3 && rest.as_bytes()[1..3].iter().all(u8::is_ascii_digit) =>
        {
            &rest[3..]
        }
        _ => rest,
    };
    // After the digits: nothing only where minutes were read ("10:30"), else "am"/"pm".
    (rest.is_empty() && digits_end < b.len())
        || rest.eq_ignore_ascii_case("am")
        || rest.eq_ignore_ascii_case("pm")
}

/// Retypes a one-word name that is a time zone after a clock time (or in brackets after one)
/// MISC, sure.
pub(super) fn time_zones(text: &dyn Text, cl: &[Classes], out: &mut [Named]) {
    for m in out.iter_mut() {
        // Letters and no lower-case one, told by the word's classes before it is read: a zone
        // of `is_zone` (two to four ASCII letters) so is in capitals, as ZONES writes it.
        if m.end - m.start != 1
            || m.kind == MISC
            || m.start == 0
            || class(cl, m.start) & (HAS_LOWER | HAS_ALPHA) != HAS_ALPHA
            || !crate::statistics::is_zone(text.word(m.start))
        {
            continue;
        }
        let before = if text.word(m.start - 1) == "(" && m.start >= 2 {
            m.start - 2
        } else {
            m.start - 1
        };
        if is_clock(text.word(before)) {
            m.kind = MISC;
            m.weight = WEIGHT_SURE;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::is_clock;

    #[test]
    fn clock_times() {
        for w in [
            "11am", "6:42am", "6:42PM", "10:30", "10.30", "am", "p.m.", "noon", "9pm",
        ] {
            assert!(is_clock(w), "{w}");
        }
        for w in [
            "11", "2024", "10.3", "Monday", "at", "3.5bn", "10:30x", "", "ham",
        ] {
            assert!(!is_clock(w), "{w}");
        }
    }
}
