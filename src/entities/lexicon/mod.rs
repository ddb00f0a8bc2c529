//! Gazetteers (place names, nationalities, first names) and word-frequency classes, loaded once
//! from the generated files and matched over lower-cased tokens by hashes of their joined text.
//! Native builds use the maps frozen by the build script ([`table`]); the WASM reads the texts.

use std::ops::Range;
use std::sync::OnceLock;

use super::features::hash_str;

mod fold;
mod load;
pub mod packed;
pub mod table;

pub use load::CLASSES;
#[cfg(test)]
use load::{is_plain_phrase, normalise_phrase, normalise_phrase_tokenized, text_lines};
use load::{maps, packed_maps, Maps, HEADS, STARTS_LONGER};
use table::Table;

pub const COUNTRY_CLASS: usize = 0;
pub const NORP_CLASS: usize = 3;

/// For one token: bit `4 * class + part` is set when a gazetteer phrase of that class covers the
/// token at that position (part 0 = first of several tokens, 1 = inside, 2 = last, 3 = the
/// whole phrase is this one token).
pub type Marks = u32;

/// Number of word-frequency classes; the last means "not among the frequent words".
pub const FREQ_CLASSES: u8 = 6;

pub struct Lexicon {
    /// Hash of a one-token phrase ([`hash_str`]) → the mask of classes that list it (low 8
    /// bits), and [`STARTS_LONGER`] when a phrase of several tokens starts with it.
    words: Table,
    /// Hash of a phrase of two or more tokens (lower-cased, joined by single spaces) → the
    /// mask of classes that list it, and [`STARTS_LONGER`] when a longer phrase starts with
    /// it: matching walks token by token from a start and stops at the first unknown prefix,
    /// so start-up builds no automaton and a lookup hashes only prefixes that exist.
    phrases: Table,
    /// Hash of the lower-cased word ([`hash_str`]) → frequency class.
    freq: Table,
}
static LEXICON: OnceLock<Lexicon> = OnceLock::new();

/// The shipped lexicon's maps frozen by the build script (native builds only).
#[cfg(not(target_arch = "wasm32"))]
static FROZEN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/lexicon.bin"));

/// The shipped gazetteers and word list as the build script packs them ([`packed`]).
const PACKED_GAZETTEERS: &str = include_str!(concat!(env!("OUT_DIR"), "/gazetteers.packed"));
const PACKED_WORDFREQ: &str = include_str!(concat!(env!("OUT_DIR"), "/wordfreq.packed"));

/// The shared lexicon, built on first use (natively: read in place from [`FROZEN`]).
pub fn get() -> &'static Lexicon {
    LEXICON.get_or_init(|| {
        #[cfg(not(target_arch = "wasm32"))]
        if let Some(lex) = Lexicon::frozen(FROZEN) {
            return lex;
        }
        with_heads(HEADS)
    })
}

/// The shipped gazetteers with another list of head words (the trainer learns its own).
pub fn with_heads(heads: &str) -> Lexicon {
    Lexicon::from_maps(packed_maps(PACKED_GAZETTEERS, &[heads], PACKED_WORDFREQ))
}

impl Lexicon {
    /// Whether this is the shared lexicon ([`get`]), which lives as long as the program: what
    /// is kept of its answers stays true (no other lexicon is ever at its address).
    pub fn is_shared(&self) -> bool {
        LEXICON
            .get()
            .is_some_and(|shared| std::ptr::eq(shared, self))
    }

    /// `gazetteers`: `CLASS<TAB>phrase` lines; `wordfreq`: words, most frequent first.
    pub fn new(gazetteers: &str, wordfreq: &str) -> Lexicon {
        Lexicon::from_parts(&[gazetteers], wordfreq)
    }

    /// Like [`Lexicon::new`], with the gazetteer lines split over several texts.
    pub fn from_parts(gazetteers: &[&str], wordfreq: &str) -> Lexicon {
        Lexicon::from_maps(maps(gazetteers, wordfreq))
    }

    fn from_maps(
        Maps {
            words,
            phrases,
            freq,
        }: Maps,
    ) -> Lexicon {
        Lexicon {
            words: Table::Built(words),
            phrases: Table::Built(phrases),
            freq: Table::Built(freq),
        }
    }

