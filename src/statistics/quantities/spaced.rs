//! Units written apart from their usual one-word form: a spaced "l" or "V", "fl oz", and
//! names the unit table writes as one word given in two ("light years", "mega watts").

use crate::statistics::cursor::Cx;
use crate::statistics::units::{measure_unit, needs_attachment, MeasureUnit};

/// "30 l of water", "from 2 to 7 l.": a lower-case "l" apart from its number is a litre at the
/// end of the phrase or before "of", where no word reads on; so is a capital "L" after digits
/// ("1.5 L of stock", "holds 3 L."; "Size L" has no digits before it).
pub(super) fn spaced_litre(cx: &Cx, k: usize) -> bool {
    (cx.s(k) == "l"
        || cx.s(k) == "L"
            && k > 0
            && cx.is_digits(k - 1)
            // "2 L 1": a loss between two scores; "24703 L-202": a code.
            && !(cx.near(k + 1) && cx.is_digits(k + 1))
            && !(cx.attached(k + 1) && cx.is_any(k + 1, &["-", "–", "/"])))
        && (!cx.near(k + 1) || cx.is(k + 1, "of") || !cx.is_word(k + 1))
        && !(cx.attached(k + 1) && cx.is_any(k + 1, &[".", "'"]) && cx.is_word(k + 2))
}

/// "fl oz", "fl. oz", "fluid ounces": the ounce of volume written in two words from token
/// `k` (Pint writes it "floz"), and the token after it. Not "fluid" before anything else.
pub(super) fn fluid_ounce(cx: &Cx, k: usize) -> Option<usize> {
    if !cx.is_any(k, &["fl", "fluid"]) {
        return None;
    }
    let mut o = k + 1;
    if cx.is(k, "fl") && cx.is(o, ".") && cx.attached(o) {
        o += 1;
    }
    let ounce = cx.near(o) && !cx.attached(o) && cx.is_any(o, &["oz", "ounce", "ounces"]);
    if !ounce {
        return None;
    }
    Some(o + 1)
}

/// "230 V", "a 12 V battery": a capital "V" apart from the digits before it is a volt, as
/// "230V" is; not "2 V 1" or "Chelsea 2 V Arsenal 1" (versus: a figure or a name after it).
pub(super) fn spaced_volt(cx: &Cx, k: usize) -> bool {
    cx.s(k) == "V"
        && k > 0
        && cx.is_digits(k - 1)
        && !(cx.near(k + 1) && (cx.is_digits(k + 1) || cx.capitalised(k + 1)))
        && !(cx.attached(k + 1) && cx.is_word(k + 1))
        // "5 V. Putin": an initial, unless the full stop ends the line.
        && !(cx.attached(k + 1) && cx.is(k + 1, ".") && cx.near(k + 2))
}

/// "200 bar", "2.5 bar of pressure": a lower-case "bar" apart from digits other than a lone
/// "1" is the unit of pressure, as "200bar" is, where the phrase ends or a word no compound
/// noun is made of follows: the singular after a count other than one is no count of bars
/// ("200 bars", "1 bar of soap"), and "12 bar blues", "a 2 bar heater" are nouns it qualifies.
pub(super) fn spaced_bar(cx: &Cx, k: usize) -> bool {
    const AFTER: &[&str] = &[
        "of", "pressure", "and", "or", "to", "at", "in", "for", "with", "above", "below",
    ];
    cx.s(k) == "bar"
        && k > 0
        && cx.is_digits(k - 1)
        && !(cx.s(k - 1) == "1" && !(k > 1 && cx.attached(k - 1)))
        && (!cx.near(k + 1)
            || cx
                .punct(k + 1)
                .is_some_and(|b| matches!(b, b'.' | b',' | b';' | b'!' | b'?' | b')'))
            || cx.is_any(k + 1, AFTER) && !cx.attached(k + 1))
}

/// "4.2 light years", "30 mega watts", "2 milli litres": a unit name the table writes as one
/// word ("lightyears", "megawatts") written as two, from token `k`, and the token after it. The
/// first word must be unknown to the lexicon and both be letters only, one space apart.
pub(super) fn name_in_two_words(cx: &Cx, k: usize) -> Option<(&'static MeasureUnit, usize)> {
    let letters = |t: usize| cx.is_word(t) && cx.s(t).bytes().all(|b| b.is_ascii_alphabetic());
    if !(letters(k) && letters(k + 1) && cx.gap_bytes(k + 1) == 1) {
        return None;
    }
    // A word the lexicon knows ("kilo", "per", "of") opens no such name: asked after every
    // number before two words, so the join is made on the stack only for the others.
    if cx.word(k).is_some() || cx.attached(k + 2) && cx.is_word(k + 2) {
        return None;
    }
    let (first, second) = (cx.lower(k), cx.lower(k + 1));
    let mut joined = [0u8; 24];
    let len = first.len() + second.len();
    joined
        .get_mut(..first.len())?
        .copy_from_slice(first.as_bytes());
    joined
        .get_mut(first.len()..len)?
        .copy_from_slice(second.as_bytes());
    let joined = joined.get(..len)?;
    let unit = crate::statistics::lexicon::table()
        .lookup(joined)
        .and_then(|w| w.measure)
        .and_then(measure_unit)?;
    let joined = std::str::from_utf8(joined).ok()?;
    (!needs_attachment(joined)).then_some((unit, k + 2))
}
