//! The fast path's per-word cache: what the tagger derives from a word's text alone (its
//! spelling, lower-case form, frequency class, gazetteer entry, case), kept per distinct word
//! so that each token costs one hash of its text and one lookup.

use super::*;
use crate::entities::rules::classes::LowerFacts;

/// What one distinct word gives every token that spells it.
#[derive(Debug, Clone, Copy)]
pub(super) struct WordEntry {
    pub(super) info: WordInfo,
    /// [`hash_str`] of the lower-cased word.
    pub(super) lower: u64,
    pub(super) freq: u8,
    /// The word as a one-token gazetteer phrase ([`Lexicon::unit`]).
    pub(super) unit: u16,
    pub(super) pronoun: bool,
    /// The word is its own lower-case form.
    pub(super) is_lower: bool,
    /// What the word adds to the sentence's [`CaseCounts`] ([`CaseBits::counted`]).
    pub(super) case: u128,
    /// Already added to the document's sets (bit 0: lower-case seen, bit 1: capitalised seen),
    /// so a repeated word skips the set.
    pub(super) in_doc: u8,
}

/// Reusable buffers for [`sentence_infos_with`], and the [`WordEntry`] of each distinct word so
/// far (keyed by the word's [`hash_str`]; emptied before a sentence that could take it past
/// [`WORD_CACHE`] words, so text of endless distinct tokens cannot grow it; what it holds never
/// changes a result).
#[derive(Default)]
pub struct InfoScratch {
    /// The sentence's tokens' entries, as indices into `words`.
    pub(super) entries: Vec<u32>,
    pub(super) words: Vec<WordEntry>,
    pub(super) name_like: Vec<bool>,
    pub(super) units: Vec<u16>,
    pub(super) marks: Vec<Marks>,
    /// The sentence's tokens that may add their word to the document's sets (a word's first
    /// tokens: the others find its bits set), noted by the scan so that only they are read again.
    to_doc: Vec<u32>,
    /// A gazetteer phrase being lower-cased.
    pub(super) phrase: String,
    lower: String,
    cache: HashMap<u64, u32, HashBuild>,
    /// The last word seen at each of [`FRONT`] slots (by the top bits of its unmixed hash,
    /// [`hash_unmixed`], which is kept) and its entry, looked at before `cache`: most tokens are
    /// words seen a few tokens before.
    front: Vec<(u64, u32)>,
    /// How many times the cache was emptied (an index of entries taken before is then stale).
    clears: u32,
}

/// Slots of [`InfoScratch::front`] (16 bytes each).
const FRONT: usize = 1 << 12;

/// A [`InfoScratch::front`] slot that holds no word.
const NO_ENTRY: u32 = u32::MAX;

/// Distinct words [`InfoScratch`] keeps (~100 bytes each).
pub(crate) const WORD_CACHE: usize = 1 << 16;

impl InfoScratch {
    /// Fills `self.entries` with the entry of each of `words`, and `self.name_like` and
    /// `self.units` with what [`InfoScratch::marks_of_entries`] reads of them (in the same loop).
    pub(super) fn entries<S: AsRef<str>>(&mut self, lex: &Lexicon, words: &[S]) {
        let word = |i: usize| words.get(i).map_or("", |w| w.as_ref());
        self.entries_by(
            lex,
            words.len(),
            words.iter().map(|w| w.as_ref().as_bytes()),
            word,
        );
    }

