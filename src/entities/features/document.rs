//! Document-wide evidence ([`DocContext`]) and the consistency features it gives each token,
//! once a first pass has tagged the document.

use super::*;

/// Document-wide evidence about words, gathered before tagging (and after a first pass).
#[derive(Debug, Default)]
pub struct DocContext {
    /// Lower-case forms seen written in lower case somewhere (a sign they are common words).
    pub(super) lower_seen: HashSet<u64, HashBuild>,
    /// Lower-case forms seen capitalised somewhere other than the start of a sentence, in
    /// normally cased text (a sign they are names).
    pub(super) capitalised_seen: HashSet<u64, HashBuild>,
    /// First-pass types given to each lower-case form across the document.
    types: HashMap<u64, [u16; TYPES.len()], HashBuild>,
    /// A bit per slot of the lower-case forms' hashes (their top bits) of `types`: most
    /// neighbours of a scored token were never tagged, and their look-up stops here.
    typed: Vec<u64>,
}

/// Bits of [`DocContext::typed`] (8 KB).
const TYPED_BITS: u32 = 16;

/// The word and the bit of [`DocContext::typed`] for a lower-case form's hash.
fn typed_bit(lower: u64) -> (usize, u64) {
    let slot = lower >> (64 - TYPED_BITS);
    ((slot >> 6) as usize, 1 << (slot & 63))
}

impl DocContext {
    pub fn new(sentences: &[(Vec<TokenInfo>, CaseMode)]) -> DocContext {
        let mut doc = DocContext::default();
        for (infos, mode) in sentences {
            for (i, t) in infos.iter().enumerate() {
                if t.spelling.word == t.lower {
                    doc.lower_seen.insert(t.lower);
                }
                if i > 0 && t.spelling.capitalised && *mode == CaseMode::Normal {
                    doc.capitalised_seen.insert(t.lower);
                }
            }
        }
        doc
    }

    /// Adds one chunk's first-pass tags to the types (as [`DocContext::set_first_pass`] does for
    /// the whole document; the counts do not depend on the order chunks come in).
    pub fn add_first_pass<'a>(
        &mut self,
        sentences: impl IntoIterator<Item = &'a [TokenInfo]>,
        tags: &[Vec<Tag>],
    ) {
        for (infos, tags) in sentences.into_iter().zip(tags) {
            // Only the tokens typed count: the next tag that is not O found eight tags at a
            // time (most are O; a walk over every token and its info cost ~14 instructions a
            // token of news).
            let tags = tags.get(..infos.len()).unwrap_or(tags);
            let mut i = 0;
            while let Some(at) = tags.get(i..).and_then(tags::first_not_o) {
                i += at;
                if let (Some(t), Some(k)) = (infos.get(i), tags.get(i).and_then(|&g| tags::kind(g)))
                {
                    if self.typed.is_empty() {
                        self.typed = vec![0; 1 << (TYPED_BITS - 6)];
                    }
                    let (word, bit) = typed_bit(t.lower);
                    if let Some(w) = self.typed.get_mut(word) {
                        *w |= bit;
                    }
                    if let Some(c) = self.types.entry(t.lower).or_default().get_mut(k) {
                        *c = c.saturating_add(1);
                    }
                }
                i += 1;
            }
        }
    }

    /// Whether the first pass's types are in (some name was found).
    pub fn has_first_pass(&self) -> bool {
        !self.types.is_empty()
    }

    /// Whether the first pass may have given a lower-case form a type (false: it gave none, so
    /// the form has no [`own_consistency_features`]); one bit test.
    pub fn may_be_typed(&self, lower: u64) -> bool {
        let (word, bit) = typed_bit(lower);
        self.typed.get(word).is_some_and(|&w| w & bit != 0)
    }

    /// The type the first pass gave a lower-case form most often, if any.
    pub fn majority(&self, lower: u64) -> Option<usize> {
        if !self.may_be_typed(lower) {
            return None;
        }
        let counts = self.types.get(&lower)?;
        majority_of(counts)
    }

    /// Records the first pass's tags, for the second pass's consistency features.
    pub fn set_first_pass(&mut self, sentences: &[(Vec<TokenInfo>, CaseMode)], tags: &[Vec<Tag>]) {
        self.types.clear();
        self.typed.clear();
        self.add_first_pass(sentences.iter().map(|(infos, _)| infos.as_slice()), tags);
    }
}

