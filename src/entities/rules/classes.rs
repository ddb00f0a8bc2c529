//! What the repairs ask of a word, as bits: the word lists its [`bare`] form is in, its case,
//! the few exact words the rules compare, and the gazetteer and frequency facts they read.
//! Made once per distinct word (the caller keeps them per entry of the per-word cache), so a
//! rule walking the words around a name tests bits instead of copying and matching each word.

use super::head_words::*;
use super::modern_words::*;
use super::text::{bare, with_lower, BARE_MAX};
use super::words::*;
use super::{
    capitalised, has_upper_or_digit, is_number, FIRST_NAME_UNIT, GROUP_MARKS, PLACE_MARKS,
};
use crate::entities::features::hash_str;
use crate::entities::lexicon::{self, Lexicon};

/// A word's classes (the bits below).
pub type Classes = u64;

pub const HONORIFIC: Classes = 1;
pub const TITLE_MODIFIER: Classes = 1 << 1;
pub const PLAIN_HONORIFIC: Classes = 1 << 2;
pub const ORG_HEAD: Classes = 1 << 3;
pub const FACILITY_HEAD: Classes = 1 << 4;
pub const GEO_HEAD: Classes = 1 << 5;
pub const COMPETITION_HEAD: Classes = 1 << 6;
pub const OPENS_ORG: Classes = 1 << 7;
pub const NON_NAME: Classes = 1 << 8;
pub const MONTH: Classes = 1 << 9;
pub const ANY_MONTH: Classes = 1 << 10;
pub const COUNTED_NOUN: Classes = 1 << 11;
/// [`is_number`] of the [`bare`] form.
pub const BARE_NUMBER: Classes = 1 << 12;
/// [`is_number`] of the word itself.
pub const NUMBER: Classes = 1 << 13;
pub const WEEKDAY: Classes = 1 << 14;
pub const HEADER_WORD: Classes = 1 << 15;
/// The [`bare`] form is empty (also every word past the sentence's end: [`BEYOND`]).
pub const BARE_EMPTY: Classes = 1 << 16;
/// [`is_particle`] of the word as written.
pub const PARTICLE: Classes = 1 << 17;
/// [`is_particle`] of the word lower-cased.
pub const PARTICLE_LOWER: Classes = 1 << 18;
pub const CAPITALISED: Classes = 1 << 19;
/// A lower-case letter anywhere.
pub const HAS_LOWER: Classes = 1 << 20;
pub const HAS_ALPHA: Classes = 1 << 21;
pub const UPPER_OR_DIGIT: Classes = 1 << 22;
/// A letter or digit anywhere (a word that means something on a table's line).
pub const MEANINGFUL: Classes = 1 << 23;
/// "'s" or "’s".
pub const POSSESSIVE: Classes = 1 << 24;
/// A place's name written as one hyphened word ("Henley-on-Thames": [`super::joined::is_joined_place`])
/// or a hyphened adjective made on a name ("London-based": [`super::place_adjectives`]).
pub const JOINED_PLACE: Classes = 1 << 25;
/// "of" or "for", lower-cased.
pub const OF_FOR: Classes = 1 << 26;
/// "on", lower-cased.
pub const ON: Classes = 1 << 27;
/// "and" or "&", lower-cased.
pub const AND: Classes = 1 << 28;
/// "the", lower-cased.
pub const LOWER_THE: Classes = 1 << 29;
/// "the", "a" or "an" as [`bare`] gives them.
pub const ARTICLE: Classes = 1 << 30;
/// "in", "near" or "outside" as written.
pub const PLACE_PREPOSITION: Classes = 1 << 31;
/// "shares", "stock" and the like, lower-cased.
pub const MARKET: Classes = 1 << 32;
/// "OF", "FOR", "AND" or "THE" as written.
pub const CAPS_CONNECTIVE: Classes = 1 << 33;
/// "at", "vs", "v" or "versus" as [`bare`] gives them.
pub const GAME_SEPARATOR: Classes = 1 << 34;
/// "and" or "&" as written.
pub const AND_EXACT: Classes = 1 << 35;
/// "the" as written.
pub const THE_EXACT: Classes = 1 << 36;
pub const OPEN_BRACKET: Classes = 1 << 37;
pub const CLOSE_BRACKET: Classes = 1 << 38;
/// "in", "at", "since", "during", "by" or "until" as written.
pub const YEAR_PREPOSITION: Classes = 1 << 39;
/// An @handle or a web address.
pub const SOCIAL: Classes = 1 << 40;
/// "#".
pub const HASH: Classes = 1 << 41;
/// A common plural that may open a sentence ([`super::non_names`]).
pub const COMMON_PLURAL: Classes = 1 << 42;
/// A frequent word that no gazetteer lists on its own.
pub const COMMON: Classes = 1 << 43;
/// A listed one-word first name.
pub const FIRST_NAME: Classes = 1 << 44;
/// A listed one-word place or group word.
pub const PLACE_OR_GROUP: Classes = 1 << 45;
/// Its lower-case form is a one-word gazetteer entry or starts a phrase.
pub const STARTS_PHRASE: Classes = 1 << 46;
/// A listed one-word place (country, region or city).
pub const PLACE_WORD: Classes = 1 << 47;
/// A listed one-word nationality or group word.
pub const GROUP_WORD: Classes = 1 << 48;
/// A short word that title-case headlines leave in lower case ("to", "of", "after").
pub const HEADLINE_MINOR: Classes = 1 << 49;
/// Its lower-case form is among the ~100 most frequent words ("it", "to", "is").
pub const TOP_WORD: Classes = 1 << 50;
/// The last word of an event, prize or competition ([`is_event_head`]).
pub const EVENT_HEAD: Classes = 1 << 51;
/// The last word of a newspaper's name ([`is_newspaper_head`]).
pub const NEWSPAPER_HEAD: Classes = 1 << 52;
/// A body that joins a nationality before it ([`is_government_head`]).
pub const GOVERNMENT_HEAD: Classes = 1 << 53;
/// A title-case headline's verb ([`is_headline_verb`]).
pub const HEADLINE_VERB: Classes = 1 << 54;
/// "The" as written.
pub const THE_CAPITALISED: Classes = 1 << 55;
/// Four digits from 1800 to 2099.
pub const YEAR: Classes = 1 << 56;
/// A word a numbered road's number follows: a road word ("Route", "Hwy") or "US"
/// ([`super::roads::is_road_head`]).
pub const ROAD_HEAD: Classes = 1 << 57;
/// A compass region named alone after "the" ([`super::roads::is_compass_region`]).
pub const COMPASS_REGION: Classes = 1 << 58;
/// "Channel" as written (a numbered channel's first word).
pub const CHANNEL_WORD: Classes = 1 << 59;
/// A British nation ([`super::bodies::is_uk_nation`]).
pub const UK_NATION: Classes = 1 << 60;
/// A kind of organisation named by the word after it ([`is_org_kind`]).
pub const ORG_KIND: Classes = 1 << 61;
/// A word drawn out in chat, one letter three times running ([`super::org_shapes::is_drawn_out`]).
pub const DRAWN_OUT: Classes = 1 << 62;
/// A word a rule that walks the names looks for and no other class marks
/// ([`super::cues::is_rule_cue`]: "Storm", "Court", "between", "upon", a capitalised "Article"…):
/// those rules return at once in a sentence without one.
pub const RULE_CUE: Classes = 1 << 63;

