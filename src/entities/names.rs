//! The names found, between the repairs and linking: kept as token ranges (no list of words
//! per name), found again where the tagger missed a repeated name ([`propagate`]), and given
//! their words for linking.

use std::ops::Range;

use super::linking::Mention;
use super::rules::Text as _;
use super::{features, rules, tokenizer};

/// A name found, before linking: its tokens (indices into the text's token list) and how much
/// its type counts ([`rules::Named`]). Its words are read once all names are found, into one
/// list ([`words_of_names`]): no list of words per name.
#[derive(Debug, Clone)]
pub(super) struct Pending {
    /// Token indices (a text has fewer than 2^32 tokens: offsets are `u32`).
    tokens: Range<u32>,
    kind: u16,
    /// Whether the last word may be a hyphened adjective made on a name, whose end is no part
    /// of the name ([`name_len`]); a word without the class [`rules::classes::JOINED_PLACE`]
    /// cannot be, so most names skip the test (its hyphen scan cost ~70 instructions a name and
    /// a reading).
    hyphened: bool,
    /// Found again by [`propagate`] (its words are not in the list made before it).
    found_again: bool,
    weight: u32,
}

impl Pending {
    /// A name whose last word may be a hyphened adjective (one found again by [`propagate`],
    /// whose words' classes are not at hand).
    fn new(tokens: Range<usize>, kind: usize, weight: u32) -> Pending {
        Pending::with_last(tokens, kind, weight, true)
    }

    /// A name whose last word may be a hyphened adjective only when `hyphened`.
    fn with_last(tokens: Range<usize>, kind: usize, weight: u32, hyphened: bool) -> Pending {
        Pending {
            tokens: tokens.start as u32..tokens.end as u32,
            kind: kind as u16,
            hyphened,
            found_again: false,
            weight,
        }
    }

    fn tokens(&self) -> Range<usize> {
        self.tokens.start as usize..self.tokens.end as usize
    }
}

/// The words of every name of `pending`, one name after the other, into `out` (emptied first).
pub(super) fn words_of_names<'t>(
    text: &'t str,
    tokens: &tokenizer::Tokens,
    pending: &[Pending],
    out: &mut Vec<&'t str>,
) {
    out.clear();
    out.reserve(pending.iter().map(|p| p.tokens().len()).sum());
    for p in pending {
        out.extend(p.tokens().map(|t| text.get(tokens.span(t)).unwrap_or("")));
        if !p.hyphened {
            continue;
        }
        if let (Some(cut), Some(slot)) = (cut_last_word(text, tokens, p), out.last_mut()) {
            *slot = cut;
        }
    }
}

/// The last word of `p` cut where it is a hyphened adjective made on a name; `None` when `p`
/// has no word or its last cannot be one. Out of line (one body in the WASM): few names need it.
#[inline(never)]
fn cut_last_word<'t>(text: &'t str, tokens: &tokenizer::Tokens, p: &Pending) -> Option<&'t str> {
    let last = p.tokens().last().filter(|_| p.hyphened)?;
    let span = tokens.span(last);
    Some(
        text.get(span.start..span.start + name_len(text, span))
            .unwrap_or(""),
    )
}

/// The words of `p` into `slots` (as many as its tokens), as [`words_of_names`] reads them.
fn fill_words<'t>(text: &'t str, tokens: &tokenizer::Tokens, p: &Pending, slots: &mut [&'t str]) {
    for (slot, t) in slots.iter_mut().zip(p.tokens()) {
        *slot = text.get(tokens.span(t)).unwrap_or("");
    }
    if let (Some(cut), Some(slot)) = (cut_last_word(text, tokens, p), slots.last_mut()) {
        *slot = cut;
    }
}

