//! Turns tokens into hashed feature ids for the sequence model.
//!
//! Each feature is a template id mixed with the hashes of the strings or values it looks at, cut
//! to 32 bits. Every token's strings are hashed once ([`TokenInfo`]); templates then only mix
//! precomputed hashes, which keeps the pass fast.

use std::collections::{HashMap, HashSet};

#[cfg(test)]
use super::lexicon::Lowered;
use super::lexicon::{lower_into, Lexicon, Marks, CLASSES};
use super::tags::{self, Tag, TYPES};

mod hash;
pub(crate) use hash::{fmix, hash_bytes, hash_short, hash_unmixed};
pub use hash::{hash_str, HashBuild, IdHasher};

/// What the model knows about one token before looking at its neighbours.
#[derive(Debug, Clone, PartialEq)]
pub struct TokenInfo {
    /// What the word's text alone says (the same for every occurrence).
    spelling: WordInfo,
    lower: u64,
    freq: u8,
    gaz: Marks,
    /// Tokens to the next personal pronoun ("he", "her", ...) later in the sentence, capped at
    /// [`PRONOUN_REACH`] (= none near): "X has faced ... over his failure" suggests X is a person.
    pronoun_ahead: u8,
}

/// How far ahead a personal pronoun counts as evidence.
const PRONOUN_REACH: u8 = 9;

fn is_personal_pronoun(lower: &str) -> bool {
    matches!(
        lower,
        "he" | "she" | "his" | "her" | "him" | "himself" | "herself" | "hers"
    )
}

/// How a whole sentence is cased: headlines and ALL-CAPS lines make capitalisation meaningless.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseMode {
    Normal = 0,
    AllCaps = 1,
    Title = 2,
}

/// A feature id from a template and up to two values.
fn feat(template: u8, a: u64, b: u64) -> u32 {
    let h = fmix((a ^ (template as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)).rotate_left(17) ^ b);
    // 0 marks an empty slot in the model's table.
    ((h ^ (h >> 32)) as u32).max(1)
}

// Template ids. Never renumber them: trained weights refer to them.
const BIAS: u8 = 1;
const WORD: u8 = 2;
const LOWER: u8 = 3;
const SHAPE: u8 = 4;
const SHORT_SHAPE: u8 = 5;
const PREFIX: u8 = 6;
const SUFFIX: u8 = 10;
const LOWER_AT: u8 = 14; // +offset index: 14..=17 for -2, -1, +1, +2
const SHAPE_AT: u8 = 18; // 18, 19 for -1, +1
const SHAPE_PAIR_LEFT: u8 = 20;
const SHAPE_PAIR_RIGHT: u8 = 21;
const LOWER_PAIR_LEFT: u8 = 22;
const LOWER_PAIR_RIGHT: u8 = 23;
const FIRST_SHAPE: u8 = 24;
const MODE_SHAPE: u8 = 25;
const FREQ_SHAPE: u8 = 26;
const MODE_FREQ_CAP: u8 = 27;
const GAZ: u8 = 28;
const GAZ_LEFT: u8 = 29;
const GAZ_RIGHT: u8 = 30;
const DOC_LOWER_SEEN: u8 = 31;
const DOC_CAP_SEEN: u8 = 32;
const PREV_TAG: u8 = 33;
const PREV_TWO_TAGS: u8 = 34;
const PREV_TAG_LOWER: u8 = 35;
const PREV_TAG_SHAPE: u8 = 36;
const DOC_TYPE: u8 = 37;
const DOC_MAJORITY: u8 = 38;
const DOC_MAJORITY_SHAPE: u8 = 39;
const GAZ_MODE: u8 = 40;
const WORD_AT: u8 = 41; // 41, 42 for -1, +1
const LOWER_NEXT_SHAPE: u8 = 43;
const LOWER_PREV_SHAPE: u8 = 44;
const DOC_TYPE_AT: u8 = 45; // 45, 46 for -1, +1
const LENGTH_SHAPE: u8 = 47;
const PRONOUN_AHEAD: u8 = 48;