/// No word's classes (a non-empty [`bare`] form's lists and [`BARE_EMPTY`] never meet): a kept
/// value not made yet.
pub const NOT_MADE: Classes = Classes::MAX;

/// The classes of a word past the end of the sentence (the rules read it as "").
pub const BEYOND: Classes = BARE_EMPTY;

/// What the lexicon gives a word's lower-case form (as the per-word cache's entry keeps it).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LowerFacts {
    /// [`hash_str`] of the lower-cased word.
    pub hash: u64,
    /// [`Lexicon::unit`] of it.
    pub unit: u16,
    /// [`Lexicon::freq_class_of_hash`] of it.
    pub freq: u8,
}

impl LowerFacts {
    /// The facts of the lower-case form `lower`, looked up.
    pub fn of(lex: &Lexicon, lower: &str) -> LowerFacts {
        // One hash of the lower-case form serves both look-ups.
        let hash = hash_str(lower);
        LowerFacts {
            hash,
            unit: lex.unit_folding(lower, hash, &mut String::new()),
            freq: lex.freq_class_of_hash(hash),
        }
    }
}

/// The classes of `word`.
pub fn of(lex: &Lexicon, word: &str) -> Classes {
    of_known(word, with_lower(word, |lw| LowerFacts::of(lex, lw)))
}