/// The type counted most often in `counts`, the last of those counted as often (as
/// `max_by_key` picks), if any was counted: each count with its type in its low bits, and the
/// largest of them, with no branch a type (a `max_by_key` over the pairs cost ~30 instructions a
/// call, two calls a token scored in the second pass).
#[inline(always)]
fn majority_of(counts: &[u16; TYPES.len()]) -> Option<usize> {
    let best = counts
        .iter()
        .enumerate()
        .map(|(k, &c)| u32::from(c) << 8 | k as u32)
        .fold(0, u32::max);
    (best >> 8 > 0).then_some((best & 0xff) as usize)
}

/// Appends the document-consistency features of token `i` to `out` (none before a first pass):
/// the first-pass types of its neighbours' words ([`neighbour_type_feature`]) and of its own
/// ([`own_consistency_features`]).
pub fn token_consistency_features(
    infos: &[TokenInfo],
    i: usize,
    mode: CaseMode,
    doc: &DocContext,
    out: &mut Vec<u32>,
) {
    let Some(t) = infos.get(i) else {
        return;
    };
    if !doc.has_first_pass() {
        return;
    }
    for (k, j) in [i.checked_sub(1), i.checked_add(1)].into_iter().enumerate() {
        if let Some(best) = doc.majority(neighbour_lower(infos, j)) {
            out.push(neighbour_type_feature(k, best));
        }
    }
    own_consistency_features(t, i == 0 || mode != CaseMode::Normal, doc, out);
}

/// The lower-case form of token `j` ([`BOUNDARY`] past either end).
pub fn neighbour_lower(infos: &[TokenInfo], j: Option<usize>) -> u64 {
    j.and_then(|j| infos.get(j))
        .map_or(BOUNDARY, |info| info.lower)
}

/// The feature of a neighbour (`side` 0 left, 1 right) whose word the first pass gave type `best`
/// most often.
pub fn neighbour_type_feature(side: usize, best: usize) -> u32 {
    feat(DOC_TYPE_AT + side as u8, best as u64, 0)
}

/// The consistency features of a token's own word: the types the first pass gave it, the
/// majority and its share, the majority with the token's shape. `first`: the token opens the
/// sentence or the sentence is not normally cased.
pub fn own_consistency_features(t: &TokenInfo, first: bool, doc: &DocContext, out: &mut Vec<u32>) {
    let first = first as u64;
    if let Some(counts) = doc.types.get(&t.lower) {
        let total: u32 = counts.iter().map(|&c| c as u32).sum();
        let mut best = (0, 0u16);
        for (k, &c) in counts.iter().enumerate() {
            if c > 0 {
                out.push(feat(DOC_TYPE, k as u64, 0));
            }
            if c > best.1 {
                best = (k, c);
            }
        }
        if let Some(share) = (best.1 as u32 * 4).checked_div(total) {
            let share = share as u64;
            out.push(feat(DOC_MAJORITY, best.0 as u64, share));
            out.push(feat(
                DOC_MAJORITY_SHAPE,
                best.0 as u64,
                t.spelling.short_shape ^ first,
            ));
        }
    }
}