const BOUNDARY: u64 = 0x0123_4567_89ab_cdef;

/// What [`TokenInfo::new`] derives from the word's text alone: the same for every occurrence,
/// so [`sentence_infos_with`] keeps it per distinct word ([`InfoScratch`]).
#[derive(Debug, Clone, Copy, PartialEq)]
struct WordInfo {
    word: u64,
    shape: u64,
    short_shape: u64,
    /// The features of the lower-case word's prefixes and suffixes of 1 to 4 characters, in
    /// the order [`intrinsic_features`] gives them (prefix 1, suffix 1, prefix 2, ...): made
    /// once per word, and half the size of their hashes in every token's info.
    affixes: [u32; 8],
    /// Starts with an upper-case letter.
    capitalised: bool,
    /// Has an upper-case letter or a digit anywhere: only such tokens can start a name.
    name_like: bool,
    /// Length in characters, counted up to 255 (only up to 12 is read): a small field keeps
    /// each token's info, copied for every token in both passes, shorter.
    len: u8,
}

impl WordInfo {
    fn new(word: &str, lower: &str, lower_hash: u64) -> WordInfo {
        WordInfo::new_known(word, lower, lower_hash, word.is_ascii())
    }

    /// [`WordInfo::new`] when whether `word` is ASCII is known (`ascii`: the per-word cache's
    /// entry tells it once for all its tests). A lower-cased ASCII word is ASCII.
    #[inline(always)]
    fn new_known(word: &str, lower: &str, lower_hash: u64, ascii: bool) -> WordInfo {
        let (shape, short_shape) = shapes(word, ascii);
        let (prefixes, suffixes) = if ascii || lower.is_ascii() {
            ascii_affix_hashes(lower.as_bytes(), lower_hash)
        } else {
            affix_hashes(lower, lower_hash)
        };
        let (mut capitalised, mut name_like, mut len) = (false, false, 0u8);
        if ascii {
            // (As the loop below, by byte: an ASCII character is upper-case exactly when it is
            // so in ASCII, and is one byte.)
            let b = word.as_bytes();
            capitalised = b.first().is_some_and(u8::is_ascii_uppercase);
            name_like = b
                .iter()
                .any(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
            len = u8::try_from(b.len()).unwrap_or(u8::MAX);
        } else {
            for (i, c) in word.chars().enumerate() {
                let upper = c.is_uppercase();
                capitalised |= i == 0 && upper;
                name_like |= upper || c.is_ascii_digit();
                len = len.saturating_add(1);
            }
        }
        let mut affixes = [0; 8];
        for (k, pair) in affixes.chunks_exact_mut(2).enumerate() {
            if let ([p, s], Some(&ph), Some(&sh)) = (pair, prefixes.get(k), suffixes.get(k)) {
                *p = feat(PREFIX + k as u8, ph, 0);
                *s = feat(SUFFIX + k as u8, sh, 0);
            }
        }
        WordInfo {
            word: word_hash(word, lower, lower_hash),
            shape,
            short_shape,
            affixes,
            capitalised,
            name_like,
            len,
        }
    }
}

/// The hashes of the lower-case word's prefixes and suffixes of 1 to 4 characters: prefix k
/// ends at the (k+1)-th char boundary; a word too short for one repeats the whole word's hash.
fn affix_hashes(lower: &str, lower_hash: u64) -> ([u64; 4], [u64; 4]) {
    let mut prefixes = [lower_hash; 4];
    let mut suffixes = [lower_hash; 4];
    let mut ends = lower.char_indices().map(|(i, _)| i).skip(1);
    for p in prefixes.iter_mut() {
        if let Some(e) = ends.next() {
            *p = hash_str(lower.get(..e).unwrap_or(lower));
        }
    }
    let mut starts = lower.char_indices().rev().map(|(i, _)| i);
    for s in suffixes.iter_mut() {
        if let Some(b) = starts.next().filter(|&b| b > 0) {
            *s = hash_str(lower.get(b..).unwrap_or(lower));
        }
    }
    (prefixes, suffixes)
}

/// [`affix_hashes`] of an ASCII word (a character is a byte): each affix's bytes cut out of
/// the word's first and last four read as numbers, and hashed by [`hash_short`] (no slice
/// hashed: this runs for every distinct word, ~30 instructions an affix less).
fn ascii_affix_hashes(b: &[u8], lower_hash: u64) -> ([u64; 4], [u64; 4]) {
    let mut prefixes = [lower_hash; 4];
    let mut suffixes = [lower_hash; 4];
    let n = b.len();
    // The first and the last min(n, 4) bytes, little-endian.
    let (head, tail) = match (b.first_chunk::<4>(), b.last_chunk::<4>()) {
        (Some(h), Some(t)) => (u32::from_le_bytes(*h) as u64, u32::from_le_bytes(*t) as u64),
        _ => {
            let all = b.iter().rev().fold(0u64, |v, &c| v << 8 | c as u64);
            (all, all)
        }
    };
    let kept = n.min(4);
    for (k, (p, s)) in prefixes.iter_mut().zip(&mut suffixes).enumerate() {
        let len = k + 1;
        if len < n {
            let low = (1u64 << (8 * len)) - 1;
            *p = hash_short(head & low, len);
            *s = hash_short(tail >> (8 * (kept - len)), len);
        }
    }
    (prefixes, suffixes)
}

/// [`hash_str`] of `word`, reusing its lower-case form's hash when the two are the same.
fn word_hash(word: &str, lower: &str, lower_hash: u64) -> u64 {
    if word.len() == lower.len() && word == lower {
        lower_hash
    } else {
        hash_str(word)
    }
}

impl TokenInfo {
    /// `lower` is `word` lower-cased and `lower_hash` its [`hash_str`].
    pub fn new(word: &str, lower: &str, lower_hash: u64, freq: u8, gaz: Marks) -> TokenInfo {
        TokenInfo::from_word(
            &WordInfo::new(word, lower, lower_hash),
            lower_hash,
            freq,
            gaz,
        )
    }

