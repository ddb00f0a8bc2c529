//! Cheap tests on the token after a number, asked before the suffix grammars that cannot read
//! it (`suffix_gate_tests` holds each to its grammars).

use crate::statistics::cursor::Cx;

/// The first byte of token `j` (0 past the end), ASCII letters in lower case.
fn first_byte(cx: &Cx, j: usize) -> u8 {
    let b = cx.first_byte(j).unwrap_or(0);
    if b.is_ascii_uppercase() {
        b | 0x20
    } else {
        b
    }
}

/// Whether a score's grammars may read after the number at `j` (the token after its digits):
/// a dash ("2-1", "2–1"), a comma ("Arsenal 2, Chelsea 1"), "votes" or "for" ("180 for 4");
/// `suffix_gate_tests`.
pub(super) fn score_may_follow(cx: &Cx, j: usize) -> bool {
    !crate::statistics::GATES
        || matches!(
            first_byte(cx, j),
            b'-' | b',' | b'v' | b'f' | 0x80..=u8::MAX
        )
}

/// Whether token `j` is a unit of time with no currency or measure role ("10 months", "6
/// weeks", a duration the date grammar reads): neither an amount nor a quantity is named by
/// one (`suffix_gate_tests`).
pub(super) fn unit_of_time_only(cx: &Cx, j: usize) -> bool {
    crate::statistics::GATES
        && cx
            .word(j)
            .is_some_and(|w| w.time_unit.is_some() && w.currency.is_none() && w.measure.is_none())
}

/// Whether a percentage's sign or word may follow a number at `j`: "%", "percent", "per cent",
/// "pct", "pc", "pp", "basis points", "bp" all open with one of three bytes (or a byte beyond
/// ASCII, let through). Most numbers are followed by some other word; `suffix_gate_tests`.
pub(super) fn percent_may_follow(cx: &Cx, j: usize) -> bool {
    !crate::statistics::GATES || matches!(first_byte(cx, j), b'%' | b'p' | b'b' | 0x80..=u8::MAX)
}

/// Whether a temperature's scale may follow a number at `j`: "C", "F", "K" and their names,
/// "deg", "degrees", "below zero", or a sign beyond ASCII ("°", "º", "℃"); `suffix_gate_tests`.
pub(super) fn temperature_may_follow(cx: &Cx, j: usize) -> bool {
    !crate::statistics::GATES
        || matches!(
            first_byte(cx, j),
            b'c' | b'f' | b'k' | b'd' | b'b' | 0x80..=u8::MAX
        )
}

/// Whether an amount's currency may follow a number at `j`: every reading of `money_suffix`
/// opens at a letter, "$", "-" (hyphened: "a 12-cent dividend") or a mark beyond ASCII ("£",
/// "¢", "₴"); the other ASCII marks ("," and "." after a year, ")") name no currency, and there
/// its table look-ups (~760 instructions) found nothing (`suffix_gate_tests`).
pub(super) fn money_may_follow(cx: &Cx, j: usize) -> bool {
    let b = first_byte(cx, j);
    !crate::statistics::GATES
        || if b.is_ascii_punctuation() {
            matches!(b, b'$' | b'-')
        } else {
            !names_no_currency(cx, j)
        }
}

/// Whether the word at `j` after a number is a plain word that `money_suffix` reads nothing
/// at ("people", "new", "jobs": ~500–1,700 instructions of look-ups each): two ASCII letters
/// or more, no "$", "£" or "¥" glued after it ("US$", "E£": `dollar_after`; the first byte
/// of "£" and "¥", 0xC2, let through), no currency's role in the lexicon for it or the word
/// after ("euros", "us dollars"), not "pound(s)" (sterling, `pounds::are_money`) nor a scaled
/// code's shape ("MEUR", "kUSD"), and in lower case no key of the currency tables
/// (`currencies::may_key_after`: names, name words, codes, symbols, shared ones; a name's
/// first word only before a word its name may go on with, "new" before "zealand"); the case
/// rules of codes and symbols are the tables' lookups', asked only when the key is there.
fn names_no_currency(cx: &Cx, j: usize) -> bool {
    let s = cx.s(j).as_bytes();
    let no_role = |k: usize| cx.word(k).is_none_or(|w| w.currency.is_none());
    s.len() >= 2
        && cx.is_word(j)
        && s.iter().all(u8::is_ascii_alphabetic)
        && !(cx.attached(j + 1) && matches!(cx.s(j + 1).as_bytes().first(), Some(b'$' | 0xC2)))
        && no_role(j)
        && no_role(j + 1)
        && !(s.len() == 4 && matches!(s[0], b'M' | b'k' | b'K'))
        && !cx.is_any(j, &["pound", "pounds"])
        && !crate::statistics::currencies::may_key_after(
            cx.lower(j).as_str(),
            cx.lower(j + 1).as_str(),
        )
}