/// [`words_of_names`] again after [`propagate`] added names to `pending`, `out` holding the
/// words of the names it had before, in their order: those are moved to their new places (from
/// the end, so none is overwritten before it moves) and only the new names' words are read, where
/// reading every name's words again cost ~30 instructions a word. `old_sorted`: whether the
/// names before were in text order, as [`propagate`] keeps them then (else all are read again).
pub(super) fn words_after_propagate<'t>(
    text: &'t str,
    tokens: &tokenizer::Tokens,
    pending: &[Pending],
    old_sorted: bool,
    out: &mut Vec<&'t str>,
) {
    let total: usize = pending.iter().map(|p| p.tokens().len()).sum();
    let old: usize = pending
        .iter()
        .filter(|p| !p.found_again)
        .map(|p| p.tokens().len())
        .sum();
    // The WASM reads them all again: the moves' code would grow its download (~2 KB).
    if cfg!(target_arch = "wasm32") || !old_sorted || old != out.len() {
        words_of_names(text, tokens, pending, out);
        return;
    }
    out.resize(total, "");
    // `src`: the end of the old words not moved yet; `dst`: the end of the places not filled.
    let (mut src, mut dst) = (old, total);
    for p in pending.iter().rev() {
        if src == dst {
            // The rest are old names in their places already.
            break;
        }
        let len = p.tokens().len();
        dst -= len;
        if p.found_again {
            if let Some(slots) = out.get_mut(dst..dst + len) {
                fill_words(text, tokens, p, slots);
            }
        } else {
            src -= len;
            // In range: `src + len` ≤ the old words' count and `dst + len` ≤ `total`.
            out.copy_within(src..src + len, dst);
        }
    }
}

/// The bytes of a name's last word `span` that belong to the name: all but the end of a hyphened
/// adjective made on a name ("London-based" → "London": [`rules::place_adjective_stem`]).
/// Out of line (one body in the WASM): read only for words of the class of such adjectives.
#[inline(never)]
fn name_len(text: &str, span: Range<usize>) -> usize {
    let len = span.len();
    // Most words are short or hold no hyphen: one scan of a few bytes before any other test.
    if len < 5
        || text
            .as_bytes()
            .get(span.clone())
            .is_none_or(|b| memchr::memchr(b'-', b).is_none())
    {
        return len;
    }
    text.get(span)
        .and_then(rules::place_adjective_stem)
        .map_or(len, |(stem, _)| stem)
}