    fn from_word(w: &WordInfo, lower_hash: u64, freq: u8, gaz: Marks) -> TokenInfo {
        TokenInfo {
            spelling: *w,
            lower: lower_hash,
            freq,
            gaz,
            pronoun_ahead: PRONOUN_REACH,
        }
    }

    pub fn lower_hash(&self) -> u64 {
        self.lower
    }

    pub fn name_like(&self) -> bool {
        self.spelling.name_like
    }

    /// Forgets the token's gazetteer matches (training-time dropout).
    pub fn drop_gazetteer_marks(&mut self) {
        self.gaz = 0;
    }

    pub fn capitalised(&self) -> bool {
        self.spelling.capitalised
    }
}

/// Lower-cases a token (Unicode-aware; see [`lower_into`]).
pub fn lower(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    lower_into(word, &mut out);
    out
}

/// The token infos of one sentence.
pub fn sentence_infos<S: AsRef<str>>(lex: &Lexicon, words: &[S]) -> Vec<TokenInfo> {
    sentence_infos_with(lex, words, &mut InfoScratch::default())
}

/// [`sentence_infos`] with buffers and the per-word cache reused across sentences: no
/// allocation per token, and a word is lower-cased, hashed and looked up in the lexicon once
/// per distinct word ([`InfoScratch::entries`]).
pub fn sentence_infos_with<S: AsRef<str>>(
    lex: &Lexicon,
    words: &[S],
    scratch: &mut InfoScratch,
) -> Vec<TokenInfo> {
    scratch.entries(lex, words);
    infos_of_entries(lex, words, scratch)
}

/// [`sentence_infos_with`] for a sentence whose words' entries and gazetteer marks were
/// taken before ([`InfoScratch::sentence_entries`] and [`InfoScratch::sentence_marks`], with
/// no [`InfoScratch::clears`] since): no word is read, hashed or looked up again. `entries`
/// and `marks` hold one item per token.
pub fn sentence_infos_from(
    entries: &[u16],
    marks: &[Marks],
    scratch: &mut InfoScratch,
) -> Vec<TokenInfo> {
    let mut infos = Vec::new();
    sentence_infos_append(entries, marks, scratch, &mut infos);
    infos
}

/// [`sentence_infos_from`] appended to `infos` (a chunk's infos are one list: no allocation
/// per sentence, which the allocator serves slowly).
pub fn sentence_infos_append(
    entries: &[u16],
    marks: &[Marks],
    scratch: &mut InfoScratch,
    infos: &mut Vec<TokenInfo>,
) {
    infos_of(entries, marks, &scratch.words, infos);
}

/// The token infos of `words` from their entries (`scratch.entries`).
fn infos_of_entries<S: AsRef<str>>(
    lex: &Lexicon,
    words: &[S],
    scratch: &mut InfoScratch,
) -> Vec<TokenInfo> {
    scratch.marks_of_entries(lex, words);
    let mut infos = Vec::new();
    infos_of(&scratch.entries, &scratch.marks, &scratch.words, &mut infos);
    infos
}

/// The token infos from their entries in `table` and their gazetteer marks, appended to
/// `infos`. (Entries past the marks, or marks past the entries, give no info.)
fn infos_of<E: Copy + Into<u32>>(
    entries: &[E],
    marks: &[Marks],
    table: &[words::WordEntry],
    infos: &mut Vec<TokenInfo>,
) {
    let base = infos.len();
    let n = entries.len().min(marks.len());
    let (entries, marks) = (
        entries.get(..n).unwrap_or(&[]),
        marks.get(..n).unwrap_or(&[]),
    );
    let mut pronouns = false;
    let info_of = |e: &words::WordEntry, m: Marks| {
        let mut info = TokenInfo::from_word(&e.info, e.lower, e.freq, m);
        if e.pronoun {
            // Marks the pronoun for the sweep below, which gives the field its value.
            info.pronoun_ahead = IS_PRONOUN;
        }
        info
    };
    if entries.iter().all(|&at| (at.into() as usize) < table.len()) {
        // Every entry in the table (always, in practice): one `extend` of a known length, each
        // info written in place (a `push` a token checked its room and copied the info from the
        // stack: ~25 instructions a token).
        infos.extend(entries.iter().zip(marks).map(|(&at, &m)| {
            let e = &table[at.into() as usize];
            pronouns |= e.pronoun;
            info_of(e, m)
        }));
    } else {
        infos.reserve(n);
        for (&at, &m) in entries.iter().zip(marks) {
            if let Some(e) = table.get(at.into() as usize) {
                pronouns |= e.pronoun;
                infos.push(info_of(e, m));
            }
        }
    }
    // One backwards sweep: distance to the nearest pronoun to the right.
    if pronouns {
        let mut next_pronoun: Option<usize> = None;
        let added = infos.get_mut(base..).unwrap_or_default();
        for (i, info) in added.iter_mut().enumerate().rev() {
            let pronoun = info.pronoun_ahead == IS_PRONOUN;
            info.pronoun_ahead = match next_pronoun {
                Some(p) => (p - i).min(PRONOUN_REACH as usize) as u8,
                None => PRONOUN_REACH,
            };
            if pronoun {
                next_pronoun = Some(i);
            }
        }
    }
}

/// A [`TokenInfo::pronoun_ahead`] value that no distance takes: the token is a pronoun (only
/// while [`infos_of`] builds the infos).
const IS_PRONOUN: u8 = u8::MAX;

/// The straightforward [`sentence_infos`] the cached one must agree with: the sentence
/// lower-cased into one buffer, every word hashed and looked up afresh.
#[cfg(test)]
pub fn reference_sentence_infos<S: AsRef<str>>(lex: &Lexicon, words: &[S]) -> Vec<TokenInfo> {
    let lowered = Lowered::new(words);
    let hashes: Vec<u64> = (0..lowered.len())
        .map(|i| hash_str(lowered.get(i)))
        .collect();
    let spellings: Vec<WordInfo> = words
        .iter()
        .zip(&hashes)
        .enumerate()
        .map(|(i, (w, &h))| WordInfo::new(w.as_ref(), lowered.get(i), h))
        .collect();
    let name_like: Vec<bool> = spellings.iter().map(|w| w.name_like).collect();
    let mut marks = Vec::new();
    lex.marks_in_names(&name_like, &lowered, &hashes, &mut marks);
    let mut infos: Vec<TokenInfo> = spellings
        .iter()
        .zip(&hashes)
        .zip(&marks)
        .map(|((w, &h), &m)| TokenInfo::from_word(w, h, lex.freq_class_of_hash(h), m))
        .collect();
    let mut next_pronoun: Option<usize> = None;
    for (i, info) in infos.iter_mut().enumerate().rev() {
        if let Some(p) = next_pronoun {
            info.pronoun_ahead = (p - i).min(PRONOUN_REACH as usize) as u8;
        }
        if is_personal_pronoun(lowered.get(i)) {
            next_pronoun = Some(i);
        }
    }
    infos
}

/// Every feature but the tag history of each token of a sentence (static, then document
/// consistency), flattened: token `i`'s features are `out[offsets[i]..offsets[i + 1]]`.
pub fn sentence_features(
    infos: &[TokenInfo],
    mode: CaseMode,
    doc: &DocContext,
    out: &mut Vec<u32>,
    offsets: &mut Vec<usize>,
) {
    out.clear();
    offsets.clear();
    for i in 0..infos.len() {
        offsets.push(out.len());
        token_features(infos, i, mode, doc, out);
        token_consistency_features(infos, i, mode, doc, out);
    }
    offsets.push(out.len());
}

/// Appends the static features of token `i` to `out`: its [`intrinsic_features`] (cached per
/// word by the fast tagger) and its [`context_features`].
pub fn token_features(
    infos: &[TokenInfo],
    i: usize,
    mode: CaseMode,
    doc: &DocContext,
    out: &mut Vec<u32>,
) {
    if let Some(t) = infos.get(i) {
        intrinsic_features(t, i == 0, mode, doc, out);
        context_features(infos, i, mode, out);
    }
}

/// The part of [`token_features`] that depends only on the token itself (its word and
/// gazetteer marks), the sentence's case mode, whether it opens the sentence, and the document:
/// the same for every occurrence of a word, so its scores can be cached per document
/// ([`intrinsic_key`]).
pub fn intrinsic_features(
    t: &TokenInfo,
    first_token: bool,
    mode: CaseMode,
    doc: &DocContext,
    out: &mut Vec<u32>,
) {
    let m = mode as u64;
    out.push(feat(BIAS, 0, 0));
    if mode == CaseMode::Normal {
        out.push(feat(WORD, t.spelling.word, 0));
    }
    out.push(feat(LOWER, t.lower, 0));
    out.push(feat(
        LENGTH_SHAPE,
        t.spelling.len.min(12) as u64,
        t.spelling.short_shape,
    ));
    out.push(feat(SHAPE, t.spelling.shape, m));
    out.push(feat(SHORT_SHAPE, t.spelling.short_shape, 0));
    out.extend_from_slice(&t.spelling.affixes);
    out.push(feat(
        FIRST_SHAPE,
        first_token as u64,
        t.spelling.short_shape,
    ));
    out.push(feat(MODE_SHAPE, m, t.spelling.short_shape));
    out.push(feat(FREQ_SHAPE, t.freq as u64, t.spelling.short_shape));
    out.push(feat(
        MODE_FREQ_CAP,
        m << 16 | (t.freq as u64) << 8 | (t.spelling.capitalised as u64) << 1 | first_token as u64,
        0,
    ));
    push_marks(out, GAZ, t.gaz, t.spelling.short_shape);
    if t.gaz != 0 {
        out.push(feat(GAZ_MODE, t.gaz as u64, m));
    }
    let first = (first_token || mode != CaseMode::Normal) as u64;
    let lower_seen = doc.lower_seen.contains(&t.lower);
    let cap_seen = doc.capitalised_seen.contains(&t.lower);
    out.push(feat(
        DOC_LOWER_SEEN,
        (lower_seen as u64) << 8 | t.spelling.capitalised as u64,
        first,
    ));
    out.push(feat(
        DOC_CAP_SEEN,
        (cap_seen as u64) << 8 | t.spelling.capitalised as u64,
        first,
    ));
}

/// Everything [`intrinsic_features`] reads, as one key (the word's hash fixes its lower-case
/// form, shape, affixes and frequency class).
pub fn intrinsic_key(t: &TokenInfo, first_token: bool, mode: CaseMode) -> u64 {
    fmix(t.spelling.word ^ spread((t.gaz as u64) << 8 | (mode as u64) << 2 | first_token as u64))
}

/// A small value spread over 64 bits before it is mixed into a key with a hash: multiplying by
/// an odd number is one-to-one, so two different values never give the same key with the same
/// hash (an `fmix` less per key: keys are made for every scored token).
fn spread(small: u64) -> u64 {
    small.wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// The second of two hashes made into one cache key, `fmix(first ^ pair_part(second))`: turned
/// and multiplied (one-to-one, and not symmetric, so (a, b) and (b, a) differ) where a second
/// finaliser cost ten instructions more on every scored token. Only cache keys are made so.
#[inline(always)]
fn pair_part(second: u64) -> u64 {
    second.rotate_left(29).wrapping_mul(0xC2B2_AE3D_27D4_EB4F)
}

/// One feature per gazetteer class and position the token has, plus each class on its own.
fn push_marks(out: &mut Vec<u32>, template: u8, marks: Marks, extra: u64) {
    // The classes present, in ascending order (as a loop over all of them gives them).
    let mut rest = marks;
    while rest != 0 {
        let c = (rest.trailing_zeros() / 4) as usize;
        if c >= CLASSES.len() {
            break;
        }
        let bits = (rest >> (4 * c)) & 0xf;
        rest &= !(0xf << (4 * c));
        out.push(feat(template, c as u64, extra));
        let mut parts = bits;
        while parts != 0 {
            let part = parts.trailing_zeros() as usize;
            parts &= parts - 1;
            out.push(feat(template, (c * 4 + part + 16) as u64, extra));
        }
    }
}

/// Everything [`history_features`] reads, as one key.
pub fn history_key(t: &TokenInfo, prev: Tag, prev2: Tag) -> u64 {
    fmix(t.lower ^ pair_part(t.spelling.short_shape ^ spread((prev as u64) << 8 | prev2 as u64)))
}

/// The features that depend on the tags already chosen to the left.
pub fn history_features(t: &TokenInfo, prev: Tag, prev2: Tag) -> [u32; 4] {
    let p = prev as u64;
    [
        feat(PREV_TAG, p, 0),
        feat(PREV_TWO_TAGS, p, prev2 as u64),
        feat(PREV_TAG_LOWER, p, t.lower),
        feat(PREV_TAG_SHAPE, p, t.spelling.short_shape),
    ]
}

mod case;
mod context;
mod document;
mod shape;
#[cfg(any(test, not(target_arch = "wasm32")))]
mod split;
mod words;
pub use case::case_mode;
pub(crate) use case::{CaseBits, CaseCounts};
pub use context::{
    after_tags_key, centre_features, centre_key, context_features, intrinsic_left_key, side_key,
    Side,
};
// (The native tagger reads a side's features by their parts, [`split`]: the whole list is the
// WASM's and the tests'.)
#[cfg_attr(not(any(test, target_arch = "wasm32")), allow(unused_imports))]
pub use context::side_features;
pub use document::{
    neighbour_lower, neighbour_type_feature, own_consistency_features, own_consistency_key,
    token_consistency_features, DocContext,
};
#[cfg(test)]
use shape::shape_of_char;
use shape::shapes;
#[cfg(any(test, not(target_arch = "wasm32")))]
pub use split::{
    history_tag_features, history_tags_key, history_word_feature, intrinsic_class_features,
    intrinsic_class_key, intrinsic_word_features, side_neighbour_features, side_neighbour_key,
    side_pair_feature,
};
pub use words::InfoScratch;
#[cfg(test)]
pub(crate) use words::WORD_CACHE;

#[cfg(test)]
mod tests;
