//! Words as hashes, the same on both sides (the HTML's and the text's lines), and an index of
//! three-word keys to find where a line sits in the page.

pub(super) const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

pub(super) fn fnv(h: u64, x: u64) -> u64 {
    (h ^ x).wrapping_mul(0x0100_0000_01b3)
}

/// The lowercased words of a line, hashed the same way as the page's words.
pub(super) fn line_words(line: &str) -> Vec<u64> {
    let mut out = Vec::new();
    let mut h = FNV_OFFSET;
    let mut len = 0;
    for c in line.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                h = fnv(h, u64::from(c.to_ascii_lowercase()));
                len += 1;
                continue;
            }
        } else if c.is_alphanumeric() {
            for l in c.to_lowercase() {
                h = fnv(h, l as u64);
            }
            len += 1;
            continue;
        }
        if len > 0 {
            out.push(h);
            h = FNV_OFFSET;
            len = 0;
        }
    }
    if len > 0 {
        out.push(h);
    }
    out
}

pub(super) fn gram_key(words: &[u64]) -> u64 {
    words.iter().fold(words.len() as u64, |h, w| fnv(h, *w))
}

/// Sorted `(key of the 1-, 2- and 3-word runs starting at a position, position)`.
pub(super) fn index(words: &[u64]) -> Vec<(u64, u32)> {
    let mut idx = Vec::with_capacity(words.len() * 3);
    for i in 0..words.len() {
        for k in 1..=3 {
            if let Some(run) = words.get(i..i + k) {
                idx.push((gram_key(run), i as u32));
            }
        }
    }
    sort_index(idx)
}

/// Sorts the index entries: first into buckets by the top bits of their keys (the keys are
/// hashes, so the buckets come out small and even), then each bucket on its own. The result is
/// exactly `sort_unstable`'s, at a fraction of the comparisons.
pub(super) fn sort_index(idx: Vec<(u64, u32)>) -> Vec<(u64, u32)> {
    let n = idx.len();
    let bits = (usize::BITS - n.leading_zeros())
        .saturating_sub(3)
        .clamp(1, 16);
    let buckets = 1usize << bits;
    let bucket = |key: u64| (key >> (64 - bits)) as usize;
    // starts[b]..starts[b + 1] is bucket b's place in the output.
    let mut starts = vec![0usize; buckets + 1];
    for e in &idx {
        if let Some(c) = starts.get_mut(bucket(e.0) + 1) {
            *c += 1;
        }
    }
    let mut total = 0;
    for s in starts.iter_mut() {
        total += *s;
        *s = total;
    }
    let mut next = starts.clone();
    let mut out = vec![(0u64, 0u32); n];
    for e in idx {
        if let Some(at) = next.get_mut(bucket(e.0)) {
            if let Some(slot) = out.get_mut(*at) {
                *slot = e;
            }
            *at += 1;
        }
    }
    for w in starts.windows(2) {
        if let Some(run) = out.get_mut(w[0]..w[1]) {
            crate::sorting::sort_plain(run);
        }
    }
    out
}

/// First position of `key` at or after `from`, else the first anywhere.
pub(super) fn find(idx: &[(u64, u32)], key: u64, from: usize) -> Option<usize> {
    let lo = idx.partition_point(|e| e.0 < key);
    let hi = idx.partition_point(|e| e.0 <= key);
    let hits = idx.get(lo..hi)?;
    let after = hits.partition_point(|e| (e.1 as usize) < from);
    hits.get(after).or(hits.first()).map(|e| e.1 as usize)
}