    /// The lexicon of a file written by [`table::freeze_all`], read in place; `None` if `bytes`
    /// is not one.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn frozen(bytes: &'static [u8]) -> Option<Lexicon> {
        let [words, phrases, freq] = table::thaw(bytes)?;
        Some(Lexicon {
            words,
            phrases,
            freq,
        })
    }

    /// The number of keys in each map (words, phrases, frequency classes).
    pub fn sizes(&self) -> [usize; 3] {
        [
            self.words.n_keys(),
            self.phrases.n_keys(),
            self.freq.n_keys(),
        ]
    }

    /// The frequency class of a lower-cased word: 0 for the ~100 most frequent words, rising to
    /// `FREQ_CLASSES - 1` for words not in the list.
    pub fn freq_class(&self, lower: &str) -> u8 {
        self.freq_class_of_hash(hash_str(lower))
    }

    /// [`Lexicon::freq_class`] of a word already hashed with [`hash_str`].
    pub fn freq_class_of_hash(&self, lower_hash: u64) -> u8 {
        self.freq
            .get(lower_hash)
            .map_or(FREQ_CLASSES - 1, |class| class as u8)
    }

    /// Gazetteer marks for each of `lowers` (one sentence's lower-cased tokens).
    pub fn marks<S: AsRef<str>>(&self, lowers: &[S]) -> Vec<Marks> {
        self.marks_of_lowered(&Lowered::from_lowers(lowers))
    }

    /// [`Lexicon::marks`] of `words` lower-cased (as [`lower_into`] does), in one buffer.
    pub fn marks_of_words<S: AsRef<str>>(&self, words: &[S]) -> Vec<Marks> {
        self.marks_of_lowered(&Lowered::new(words))
    }

    fn marks_of_lowered(&self, lowered: &Lowered) -> Vec<Marks> {
        let hashes: Vec<u64> = (0..lowered.len())
            .map(|i| hash_str(lowered.get(i)))
            .collect();
        let mut marks = vec![0; lowered.len()];
        self.mark_lowered_run(lowered, &hashes, 0..lowered.len(), &mut marks);
        marks
    }

    /// [`Lexicon::marks_of_words`] in `buf`'s lists, reused call after call (the repairs ask
    /// for the marks of a name now and then: no allocation each time).
    pub fn marks_of_words_with<'b, S: AsRef<str>>(
        &self,
        words: &[S],
        buf: &'b mut MarksBuf,
    ) -> &'b [Marks] {
        let MarksBuf {
            lowered,
            hashes,
            marks,
        } = buf;
        lowered.fill(words);
        hashes.clear();
        hashes.extend((0..lowered.len()).map(|i| hash_str(lowered.get(i))));
        marks.clear();
        marks.resize(lowered.len(), 0);
        self.mark_lowered_run(lowered, hashes, 0..lowered.len(), marks);
        marks
    }

    /// The marks of `lower`, a lower-cased token, on its own: [`Lexicon::marks`] of `[lower]`.
    pub fn unit_marks_of(&self, lower: &str) -> Marks {
        unit_marks(self.unit_folding(lower, hash_str(lower), &mut String::new()))
    }

    /// Like [`Lexicon::marks`], but only looks at runs of tokens that could be names
    /// (`name_like[i]`: a capital letter or digit), and lower-case words between two of them
    /// ("Isle of Man"). Much less text to scan in normally cased prose; the same result on
    /// ALL-CAPS text. `hashes[i]` is [`hash_str`] of token `i` of `lowered`.
    pub fn marks_in_names(
        &self,
        name_like: &[bool],
        lowered: &Lowered,
        hashes: &[u64],
        marks: &mut Vec<Marks>,
    ) {
        let n = lowered.len();
        marks.clear();
        marks.resize(n, 0);
        for run in name_runs(name_like, n) {
            self.mark_lowered_run(lowered, hashes, run, marks);
        }
    }

    /// The value of a one-token phrase: the classes that list it (low 8 bits) and whether a
    /// longer phrase starts with it; 0 when it is in no list. `lower_hash` is [`hash_str`] of
    /// the lower-cased word.
    pub fn unit(&self, lower_hash: u64) -> u16 {
        self.words.get(lower_hash).unwrap_or(0)
    }

    /// [`Lexicon::unit`] of `lower` (whose hash is `lower_hash`), with, when no list holds it
    /// as one word and it has Latin diacritics, the lists that hold its folded form ("tomás" as
    /// "tomas": the given-name lists are mostly written without accents; "josé" starts a
    /// listed place's name, "José C. Paz", and is a given name as "jose"). `buf` is scratch space.
    pub fn unit_folding(&self, lower: &str, lower_hash: u64, buf: &mut String) -> u16 {
        let unit = self.unit(lower_hash);
        if unit & !STARTS_LONGER == 0 && fold::fold_latin(lower, buf) {
            // Only the folded word's lists: a phrase is matched as written.
            unit | (self.unit(hash_str(buf)) & !STARTS_LONGER)
        } else {
            unit
        }
    }

    /// [`Lexicon::marks_in_names`] from each token's [`Lexicon::unit`] (`units`) and the
    /// words themselves: a phrase's text is lower-cased only from a token that starts one,
    /// so the sentence is never lower-cased as a whole.
    pub fn marks_in_names_of<S: AsRef<str>>(
        &self,
        name_like: &[bool],
        units: &[u16],
        words: &[S],
        phrase: &mut String,
        marks: &mut Vec<Marks>,
    ) {
        let n = units.len().min(words.len());
        let word = |i: usize| words.get(i).map_or("", |w| w.as_ref());
        let units = units.get(..n).unwrap_or(&[]);
        self.marks_in_names_by(name_like, units, word, phrase, marks);
    }

    /// [`Lexicon::marks_in_names_of`] of as many words as `units` holds, word `i` given by
    /// `word(i)` (read only where a listed phrase may start).
    pub fn marks_in_names_by<'w>(
        &self,
        name_like: &[bool],
        units: &[u16],
        word: impl Fn(usize) -> &'w str,
        phrase: &mut String,
        marks: &mut Vec<Marks>,
    ) {
        let unit = |i: usize| units.get(i).copied().unwrap_or(0);
        // The lower-cased text of tokens `first..=last`, grown one token at a time.
        let mut built = (usize::MAX, usize::MAX);
        let mut phrase_hash = |first: usize, last: usize| -> Option<u64> {
            if built != (first, last.wrapping_sub(1)) {
                phrase.clear();
                lower_into(word(first), phrase);
                for i in first + 1..last {
                    phrase.push(' ');
                    lower_into(word(i), phrase);
                }
            }
            phrase.push(' ');
            lower_into(word(last), phrase);
            built = (first, last);
            Some(hash_str(phrase))
        };
        let n = units.len();
        marks.clear();
        marks.resize(n, 0);
        for run in name_runs(name_like, n) {
            self.mark_run(run, marks, unit, &mut phrase_hash);
        }
    }

    /// Marks the tokens `run`: one-token phrases by their [`Lexicon::unit`] value (`unit(i)`),
    /// longer ones by `phrase_hash(first, last)`, the hash of tokens `first..=last` lower-cased
    /// and joined by single spaces, looked up from each token that starts a listed phrase, one
    /// token longer at a time while the text so far starts one.
    fn mark_run(
        &self,
        run: Range<usize>,
        marks: &mut [Marks],
        unit: impl Fn(usize) -> u16,
        mut phrase_hash: impl FnMut(usize, usize) -> Option<u64>,
    ) {
        for i in run.clone() {
            let classes = unit(i);
            let Some(mark) = marks.get_mut(i) else {
                continue;
            };
            *mark |= unit_marks(classes);
            if classes & STARTS_LONGER == 0 {
                continue;
            }
            for last in i + 1..run.end {
                let Some(h) = phrase_hash(i, last) else {
                    break;
                };
                let Some(classes) = self.phrases.get(h) else {
                    break;
                };
                mark_phrase(marks, i, last, classes);
                if classes & STARTS_LONGER == 0 {
                    break;
                }
            }
        }
    }

    /// [`Lexicon::mark_run`] over `lowered`, whose tokens' hashes are `hashes`; a phrase's text
    /// is a slice of `lowered.text` (no copy).
    fn mark_lowered_run(
        &self,
        lowered: &Lowered,
        hashes: &[u64],
        run: Range<usize>,
        marks: &mut [Marks],
    ) {
        // (As the per-word cache reads it: a word no list holds is looked up folded too; the
        // scratch string is only written for such a word with diacritics.)
        let unit = |i: usize| {
            hashes.get(i).map_or(0, |&h| {
                self.unit_folding(lowered.get(i), h, &mut String::new())
            })
        };
        let phrase_hash = |first: usize, last: usize| {
            let start = lowered.spans.get(first)?.start;
            let end = lowered.spans.get(last)?.end;
            lowered.text.get(start..end).map(hash_str)
        };
        self.mark_run(run, marks, unit, phrase_hash);
    }
}

