//! Numbers that label rather than count: telephone numbers, "page 12", "Flight 284", "No. 5",
//! "called 911", "F-35", "the FTSE 100", "Windows 11". Read by the scan after a figure is
//! found (`is_reference_number`), and by `starts` and `measures::score` (`label_word`).
//!
//! `reference_number` asks, in turn: a label's word before the number (`label_words`), a code
//! glued to it (`codes`: "6A", "F-35", "USB 3.0"), a number dialled (`dialled`), an emergency
//! line or a list item (`titled`), a number of a name (`names`: "Windows 11", "the FTSE 100"),
//! a source cited (`cited`). Telephone numbers (`phones`) and win-loss records (`win_loss`) are
//! read by the scan before.

mod cited;
mod codes;
mod dialled;
mod label_words;
mod names;
mod phones;
mod win_loss;

use super::cursor::Cx;
use super::titled::{emergency_line, list_item};
use cited::cited;
use codes::{code_tail, lettered, version_of_name};
use dialled::dialled;
pub(super) use label_words::label_word;
use label_words::{capital_label, listed_label, lower_label};
pub(super) use names::in_capitals;
use names::{hyphened_name, named_by_acronym, named_by_title_word};
pub(super) use phones::phone_like;
pub(super) use win_loss::record_of_three;

/// "page 12", "Flight 284", "room 101": a label, not a quantity.
pub(super) fn is_reference_number(cx: &Cx, i: usize) -> bool {
    reference_number(cx, i, true)
}

/// Whether token `k` is a word of ASCII lower-case letters only ("the", "about"): after one,
/// the tests below that need a capital, a mark or a bracket before the number cannot pass.
pub(super) fn lower_case_word(cx: &Cx, k: usize) -> bool {
    cx.is_word(k) && cx.s(k).bytes().all(|b| b.is_ascii_lowercase())
}

/// Whether the number at `i` follows, after a space, the first word of a sentence written with
/// one capital ("About 9,733 people", "In 2004"): not in capitals throughout ("USB 3"), nor
/// in mixed case ("iPhone 15", "McLaren"), whose names the tests below read.
fn capitalised_first_word(cx: &Cx, i: usize) -> bool {
    let k = i - 1;
    cx.is_word(k)
        && !cx.attached(i)
        && cx
            .s(k)
            .as_bytes()
            .first()
            .is_some_and(u8::is_ascii_uppercase)
        && !in_capitals(cx, k)
        && !names::mixed_case(cx, k)
        && cx.sentence_start(k)
}

/// [`is_reference_number`], with the shortcut after a lower-case word (`gate`) or without;
/// `label_gate_tests` compares the two.
pub(super) fn reference_number(cx: &Cx, i: usize, gate: bool) -> bool {
    let label = |k: usize| label_word(cx, k);
    // "No. 5" / "no 5" as a label, and "page 12", "p. 12".
    let dotted = |k: usize| cx.is(k, ".") && k > 0 && (label(k - 1) || cx.is(k - 1, "no"));
    if gate && i > 0 && cx.is_digits(i) && lower_case_word(cx, i - 1) {
        // The others need a capital before the number (a label, a version, an acronym, a
        // name's word), a ".", "-", "," or bracket there, or digits before a hyphen.
        return label(i - 1)
            || lower_label(cx, i)
            || lettered(cx, i)
            || dialled(cx, i)
            || emergency_line(cx, i)
            || list_item(cx, i)
            || listed_label(cx, i)
            || super::measures::labelled_number(cx, i)
            || super::named_numbers::glued_to_word(cx, i);
    }
    if gate && i > 0 && cx.is_digits(i) && capitalised_first_word(cx, i) {
        // The same, with `capital_label` ("Step 3:"): the tests left out need the word not to
        // open its sentence (`version_of_name`, `named_by_title_word`), a mark before the
        // number ("-", ".", a bracket glued to it), a word outside the lexicon after a hyphen
        // (`hyphened_name`: no hyphen ends a sentence) or capitals throughout.
        return label(i - 1)
            || lower_label(cx, i)
            || capital_label(cx, i)
            || lettered(cx, i)
            || dialled(cx, i)
            || emergency_line(cx, i)
            || list_item(cx, i)
            || listed_label(cx, i)
            || super::measures::labelled_number(cx, i)
            || super::named_numbers::glued_to_word(cx, i);
    }
    i > 0
        && cx.is_digits(i)
        && (label(i - 1)
            || lower_label(cx, i)
            || capital_label(cx, i)
            || version_of_name(cx, i)
            || hyphened_name(cx, i)
            || lettered(cx, i)
            || cited(cx, i)
            || dialled(cx, i)
            || emergency_line(cx, i)
            || list_item(cx, i)
            || listed_label(cx, i)
            || super::measures::labelled_number(cx, i)
            || dotted(i - 1)
            || named_by_acronym(cx, i)
            || named_by_title_word(cx, i)
            || super::named_numbers::glued_to_word(cx, i)
            || code_tail(cx, i))
}

#[cfg(test)]
#[path = "../label_gate_tests.rs"]
mod label_gate_tests;