/// [`of`] when the lexicon's facts of `word`'s lower-case form are already known (the
/// per-word cache's entry looked them up): no hash and no look-up again.
pub fn of_known(word: &str, facts: LowerFacts) -> Classes {
    number_classes(word, facts).unwrap_or_else(|| of_known_by_lists(word, facts))
}

/// [`of_known`] by every list and test (any word; the reference [`number_classes`] is tested
/// against).
fn of_known_by_lists(word: &str, facts: LowerFacts) -> Classes {
    let b = bare(word);
    let mut c = 0;
    let mut set = |bit: Classes, on: bool| {
        if on {
            c |= bit;
        }
    };
    // The word lists hold short ASCII words only: an empty bare form is in none of them.
    if b.is_empty() {
        set(BARE_EMPTY, true);
        set(HONORIFIC, is_accented_honorific(word));
    } else {
        set(bare_lists(b), true);
    }
    set(NUMBER, is_number(word));
    set(PARTICLE, is_particle(word));
    let case = case_classes(word);
    set(case, true);
    set(POSSESSIVE, matches!(word, "'s" | "’s"));
    set(ARTICLE, matches!(b.bytes(), b"the" | b"a" | b"an"));
    set(PLACE_PREPOSITION, matches!(word, "in" | "near" | "outside"));
    set(
        CAPS_CONNECTIVE,
        matches!(word, "OF" | "FOR" | "AND" | "THE"),
    );
    set(
        GAME_SEPARATOR,
        matches!(b.bytes(), b"at" | b"vs" | b"v" | b"versus"),
    );
    set(AND_EXACT, matches!(word, "and" | "&"));
    set(THE_EXACT, word == "the");
    set(THE_CAPITALISED, word == "The");
    // (Native builds from the bare form; the WASM walks the word, as its download is kept.)
    set(
        DRAWN_OUT,
        if b.is_empty() || cfg!(target_arch = "wasm32") {
            super::org_shapes::is_drawn_out(word)
        } else {
            word.len() > 3 && has_letter_run(b)
        },
    );
    set(
        YEAR,
        word.len() == 4
            && word.bytes().all(|b| b.is_ascii_digit())
            && matches!(word.as_bytes().first(), Some(b'1' | b'2'))
            && (word.starts_with("18") || word.starts_with("19") || word.starts_with("20")),
    );
    set(OPEN_BRACKET, word == "(");
    set(CLOSE_BRACKET, word == ")");
    set(
        YEAR_PREPOSITION,
        matches!(word, "in" | "at" | "since" | "during" | "by" | "until"),
    );
    set(
        SOCIAL,
        word.starts_with('@')
            || word.starts_with("http")
            || word.starts_with("www.")
            || has_scheme_mark(word),
    );
    set(HASH, word == "#");
    set(RULE_CUE, super::cues::is_rule_cue(word, case));
    // The exact words of the place and body rules ([`super::roads`], [`super::bodies`]): all
    // capitalised, so other words are not compared.
    if case & CAPITALISED != 0 {
        set(ROAD_HEAD, super::roads::is_road_head(word));
        set(COMPASS_REGION, super::roads::is_compass_region(word));
        set(CHANNEL_WORD, word == "Channel");
        set(UK_NATION, super::bodies::is_uk_nation(word));
        // Both shapes hold a hyphen: most words are tested once for it.
        if word.len() >= 5 && word.as_bytes().contains(&b'-') {
            set(
                JOINED_PLACE,
                super::joined::is_joined_place(word)
                    || super::place_adjectives::place_adjective_stem(word).is_some(),
            );
        }
    }
    // A short ASCII word without a full stop is lower-cased already in its bare form (as
    // `lower` would: ASCII letters only); another is lower-cased here.
    c |= if word.is_ascii() && word.len() <= BARE_MAX && !word.ends_with('.') {
        lower_classes(word, b.bytes(), facts)
    } else {
        with_lower(word, |lw| lower_classes(word, lw.as_bytes(), facts))
    };
    c
}