/// Everything [`own_consistency_features`] reads but the document, as one key.
pub fn own_consistency_key(t: &TokenInfo, first: bool) -> u64 {
    fmix(t.lower ^ pair_part(t.spelling.short_shape ^ spread(first as u64 + 1)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`majority_of`] is `max_by_key`'s pick (the last of the most counted types) for every
    /// array of counts from 0 to 3, ties of every kind among them, and counts near `u16::MAX`.
    #[test]
    fn packed_majority_is_the_last_most_counted_type() {
        let plain = |counts: &[u16; TYPES.len()]| {
            let (k, &c) = counts.iter().enumerate().max_by_key(|(_, &c)| c)?;
            (c > 0).then_some(k)
        };
        let n = TYPES.len() as u32;
        for code in 0..4u32.pow(n) {
            let mut counts = [0u16; TYPES.len()];
            for (k, c) in counts.iter_mut().enumerate() {
                *c = (code / 4u32.pow(k as u32) % 4) as u16;
            }
            assert_eq!(majority_of(&counts), plain(&counts), "{counts:?}");
            let big = counts.map(|c| if c == 0 { 0 } else { u16::MAX - 3 + c });
            assert_eq!(majority_of(&big), plain(&big), "{big:?}");
        }
    }

    /// [`DocContext::add_first_pass`] counts what a walk over every token and its tag counts:
    /// random sentences of a few words with tags mostly O (runs longer than eight, tags at
    /// every place of an eight), lists of tags longer and shorter than the sentence, and a
    /// sentence with no tags.
    #[test]
    fn first_pass_types_skip_the_o_tags_as_the_plain_walk_counts() {
        use crate::entities::tags::O;
        let words = ["Ab", "ab", "Cd", "Ef", "gh"];
        let mut rng = crate::test_rng::XorShift::new(0x2127_599B_F432_5C37);
        let mut next = move || rng.next_u64();
        let mut typed = 0;
        for round in 0..400 {
            let sentences: Vec<Vec<TokenInfo>> = (0..next() % 6)
                .map(|_| {
                    (0..next() % 30)
                        .map(|_| {
                            let w = words[(next() % words.len() as u64) as usize];
                            let lower = w.to_lowercase();
                            TokenInfo::new(w, &lower, hash_str(&lower), 1, 0)
                        })
                        .collect()
                })
                .collect();
            let density = next() % 10;
            let tags: Vec<Vec<Tag>> = sentences
                .iter()
                .map(|infos| {
                    let n = match next() % 8 {
                        0 => infos.len() + 3,
                        1 => infos.len().saturating_sub(2),
                        _ => infos.len(),
                    };
                    (0..n)
                        .map(|_| {
                            if next() % 40 < density {
                                (1 + next() % (4 * TYPES.len() as u64)) as Tag
                            } else {
                                O
                            }
                        })
                        .collect()
                })
                .collect();
            let mut fast = DocContext::default();
            fast.add_first_pass(sentences.iter().map(Vec::as_slice), &tags);
            let mut plain = DocContext::default();
            for (infos, tags) in sentences.iter().zip(&tags) {
                for (t, &tag) in infos.iter().zip(tags) {
                    if let Some(k) = tags::kind(tag) {
                        if plain.typed.is_empty() {
                            plain.typed = vec![0; 1 << (TYPED_BITS - 6)];
                        }
                        let (word, bit) = typed_bit(t.lower);
                        plain.typed[word] |= bit;
                        plain.types.entry(t.lower).or_default()[k] += 1;
                        typed += 1;
                    }
                }
            }
            assert_eq!(fast.types, plain.types, "round {round}");
            assert_eq!(fast.typed, plain.typed, "round {round}");
        }
        assert!(typed > 1_000, "{typed}");
    }

    /// The majority behind the bit filter is the majority of the counts, for every word a first
    /// pass tagged, every other word of the text and hashes that share the filter's bits.
    #[test]
    fn majority_behind_the_filter_is_the_counts_majority() {
        let lex = super::super::super::lexicon::get();
        let news = crate::entities::news_text::news(30_000);
        let tokens = crate::entities::tokenizer::tokenize_flat(&news);
        let sentences: Vec<(Vec<TokenInfo>, CaseMode)> = tokens
            .sentences()
            .map(|s| {
                let words: Vec<&str> = s.iter().map(|r| &news[r.clone()]).collect();
                (sentence_infos(lex, &words), case_mode(&words))
            })
            .collect();
        // Made-up first-pass tags: a capitalised token gets a unit tag of a type from its
        // place, so words get mixed counts; the rest O.
        let tags: Vec<Vec<Tag>> = sentences
            .iter()
            .enumerate()
            .map(|(k, (infos, _))| {
                infos
                    .iter()
                    .enumerate()
                    .map(|(i, t)| {
                        if t.spelling.capitalised {
                            tags::tag((k + i) % TYPES.len(), tags::Part::Unit)
                        } else {
                            tags::O
                        }
                    })
                    .collect()
            })
            .collect();
        let mut doc = DocContext::new(&sentences);
        assert_eq!(doc.majority(1), None, "no first pass yet");
        doc.set_first_pass(&sentences, &tags);
        let plain = |lower: u64| {
            let counts = doc.types.get(&lower)?;
            let (k, &c) = counts.iter().enumerate().max_by_key(|(_, &c)| c)?;
            (c > 0).then_some(k)
        };
        // A word the filter rules out has no own consistency features.
        for (infos, _) in &sentences {
            for t in infos {
                let mut own = Vec::new();
                own_consistency_features(t, false, &doc, &mut own);
                assert!(doc.may_be_typed(t.lower) || own.is_empty());
            }
        }
        let mut tagged = 0;
        let lowers = sentences
            .iter()
            .flat_map(|(infos, _)| infos.iter().map(|t| t.lower));
        // Each word's hash with its low bits changed keeps its filter bit (the top bits).
        for lower in lowers.flat_map(|l| [l, l ^ 1, l ^ 0xffff, BOUNDARY]) {
            let got = doc.majority(lower);
            assert_eq!(got, plain(lower), "{lower:#x}");
            tagged += got.is_some() as usize;
        }
        assert!(tagged > 100, "too few tagged words: {tagged}");
    }
}