/// Each name of `pending` with its words, a slice of `words` (from [`words_of_names`]).
fn names_with_words<'p, 'a, 't>(
    pending: &'p [Pending],
    words: &'a [&'t str],
) -> impl Iterator<Item = (&'p Pending, &'a [&'t str])> {
    let mut at = 0;
    pending.iter().map(move |p| {
        let end = at + p.tokens().len();
        let w = words.get(at..end).unwrap_or(&[]);
        at = end;
        (p, w)
    })
}

/// The mentions to link: `pending` with its words (borrowed from `words`).
pub(super) fn mentions_of<'a>(pending: &[Pending], words: &'a [&'a str]) -> Vec<Mention<'a>> {
    names_with_words(pending, words)
        .map(|(p, w)| Mention {
            tokens: std::borrow::Cow::Borrowed(w),
            kind: p.kind as usize,
            weight: p.weight,
        })
        .collect()
}

/// Document-level consistency: a company named with its suffix ("Quillmere Inc") is the same
/// company where the text drops the suffix, so the untagged capitalised occurrences of the short
/// form become mentions of it. `spans` and `pending` are in text order and stay so; `names`
/// holds the names' words ([`words_of_names`]); `kept`, the scan's word hashes if it kept them.
/// Whether any name was added.
pub(super) fn propagate<'t>(
    text: &'t str,
    tokens: &tokenizer::Tokens,
    kept: Option<KeptHashes<'_>>,
    spans: &mut Vec<Range<usize>>,
    pending: &mut Vec<Pending>,
    names: &[&'t str],
) -> bool {
    let kept = kept.filter(|k| k.entries.len() == tokens.len());
    // The names to look for, borrowed from the names' words (no copy), each once.
    let mut short: Vec<(&[&'t str], usize)> = Vec::new();
    let mut seen: std::collections::HashSet<Words<'_, 't>, features::HashBuild> =
        std::collections::HashSet::default();
    for (m, words) in names_with_words(pending, names) {
        // The key of the name's first `n` words, from their kept hashes.
        let key = |n: usize| Words::new(words.get(..n).unwrap_or(&[]), m.tokens().start, kept);
        if let [rest @ .., last] = words {
            if !rest.is_empty() && rules::is_company_suffix(last) && seen.insert(key(rest.len())) {
                short.push((rest, m.kind as usize));
            }
            // A name of several words is the same name where the tagger missed it.
            if !rest.is_empty()
                && words.iter().all(|w| !w.is_empty())
                && seen.insert(key(words.len()))
            {
                short.push((words, m.kind as usize));
            }
        }
    }
    if short.is_empty() {
        return false;
    }
    // By the hash of the first word, so each token costs one hash and one lookup however many
    // short forms there are (the words are then compared): the names sorted by that hash (in
    // their order within one hash) into one list, and the map gives each hash's run of it (a list
    // per first word cost an allocation each).
    let mut order: Vec<(u64, usize)> = short
        .iter()
        .enumerate()
        .filter_map(|(i, (key, _))| key.first().map(|first| (features::hash_str(first), i)))
        .collect();
    crate::sorting::sort_plain(&mut order);
    let mut grouped: Vec<(&[&str], usize)> = Vec::with_capacity(order.len());
    let mut by_first: std::collections::HashMap<u64, Range<usize>, features::HashBuild> =
        std::collections::HashMap::default();
    for run in order.chunk_by(|a, b| a.0 == b.0) {
        let (Some(&(hash, _)), from) = (run.first(), grouped.len()) else {
            continue;
        };
        // Bounded, so a list of thousands of "John …" names stays linear.
        for &(_, i) in run.iter().take(MAX_NAMES_PER_FIRST_WORD) {
            if let Some(&named) = short.get(i) {
                grouped.push(named);
            }
        }
        by_first.insert(hash, from..grouped.len());
    }
    // A filter of 4,096 bits over the first words' hashes: most tokens start no name and skip
    // the map.
    let mut filter = [0u64; 64];
    let bit = |hash: u64| ((hash >> 58) as usize, 1u64 << ((hash >> 52) & 63));
    for &hash in by_first.keys() {
        let (at, b) = bit(hash);
        if let Some(slot) = filter.get_mut(at) {
            *slot |= b;
        }
    }
    // With the scan's hashes: whether each distinct word starts a name looked for, judged once
    // per word, so a token costs two loads (its entry, the entry's flag) and no hash.
    let starts: Vec<bool> = kept.map_or_else(Vec::new, |k| {
        k.hashes.iter().map(|h| by_first.contains_key(h)).collect()
    });
    let mut added: Vec<(Range<usize>, Pending)> = Vec::new();
    // The first name found that ends after the token looked at (tokens come in text order, and
    // the names found are in order without overlaps, so their ends grow too).
    let mut next_span = 0;
    // The tokens that may start a name looked for, with their words' hashes, in text order:
    // with the scan's entries, one pass over them (two loads a token, no sentence walked);
    // else each token's word hashed and tested against the filter.
    let mut candidates: Vec<(usize, u64)> = Vec::new();
    match kept {
        // Eight tokens' flags ORed with no branch a token, and only an eight holding one read
        // token by token (most hold none: a token a time cost ~10 instructions a token).
        Some(kept) => {
            let starts_name = |e: u16| starts.get(usize::from(e)).copied().unwrap_or(false);
            let mut push_from = |from: usize, entries: &[u16]| {
                for (j, &e) in entries.iter().enumerate() {
                    if starts_name(e) {
                        let hash = kept.hashes.get(usize::from(e)).copied().unwrap_or(0);
                        candidates.push((from + j, hash));
                    }
                }
            };
            let mut eights = kept.entries.chunks_exact(8);
            let mut from = 0;
            for eight in &mut eights {
                if eight.iter().fold(false, |any, &e| any | starts_name(e)) {
                    push_from(from, eight);
                }
                from += 8;
            }
            push_from(from, eights.remainder());
        }
        None => {
            for t in 0..tokens.len() {
                let hash = features::hash_str(text.get(tokens.span(t)).unwrap_or(""));
                let (at, b) = bit(hash);
                if filter.get(at).is_some_and(|&f| f & b != 0) {
                    candidates.push((t, hash));
                }
            }
        }
    }
    // The sentence of the candidate looked at (a cursor: the candidates are in order).
    let mut k = 0;
    for (t, hash) in candidates {
        while k < tokens.n_sentences() && tokens.sentence(k).end <= t {
            k += 1;
        }
        let sentence = tokens.sentence(k);
        let (first, len) = (sentence.start, sentence.len());
        let Some(i) = t.checked_sub(first).filter(|&i| i < len) else {
            continue;
        };
        // Word `i` of the sentence (`i < len`).
        let word = |i: usize| text.get(tokens.span(first + i)).unwrap_or("");
        let Some(keys) = by_first.get(&hash).and_then(|run| grouped.get(run.clone())) else {
            continue;
        };
        let start = tokens.span(first + i).start;
        while spans.get(next_span).is_some_and(|s| s.end <= start) {
            next_span += 1;
        }
        // A token inside a name already found starts no other.
        if spans.get(next_span).is_some_and(|s| s.start <= start) {
            continue;
        }
        for &(key, kind) in keys {
            let end = i + key.len();
            if end > len || !key.iter().enumerate().all(|(k, w)| word(i + k) == *w) {
                continue;
            }
            let range = start..tokens.span(first + end - 1).end;
            // Not overlapping a name already found.
            if spans.get(next_span).is_some_and(|s| s.start < range.end) {
                continue;
            }
            let mut found = Pending::new(first + i..first + end, kind, rules::WEIGHT_SINGLE);
            found.found_again = true;
            added.push((range, found));
        }
    }
    if added.is_empty() {
        return false;
    }
    let mentions = pending;
    let old: Vec<(Range<usize>, Pending)> = spans.drain(..).zip(mentions.drain(..)).collect();
    let sorted = |list: &[(Range<usize>, Pending)]| list.is_sorted_by_key(|(r, _)| r.start);
    if !sorted(&old) || !sorted(&added) {
        let mut all: Vec<(Range<usize>, Pending)> = old.into_iter().chain(added).collect();
        crate::sorting::sort_by_key(&mut all, |(r, _)| r.start);
        for (r, m) in all {
            spans.push(r);
            mentions.push(m);
        }
        return true;
    }
    // Both lists are in text order (as they are made): merged, an old name first at the same
    // start, which is the order the stable sort of the two lists one after the other gives.
    spans.reserve(old.len() + added.len());
    mentions.reserve(old.len() + added.len());
    let (mut old, mut added) = (old.into_iter().peekable(), added.into_iter().peekable());
    loop {
        let next = match (old.peek(), added.peek()) {
            (Some((a, _)), Some((b, _))) if a.start <= b.start => old.next(),
            (Some(_), Some(_)) | (None, Some(_)) => added.next(),
            (Some(_), None) => old.next(),
            (None, None) => None,
        };
        let Some((r, m)) = next else {
            break;
        };
        spans.push(r);
        mentions.push(m);
    }
    true
}

/// The document scan's word hashes ([`features::hash_str`] of each word): each token's entry
/// in the per-word cache, and each entry's hash.
#[derive(Clone, Copy)]
pub(super) struct KeptHashes<'a> {
    pub(super) entries: &'a [u16],
    pub(super) hashes: &'a [u64],
}

impl KeptHashes<'_> {
    /// The kept hash of token `t`'s word.
    fn of(&self, t: usize) -> Option<u64> {
        let at = *self.entries.get(t)?;
        self.hashes.get(usize::from(at)).copied()
    }
}

/// A name's words as a set key (no copy), hashed from each word's [`features::hash_str`]: the
/// hash made once, from the scan's kept hashes of the name's tokens where it has them.
struct Words<'a, 't> {
    words: &'a [&'t str],
    hash: u64,
}

impl<'a, 't> Words<'a, 't> {
    /// The key of `words`, the tokens from `first` on.
    fn new(words: &'a [&'t str], first: usize, kept: Option<KeptHashes<'_>>) -> Self {
        let mut h = words.len() as u64;
        for (k, w) in words.iter().enumerate() {
            let hash = kept
                .and_then(|kept| kept.of(first + k))
                .unwrap_or_else(|| features::hash_str(w));
            h = (h.rotate_left(5) ^ hash).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
        Words { words, hash: h }
    }
}

impl PartialEq for Words<'_, '_> {
    fn eq(&self, other: &Self) -> bool {
        self.words == other.words
    }
}

impl Eq for Words<'_, '_> {}

impl std::hash::Hash for Words<'_, '_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        state.write_u64(self.hash);
    }
}