    /// [`InfoScratch::entries`] of `n` words given by their bytes (`bytes`, in order) and, for a
    /// word not seen before, its text (`word(i)`), so a caller holding only the token spans
    /// builds no list of words. Returns the sentence's case counts.
    fn entries_by<'w>(
        &mut self,
        lex: &Lexicon,
        n: usize,
        bytes: impl Iterator<Item = &'w [u8]>,
        word: impl Fn(usize) -> &'w str,
    ) -> CaseCounts {
        self.entries.clear();
        self.name_like.clear();
        self.units.clear();
        self.to_doc.clear();
        if self.words.len() + n > WORD_CACHE {
            self.cache.clear();
            self.words.clear();
            self.front.clear();
            self.clears = self.clears.wrapping_add(1);
        }
        // Made once the text has shown a few hundred words (a short text does without it).
        if self.front.is_empty() && self.words.len() >= FRONT / 16 {
            self.front.resize(FRONT, (0, NO_ENTRY));
            // Room for the distinct words of an article of ~300 KB at once (its list grown by
            // doubling copied ~200 KB of entries, ~0.6 instructions a byte of news).
            self.words
                .reserve_exact((FRONT / 2).saturating_sub(self.words.len()));
        }
        let mut counts = CaseCounts::default();
        // The three lists sized at once and written in place (a `push` per list and token
        // checked its room every time); cut back to the words given.
        self.entries.resize(n, 0);
        self.name_like.resize(n, false);
        self.units.resize(n, 0);
        let mut given = 0;
        let slots = self
            .entries
            .iter_mut()
            .zip(self.name_like.iter_mut().zip(self.units.iter_mut()));
        let (front, cache, words, lower, to_doc) = (
            &mut self.front,
            &mut self.cache,
            &mut self.words,
            &mut self.lower,
            &mut self.to_doc,
        );
        // (`for_each`, not a `for` loop: a chain of blocks' spans is walked block by block.)
        bytes
            .zip(slots)
            .enumerate()
            .for_each(|(i, (b, (entry, (like, unit))))| {
                // The front slots by the top bits of the unmixed hash; the map (whose buckets come
                // from the low bits) by the word's hash.
                let key = hash_unmixed(b);
                let slot = (key >> 52) as usize % FRONT;
                let at = match front.get(slot) {
                    Some(&(k, at)) if k == key && at != NO_ENTRY => at,
                    _ => {
                        let hash = fmix(key);
                        let at = match cache.get(&hash) {
                            Some(&at) => at,
                            None => {
                                let at = words.len() as u32;
                                words.push(WordEntry::new(lex, word(i), hash, lower));
                                cache.insert(hash, at);
                                at
                            }
                        };
                        if let Some(f) = front.get_mut(slot) {
                            *f = (key, at);
                        }
                        at
                    }
                };
                *entry = at;
                // (Every entry is in the table: it was found there or just added.)
                if let Some(e) = words.get(at as usize) {
                    *like = e.info.name_like;
                    *unit = e.unit;
                    counts.add_counted(e.case);
                    // What `add_to_doc_by` would add for this token, but for the sentence's
                    // case mode, not known yet (its bits are only ever set, so a token not
                    // noted here would add nothing then).
                    if (e.is_lower && e.in_doc & 1 == 0)
                        || (i > 0 && e.info.capitalised && e.in_doc & 2 == 0)
                    {
                        to_doc.push(i as u32);
                    }
                }
                given = i + 1;
            });
        self.entries.truncate(given);
        self.name_like.truncate(given);
        self.units.truncate(given);
        counts
    }

    /// The entries of the last sentence seen ([`InfoScratch::add_to_doc`]): indices that
    /// [`sentence_infos_from`] takes back, valid while [`InfoScratch::clears`] stays the same.
    pub fn sentence_entries(&self) -> &[u32] {
        &self.entries
    }

    /// Appends the entries of the last sentence seen ([`InfoScratch::sentence_entries`]) to
    /// `index` as `u16`s, when every entry fits in one (the cache then holds at most
    /// `u16::MAX + 1` words, and the entries are below that); else appends nothing and returns
    /// false. (A cast a token, where a checked conversion a token cost ~7 instructions.)
    pub fn append_entries_u16(&self, index: &mut Vec<u16>) -> bool {
        if self.words.len() > usize::from(u16::MAX) + 1 {
            return false;
        }
        index.extend(self.entries.iter().map(|&e| e as u16));
        true
    }

    /// [`hash_str`] of the word of each entry (as [`InfoScratch::sentence_entries`] gives them).
    pub fn word_hashes(&self) -> impl Iterator<Item = u64> + '_ {
        self.words.iter().map(|e| e.info.word)
    }

    /// What the lexicon gives the lower-case form of each entry's word (as
    /// [`InfoScratch::sentence_entries`] gives them), looked up once when the entry was made.
    pub fn lower_facts(&self) -> impl Iterator<Item = LowerFacts> + '_ {
        self.words.iter().map(|e| LowerFacts {
            hash: e.lower,
            unit: e.unit,
            freq: e.freq,
        })
    }

    /// How many distinct words the per-word cache holds (its entries are `0..n_words()`).
    pub fn n_words(&self) -> usize {
        self.words.len()
    }

    /// How many times the per-word cache has been emptied so far.
    pub fn clears(&self) -> u32 {
        self.clears
    }

    /// The gazetteer marks of the last sentence seen ([`InfoScratch::add_to_doc`]).
    pub fn sentence_marks(&self) -> &[Marks] {
        &self.marks
    }

    /// Fills `self.marks` with the gazetteer marks of `words`, whose entries are
    /// `self.entries` (one per word; after [`InfoScratch::entries`], which also fills the lists
    /// read here).
    pub(super) fn marks_of_entries<S: AsRef<str>>(&mut self, lex: &Lexicon, words: &[S]) {
        let InfoScratch {
            name_like,
            units,
            phrase,
            marks,
            ..
        } = self;
        let n = units.len().min(words.len());
        let word = |i: usize| words.get(i).map_or("", |w| w.as_ref());
        lex.marks_in_names_by(
            name_like,
            units.get(..n).unwrap_or(&[]),
            word,
            phrase,
            marks,
        );
    }

    /// The sentence's case mode, and its words added to `doc`'s evidence as
    /// [`DocContext::new`] adds a sentence's (a word already added is skipped).
    pub fn add_to_doc<S: AsRef<str>>(
        &mut self,
        lex: &Lexicon,
        words: &[S],
        doc: &mut DocContext,
    ) -> CaseMode {
        let word = |i: usize| words.get(i).map_or("", |w| w.as_ref());
        let bytes = words.iter().map(|w| w.as_ref().as_bytes());
        self.add_to_doc_by(lex, words.len(), bytes, word, doc)
    }

    /// [`InfoScratch::add_to_doc`] of sentence `k` of `tokens`, read from `text` through the
    /// token spans: no list of the sentence's words is built.
    pub fn add_sentence_to_doc(
        &mut self,
        lex: &Lexicon,
        text: &str,
        tokens: &crate::entities::tokenizer::Tokens,
        k: usize,
        doc: &mut DocContext,
    ) -> CaseMode {
        let range = tokens.sentence(k);
        let first = range.start;
        let bytes = tokens.sentence_bytes(k, text.as_bytes());
        let word = |i: usize| text.get(tokens.span(first + i)).unwrap_or("");
        self.add_to_doc_by(lex, range.len(), bytes, word, doc)
    }

    /// [`InfoScratch::add_to_doc`] of `n` words given as [`InfoScratch::entries_by`] takes them.
    fn add_to_doc_by<'w>(
        &mut self,
        lex: &Lexicon,
        n: usize,
        bytes: impl Iterator<Item = &'w [u8]>,
        word: impl Fn(usize) -> &'w str + Copy,
        doc: &mut DocContext,
    ) -> CaseMode {
        let counts = self.entries_by(lex, n, bytes, word);
        let InfoScratch {
            name_like,
            units,
            phrase,
            marks,
            ..
        } = self;
        lex.marks_in_names_by(name_like, units, word, phrase, marks);
        let mode = counts.mode();
        for &i in &self.to_doc {
            let i = i as usize;
            let Some(e) = self
                .entries
                .get(i)
                .and_then(|&at| self.words.get_mut(at as usize))
            else {
                continue;
            };
            if e.is_lower && e.in_doc & 1 == 0 {
                doc.lower_seen.insert(e.lower);
                e.in_doc |= 1;
            }
            if i > 0 && e.info.capitalised && mode == CaseMode::Normal && e.in_doc & 2 == 0 {
                doc.capitalised_seen.insert(e.lower);
                e.in_doc |= 2;
            }
        }
        mode
    }
}