/// [`of_known`] of a number written with digits, full stops and commas only, opening with a
/// digit ("12", "1,500", "3.5", "2024."), else `None`: no word list, exact word or case test
/// holds a digit, so such a word has only the classes of a number, its case's, [`YEAR`] and
/// what its lower-case form (itself) gives. Most distinct words of news are numbers
/// (~1,600 of news300k's ~1,800), and the lists' ~20 tests cost ~750 instructions a word.
/// (`numbers_take_the_lists_classes` checks this against [`of_known_by_lists`].)
fn number_classes(word: &str, facts: LowerFacts) -> Option<Classes> {
    let w = word.as_bytes();
    if !w.first().is_some_and(u8::is_ascii_digit)
        || !w
            .iter()
            .all(|&c| c.is_ascii_digit() || c == b'.' || c == b',')
    {
        return None;
    }
    // [`bare`]: a trailing full stop dropped, a longer form than the lists' words empty (the
    // rest is a number, non-empty: it opens with a digit).
    let stripped = w.len() - usize::from(w.ends_with(b"."));
    let mut c = if stripped > BARE_MAX {
        BARE_EMPTY
    } else {
        BARE_NUMBER
    };
    c |= NUMBER | UPPER_OR_DIGIT | MEANINGFUL;
    if w.len() == 4
        && w.iter().all(u8::is_ascii_digit)
        && (w.starts_with(b"18") || w.starts_with(b"19") || w.starts_with(b"20"))
    {
        c |= YEAR;
    }
    Some(c | lower_classes(word, w, facts))
}

/// The classes read from `word`'s lower-case form `lw` (its bytes) and the lexicon's `facts`
/// of it.
fn lower_classes(word: &str, lw: &[u8], facts: LowerFacts) -> Classes {
    let LowerFacts { unit, freq, .. } = facts;
    let marks = lexicon::unit_marks(unit);
    let frequent = freq <= 3;
    let mut c = 0;
    let mut set = |bit: Classes, on: bool| {
        if on {
            c |= bit;
        }
    };
    set(PARTICLE_LOWER, is_particle(lw));
    set(OF_FOR, matches!(lw, b"of" | b"for"));
    set(ON, lw == b"on");
    set(AND, matches!(lw, b"and" | b"&"));
    set(LOWER_THE, lw == b"the");
    set(
        MARKET,
        matches!(
            lw,
            b"shares" | b"stock" | b"stocks" | b"share" | b"shareholders"
        ),
    );
    set(
        COMMON_PLURAL,
        lw.ends_with(b"s")
            && !lw.ends_with(b"ss")
            && word.chars().skip(1).all(char::is_lowercase)
            && frequent
            && marks == 0,
    );
    set(COMMON, frequent && marks == 0);
    set(FIRST_NAME, marks & FIRST_NAME_UNIT != 0);
    set(PLACE_OR_GROUP, marks & (PLACE_MARKS | GROUP_MARKS) != 0);
    set(STARTS_PHRASE, unit != 0);
    set(PLACE_WORD, marks & PLACE_MARKS != 0);
    set(TOP_WORD, freq == 0);
    set(GROUP_WORD, marks & GROUP_MARKS != 0);
    c
}

/// The classes from the word lists of a non-empty [`bare`] form: one look-up in a table of the
/// lists' words (native builds), where the ~20 lists' `matches!` cost ~390 instructions a
/// word (most distinct words of CoNLL are in none); the WASM tests the lists
/// ([`bare_lists_by_tests`]: no table in the download).
fn bare_lists(b: super::text::Bare) -> Classes {
    #[cfg(not(target_arch = "wasm32"))]
    {
        bare_table::of(b)
    }
    #[cfg(target_arch = "wasm32")]
    {
        bare_lists_by_tests(b)
    }
}