/// The runs of tokens that could be names (`name_like[i]`: a capital letter or digit), with the
/// lower-case words between two of them ("Isle of Man").
fn name_runs(name_like: &[bool], n: usize) -> impl Iterator<Item = Range<usize>> + '_ {
    let like = |i: usize| name_like.get(i).copied().unwrap_or(false);
    let eligible = move |i: usize| like(i) || (i > 0 && like(i - 1) && like(i + 1));
    let end = n.min(name_like.len());
    let mut i = 0;
    std::iter::from_fn(move || {
        // The next run starts at the next name-like token: `i` is the first token or the one
        // after a run (not eligible), and a token that is not name-like is eligible only right
        // after a name-like one. (A plain search: ~18 instructions a token fewer than testing
        // each token's eligibility.)
        i = name_like
            .get(i..end)
            .and_then(first_true)
            .map_or(n, |k| i + k);
        if i >= n {
            return None;
        }
        let start = i;
        while i < n && eligible(i) {
            i += 1;
        }
        Some(start..i)
    })
}

/// The first `true` of `bools`, eight tested at a time (a `bool` is the byte 0 or 1: eight of
/// them read as one number are zero exactly when all are false); most tokens of news are not
/// name-like, and a test a token cost ~5 instructions.
fn first_true(bools: &[bool]) -> Option<usize> {
    let mut chunks = bools.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let eight = chunk
            .first_chunk::<8>()
            .map_or(0, |c| u64::from_le_bytes(c.map(u8::from)));
        if eight != 0 {
            return Some(at + (eight.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    chunks.remainder().iter().position(|&b| b).map(|k| at + k)
}

/// The marks of a one-token phrase listed in `classes` (the low 8 bits count).
pub(crate) fn unit_marks(classes: u16) -> Marks {
    UNIT_MARKS[(classes & 0xff) as usize]
}

/// [`unit_marks`] of every class mask: bit `4 * c + 3` for each class `c` in the mask.
const UNIT_MARKS: [Marks; 256] = {
    let mut table = [0; 256];
    let mut mask = 0;
    while mask < 256 {
        let mut c = 0;
        while c < CLASSES.len() {
            if mask & (1 << c) != 0 {
                table[mask] |= 1 << (4 * c + 3);
            }
            c += 1;
        }
        mask += 1;
    }
    table
};

/// Marks tokens `first..=last` (two or more) as a phrase listed in `classes`.
fn mark_phrase(marks: &mut [Marks], first: usize, last: usize, classes: u16) {
    for c in 0..CLASSES.len() {
        if classes & (1 << c) == 0 {
            continue;
        }
        for t in first..=last {
            let part = if t == first {
                0
            } else if t == last {
                2
            } else {
                1
            };
            if let Some(mark) = marks.get_mut(t) {
                *mark |= 1 << (4 * c + part);
            }
        }
    }
}

/// One sentence's lower-cased tokens joined by single spaces (the form gazetteer phrases are
/// matched in), with each token's byte span in that text. One buffer per sentence instead of a
/// The lists [`Lexicon::marks_of_words_with`] fills.
#[derive(Debug, Default)]
pub struct MarksBuf {
    lowered: Lowered,
    hashes: Vec<u64>,
    marks: Vec<Marks>,
}

/// `String` per token.
#[derive(Debug, Default, Clone)]
pub struct Lowered {
    pub text: String,
    pub spans: Vec<Range<usize>>,
}

impl Lowered {
    /// Lower-cases `words` (as [`lower_into`]) into one buffer.
    pub fn new<S: AsRef<str>>(words: &[S]) -> Lowered {
        let mut out = Lowered::default();
        out.fill(words);
        out
    }

    /// Like [`Lowered::new`], reusing this buffer.
    pub fn fill<S: AsRef<str>>(&mut self, words: &[S]) {
        self.text.clear();
        self.spans.clear();
        for w in words {
            if !self.spans.is_empty() {
                self.text.push(' ');
            }
            let start = self.text.len();
            lower_into(w.as_ref(), &mut self.text);
            self.spans.push(start..self.text.len());
        }
    }

    /// Words already lower-cased.
    fn from_lowers<S: AsRef<str>>(lowers: &[S]) -> Lowered {
        let mut out = Lowered::default();
        for w in lowers {
            if !out.spans.is_empty() {
                out.text.push(' ');
            }
            let start = out.text.len();
            out.text.push_str(w.as_ref());
            out.spans.push(start..out.text.len());
        }
        out
    }

    pub fn len(&self) -> usize {
        self.spans.len()
    }

    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// Token `i`, lower-cased ("" out of range).
    pub fn get(&self, i: usize) -> &str {
        self.spans
            .get(i)
            .and_then(|s| self.text.get(s.clone()))
            .unwrap_or("")
    }
}

/// Appends `word` lower-cased to `out`: unchanged when it has no ASCII capital (the model was
/// trained so), ASCII-lowered without allocating when it is all ASCII, else Unicode-lowered.
pub fn lower_into(word: &str, out: &mut String) {
    if !word.bytes().any(|b| b.is_ascii_uppercase()) {
        out.push_str(word);
    } else if word.is_ascii() {
        // Copied whole, then lowered in place (a `char` pushed at a time cost ~15 instructions a
        // byte: each push checks its length in UTF-8 and the room left).
        let start = out.len();
        out.push_str(word);
        if let Some(added) = out.get_mut(start..) {
            added.make_ascii_lowercase();
        }
    } else {
        out.push_str(&word.to_lowercase());
    }
}

#[cfg(test)]
mod tests;