impl WordEntry {
    /// `key` is [`hash_str`] of `word`; `lower` a buffer.
    fn new(lex: &Lexicon, word: &str, key: u64, lower: &mut String) -> WordEntry {
        // Whether the word is ASCII and has an ASCII capital, told once for the tests below
        // (each told them again: ~90 instructions a distinct word, entspeed42).
        let ascii = word.is_ascii();
        let upper = word.bytes().any(|b| b.is_ascii_uppercase());
        lower.clear();
        // [`lower_into`] with its two tests known (the WASM calls it: one body in the download).
        if cfg!(target_arch = "wasm32") {
            lower_into(word, lower);
        } else if !upper {
            lower.push_str(word);
        } else if ascii {
            lower.push_str(word);
            lower.make_ascii_lowercase();
        } else {
            lower.push_str(&word.to_lowercase());
        }
        debug_assert_eq!(*lower, super::lower(word));
        let lower_hash = hash_str(lower);
        // (The WASM keeps one body of each: the known tests inlined in a second copy cost
        // ~1.3 KB gzipped of download.)
        let info = if cfg!(target_arch = "wasm32") {
            WordInfo::new(word, lower, lower_hash)
        } else {
            WordInfo::new_known(word, lower, lower_hash, ascii)
        };
        debug_assert_eq!(info.word, key);
        WordEntry {
            info,
            lower: lower_hash,
            freq: lex.freq_class_of_hash(lower_hash),
            unit: lex.unit_folding(lower, lower_hash, &mut String::new()),
            pronoun: is_personal_pronoun(lower),
            // `lower_into` leaves a word without an ASCII capital as it is, and lowers a word
            // with one (no lowering gives an ASCII capital back): no comparison of the two.
            is_lower: !upper,
            case: if cfg!(target_arch = "wasm32") {
                CaseBits::of(word).counted()
            } else {
                CaseBits::of_known(word, ascii).counted()
            },
            in_doc: 0,
        }
    }
}