/// [`bare_lists`] by testing each list in turn (the WASM's path; the reference the table is
/// tested against).
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub(super) fn bare_lists_by_tests(b: super::text::Bare) -> Classes {
    let mut c = 0;
    let mut set = |bit: Classes, on: bool| {
        if on {
            c |= bit;
        }
    };
    set(HONORIFIC, is_honorific(b));
    set(TITLE_MODIFIER, is_title_modifier(b));
    set(PLAIN_HONORIFIC, is_plain_honorific(b));
    set(ORG_HEAD, is_org_head(b));
    set(FACILITY_HEAD, is_facility_head(b));
    set(GEO_HEAD, is_geo_head(b));
    set(COMPETITION_HEAD, is_competition_head(b));
    set(OPENS_ORG, opens_org_name(b));
    set(NON_NAME, is_non_name(b));
    set(MONTH, is_month(b));
    set(ANY_MONTH, is_any_month(b));
    set(COUNTED_NOUN, is_counted_noun(b));
    set(BARE_NUMBER, is_number(b));
    set(WEEKDAY, is_weekday(b));
    set(HEADER_WORD, is_header_word(b));
    set(HEADLINE_MINOR, is_headline_minor(b));
    set(EVENT_HEAD, is_event_head(b));
    set(NEWSPAPER_HEAD, is_newspaper_head(b));
    set(GOVERNMENT_HEAD, is_government_head(b));
    set(HEADLINE_VERB, is_headline_verb(b));
    set(ORG_KIND, is_org_kind(b));
    c
}

/// The table of the lists' words ([`bare_lists`], native builds).
#[cfg(any(test, not(target_arch = "wasm32")))]
pub(super) mod bare_table;

/// The case classes of `word` ([`CAPITALISED`] to [`MEANINGFUL`]): an ASCII word tested byte by
/// byte in one loop, another character by character.
fn case_classes(word: &str) -> Classes {
    if word.is_ascii() {
        let mut c = 0;
        if word.as_bytes().first().is_some_and(u8::is_ascii_uppercase) {
            c |= CAPITALISED;
        }
        // One table read a byte where three tests ran.
        for &x in word.as_bytes() {
            c |= ASCII_CASE.get(usize::from(x)).copied().unwrap_or(0);
        }
        return c;
    }
    case_classes_by_chars(word)
}

/// The case classes each ASCII byte gives a word ([`case_classes`] less [`CAPITALISED`]).
const ASCII_CASE: [Classes; 128] = {
    let mut table = [0; 128];
    let mut x = 0;
    while x < 128 {
        let b = x as u8;
        table[x] = if b.is_ascii_lowercase() {
            HAS_LOWER | HAS_ALPHA | MEANINGFUL
        } else if b.is_ascii_uppercase() {
            HAS_ALPHA | UPPER_OR_DIGIT | MEANINGFUL
        } else if b.is_ascii_digit() {
            UPPER_OR_DIGIT | MEANINGFUL
        } else {
            0
        };
        x += 1;
    }
    table
};

/// [`case_classes`] by characters (any word; the reference the ASCII path is tested against).
fn case_classes_by_chars(word: &str) -> Classes {
    let mut c = 0;
    let mut set = |bit: Classes, on: bool| {
        if on {
            c |= bit;
        }
    };
    set(CAPITALISED, capitalised(word));
    set(HAS_LOWER, word.chars().any(char::is_lowercase));
    set(HAS_ALPHA, word.chars().any(char::is_alphabetic));
    set(UPPER_OR_DIGIT, has_upper_or_digit(word));
    set(MEANINGFUL, word.chars().any(char::is_alphanumeric));
    c
}

/// `word.contains("://")` by its colons (a web address; the general substring search's set-up
/// cost ~190 instructions a word, and this test is made for every distinct word). A short
/// word's bytes are walked (`memchr`'s set-up and call cost ~60 a word, entspeed35).
fn has_scheme_mark(word: &str) -> bool {
    let b = word.as_bytes();
    // (Most words hold no colon: one search for it, where the walk below cost ~10
    // instructions a byte; native builds: the WASM's download is kept.)
    if cfg!(not(target_arch = "wasm32")) && !b.contains(&b':') {
        return false;
    }
    let at = |i: usize| b.get(i + 1..i + 3) == Some(b"//");
    if b.len() <= 32 {
        return b.iter().enumerate().any(|(i, &c)| c == b':' && at(i));
    }
    memchr::memchr_iter(b':', b).any(at)
}