/// At most this many names sharing a first word are looked for again ([`propagate`]).
const MAX_NAMES_PER_FIRST_WORD: usize = 16;

/// The names of one tagged sentence after the span repairs (`named`, from [`rules::repair`]),
/// as byte spans and names to link.
/// `cl` holds the classes of the sentence's words ([`rules::classes::of`]): a name's last word
/// is read for a hyphened adjective only when it has [`rules::classes::JOINED_PLACE`].
pub(super) fn push_names(
    sentence: &SentenceText,
    cl: &[rules::classes::Classes],
    named: &[rules::Named],
    spans: &mut Vec<Range<usize>>,
    pending: &mut Vec<Pending>,
) {
    let first = sentence.tokens_of.start;
    for m in named {
        let (Some(a), Some(b)) = (sentence.range(m.start), sentence.range(m.end - 1)) else {
            continue;
        };
        let hyphened = cl
            .get(m.end - 1)
            .is_none_or(|&c| c & rules::classes::JOINED_PLACE != 0);
        let end = if hyphened {
            b.start + name_len(sentence.text, b.clone())
        } else {
            b.end
        };
        spans.push(a.start..end);
        pending.push(Pending::with_last(
            first + m.start..first + m.end,
            m.kind,
            m.weight,
            hyphened,
        ));
    }
}

