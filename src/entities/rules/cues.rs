//! The words that rules walking the sentence's names look for and that no other class marks,
//! as one class bit ([`RULE_CUE`]): such a rule returns at once in a sentence without any
//! ([`repair_into`](super::repair_into) passes the union of the words' classes), where it read
//! every name and the words around it (~15–30 instructions a name a rule).
//!
//! A rule gated so lists its words here, from its own predicate; a rule that gates nothing
//! runs on every name. The bit is one for all the rules: a sentence holding one rule's word
//! opens the others' gates too (the words are rare in news, so most sentences open none).

use super::words::word_list;
use super::*;

/// Whether `word` (as written; `case` its [`case_classes`](super::classes)) is a word one of
/// the gated rules needs:
/// - [`storms`]: "Storm", "Hurricane", "Typhoon", "Cyclone" ([`is_storm_word`]);
/// - [`buildings`]: "Mount"/"Mt"/"Mt." before a name, a building's head "Court", "Centre",
///   "Center" ([`is_building_cue`]);
/// - [`joined_places`]: "upon"; [`place_context`]: "between";
/// - [`place_pairs`]' companies' sites: "plant", "works"… ([`is_site_noun`]);
/// - [`vietnamese_names`]: a family name such as "Le" ([`is_short_vietnamese_family_name`]);
/// - [`provisions`]: a capitalised word with lower case that is a part of a law
///   ([`is_provision_word`]: "Article", "Title");
/// - [`works_and_things`]: a work's or a thing's noun ([`kind_named_after`]: "film", "rover");
/// - [`company_suffixes`]: a legal suffix ([`is_legal_suffix`]: "Inc", "plc");
/// - [`state_codes`]: a state's code ([`is_state_code`]: "NY");
/// - [`government_bodies`]: a force's last word ([`is_force_word`]: "Force", "Guard");
/// - [`foreign_bodies`]: a preposition of another language ([`is_foreign_preposition`]:
///   "Sans") and "seats";
/// - [`foreign_name_shapes`]: a hyphened given name or article and name
///   ([`is_hyphened_given_name`], [`is_hyphened_article_name`]);
/// - [`camel_names`]: a company's name in camel case ([`is_camel_name`]: "WaterAid");
///   [`brokers`]: "broker"; [`possessive_teams`]: "team".
///
/// Asked once a distinct word of a text. Native builds look the plain lists' words up in one
/// table ([`table`], made when compiling): their `matches!` cost ~236 instructions a word of
/// CoNLL (entspeed42); the WASM tests the lists ([`is_rule_cue_by_lists`]: no table in the
/// download).
pub fn is_rule_cue(word: &str, case: Classes) -> bool {
    #[cfg(not(target_arch = "wasm32"))]
    {
        is_rule_cue_by_table(word, case)
    }
    #[cfg(target_arch = "wasm32")]
    {
        is_rule_cue_by_lists(word, case)
    }
}

/// [`is_rule_cue`] with the plain lists' words looked up in [`table`] (native builds); the
/// tests that are not a list of words asked as in [`is_rule_cue_by_lists`].
#[cfg(any(test, not(target_arch = "wasm32")))]
pub(super) fn is_rule_cue_by_table(word: &str, case: Classes) -> bool {
    let b = word.as_bytes();
    b.len() <= 12
        && (table::listed(b)
            || case & (CAPITALISED | HAS_LOWER) == CAPITALISED | HAS_LOWER
                && (is_provision_word(word) || is_camel_name(word)))
        || b.len() >= 5
            && b.contains(&b'-')
            && (is_hyphened_given_name(word) || is_hyphened_article_name(word))
}

word_list! {
OTHER_CUE_WORDS;
/// The cues of [`joined_places`], [`place_context`], [`foreign_bodies`]' seats, [`brokers`] and
/// [`possessive_teams`], which have no list of their own.
fn is_other_cue(w: impl AsRef<[u8]>) -> bool {
    fn of(b: &[u8]) -> bool {
        matches!(
            b,
            b"upon" | b"between" | b"seats" | b"broker" | b"brokers" | b"team"
        )
    }
    of(w.as_ref())
}
}

/// [`is_rule_cue`] by each list's own test (the WASM's path; the reference the table is tested
/// against). The lists compare bytes (`matches!` over `b"…"`), which compiles to a tree over
/// the length and the bytes; a `matches!` over `&str` literals compares them one after the
/// other.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub(super) fn is_rule_cue_by_lists(word: &str, case: Classes) -> bool {
    let b = word.as_bytes();
    // The listed words are at most 12 bytes ("headquarters"); an article and name may be longer.
    b.len() <= 12
        && (is_storm_word(word)
            || is_building_cue(word)
            || is_other_cue(b)
            || is_site_noun(word)
            || kind_named_after(word).is_some()
            || is_legal_suffix(word)
            || is_state_code(word)
            || is_force_word(word)
            || is_foreign_preposition(word)
            || is_short_vietnamese_family_name(word)
            || case & (CAPITALISED | HAS_LOWER) == CAPITALISED | HAS_LOWER
                && (is_provision_word(word) || is_camel_name(word)))
        || b.len() >= 5
            && b.contains(&b'-')
            && (is_hyphened_given_name(word) || is_hyphened_article_name(word))
}

/// The table of the plain lists' words ([`is_rule_cue_by_table`], native builds).
#[cfg(any(test, not(target_arch = "wasm32")))]
pub(super) mod table;