/// [`super::org_shapes::is_drawn_out`] of a word of more than three bytes from its non-empty
/// bare form (lower-cased ASCII; a full stop dropped from its end, which holds no letter): one
/// letter three times running, no Roman numeral's. The sixteen bytes as one number: byte `i`
/// of `x ^ x >> 8 | x ^ x >> 16` is zero where bytes `i` to `i + 2` are equal, where the
/// word's byte walk cost ~120 instructions a word. Only the word's own bytes are looked at: the
/// zeros past it are no letter (and a run of them was ~10 turns of the loop below a word,
/// ~220 instructions a word of CoNLL, entspeed42).
pub(super) fn has_letter_run(b: super::text::Bare) -> bool {
    let (lo, hi, len) = b.key();
    let x = u128::from(lo) | u128::from(hi) << 64;
    let z = (x ^ x >> 8) | (x ^ x >> 16);
    // The top bit of each zero byte of `z` (exact: no carry crosses a byte), of the word's
    // bytes only.
    const LOW7: u128 = u128::MAX / 255 * 0x7f;
    let word = u128::MAX
        .checked_shr(128u32.saturating_sub(8 * len as u32))
        .unwrap_or(0);
    let mut zeros = !(((z & LOW7) + LOW7) | z | LOW7) & word;
    while zeros != 0 {
        let at = zeros.trailing_zeros() / 8;
        let letter = (x >> (8 * at)) as u8;
        if letter.is_ascii_lowercase() && !b"ivxlcdm".contains(&letter) {
            return true;
        }
        zeros &= zeros - 1;
    }
    false
}

/// The classes of each of a sentence's words, in `out` (emptied first).
pub fn of_words(lex: &Lexicon, words: &[&str], out: &mut Vec<Classes>) {
    out.clear();
    out.extend(words.iter().map(|w| of(lex, w)));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The numbers' shortcut gives every list's and test's classes: every number to 2,100 and
    /// with a comma, a full stop inside or after it, long numbers, and facts of every mark and
    /// frequency class ("4s" is no number; the lists' other words are not numbers).
    #[test]
    fn numbers_take_the_lists_classes() {
        let mut words: Vec<String> = Vec::new();
        for n in 0..=2100u32 {
            words.extend([
                n.to_string(),
                format!("{n}."),
                format!("{n},"),
                format!("{n}.5"),
                format!("{n},000"),
                format!("0{n}"),
                format!("{n}.."),
            ]);
        }
        words.extend(
            [
                "1234567890123456",
                "12345678901234567",
                "1234567890123456.",
                "1.2.3",
                "9,9,9",
            ]
            .map(String::from),
        );
        let facts: Vec<LowerFacts> = [0u16, 1, 2, 0x10, 0x100, 0xffff]
            .iter()
            .flat_map(|&unit| {
                [0u8, 1, 2, 3, 4, 7, 255].map(|freq| LowerFacts {
                    hash: 0,
                    unit,
                    freq,
                })
            })
            .collect();
        for w in &words {
            for &f in &facts {
                assert_eq!(number_classes(w, f), Some(of_known_by_lists(w, f)), "{w:?}");
            }
        }
        for w in ["", ".", ",5", "4s", "1a", "1-2", "½", "1st", "a1"] {
            assert_eq!(number_classes(w, LowerFacts::default()), None, "{w:?}");
        }
    }

    /// The byte paths give what the plain tests give: every word of up to three characters of
    /// colons, slashes, letters, digits, marks and a non-ASCII letter, and every two-byte ASCII
    /// word.
    #[test]
    fn byte_paths_match_the_plain_tests() {
        let parts = [":", "/", "a", "Q", "7", ".", "@", "[", "`", "{", "é", "Ü"];
        let mut words = vec![String::new()];
        for _ in 0..3 {
            let longer: Vec<String> = words
                .iter()
                .flat_map(|w| parts.iter().map(move |p| format!("{w}{p}")))
                .collect();
            words.extend(longer);
        }
        for x in 0..128u8 {
            for y in 0..128u8 {
                words.push(String::from_utf8(vec![x, y]).unwrap_or_default());
            }
        }
        words.extend(
            [
                "https://x.org",
                "a://",
                "::/",
                ":/",
                "ftp:/ /x",
                "x://y://",
                "https://example.org/a/long/path/to/a/page",
                "a:b:c:d:e:f:g:h:i:j:k:l:m:n:o:p:q:r:/",
                "a:b:c:d:e:f:g:h:i:j:k:l:m:n:o:p:q:r://",
            ]
            .map(String::from),
        );
        for w in &words {
            assert_eq!(has_scheme_mark(w), w.contains("://"), "{w:?}");
            assert_eq!(case_classes(w), case_classes_by_chars(w), "{w:?}");
        }
    }
}