/// One sentence of the text as the repairs read it ([`rules::Text`]): its words and spans
/// read from the token list when needed.
pub(super) struct SentenceText<'a> {
    pub(super) text: &'a str,
    pub(super) tokens: &'a tokenizer::Tokens,
    /// The sentence's tokens (indices into `tokens`).
    pub(super) tokens_of: Range<usize>,
    /// Their spans when they lie in one block of the token list ([`tokenizer::Tokens::spans_in_block`]):
    /// a word read through them costs ~half of one read through the list of blocks.
    pub(super) spans: Option<tokenizer::BlockSpans<'a>>,
}

impl<'a> SentenceText<'a> {
    /// Sentence `tokens_of` of `tokens` over `text`.
    pub(super) fn new(
        text: &'a str,
        tokens: &'a tokenizer::Tokens,
        tokens_of: Range<usize>,
    ) -> SentenceText<'a> {
        SentenceText {
            text,
            tokens,
            spans: tokens.spans_in_block(tokens_of.clone()),
            tokens_of,
        }
    }
}

// One body of each in the WASM (inlined at the rules' many calls, they grew it by ~5 KB).
impl rules::Text for SentenceText<'_> {
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn word(&self, i: usize) -> &str {
        self.range(i).and_then(|r| self.text.get(r)).unwrap_or("")
    }

    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn range(&self, i: usize) -> Option<Range<usize>> {
        if let Some(spans) = &self.spans {
            return spans.range(i);
        }
        let t = self.tokens_of.start + i;
        (t < self.tokens_of.end).then(|| self.tokens.span(t))
    }

    /// The tokenizer pushes no empty token.
    fn no_empty_words(&self) -> bool {
        true
    }
}

#[cfg(test)]
#[path = "names_tests.rs"]
mod tests;
